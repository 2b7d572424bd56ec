#include "widgets/limitedit.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

#include <cmath>

#include "format/units.h"

namespace inferdeck {

namespace {
constexpr int kUnitGap = 6;

std::optional<double> parseNumber(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok) // "0.5" typed in a language whose decimal mark is a comma
        v = QLocale::c().toDouble(t, &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}
} // namespace

LimitEdit::LimitEdit(const QString& unit, QWidget* parent) : QLineEdit(parent), m_unit(unit)
{
    setTextMargins(0, 0, fontMetrics().horizontalAdvance(m_unit) + 2 * kUnitGap, 0);
    setPlaceholderText(tr("no limit"));
    connect(this, &QLineEdit::textChanged, this, &LimitEdit::markValidity);
}

std::optional<double> LimitEdit::value() const
{
    const std::optional<double> v = parseNumber(text());
    return v && *v > 0 ? v : std::nullopt;
}

void LimitEdit::setValue(std::optional<double> v)
{
    setText(v ? Units::significant(*v, 10, QLocale()) : QString());
}

QString LimitEdit::problem(const QString& field) const
{
    if (text().trimmed().isEmpty())
        return {};
    const std::optional<double> v = parseNumber(text());
    if (!v)
        return tr("%1: “%2” is not a number").arg(field, text().trimmed());
    if (*v <= 0)
        return tr("%1: a limit must be above 0 (leave it empty for no limit)").arg(field);
    return {};
}

void LimitEdit::markValidity()
{
    const bool bad = !problem(QString()).isEmpty();
    if (property("invalid").toBool() == bad)
        return;
    setProperty("invalid", bad);
    setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; }") : QString());
}

void LimitEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    QPainter p(this);
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect r = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(r.adjusted(0, 0, -kUnitGap, 0), Qt::AlignRight | Qt::AlignVCenter, m_unit);
}

} // namespace inferdeck
