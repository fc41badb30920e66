// Excel in and out: the export imports back unchanged; workbooks of other producers (openpyxl,
// a hand-made package) import; bad workbooks are refused by sheet and cell, storing nothing.
#include "TestDatabase.h"
#include "WorkbookPackage.h"
#include "analytics/KpiReport.h"
#include "io/FigureExporter.h"
#include "io/FigureImporter.h"
#include "io/xlsx/XlsxReader.h"
#include "io/xlsx/XlsxWriter.h"
#include "report/Formatter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QXmlStreamReader>
#include <QRegularExpression>
#include <charconv>
#include <gtest/gtest.h>
#include <langinfo.h>
#include <locale.h>
#include <sys/resource.h>
#include <zip.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Revenue 6/2024 = 1, an estimate of VN: the figure the round-trip tests dress with text.
Figure juneRevenueEstimate()
{
    Figure f;
    f.kind = RecordKind::Value;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = 2024;
    f.month = 6;
    f.value = 1;
    f.basis = Basis::Estimate;
    return f;
}

QString fixture(const QString &name)
{
    return QStringLiteral(CHISO_TEST_DATA "/xlsx/") + name;
}

ImportReport importInto(Store &store, const QString &path)
{
    FigureImporter importer(store);
    return importer.importFile(path);
}

KpiReport kpis(Store &store)
{
    return buildKpiReport(Snapshot(store.figures()), store.indicators(), {2024, 6});
}

#ifndef __SANITIZE_ADDRESS__ // asked only where the process's size means something (below)
/// The peak resident memory of this test process so far, in MiB.
long peakMebibytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
#endif

/// Row 1 of a sheet in the import format, as inline strings.
QByteArray importHeader()
{
    QByteArray row = "<row r=\"1\">";
    const char *names[] = {"record", "indicator", "region", "year", "month", "value", "basis", "source_url", "source_title",
                           "source_date", "quote", "note"};
    for (int c = 0; c < 12; ++c)
        row += WorkbookPackage::inlineCell(XlsxReader::cellName(1, c).toLatin1(), names[c]);
    return row + "</row>";
}

/// A figure's row of a sheet in the import format (row `r`), with `quote` in column K.
QByteArray figureRow(int r, const QByteArray &quote = {})
{
    const QByteArray n = QByteArray::number(r);
    QByteArray row = "<row r=\"" + n + "\">" + WorkbookPackage::inlineCell("A" + n, "value")
                     + WorkbookPackage::inlineCell("B" + n, "revenue") + WorkbookPackage::inlineCell("C" + n, "VN")
                     + "<c r=\"D" + n + "\"><v>2024</v></c><c r=\"E" + n + "\"><v>6</v></c><c r=\"F" + n + "\"><v>" + n
                     + "</v></c>" + WorkbookPackage::inlineCell("G" + n, "estimate")
                     + WorkbookPackage::inlineCell("H" + n, "https://example.vn/" + n);
    if (!quote.isEmpty())
        row += WorkbookPackage::inlineCell("K" + n, quote);
    return row + "</row>";
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

/// The parts of a package whose names match `pattern`, by name.
QMap<QString, QByteArray> packageParts(const QString &path, const QRegularExpression &pattern)
{
    QMap<QString, QByteArray> parts;
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip)
        return parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, zip_uint64_t(i), 0, &stat);
        const QString name = QString::fromUtf8(stat.name);
        if (!pattern.match(name).hasMatch())
            continue;
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        parts.insert(name, data);
    }
    zip_discard(zip);
    return parts;
}

/// True for a number as OOXML writes it (xsd:double in the C locale): "82.2", "-1", "1E-3".
bool isCNumber(QByteArrayView text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.isEmpty() && error == std::errc() && end == text.data() + text.size();
}

} // namespace

TEST(Xlsx, ExportImportsBackUnchanged)
{
    TestDatabase bundled;
    const QString book = bundled.file(u"all.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, kpis(*bundled.store), bundled.store->figures(), Language::Vietnamese, &error))
        << error.toStdString();
    TestDatabase empty(true);
    const ImportReport report = importInto(*empty.store, book);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 260);
    EXPECT_EQ(exportAll(*empty.store), exportAll(*bundled.store));
}

TEST(Xlsx, TheKpiSheetKeepsNumbersAsNumbers)
{
    TestDatabase bundled;
    const QString book = bundled.file(u"kpi.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, kpis(*bundled.store), {}, Language::English, &error));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error)) << error.toStdString();
    EXPECT_EQ(reader.sheetNames(), (QStringList{u"KPI"_s, u"Figures"_s}));
    bool seen = false;
    reader.readSheet(0, [&](int row, const QList<XlsxCell> &cells) {
        if (row == 2) { // revenue
            EXPECT_EQ(cells[0].text, u"Sector revenue"_s);
            EXPECT_TRUE(cells[3].isNumber);
            EXPECT_EQ(cells[3].number, 2067389);
            EXPECT_TRUE(cells[8].isNumber);
            EXPECT_NEAR(cells[8].number, 2067389.0 / 4171172.0, 1e-12); // 49,6 % as a fraction, formatted 0.0%
            seen = true;
        }
        return true;
    }, &error);
    EXPECT_TRUE(seen);
}

TEST(Xlsx, TheKpiSheetsStatusSaysWhatItRestsOn)
{
    // 8M-2024: no 8-month figure nor total of 2023's profit, so its pace is the calendar's;
    // revenue's 8M-2023 is derived from the stated growth. The sheet says both, and how the
    // derived figure was come by, as the window and the report do.
    TestDatabase bundled;
    const QString book = bundled.file(u"kpi8.xlsx"_s);
    const KpiReport report = buildKpiReport(Snapshot(bundled.store->figures()), bundled.store->indicators(), {2024, 8});
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, report, {}, Language::English, &error)) << error.toStdString();
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error)) << error.toStdString();
    QStringList statuses;
    QStringList derived;
    reader.readSheet(0, [&](int row, const QList<XlsxCell> &cells) {
        if (row >= 2)
            for (const XlsxCell &cell : cells) {
                if (cell.column == 11)
                    statuses.append(cells.value(0).text + u": "_s + cell.text);
                if (cell.column == 12)
                    derived.append(cells.value(0).text + u": "_s + cell.text);
            }
        return true;
    }, &error);
    const QString profit = statuses.filter(u"Sector profit"_s).value(0);
    EXPECT_TRUE(profit.contains(u"m/12"_s)) << profit.toStdString();
    EXPECT_EQ(Formatter(Language::English).status(report.rows.at(1)), profit.section(u": "_s, 1));
    EXPECT_EQ(statuses.filter(u"Sector revenue"_s).value(0), u"Sector revenue: ahead (derived pace)"_s);
    EXPECT_EQ(derived.filter(u"Sector revenue"_s).value(0),
              u"Sector revenue: Sector revenue, 8/2023: 2,280,408, derived as 2,820,865 (8/2024) ÷ (1 + 23.7%), the growth stated for 8/2024"_s);
}

