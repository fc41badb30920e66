#pragma once

#include "domain/Figure.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QUndoCommand>
#include <optional>

class QUndoStack;

namespace chiso {

class Analysis;

/// The source every figure typed in the window is stored under.
Source manualEntrySource();

/// Saves figures typed by the user (a month's values and the year's plans) in one transaction;
/// undo puts back what was stored before, or removes each figure there was none of, in one
/// transaction too. Each step reloads the analysis once. A step the store refuses changes
/// nothing, is reported through Analysis::writeFailed, and leaves the command where it was:
/// redo() of a stored command and undo() of an unstored one do nothing.
class SaveFiguresCommand : public QUndoCommand
{
public:
    /// Each figure's entryId is the stored row it was typed over, as the user saw it (0: none):
    /// with Refuse, a figure someone changed since is not overwritten (conflict()).
    SaveFiguresCommand(Analysis &analysis, QList<Figure> figures, const QString &text,
                       Store::WhenChanged whenChanged = Store::WhenChanged::Refuse);
    void redo() override;
    void undo() override;

    const QList<Figure> &figures() const { return m_figures; }
    /// True while the figures are in the database (redo succeeded, undo has not).
    bool isStored() const { return m_stored; }
    /// Why the last redo() stored nothing, where another login had changed a figure.
    const std::optional<ConflictError> &conflict() const { return m_conflict; }

private:
    Analysis &m_analysis;
    QList<Figure> m_figures;
    Store::WhenChanged m_whenChanged;
    QList<std::optional<Figure>> m_previous;
    bool m_stored = false;
    bool m_undone = false;    ///< undone at least once: the rows are the undo's
    qint64 m_savedUnder = 0;  ///< the entry of the last redo
    qint64 m_undoneUnder = 0; ///< the entry of the last undo (0: it only removed)
    std::optional<ConflictError> m_conflict;
};

/// Saves figures as one step of the stack. If the store refuses, nothing is stored, the stack
/// is unchanged (its redo steps too) and returns false: with `conflict` set where another login
/// changed a figure since it was read (for the window to offer reloading or overwriting),
/// otherwise the analysis reports why.
bool saveFigures(QUndoStack &stack, Analysis &analysis, QList<Figure> figures, const QString &text,
                 Store::WhenChanged whenChanged = Store::WhenChanged::Refuse, std::optional<ConflictError> *conflict = nullptr);
/// Undo and redo of the stack that keep its index where the database is: if the store refuses
/// the step, the step stays as it was, the analysis reports why, and they return false.
bool undoStep(QUndoStack &stack);
bool redoStep(QUndoStack &stack);

} // namespace chiso
