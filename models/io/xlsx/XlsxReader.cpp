#include "XlsxReader.h"

#include <QCoreApplication>

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

QString XlsxReader::cellName(int row, int column)
{
    return cellReference(row, column);
}

} // namespace chiso
