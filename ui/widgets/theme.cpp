#include "widgets/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace inferdeck {

void applyTheme(const QString& theme)
{
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    else
        QApplication::setStyle(QStyleFactory::create(systemStyle));
    if (theme == QLatin1String("dark")) {
        QPalette p;
        const QColor window(0x20, 0x24, 0x2a), base(0x16, 0x18, 0x1c), text(0xe6, 0xe8, 0xeb), accent(0x3d, 0x8b, 0xe0);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, window);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, accent.lighter(130));
        p.setColor(QPalette::PlaceholderText, QColor(0xa4, 0xad, 0xba));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x90));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x90));
        QApplication::setPalette(p);
    } else if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(systemPalette);
    }
}

} // namespace inferdeck
