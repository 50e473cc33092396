// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace alpr {

// What kind of failure an Error is; the CLI maps these to exit codes.
enum class ErrorCode
{
    Invalid,    // bad input from a user or a file
    NotFound,   // a named thing does not exist
    Io,         // a file could not be read or written
    Database,   // the store refused or failed a statement
    Crypto,     // a cryptographic primitive failed
    AuthFailed, // wrong user name or password
    Locked,     // account locked after failed sign-ins
    Denied,     // refused by policy or permission
    Corrupt,    // data failed an integrity check
    Cancelled,  // the user cancelled
    Conflict,   // someone else changed it first (another dispatcher took the hit)
    Internal,   // a bug
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// Either a value or an Error. Check ok() before value().
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, const QString& message)
{
    return Error{code, message};
}

} // namespace alpr
