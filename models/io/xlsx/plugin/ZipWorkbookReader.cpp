#include "ZipWorkbookReader.h"
#include "LibraryPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryFile>
#include <QXmlStreamReader>
#include <charconv>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

namespace Limits = WorkbookLimits;

struct Sheet {
    QString name;
    QString path; ///< inside the zip
};

/// The 0-based column of a reference such as "AB12"; −1 beyond Excel's last column (XFD).
/// (Found by fuzzing: a long run of letters overflowed an int.)
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > Limits::columns)
            return -1;
    }
    return column - 1;
}

/// A whole number of digits only (no sign, point or exponent), as indexes and row numbers are
/// written; nullopt otherwise or past `limit`.
std::optional<qint64> wholeNumber(QStringView text, qint64 limit)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > limit)
        return std::nullopt;
    return value;
}

QString shortestNumber(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, end - buffer);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

/// One part of the package fed through QXmlStreamReader in chunks as it is decompressed,
/// counting every byte against the workbook's budget: no part is ever whole in memory.
class XmlPart
{
public:
    enum Problem { None, Xml, Zip, TooLarge, TokenTooLarge };

    XmlPart(zip_file_t *file, zip_uint64_t declaredSize, qint64 *budget)
        : m_file(file), m_declaredSize(declaredSize), m_budget(budget)
    {
    }
    ~XmlPart() { zip_fclose(m_file); }
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    /// The next token, reading more of the part as needed; Invalid with problem() set at
    /// the first thing wrong.
    QXmlStreamReader::TokenType next()
    {
        qint64 fed = 0; // since the last whole token: QXmlStreamReader holds it all until it ends
        for (;;) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_finished) {
                m_problem = Xml;
                return token;
            }
            if (fed > Limits::tokenBytes) {
                m_problem = TokenTooLarge;
                return token;
            }
            const zip_int64_t got = feed();
            if (got < 0)
                return QXmlStreamReader::Invalid;
            fed += got;
        }
    }
    Problem problem() const { return m_problem; }
    /// How many chunks have been read: a reader reports progress when this changes.
    qint64 chunks() const { return m_chunks; }
    /// The share of the part read so far (0–1), from the size the zip declares.
    double share() const { return m_declaredSize > 0 ? std::min(1.0, double(m_done) / double(m_declaredSize)) : 0.0; }

    QXmlStreamReader xml;

private:
    zip_int64_t feed()
    {
        const zip_int64_t got = zip_fread(m_file, m_chunk, sizeof m_chunk);
        if (got < 0) { // a CRC or inflate error: not the end of the part
            m_problem = Zip;
            return -1;
        }
        if (got == 0) {
            m_finished = true;
            return 0;
        }
        *m_budget -= got;
        if (*m_budget < 0) {
            m_problem = TooLarge;
            return -1;
        }
        m_done += zip_uint64_t(got);
        ++m_chunks;
        xml.addData(QByteArray(m_chunk, qsizetype(got)));
        return got;
    }

    zip_file_t *m_file;
    zip_uint64_t m_declaredSize;
    zip_uint64_t m_done = 0;
    qint64 m_chunks = 0;
    qint64 *m_budget;
    bool m_finished = false;
    Problem m_problem = None;
    char m_chunk[65536];
};

/// The shared strings as UTF-8, one after the other: the first megabytes in memory, the rest
/// in a temporary file, so that a million figures' quotes do not take the memory they would
/// as a list of QStrings (half a gigabyte).
class StringTable
{
public:
    /// False past the limit on their size, or when the temporary file cannot be written.
    bool append(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (m_size + utf8.size() > Limits::sharedStringBytes)
            return false;
        if (m_size + utf8.size() <= inMemory) {
            m_memory += utf8;
        } else {
            if (!m_file) {
                m_file = std::make_unique<QTemporaryFile>();
                if (!m_file->open())
                    return false;
            }
            if (m_file->write(utf8) != utf8.size())
                return false;
        }
        m_size += utf8.size();
        m_ends.append(quint32(m_size));
        return true;
    }
    qsizetype size() const { return m_ends.size(); }
    QString at(qsizetype i) const
    {
        const qint64 begin = i > 0 ? m_ends[i - 1] : 0;
        const qint64 length = m_ends[i] - begin;
        if (begin + length <= m_memory.size())
            return QString::fromUtf8(m_memory.constData() + begin, qsizetype(length));
        m_file->seek(begin - m_memory.size());
        return QString::fromUtf8(m_file->read(length));
    }

private:
    static constexpr qsizetype inMemory = qsizetype(16) << 20;
    static_assert(Limits::sharedStringBytes < (qint64(1) << 32), "ends are kept in 32 bits");
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
    QList<quint32> m_ends;
};

