#include "WorkbookBackend.h"
#include "plugins/PluginLoader.h"

using namespace Qt::StringLiterals;

namespace chiso {

WorkbookBackend *workbookBackend(QString *error)
{
    return loadPlugin<WorkbookBackend>(u"workbooks"_s, error);
}

} // namespace chiso
