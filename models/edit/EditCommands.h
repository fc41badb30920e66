#pragma once

#include "domain/Figure.h"

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
    SaveFiguresCommand(Analysis &analysis, QList<Figure> figures, const QString &text);
    void redo() override;
    void undo() override;

    const QList<Figure> &figures() const { return m_figures; }
    /// True while the figures are in the database (redo succeeded, undo has not).
    bool isStored() const { return m_stored; }

private:
    Analysis &m_analysis;
    QList<Figure> m_figures;
    QList<std::optional<Figure>> m_previous;
    bool m_stored = false;
};

/// Saves figures as one step of the stack. If the store refuses, nothing is stored, the stack
/// is unchanged (its redo steps too) and the analysis reports why: returns false.
bool saveFigures(QUndoStack &stack, Analysis &analysis, QList<Figure> figures, const QString &text);
/// Undo and redo of the stack that keep its index where the database is: if the store refuses
/// the step, the step stays as it was, the analysis reports why, and they return false.
bool undoStep(QUndoStack &stack);
bool redoStep(QUndoStack &stack);

} // namespace chiso
