// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/changenotice.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"
#include "store/store.h"

namespace alpr {

ChangeNotice::ChangeNotice(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotice::check);
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
    auto version =
        m_session.isDepartment() ? departmentVersion(m_session) : storeOf(m_session).dataVersion();
    if (!version) {
        if (!m_failing)
            Q_EMIT failed(version.error().message);
        m_failing = true;
        return false;
    }
    m_failing = false;
    const bool moved = m_version >= 0 && *version != m_version;
    m_version = *version;
    if (moved)
        Q_EMIT changed();
    return moved;
}

void ChangeNotice::start(int intervalMs)
{
    check();
    m_timer.start(intervalMs);
}

void ChangeNotice::stop()
{
    m_timer.stop();
}

} // namespace alpr
