// The briefing PDF as a reader gets it: words and numbers in each language's format, page
// count and footer, every font embedded (checked with poppler's pdftotext, pdfinfo, pdffonts).
#include "TestDatabase.h"
#include "io/FigureImporter.h"

#include <QDate>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
            const QList<std::pair<QString, QString>> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

class BriefingPdf : public testing::Test
{
protected:
    TestDatabase db;

    QString write(const QString &lang, const QList<std::pair<QString, QString>> &environment = {}, const QString &name = {})
    {
        const QString pdf = db.file(name.isEmpty() ? u"briefing-%1.pdf"_s.arg(lang) : name);
        int code = -1;
        const QString out = run(QStringLiteral(CHISO_BINARY),
                                {u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s, lang, u"-o"_s, pdf,
                                 u"--db"_s, db.path()},
                                &code, environment);
        EXPECT_EQ(code, 0) << out.toStdString();
        return pdf;
    }
    int pages(const QString &pdf)
    {
        const QRegularExpression pattern(u"Pages:\\s+(\\d+)"_s);
        return pattern.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
    }
    /// The words of the PDF; NFKC turns typographic ligatures (ﬁ) back into letters.
    QString text(const QString &pdf) { return run(u"pdftotext"_s, {pdf, u"-"_s}).normalized(QString::NormalizationForm_KC); }
};

} // namespace

TEST_F(BriefingPdf, VietnameseNumbersSentencesAndFooter)
{
    const QString pdf = write(u"vi"_s);
    const QString words = text(pdf).simplified();
    EXPECT_TRUE(words.contains(u"Báo cáo tháng 6/2024"_s)) << words.left(400).toStdString();
    EXPECT_TRUE(words.contains(u"Doanh thu toàn ngành 6 tháng đầu năm 2024 ước đạt 2.067.389 tỷ đồng"_s));
    EXPECT_TRUE(words.contains(u"đạt 49,6% kế hoạch năm"_s));
    EXPECT_TRUE(words.contains(u"nguồn công bố đạt 61% kế hoạch"_s)); // the budget's stated share, beside 58,9 %
    EXPECT_TRUE(words.contains(u"58,9%"_s));
    const int count = pages(pdf);
    EXPECT_GE(count, 4);
    EXPECT_TRUE(words.contains(u"Trang 1/%1"_s.arg(count)));
    EXPECT_TRUE(words.contains(u"Trang %1/%1"_s.arg(count)));
    EXPECT_TRUE(words.contains(u"Nguồn số liệu"_s));
    // The administrative date, and the table's unit column and status marks.
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(words.contains(u"lập ngày %1 tháng %2 năm %3"_s.arg(today.day(), 2, 10, QChar(u'0'))
                                   .arg(today.month() <= 2 ? u"%1"_s.arg(today.month(), 2, 10, QChar(u'0')) : QString::number(today.month()))
                                   .arg(today.year())))
        << words.left(300).toStdString();
    EXPECT_TRUE(words.contains(u"Chỉ tiêu Đơn vị Kỳ Giá trị"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"▲ vượt tiến độ"_s));
    // The appendix lists the open findings, the seed's 61 % among them.
    EXPECT_TRUE(words.contains(u"Phụ lục: Số liệu cần lưu ý"_s));
    EXPECT_TRUE(words.contains(u"một nguồn công bố đạt 61% kế hoạch; 59.847 so với kế hoạch 101.593 là 58,9%"_s));
}

