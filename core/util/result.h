#pragma once
#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace inferdeck {

/// A user-caused failure: what went wrong and where (file, JSON path, host:port, line).
struct Error {
    QString message;
    QString where;

    /// "where: message", or just the message when there is no location.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// Either a value or an Error; returned by every operation a user's input can make fail.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
struct Ok { };
using Status = Result<Ok>;

} // namespace inferdeck

Q_DECLARE_METATYPE(inferdeck::Error)
