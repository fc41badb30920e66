// Files in and out when they are not what a user usually names: devices, FIFOs, links,
// formulas, huge fields, other encodings (issue 15).
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "analytics/Snapshot.h"
#include "io/FigureCsvFormat.h"
#include "io/FigureImporter.h"
#include "io/OutputFile.h"
#include "io/xlsx/XlsxReader.h"
#include "io/xlsx/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <future>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#include <zip.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

bool isCharacterDevice(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

/// The system's null or full device. As root, a node of our own for the same device, so that
/// a regression replacing it with a file cannot break the machine's /dev/null; elsewhere the
/// real one, which a user cannot replace.
QString device(const QTemporaryDir &dir, const char *name, unsigned minor)
{
    const QString node = dir.filePath(QString::fromLatin1(name));
    if (geteuid() == 0 && ::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return node;
    return u"/dev/"_s + QString::fromLatin1(name);
}

/// Reads a FIFO on a thread of its own until its writer closes it.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_path(path), m_thread([this] {
              QFile fifo(m_path);
              if (fifo.open(QIODevice::ReadOnly))
                  m_bytes = fifo.readAll();
          })
    {
    }
    ~FifoReader() { finish(); }
    /// The bytes read. If no writer ever came, opens the FIFO for writing itself so that the
    /// reader is not left waiting for ever.
    QByteArray finish()
    {
        if (m_thread.joinable()) {
            const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            m_thread.join();
        }
        return m_bytes;
    }

private:
    QString m_path;
    QByteArray m_bytes;
    std::thread m_thread;
};

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A database made by `chiso init`, as the testers used.
class HostileFiles : public testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(u"x.sqlite"_s);
    QByteArray exported; ///< what `chiso export -o FILE` writes for db

    void SetUp() override
    {
        ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, db}).exitCode, 0);
        const QString file = dir.filePath(u"all.csv"_s);
        ASSERT_EQ(runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, file}).exitCode, 0);
        exported = readFile(file);
        ASSERT_TRUE(exported.startsWith("record,indicator,"));
    }
};

} // namespace

// ---- 1. Output onto devices, FIFOs and links -------------------------------------------

TEST_F(HostileFiles, ExportToAFullDeviceFailsNamingItAndTheCause)
{
    const QString full = device(dir, "full", 7);
    const ChisoRun run = runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, full});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Cannot write %1: the disk or device is full"_s.arg(full))) << run.err.toStdString();
    EXPECT_TRUE(isCharacterDevice(full));

    // `chiso export > /dev/full`: the same, for standard output.
    const ChisoRun redirected = runChiso({u"export"_s, u"--db"_s, db}, [&full](QProcess &p) { p.setStandardOutputFile(full); });
    EXPECT_EQ(redirected.exitCode, 1) << redirected.err.toStdString();
    EXPECT_TRUE(redirected.err.contains(u"Cannot write the standard output: the disk or device is full"_s)) << redirected.err.toStdString();
}

TEST_F(HostileFiles, EveryKindOfOutputToAFullDeviceFails)
{
    const QString full = device(dir, "full", 7);
    const QList<QStringList> commands = {
        {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, full},
        {u"report"_s, u"--format"_s, u"json"_s, u"-o"_s, full},
        {u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, full},
        {u"template"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"-o"_s, full},
        {u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"-o"_s, full},
    };
    for (const QStringList &command : commands) {
        const ChisoRun run = runChiso(command + QStringList{u"--db"_s, db});
        EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(full) && run.err.contains(u"full"_s)) << run.err.toStdString();
    }
    const ChisoRun screenshot = runChiso({u"--db"_s, db, u"--screenshot"_s, full, u"--view"_s, u"dashboard"_s});
    EXPECT_EQ(screenshot.exitCode, 1) << screenshot.err.toStdString();
    EXPECT_TRUE(screenshot.err.contains(u"Cannot write %1: the disk or device is full"_s.arg(full))) << screenshot.err.toStdString();
    EXPECT_TRUE(isCharacterDevice(full));
}