TEST_F(BriefingPdf, EnglishNumbersSentencesAndFooter)
{
    const QString pdf = write(u"en"_s);
    const QString words = text(pdf).simplified();
    EXPECT_TRUE(words.contains(u"Monthly briefing, June 2024"_s));
    EXPECT_TRUE(words.contains(u"Sector revenue in the first 6 months of 2024 is estimated at 2,067,389 billion VND"_s));
    EXPECT_TRUE(words.contains(u"49.6% of the plan for the year"_s));
    EXPECT_TRUE(words.contains(u"the source states 61% of the plan"_s));
    const int count = pages(pdf);
    EXPECT_TRUE(words.contains(u"Page 1 of %1"_s.arg(count)));
    EXPECT_TRUE(words.contains(u"prepared on %1 with"_s.arg(QLocale(QLocale::English).toString(QDate::currentDate(), u"d MMMM yyyy"_s))))
        << words.left(300).toStdString();
    EXPECT_TRUE(words.contains(u"Page %1 of %1"_s.arg(count)));
}

TEST_F(BriefingPdf, AugustHighlightsFirstRoundedForecastsAndAChartForWhatFallsShort)
{
    const QString pdf = db.file(u"august.pdf"_s);
    int code = -1;
    const QString out = run(QStringLiteral(CHISO_BINARY), {u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"8"_s, u"--lang"_s,
                                                           u"vi"_s, u"-o"_s, pdf, u"--db"_s, db.path()},
                            &code);
    ASSERT_EQ(code, 0) << out.toStdString();
    const QString raw = run(u"pdftotext"_s, {pdf, u"-"_s}); // not NFKC: that would make ² a 2
    const QString words = text(pdf).simplified();
    // Highlights ahead of the summary: workforce's December forecast 1.548.282 is 97,9 % of its
    // plan 1.581.662; the budget is 81.742 / 101.593 − (81.742 / 1,255) / 99.323 = +14,9 pp ahead
    // of its derived pace; profit, without a 2023 total, 208.210 / 302.400 − 8/12 = +2,2 pp.
    const qsizetype highlights = words.indexOf(u"Điểm nổi bật"_s);
    ASSERT_GE(highlights, 0) << words.left(600).toStdString();
    EXPECT_LT(highlights, words.indexOf(u"Tóm tắt"_s));
    EXPECT_TRUE(words.contains(u"Dự báo không đạt kế hoạch năm: Tổng số lao động toàn ngành (97,9%)."_s)) << words.left(1200).toStdString();
    EXPECT_TRUE(words.contains(u"Vượt tiến độ: Nộp ngân sách nhà nước (+14,9 điểm %; tiến độ suy ra)"_s)) << words.left(1200).toStdString();
    EXPECT_TRUE(words.contains(u"Lợi nhuận toàn ngành (+2,2 điểm %; theo tiến độ m/12)"_s)) << words.left(1200).toStdString();
    // Forecasts to three figures: 4.351.709 → 4,35 triệu; its 80 % range 3.558.489 – 5.321.745.
    EXPECT_TRUE(words.contains(u"Dự báo cả năm đạt khoảng 4,35 triệu tỷ đồng (khoảng 80%: 3,56 – 5,32 triệu tỷ đồng)"_s))
        << words.left(2000).toStdString();
    EXPECT_FALSE(words.contains(u"4.351.709"_s));
    // The table's status on one line with its footnote mark.
    EXPECT_TRUE(raw.contains(u"○ không đánh giá ²\n"_s));
    EXPECT_TRUE(raw.contains(u"▲ vượt tiến độ ¹\n"_s)); // profit, against m/12
    // Revenue's status on a derived pace marked †, and said so under the table; last year's
    // derived 8/2024 figure whole on its line (it once broke as "2." and "280.408 †").
    EXPECT_TRUE(words.contains(u"▲ vượt tiến độ †"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"Tình trạng có dấu † được đánh giá theo tiến độ dựa trên số liệu suy ra"_s));
    EXPECT_TRUE(raw.contains(u"2.280.408"_s));
    // Workforce, forecast short of its plan, has its chart first among the charts, before the
    // overview of every plan.
    const qsizetype charts = words.indexOf(u"Biểu đồ"_s);
    ASSERT_GE(charts, 0);
    const qsizetype workforce = words.indexOf(u"Tổng số lao động toàn ngành: số đo năm 2024 và 2023 so với mục tiêu"_s, charts);
    ASSERT_GT(workforce, charts);
    EXPECT_LT(workforce, words.indexOf(u"Tiến độ thực hiện kế hoạch năm 2024"_s, charts));
}

