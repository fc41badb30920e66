#include "RebuildWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace chiso::ui {

RebuildWhenShown::RebuildWhenShown(QWidget *view, std::function<void()> rebuild)
    : QObject(view), m_view(view), m_rebuild(std::move(rebuild))
{
    view->installEventFilter(this);
}

void RebuildWhenShown::changed()
{
    m_stale = true;
    if (m_view->isVisible())
        ensureCurrent();
}

void RebuildWhenShown::ensureCurrent()
{
    if (!m_stale)
        return;
    m_stale = false; // first: a rebuild that reads the view's own accessors must not recurse
    m_rebuild();
}

bool RebuildWhenShown::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Show)
        ensureCurrent();
    return false;
}

} // namespace chiso::ui
