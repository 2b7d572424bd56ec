#include "util/numbers.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

std::optional<qint64> parseWholeNumber(QStringView text, qint64 min, qint64 max)
{
    // Qt's toLongLong would also take " 22", "+22" and "0x16"; what a person means by a port is digits
    static const QRegularExpression whole(u"^-?[0-9]{1,18}$"_s);
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseFiniteNumber(QStringView text, double min, double max)
{
    // the decimal forms only: toDouble alone would also accept "nan", "inf" and surrounding spaces
    static const QRegularExpression decimal(u"^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"_s);
    if (!decimal.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace inferdeck
