// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/searchrecord.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/casepolicy.h"
#include "cases/notescreen.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/inquiryrepository.h"
#include "store/store.h"

namespace alpr {

namespace {

// What 1798.90.52 asks of the record: case, purpose, the query, and the
// user's organization (the user name is the event's own).
QJsonObject auditDetails(const Session& session, const SearchAccess& access)
{
    QJsonObject d = access.extra;
    d.insert(QStringLiteral("organization"), session.user().organization);
    // A refused case number or purpose over the limit is kept cut, with its
    // length: the refusal is on record, the flood is not.
    const auto limited = [&d](const QString& key, const QString& text) {
        d.insert(key, text.left(kMaxNameLength));
        if (text.size() > kMaxNameLength)
            d.insert(key + QStringLiteral("_length"), text.size());
    };
    limited(QStringLiteral("case"), access.caseNumber);
    limited(QStringLiteral("purpose"), access.purpose);
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
    auto policy = CasePolicy::load(session);
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
    SearchEntry search;
    search.userId = session.user().id;
    search.username = session.user().username;
    search.at = session.clock().now();
    search.caseNumber = access.caseNumber;
    search.purpose = access.purpose;
    search.query = access.query;
    search.resultCount = access.resultCount;
    search.note = access.note;
    search.action = access.action;
    search.auditDetails = auditDetails(session, access);
    search.auditDetails.insert(QStringLiteral("result_count"), access.resultCount);
    return storeOf(session).inquiries().recordSearch(search, trailOf(session));
}

} // namespace alpr