TEST(Xlsx, TextThatLooksLikeAFormulaStaysText)
{
    TestDatabase db(true);
    Figure f = juneRevenueEstimate();
    f.source.title = u"=HYPERLINK(\"http://evil\",\"x\")"_s;
    f.quote = u"+cmd|' /C calc'!A0"_s;
    f.note = u"@SUM(1,1)"_s;
    const QString book = db.file(u"inject.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, {}, {f}, Language::English, &error));
    // No formula in the package at all, and the texts read back as they were.
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(book).constData(), ZIP_RDONLY, &code);
    ASSERT_TRUE(zip);
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, zip_uint64_t(i), 0, &stat);
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        EXPECT_FALSE(data.contains("<f>")) << stat.name;
    }
    zip_discard(zip);
    TestDatabase back(true);
    ASSERT_TRUE(importInto(*back.store, book).committed());
    const QList<Figure> figures = back.store->figures();
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures[0].source.title, f.source.title);
    EXPECT_EQ(figures[0].quote, f.quote);
    EXPECT_EQ(figures[0].note, f.note);
}

TEST(Xlsx, WorkbookWrittenByOpenpyxl)
{
    TestDatabase db(true);
    const ImportReport report = importInto(*db.store, fixture(u"openpyxl_long.xlsx"_s));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 4);
    const Snapshot snapshot(db.store->figures());
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 9)->value, 3150000);
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 9)->quote, u"doanh thu toàn ngành ước đạt 3.150.000 tỷ đồng"_s);
    EXPECT_EQ(snapshot.value(u"fibre_households_pct"_s, u"VN"_s, 2024, 9)->value, 83.45);
    EXPECT_EQ(snapshot.plan(u"profit"_s, u"VN"_s, 2025)->value, 330000);
}

TEST(Xlsx, InlineStringsRichTextFormulaCacheAndBooleans)
{
    TestDatabase db(true);
    const ImportReport report = importInto(*db.store, fixture(u"handmade_inline_formula.xlsx"_s));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    const auto f = Snapshot(db.store->figures()).value(u"state_budget"_s, u"VN"_s, 2024, 9);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->value, 90500);                                          // the formula's cached value
    EXPECT_EQ(f->quote, u"Nộp ngân sách ước đạt 90.500 tỷ đồng"_s);     // rich text joined, phonetic run left out
    EXPECT_EQ(f->note, u"TRUE"_s);
}

TEST(Xlsx, TheMonthlyTemplateFilledByAnotherProducer)
{
    TestDatabase db(true);
    const ImportReport report = importInto(*db.store, fixture(u"openpyxl_template.xlsx"_s));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 7);
    const Snapshot snapshot(db.store->figures());
    const auto revenue = snapshot.value(u"revenue"_s, u"VN"_s, 2024, 9);
    ASSERT_TRUE(revenue);
    EXPECT_EQ(revenue->value, 3150000);
    EXPECT_EQ(revenue->source.title, u"Báo cáo tháng 9/2024 của Văn phòng Bộ"_s);
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2023, 9)->value, 2655661); // the "same period last year" column
    EXPECT_EQ(snapshot.preferred(RecordKind::StatedGrowth, u"revenue"_s, u"VN"_s, 2024, 9)->value, 18.6);
    EXPECT_EQ(snapshot.preferred(RecordKind::StatedShare, u"state_budget"_s, u"VN"_s, 2024, 9)->value, 89.1);
    EXPECT_EQ(snapshot.value(u"workforce"_s, u"VN"_s, 2024, 9)->value, 1540000); // a number typed as text
}

TEST(Xlsx, OurOwnTemplateIsReadyToFill)
{
    TestDatabase db;
    const QString book = db.file(u"form.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeTemplate(book, db.store->indicators(), {2024, 9}, Language::Vietnamese, &error));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error));
    QStringList codes;
    QString period;
    reader.readSheet(0, [&](int row, const QList<XlsxCell> &cells) {
        if (row == 2)
            period = cells.value(1).text;
        if (row >= 6)
            codes.append(cells.value(0).text);
        return true;
    }, &error);
    EXPECT_EQ(period, u"2024-09"_s);
    EXPECT_EQ(codes.first(), u"revenue"_s);
    EXPECT_EQ(codes.size(), 13); // flows and levels, not the single-month series
    // A unit's form says whose it is.
    ASSERT_TRUE(XlsxWriter::writeTemplate(book, db.store->indicators(), {2024, 9}, Language::Vietnamese, &error, u"HN"_s));
    QString region;
    ASSERT_TRUE(reader.open(book, &error));
    reader.readSheet(0, [&](int row, const QList<XlsxCell> &cells) {
        if (row == XlsxWriter::TemplateLayout::regionRow)
            region = cells.value(1).text;
        return true;
    }, &error);
    EXPECT_EQ(region, u"HN"_s);
    // Unfilled, it stores nothing and says why.
    const ImportReport report = importInto(*db.store, book);
    EXPECT_FALSE(report.committed());
}

class BadWorkbook : public testing::Test
{
protected:
    TestDatabase db;
    QByteArray before = exportAll(*db.store);

    QString refusal(const QString &name)
    {
        const ImportReport report = importInto(*db.store, fixture(name));
        EXPECT_FALSE(report.committed());
        EXPECT_EQ(exportAll(*db.store), before);
        return report.issues.value(0).toString();
    }
};

TEST_F(BadWorkbook, NotAZip)
{
    EXPECT_TRUE(refusal(u"not_a_zip.xlsx"_s).contains(u"not an Excel workbook"_s));
}

TEST_F(BadWorkbook, ZipWithoutASheet)
{
    EXPECT_TRUE(refusal(u"zip_without_sheet.xlsx"_s).contains(u"no xl/workbook.xml"_s));
}

TEST_F(BadWorkbook, TextWhereANumberMustBe)
{
    const QString message = refusal(u"text_for_number.xlsx"_s);
    EXPECT_TRUE(message.contains(u"text_for_number.xlsx:Sheet!F2: value:"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"2.067.389"_s));
}

TEST_F(BadWorkbook, EmptySheet)
{
    EXPECT_TRUE(refusal(u"empty_sheet.xlsx"_s).contains(u"no sheet holds figures"_s));
}

TEST(Xlsx, HundredThousandRowsWithProgressInBoundedMemory)
{
    TestDatabase db(true);
    QList<Figure> figures;
    figures.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        Figure f;
        f.kind = RecordKind::Value;
        f.indicator = u"revenue"_s;
        f.region = u"P"_s + QString::number(i % 1000);
        f.year = 1950 + i / 12000;
        f.month = 1 + (i / 1000) % 12;
        f.value = i;
        f.basis = Basis::Estimate;
        f.source.url = u"https://example.vn/big"_s;
        figures.append(f);
    }
    const QString book = db.file(u"big.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, {}, figures, Language::English, &error)) << error.toStdString();
    figures.clear();
    figures.squeeze();
    addUnits(*db.store, numberedCodes(u"P"_s, 1000));
    FigureImporter importer(*db.store);
    int calls = 0;
    importer.setProgress([&calls](qint64, qint64) {
        ++calls;
        return true;
    });
    const ImportReport report = importer.importFile(book);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 100000);
    EXPECT_GT(calls, 5);
#ifndef __SANITIZE_ADDRESS__ // ASan's shadow memory and quarantine make the process's size meaningless
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    EXPECT_LT(usage.ru_maxrss / 1024, 200) << "peak resident MiB of the whole test process";
#endif
}

