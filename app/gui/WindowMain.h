#pragma once

#include "GlobalOptions.h"

namespace chiso::gui {

/// True where a window can be shown (a display on Linux; always on Windows and macOS).
bool hasDisplay();
/// Whether these options ask for the window (no command) or a screenshot of it.
bool wantsWindow(const GlobalOptions &options);
/// Runs the desktop window, or with --screenshot renders a view to PNG and exits.
int runWindow(int &argc, char **argv, const GlobalOptions &options);

} // namespace chiso::gui