TEST_F(HostileFiles, ExportToTheNullDeviceLeavesItADevice)
{
    const QString null = device(dir, "null", 3);
    for (const QStringList &command : {QStringList{u"export"_s}, QStringList{u"export"_s, u"--format"_s, u"xlsx"_s},
                                       QStringList{u"report"_s, u"--format"_s, u"csv"_s}}) {
        const ChisoRun run = runChiso(command + QStringList{u"--db"_s, db, u"-o"_s, null});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(isCharacterDevice(null)) << command.join(u' ').toStdString();
        EXPECT_TRUE(QDir(dir.path()).entryList({u"null?*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System).isEmpty());
    }
}

TEST_F(HostileFiles, ExportIntoAFifoIsReadByItsReader)
{
    const QString fifo = makeFifo(dir, u"pipe"_s);
    ASSERT_FALSE(fifo.isEmpty());
    FifoReader csvReader(fifo);
    const ChisoRun csv = runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, fifo});
    EXPECT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csvReader.finish(), exported);

    FifoReader xlsxReader(fifo);
    const ChisoRun xlsx = runChiso({u"export"_s, u"--format"_s, u"xlsx"_s, u"--db"_s, db, u"-o"_s, fifo});
    EXPECT_EQ(xlsx.exitCode, 0) << xlsx.err.toStdString();
    const QByteArray book = xlsxReader.finish();
    EXPECT_TRUE(book.startsWith("PK\x03\x04")) << book.left(16).toHex().toStdString();
    EXPECT_GT(book.size(), 4000);
    struct stat info;
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

TEST_F(HostileFiles, ExportToStandardOutputByNameReachesAPipeAndAFile)
{
    const ChisoRun piped = runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, u"/dev/stdout"_s});
    EXPECT_EQ(piped.exitCode, 0) << piped.err.toStdString();
    EXPECT_EQ(piped.out.toUtf8(), exported);

    // `chiso export -o /dev/stdout > out.csv`: the shell's file receives the export, and is
    // not replaced behind the shell's back by a new file of the same name.
    const QString out = dir.filePath(u"out.csv"_s);
    const ChisoRun redirected = runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, u"/dev/stdout"_s},
                                    [&out](QProcess &p) { p.setStandardOutputFile(out); });
    EXPECT_EQ(redirected.exitCode, 0) << redirected.err.toStdString();
    EXPECT_EQ(readFile(out), exported);
}

TEST_F(HostileFiles, ALinkToAFileIsFollowedAndStaysALink)
{
    const QString target = dir.filePath(u"real.csv"_s);
    ASSERT_TRUE(QFile(target).open(QIODevice::WriteOnly));
    const QString link = dir.filePath(u"link.csv"_s);
    ASSERT_TRUE(QFile::link(target, link));
    const ChisoRun run = runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, link});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readFile(target), exported);

    // A link to a file not made yet: the file is made where the link points.
    const QString dangling = dir.filePath(u"dangling.csv"_s);
    const QString later = dir.filePath(u"later.csv"_s);
    ASSERT_TRUE(QFile::link(later, dangling));
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, dangling}).exitCode, 0);
    EXPECT_TRUE(QFileInfo(dangling).isSymLink());
    EXPECT_EQ(readFile(later), exported);
}

TEST_F(HostileFiles, AnEmptyOutputNameSaysOneIsNeeded)
{
    for (const QStringList &command : {QStringList{u"export"_s}, QStringList{u"report"_s, u"--format"_s, u"csv"_s},
                                       QStringList{u"report"_s}, QStringList{u"briefing"_s}}) {
        const ChisoRun run = runChiso(command + QStringList{u"--db"_s, db, u"-o"_s, QString()});
        EXPECT_EQ(run.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(u"an output file name is needed"_s)) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(u"Cannot write :"_s)) << run.err.toStdString();
    }
}

TEST(OutputFileTest, AFailedWriteLeavesARegularFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kept.csv"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("before\n");
    }
    {
        OutputFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_FALSE(file.writesThrough());
        file.write("half of it");
    } // never committed
    EXPECT_EQ(readFile(path), "before\n");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"kept.csv"_s});

    QString error;
    EXPECT_TRUE(OutputFile::save(path, "after\n", &error)) << error.toStdString();
    EXPECT_EQ(readFile(path), "after\n");
}

TEST(OutputFileTest, AFolderALoopAndAMissingFolderAreNamed)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(OutputFile::save(dir.path(), "x", &error));
    EXPECT_TRUE(error.contains(dir.path()) && error.contains(u"folder"_s)) << error.toStdString();

    const QString a = dir.filePath(u"a"_s);
    const QString b = dir.filePath(u"b"_s);
    ASSERT_TRUE(QFile::link(b, a) && QFile::link(a, b));
    EXPECT_FALSE(OutputFile::save(a, "x", &error));
    EXPECT_TRUE(error.contains(u"too many levels of symbolic links"_s)) << error.toStdString();

    const QString nowhere = dir.filePath(u"no/such/folder/x.csv"_s);
    EXPECT_FALSE(OutputFile::save(nowhere, "x", &error));
    EXPECT_TRUE(error.contains(nowhere) && error.contains(u"does not exist"_s)) << error.toStdString();
}