TEST(XlsxRegression, AnEntryDeclaringTwoGibibytesIsNotAllocated)
{
    // Found by fuzz_xlsx: the reader trusted a zip entry's declared size.
    XlsxReader reader;
    QString error;
    const bool opened = reader.open(fixture(u"regression/declared-size-2gib.xlsx"_s), &error);
    EXPECT_TRUE(opened || !error.isEmpty());
#ifndef __SANITIZE_ADDRESS__ // under ASan the allocation itself would abort the test
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    EXPECT_LT(usage.ru_maxrss / 1024, 400);
#endif
}

TEST(XlsxRegression, ColumnLettersBeyondExcelsLastColumnAreRefused)
{
    // Found by fuzz_xlsx (UBSan): "AAAAAAAAAAAAF2" overflowed the column number.
    TestDatabase db(true);
    const ImportReport report = importInto(*db.store, fixture(u"regression/column-letters-overflow.xlsx"_s));
    EXPECT_FALSE(report.committed());
    const QString message = report.issues.value(0).toString();
    EXPECT_TRUE(message.contains(u"AAAAAAAAAAAAF2: a cell stands beyond Excel's last column, XFD"_s)) << message.toStdString();
}

// Decompression bombs: small zips that unpack to gigabytes. Each is refused by the limit it
// meets, naming the limit, the file and where in it; the import stores nothing and the
// process stays under 200 MiB (it took up to 6.8 GB before the limits).
class DecompressionBomb : public testing::Test
{
protected:
    TestDatabase db{true};

    /// The first problem of importing the package, which must be refused.
    QString refusal(const WorkbookPackage &package)
    {
        const QString path = db.file(u"bomb.xlsx"_s);
        QString error;
        EXPECT_TRUE(package.write(path, &error)) << error.toStdString();
        EXPECT_LT(QFileInfo(path).size(), 4 << 20) << "a bomb is small";
        const ImportReport report = importInto(*db.store, path);
        EXPECT_FALSE(report.committed());
        EXPECT_TRUE(db.store->figures().isEmpty());
#ifndef __SANITIZE_ADDRESS__ // ASan's shadow memory and quarantine make the process's size meaningless
        EXPECT_LT(peakMebibytes(), 200) << "peak resident MiB of the whole test process";
#endif
        return report.issues.value(0).toString();
    }
};

TEST_F(DecompressionBomb, ACellOfAGigabyteIsRefusedAtTheCell)
{
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::repeat(WorkbookPackage::sheetHead() + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", "A",
                                        qint64(1100) << 20, "</t></is></c></row>" + WorkbookPackage::sheetTail()));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx:Sheet!A1: the sheet 'Sheet' holds a single XML tag or text longer than 4 MiB, the limit"_s))
        << message.toStdString();
}

TEST_F(DecompressionBomb, ThirtyMillionCellsInARowAreRefused)
{
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s, WorkbookPackage::repeat(WorkbookPackage::sheetHead() + "<row r=\"1\">",
                                                                       "<c r=\"A1\"><v>1</v></c>", 30'000'000,
                                                                       "</row>" + WorkbookPackage::sheetTail()));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx:Sheet!1:1: row 1 holds more than %1 cells"_s.arg(number(16384)))) << message.toStdString();
}

TEST_F(DecompressionBomb, AGigabyteOfWhitespaceIsRefused)
{
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::repeat(WorkbookPackage::sheetHead() + importHeader(), " ", qint64(1) << 30, WorkbookPackage::sheetTail()));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx:Sheet!1:1: the sheet 'Sheet' holds a single XML tag or text longer than 4 MiB"_s))
        << message.toStdString();
}

TEST_F(DecompressionBomb, MoreSharedStringsThanTheLimitAreRefused)
{
    // 127 MiB of shared strings from a zip of some 300 KB: 5.5 million of them.
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s, WorkbookPackage::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
    package.add(u"xl/sharedStrings.xml"_s,
                WorkbookPackage::repeat("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                                        "<si><t>abcdefgh</t></si>", (qint64(127) << 20) / 24, "</sst>"));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx: the workbook has more than %1 shared strings, the limit: refused"_s.arg(number(4194304))))
        << message.toStdString();
}