/// Reads the rows of one sheet, keeping a cell's parts until the cell ends (they arrive
/// over several tokens), and refuses what goes past WorkbookLimits.
class SheetRows
{
public:
    SheetRows(XmlPart &part, const StringTable &sharedStrings)
        : m_part(part), m_sharedStrings(sharedStrings)
    {
    }

    /// Reads to the end or until onRow returns false; false at the first problem: error() says
    /// what it is (empty when the part itself is damaged or too large: XmlPart::problem()),
    /// where() where ("F12", "12:12" for a row, empty for the whole sheet).
    bool read(const std::function<bool(int row, const QList<XlsxCell> &cells)> &onRow, const std::function<void(double)> &progress)
    {
        const QXmlStreamReader &xml = m_part.xml;
        qint64 reported = 0;
        for (;;) {
            const QXmlStreamReader::TokenType token = m_part.next();
            if (token == QXmlStreamReader::Invalid) {
                if (m_row > 0)
                    m_placeOfDamage = m_inCell ? here() : wholeRow(m_row);
                return false;
            }
            if (token == QXmlStreamReader::EndDocument)
                return true;
            if (token == QXmlStreamReader::StartElement) {
                const auto name = xml.name();
                if (name == u"row" && !startRow())
                    return false;
                if (name == u"c" && !startCell())
                    return false;
                m_inValue = m_inValue || name == u"v";
                m_inInline = m_inInline || name == u"is";
                m_inPhonetic = m_inPhonetic || name == u"rPh"; // a reading aid, not the text
            } else if (token == QXmlStreamReader::Characters && (m_inValue || m_inInline) && !m_inPhonetic) {
                m_value += xml.text();
                if (m_value.size() > 7 * Limits::cellCharacters) // each character may be escaped as _xHHHH_
                    return refuse(here(), cellTooLong());
            } else if (token == QXmlStreamReader::EndElement) {
                const auto name = xml.name();
                m_inValue = m_inValue && name != u"v";
                m_inInline = m_inInline && name != u"is";
                m_inPhonetic = m_inPhonetic && name != u"rPh";
                if (name == u"c" && !endCell())
                    return false;
                if (name == u"row") {
                    if (!m_cells.isEmpty() && !onRow(m_row, m_cells))
                        return true;
                    if (progress && m_part.chunks() != reported) {
                        reported = m_part.chunks();
                        progress(m_part.share());
                    }
                }
            }
        }
    }
    QString error() const { return m_error; }
    QString where() const { return m_error.isEmpty() ? m_placeOfDamage : m_where; }

private:
    static QString wholeRow(qint64 number) { return u"%1:%1"_s.arg(number); } // Excel's name for a row
    QString here() const { return cellReference(m_row, m_cell.column); }
    static QString cellTooLong()
    {
        return QCoreApplication::translate("Xlsx", "the cell holds more than %L1 characters, Excel's limit for a cell: refused")
            .arg(Limits::cellCharacters);
    }
    bool refuse(const QString &where, const QString &message)
    {
        m_where = where;
        m_error = message;
        return false;
    }

    bool startRow()
    {
        // A row without its number follows the one before (as a cell without its reference).
        const auto r = m_part.xml.attributes().value(QLatin1StringView("r"));
        const std::optional<qint64> number = r.isEmpty() ? std::optional<qint64>(m_row + 1) : wholeNumber(r, Limits::rows);
        if (!number || *number < 1)
            return refuse(QString(), QCoreApplication::translate("Xlsx", "row number '%1' is not a row of Excel (1 to %L2)")
                                         .arg(r.toString())
                                         .arg(Limits::rows));
        if (++m_rowsRead > Limits::rows)
            return refuse(wholeRow(*number), QCoreApplication::translate("Xlsx", "the sheet has more than %L1 rows, Excel's limit: refused")
                                                 .arg(Limits::rows));
        m_row = int(*number);
        m_rowCharacters = 0;
        m_cells.clear();
        m_cell.column = -1;
        return true;
    }