// ---- 4. Input that is not a regular file ------------------------------------------------

TEST_F(HostileFiles, ImportingAFifoADeviceOrASocketIsRefusedAtOnceNamingIt)
{
    const QString fifo = makeFifo(dir, u"pipe.csv"_s);
    ASSERT_FALSE(fifo.isEmpty());
    const QString null = device(dir, "null", 3);
    const QString socketPath = dir.filePath(u"socket.csv"_s);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(sock, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    ASSERT_LT(size_t(encoded.size()), sizeof address.sun_path);
    std::copy(encoded.begin(), encoded.end(), address.sun_path);
    ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);

    const QByteArray before = readFile(db);
    for (const auto &[path, kind] : {std::pair{fifo, u"a FIFO (named pipe)"_s}, std::pair{null, u"a device"_s},
                                     std::pair{socketPath, u"a socket"_s}}) {
        // Opening a FIFO would wait for a writer for ever: the refusal must come first.
        const ChisoRun run = runChiso({u"import"_s, path, u"--db"_s, db}, {}, 20000);
        EXPECT_EQ(run.exitCode, 1) << path.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(u"%1: this is %2, not a file"_s.arg(path, kind))) << run.err.toStdString();
    }
    ::close(sock);
    EXPECT_EQ(readFile(db), before);
}

TEST_F(HostileFiles, ADatabaseThatIsAFifoOrADeviceIsRefusedWithoutWaiting)
{
    const QString fifo = makeFifo(dir, u"db-pipe"_s);
    ASSERT_FALSE(fifo.isEmpty());
    for (const QString &path : {fifo, device(dir, "null", 3)}) {
        const ChisoRun run = runChiso({u"report"_s, u"--db"_s, path}, {}, 20000);
        EXPECT_EQ(run.exitCode, 1) << path.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
    }
    EXPECT_TRUE(isCharacterDevice(device(dir, "null", 3)));
}

// ---- 3. Formulas in CSV ----------------------------------------------------------------

TEST(CsvFormulas, TextThatExcelWouldRunIsWrittenAsTextAndReadBackUnchanged)
{
    // What a hostile or careless source could hold; -8.66 in the value column stays a number.
    // In a CSV file, ''= is how text that really begins with '= is written.
    const QByteArray input =
        "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
        "value,revenue,VN,2024,6,2067389,estimate,,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,+1,@SUM(A1)\n"
        "stated_growth,revenue,VN,2024,6,-8.66,,,-minus,,''=kept with its quote,'plain quote\n"
        "value,profit,VN,2024,6,150000,estimate,,@at,,=1+2,-\n";
    TestDatabase first(/*empty=*/true);
    FigureImporter importer(*first.store);
    ASSERT_TRUE(importer.importFile(first.write(u"in.csv"_s, input)).committed());
    QStringList texts;
    for (const Figure &f : first.store->figures())
        texts << f.source.title << f.quote << f.note;
    for (const QString &expected : {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+1"_s, u"@SUM(A1)"_s, u"-minus"_s,
                                    u"'=kept with its quote"_s, u"'plain quote"_s, u"@at"_s, u"=1+2"_s, u"-"_s})
        EXPECT_TRUE(texts.contains(expected)) << expected.toStdString();

    const QByteArray exported = exportAll(*first.store);
    EXPECT_TRUE(exported.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,'+1,'@SUM(A1)\n")) << exported.toStdString();
    EXPECT_TRUE(exported.contains(",-8.66,,,'-minus,,''=kept with its quote,'plain quote\n")) << exported.toStdString();
    EXPECT_TRUE(exported.contains(",'@at,,'=1+2,'-\n")) << exported.toStdString();
    for (const QByteArray &line : exported.split('\n')) {
        for (const QByteArray &field : line.split(',')) // no field of the export begins as a formula
            EXPECT_FALSE(!field.isEmpty() && QByteArray("=+@").contains(field.front())) << line.toStdString();
    }

    TestDatabase second(/*empty=*/true);
    FigureImporter again(*second.store);
    const ImportReport report = again.importFile(second.write(u"export.csv"_s, exported));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(exportAll(*second.store), exported);
}

TEST(CsvFormulas, TheKpiTableForExcelWritesASourceFormulaAsText)
{
    TestDatabase db(/*empty=*/true);
    FigureImporter importer(*db.store);
    ASSERT_TRUE(importer.importFile(db.write(u"in.csv"_s, "record,indicator,year,month,value,basis,source_title\n"
                                                          "value,revenue,2024,6,2067389,estimate,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"))
                    .committed());
    const QString csv = db.file(u"kpi.csv"_s);
    const ChisoRun run = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"csv"_s,
                                   u"-o"_s, csv, u"--db"_s, db.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readFile(csv);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(",2067389,estimate,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")) << bytes.toStdString();
}

