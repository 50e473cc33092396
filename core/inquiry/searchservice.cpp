// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/searchservice.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/casepolicy.h"
#include "cases/notescreen.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "imaging/enhance.h"
#include "imaging/imagecodec.h"
#include "inquiry/departmentsearch.h"
#include "inquiry/searchrecord.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/plateindexcache.h"
#include "store/departmentlink.h"
#include "store/inquiryrepository.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

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

// What is wrong with the request itself, in the same words on either
// store; the compiled pattern when nothing is.
Result<PlatePattern> compileRequest(const SearchRequest& request, const MisreadTable* misread)
{
    auto invalid = [](const QString& message) { return makeError(ErrorCode::Invalid, message); };
    if (request.maxEdits < 0 || request.maxEdits > 2)
        return invalid(QCoreApplication::translate("alpr::SearchService",
                                                   "--max-edits takes 0, 1 or 2, not %1")
                           .arg(request.maxEdits));
    if (request.filters.from.isValid() && request.filters.to.isValid() &&
        request.filters.from >= request.filters.to)
        return invalid(QCoreApplication::translate("alpr::SearchService",
                                                   "the time range is empty: %1 is not before %2")
                           .arg(request.filters.from.toUTC().toString(Qt::ISODate),
                                request.filters.to.toUTC().toString(Qt::ISODate)));
    auto pattern = PlatePattern::compile(request.pattern, misread);
    if (!pattern)
        return invalid(pattern.error().message);
    if (request.maxEdits > 0 && !pattern->isLiteral())
        return invalid(
            QCoreApplication::translate("alpr::SearchService",
                                        "near misses (--max-edits) are searched for a whole plate, "
                                        "not for a pattern with wildcards: \"%1\"")
                .arg(pattern->text()));
    return pattern;
}

// On the department store the server checks the search and records it, or
// its refusal. A refusal is said in the file store's words where this
// workstation's own check finds the same fault (the server decides).
Result<SearchOutcome> searchDepartment(Session& session, const SearchRequest& request)
{
    // The note is screened first: a refused one reaches no record.
    if (auto r = screenNote(request.note, session.clock().now().toUTC().date()); !r)
        return r.error();
    auto outcome = departmentsearch::search(session, request);
    if (outcome ||
        (outcome.error().code != ErrorCode::Denied && outcome.error().code != ErrorCode::Invalid))
        return outcome;
    auto policy = CasePolicy::load(session);
    if (!policy)
        return outcome;
    if (auto r = policy->check(request.caseNumber, request.purpose); !r)
        return r.error();
    if (auto pattern = compileRequest(request, nullptr); !pattern)
        return pattern.error();
    return outcome;
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
    if (m_session.isDepartment())
        return searchDepartment(m_session, request);
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    return finish(prepared.value(), run(prepared.value()));
}

SearchService::SearchService(Session& session)
    : m_session(session),
      // The department store's server searches; no plate reaches this machine unrecorded.
      m_index(session.isDepartment() ? nullptr
                                     : std::make_unique<PlateIndexCache>(storeOf(session)))
{
}

SearchService::~SearchService() = default;

Result<void> SearchService::buildIndex()
{
    if (!m_index) // the department store's server keeps its own
        return {};
    if (auto index = m_index->index(); !index)
        return index.error();
    return {};
}

Result<void> SearchService::catchUpIndex()
{
    if (!m_index)
        return {};
    return m_index->catchUp();
}

