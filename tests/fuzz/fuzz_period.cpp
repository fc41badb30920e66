// libFuzzer target: what the command line and the settings parse (periods, languages, the
// template's period cell).
#include "domain/YearMonth.h"
#include "i18n/Language.h"

#include <QString>

using namespace chiso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto period = YearMonth::parse(text)) {
        if (!period->isValid() || YearMonth::parse(period->toIsoString()) != period)
            __builtin_trap();
        (void)period->plusMonths(-13).lastDay();
    }
    (void)languageFromCode(text);
    return 0;
}
