// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/searchrecord.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/casepolicy.h"
#include "cases/notescreen.h"
#include "common/clock.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace alpr {

namespace {

// What 1798.90.52 asks of the record: case, purpose, the query, and the
// user's organization (the user name is the event's own).
QJsonObject auditDetails(const Session& session, const SearchAccess& access)
{
    QJsonObject d = access.extra;
    d.insert(QStringLiteral("organization"), session.user().organization);
    d.insert(QStringLiteral("case"), access.caseNumber);
    d.insert(QStringLiteral("purpose"), access.purpose);
    d.insert(QStringLiteral("query"), access.query);
    if (!access.note.isEmpty())
        d.insert(QStringLiteral("note"), access.note);
    return d;
}

Result<void> appendOutcome(Session& session, const SearchAccess& access, const QString& outcome,
                           const QString& reason)
{
    QJsonObject d = auditDetails(session, access);
    d.insert(QStringLiteral("reason"), reason);
    auto logged =
        trailOf(session).append(session.user().username, access.action, access.action, d, outcome);
    if (!logged)
        return logged.error();
    return {};
}

} // namespace

Result<void> checkSearchAllowed(Session& session, const SearchAccess& access)
{
    // The note first: a refused note must not reach any record, this
    // refusal's included.
    if (auto r = screenNote(access.note, session.clock().now().toUTC().date()); !r) {
        SearchAccess withoutNote = access;
        withoutNote.note.clear();
        if (auto logged =
                appendOutcome(session, withoutNote, QStringLiteral("refused"), r.error().message);
            !logged)
            return logged;
        return r;
    }
    if (auto r = session.require(access.permission, access.action, auditDetails(session, access));
        !r)
        return r;
    auto policy = CasePolicy::load(storeOf(session));
    if (!policy)
        return policy.error();
    if (auto r = policy->check(access.caseNumber, access.purpose); !r) {
        if (auto logged =
                appendOutcome(session, access, QStringLiteral("refused"), r.error().message);
            !logged)
            return logged;
        return r;
    }
    return {};
}

Result<void> recordInvalidSearch(Session& session, const SearchAccess& access,
                                 const QString& reason)
{
    return appendOutcome(session, access, QStringLiteral("invalid"), reason);
}

Result<qint64> recordSearch(Session& session, const SearchAccess& access)
{
    Store& store = storeOf(session);
    const QString& username = session.user().username;
    const QDateTime now = session.clock().now();
    qint64 searchId = 0;
    auto recorded = store.transaction([&]() -> Result<void> {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("INSERT INTO searches(user_id, username, at, case_number, "
                                 "purpose, query, result_count, note) VALUES (?,?,?,?,?,?,?,?)"));
        q.addBindValue(session.user().id);
        q.addBindValue(username);
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(sqlText(access.caseNumber));
        q.addBindValue(sqlText(access.purpose));
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(access.query).toJson(QJsonDocument::Compact)));
        q.addBindValue(access.resultCount);
        q.addBindValue(sqlText(access.note));
        if (auto r = execPrepared(q, QStringLiteral("recording the search")); !r)
            return r;
        searchId = q.lastInsertId().toLongLong();

        QJsonObject d = auditDetails(session, access);
        d.insert(QStringLiteral("result_count"), access.resultCount);
        auto seq = trailOf(session).append(username, access.action,
                                           QStringLiteral("search:%1").arg(searchId), d,
                                           QStringLiteral("success"));
        if (!seq)
            return seq.error();
        q.prepare(QStringLiteral("UPDATE searches SET audit_seq = ? WHERE id = ?"));
        q.addBindValue(seq.value());
        q.addBindValue(searchId);
        if (auto r = execPrepared(q, QStringLiteral("linking the search to its record")); !r)
            return r;
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO cases(number, first_user, first_at) VALUES (?,?,?)"));
        q.addBindValue(access.caseNumber);
        q.addBindValue(username);
        q.addBindValue(now.toMSecsSinceEpoch());
        return execPrepared(q, QStringLiteral("recording the case number"));
    });
    if (!recorded)
        return recorded.error();
    return searchId;
}

} // namespace alpr