TEST_F(DecompressionBomb, SharedStringsOfMoreTextThanTheLimitAreRefused)
{
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s, WorkbookPackage::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
    const QByteArray longest = "<si><t>" + QByteArray(32767, 'x') + "</t></si>"; // each within Excel's limit for a cell
    package.add(u"xl/sharedStrings.xml"_s,
                WorkbookPackage::repeat("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
                                        longest, 4200, "</sst>"));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx: the workbook's shared strings hold more than 128 MiB of text, the limit"_s))
        << message.toStdString();
}

TEST_F(DecompressionBomb, AWorkbookThatUnpacksPastTheLimitIsRefused)
{
    // Every piece within the other limits: rows apart by a mebibyte of whitespace each.
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::repeat(WorkbookPackage::sheetHead() + importHeader(), QByteArray(1 << 20, ' ') + "<row/>", 1100,
                                        WorkbookPackage::sheetTail()));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u"bomb.xlsx:Sheet!"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u": the workbook unpacks to more than 1024 MiB, the limit for one workbook: refused (at the sheet 'Sheet')"_s))
        << message.toStdString();
}

TEST_F(DecompressionBomb, MoreCellsInASheetThanTheLimitAreRefused)
{
    // Empty cells: 16 million cost a few bytes each, far within the size limit.
    WorkbookPackage package = WorkbookPackage::oneSheet();
    const QByteArray row = "<row>" + QByteArray("<c/>").repeated(16000) + "</row>";
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::repeat(WorkbookPackage::sheetHead() + importHeader(), row, 1100, WorkbookPackage::sheetTail()));
    const QString message = refusal(package);
    EXPECT_TRUE(message.contains(u": the sheet holds more than %1 cells, the limit for a sheet: refused"_s.arg(number(16777216))))
        << message.toStdString();
}

class WorkbookLimit : public testing::Test
{
protected:
    TestDatabase db{true};

    ImportReport import(const QByteArray &rows)
    {
        WorkbookPackage package = WorkbookPackage::oneSheet();
        package.add(u"xl/worksheets/sheet1.xml"_s, WorkbookPackage::sheet(importHeader() + rows));
        const QString path = db.file(u"limit.xlsx"_s);
        QString error;
        EXPECT_TRUE(package.write(path, &error)) << error.toStdString();
        return importInto(*db.store, path);
    }
};

TEST_F(WorkbookLimit, ACellOfExcelsLongestTextImports)
{
    const ImportReport report = import(figureRow(2, QByteArray(32767, 'q')));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(db.store->figures().value(0).quote.size(), 32767);
}

TEST_F(WorkbookLimit, ACellLongerThanExcelAllowsIsRefusedAtTheCell)
{
    const ImportReport report = import(figureRow(2) + figureRow(3, QByteArray(32768, 'q')));
    EXPECT_FALSE(report.committed());
    const QString message = report.issues.value(0).toString();
    EXPECT_TRUE(message.contains(u"limit.xlsx:Sheet!K3: the cell holds more than %1 characters, Excel's limit for a cell"_s.arg(number(32767))))
        << message.toStdString();
}

TEST_F(WorkbookLimit, ARowOfMoreTextThanTheLimitIsRefused)
{
    QByteArray row = "<row r=\"2\">";
    for (int c = 0; c < 40; ++c)
        row += WorkbookPackage::inlineCell(XlsxReader::cellName(2, 12 + c).toLatin1(), QByteArray(32767, 'w'));
    const ImportReport report = import(row + "</row>");
    EXPECT_FALSE(report.committed());
    const QString message = report.issues.value(0).toString();
    EXPECT_TRUE(message.contains(u"limit.xlsx:Sheet!2:2: row 2 holds more than %1 characters of text, the limit for a row"_s.arg(number(1 << 20))))
        << message.toStdString();
}

TEST_F(WorkbookLimit, ARowBeyondExcelsLastIsRefused)
{
    const ImportReport report = import(figureRow(2) + figureRow(1048577));
    EXPECT_FALSE(report.committed());
    const QString message = report.issues.value(0).toString();
    EXPECT_TRUE(message.contains(u"limit.xlsx:Sheet: row number '1048577' is not a row of Excel (1 to %1)"_s.arg(number(1048576))))
        << message.toStdString();
}

// Issue 22.1: under a Vietnamese (or German) locale the export wrote "<v>82,2</v>". The real
// program runs with LC_ALL set, so that QCoreApplication sets the C library's locale from
// the environment as it does for a user; a strict reader then checks every number.
class ExportUnderLocale : public testing::TestWithParam<const char *>
{
};

TEST_P(ExportUnderLocale, EveryNumberIsWrittenAsExcelReadsIt)
{
    const char *name = GetParam();
    const locale_t locale = newlocale(LC_ALL_MASK, name, locale_t(nullptr));
    ASSERT_TRUE(locale) << "the locale " << name << " is not installed: installer/setup-debian.sh generates it";
    const QByteArray decimalPoint = nl_langinfo_l(RADIXCHAR, locale);
    freelocale(locale);
    EXPECT_EQ(decimalPoint, QByteArrayView(name).startsWith("en_") ? "." : ",") << "the locale's own decimal point";

    TestDatabase bundled;
    const QString book = bundled.file(u"export.xlsx"_s);
    QProcess chiso;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, QString::fromLatin1(name));
    env.insert(u"LANG"_s, QString::fromLatin1(name));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    chiso.setProcessEnvironment(env);
    chiso.start(QStringLiteral(CHISO_BINARY), {u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, book, u"--db"_s, bundled.path()});
    ASSERT_TRUE(chiso.waitForFinished(60000));
    ASSERT_EQ(chiso.exitCode(), 0) << chiso.readAllStandardError().toStdString();

    const QMap<QString, QByteArray> parts = packageParts(book, QRegularExpression(u"^xl/(worksheets/sheet\\d+|styles)\\.xml$"_s));
    ASSERT_EQ(parts.size(), 3) << "two sheets and the styles";
    static const QRegularExpression value(u"<v>([^<]*)</v>"_s);
    static const QRegularExpression decimalAttribute(u"\\b([A-Za-z]+)=\"(-?[0-9]+,[0-9]+)\""_s);
    int fractions = 0;
    for (auto part = parts.cbegin(); part != parts.cend(); ++part) {
        const QString xml = QString::fromUtf8(part.value());
        for (const QRegularExpressionMatch &m : value.globalMatch(xml)) {
            fractions += m.captured(1).contains(u'.');
            EXPECT_TRUE(isCNumber(m.captured(1).toLatin1())) << part.key().toStdString() << ": <v>" << m.captured(1).toStdString();
        }
        for (const QRegularExpressionMatch &m : decimalAttribute.globalMatch(xml))
            ADD_FAILURE() << part.key().toStdString() << ": " << m.captured(0).toStdString();
    }
    EXPECT_GE(fractions, 136) << "the cells that were written as '82,2' under vi_VN";

    TestDatabase empty(true);
    const ImportReport report = importInto(*empty.store, book);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(exportAll(*empty.store), exportAll(*bundled.store));
}

