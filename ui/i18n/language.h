#pragma once
#include <QList>
#include <QString>

class QCoreApplication;

namespace inferdeck {

/// The interface languages InferDeck ships, and installing the chosen one before the first window.
class Language {
public:
    struct Choice {
        QString code;   // "de", "zh_CN"; empty: follow the desktop's locale
        QString native; // the language's own name, as people look for it in a list
    };
    /// English, German and Simplified Chinese, plus "follow the desktop" first.
    static QList<Choice> choices();
    /// The setting ("" follows the desktop); applies from the next start.
    static QString setting();
    static void setSetting(const QString& code);
    /// Loads InferDeck's translation (compiled into the binary) and Qt's own for `code`, or for the desktop's
    /// locale when `code` is empty, and makes that locale the default for numbers and dates in the UI.
    /// Returns the language in use ("en" when nothing was translated).
    static QString install(QCoreApplication& app, const QString& code);
};

} // namespace inferdeck
