#pragma once

#include "domain/Figure.h"

#include <QUndoCommand>
#include <optional>

namespace chiso {

class Analysis;

/// The source every figure typed in the window is stored under.
Source manualEntrySource();

/// Saves one figure typed by the user (a month's value or a year's plan); undo puts back
/// what was stored before, or removes the figure if there was none. Each step is one
/// transaction, recorded with who and when.
class SaveFigureCommand : public QUndoCommand
{
public:
    SaveFigureCommand(Analysis &analysis, Figure figure, const QString &text);
    void redo() override;
    void undo() override;

    const Figure &figure() const { return m_figure; }

private:
    Analysis &m_analysis;
    Figure m_figure;
    std::optional<Figure> m_previous;
};

} // namespace chiso