TEST(CsvFormulas, GuardAndUnguardAreExactInverses)
{
    for (const QString &text : {u""_s, u"'"_s, u"''"_s, u"'="_s, u"=x"_s, u"''-x"_s, u"plain"_s, u"\t1"_s, u"\r1"_s,
                                u"a=b"_s, u"-"_s, u"'a"_s}) {
        EXPECT_EQ(FigureCsv::unguardFormula(FigureCsv::guardFormula(text)), text) << text.toStdString();
        const QString guarded = FigureCsv::guardFormula(text);
        EXPECT_FALSE(!guarded.isEmpty() && QStringView(u"=+-@\t\r").contains(guarded.front())) << text.toStdString();
    }
}

// ---- 2. What export writes, import reads: text at the limit -----------------------------

namespace {

/// A workbook with one sheet of inline-string cells, as another program could write it.
bool writeWorkbook(const QString &path, const QList<QStringList> &rows)
{
    auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c)
            sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r + 1) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                     + escaped(rows[r][c]) + "</t></is></c>";
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    const QList<std::pair<const char *, QByteArray>> parts = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "</Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Figures\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "</Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0; // the buffers are read here: they must live until now
}

/// CSV text field: quoted, quotes doubled.
QByteArray csvField(const QString &text)
{
    return '"' + text.toUtf8().replace("\"", "\"\"") + '"';
}

const QByteArray longHeader = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";

QByteArray rowWithTexts(const QString &url, const QString &title, const QString &quote, const QString &note)
{
    return "value,revenue,VN,2024,6,2067389,estimate," + csvField(url) + ',' + csvField(title) + ",," + csvField(quote) + ','
           + csvField(note) + '\n';
}

} // namespace

TEST(TextLimit, FieldsAtTheLimitGoOutAndComeBackWholeAsCsvAndAsAWorkbook)
{
    const qsizetype limit = FigureCsv::maxTextLength;
    // The worst cases for the CSV line: quotes (doubled on the way out), three-byte letters.
    const QString url = u"https://example.vn/"_s + QString(limit - 19, u'a');
    const QString title = u"="_s + QString(limit - 1, u'"');  // guarded with a ' on the way out: one more
    const QString quote = QString(limit, QChar(0x1EC7));     // ệ, three bytes in UTF-8
    const QString note = QString(limit, u'"');
    TestDatabase first(/*empty=*/true);
    FigureImporter importer(*first.store);
    const ImportReport report = importer.importFile(first.write(u"in.csv"_s, longHeader + rowWithTexts(url, title, quote, note)));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    const QList<Figure> stored = first.store->figures();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].source.title, title);
    EXPECT_EQ(stored[0].note, note);

    const QByteArray exported = exportAll(*first.store);
    TestDatabase second(/*empty=*/true);
    FigureImporter fromCsv(*second.store);
    const ImportReport back = fromCsv.importFile(second.write(u"export.csv"_s, exported));
    ASSERT_TRUE(back.committed()) << back.issues.value(0).toString().toStdString();
    EXPECT_EQ(exportAll(*second.store), exported);

    // The workbook: every text fits a cell, so the export's "Figures" sheet imports back.
    const QString book = second.file(u"export.xlsx"_s);
    QString error;
    ASSERT_TRUE(XlsxWriter::writeExport(book, KpiReport{}, stored, Language::English, &error)) << error.toStdString();
    TestDatabase third(/*empty=*/true);
    FigureImporter fromBook(*third.store);
    const ImportReport fromWorkbook = fromBook.importFile(book);
    ASSERT_TRUE(fromWorkbook.committed()) << fromWorkbook.issues.value(0).toString().toStdString();
    EXPECT_EQ(exportAll(*third.store), exported);
}

TEST(TextLimit, ANoteOneCharacterOverIsRefusedFromCsvNamingLineFieldAndLimit)
{
    TestDatabase db;
    const QByteArray before = exportAll(*db.store);
    FigureImporter importer(*db.store);
    const QString over(FigureCsv::maxTextLength + 1, u'x');
    const ImportReport report = importer.importFile(db.write(u"long.csv"_s, longHeader + rowWithTexts(u"https://x.vn"_s, u"X"_s, u"q"_s, over)));
    EXPECT_FALSE(report.committed());
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_TRUE(report.issues[0].toString().endsWith(u"long.csv:2: note: the text is %1 characters long; a field holds at most %2 "
                                                     "(as an Excel cell does): shorten it, or keep the long text in a document the source points to"_s
                                                         .arg(QLocale().toString(over.size()), QLocale().toString(FigureCsv::maxTextLength))))
        << report.issues[0].toString().toStdString();
    EXPECT_EQ(exportAll(*db.store), before);
}

