// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QObject>
#include <QTimer>

namespace alpr {

class Session;

// The workstation's one way of learning that the store changed under it:
// another process (the receiver, a cron import, another user's CLI) or
// another connection committed. Polls SQLite's data_version of the session's
// connection (on the department store, the server's counter of changes to
// hits, entries, reads, holds and packages) about once a second and says
// changed() when it moved on; the
// alert queue and the search index both listen. A failed poll is told once
// by failed() and polling goes on (the store may be replaced by a rekey).
class ChangeNotice final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotice(Session& session, QObject* parent = nullptr);

    // Polls now (tests, and the window after its own writes): true and
    // changed() when the store changed since the last poll.
    bool check();
    void start(int intervalMs = 1000);
    void stop();

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    Session& m_session;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_failing = false;
};

} // namespace alpr
