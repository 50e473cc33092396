// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/searchservice.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "cases/searchrecord.h"
#include "common/clock.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>

namespace alpr {

QString plateMatchName(PlateMatch match)
{
    switch (match) {
    case PlateMatch::Exact:
        return QStringLiteral("exact");
    case PlateMatch::Pattern:
        return QStringLiteral("pattern");
    case PlateMatch::Misread:
        return QStringLiteral("misread");
    case PlateMatch::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject SearchRequest::queryJson() const
{
    return {{QStringLiteral("pattern"), pattern},
            {QStringLiteral("misread"), misread},
            {QStringLiteral("limit"), limit}};
}

Result<SearchOutcome> SearchService::search(const SearchRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    Store& store = m_session.store();
    SearchAccess access;
    access.action = QStringLiteral("search");
    access.permission = Action::Search;
    access.caseNumber = request.caseNumber;
    access.purpose = request.purpose;
    access.query = request.queryJson();
    if (auto r = checkSearchAllowed(m_session, access); !r)
        return r.error();

    std::optional<MisreadTable> misread;
    if (request.misread) {
        auto text = store.setting(QStringLiteral("misread_table"));
        if (!text)
            return text.error();
        auto table = MisreadTable::parse(text.value());
        if (!table)
            return table.error();
        misread = table.value();
    }
    auto pattern = PlatePattern::compile(request.pattern, misread ? &*misread : nullptr);
    if (!pattern) {
        if (auto logged = recordInvalidSearch(m_session, access, pattern.error().message); !logged)
            return logged.error();
        return pattern.error();
    }

    // Which plates match, and how.
    auto built = m_session.plateIndex();
    if (!built)
        return built.error();
    const PlateIndex& index = *built.value();
    const std::vector<PlateMatchEntry> plates = index.match(pattern.value());
    std::vector<qint64> ids;
    QHash<qint64, const PlateMatchEntry*> matchOfRead;
    for (const PlateMatchEntry& entry : plates) {
        for (qint64 id : index.readIds(entry.slot)) {
            ids.push_back(id);
            matchOfRead.insert(id, &entry);
        }
    }

    ReadRepository reads(store.database());
    auto fetched = reads.fetch(ids);
    if (!fetched)
        return fetched.error();
    QList<SearchHit> hits;
    hits.reserve(fetched->size());
    for (ReadRecord& read : fetched.value()) {
        const PlateMatchEntry* entry = matchOfRead.value(read.id);
        hits.append({std::move(read), entry->match, entry->misreadCost});
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        const bool aExact = a.match == PlateMatch::Exact;
        const bool bExact = b.match == PlateMatch::Exact;
        if (aExact != bExact)
            return aExact;
        if (a.misreadCost != b.misreadCost)
            return a.misreadCost < b.misreadCost;
        if (a.read.capturedAt != b.read.capturedAt)
            return a.read.capturedAt > b.read.capturedAt;
        return a.read.id > b.read.id;
    });

    SearchOutcome outcome;
    outcome.pattern = pattern->text();
    outcome.totalCount = hits.size();
    if (request.limit > 0 && hits.size() > request.limit)
        hits.resize(request.limit);
    outcome.hits = std::move(hits);

    // The search record and its audit event commit together, before any
    // result is shown.
    access.resultCount = outcome.totalCount;
    access.extra.insert(QStringLiteral("normalized_pattern"), outcome.pattern);
    auto searchId = recordSearch(m_session, access);
    if (!searchId)
        return searchId.error();
    outcome.searchId = searchId.value();
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

Result<QByteArray> SearchService::viewImage(qint64 readId, ImageKind kind, qint64 searchId)
{
    const QString object = QStringLiteral("read:%1").arg(readId);
    Store& store = m_session.store();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT case_number, purpose FROM searches WHERE id = ? AND username = ?"));
    q.addBindValue(searchId);
    q.addBindValue(m_session.user().username);
    if (auto r = execPrepared(q, QStringLiteral("looking up the search")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Denied,
                         QStringLiteral("images are viewed under one of your own searches; "
                                        "search %1 is not one")
                             .arg(searchId));
    const QJsonObject details{{QStringLiteral("case"), q.value(0).toString()},
                              {QStringLiteral("purpose"), q.value(1).toString()},
                              {QStringLiteral("search"), searchId},
                              {QStringLiteral("image"), imageKindName(kind)}};
    q.finish();
    if (auto r = m_session.require(Action::ViewImage, object, details); !r)
        return r.error();

    QByteArray jpeg;
    auto viewed = store.transaction([&]() -> Result<void> {
        auto image = ReadRepository(store.database()).image(readId, kind);
        if (!image)
            return image.error();
        jpeg = image.value();
        auto logged = m_session.audit().append(m_session.user().username,
                                               QStringLiteral("view-image"), object, details,
                                               QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    });
    if (!viewed)
        return viewed.error();
    return jpeg;
}

Result<QList<ImageKind>> SearchService::imageKinds(qint64 readId) const
{
    return ReadRepository(m_session.store().database()).imageKinds(readId);
}

Result<QStringList> SearchService::recentCases(int count) const
{
    QSqlQuery q(m_session.store().database());
    q.prepare(QStringLiteral("SELECT case_number, max(at) AS last FROM searches "
                             "WHERE username = ? GROUP BY case_number ORDER BY last DESC LIMIT ?"));
    q.addBindValue(m_session.user().username);
    q.addBindValue(count);
    if (auto r = execPrepared(q, QStringLiteral("listing recent cases")); !r)
        return r.error();
    QStringList cases;
    while (q.next())
        cases << q.value(0).toString();
    return cases;
}

} // namespace alpr