TEST(TextLimit, ANoteOneCharacterOverIsRefusedFromAWorkbookNamingTheCell)
{
    TestDatabase db;
    const QByteArray before = exportAll(*db.store);
    const QString book = db.file(u"long.xlsx"_s);
    ASSERT_TRUE(writeWorkbook(book, {FigureCsv::columns(),
                                     {u"value"_s, u"revenue"_s, u"VN"_s, u"2024"_s, u"6"_s, u"1"_s, u"estimate"_s, u"https://x.vn"_s,
                                      QString(), QString(), u"q"_s, QString(FigureCsv::maxTextLength + 1, u'x')}}));
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(book);
    EXPECT_FALSE(report.committed());
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].cell, u"Figures!L2"_s);
    // The workbook reader holds no cell over Excel's limit, so it refuses at the cell before the
    // row is read as a figure (and so before the field is known).
    EXPECT_TRUE(report.issues[0].field.isEmpty() || report.issues[0].field == u"note"_s) << report.issues[0].toString().toStdString();
    EXPECT_TRUE(report.issues[0].message.contains(QLocale().toString(FigureCsv::maxTextLength))) << report.issues[0].toString().toStdString();
    EXPECT_EQ(exportAll(*db.store), before);

    // The same workbook with the note at the limit is stored.
    ASSERT_TRUE(writeWorkbook(book, {FigureCsv::columns(),
                                     {u"value"_s, u"revenue"_s, u"VN"_s, u"2024"_s, u"6"_s, u"1"_s, u"estimate"_s, u"https://x.vn"_s,
                                      QString(), QString(), u"q"_s, QString(FigureCsv::maxTextLength, u'x')}}));
    const ImportReport atLimit = importer.importFile(book);
    EXPECT_TRUE(atLimit.committed()) << atLimit.issues.value(0).toString().toStdString();
}

// ---- 5. Messages that name the real cause ------------------------------------------------

namespace {

/// The first problem of importing `bytes` as in.csv into a fresh database.
ImportIssue firstIssue(const QByteArray &bytes, const QString &name = u"in.csv"_s)
{
    TestDatabase db(/*empty=*/true);
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(db.write(name, bytes));
    return report.issues.value(0, ImportIssue{{}, -1, {}, u"(imported)"_s, {}});
}

QByteArray encoded(const QByteArray &ascii, int width, bool bigEndian)
{
    QByteArray out;
    for (char c : ascii) {
        QByteArray unit(width, '\0');
        unit[bigEndian ? width - 1 : 0] = c;
        out += unit;
    }
    return out;
}

const QByteArray asciiFile = "record,indicator,year,month,value,basis,source_title\nvalue,revenue,2024,6,5,estimate,T\n";

/// Runs the program as a user without root's right to read and write everything.
ChisoRun runAsUser(const QStringList &arguments)
{
    return runChiso(arguments, [](QProcess &process) {
        if (geteuid() == 0)
            process.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            });
    });
}

/// A folder in /tmp that anyone may use, with a database anyone may read and write.
struct SharedFolder {
    QTemporaryDir dir{u"/tmp/chiso-hostile-XXXXXX"_s};
    QString db = dir.filePath(u"db.sqlite"_s);
    SharedFolder()
    {
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        createDatabase(db, /*empty=*/true);
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::setPermissions(db + suffix, QFileDevice::Permissions(0x6666));
    }
};

} // namespace

TEST(InputMessages, AWorkbookRenamedCsvIsNamedAZipArchive)
{
    const ImportIssue issue = firstIssue(readFile(QStringLiteral(CHISO_TEST_DATA "/xlsx/openpyxl_long.xlsx")));
    EXPECT_TRUE(issue.toString().endsWith(u"in.csv:1: the file is a zip archive (an Excel workbook?): name it .xlsx, "
                                           "or save it from Excel as CSV UTF-8"_s))
        << issue.toString().toStdString();
}

TEST(InputMessages, Utf32WithAndWithoutAByteOrderMarkIsNamedUtf32)
{
    for (const bool bigEndian : {false, true}) {
        const QByteArray body = encoded(asciiFile, 4, bigEndian);
        const QByteArray mark = bigEndian ? QByteArray("\0\0\xFE\xFF", 4) : QByteArray("\xFF\xFE\0\0", 4);
        for (const QByteArray &bytes : {body, mark + body}) {
            const ImportIssue issue = firstIssue(bytes);
            EXPECT_EQ(issue.line, 1);
            EXPECT_TRUE(issue.message.contains(u"it looks like UTF-32"_s)) << issue.toString().toStdString();
        }
    }
}

