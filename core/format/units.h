#pragma once
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace inferdeck {

/// The one place where numbers, units and dates become text. Reports, files and the CLI use the C locale
/// (the default) so they read the same everywhere; the UI passes the user's locale, and text built in
/// core for the UI (grade card, headline, comparison notes) is made inside a LocaleScope.
/// Every function prints "—" for a value that was not measured.
class Units {
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    /// The locale functions use when none is passed: C, unless a LocaleScope on this thread says otherwise.
    static const QLocale& textLocale();
    /// While alive, text made on this thread follows `locale` (the GUI's interface language).
    class LocaleScope {
    public:
        explicit LocaleScope(const QLocale& locale);
        ~LocaleScope();
        LocaleScope(const LocaleScope&) = delete;
        LocaleScope& operator=(const LocaleScope&) = delete;

    private:
        QLocale m_previous;
    };

    static QString notMeasured();
    /// Latency: "850 µs", "980 ms", "1.23 s" with 3 significant digits.
    static QString duration(std::optional<double> seconds, const QLocale& locale = textLocale());
    /// A time left, in whole units a person reads at a glance: "42 s", "3 min 5 s", "1 h 20 min".
    static QString timeLeft(double seconds, const QLocale& locale = textLocale());
    /// Latency in milliseconds for tables whose column header carries the unit: "980.1".
    static QString milliseconds(std::optional<double> seconds, const QLocale& locale = textLocale());
    /// The same with `decimals` places: report tables use two, "980.12".
    static QString milliseconds(std::optional<double> seconds, int decimals, const QLocale& locale = textLocale());
    /// "12.3 req/s" and friends: value with 3 significant digits (more for large values) and a unit.
    static QString rate(std::optional<double> perSecond, const QString& unit, const QLocale& locale = textLocale());
    /// A share as "98.5 %".
    static QString percent(std::optional<double> fraction, int decimals = 1, const QLocale& locale = textLocale());
    /// A relative change as "+12.3 %" or "-4.0 %" (zero has no sign).
    static QString signedPercent(std::optional<double> fraction, int decimals = 1, const QLocale& locale = textLocale());
    /// A share as a bare percentage for columns whose header carries "%": "98.50".
    static QString percentNumber(std::optional<double> fraction, int decimals = 2, const QLocale& locale = textLocale());
    /// A plain number with `decimals` places, grouping off.
    static QString number(std::optional<double> value, int decimals, const QLocale& locale = textLocale());
    /// A number with `digits` significant digits and no unit, for values of any magnitude: "1.23457e+06".
    static QString significant(std::optional<double> value, int digits = 6, const QLocale& locale = textLocale());
    static QString count(qint64 value, const QLocale& locale = textLocale());
    /// "0.42 J/token".
    static QString energyPerToken(std::optional<double> joules, const QLocale& locale = textLocale());
    /// Memory given in MiB: "512 MiB", "23.5 GiB".
    static QString memoryMiB(std::optional<double> mib, const QLocale& locale = textLocale());
    /// ISO 8601 UTC ("2026-11-24 18:59:23 UTC") for a Unix time in seconds; notMeasured() for an unknown
    /// time (0 or less: never "1970-01-01").
    static QString dateTime(double unixSeconds);
    /// A run's start in local time, the locale's short format ("11/24/26 7:59 PM"), for tables; notMeasured()
    /// for an unknown time.
    static QString localDateTime(double unixSeconds, const QLocale& locale = textLocale());
};

} // namespace inferdeck