INSTANTIATE_TEST_SUITE_P(Locales, ExportUnderLocale, testing::Values("vi_VN.UTF-8", "de_DE.UTF-8", "en_US.UTF-8"),
                         [](const testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param).substr(0, 5);
                         });

// Silent losses in round trips (issue 22, the brief's item 2).

TEST(XlsxRoundTrip, TextLongerThanAnExcelCellRefusesTheExportNamingFigureAndField)
{
    TestDatabase db(true);
    Figure f = juneRevenueEstimate();
    f.source.title = u"Báo cáo"_s;
    Figure g = f;
    g.month = 7;
    g.quote = QString(40000, u'q');
    const QString book = db.file(u"long.xlsx"_s);
    QString error;
    EXPECT_FALSE(XlsxWriter::writeExport(book, {}, {f, g}, Language::English, &error));
    EXPECT_TRUE(error.contains(u"long.xlsx: Figures!K3 (value revenue VN, 2024-07): the quote has %1 characters, more than the %2 a cell of Excel holds"_s
                                   .arg(number(40000), number(32767))))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(book));
    EXPECT_FALSE(QFileInfo::exists(book + u".part"_s));
    // Excel's longest text is written, and reads back whole.
    g.quote.truncate(32767);
    ASSERT_TRUE(XlsxWriter::writeExport(book, {}, {f, g}, Language::English, &error)) << error.toStdString();
    TestDatabase back(true);
    ASSERT_TRUE(importInto(*back.store, book).committed());
    EXPECT_EQ(Snapshot(back.store->figures()).value(u"revenue"_s, u"VN"_s, 2024, 7)->quote, g.quote);
}

TEST(XlsxRoundTrip, ControlCharactersAndTextThatLooksEscapedComeBackAsTheyWere)
{
    TestDatabase db(true);
    Figure f = juneRevenueEstimate();
    f.source.title = u"_x0041_ is how OOXML escapes A"_s;
    f.quote = u"escape \x1B, bell \x07, _x005F_ and _X0041_ and _x00e9_"_s;
    f.note = u"_x_ _x12_ _x12345_"_s;
    const QString book = db.file(u"escapes.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, {}, {f}, Language::English, &error)) << error.toStdString();
    const QByteArray strings = packageParts(book, QRegularExpression(u"sharedStrings"_s)).value(u"xl/sharedStrings.xml"_s);
    EXPECT_TRUE(strings.contains("escape _x001B_, bell _x0007_, _x005F_x005F_ and _X0041_ and _x005F_x00e9_")) << strings.constData();
    TestDatabase back(true);
    const ImportReport report = importInto(*back.store, book);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    const QList<Figure> figures = back.store->figures();
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures[0].source.title, f.source.title);
    EXPECT_EQ(figures[0].quote, f.quote);
    EXPECT_EQ(figures[0].note, f.note);
}

TEST(XlsxRoundTrip, EscapesOfOtherProducersAreDecoded)
{
    // As Excel writes them: in shared strings, inline strings (rich text joined, its phonetic
    // reading left out) and formula strings, and in a sheet's name; _x005F_ escapes the
    // underscore itself.
    WorkbookPackage package;
    package.add(u"xl/workbook.xml"_s,
                "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                "<sheet name=\"Tab_x0009_name\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    package.add(u"xl/_rels/workbook.xml.rels"_s,
                "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    package.add(u"xl/sharedStrings.xml"_s, "<sst><si><t>a_x001B_b</t></si><si><r><t>_x005F_x0041_</t></r><r><t>_x00C9_</t></r></si></sst>");
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                                       + QByteArray("<c r=\"C1\" t=\"inlineStr\"><is><r><t>line_x000D__x000A_</t></r><r><t>end</t></r>"
                                                    "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>")
                                       + "<c r=\"D1\" t=\"str\"><f>A1</f><v>x_x0031_</v></c><c r=\"E1\"><v>1</v></c></row>"));
    TestDatabase db(true);
    const QString path = db.file(u"escaped.xlsx"_s);
    QString error;
    ASSERT_TRUE(package.write(path, &error)) << error.toStdString();
    XlsxReader reader;
    ASSERT_TRUE(reader.open(path, &error)) << error.toStdString();
    EXPECT_EQ(reader.sheetNames(), QStringList{u"Tab\tname"_s});
    QStringList texts;
    ASSERT_TRUE(reader.readSheet(0, [&](int, const QList<XlsxCell> &cells) {
        for (const XlsxCell &c : cells)
            texts.append(c.text);
        return true;
    }, &error)) << error.toStdString();
    EXPECT_EQ(texts, (QStringList{u"a\x1B" "b"_s, u"_x0041_\u00C9"_s, u"line\r\nend"_s, u"x1"_s, u"1"_s}));
}

class SharedStringIndex : public testing::TestWithParam<std::pair<const char *, const char *>>
{
};

TEST_P(SharedStringIndex, ThatIsNoIndexOfTheWorkbookIsRefusedAtTheCell)
{
    const auto [index, expected] = GetParam();
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/sharedStrings.xml"_s, "<sst><si><t>value</t></si><si><t>revenue</t></si></sst>");
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::sheet(importHeader() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>"
                                       + QByteArray(index) + "</v></c></row>"));
    TestDatabase db(true);
    const QString path = db.file(u"index.xlsx"_s);
    QString error;
    ASSERT_TRUE(package.write(path, &error)) << error.toStdString();
    const ImportReport report = importInto(*db.store, path);
    EXPECT_FALSE(report.committed());
    EXPECT_EQ(report.issues.value(0).toString(), u"%1:Sheet!B2: %2"_s.arg(path, QString::fromUtf8(expected)));
}