TEST(InputMessages, Utf16WithoutAByteOrderMarkIsStillNamedUtf16)
{
    for (const bool bigEndian : {false, true}) {
        const ImportIssue issue = firstIssue(encoded(asciiFile, 2, bigEndian));
        EXPECT_EQ(issue.line, 1);
        EXPECT_TRUE(issue.message.contains(u"it looks like UTF-16"_s)) << issue.toString().toStdString();
    }
}

TEST(InputMessages, ANulByteInUtf8TextIsNamedWithItsLine)
{
    const QByteArray bytes = asciiFile + QByteArray("value,profit,2024,6,\0" "5,estimate,T\n", 32);
    const ImportIssue issue = firstIssue(bytes);
    EXPECT_EQ(issue.line, 3) << issue.toString().toStdString();
    EXPECT_TRUE(issue.message.contains(u"holds a NUL byte at line 3"_s)) << issue.toString().toStdString();
    EXPECT_FALSE(issue.message.contains(u"UTF-16"_s));
}

TEST(InputMessages, CrOnlyLineEndsAreReadWithQuotedLineBreaksAndLineNumbers)
{
    const QByteArray oldMac = "record,indicator,year,month,value,basis,source_title,quote\r"
                              "value,revenue,2024,6,2067389,estimate,T,\"one\rtwo\"\r"
                              "value,profit,2024,6,150000,estimate,T,\r";
    TestDatabase db(/*empty=*/true);
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(db.write(u"mac.csv"_s, oldMac));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 2);
    bool sawQuote = false;
    for (const Figure &f : db.store->figures())
        sawQuote = sawQuote || f.quote == u"one\rtwo"_s;
    EXPECT_TRUE(sawQuote);

    // A bad line is named by its number, counting CRs as line ends.
    const ImportIssue issue = firstIssue(QByteArray(oldMac).replace("150000", "x"));
    EXPECT_EQ(issue.line, 4) << issue.toString().toStdString();
    EXPECT_EQ(issue.field, u"value"_s);
}

TEST(InputMessages, ALinkLoopIsNamedAsOne)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.csv"_s);
    const QString b = dir.filePath(u"b.csv"_s);
    ASSERT_TRUE(QFile::link(b, a) && QFile::link(a, b));
    TestDatabase db(/*empty=*/true);
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(a);
    ASSERT_FALSE(report.issues.isEmpty());
    EXPECT_EQ(report.issues[0].toString(), a + u": too many levels of symbolic links"_s);
}

TEST(InputMessages, AFileInAFolderTheUserMayNotEnterSaysPermissionDenied)
{
    SharedFolder shared;
    const QString locked = shared.dir.filePath(u"locked"_s);
    ASSERT_TRUE(QDir().mkdir(locked));
    const QString file = locked + u"/figures.csv"_s;
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(asciiFile);
    }
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const ChisoRun run = runAsUser({u"import"_s, file, u"--db"_s, shared.db});
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(file + u": permission denied"_s)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"no such file"_s)) << run.err.toStdString();
}

