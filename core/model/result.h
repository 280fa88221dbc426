#pragma once

#include <optional>
#include <QString>
#include <utility>
#include <variant>

namespace kasibi {

// A failure as a value: what went wrong and where (a file, a JSON Pointer, a field).
struct Error {
    QString message;
    QString where;

    QString toString() const {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    static Result failure(QString message, QString where = {}) {
        return Result(Error{std::move(message), std::move(where)});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    static Result success() { return {}; }
    static Result failure(QString message, QString where = {}) {
        return Result(Error{std::move(message), std::move(where)});
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace kasibi