    bool startCell()
    {
        const int previous = m_cell.column;
        m_cell = XlsxCell();
        const auto r = m_part.xml.attributes().value(QLatin1StringView("r"));
        m_cell.column = r.isEmpty() ? previous + 1 : columnOf(r);
        if (m_cell.column < 0 || m_cell.column >= Limits::columns)
            return refuse(r.isEmpty() ? wholeRow(m_row) : r.toString(),
                          QCoreApplication::translate("Xlsx", "a cell stands beyond Excel's last column, XFD"));
        if (m_cells.size() >= Limits::columns)
            return refuse(wholeRow(m_row), QCoreApplication::translate("Xlsx", "row %L1 holds more than %L2 cells, the columns Excel has: refused")
                                               .arg(m_row)
                                               .arg(Limits::columns));
        if (++m_cellsRead > Limits::cellsPerSheet)
            return refuse(here(), QCoreApplication::translate("Xlsx", "the sheet holds more than %L1 cells, the limit for a sheet: refused")
                                      .arg(Limits::cellsPerSheet));
        m_type = m_part.xml.attributes().value(QLatin1StringView("t")).toString();
        m_value.clear();
        m_inCell = true;
        return true;
    }

    bool endCell()
    {
        m_inCell = false;
        XlsxCell &cell = m_cell;
        if (m_type == u"s") {
            if (m_value.isEmpty())
                return true;
            const std::optional<qint64> i = wholeNumber(m_value, std::numeric_limits<qint64>::max());
            if (!i)
                return refuse(here(), QCoreApplication::translate("Xlsx", "the cell refers to shared string '%1': expected its index, a whole number from 0")
                                          .arg(m_value));
            if (*i >= m_sharedStrings.size())
                return refuse(here(), QCoreApplication::translate("Xlsx", "the cell refers to shared string %L1, but the workbook has %L2")
                                          .arg(*i)
                                          .arg(m_sharedStrings.size()));
            cell.text = m_sharedStrings.at(*i);
        } else if (m_type == u"inlineStr" || m_type == u"str") {
            cell.text = ZipWorkbookReader::unescape(m_value);
        } else if (m_type == u"e") {
            cell.text = m_value;
        } else if (m_type == u"b") {
            cell.text = m_value == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
        } else if (!m_value.isEmpty()) {
            bool ok = false;
            cell.number = m_value.toDouble(&ok);
            cell.isNumber = ok;
            cell.text = ok ? shortestNumber(cell.number) : m_value;
        }
        if (cell.text.size() > Limits::cellCharacters)
            return refuse(here(), cellTooLong());
        m_rowCharacters += int(cell.text.size());
        if (m_rowCharacters > Limits::rowCharacters)
            return refuse(wholeRow(m_row), QCoreApplication::translate("Xlsx", "row %L1 holds more than %L2 characters of text, the limit for a row: refused")
                                               .arg(m_row)
                                               .arg(Limits::rowCharacters));
        if (!cell.text.isEmpty() || cell.isNumber)
            m_cells.append(cell);
        return true;
    }

    XmlPart &m_part;
    const StringTable &m_sharedStrings;
    int m_row = 0;
    int m_rowsRead = 0;
    int m_rowCharacters = 0;
    qint64 m_cellsRead = 0;
    QList<XlsxCell> m_cells;
    XlsxCell m_cell;
    QString m_type;
    QString m_value;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inPhonetic = false;
    bool m_inCell = false;
    QString m_error;
    QString m_where;
    QString m_placeOfDamage; ///< where the part was found damaged or too large
};

} // namespace

struct ZipWorkbookReader::Impl {
    zip_t *archive = nullptr;
    QList<Sheet> sheets;
    StringTable sharedStrings;
    bool dates1904 = false;
    qint64 budget = Limits::decompressedBytes; ///< what may still be decompressed
    QString errorCell;

    ~Impl()
    {
        if (archive)
            zip_discard(archive);
    }