TEST(InputMessages, OutputInAFolderTheUserMayNotWriteSaysPermissionDenied)
{
    SharedFolder shared;
    const QString readOnly = shared.dir.filePath(u"read-only"_s);
    ASSERT_TRUE(QDir().mkdir(readOnly));
    ASSERT_TRUE(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                    | QFileDevice::ExeOther));
    const QString target = readOnly + u"/all.csv"_s;
    const ChisoRun run = runAsUser({u"export"_s, u"--db"_s, shared.db, u"-o"_s, target});
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Cannot write %1: permission denied"_s.arg(target))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(FormRegion, AFilledFormStoresItsFiguresUnderItsRegionAndABadCodeIsRefusedAtItsCell)
{
    TestDatabase db;
    const QString book = db.file(u"hn.xlsx"_s);
    auto form = [](const QString &region) {
        return QList<QStringList>{{u"Biểu số liệu tháng"_s},
                                  {u"Kỳ báo cáo (YYYY-MM)"_s, u"2024-09"_s},
                                  {u"Nguồn"_s, u"Sở TT&TT Hà Nội, báo cáo tháng 9"_s},
                                  {u"Địa bàn (mã)"_s, region},
                                  {u"Mã"_s, u"Chỉ tiêu"_s, u"Đơn vị"_s, u"Lũy kế"_s},
                                  {u"revenue"_s, u"Doanh thu"_s, u"tỷ đồng"_s, u"5000"_s}};
    };
    addUnits(*db.store, {u"HN"_s});
    ASSERT_TRUE(writeWorkbook(book, form(u"hn"_s)));
    const ImportReport stored = FigureImporter(*db.store).importFile(book);
    ASSERT_TRUE(stored.committed()) << stored.issues.value(0).toString().toStdString();
    const Snapshot snapshot(db.store->figures());
    ASSERT_TRUE(snapshot.value(u"revenue"_s, u"HN"_s, 2024, 9).has_value());
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"HN"_s, 2024, 9)->value, 5000);
    EXPECT_FALSE(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 9).has_value());

    const QByteArray before = exportAll(*db.store);
    ASSERT_TRUE(writeWorkbook(book, form(u"H N"_s)));
    const ImportReport refused = FigureImporter(*db.store).importFile(book);
    EXPECT_FALSE(refused.committed());
    ASSERT_FALSE(refused.issues.isEmpty());
    EXPECT_TRUE(refused.issues[0].cell.endsWith(u"!B4"_s)) << refused.issues[0].toString().toStdString();
    EXPECT_EQ(refused.issues[0].field, u"region"_s);
    EXPECT_EQ(exportAll(*db.store), before);
}

// ---- A reporting unit's own monthly form -------------------------------------------------

namespace {

/// A part of a zip package (a workbook) as text.
QString zipPart(const QString &path, const char *name)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip)
        return {};
    QByteArray bytes;
    if (zip_file_t *file = zip_fopen(zip, name, 0)) {
        char buffer[4096];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, qsizetype(n));
        zip_fclose(file);
    }
    zip_close(zip);
    return QString::fromUtf8(bytes);
}

/// Unit 01's form for 8/2025 as a department fills it, with its unit and month in B4 and B2.
QList<QStringList> filledForm(const QString &unitCell, const QString &periodCell, const QString &mark = u"chiso-unit-form 01 2025-08"_s)
{
    return {{u"Biểu số liệu tháng"_s, {}, {}, {}, {}, {}, {}, {}, {}, mark},
            {u"Kỳ báo cáo (YYYY-MM)"_s, periodCell},
            {u"Nguồn"_s, u"Sở KH&CN Hà Nội, báo cáo tháng 8/2025"_s},
            {u"Địa bàn (mã)"_s, unitCell, u"Hà Nội"_s},
            {u"Mã"_s, u"Chỉ tiêu"_s, u"Đơn vị"_s, u"Lũy kế"_s},
            {u"revenue"_s, u"Doanh thu"_s, u"tỷ đồng"_s, u"5000"_s, {}, {}, {}, u"4400"_s}};
}

} // namespace

TEST(UnitForm, TheFormOfAUnitNamesItShowsLastMonthAndDefinesEachIndicator)
{
    TestDatabase db(true);
    // New Lào Cai's form for 7/2025: last month is June, the old Lào Cai (10) and Yên Bái (15) together.
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,10,2025,6,100,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,15,2025,6,250,actual,https://so.vn/yb,,,,\n"
                           "value,workforce,15,2025,6,1500,actual,https://so.vn/yb,,,,\n"; // Lào Cai gave none: no sum
    ASSERT_TRUE(FigureImporter(*db.store).importFile(db.write(u"lc.csv"_s, csv)).committed());
    const QString path = db.path();
    db.store.reset();
    const QString book = db.file(u"lc.xlsx"_s);
    const ChisoRun run = runChiso({u"template"_s, u"--db"_s, path, u"--unit"_s, u"15"_s, u"--year"_s, u"2025"_s, u"--month"_s, u"7"_s,
                                   u"-o"_s, book});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QHash<QString, QString> cells;
    XlsxReader reader;
    QString error;
    ASSERT_TRUE(reader.open(book, &error)) << error.toStdString();
    reader.readSheet(0, [&](int row, const QList<XlsxCell> &line) {
        for (const XlsxCell &cell : line)
            cells.insert(XlsxReader::cellName(row, cell.column), cell.isNumber ? QString::number(cell.number) : cell.text);
        return true;
    }, &error);
    EXPECT_EQ(cells.value(u"B4"_s), u"15"_s);
    EXPECT_EQ(cells.value(u"C4"_s), u"Lao Cai"_s);
    EXPECT_EQ(cells.value(u"B2"_s), u"2025-07"_s);
    EXPECT_EQ(cells.value(u"J1"_s), u"chiso-unit-form 15 2025-07"_s);
    EXPECT_EQ(cells.value(u"H5"_s), u"Last month (2025-06), for reference"_s);
    EXPECT_EQ(cells.value(u"A6"_s), u"revenue"_s);
    EXPECT_EQ(cells.value(u"H6"_s), u"350"_s); // 100 + 250
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.value() == u"workforce"_s) {
            EXPECT_FALSE(cells.contains(u"H"_s + it.key().mid(1))) << "no sum where an old unit gave nothing";
        }
    }
    const QString comments = zipPart(book, "xl/comments1.xml");
    EXPECT_TRUE(comments.contains(u"Sector revenue: the total from 1 January to the end of the month (year to date), in billion VND."_s))
        << comments.toStdString();
    EXPECT_TRUE(comments.contains(u"the reading at the end of the month (not a sum)"_s));

    const ChisoRun gone = runChiso({u"template"_s, u"--db"_s, path, u"--unit"_s, u"02"_s, u"--year"_s, u"2025"_s, u"--month"_s, u"7"_s,
                                    u"-o"_s, db.file(u"hg.xlsx"_s)});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(u"There is no unit 02 in 2025-07"_s)) << gone.err.toStdString();
}

