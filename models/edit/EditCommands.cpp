#include "EditCommands.h"
#include "session/Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace chiso {

Source manualEntrySource()
{
    // Data, not interface text: the same key in every language.
    Source source;
    source.title = u"Chỉ Số — nhập liệu hằng tháng"_s;
    return source;
}

SaveFiguresCommand::SaveFiguresCommand(Analysis &analysis, QList<Figure> figures, const QString &text, Store::WhenChanged whenChanged)
    : QUndoCommand(text), m_analysis(analysis), m_figures(std::move(figures)), m_whenChanged(whenChanged)
{
}

// No exception may leave redo() or undo(): QUndoStack calls them from push() and from the
// window's slots, and an exception through Qt's event loop is undefined behaviour.
void SaveFiguresCommand::redo()
{
    if (m_stored)
        return;
    m_conflict.reset();
    // After an undo, each row is the undo's (restored) or gone; anything else is another's.
    QList<Figure> figures = m_figures;
    if (m_undone) {
        for (qsizetype i = 0; i < figures.size(); ++i)
            figures[i].entryId = m_previous.value(i) ? m_undoneUnder : 0;
    }
    try {
        Store::Saved saved = m_analysis.store().saveFigures(figures, u"form"_s, {}, m_undone ? Store::WhenChanged::Refuse : m_whenChanged);
        m_previous = saved.previous;
        m_savedUnder = saved.entry;
    } catch (const ConflictError &conflict) {
        m_conflict = conflict;
        if (m_undone) // a redo from the stack: nobody else will say it
            m_analysis.reportWriteFailure(QCoreApplication::translate("Edit", "Nothing was saved: %1").arg(conflict.message()));
        return;
    } catch (const StoreError &error) {
        m_analysis.reportWriteFailure(
            QCoreApplication::translate("Edit", "Nothing was saved: %1").arg(error.message()));
        return;
    }
    m_stored = true;
    m_analysis.reload();
}

void SaveFiguresCommand::undo()
{
    if (!m_stored)
        return;
    // What this step stored is what must be there to undo it: another's later change is not
    // undone unknowingly.
    QList<Figure> restore;
    QList<Figure> remove;
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        if (const std::optional<Figure> &previous = m_previous.value(i)) {
            restore.append(*previous);
            restore.last().entryId = m_savedUnder;
        } else {
            remove.append(m_figures.at(i));
            remove.last().entryId = m_savedUnder;
        }
    }
    try {
        m_undoneUnder = m_analysis.store().saveFigures(restore, u"form (undo)"_s, remove, Store::WhenChanged::Refuse).entry;
    } catch (const StoreError &error) {
        m_analysis.reportWriteFailure(
            QCoreApplication::translate("Edit", "Nothing was undone: %1").arg(error.message()));
        return;
    }
    m_stored = false;
    m_undone = true;
    m_analysis.reload();
}

bool saveFigures(QUndoStack &stack, Analysis &analysis, QList<Figure> figures, const QString &text, Store::WhenChanged whenChanged,
                 std::optional<ConflictError> *conflict)
{
    // Stored before it is pushed: push() would put a refused save on the stack and drop the
    // redo steps; pushed afterwards, its redo() finds it stored and does nothing.
    auto command = std::make_unique<SaveFiguresCommand>(analysis, std::move(figures), text, whenChanged);
    command->redo();
    if (!command->isStored()) {
        if (command->conflict()) {
            if (conflict)
                *conflict = command->conflict();
            else
                analysis.reportWriteFailure(QCoreApplication::translate("Edit", "Nothing was saved: %1").arg(command->conflict()->message()));
        }
        return false;
    }
    stack.push(command.release());
    return true;
}

namespace {

const SaveFiguresCommand *saveCommand(const QUndoStack &stack, int index)
{
    return dynamic_cast<const SaveFiguresCommand *>(stack.command(index));
}

} // namespace

bool undoStep(QUndoStack &stack)
{
    if (!stack.canUndo())
        return true;
    const SaveFiguresCommand *command = saveCommand(stack, stack.index() - 1);
    stack.undo();
    if (command && command->isStored()) {
        // The store refused: the step is still in the database. Its redo() does nothing but
        // move the index back to it, so that the next undo tries it again.
        stack.redo();
        return false;
    }
    return true;
}

bool redoStep(QUndoStack &stack)
{
    if (!stack.canRedo())
        return true;
    const SaveFiguresCommand *command = saveCommand(stack, stack.index());
    stack.redo();
    if (command && !command->isStored()) {
        stack.undo(); // does nothing but move the index back: the step is not in the database
        return false;
    }
    return true;
}

} // namespace chiso