    /// A part to stream; nullptr if the package lacks it.
    std::unique_ptr<XmlPart> openPart(const QString &name)
    {
        const QByteArray path = name.toUtf8();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat(archive, path.constData(), 0, &stat) != 0)
            return nullptr;
        zip_file_t *file = zip_fopen(archive, path.constData(), 0);
        if (!file)
            return nullptr;
        return std::make_unique<XmlPart>(file, (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0, &budget);
    }

    /// A whole (small) part of the package, or an empty array if it is absent. Reads in
    /// chunks up to a limit: the size a zip entry declares is not to be trusted (found by
    /// fuzzing: a declared 2 GiB made us allocate it).
    QByteArray readAll(const QString &name, QString *error)
    {
        const QByteArray path = name.toUtf8();
        zip_file_t *file = zip_fopen(archive, path.constData(), 0);
        if (!file)
            return {};
        QByteArray data;
        char chunk[65536];
        for (;;) {
            const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
            if (got <= 0)
                break;
            data.append(chunk, qsizetype(got));
            budget -= got;
            if (data.size() > Limits::partBytes) {
                *error = QCoreApplication::translate("Xlsx", "the part %1 of the workbook is larger than %2 MiB, the limit for it: refused")
                             .arg(name, mebibytes(Limits::partBytes));
                data.clear();
                break;
            }
        }
        zip_fclose(file);
        return data;
    }

    /// What a part's XmlPart::Problem means, for the part called `what`.
    QString partProblem(const XmlPart &part, const QString &what) const
    {
        switch (part.problem()) {
        case XmlPart::TooLarge:
            return QCoreApplication::translate("Xlsx", "the workbook unpacks to more than %1 MiB, the limit for one workbook: refused (at %2)")
                .arg(mebibytes(Limits::decompressedBytes), what);
        case XmlPart::TokenTooLarge:
            return QCoreApplication::translate("Xlsx", "%1 holds a single XML tag or text longer than %2 MiB, the limit: refused")
                .arg(what, mebibytes(Limits::tokenBytes));
        case XmlPart::Zip:
            return QCoreApplication::translate("Xlsx", "%1 is damaged: %2").arg(what, u"zip"_s);
        default:
            return QCoreApplication::translate("Xlsx", "%1 is damaged: %2").arg(what, part.xml.errorString());
        }
    }
};

ZipWorkbookReader::ZipWorkbookReader()
    : d(std::make_unique<Impl>())
{
}

ZipWorkbookReader::~ZipWorkbookReader() = default;

QStringList ZipWorkbookReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : d->sheets)
        names.append(sheet.name);
    return names;
}

QString ZipWorkbookReader::errorCell() const
{
    return d->errorCell;
}

bool ZipWorkbookReader::usesDates1904() const
{
    return d->dates1904;
}

QString ZipWorkbookReader::unescape(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    auto hex = [](QChar c) { return c.isDigit() || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f'); };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && hex(text[i + 2]) && hex(text[i + 3])
            && hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == u'_') {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16)));
            i += 6;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool ZipWorkbookReader::open(const QString &path, QString *error)
{
    int code = 0;
    d->archive = zip_open(zipPath(path).constData(), ZIP_RDONLY, &code);
    if (!d->archive) {
        *error = QCoreApplication::translate("Xlsx", "this is not an Excel workbook (.xlsx is a zip archive; this file is not one)");
        return false;
    }
    return readPackage(error);
}

bool ZipWorkbookReader::openData(const QByteArray &data, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &zipError);
    if (source)
        d->archive = zip_open_from_source(source, ZIP_RDONLY, &zipError);
    if (!d->archive) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&zipError);
        *error = QCoreApplication::translate("Xlsx", "this is not an Excel workbook (.xlsx is a zip archive; this file is not one)");
        return false;
    }
    zip_error_fini(&zipError);
    return readPackage(error);
}