TEST(UnitForm, AFilledFormIsTheUnitsSubmissionAndAFormOfAnotherUnitOrMonthIsRefusedSayingWhich)
{
    TestDatabase db;
    const QString book = db.file(u"form.xlsx"_s);
    ASSERT_TRUE(writeWorkbook(book, filledForm(u"01"_s, u"2025-08"_s)));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ImportReport stored = FigureImporter(*db.store).importFile(book);
    ASSERT_TRUE(stored.committed()) << stored.issues.value(0).toString().toStdString();
    ASSERT_TRUE(stored.submission);
    EXPECT_EQ(stored.submission->first, u"01"_s);
    EXPECT_EQ(stored.submission->second, (YearMonth{2025, 8}));
    EXPECT_EQ(stored.added, 1); // the last month column is for reference, never read back
    const QList<Store::Submission> submissions = db.store->submissions(2025);
    ASSERT_EQ(submissions.size(), 1);
    EXPECT_EQ(submissions[0].unit, u"01"_s);
    EXPECT_EQ(submissions[0].period, (YearMonth{2025, 8}));
    EXPECT_GE(submissions[0].at, before);
    EXPECT_LE(submissions[0].at, QDateTime::currentDateTimeUtc().addSecs(1));
    EXPECT_FALSE(submissions[0].by.isEmpty());

    const QByteArray after = exportAll(*db.store);
    const auto refusal = [&](const QList<QStringList> &rows, FigureImporter &importer) {
        EXPECT_TRUE(writeWorkbook(book, rows));
        const ImportReport report = importer.importFile(book);
        EXPECT_FALSE(report.committed());
        QStringList lines;
        for (const ImportIssue &issue : report.issues)
            lines.append(issue.toString());
        return lines.join(u'\n');
    };
    FigureImporter importer(*db.store);
    // Unit 01's form with its unit or month overwritten.
    EXPECT_TRUE(refusal(filledForm(u"04"_s, u"2025-08"_s), importer)
                    .contains(u"form.xlsx:Figures!B4: region: this form was made for the unit 01, but this cell says 04"_s));
    EXPECT_TRUE(refusal(filledForm(u"01"_s, u"2025-09"_s), importer)
                    .contains(u"form.xlsx:Figures!B2: month: this form was made for 2025-08, but this cell says 2025-09"_s));
    // The office expecting Cao Bằng's (04) August, or Hà Nội's September.
    importer.expectForm(u"04"_s, {2025, 8});
    EXPECT_TRUE(refusal(filledForm(u"01"_s, u"2025-08"_s), importer).contains(u"this is the form of the unit 01, not of 04"_s));
    importer.expectForm(u"01"_s, {2025, 9});
    EXPECT_TRUE(refusal(filledForm(u"01"_s, u"2025-08"_s), importer).contains(u"this is the form of 2025-08, not of 2025-09"_s));
    const QString csv = db.write(u"f.csv"_s, "record,indicator,region,year,month,value,basis,source_url\n"
                                             "value,revenue,01,2025,9,1,actual,https://so.vn/hn\n");
    const ImportReport notAForm = importer.importFile(csv);
    EXPECT_FALSE(notAForm.committed());
    EXPECT_TRUE(notAForm.issues.value(0).toString().contains(u"expected the monthly form of 01 for 2025-09; this file is not a monthly form"_s));
    EXPECT_EQ(exportAll(*db.store), after);
    EXPECT_EQ(db.store->submissions(2025).size(), 1);
}
