#pragma once
#include <QStringList>

namespace inferdeck {

/// Names for result files shown side by side (compare's columns, its gate's lines): each file's name, and
/// where several share one (every run writes result.inferdeck.json), as many of their folders as tell them
/// apart, "run-0412/result.inferdeck.json". One file given twice is numbered: "a.json (2)".
QStringList distinctFileLabels(const QStringList& paths);

} // namespace inferdeck
