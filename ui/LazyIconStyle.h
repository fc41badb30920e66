#pragma once

#include <QProxyStyle>

namespace chiso::ui {

/// The platform's style, with the "»" icon of menu bars and toolbars read only when first
/// drawn: reading it loads every image plugin, which cost start-up several milliseconds,
/// and the icon shows only when a menu bar is too narrow for its menus.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace chiso::ui
