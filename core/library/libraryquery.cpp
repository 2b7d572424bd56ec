#include "library/libraryquery.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Library)
};

std::optional<QDateTime> parseDate(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) // a day alone is a UTC day, so the same query finds the same runs on every machine
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), QTimeZone::utc());
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        t.setTimeZone(QTimeZone::utc());
    return t;
}
} // namespace

QStringList LibraryQuery::fields()
{
    return { u"model"_s, u"engine"_s, u"gpu"_s, u"tool"_s, u"grade"_s, u"plan"_s, u"dataset"_s, u"driver"_s,
             u"path"_s, u"fingerprint"_s, u"status"_s, u"phase"_s, u"since"_s, u"until"_s };
}

Status LibraryQuery::add(const QString& expression)
{
    const qsizetype eq = expression.indexOf(u'=');
    const qsizetype space = expression.indexOf(u' ');
    if (eq <= 0 || (space >= 0 && space < eq)) {
        const QStringList words = expression.split(u' ', Qt::SkipEmptyParts);
        text << words;
        return Ok{};
    }
    const QString field = expression.left(eq).trimmed().toLower();
    const QString value = expression.mid(eq + 1).trimmed();
    if (!fields().contains(field))
        return Error{ Tr::tr("unknown field \"%1\" (fields: %2)").arg(field, fields().join(u", "_s)), expression };
    if (field == u"since" || field == u"until") {
        const auto t = parseDate(value, field == u"until");
        if (!t)
            return Error{ Tr::tr("\"%1\" is not a date (YYYY-MM-DD or an ISO 8601 time)").arg(value), expression };
        (field == u"since" ? since : until) = t;
        return Ok{};
    }
    conditions.append({ field, value });
    return Ok{};
}

} // namespace inferdeck
