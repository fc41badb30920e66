#include "WorkbookPlugin.h"
#include "LxwWorkbookWriter.h"
#include "ZipWorkbookReader.h"

namespace chiso {

std::unique_ptr<WorkbookReader> WorkbookPlugin::createReader()
{
    return std::make_unique<ZipWorkbookReader>();
}

std::unique_ptr<WorkbookWriter> WorkbookPlugin::createWriter(const QString &path)
{
    return std::make_unique<LxwWorkbookWriter>(path);
}

} // namespace chiso
