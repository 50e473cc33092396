// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

namespace alpr {

class Session;

// A session on another workstation that has not shown a sign of life for this
// long no longer blocks a new sign-in (the GUI sends one every minute).
inline constexpr qint64 kSessionStaleSeconds = 15 * 60;

// One active session per person: the sessions table says who is signed in
// where; a session that is still alive blocks a second sign-in. Service
// accounts may hold several at once.
class SessionRegistry final
{
public:
    explicit SessionRegistry(Session& session) : m_session(session) {}

    // A sign of life for the one-session-per-user rule.
    Result<void> heartbeat();

    // This machine's name, as sessions and audit records show it.
    static QString workstationName();

private:
    friend class SignIn;
    // Records the session of `username`, unless they have a live one
    // elsewhere (refused and audited).
    Result<void> claim(const QString& username);

    Session& m_session;
};

} // namespace alpr
