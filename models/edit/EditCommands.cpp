#include "EditCommands.h"
#include "session/Analysis.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

namespace chiso {

Source manualEntrySource()
{
    // Data, not interface text: the same key in every language.
    Source source;
    source.title = u"Chỉ Số — nhập liệu hằng tháng"_s;
    return source;
}

SaveFigureCommand::SaveFigureCommand(Analysis &analysis, Figure figure, const QString &text)
    : QUndoCommand(text), m_analysis(analysis), m_figure(std::move(figure))
{
}

void SaveFigureCommand::redo()
{
    m_previous = m_analysis.store().saveFigure(m_figure, u"form"_s);
    m_analysis.reload();
}

void SaveFigureCommand::undo()
{
    if (m_previous)
        m_analysis.store().saveFigure(*m_previous, u"form (undo)"_s);
    else
        m_analysis.store().removeFigure(m_figure);
    m_analysis.reload();
}

} // namespace chiso
