// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/searchservice.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "imaging/enhance.h"
#include "imaging/imagecodec.h"
#include "inquiry/searchrecord.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/plateindexcache.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <limits>

namespace alpr {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

SearchAccess accessFor(const SearchRequest& request)
{
    SearchAccess access;
    access.action = QStringLiteral("search");
    access.permission = Action::Search;
    access.caseNumber = request.caseNumber;
    access.purpose = request.purpose;
    access.query = request.queryJson();
    access.note = request.note;
    return access;
}

} // namespace

QJsonObject SearchFilters::toJson() const
{
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    const ReadAttributeFilter& a = attributes;
    const std::pair<const char*, const QString*> texts[] = {{"state", &a.state},
                                                            {"camera", &a.camera},
                                                            {"make", &a.make},
                                                            {"color", &a.color},
                                                            {"body", &a.body}};
    for (const auto& [key, value] : texts)
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (a.nearLatitude && a.nearLongitude)
        o.insert(QStringLiteral("near"),
                 QJsonObject{{QStringLiteral("latitude"), *a.nearLatitude},
                             {QStringLiteral("longitude"), *a.nearLongitude},
                             {QStringLiteral("metres"), a.nearMetres}});
    return o;
}

QJsonObject SearchRequest::queryJson() const
{
    QJsonObject o{{QStringLiteral("pattern"), pattern},
                  {QStringLiteral("misread"), misread},
                  {QStringLiteral("candidates"), candidates},
                  {QStringLiteral("limit"), limit}};
    if (maxEdits > 0)
        o.insert(QStringLiteral("max_edits"), maxEdits);
    const QJsonObject f = filters.toJson();
    if (!f.isEmpty())
        o.insert(QStringLiteral("filters"), f);
    return o;
}

Result<SearchOutcome> SearchService::search(const SearchRequest& request)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    return finish(prepared.value(), run(prepared.value()));
}

SearchService::SearchService(Session& session)
    : m_session(session), m_index(std::make_unique<PlateIndexCache>(storeOf(session)))
{
}

SearchService::~SearchService() = default;

Result<void> SearchService::buildIndex()
{
    if (auto index = m_index->index(); !index)
        return index.error();
    return {};
}

Result<PreparedSearch> SearchService::prepare(const SearchRequest& request)
{
    PreparedSearch prepared;
    prepared.preparedAtMs = monotonicMs();
    prepared.request = request;
    Store& store = storeOf(m_session);
    const SearchAccess access = accessFor(request);
    if (auto r = checkSearchAllowed(m_session, access); !r)
        return r.error();

    auto invalid = [&](const QString& message) -> Result<PreparedSearch> {
        if (auto logged = recordInvalidSearch(m_session, access, message); !logged)
            return logged.error();
        return makeError(ErrorCode::Invalid, message);
    };
    if (request.maxEdits < 0 || request.maxEdits > 2)
        return invalid(QStringLiteral("--max-edits takes 0, 1 or 2, not %1").arg(request.maxEdits));
    if (request.filters.from.isValid() && request.filters.to.isValid() &&
        request.filters.from >= request.filters.to)
        return invalid(QStringLiteral("the time range is empty: %1 is not before %2")
                           .arg(request.filters.from.toUTC().toString(Qt::ISODate),
                                request.filters.to.toUTC().toString(Qt::ISODate)));

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
    if (!pattern)
        return invalid(pattern.error().message);
    if (request.maxEdits > 0 && !pattern->isLiteral())
        return invalid(QStringLiteral("near misses (--max-edits) are searched for a whole plate, "
                                      "not for a pattern with wildcards: \"%1\"")
                           .arg(pattern->text()));
    prepared.pattern = pattern.value();
    auto index = m_index->index();
    if (!index)
        return index.error();
    prepared.index = index.value();
    return prepared;
}

EngineResult SearchService::run(const PreparedSearch& prepared)
{
    const SearchRequest& r = prepared.request;
    EngineQuery query;
    query.pattern = &prepared.pattern;
    query.maxEdits = r.maxEdits;
    query.candidates = r.candidates;
    if (r.filters.from.isValid())
        query.fromMs = r.filters.from.toMSecsSinceEpoch();
    if (r.filters.to.isValid())
        query.toMs = r.filters.to.toMSecsSinceEpoch();
    // With attribute filters the store decides which hits count: rank them all.
    query.limit = r.filters.attributes.isEmpty() ? r.limit : 0;
    return runEngine(*prepared.index, query);
}

