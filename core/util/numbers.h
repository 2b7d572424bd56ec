#pragma once
// Numbers typed by a person (a port in an ssh destination, a percentage on the command line, a value in
// an ssh config file), read strictly: a number that is not finite or not in range is refused, never
// read as 0, NaN or infinity.
#include <QStringView>

#include <optional>

namespace inferdeck {

/// `text` as a whole number in [min, max]: decimal digits with an optional leading '-' and nothing else
/// (no spaces, '+', hex, fraction or exponent); nullopt otherwise.
std::optional<qint64> parseWholeNumber(QStringView text, qint64 min, qint64 max);

/// `text` as a finite number in [min, max] ("5", "-0.5", "2.5e3"); nullopt for anything else, including
/// "nan", "inf", surrounding spaces and numbers too large for a double.
std::optional<double> parseFiniteNumber(QStringView text, double min, double max);

} // namespace inferdeck