bool ZipWorkbookReader::readPackage(QString *error)
{
    error->clear();
    const QByteArray workbook = d->readAll(u"xl/workbook.xml"_s, error);
    const QByteArray relations = error->isEmpty() ? d->readAll(u"xl/_rels/workbook.xml.rels"_s, error) : QByteArray();
    if (!error->isEmpty())
        return false;
    if (workbook.isEmpty() || relations.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "this zip archive is not an Excel workbook: it has no xl/workbook.xml");
        return false;
    }
    QHash<QString, QString> targets;
    QString sharedStringsPath = u"xl/sharedStrings.xml"_s;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship") {
            QString target = rels.attributes().value(QLatin1StringView("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(rels.attributes().value(QLatin1StringView("Id")).toString(), target);
            if (rels.attributes().value(QLatin1StringView("Type")).endsWith(u"/sharedStrings"))
                sharedStringsPath = target;
        }
    }
    QXmlStreamReader book(workbook);
    while (!book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && book.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : book.attributes()) {
                if (a.name() == u"id")
                    id = a.value().toString();
            }
            d->sheets.append({unescape(book.attributes().value(QLatin1StringView("name")).toString()), targets.value(id)});
        } else if (book.isStartElement() && book.name() == u"workbookPr") {
            const auto date1904 = book.attributes().value(QLatin1StringView("date1904"));
            d->dates1904 = date1904 == u"1" || date1904 == u"true";
        }
    }
    if (d->sheets.isEmpty() || d->sheets.first().path.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "the workbook has no worksheet");
        return false;
    }
    return readSharedStrings(sharedStringsPath, error);
}

bool ZipWorkbookReader::readSharedStrings(const QString &path, QString *error)
{
    const std::unique_ptr<XmlPart> part = d->openPart(path);
    if (!part)
        return true; // a workbook without text
    const QString what = QCoreApplication::translate("Xlsx", "the workbook's shared strings");
    QString current;
    bool inPhonetic = false;
    bool inText = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = part->next();
        if (token == QXmlStreamReader::Invalid) {
            *error = d->partProblem(*part, what);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return true;
        const QXmlStreamReader &xml = part->xml;
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                inPhonetic = true;
            else if (xml.name() == u"t")
                inText = !inPhonetic;
        } else if (token == QXmlStreamReader::Characters && inText) {
            current += xml.text();
            if (current.size() > 7 * Limits::cellCharacters) // each character may be escaped as _xHHHH_
                break;
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"rPh") {
                inPhonetic = false;
            } else if (xml.name() == u"si") {
                current = unescape(current);
                if (current.size() > Limits::cellCharacters)
                    break;
                if (d->sharedStrings.size() >= Limits::sharedStrings) {
                    *error = QCoreApplication::translate("Xlsx", "the workbook has more than %L1 shared strings, the limit: refused").arg(Limits::sharedStrings);
                    return false;
                }
                if (!d->sharedStrings.append(current)) {
                    *error = QCoreApplication::translate("Xlsx", "the workbook's shared strings hold more than %1 MiB of text, the limit (or the temporary "
                                "file that holds them could not be written): refused")
                                 .arg(mebibytes(Limits::sharedStringBytes));
                    return false;
                }
            }
        }
    }
    *error = QCoreApplication::translate("Xlsx", "shared string %L1 is longer than %L2 characters, Excel's limit for a cell: refused")
                 .arg(d->sharedStrings.size())
                 .arg(Limits::cellCharacters);
    return false;
}

bool ZipWorkbookReader::readSheet(int index, const std::function<bool(int, const QList<XlsxCell> &)> &onRow, QString *error,
                                  const std::function<void(double)> &progress)
{
    d->errorCell.clear();
    if (index < 0 || index >= d->sheets.size()) {
        *error = QCoreApplication::translate("Xlsx", "the workbook has no such sheet");
        return false;
    }
    const QString &sheetName = d->sheets[index].name;
    const std::unique_ptr<XmlPart> part = d->openPart(d->sheets[index].path);
    if (!part) {
        *error = QCoreApplication::translate("Xlsx", "the sheet '%1' is missing from the workbook").arg(sheetName);
        return false;
    }
    SheetRows rows(*part, d->sharedStrings);
    if (rows.read(onRow, progress))
        return true;
    // The XML or the zip when the rows found nothing wrong: a sheet that stops before its end
    // must not be taken for all of it.
    *error = rows.error().isEmpty() ? d->partProblem(*part, QCoreApplication::translate("Xlsx", "the sheet '%1'").arg(sheetName))
                                    : rows.error();
    d->errorCell = rows.where().isEmpty() ? sheetName : sheetName + u'!' + rows.where();
    return false;
}

} // namespace chiso
