#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace chiso::ui {

/// Keeps a view current without building it for nobody: a change rebuilds the view at once
/// if it is on screen, else when it is next shown or its content is asked for.
class RebuildWhenShown : public QObject
{
public:
    RebuildWhenShown(QWidget *view, std::function<void()> rebuild);
    /// What the view shows has changed.
    void changed();
    /// Rebuilds now if a change is pending: call before reading the view's content.
    void ensureCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_rebuild;
    bool m_stale = true; ///< nothing built yet, or a change came while the view was hidden
};

} // namespace chiso::ui
