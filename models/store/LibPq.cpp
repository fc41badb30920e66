#include "LibPq.h"

#if CHISO_PSQL_NATIVE
#include <QLibrary>
#include <optional>

namespace chiso::libpq {

const Functions *load()
{
    static const std::optional<Functions> functions = []() -> std::optional<Functions> {
        QLibrary library(QStringLiteral(CHISO_LIBPQ_NAME)); // never unloaded: QLibrary's destructor leaves it
        if (!library.load())
            return std::nullopt;
        Functions f;
        bool complete = true;
#define CHISO_LIBPQ_RESOLVE(name)                                                                                   \
    f.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                                           \
    complete = complete && f.name;
        CHISO_LIBPQ_FUNCTIONS(CHISO_LIBPQ_RESOLVE)
#undef CHISO_LIBPQ_RESOLVE
        return complete ? std::optional(f) : std::nullopt;
    }();
    return functions ? &*functions : nullptr;
}

} // namespace chiso::libpq
#endif
