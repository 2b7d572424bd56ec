// inferdeck: the desktop application. Wires the main window; everything else lives in ui/ and core/.
#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>

#include "i18n/language.h"
#include "log/log.h"
#include "views/libraryview.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"InferDeck"_s);
    QApplication::setOrganizationName(u"InferDeck"_s);
    QApplication::setApplicationVersion(QStringLiteral(INFERDECK_VERSION));
    QApplication::setDesktopFileName(u"io.github.inferdeck.InferDeck"_s);
    inferdeck::log::init(u"inferdeck"_s);
    // before any window or help text: the language setting, else the desktop's locale
    inferdeck::Language::install(app, inferdeck::Language::setting());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "LLM inference benchmarking on GPU clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"files"_s,
                                 QApplication::translate("main", "Result files to open; several files of one run "
                                                                 "(e.g. llmperf's summary and responses) open as one result."),
                                 u"[FILE...]"_s);
    const QCommandLineOption library(u"library"_s, QApplication::translate("main", "Start on the results library."));
    parser.addOption(library);
    parser.process(app);

    inferdeck::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    if (parser.isSet(library))
        window.centralTabs()->setCurrentWidget(window.libraryView());
    // after the window is up: a run the app did not live to finish can be rebuilt from its journal
    QTimer::singleShot(0, &window, &inferdeck::MainWindow::offerRecovery);
    return app.exec();
}
