#pragma once

#include "io/xlsx/WorkbookBackend.h"

#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace chiso {

/// WorkbookWriter over libxlsxwriter. Text is escaped as OOXML wants (a literal "_x0041_"
/// becomes "_x005F_x0041_", so that readers do not take it for an escape); the first call
/// the library refuses makes close() fail with its reason and cell.
class LxwWorkbookWriter : public WorkbookWriter
{
public:
    explicit LxwWorkbookWriter(const QString &path);
    ~LxwWorkbookWriter() override;

    bool isOpen() const override { return m_book != nullptr; }
    int addStyle(const CellStyle &style) override;
    int addSheet(const QString &name) override;
    void writeText(int sheet, int row, int column, const QString &text, int style) override;
    void writeNumber(int sheet, int row, int column, double value, int style) override;
    void writeBlank(int sheet, int row, int column, int style) override;
    void writeComment(int sheet, int row, int column, const QString &text) override;
    void setColumnWidth(int sheet, int firstColumn, int lastColumn, double width) override;
    void setRowHeight(int sheet, int row, double height) override;
    void freezePanes(int sheet, int rows, int columns) override;
    void setPrintLayout(int sheet, const PrintLayout &layout) override;
    bool close(QString *reason) override;

    /// `text` with every "_xHHHH_" in it escaped by "_x005F_" (ST_Xstring); libxlsxwriter
    /// escapes control characters itself.
    static QString escape(const QString &text);

private:
    lxw_worksheet *worksheet(int index) const;
    /// Keeps the first error of the library, with its cell.
    void check(int result, int sheet, int row, int column);
    lxw_format *format(int style) const;

    lxw_workbook *m_book = nullptr;
    std::vector<lxw_worksheet *> m_sheets;
    std::vector<lxw_format *> m_formats;
    std::vector<QString> m_sheetNames;
    QString m_firstError;
};

} // namespace chiso
