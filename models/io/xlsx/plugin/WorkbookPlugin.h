#pragma once

#include "io/xlsx/WorkbookBackend.h"

#include <QObject>

namespace chiso {

/// The plugin chiso_workbooks: Excel workbooks read with libzip and written with libxlsxwriter.
class WorkbookPlugin : public QObject, public WorkbookBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChisoWorkbookBackend_iid)
    Q_INTERFACES(chiso::WorkbookBackend)

public:
    std::unique_ptr<WorkbookReader> createReader() override;
    std::unique_ptr<WorkbookWriter> createWriter(const QString &path) override;
};

} // namespace chiso