Result<SearchOutcome> SearchService::finish(const PreparedSearch& prepared, EngineResult engine)
{
    const SearchRequest& request = prepared.request;
    const qint64 engineDoneMs = monotonicMs();
    Store& store = storeOf(m_session);
    ReadRepository reads(store.database());

    SearchOutcome outcome;
    outcome.pattern = prepared.pattern.text();
    outcome.totalCount = engine.total;
    std::vector<qint64> ids;
    ids.reserve(engine.top.size());
    for (const EngineHit& hit : engine.top)
        ids.push_back(hit.readId);
    if (!request.filters.attributes.isEmpty()) {
        auto passed = reads.filter(ids, request.filters.attributes);
        if (!passed)
            return passed.error();
        ids = std::move(passed.value());
        outcome.totalCount = qint64(ids.size());
        if (request.limit > 0 && qsizetype(ids.size()) > request.limit)
            ids.resize(std::size_t(request.limit));
    }
    auto fetched = reads.fetch(ids);
    if (!fetched)
        return fetched.error();
    QHash<qint64, const EngineHit*> hitOf;
    for (const EngineHit& hit : engine.top)
        hitOf.insert(hit.readId, &hit);
    for (ReadRecord& read : fetched.value()) {
        const EngineHit* hit = hitOf.value(read.id);
        outcome.hits.append(
            {std::move(read), hit->reason, hit->cost, prepared.index->plate(hit->plateSlot)});
    }

    // The search record and its audit event commit together, before any
    // result is shown.
    SearchAccess access = accessFor(request);
    access.resultCount = outcome.totalCount;
    access.extra.insert(QStringLiteral("normalized_pattern"), outcome.pattern);
    auto searchId = recordSearch(m_session, access);
    if (!searchId)
        return searchId.error();
    outcome.searchId = searchId.value();
    outcome.elapsedMs = monotonicMs() - prepared.preparedAtMs;
    outcome.engineMs = engineDoneMs - prepared.preparedAtMs;
    return outcome;
}

Result<QJsonObject> SearchService::accessUnder(qint64 searchId, Action action,
                                               const QString& object)
{
    QSqlQuery q(storeOf(m_session).database());
    q.prepare(
        QStringLiteral("SELECT case_number, purpose FROM searches WHERE id = ? AND username = ?"));
    q.addBindValue(searchId);
    q.addBindValue(m_session.user().username);
    if (auto r = execPrepared(q, QStringLiteral("looking up the search")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Denied,
                         QStringLiteral("reads and images are opened under one of your own "
                                        "searches; search %1 is not one")
                             .arg(searchId));
    const QJsonObject details{{QStringLiteral("case"), q.value(0).toString()},
                              {QStringLiteral("purpose"), q.value(1).toString()},
                              {QStringLiteral("search"), searchId},
                              {QStringLiteral("organization"), m_session.user().organization}};
    q.finish();
    if (auto r = m_session.require(action, object, details); !r)
        return r.error();
    return details;
}

Result<void> SearchService::recordAccess(const QString& action, const QString& object,
                                         const QJsonObject& details)
{
    auto logged = trailOf(m_session).append(m_session.user().username, action, object, details,
                                            QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return {};
}

Result<ReadRecord> SearchService::openRead(qint64 readId, qint64 searchId)
{
    const QString object = QStringLiteral("read:%1").arg(readId);
    auto details = accessUnder(searchId, Action::Search, object);
    if (!details)
        return details.error();
    Store& store = storeOf(m_session);
    ReadRecord read;
    auto opened = store.transaction([&]() -> Result<void> {
        auto fetched = ReadRepository(store.database()).fetch({readId});
        if (!fetched)
            return fetched.error();
        if (fetched->isEmpty())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("there is no read %1").arg(readId));
        read = fetched->first();
        QJsonObject d = details.value();
        d.insert(QStringLiteral("plate"), read.plate);
        return recordAccess(QStringLiteral("view-read"), object, d);
    });
    if (!opened)
        return opened.error();
    return read;
}

Result<void> SearchService::imageAccess(qint64 readId, ImageKind kind, qint64 searchId,
                                        bool enhanced,
                                        const std::function<Result<void>(const QByteArray&)>& use)
{
    const QString object = QStringLiteral("read:%1").arg(readId);
    auto details = accessUnder(searchId, Action::ViewImage, object);
    if (!details)
        return details.error();
    Store& store = storeOf(m_session);
    return store.transaction([&]() -> Result<void> {
        ReadRepository reads(store.database());
        auto image = reads.image(readId, kind);
        if (!image)
            return image.error();
        if (auto r = use(image.value()); !r)
            return r;
        auto fetched = reads.fetch({readId});
        if (!fetched)
            return fetched.error();
        QJsonObject d = details.value();
        d.insert(QStringLiteral("image"), imageKindName(kind));
        if (enhanced)
            d.insert(QStringLiteral("enhanced"), true);
        if (!fetched->isEmpty())
            d.insert(QStringLiteral("plate"), fetched->first().plate);
        return recordAccess(QStringLiteral("view-image"), object, d);
    });
}

Result<QByteArray> SearchService::viewImage(qint64 readId, ImageKind kind, qint64 searchId)
{
    QByteArray jpeg;
    auto viewed = imageAccess(readId, kind, searchId, false, [&](const QByteArray& bytes) {
        jpeg = bytes;
        return Result<void>();
    });
    if (!viewed)
        return viewed.error();
    return jpeg;
}

Result<QImage> SearchService::viewEnhancedImage(qint64 readId, ImageKind kind, qint64 searchId)
{
    QImage enhanced;
    auto viewed =
        imageAccess(readId, kind, searchId, true, [&](const QByteArray& bytes) -> Result<void> {
            auto decoded = decodeImage(bytes);
            if (!decoded)
                return decoded.error();
            auto better = enhanceForReading(decoded.value());
            if (!better)
                return better.error();
            enhanced = better.value();
            return {};
        });
    if (!viewed)
        return viewed.error();
    return enhanced;
}

Result<QList<ImageKind>> SearchService::imageKinds(qint64 readId) const
{
    return ReadRepository(storeOf(m_session).database()).imageKinds(readId);
}

Result<QStringList> SearchService::recentCases(int count) const
{
    QSqlQuery q(storeOf(m_session).database());
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
