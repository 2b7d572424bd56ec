#pragma once
#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;

namespace inferdeck {

/// The buttons of an editor dialog for a file type: OK and Cancel, plus Open… and Save… that ask for a
/// path (filter like "Plans (*.json)") and hand it to `load` / `save`.
QDialogButtonBox* editorButtons(QDialog* dialog, const QString& what, const QString& filter, std::function<void(const QString&)> load,
                                std::function<void(const QString&)> save);

/// Writes `text` to `path` atomically; on failure returns a message naming the file.
QString writeTextFile(const QString& path, const QByteArray& text);

} // namespace inferdeck
