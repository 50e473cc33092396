// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/storemaintenance.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/store.h"

#include <QElapsedTimer>

namespace alpr {

Result<StoreMaintenance::Compaction> StoreMaintenance::compactStore()
{
    if (auto r = m_session.require(Action::MaintainStore, QStringLiteral("store")); !r)
        return r.error();
    Store& store = storeOf(m_session);
    AuditLog& trail = trailOf(m_session);
    const QString& username = m_session.user().username;
    Compaction c;
    c.bytesBefore = store.fileSize();
    QElapsedTimer timer;
    timer.start();
    if (auto r = store.compact(); !r) {
        (void)trail.append(username, QStringLiteral("store-compacted"), QStringLiteral("store"),
                           {{QStringLiteral("reason"), r.error().message}},
                           QStringLiteral("failure"));
        return r.error();
    }
    c.milliseconds = timer.elapsed();
    c.bytesAfter = store.fileSize();
    auto logged = trail.append(username, QStringLiteral("store-compacted"), QStringLiteral("store"),
                               {{QStringLiteral("bytes_before"), c.bytesBefore},
                                {QStringLiteral("bytes_after"), c.bytesAfter},
                                {QStringLiteral("milliseconds"), c.milliseconds}},
                               QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return c;
}

} // namespace alpr
