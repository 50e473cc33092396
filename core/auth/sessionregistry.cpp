// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/sessionregistry.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cerrno>

#include <signal.h>
#include <unistd.h>

namespace alpr {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString SessionRegistry::workstationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown-host") : host;
}

Result<void> SessionRegistry::claim(const QString& username)
{
    Store& store = *m_session.m_store;
    const QDateTime now = m_session.m_clock.now();
    const QString host = workstationName();
    QString refusal;
    QString token;
    auto claimed = store.transaction([&]() -> Result<void> {
        auto existing = store.users().activeSession(username);
        if (!existing)
            return existing.error();
        // Service accounts hold several sessions at once (the receiver and an
        // import, say): the rule is for people. The row records the latest.
        auto account = store.users().find(username);
        const bool service = account && account->isServiceAccount();
        if (const auto& s = existing.value(); s && !service) {
            const bool live = s->workstation == host
                                  ? processAlive(s->pid)
                                  : s->lastSeen.secsTo(now) < kSessionStaleSeconds;
            if (live) {
                refusal = QCoreApplication::translate(
                              "alpr::SessionRegistry",
                              "%1 is already signed in on %2 since %3; sign out there "
                              "first (one session per user)")
                              .arg(username, s->workstation,
                                   s->startedAt.toLocalTime().toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm")));
                return {};
            }
        }
        token = QString::fromLatin1(crypto::randomBytesPublic(16).toHex());
        ActiveSession mine;
        mine.token = token;
        mine.workstation = host;
        mine.pid = QCoreApplication::applicationPid();
        mine.startedAt = now;
        mine.lastSeen = now;
        return store.users().putSession(username, mine);
    });
    if (!claimed)
        return claimed;
    if (!refusal.isEmpty()) {
        (void)m_session.m_audit->append(
            username, QStringLiteral("sign-in"), userAuditObject(username),
            {{QStringLiteral("reason"), QStringLiteral("already signed in")}},
            QStringLiteral("refused"));
        return makeError(ErrorCode::Denied, refusal);
    }
    m_session.m_sessionToken = token;
    return {};
}

Result<void> SessionRegistry::heartbeat()
{
    if (m_session.m_sessionToken.isEmpty())
        return {};
    return m_session.m_store->users().touchSession(
        m_session.m_user.username, m_session.m_sessionToken, m_session.m_clock.now());
}

} // namespace alpr
