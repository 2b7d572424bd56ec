#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QList<Language::Choice> Language::choices()
{
    return { { QString(), QCoreApplication::translate("Language", "Follow the desktop") },
             { u"en"_s, u"English"_s },
             { u"de"_s, u"Deutsch"_s },
             { u"zh_CN"_s, u"简体中文"_s } };
}

QString Language::setting()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Language::setSetting(const QString& code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

QString Language::install(QCoreApplication& app, const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // every number and date the UI shows follows the chosen language; files and reports use QLocale::c()
    QLocale::setDefault(locale);
    // translations are compiled into the binary under :/i18n (qt_add_translations in ui/CMakeLists.txt)
    auto* own = new QTranslator(&app);
    if (!own->load(locale, u"inferdeck"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return u"en"_s;
    }
    app.installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) when the system has them (qt6-translations-l10n)
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace inferdeck
