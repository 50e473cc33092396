// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/hitmatching.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "common/readrecord.h"
#include "common/textinput.h"
#include "hits/departmenthotlists.h"
#include "hits/hotlists.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <algorithm>

namespace alpr {

Result<void> HitMatching::refresh()
{
    Store& store = storeOf(m_session);
    auto generation = store.hotLists().generation();
    if (!generation)
        return generation.error();
    auto misreadText = store.settings().value(QStringLiteral("misread_table"));
    if (!misreadText)
        return misreadText.error();
    auto hours = store.settings().value(QStringLiteral("hotlist_stale_hours"));
    if (!hours)
        return hours.error();
    bool ok = false;
    const int staleHours = hours->toInt(&ok);
    m_staleHours = ok && staleHours > 0 ? staleHours : kDefaultStaleHours;
    if (generation.value() == m_generation && misreadText.value() == m_misreadText)
        return {};
    auto misread = MisreadTable::parse(misreadText.value());
    if (!misread)
        return misread.error();
    auto lists = store.hotLists().lists();
    if (!lists)
        return lists.error();
    auto active = store.hotLists().activeEntries(m_session.clock().now());
    if (!active)
        return active.error();
    m_lists.clear();
    for (const HotList& l : lists.value())
        m_lists.insert(l.id, l);
    m_matcher.build(std::move(active.value()), misread.value());
    m_generation = generation.value();
    m_misreadText = misreadText.value();
    return {};
}

Result<void> HitMatching::matchAndStore(const QList<ReadRecord>& reads, QJsonObject& details)
{
    if (auto r = refresh(); !r)
        return r;
    if (m_matcher.entries().empty())
        return {};
    Store& store = storeOf(m_session);
    const QDateTime now = m_session.clock().now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime staleBefore = now.addSecs(-qint64(m_staleHours) * 3600);
    // First every match, then the entries they matched in a few statements.
    std::vector<std::pair<qint64, MatcherHit>> matched; // read id, hit
    std::vector<MatcherHit> found;
    for (const ReadRecord& read : reads) {
        if (read.id == 0)
            continue;
        m_matcher.match(read, nowMs, found);
        for (MatcherHit& m : found)
            matched.emplace_back(read.id, std::move(m));
    }
    if (matched.empty())
        return {};
    std::vector<qint64> ids;
    for (const auto& [readId, m] : matched)
        ids.push_back(m_matcher.entries()[size_t(m.entry)].entryId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto entries = store.hotLists().entriesById(ids);
    if (!entries)
        return entries.error();
    QHash<qint64, HotListEntry> byId;
    for (const HotListEntry& e : entries.value())
        byId.insert(e.id, e);
    std::vector<HitRecord> hits;
    hits.reserve(matched.size());
    for (const auto& [readId, m] : matched) {
        const ActiveEntry& a = m_matcher.entries()[size_t(m.entry)];
        const auto entry = byId.constFind(a.entryId);
        if (entry == byId.cend())
            continue; // gone since the matcher was built
        const HotList list = m_lists.value(a.listId);
        const HotListEntry& e = entry.value();
        const QDateTime asOf = list.extractAt.isValid() ? list.extractAt : list.loadedAt;
        HitRecord h;
        h.readId = readId;
        h.listId = a.listId;
        h.entryId = a.entryId;
        h.matchedAt = now;
        h.matchKind = hitKindName(m.kind);
        h.matchedPlate = m.matchedPlate;
        h.stateDiffers = m.stateDiffers;
        h.stale = list.kind == HotListKind::General && asOf < staleBefore;
        h.priority = list.priority;
        h.covert = list.covert;
        h.status = QStringLiteral("new");
        // What the entry said when it matched: replacing the list later
        // never changes a past hit.
        QJsonObject snapshot{{QStringLiteral("list"), list.name},
                             {QStringLiteral("list_kind"), hotListKindName(list.kind)},
                             {QStringLiteral("purpose"), list.purpose},
                             {QStringLiteral("entry"), e.id},
                             {QStringLiteral("plate"), e.plate},
                             {QStringLiteral("pattern"), e.isPattern},
                             {QStringLiteral("state"), e.state},
                             {QStringLiteral("reason"), e.reason},
                             {QStringLiteral("case"), e.caseNumber},
                             {QStringLiteral("synopsis"), e.synopsis},
                             {QStringLiteral("entered_by"), e.enteredBy},
                             {QStringLiteral("approved_by"), e.approvedBy},
                             {QStringLiteral("details"), e.details}};
        if (list.extractAt.isValid())
            snapshot.insert(QStringLiteral("extract_time"), list.extractAt.toString(Qt::ISODate));
        snapshot.insert(QStringLiteral("loaded_at"), list.loadedAt.toString(Qt::ISODate));
        if (e.expiresAt.isValid())
            snapshot.insert(QStringLiteral("expires"), e.expiresAt.toString(Qt::ISODate));
        h.snapshot = snapshot;
        hits.push_back(std::move(h));
    }
    if (hits.empty())
        return {};
    if (auto r = store.hotLists().insertHits(hits); !r)
        return r;
    details.insert(QStringLiteral("hits"), qint64(hits.size()));
    return {};
}

Result<QList<HitRecord>> Hits::list(const QString& status, int limit)
{
    if (auto r = m_session.require(Action::VerifyHit, QStringLiteral("hits")); !r)
        return r.error();
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("taken"),
                                      QStringLiteral("confirmed"), QStringLiteral("rejected")};
    if (!status.isEmpty() && !statuses.contains(status))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not the status of a hit; give one of %2.")
                             .arg(escapeControls(status), statuses.join(u", ")));
    // The server lists, and records the listing, itself.
    if (m_session.isDepartment())
        return departmenthotlists::hits(m_session, status, 0, limit);
    HitFilter filter;
    filter.status = status;
    filter.viewer = m_session.user().username;
    filter.limit = limit;
    auto found = storeOf(m_session).hotLists().hits(filter);
    if (!found)
        return found.error();
    auto logged = trailOf(m_session).append(
        m_session.user().username, QStringLiteral("hits-listed"), QStringLiteral("hits"),
        {{QStringLiteral("status"), status.isEmpty() ? QStringLiteral("any") : status},
         {QStringLiteral("shown"), int(found->size())}},
        QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return found;
}

Result<HitRecord> Hits::show(qint64 hitId)
{
    const QString object = QStringLiteral("hit:%1").arg(hitId);
    if (auto r = m_session.require(Action::VerifyHit, object); !r)
        return r.error();
    if (m_session.isDepartment()) {
        auto found = departmenthotlists::hits(m_session, {}, hitId, 1);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return makeError(ErrorCode::NotFound, tr("There is no hit %1.").arg(hitId));
        return found->first();
    }
    auto found = visibleHitRecord(m_session, hitId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no hit %1.").arg(hitId));
    auto logged = trailOf(m_session).append(m_session.user().username, QStringLiteral("hit-viewed"),
                                            object, {}, QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return *found.value();
}

Result<std::optional<HitRecord>> visibleHitRecord(Session& session, qint64 hitId)
{
    HitFilter filter;
    filter.hitId = hitId;
    filter.viewer = session.user().username;
    filter.limit = 1;
    auto found = storeOf(session).hotLists().hits(filter);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HitRecord>();
    return std::optional<HitRecord>(found->first());
}

} // namespace alpr