INSTANTIATE_TEST_SUITE_P(
    OutOfRangeNegativeOrDecimal, SharedStringIndex,
    testing::Values(std::pair{"2", "the cell refers to shared string 2, but the workbook has 2"},
                    std::pair{"-1", "the cell refers to shared string '-1': expected its index, a whole number from 0"},
                    std::pair{"1.0", "the cell refers to shared string '1.0': expected its index, a whole number from 0"}),
    [](const auto &info) { return std::string(std::array{"OutOfRange", "Negative", "Decimal"}[info.index]); });

// A monthly form damaged by hand: it is still taken for the form, and what is wrong with it
// is named by cell (it was "no sheet holds figures").
class DamagedForm : public testing::Test
{
protected:
    TestDatabase db{true};

    /// The form with `period` in B2 and `code` in A6 (revenue's row), by a hand that typed
    /// inline strings; the label of B2 in A2 when `label`.
    QString firstProblem(const QByteArray &period, const QByteArray &code, bool label = true)
    {
        WorkbookPackage package;
        package.add(u"xl/workbook.xml"_s,
                    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    "<sheet name=\"Biểu tháng\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        package.add(u"xl/_rels/workbook.xml.rels"_s, "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        auto cell = [](const QByteArray &reference, const QByteArray &text) {
            return text.isEmpty() ? QByteArray() : WorkbookPackage::inlineCell(reference, text);
        };
        package.add(u"xl/worksheets/sheet1.xml"_s,
                    WorkbookPackage::sheet("<row r=\"1\">" + cell("A1", "Số liệu hằng tháng") + "</row>"
                                           + "<row r=\"2\">" + cell("A2", label ? "Kỳ báo cáo (YYYY-MM)" : "") + cell("B2", period) + "</row>"
                                           + "<row r=\"3\">" + cell("A3", "Nguồn") + cell("B3", "Báo cáo tháng 9/2024") + "</row>"
                                           + "<row r=\"5\">" + cell("A5", "Mã") + cell("D5", "Lũy kế") + "</row>"
                                           + "<row r=\"6\">" + cell("A6", code) + cell("B6", "Doanh thu") + "<c r=\"D6\"><v>3150000</v></c></row>"
                                           + "<row r=\"7\">" + cell("A7", "state_budget") + "<c r=\"D7\"><v>90500</v></c></row>"));
        const QString path = db.file(u"form.xlsx"_s);
        QString error;
        EXPECT_TRUE(package.write(path, &error)) << error.toStdString();
        const ImportReport report = importInto(*db.store, path);
        EXPECT_FALSE(report.committed());
        EXPECT_TRUE(db.store->figures().isEmpty());
        return report.issues.value(0).toString().replace(path, u"form.xlsx"_s);
    }
};

TEST_F(DamagedForm, AnEmptyPeriodCellIsNamed)
{
    EXPECT_EQ(firstProblem("", "revenue"), u"form.xlsx:Biểu tháng!B2: expected the period as YYYY-MM, such as 2024-06: the cell is empty"_s);
}

TEST_F(DamagedForm, AGarbledPeriodIsNamedWithWhatItHolds)
{
    EXPECT_EQ(firstProblem("tháng 9", "revenue"), u"form.xlsx:Biểu tháng!B2: expected the period as YYYY-MM, such as 2024-06, found 'tháng 9'"_s);
}

TEST_F(DamagedForm, AMissingCodeBesideFiguresIsNamed)
{
    EXPECT_EQ(firstProblem("2024-09", ""), u"form.xlsx:Biểu tháng!A6: indicator: the indicator's code is missing: its figures cannot be placed"_s);
}

TEST_F(DamagedForm, WithoutItsPeriodLabelTheCodesStillTellTheForm)
{
    EXPECT_EQ(firstProblem("", "revenue", false), u"form.xlsx:Biểu tháng!B2: expected the period as YYYY-MM, such as 2024-06: the cell is empty"_s);
}

TEST_F(DamagedForm, NeitherPeriodNorCodesButItsLabelStillTellTheForm)
{
    EXPECT_EQ(firstProblem("???", "", true), u"form.xlsx:Biểu tháng!A6: indicator: the indicator's code is missing: its figures cannot be placed"_s);
}

// Dates (issue 22.2): LibreOffice and Excel turn the source_date they recognise into a date
// serial; read back in both date systems, checked against days computed by hand:
// 2024-06-06 is 45,449 days after 1899-12-30 (the 1900 system's day 0 once Excel's
// fictitious 1900-02-29 is counted) and 43,987 days after 1904-01-01.
TEST(ExcelDates, SerialsOfBothSystemsAreTheDaysExcelShows)
{
    EXPECT_EQ(XlsxReader::dateOfSerial(45449, false), QDate(2024, 6, 6));
    EXPECT_EQ(XlsxReader::dateOfSerial(45449.75, false), QDate(2024, 6, 6)); // 18:00 that day
    EXPECT_EQ(XlsxReader::dateOfSerial(43987, true), QDate(2024, 6, 6));
    EXPECT_EQ(XlsxReader::dateOfSerial(44913, false), QDate(2022, 12, 18)); // the issue's 44913
    EXPECT_EQ(XlsxReader::dateOfSerial(1, false), QDate(1900, 1, 1));
    EXPECT_EQ(XlsxReader::dateOfSerial(59, false), QDate(1900, 2, 28));
    EXPECT_FALSE(XlsxReader::dateOfSerial(60, false).isValid()); // 1900-02-29, which never was
    EXPECT_EQ(XlsxReader::dateOfSerial(61, false), QDate(1900, 3, 1));
    EXPECT_FALSE(XlsxReader::dateOfSerial(0, false).isValid());
    EXPECT_EQ(XlsxReader::dateOfSerial(0, true), QDate(1904, 1, 1));
    EXPECT_FALSE(XlsxReader::dateOfSerial(-1, true).isValid());
    EXPECT_EQ(XlsxReader::dateOfSerial(2958465, false), QDate(9999, 12, 31));
    EXPECT_FALSE(XlsxReader::dateOfSerial(2958466, false).isValid());
}

class DateSerialInSourceDate : public testing::TestWithParam<std::tuple<const char *, const char *>>
{
};

TEST_P(DateSerialInSourceDate, ImportsAsTheDay)
{
    const auto [workbookPr, serial] = GetParam();
    WorkbookPackage package = WorkbookPackage::oneSheet(workbookPr);
    const QByteArray row = figureRow(2);
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::sheet(importHeader() + row.left(row.size() - 6) + "<c r=\"J2\"><v>" + serial + "</v></c></row>"));
    TestDatabase db(true);
    const QString path = db.file(u"dates.xlsx"_s);
    QString error;
    ASSERT_TRUE(package.write(path, &error)) << error.toStdString();
    const ImportReport report = importInto(*db.store, path);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(db.store->figures().value(0).source.published, QDate(2024, 6, 6));
}

