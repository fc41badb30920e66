#pragma once

#include "domain/YearMonth.h"
#include "i18n/Language.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace chiso {
class Analysis;
}

namespace chiso {
class ConflictError;
}

namespace chiso::ui {

class RebuildWhenShown;

/// The month's figures as the ministry's monthly form has them, one line per indicator, and
/// the year's plans; each value is checked as it is typed. Saving goes through the undo stack.
class EntryView : public QWidget
{
    Q_OBJECT

public:
    EntryView(Analysis &analysis, QUndoStack &undo, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();

    /// The value field of an indicator (for tests): "value:CODE" or "plan:CODE".
    QLineEdit *field(const QString &name);
    /// Saves every filled-in field as one step of the undo stack; false (nothing saved) if any
    /// is invalid or the store refused.
    bool saveAll();
    /// After a save whose figures other sources' outrank: records the office's choice of the
    /// figures just saved, so that every view uses them (one step). False if nothing to choose
    /// or the store refused.
    bool useSavedFigures();
    /// What the form says under its fields: every problem and warning at once, then the outcome.
    QString message() const;

private:
    struct Line {
        QString code;
        QLineEdit *value = nullptr;
        QComboBox *basis = nullptr;
        QLabel *stored = nullptr;
        QLineEdit *plan = nullptr;
        QLabel *storedPlan = nullptr;
    };
    void check(QLineEdit *edit, const QString &code, bool plan);
    /// Lists every field's problem and warning, naming its indicator and column.
    void showProblems();
    bool allValid() const;
    /// Asks before saving figures that stray far from the ones before them; true to save.
    bool confirmWarnings();
    /// Tells the user who changed a figure since the form read it; reloads if they ask.
    /// True if they choose to overwrite it knowingly.
    bool resolveConflict(const ConflictError &conflict);

    Analysis &m_analysis;
    QUndoStack &m_undo;
    Language m_language;
    QLabel *m_heading;
    QLabel *m_help;
    bool m_writable = true; ///< whether the login may store the region's figures (else the form only shows them)
    QGridLayout *m_grid;
    QPushButton *m_save;
    QPushButton *m_useSaved;
    QLabel *m_message;
    QString m_outcome; ///< what the last save or choice did, shown under any problems
    /// The figures of the last save (indicator, month) that another source's value outranks.
    QList<std::pair<QString, YearMonth>> m_outranked;
    QList<Line> m_lines;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
