#include "format/units.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {

// Fixed-point with `digits` significant digits ("980", "1.23"), never exponent notation.
QString fixedSignificant(double v, int digits, const QLocale& locale)
{
    if (v == 0.0)
        return locale.toString(0.0, 'f', 0);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(v))));
    const int decimals = std::max(0, digits - 1 - magnitude);
    return locale.toString(v, 'f', decimals);
}

QLocale noGrouping(QLocale locale)
{
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QLocale& threadTextLocale()
{
    thread_local QLocale locale = QLocale::c();
    return locale;
}

} // namespace

const QLocale& Units::textLocale()
{
    return threadTextLocale();
}

Units::LocaleScope::LocaleScope(const QLocale& locale) : m_previous(threadTextLocale())
{
    threadTextLocale() = locale;
}

Units::LocaleScope::~LocaleScope()
{
    threadTextLocale() = m_previous;
}

QString Units::notMeasured()
{
    return u"—"_s;
}

QString Units::duration(std::optional<double> seconds, const QLocale& locale)
{
    if (!seconds || std::isnan(*seconds))
        return notMeasured();
    const QLocale l = noGrouping(locale);
    const double s = *seconds;
    if (std::fabs(s) < 1e-3)
        //: unit: microseconds
        return tr("%1 µs").arg(fixedSignificant(s * 1e6, 3, l));
    if (std::fabs(s) < 1.0)
        //: unit: milliseconds
        return tr("%1 ms").arg(fixedSignificant(s * 1e3, 3, l));
    //: unit: seconds
    return tr("%1 s").arg(fixedSignificant(s, 3, l));
}

QString Units::timeLeft(double seconds, const QLocale& locale)
{
    const qint64 s = std::max<qint64>(0, std::llround(seconds));
    if (s < 60)
        //: time left, whole seconds
        return tr("%1 s").arg(locale.toString(s));
    if (s < 3600)
        //: time left: minutes and seconds
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    //: time left: hours and minutes
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString((s % 3600) / 60));
}

QString Units::milliseconds(std::optional<double> seconds, const QLocale& locale)
{
    if (!seconds || std::isnan(*seconds))
        return notMeasured();
    return noGrouping(locale).toString(*seconds * 1e3, 'f', 1);
}

QString Units::milliseconds(std::optional<double> seconds, int decimals, const QLocale& locale)
{
    if (!seconds || std::isnan(*seconds))
        return notMeasured();
    return noGrouping(locale).toString(*seconds * 1e3, 'f', decimals);
}

QString Units::signedPercent(std::optional<double> fraction, int decimals, const QLocale& locale)
{
    if (!fraction || std::isnan(*fraction))
        return notMeasured();
    return (*fraction > 0 ? u"+"_s : QString()) + percent(*fraction, decimals, locale);
}

QString Units::percentNumber(std::optional<double> fraction, int decimals, const QLocale& locale)
{
    if (!fraction || std::isnan(*fraction))
        return notMeasured();
    return noGrouping(locale).toString(*fraction * 100.0, 'f', decimals);
}

QString Units::rate(std::optional<double> perSecond, const QString& unit, const QLocale& locale)
{
    if (!perSecond || std::isnan(*perSecond))
        return notMeasured();
    //: a rate and its unit, e.g. "12.3 req/s"
    return tr("%1 %2").arg(fixedSignificant(*perSecond, 3, noGrouping(locale)), unit);
}

QString Units::percent(std::optional<double> fraction, int decimals, const QLocale& locale)
{
    if (!fraction || std::isnan(*fraction))
        return notMeasured();
    //: a percentage
    return tr("%1 %").arg(noGrouping(locale).toString(*fraction * 100.0, 'f', decimals));
}

QString Units::number(std::optional<double> value, int decimals, const QLocale& locale)
{
    if (!value || std::isnan(*value))
        return notMeasured();
    const double shown = std::round(*value * std::pow(10.0, decimals));
    // what rounds to zero is zero: "-0.00" would claim a sign the number does not have
    return noGrouping(locale).toString(shown == 0.0 ? 0.0 : *value, 'f', decimals);
}

QString Units::significant(std::optional<double> value, int digits, const QLocale& locale)
{
    if (!value || std::isnan(*value))
        return notMeasured();
    return noGrouping(locale).toString(*value, 'g', digits);
}

QString Units::count(qint64 value, const QLocale& locale)
{
    return noGrouping(locale).toString(value);
}

QString Units::energyPerToken(std::optional<double> joules, const QLocale& locale)
{
    if (!joules || std::isnan(*joules))
        return notMeasured();
    //: energy per output token
    return tr("%1 J/token").arg(fixedSignificant(*joules, 3, noGrouping(locale)));
}

QString Units::dateTime(double unixSeconds)
{
    if (!(unixSeconds > 0) || !std::isfinite(unixSeconds))
        return notMeasured();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(unixSeconds * 1000.0)), QTimeZone::utc());
    return t.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString Units::localDateTime(double unixSeconds, const QLocale& locale)
{
    if (!(unixSeconds > 0) || !std::isfinite(unixSeconds))
        return notMeasured();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(unixSeconds * 1000.0))), QLocale::ShortFormat);
}

QString Units::memoryMiB(std::optional<double> mib, const QLocale& locale)
{
    if (!mib || !std::isfinite(*mib))
        return notMeasured();
    if (*mib < 1024.0)
        return tr("%1 MiB").arg(locale.toString(*mib, 'f', 0));
    return tr("%1 GiB").arg(locale.toString(*mib / 1024.0, 'f', 1));
}

} // namespace inferdeck