INSTANTIATE_TEST_SUITE_P(DateSystems, DateSerialInSourceDate,
                         testing::Values(std::tuple{"", "45449"}, std::tuple{"<workbookPr date1904=\"1\"/>", "43987"},
                                         std::tuple{"<workbookPr date1904=\"true\"/>", "43987.5"},
                                         std::tuple{"<workbookPr date1904=\"0\"/>", "45449"}),
                         [](const auto &info) { return std::string(std::array{"Excel1900", "Excel1904", "Excel1904True", "Explicit1900"}[info.index]); });

TEST(ExcelDates, ExcelsFictitiousLeapDayIsRefusedAtTheCell)
{
    WorkbookPackage package = WorkbookPackage::oneSheet();
    const QByteArray row = figureRow(2);
    package.add(u"xl/worksheets/sheet1.xml"_s, WorkbookPackage::sheet(importHeader() + row.left(row.size() - 6) + "<c r=\"J2\"><v>60</v></c></row>"));
    TestDatabase db(true);
    const QString path = db.file(u"leap.xlsx"_s);
    QString error;
    ASSERT_TRUE(package.write(path, &error)) << error.toStdString();
    const ImportReport report = importInto(*db.store, path);
    EXPECT_FALSE(report.committed());
    EXPECT_EQ(report.issues.value(0).toString(), path + u":Sheet!J2: source_date: expected a date as YYYY-MM-DD, found '60'"_s);
}

TEST(ExcelDates, AMonthTypedIntoExcelIsTheFormsPeriod)
{
    // Excel turns "2024-06" typed into B2 into the date 2024-06-01, serial 45444.
    WorkbookPackage package = WorkbookPackage::oneSheet();
    package.add(u"xl/worksheets/sheet1.xml"_s,
                WorkbookPackage::sheet("<row r=\"2\">" + WorkbookPackage::inlineCell("A2", "Period (YYYY-MM)") + "<c r=\"B2\"><v>45444</v></c></row>"
                                       + "<row r=\"3\">" + WorkbookPackage::inlineCell("B3", "Báo cáo tháng 6") + "</row>"
                                       + "<row r=\"6\">" + WorkbookPackage::inlineCell("A6", "revenue") + "<c r=\"D6\"><v>2067389</v></c></row>"));
    TestDatabase db(true);
    const QString path = db.file(u"form.xlsx"_s);
    QString error;
    ASSERT_TRUE(package.write(path, &error)) << error.toStdString();
    const ImportReport report = importInto(*db.store, path);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(Snapshot(db.store->figures()).value(u"revenue"_s, u"VN"_s, 2024, 6)->value, 2067389);
}

TEST(ExcelDates, OurExportWritesDatesAsText)
{
    TestDatabase bundled;
    const QString book = bundled.file(u"all.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, kpis(*bundled.store), bundled.store->figures(), Language::English, &error));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error));
    int dates = 0;
    ASSERT_TRUE(reader.readSheet(1, [&](int row, const QList<XlsxCell> &cells) {
        for (const XlsxCell &c : cells) {
            if (row > 1 && c.column == 9) { // source_date
                EXPECT_FALSE(c.isNumber) << row;
                EXPECT_TRUE(QDate::fromString(c.text, Qt::ISODate).isValid()) << c.text.toStdString();
                ++dates;
            }
        }
        return true;
    }, &error));
    const QList<Figure> figures = bundled.store->figures();
    const auto dated = std::count_if(figures.begin(), figures.end(), [](const Figure &f) { return f.source.published.isValid(); });
    EXPECT_GT(dated, 0);
    EXPECT_EQ(dates, dated);
}

// Workbooks that print (issue 22.3): landscape A4, one page wide, the header rows and first
// column on every page, every column as wide as its content, growth with its unit.
namespace {

/// The attributes of every element `name` in `xml`, in order.
QList<QXmlStreamAttributes> elements(const QByteArray &xml, QStringView name)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            found.append(reader.attributes());
    }
    return found;
}

/// Checks a sheet's print layout and that every column is as wide as its longest text, or
/// as the 36 characters at which running text wraps.
void expectPrintsWhole(const QByteArray &sheetXml, const QMap<int, int> &longestText, const std::string &sheet)
{
    const auto setup = elements(sheetXml, u"pageSetup");
    ASSERT_EQ(setup.size(), 1) << sheet;
    EXPECT_EQ(setup[0].value(u"orientation"_s), u"landscape"_s) << sheet;
    EXPECT_EQ(setup[0].value(u"paperSize"_s), u"9"_s) << sheet << ": A4";
    EXPECT_EQ(setup[0].value(u"fitToHeight"_s), u"0"_s) << sheet << ": as many pages down as needed";
    EXPECT_TRUE(setup[0].value(u"fitToWidth"_s).isEmpty() || setup[0].value(u"fitToWidth"_s) == u"1"_s) << sheet;
    const auto fit = elements(sheetXml, u"pageSetUpPr");
    ASSERT_EQ(fit.size(), 1) << sheet;
    EXPECT_EQ(fit[0].value(u"fitToPage"_s), u"1"_s) << sheet;
    EXPECT_TRUE(sheetXml.contains("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>")) << sheet;
    QMap<int, double> widths;
    for (const QXmlStreamAttributes &col : elements(sheetXml, u"col")) {
        for (int c = col.value(u"min"_s).toInt(); c <= col.value(u"max"_s).toInt(); ++c)
            widths.insert(c - 1, col.value(u"width"_s).toDouble());
    }
    for (auto text = longestText.cbegin(); text != longestText.cend(); ++text) {
        ASSERT_TRUE(widths.contains(text.key())) << sheet << ": column " << text.key() << " has no width";
        EXPECT_GE(widths.value(text.key()), std::min(text.value(), 36)) << sheet << ": column " << text.key();
    }
}

