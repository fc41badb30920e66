#include "ImportDialog.h"

#include "io/FigureImporter.h"
#include "session/Analysis.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {

ImportDialog::ImportDialog(Analysis &analysis, QWidget *parent)
    : QDialog(parent), m_analysis(analysis), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_import(new QPushButton(this)), m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_refused(new QPlainTextEdit(this))
{
    setWindowTitle(QCoreApplication::translate("Import", "Import figures from CSV or Excel"));
    m_browse->setText(QCoreApplication::translate("Import", "Choose…"));
    m_import->setText(QCoreApplication::translate("Import", "Import"));
    m_cancel->setText(QCoreApplication::translate("Import", "Cancel"));
    m_path->setPlaceholderText(QCoreApplication::translate("Import", "A CSV file or Excel workbook in the format of README.md, or a filled-in monthly form"));
    m_refused->setReadOnly(true);
    m_refused->setObjectName(u"refusedLines"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_refused, 1);
    resize(760, 420);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::choose);
    connect(m_import, &QPushButton::clicked, this, [this] { importFile(m_path->text()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancelRequested = true;
        else
            reject();
    });
}

void ImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, QCoreApplication::translate("Import", "Import figures"), QString(),
                                                      QCoreApplication::translate("Import", "Figures (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

QString ImportDialog::refusedText() const
{
    return m_refused->toPlainText();
}

bool ImportDialog::importFile(const QString &path)
{
    m_path->setText(path);
    m_refused->clear();
    m_summary->clear();
    m_progress->setValue(0);
    m_running = true;
    m_cancelRequested = false;
    m_import->setEnabled(false);
    FigureImporter importer(m_analysis.store());
    importer.setProgress([this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents(); // keeps Cancel clickable while the file is read
        return !m_cancelRequested;
    });
    ImportReport report;
    try {
        report = importer.importFile(path);
    } catch (const StoreError &error) {
        m_summary->setText(error.message());
        m_running = false;
        m_import->setEnabled(true);
        return false;
    }
    m_running = false;
    m_import->setEnabled(true);
    if (report.cancelled) {
        m_summary->setText(QCoreApplication::translate("Import", "Cancelled: nothing was stored."));
        return false;
    }
    if (!report.committed()) {
        QStringList lines;
        for (const ImportIssue &issue : std::as_const(report.issues))
            lines.append(issue.toString());
        m_refused->setPlainText(lines.join(QLatin1Char('\n')));
        m_summary->setText(QCoreApplication::translate("Import", "Refused: %n problem(s); nothing was stored from this file.",
                                                       nullptr, int(report.issueCount)));
        return false;
    }
    m_progress->setValue(1000);
    m_summary->setText(QCoreApplication::translate("Import", "Stored %n new figure(s); ", nullptr, int(report.added))
                       + QCoreApplication::translate("Import", "%n already stored and unchanged.", nullptr, int(report.unchanged)));
    m_analysis.reload();
    return true;
}

} // namespace chiso::ui