TEST_F(BriefingPdf, EveryFontEmbedded)
{
    const QString fonts = run(u"pdffonts"_s, {write(u"vi"_s)});
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the header and the rule
    ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        // name type encoding emb sub uni object ID: "emb" is the fourth field from the end but three.
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 5], u"yes"_s) << line.toStdString();
    }
}

TEST_F(BriefingPdf, TheShippedFaceOnAMachineWithoutIt)
{
    // As on Windows, which has no DejaVu: fontconfig is given no font folder at all, so any
    // face in the PDF came from the program itself, and the pages break as they do here.
    const QString config = db.write(u"fonts.conf"_s, "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" + db.file(u"fontcache"_s).toUtf8()
                                                          + "</cachedir></fontconfig>\n");
    const QString pdf = write(u"vi"_s, {{u"FONTCONFIG_FILE"_s, config}}, u"no-system-fonts.pdf"_s);
    QStringList faces;
    for (const QString &line : run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 5], u"yes"_s) << line.toStdString(); // embedded
        faces << columns[0];
    }
    faces.sort();
    EXPECT_EQ(faces, QStringList({u"DejaVuSans"_s, u"DejaVuSans-Bold"_s}));
    EXPECT_EQ(pages(pdf), pages(write(u"vi"_s)));
    EXPECT_TRUE(text(pdf).simplified().contains(u"Doanh thu toàn ngành 6 tháng đầu năm 2024 ước đạt 2.067.389 tỷ đồng"_s));
}

TEST_F(BriefingPdf, TheSerifFaceEmbeddedWithEveryVietnameseLetter)
{
    // Liberation Serif 2 (fonts-liberation2, which installer/setup-debian.sh installs and the
    // package depends on): the serif face, and the only one in the PDF.
    const QString pdf = db.file(u"serif.pdf"_s);
    int code = -1;
    const QString out = run(QStringLiteral(CHISO_BINARY), {u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s,
                                                           u"vi"_s, u"--face"_s, u"serif"_s, u"-o"_s, pdf, u"--db"_s, db.path()},
                            &code);
    ASSERT_EQ(code, 0) << out.toStdString();
    EXPECT_FALSE(out.contains(u"fonts-liberation2"_s)) << out.toStdString(); // no fallback message
    QStringList faces;
    for (const QString &line : run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns[columns.size() - 5], u"yes"_s) << line.toStdString(); // embedded
        faces << columns[0];
    }
    faces.sort();
    EXPECT_EQ(faces, QStringList({u"LiberationSerif"_s, u"LiberationSerif-Bold"_s}));
    EXPECT_TRUE(text(pdf).simplified().contains(u"Doanh thu toàn ngành 6 tháng đầu năm 2024 ước đạt 2.067.389 tỷ đồng"_s));

    run(QStringLiteral(CHISO_BINARY), {u"briefing"_s, u"--face"_s, u"gothic"_s, u"-o"_s, pdf, u"--db"_s, db.path()}, &code);
    EXPECT_EQ(code, 2);
}

TEST_F(BriefingPdf, APeriodWithoutFiguresIsRefused)
{
    const QString pdf = db.file(u"empty.pdf"_s);
    int code = -1;
    const QString out = run(QStringLiteral(CHISO_BINARY), {u"briefing"_s, u"--year"_s, u"2030"_s, u"--month"_s, u"1"_s, u"--lang"_s,
                                                           u"en"_s, u"-o"_s, pdf, u"--db"_s, db.path()},
                            &code);
    EXPECT_EQ(code, 1) << out.toStdString();
    EXPECT_TRUE(out.contains(u"No figures for January 2030: there is nothing to brief. The latest month with figures is August 2024."_s))
        << out.toStdString();
    EXPECT_FALSE(out.contains(u"agree"_s));
    EXPECT_FALSE(QFile::exists(pdf));
}

