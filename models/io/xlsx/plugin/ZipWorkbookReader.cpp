#include "ZipWorkbookReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <charconv>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

struct Sheet {
    QString name;
    QString path; ///< inside the zip
};

/// The 0-based column of a reference such as "AB12"; −1 beyond Excel's last column (XFD).
/// (Found by fuzzing: a long run of letters overflowed an int.)
int columnOf(QStringView reference)
{
    constexpr int lastColumn = 16384;
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > lastColumn)
            return -1;
    }
    return column - 1;
}

QString shortestNumber(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, end - buffer);
}

} // namespace

struct ZipWorkbookReader::Impl {
    zip_t *archive = nullptr;
    QList<Sheet> sheets;
    QStringList sharedStrings;

    ~Impl()
    {
        if (archive)
            zip_discard(archive);
    }

    /// A whole (small) part of the package, or an empty array if it is absent. Reads in
    /// chunks up to a limit: the size a zip entry declares is not to be trusted (found by
    /// fuzzing: a declared 2 GiB made us allocate it).
    QByteArray readAll(const QString &name, bool *tooLarge)
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
            if (data.size() > maxPartBytes) {
                *tooLarge = true;
                data.clear();
                break;
            }
        }
        zip_fclose(file);
        return data;
    }

    static constexpr qsizetype maxPartBytes = qsizetype(128) << 20;
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

bool ZipWorkbookReader::open(const QString &path, QString *error)
{
    int code = 0;
    d->archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
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
    bool tooLarge = false;
    const QByteArray workbook = d->readAll(u"xl/workbook.xml"_s, &tooLarge);
    const QByteArray relations = d->readAll(u"xl/_rels/workbook.xml.rels"_s, &tooLarge);
    const QByteArray shared = d->readAll(u"xl/sharedStrings.xml"_s, &tooLarge);
    if (tooLarge) {
        *error = QCoreApplication::translate("Xlsx", "a part of this workbook is larger than %1 MiB: refused").arg(Impl::maxPartBytes >> 20);
        return false;
    }
    if (workbook.isEmpty() || relations.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "this zip archive is not an Excel workbook: it has no xl/workbook.xml");
        return false;
    }
    QHash<QString, QString> targets;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship") {
            QString target = rels.attributes().value(QLatin1StringView("Target")).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(rels.attributes().value(QLatin1StringView("Id")).toString(), target);
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
            d->sheets.append({book.attributes().value(QLatin1StringView("name")).toString(), targets.value(id)});
        }
    }
    if (d->sheets.isEmpty() || d->sheets.first().path.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "the workbook has no worksheet");
        return false;
    }
    QXmlStreamReader strings(shared);
    QString current;
    bool inPhonetic = false;
    while (!shared.isEmpty() && !strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement()) {
            if (strings.name() == u"si")
                current.clear();
            else if (strings.name() == u"rPh")
                inPhonetic = true;
            else if (strings.name() == u"t" && !inPhonetic)
                current += strings.readElementText();
        } else if (strings.isEndElement()) {
            if (strings.name() == u"si")
                d->sharedStrings.append(current);
            else if (strings.name() == u"rPh")
                inPhonetic = false;
        }
    }
    if (strings.hasError() && !shared.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "the workbook's shared strings are damaged: %1").arg(strings.errorString());
        return false;
    }
    return true;
}

bool ZipWorkbookReader::readSheet(int index, const std::function<bool(int, const QList<XlsxCell> &)> &onRow, QString *error,
                           const std::function<void(double)> &progress)
{
    if (index < 0 || index >= d->sheets.size()) {
        *error = QCoreApplication::translate("Xlsx", "the workbook has no such sheet");
        return false;
    }
    const QByteArray path = d->sheets[index].path.toUtf8();
    zip_stat_t stat;
    zip_file_t *file = zip_stat(d->archive, path.constData(), 0, &stat) == 0 ? zip_fopen(d->archive, path.constData(), 0) : nullptr;
    if (!file) {
        *error = QCoreApplication::translate("Xlsx", "the sheet '%1' is missing from the workbook").arg(d->sheets[index].name);
        return false;
    }
    QXmlStreamReader xml;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    zip_uint64_t done = 0;
    bool finished = false;
    bool damaged = false;
    auto feed = [&]() {
        const zip_int64_t got = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (got <= 0) {
            finished = true;
            damaged = got < 0; // a CRC or inflate error: not the end of the sheet
            return false;
        }
        done += zip_uint64_t(got);
        xml.addData(QByteArray(chunk.constData(), qsizetype(got)));
        if (progress && stat.size > 0)
            progress(double(done) / double(stat.size));
        return true;
    };
    // A cell's parts arrive over several tokens; keep them until the cell ends.
    int row = 0;
    QList<XlsxCell> cells;
    XlsxCell cell;
    QString type;
    QString value;
    bool inValue = false;
    bool inInline = false;
    bool stopped = false;
    feed();
    while (!stopped) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !finished && feed())
                continue;
            // A sheet that stops before its end is damaged: its rows so far must not be taken
            // for all of them.
            *error = QCoreApplication::translate("Xlsx", "the sheet '%1' is damaged: %2").arg(d->sheets[index].name, xml.errorString());
            zip_fclose(file);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (damaged) {
            *error = QCoreApplication::translate("Xlsx", "the sheet '%1' is damaged: %2").arg(d->sheets[index].name, u"zip"_s);
            zip_fclose(file);
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"row") {
                row = xml.attributes().value(QLatin1StringView("r")).toInt();
                cells.clear();
            } else if (name == u"c") {
                cell = XlsxCell();
                cell.column = columnOf(xml.attributes().value(QLatin1StringView("r")));
                type = xml.attributes().value(QLatin1StringView("t")).toString();
                value.clear();
            } else if (name == u"v") {
                inValue = true;
            } else if (name == u"is") {
                inInline = true;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inValue || inInline)
                value += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == u"v") {
                inValue = false;
            } else if (name == u"is") {
                inInline = false;
            } else if (name == u"c") {
                if (type == u"s") {
                    const int i = value.toInt();
                    cell.text = d->sharedStrings.value(i);
                } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                    cell.text = value;
                } else if (type == u"b") {
                    cell.text = value == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    cell.number = value.toDouble(&ok);
                    cell.isNumber = ok;
                    cell.text = ok ? shortestNumber(cell.number) : value;
                }
                if (cell.column >= 0 && (!cell.text.isEmpty() || cell.isNumber))
                    cells.append(cell);
            } else if (name == u"row") {
                if (!cells.isEmpty() && !onRow(row, cells))
                    stopped = true;
            }
        }
    }
    zip_fclose(file);
    return true;
}

} // namespace chiso
