#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <utility>

/// Writes .xlsx packages for the tests with libzip, part by part: a part is either bytes or a
/// generator of its pieces, compressed as they come, so that a test can make a small zip
/// that unpacks to gigabytes (a "decompression bomb") without ever holding them.
class WorkbookPackage
{
public:
    /// Gives the part's next piece; an empty piece ends the part.
    using Pieces = std::function<QByteArray()>;

    /// A workbook of one sheet "Sheet" at xl/worksheets/sheet1.xml, with shared strings at
    /// xl/sharedStrings.xml when given; `workbookPr` goes into xl/workbook.xml as it is.
    static WorkbookPackage oneSheet(const QByteArray &workbookPr = {});

    void add(const QString &name, const QByteArray &bytes);
    void add(const QString &name, Pieces pieces);
    /// False with libzip's message in `error`.
    bool write(const QString &path, QString *error) const;

    /// `count` pieces of `piece`, in pieces of about a mebibyte, then `tail`.
    static Pieces repeat(const QByteArray &head, const QByteArray &piece, qint64 count, const QByteArray &tail);
    /// The XML of a sheet holding `rows` (each "<row …>…</row>") between its head and tail.
    static QByteArray sheet(const QByteArray &rows);
    static QByteArray sheetHead();
    static QByteArray sheetTail();
    static QByteArray inlineCell(const QByteArray &reference, const QByteArray &text);

private:
    QList<std::pair<QString, Pieces>> m_parts;
};
