#pragma once
#include <QString>

namespace inferdeck {

/// The application's look: "system" keeps the desktop's palette, "light" and "dark" set Fusion palettes.
void applyTheme(const QString& theme);

} // namespace inferdeck
