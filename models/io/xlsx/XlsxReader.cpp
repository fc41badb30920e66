#include "XlsxReader.h"

#include <QCoreApplication>
#include <cmath>

namespace chiso {

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

bool XlsxReader::createReader(QString *error)
{
    WorkbookBackend *backend = workbookBackend(error);
    if (backend)
        d = backend->createReader();
    return d != nullptr;
}

bool XlsxReader::open(const QString &path, QString *error)
{
    return createReader(error) && d->open(path, error);
}

bool XlsxReader::openData(const QByteArray &data, QString *error)
{
    return createReader(error) && d->openData(data, error);
}

QStringList XlsxReader::sheetNames() const
{
    return d ? d->sheetNames() : QStringList();
}

bool XlsxReader::readSheet(int index, const std::function<bool(int, const QList<XlsxCell> &)> &onRow, QString *error,
                           const std::function<void(double)> &progress)
{
    if (!d) { // open() failed or was not called
        *error = QCoreApplication::translate("Xlsx", "no workbook is open");
        return false;
    }
    return d->readSheet(index, onRow, error, progress);
}

QString XlsxReader::errorCell() const
{
    return d ? d->errorCell() : QString();
}

bool XlsxReader::usesDates1904() const
{
    return d && d->usesDates1904();
}

QDate XlsxReader::dateOfSerial(double serial, bool dates1904)
{
    constexpr qint64 lastDay1900 = 2958465; // 9999-12-31
    constexpr qint64 fictitiousDay = 60;    // 1900-02-29, kept by Excel for Lotus 1-2-3's sake
    if (!std::isfinite(serial) || serial > double(lastDay1900) + 1)
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (dates1904)
        return day >= 0 && day <= lastDay1900 - 1462 ? QDate(1904, 1, 1).addDays(day) : QDate();
    if (day < 1 || day == fictitiousDay || day > lastDay1900)
        return {};
    return day < fictitiousDay ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

QString XlsxReader::cellName(int row, int column)
{
    return cellReference(row, column);
}

} // namespace chiso