Result<PreparedSearch> SearchService::prepare(const SearchRequest& request)
{
    // The length and characters of the query's text first: nothing long or
    // with control characters reaches the record.
    const std::pair<const char*, const QString*> fields[] = {
        {"plate pattern", &request.pattern},
        {"state filter", &request.filters.attributes.state},
        {"camera filter", &request.filters.attributes.camera},
        {"make filter", &request.filters.attributes.make},
        {"color filter", &request.filters.attributes.color},
        {"body filter", &request.filters.attributes.body}};
    for (const auto& [field, text] : fields)
        if (auto r = checkTextInput(QLatin1String(field), *text, kMaxNameLength); !r)
            return r.error();

    PreparedSearch prepared;
    prepared.preparedAtMs = monotonicMs();
    prepared.request = request;
    Store& store = storeOf(m_session);
    const SearchAccess access = accessFor(request);
    if (auto r = checkSearchAllowed(m_session, access); !r)
        return r.error();

    std::optional<MisreadTable> misread;
    if (request.misread) {
        auto text = store.settings().value(QStringLiteral("misread_table"));
        if (!text)
            return text.error();
        auto table = MisreadTable::parse(text.value());
        if (!table)
            return table.error();
        misread = table.value();
    }
    auto pattern = compileRequest(request, misread ? &*misread : nullptr);
    if (!pattern) {
        if (auto logged = recordInvalidSearch(m_session, access, pattern.error().message); !logged)
            return logged.error();
        return pattern.error();
    }
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
    const ReadRepository& reads = storeOf(m_session).reads();

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
    // A read purged since the index last dropped purged reads is simply gone.
    outcome.totalCount -= qint64(ids.size()) - fetched->size();
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
    auto search = storeOf(m_session).inquiries().searchOf(searchId, m_session.user().username);
    if (!search)
        return search.error();
    if (!search.value())
        return makeError(ErrorCode::Denied, QCoreApplication::translate(
                                                "alpr::SearchService",
                                                "reads and images are opened under one of your own "
                                                "searches; search %1 is not one")
                                                .arg(searchId));
    const QJsonObject details{{QStringLiteral("case"), search.value()->caseNumber},
                              {QStringLiteral("purpose"), search.value()->purpose},
                              {QStringLiteral("search"), searchId},
                              {QStringLiteral("organization"), m_session.user().organization}};
    if (auto r = m_session.require(action, object, details); !r)
        return r.error();
    return details;
}

Result<ReadRecord> SearchService::openRead(qint64 readId, qint64 searchId)
{
    if (m_session.isDepartment()) {
        auto opened = departmentsearch::open(m_session, readId, searchId, std::nullopt, false);
        if (!opened)
            return opened.error();
        m_departmentImages.insert(readId, opened->images);
        return opened->read;
    }
    const QString object = QStringLiteral("read:%1").arg(readId);
    auto details = accessUnder(searchId, Action::Search, object);
    if (!details)
        return details.error();
    return storeOf(m_session).reads().openRecorded(
        readId, trailOf(m_session),
        TrailEntry{m_session.user().username, QStringLiteral("view-read"), object, details.value(),
                   QStringLiteral("success")});
}

Result<QByteArray>
SearchService::imageAccess(qint64 readId, ImageKind kind, qint64 searchId, bool enhanced,
                           const std::function<Result<void>(const QByteArray&)>& use)
{
    if (m_session.isDepartment()) {
        auto opened = departmentsearch::open(m_session, readId, searchId, kind, enhanced);
        if (!opened)
            return opened.error();
        if (use)
            if (auto r = use(opened->jpeg); !r)
                return r.error();
        return opened->jpeg;
    }
    const QString object = QStringLiteral("read:%1").arg(readId);
    auto details = accessUnder(searchId, Action::ViewImage, object);
    if (!details)
        return details.error();
    QJsonObject d = details.value();
    d.insert(QStringLiteral("image"), imageKindName(kind));
    if (enhanced)
        d.insert(QStringLiteral("enhanced"), true);
    return storeOf(m_session).reads().imageRecorded(readId, kind, trailOf(m_session),
                                                    TrailEntry{m_session.user().username,
                                                               QStringLiteral("view-image"), object,
                                                               d, QStringLiteral("success")},
                                                    use);
}

Result<QByteArray> SearchService::viewImage(qint64 readId, ImageKind kind, qint64 searchId)
{
    return imageAccess(readId, kind, searchId, false, {});
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
    if (m_session.isDepartment())
        return m_departmentImages.value(readId);
    return storeOf(m_session).reads().imageKinds(readId);
}

Result<QStringList> SearchService::recentCases(int count) const
{
    if (m_session.isDepartment()) {
        auto answer = departmentOf(m_session).call("recent_cases", {DepartmentArg::integer(count)});
        if (!answer)
            return answer.error();
        QStringList cases;
        for (const QJsonValue& value : answer->value(QStringLiteral("cases")).toArray())
            cases << value.toString();
        return cases;
    }
    return storeOf(m_session).inquiries().recentCases(m_session.user().username, count);
}

} // namespace alpr