// `briefing --by-province`: the section's sentences, its table and the map's legend, worked out
// by hand from three provinces' June figures (Hồ Chí Minh City 900 against 1,000 a year
// earlier, Hà Nội 500 against 400, Hải Phòng 300).
TEST_F(BriefingPdf, TheByProvinceSectionRanksTheProvincesInBothLanguages)
{
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,01,2024,6,500,actual,https://so.vn/hn,,,,\n"
                           "value,revenue,01,2023,6,400,actual,https://so.vn/hn,,,,\n"
                           "value,revenue,79,2024,6,900,actual,https://so.vn/hcm,,,,\n"
                           "value,revenue,79,2023,6,1000,actual,https://so.vn/hcm,,,,\n"
                           "value,revenue,31,2024,6,300,actual,https://so.vn/hp,,,,\n";
    const chiso::ImportReport report = chiso::FigureImporter(*db.store).importFile(db.write(u"provinces.csv"_s, csv));
    ASSERT_TRUE(report.committed());
    const auto briefing = [&](const QString &lang, const QStringList &extra, int *code) {
        const QString pdf = db.file(u"provinces-%1.pdf"_s.arg(lang));
        const QString out = run(QStringLiteral(CHISO_BINARY),
                                QStringList{u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s, lang, u"-o"_s, pdf,
                                            u"--db"_s, db.path()} + extra,
                                code);
        return std::pair{pdf, out};
    };
    int code = -1;
    const auto [vi, viOut] = briefing(u"vi"_s, {u"--by-province"_s}, &code);
    ASSERT_EQ(code, 0) << viOut.toStdString();
    const QString viWords = text(vi).simplified();
    EXPECT_TRUE(viWords.contains(u"Theo tỉnh"_s)) << viWords.right(3000).toStdString();
    EXPECT_TRUE(viWords.contains(u"Doanh thu toàn ngành, tháng 6/2024: 3/63 tỉnh, thành phố có số liệu."_s)) << viWords.right(3000).toStdString();
    EXPECT_TRUE(viWords.contains(u"Cao nhất: TP. Hồ Chí Minh (900 tỷ đồng); thấp nhất: Hải Phòng (300 tỷ đồng)."_s));
    EXPECT_TRUE(viWords.contains(u"Hà Nội (+25,0%)"_s));
    EXPECT_TRUE(viWords.contains(u"không có số liệu"_s)); // the map's grey in the legend

    const auto [en, enOut] = briefing(u"en"_s, {u"--by-province"_s, u"--province-indicator"_s, u"revenue"_s}, &code);
    ASSERT_EQ(code, 0) << enOut.toStdString();
    const QString enWords = text(en).simplified();
    EXPECT_TRUE(enWords.contains(u"By province"_s));
    EXPECT_TRUE(enWords.contains(u"3 of 63 provinces have a figure."_s)) << enWords.right(3000).toStdString();
    EXPECT_TRUE(enWords.contains(u"Highest: Ho Chi Minh City (900 billion VND); lowest: Hai Phong (300 billion VND)."_s));
    EXPECT_TRUE(enWords.contains(u"Hanoi (+25.0%)"_s));
    EXPECT_TRUE(enWords.contains(u"no figure"_s));
    // Without the option, no such section.
    EXPECT_FALSE(text(write(u"en"_s)).contains(u"By province"_s));

    const auto [bad, badOut] = briefing(u"en"_s, {u"--by-province"_s, u"--province-indicator"_s, u"nothing"_s}, &code);
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(badOut.contains(u"--province-indicator: there is no indicator 'nothing'"_s)) << badOut.toStdString();
    const auto [alone, aloneOut] = briefing(u"en"_s, {u"--province-indicator"_s, u"revenue"_s}, &code);
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(aloneOut.contains(u"--province-indicator goes with --by-province"_s)) << aloneOut.toStdString();
}
