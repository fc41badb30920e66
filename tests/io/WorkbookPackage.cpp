#include "WorkbookPackage.h"

#include <QFile>
#include <memory>
#include <zip.h>

namespace {

/// A zip source that pulls the pieces of a part as libzip reads it.
struct Generated {
    WorkbookPackage::Pieces pieces;
    QByteArray current;
    qsizetype offset = 0;
    bool ended = false;
};

zip_int64_t readGenerated(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *source = static_cast<Generated *>(userdata);
    switch (command) {
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_READ: {
        while (source->offset == source->current.size() && !source->ended) {
            source->current = source->pieces();
            source->offset = 0;
            source->ended = source->current.isEmpty();
        }
        const qsizetype n = std::min<qsizetype>(qsizetype(length), source->current.size() - source->offset);
        memcpy(data, source->current.constData() + source->offset, size_t(n));
        source->offset += n;
        return n;
    }
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat); // the size is not known in advance
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_FREE:
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    case ZIP_SOURCE_ERROR:
    default:
        return -1;
    }
}

} // namespace

WorkbookPackage WorkbookPackage::oneSheet(const QByteArray &workbookPr)
{
    WorkbookPackage package;
    package.add(QStringLiteral("[Content_Types].xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    package.add(QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + workbookPr + "<sheets><sheet name=\"Sheet\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    package.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                "</Relationships>");
    return package;
}

void WorkbookPackage::add(const QString &name, const QByteArray &bytes)
{
    add(name, [bytes, done = false]() mutable {
        const bool first = !done;
        done = true;
        return first ? bytes : QByteArray();
    });
}

void WorkbookPackage::add(const QString &name, Pieces pieces)
{
    m_parts.append({name, std::move(pieces)});
}

bool WorkbookPackage::write(const QString &path, QString *error) const
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        *error = QStringLiteral("zip_open failed: %1").arg(code);
        return false;
    }
    for (const auto &[name, pieces] : m_parts) {
        zip_source_t *source = zip_source_function(zip, readGenerated, new Generated{pieces});
        const zip_int64_t index = source ? zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            *error = QString::fromUtf8(zip_strerror(zip));
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
        // The strongest deflate, as a bomb's maker would: a gigabyte of one piece to a megabyte.
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(zip) != 0) {
        *error = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        return false;
    }
    return true;
}

WorkbookPackage::Pieces WorkbookPackage::repeat(const QByteArray &head, const QByteArray &piece, qint64 count, const QByteArray &tail)
{
    const qint64 perBlock = std::max<qint64>(1, (qint64(1) << 20) / std::max<qsizetype>(1, piece.size()));
    const QByteArray block = piece.repeated(qsizetype(std::min(perBlock, std::max<qint64>(count, 1))));
    enum Stage { Head, Body, Tail, Done };
    return [=, stage = Head, left = count]() mutable -> QByteArray {
        switch (stage) {
        case Head:
            stage = Body;
            if (!head.isEmpty())
                return head;
            [[fallthrough]];
        case Body:
            if (left >= perBlock) {
                left -= perBlock;
                return block;
            }
            stage = Tail;
            if (left > 0)
                return piece.repeated(qsizetype(left));
            [[fallthrough]];
        case Tail:
            stage = Done;
            return tail;
        case Done:
            break;
        }
        return {};
    };
}

QByteArray WorkbookPackage::sheetHead()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
}

QByteArray WorkbookPackage::sheetTail()
{
    return "</sheetData></worksheet>";
}

QByteArray WorkbookPackage::sheet(const QByteArray &rows)
{
    return sheetHead() + rows + sheetTail();
}

QByteArray WorkbookPackage::inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + text + "</t></is></c>";
}
