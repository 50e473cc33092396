// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace alpr {

class Session;

// The workstation's one way of learning that the store changed under it:
// another process (the receiver, a cron import, another user's CLI) or
// another connection committed. On the store file it polls SQLite's
// data_version of the session's connection about once a second. On the
// department store the server pushes a notice when a change commits (LISTEN
// alpr_changes): the counter of changes to hits, entries, reads, holds,
// packages, settings and samples is asked for at once, at most twice a
// second while an import streams in, and polled only every ten seconds
// besides (a lost connection is found out then). changed() when it moved on;
// the alert queue and the search index both listen. A failed poll is told
// once by failed() and polling goes on (the store may be replaced by a rekey;
// a lost connection is Session::storeLost() then, until reconnected()).
class ChangeNotice final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotice(Session& session, QObject* parent = nullptr);

    // Polls now (tests, and the window after its own writes): true and
    // changed() when the store changed since the last poll.
    bool check();
    // Polls every intervalMs (on the department store at least every
    // kListeningPollMs, and on each notice).
    void start(int intervalMs = 1000);
    void stop();
    // Whether the server's notices arrive (department store, after start()).
    bool listening() const { return m_listening; }
    // After Session::reconnect: listens on the new connection and polls as
    // start() did. A change made while the connection was lost is told at
    // once (the counter is the server's, not the connection's).
    void reconnected();

    static constexpr int kListeningPollMs = 10000;
    static constexpr int kNoticeSpacingMs = 500;

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    void noticeArrived();

    Session& m_session;
    QTimer m_timer;
    QTimer m_soon; // a notice's check, kNoticeSpacingMs after the previous check
    QElapsedTimer m_sinceCheck;
    int m_intervalMs = 1000; // start()'s
    bool m_listening = false;
    bool m_noticed = false; // a notice arrived since the last check
    qint64 m_version = -1;
    bool m_failing = false;
};

} // namespace alpr
