// libFuzzer target: the Excel reader (zip package, workbook, shared strings, sheets).
#include "io/xlsx/XlsxReader.h"

#include <QCoreApplication>
#include <QtPlugin>

Q_IMPORT_PLUGIN(WorkbookPlugin)

using namespace chiso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_xlsx";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    XlsxReader reader;
    QString error;
    if (!reader.openData(bytes, &error))
        return 0;
    for (int sheet = 0; sheet < reader.sheetNames().size() && sheet < 4; ++sheet) {
        int rows = 0;
        reader.readSheet(sheet, [&rows](int, const QList<XlsxCell> &) { return ++rows < 10000; }, &error);
    }
    return 0;
}
