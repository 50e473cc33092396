// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/signinfailures.h"

#include "audit/auditlog.h"
#include "common/useraccount.h"
#include "store/store.h"

#include <QCoreApplication>

namespace alpr {

namespace {

// "Until an administrator unlocks it" is a lock that ends in the year 9999.
const QDateTime kLockedForever(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);

} // namespace

bool SignInFailures::isLocked(const FailureState& f, const QDateTime& now)
{
    return f.lockedUntil.isValid() && f.lockedUntil > now;
}

QString SignInFailures::lockedUntilText(const QDateTime& until)
{
    if (until >= kLockedForever)
        return QCoreApplication::translate("alpr::SignInFailures",
                                           "until an administrator unlocks it");
    return QCoreApplication::translate("alpr::SignInFailures", "until %1")
        .arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString SignInFailures::count(KeySlotFile& keys, const QString& username, const QDateTime& now,
                              const QString& what, bool* lockedNow)
{
    FailureState failures = keys.failures(username);
    if (failures.lockedUntil.isValid())
        failures = FailureState{}; // an expired lock starts a new count
    ++failures.consecutiveFailures;
    failures.lastFailureAt = now;
    QString message = what;
    *lockedNow = false;
    if (failures.consecutiveFailures >= kMaxFailedSignIns) {
        const int seconds = keys.lockoutSeconds();
        failures.lockedUntil = seconds > 0 ? now.addSecs(seconds) : kLockedForever;
        *lockedNow = true;
        keys.appendPendingEvent(
            {now, username, QStringLiteral("account-locked"), QStringLiteral("locked"),
             QStringLiteral("%1 consecutive failed sign-ins").arg(failures.consecutiveFailures)});
        message +=
            QCoreApplication::translate("alpr::SignInFailures", "; the account is now locked %1")
                .arg(lockedUntilText(failures.lockedUntil));
    } else {
        message += QCoreApplication::translate("alpr::SignInFailures",
                                               " (%1 of %2 attempts before the account locks)")
                       .arg(failures.consecutiveFailures)
                       .arg(kMaxFailedSignIns);
    }
    keys.setFailures(username, failures);
    return message;
}

QString SignInFailures::recordWrongPassword(KeySlotFile& keys, const QString& username,
                                            const QDateTime& now)
{
    QString message =
        QCoreApplication::translate("alpr::SignInFailures", "wrong user name or password");
    // A count kept for a name nobody can have would only be something for a
    // stranger to fill the file with; the attempt is refused all the same.
    if (username.size() <= kMaxStoredUsernameLength) {
        bool lockedNow = false;
        message = count(keys, username, now, message, &lockedNow);
    }
    keys.appendPendingEvent({now, username, QStringLiteral("sign-in"), QStringLiteral("failure"),
                             QStringLiteral("wrong password")});
    return message;
}

Result<UnlockedSlot> SignInFailures::openSlot(KeySlotFile& keys, const QString& username,
                                              const SecureBytes& password, const QDateTime& now)
{
    const FailureState failures = keys.failures(username);
    if (isLocked(failures, now)) {
        keys.appendPendingEvent({now, username, QStringLiteral("sign-in"), QStringLiteral("locked"),
                                 QStringLiteral("attempt while the account is locked")});
        (void)keys.save();
        return makeError(
            ErrorCode::Locked,
            QCoreApplication::translate("alpr::SignInFailures",
                                        "the account %1 is locked after %2 failed sign-ins %3; "
                                        "wait, or ask an administrator to unlock it")
                .arg(username)
                .arg(kMaxFailedSignIns)
                .arg(lockedUntilText(failures.lockedUntil)));
    }
    auto unlocked = keys.open(username, password);
    if (unlocked || unlocked.error().code != ErrorCode::AuthFailed)
        return unlocked;
    const QString message = recordWrongPassword(keys, username, now);
    if (auto saved = keys.save(); !saved)
        return saved.error();
    return makeError(ErrorCode::AuthFailed, message);
}

Result<void> SignInFailures::moveToTrail(KeySlotFile& keys, Store& store, AuditLog& trail,
                                         const QJsonObject& context)
{
    const QList<PendingEvent> pending = keys.pendingEvents();
    const int dropped = keys.droppedPendingEvents();
    if (pending.isEmpty() && dropped == 0)
        return {};
    auto moved = store.transaction([&]() -> Result<void> {
        if (dropped > 0) {
            // Said before the events that were kept, at the time of the oldest.
            QJsonObject details = context;
            details.insert(QStringLiteral("reason"),
                           QStringLiteral("%1 older events recorded while the store was locked "
                                          "were dropped to keep the key-slot file small")
                               .arg(dropped));
            details.insert(QStringLiteral("dropped"), dropped);
            const QDateTime at = pending.isEmpty() ? QDateTime() : pending.first().at;
            const QString actor = QStringLiteral("(sign-in prompt)");
            const QString action = QStringLiteral("pending-events-dropped");
            const QString object = QStringLiteral("key-slot-file");
            auto r =
                at.isValid()
                    ? trail.appendAt(at, actor, action, object, details, QStringLiteral("dropped"))
                    : trail.append(actor, action, object, details, QStringLiteral("dropped"));
            if (!r)
                return r.error();
        }
        for (const PendingEvent& e : pending) {
            QJsonObject details = context;
            details.insert(QStringLiteral("reason"), e.detail);
            auto r = trail.appendAt(e.at, e.username, e.action, userAuditObject(e.username),
                                    details, e.outcome);
            if (!r)
                return r.error();
        }
        return {};
    });
    if (!moved)
        return moved;
    keys.clearPendingEvents();
    return {};
}

} // namespace alpr
