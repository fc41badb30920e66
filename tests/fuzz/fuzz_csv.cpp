// libFuzzer target: the CSV reader and the figure parser, on any bytes.
#include "io/CsvReader.h"
#include "io/FigureCsvFormat.h"
#include "io/IndicatorCatalogue.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace chiso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_csv";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const QList<Indicator> indicators = bundledIndicatorCatalogue();

    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    FigureCsvParser parser(QStringLiteral("fuzz.csv"), indicators);
    QList<ImportIssue> issues;
    bool header = true;
    while (reader.next()) {
        if (header) {
            header = false;
            if (!parser.readHeader(reader.fields(), reader.line(), issues))
                break;
            continue;
        }
        const auto figure = parser.readRecord(reader.fields(), reader.line(), issues);
        if (figure) // a figure the parser lets through must keep the promises import relies on
            if (figure->month < 1 || figure->month > 12 || figure->year < 1900 || figure->year > 2100)
                __builtin_trap();
    }
    return 0;
}
