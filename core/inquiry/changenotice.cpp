// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/changenotice.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"
#include "store/store.h"

#include <algorithm>

namespace alpr {

ChangeNotice::ChangeNotice(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotice::check);
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &ChangeNotice::check);
}

namespace {

// The department store's counter of changes (alpr_api.changes).
Result<qint64> departmentVersion(Session& session)
{
    auto answer = departmentOf(session).call("changes", {});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("version")).toInteger();
}

} // namespace

bool ChangeNotice::check()
{
    m_sinceCheck.start();
    m_soon.stop();
    auto version =
        m_session.isDepartment() ? departmentVersion(m_session) : storeOf(m_session).dataVersion();
    if (!version) {
        if (!m_failing)
            Q_EMIT failed(version.error().message);
        m_failing = true;
        return false;
    }
    m_failing = false;
    // A notice is news even when the counter did not move since the last
    // check: the counter moves when the change is made and the notice comes
    // when it commits, so a check in between saw the number, not the change.
    const bool moved = (m_version >= 0 && *version != m_version) || m_noticed;
    m_noticed = false;
    m_version = *version;
    if (moved)
        Q_EMIT changed();
    return moved;
}

void ChangeNotice::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    if (m_session.isDepartment() && !m_listening) {
        // Without the notices (an older server), the poll alone.
        m_listening = bool(departmentOf(m_session).watchChanges(this, [this] { noticeArrived(); }));
    }
    check();
    m_timer.start(m_listening ? std::max(intervalMs, kListeningPollMs) : intervalMs);
}

void ChangeNotice::reconnected()
{
    m_listening = false; // the notices came over the lost connection
    m_failing = false;
    start(m_intervalMs);
}

void ChangeNotice::stop()
{
    m_timer.stop();
    m_soon.stop();
}

void ChangeNotice::noticeArrived()
{
    // An import storing groups commits many times a second: the queue is
    // refreshed at most every kNoticeSpacingMs, and a hit still shows well
    // within a second.
    if (!m_timer.isActive())
        return;
    m_noticed = true;
    if (m_soon.isActive())
        return;
    const qint64 since = m_sinceCheck.isValid() ? m_sinceCheck.elapsed() : kNoticeSpacingMs;
    if (since >= kNoticeSpacingMs)
        check();
    else
        m_soon.start(int(kNoticeSpacingMs - since));
}

} // namespace alpr
