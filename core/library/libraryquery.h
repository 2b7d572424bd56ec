#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "util/result.h"

namespace inferdeck {

/// A search of the library: free text and field conditions, all of which must hold.
struct LibraryQuery {
    /// A field condition; text fields match a part of the value, case-insensitively.
    struct Condition {
        QString field; // one of fields()
        QString value;
    };
    QStringList text;           // each word must occur in the path or any fingerprint field
    QList<Condition> conditions;
    std::optional<QDateTime> since; // started at or after
    std::optional<QDateTime> until; // started before (an end date alone means the whole day)
    bool includeMissing = true;     // entries whose file is gone or unreadable
    int limit = 0;                  // 0: all

    /// The fields a condition may name: model, engine, gpu, tool, grade, plan, dataset, driver, path,
    /// fingerprint, status, phase; plus since and until (dates).
    static QStringList fields();
    /// Adds "FIELD=VALUE" (or free text when it holds no '=' before any space). A date is
    /// YYYY-MM-DD or an ISO 8601 time; an unknown field or a bad date is an Error naming it.
    Status add(const QString& expression);
    bool empty() const { return text.isEmpty() && conditions.isEmpty() && !since && !until; }
};

} // namespace inferdeck
