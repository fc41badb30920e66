#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

/// Imports a CSV file with a progress bar and a cancel button; lists every refused line
/// (file:line: field: what was expected). Nothing is stored unless the whole file is good.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Analysis &analysis, QWidget *parent = nullptr);
    /// Imports a file (also what the Import button does); true if it was stored.
    bool importFile(const QString &path);
    QString refusedText() const;

private:
    void choose();

    Analysis &m_analysis;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPlainTextEdit *m_refused;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace chiso::ui