/// The longest text of each column of a sheet but in `skipped` rows (a header, whose words
/// wrap; a title, which spills over the empty cells beside it).
QMap<int, int> longestTexts(XlsxReader &reader, int sheet, const QList<int> &skipped)
{
    QMap<int, int> longest;
    QString error;
    reader.readSheet(sheet, [&](int row, const QList<XlsxCell> &cells) {
        for (const XlsxCell &c : cells) {
            if (!c.isNumber && !skipped.contains(row))
                longest[c.column] = std::max(longest.value(c.column), int(c.text.size()));
        }
        return true;
    }, &error);
    return longest;
}

} // namespace

TEST(XlsxPrinting, TheExportPrintsLandscapeOnePageWideWithTitlesAndWholeColumns)
{
    TestDatabase bundled;
    const QString book = bundled.file(u"all.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, kpis(*bundled.store), bundled.store->figures(), Language::Vietnamese, &error));
    const auto parts = packageParts(book, QRegularExpression(u"^xl/(worksheets/sheet\\d|workbook)\\.xml$"_s));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error));
    ASSERT_EQ(reader.sheetNames(), (QStringList{u"Chỉ tiêu"_s, u"Số liệu"_s}));
    expectPrintsWhole(parts.value(u"xl/worksheets/sheet1.xml"_s), longestTexts(reader, 0, {1}), "KPI");
    const QMap<int, int> figures = longestTexts(reader, 1, {1});
    EXPECT_EQ(figures.value(9), 10) << "source_date, YYYY-MM-DD";
    expectPrintsWhole(parts.value(u"xl/worksheets/sheet2.xml"_s), figures, "Figures");
    const QByteArray workbook = parts.value(u"xl/workbook.xml"_s);
    EXPECT_TRUE(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Chỉ tiêu'!$A:$A,'Chỉ tiêu'!$1:$1</definedName>"))
        << workbook.constData();
    EXPECT_TRUE(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Số liệu'!$A:$A,'Số liệu'!$1:$1</definedName>"))
        << workbook.constData();
}

TEST(XlsxPrinting, TheFormPrintsItsCodesBesideItsInputColumns)
{
    TestDatabase db;
    const QString book = db.file(u"form.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeTemplate(book, db.store->indicators(), {2024, 9}, Language::Vietnamese, &error));
    const auto parts = packageParts(book, QRegularExpression(u"^xl/(worksheets/sheet1|workbook)\\.xml$"_s));
    XlsxReader reader;
    ASSERT_TRUE(reader.open(book, &error));
    const QMap<int, int> longest = longestTexts(reader, 0, {1, XlsxWriter::TemplateLayout::headerRow});
    expectPrintsWhole(parts.value(u"xl/worksheets/sheet1.xml"_s), longest, "form");
    EXPECT_TRUE(parts.value(u"xl/workbook.xml"_s).contains("'Biểu tháng'!$A:$A,'Biểu tháng'!$1:$5</definedName>"));
    // Column A is as wide as the longest code, which the title row's text does not decide.
    int longestCode = 0;
    for (const Indicator &i : db.store->indicators())
        longestCode = std::max(longestCode, int(i.code.size()));
    const auto cols = elements(parts.value(u"xl/worksheets/sheet1.xml"_s), u"col");
    ASSERT_FALSE(cols.isEmpty());
    EXPECT_GE(cols[0].value(u"width"_s).toDouble(), longestCode);
}

TEST(XlsxPrinting, GrowthShowsItsUnitOnEveryRow)
{
    // Percentage points for a share, per cent for the rest: a number format per row.
    TestDatabase bundled;
    const KpiReport report = kpis(*bundled.store);
    const QString book = bundled.file(u"kpi.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, report, {}, Language::English, &error));
    const auto parts = packageParts(book, QRegularExpression(u"^xl/(worksheets/sheet1|styles)\\.xml$"_s));
    QHash<QString, QString> formatCodes;
    for (const QXmlStreamAttributes &f : elements(parts.value(u"xl/styles.xml"_s), u"numFmt"))
        formatCodes.insert(f.value(u"numFmtId"_s).toString(), f.value(u"formatCode"_s).toString());
    // cellXfs' xf elements follow cellStyleXfs' one; a cell's s counts within cellXfs.
    QList<QString> formatOfStyle;
    {
        QXmlStreamReader xml(parts.value(u"xl/styles.xml"_s));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf")
                formatOfStyle.append(formatCodes.value(xml.attributes().value(u"numFmtId"_s).toString()));
        }
    }
    QHash<QString, QString> formatOfCell;
    for (const QXmlStreamAttributes &c : elements(parts.value(u"xl/worksheets/sheet1.xml"_s), u"c"))
        formatOfCell.insert(c.value(u"r"_s).toString(), formatOfStyle.value(c.value(u"s"_s).toInt()));
    int points = 0;
    int percents = 0;
    for (int i = 0; i < report.rows.size(); ++i) {
        const KpiRow &r = report.rows[i];
        if (!r.growth)
            continue;
        const QString format = formatOfCell.value(XlsxReader::cellName(i + 2, 5));
        if (r.growth->percentagePoints) {
            ++points;
            EXPECT_EQ(format, u"+0.0\" pp\";-0.0\" pp\";0.0\" pp\""_s) << r.indicator.code.toStdString();
        } else {
            ++percents;
            EXPECT_EQ(format, u"+0.0%;-0.0%;0.0%"_s) << r.indicator.code.toStdString();
        }
    }
    EXPECT_GT(points, 0);
    EXPECT_GT(percents, 0);
}

TEST(XlsxPaths, AWorkbookInAVietnameseFolderIsWrittenAndRead)
{
    // The paths reach libxlsxwriter and libzip as they take them (UTF-8 on Windows, issue
    // 22.6; the file system's encoding here): a folder as users name theirs.
    TestDatabase bundled;
    const QString folder = bundled.file(u"Tài liệu/Báo cáo tháng 8"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString book = folder + u"/Số liệu ngành TT&TT.xlsx"_s;
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, kpis(*bundled.store), bundled.store->figures(), Language::Vietnamese, &error))
        << error.toStdString();
    EXPECT_TRUE(QFileInfo::exists(book));
    TestDatabase empty(true);
    const ImportReport report = importInto(*empty.store, book);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(exportAll(*empty.store), exportAll(*bundled.store));
}
