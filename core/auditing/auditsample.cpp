// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/auditsample.h"

#include "auditing/departmentsamples.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/casepolicy.h"
#include "cases/notescreen.h"
#include "cases/purposes.h"
#include "common/clock.h"
#include "common/splitmix.h"
#include "store/samplerepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace alpr {

namespace {

constexpr quint64 kGolden = 0x9E3779B97F4A7C15ULL;

// The k-th number of the SplitMix64 sequence of a seed.
struct SplitMixSequence
{
    quint64 seed;
    quint64 k = 0;
    quint64 next() { return splitMix64(seed + kGolden * k++); }
    // Uniform in [0, n) by rejection, so no value is favoured.
    quint64 below(quint64 n)
    {
        const quint64 limit = n * (~quint64(0) / n); // a multiple of n
        quint64 x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }
};

QJsonValue triJson(const std::optional<bool>& b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

// The events a sample was drawn from: the file's, or the server's answer.
Result<std::vector<qint64>> populationSeqs(Session& session, const AuditSample& sample)
{
    if (session.isDepartment()) {
        auto loaded = departmentsamples::load(session, sample.id, true);
        if (!loaded)
            return loaded.error();
        return loaded->population;
    }
    return storeOf(session).samples().population(sampleActions(sample.kind), sample.period.start,
                                                 sample.period.end, sample.throughSeq);
}

std::vector<qint64> pick(quint64 seed, const std::vector<qint64>& population, int size)
{
    std::vector<qint64> chosen;
    for (qint64 position : drawPositions(seed, qint64(population.size()), size))
        chosen.push_back(population[std::size_t(position)]);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

// What the software can tell about a sampled event by itself.
AutomaticChecks checkEvent(const CasePolicy& policy, const QHash<QString, Purpose>& purposes,
                           const AuditEvent& e, const SampleEventFacts& facts)
{
    AutomaticChecks c;
    const QString caseNumber = e.details.value(QStringLiteral("case")).toString();
    const QString purpose = e.details.value(QStringLiteral("purpose")).toString();
    c.caseFormatValid = policy.caseNumberValid(caseNumber);
    const auto p = purposes.constFind(purpose);
    c.purposeListed = p != purposes.constEnd();
    c.purposeActive = c.purposeListed && p->active;
    for (const char* field : {"case", "purpose", "organization"})
        if (!e.details.contains(QLatin1String(field)))
            c.dataErrors << QCoreApplication::translate("alpr::AuditSample",
                                                        "the record has no \"%1\"")
                                .arg(QLatin1String(field));

    if (const auto& firstUse = facts.caseFirstUse)
        c.caseOnRecord = firstUse->toMSecsSinceEpoch() <= e.at.toMSecsSinceEpoch();

    const bool isImage = e.action == QLatin1String("view-image");
    if (isImage) {
        // The search the image was viewed under must be this user's, same case.
        const qint64 searchId = e.details.value(QStringLiteral("search")).toInteger();
        const auto& search = facts.search;
        if (!search)
            c.dataErrors << QCoreApplication::translate(
                                "alpr::AuditSample",
                                "search %1, under which the image was viewed, is not "
                                "on record")
                                .arg(searchId);
        else if (search->username != e.username || search->caseNumber != caseNumber ||
                 search->purpose != purpose)
            c.dataErrors << QCoreApplication::translate(
                                "alpr::AuditSample",
                                "search %1 was made by %2 under case %3 (%4), not as "
                                "this record says")
                                .arg(searchId)
                                .arg(search->username, search->caseNumber, search->purpose);
        if (!e.details.contains(QStringLiteral("image")))
            c.dataErrors << QCoreApplication::translate("alpr::AuditSample",
                                                        "the record does not say which image");
        return c;
    }
    // A search or canvass: its searches row must agree with the event.
    if (!e.details.contains(QStringLiteral("query")))
        c.dataErrors << QCoreApplication::translate("alpr::AuditSample", "the record has no query");
    const auto& search = facts.search;
    if (!search) {
        c.dataErrors << QCoreApplication::translate("alpr::AuditSample",
                                                    "no search row refers to this record");
        return c;
    }
    if (search->caseNumber != caseNumber || search->purpose != purpose ||
        search->username != e.username)
        c.dataErrors << QCoreApplication::translate("alpr::AuditSample",
                                                    "the search row says %1, case %2, purpose %3")
                            .arg(search->username, search->caseNumber, search->purpose);
    const qint64 eventCount = e.details.value(QStringLiteral("result_count")).toInteger(-1);
    if (search->resultCount != eventCount)
        c.dataErrors << QCoreApplication::translate(
                            "alpr::AuditSample", "the search row counts %1 results, the record %2")
                            .arg(search->resultCount)
                            .arg(eventCount);
    return c;
}

// What the checks of a file store's event look at, from its tables.
SampleEventFacts fileFacts(SampleRepository& samples, const AuditEvent& e)
{
    SampleEventFacts facts;
    facts.caseFirstUse = samples.caseFirstUse(e.details.value(QStringLiteral("case")).toString());
    facts.search = e.action == QLatin1String("view-image")
                       ? samples.searchById(e.details.value(QStringLiteral("search")).toInteger())
                       : samples.searchByAuditSeq(e.seq);
    return facts;
}

Result<void> fillChecks(Session& session, QList<SampleItem>& items,
                        const std::function<SampleEventFacts(const SampleItem&)>& factsOf)
{
    auto policy = CasePolicy::load(session);
    if (!policy)
        return policy.error();
    auto list = listPurposes(session);
    if (!list)
        return list.error();
    QHash<QString, Purpose> purposes;
    for (const Purpose& p : list.value())
        purposes.insert(p.code, p);
    for (SampleItem& item : items)
        item.checks = checkEvent(policy.value(), purposes, item.event, factsOf(item));
    return {};
}

AuditSample sampleFrom(const StoredSample& row)
{
    AuditSample s;
    s.id = row.id;
    s.kind = sampleKindFromName(row.kind).value_or(SampleKind::Searches);
    s.period.label = row.period;
    s.period.start = row.periodStart;
    s.period.end = row.periodEnd;
    s.seed = row.seed;
    s.requestedSize = row.requestedSize;
    s.population = row.population;
    s.throughSeq = row.throughSeq;
    s.drawnBy = row.drawnBy;
    s.drawnAt = row.drawnAt;
    s.auditSeq = row.auditSeq;
    return s;
}

} // namespace

namespace {

// What each kind samples, how often and how many at least.
struct KindInfo
{
    SampleKind kind;
    const char* name;
    QStringList actions;
    int minimum;
    bool halfYearly; // else quarterly
    const char* plural;
    const char* singular;
};

const QList<KindInfo>& kindInfos()
{
    static const QList<KindInfo> infos{
        {SampleKind::Searches,
         "searches",
         {QStringLiteral("search"), QStringLiteral("canvass")},
         10,
         true,
         QT_TRANSLATE_NOOP("alpr::AuditSample", "search inquiries"),
         QT_TRANSLATE_NOOP("alpr::AuditSample", "search inquiry")},
        {SampleKind::Images,
         "images",
         {QStringLiteral("view-image")},
         5,
         false,
         QT_TRANSLATE_NOOP("alpr::AuditSample", "image views"),
         QT_TRANSLATE_NOOP("alpr::AuditSample", "image view")},
        // Los Altos 462.4(h): a hit is verified before anyone acts on it;
        // the audit looks at the verifications as it looks at searches.
        {SampleKind::Hits,
         "hits",
         {QStringLiteral("hit-decided")},
         5,
         false,
         QT_TRANSLATE_NOOP("alpr::AuditSample", "hit verifications"),
         QT_TRANSLATE_NOOP("alpr::AuditSample", "hit verification")},
        // Evidence leaves the building on a medium: the audit looks at what
        // went, for which case, and its custody (issue 16).
        {SampleKind::Exports,
         "exports",
         {QStringLiteral("evidence-export")},
         5,
         false,
         QT_TRANSLATE_NOOP("alpr::AuditSample", "evidence exports"),
         QT_TRANSLATE_NOOP("alpr::AuditSample", "evidence export")},
        // Sharing with other agencies (Civil Code 1798.90.55; Los Altos 462.7).
        {SampleKind::Releases,
         "releases",
         {QStringLiteral("release-request"), QStringLiteral("release-decision")},
         5,
         false,
         QT_TRANSLATE_NOOP("alpr::AuditSample", "release requests and decisions"),
         QT_TRANSLATE_NOOP("alpr::AuditSample", "release request or decision")},
    };
    return infos;
}

const KindInfo& infoOf(SampleKind kind)
{
    for (const KindInfo& i : kindInfos())
        if (i.kind == kind)
            return i;
    return kindInfos().first();
}

} // namespace

QString sampleKindName(SampleKind kind)
{
    return QLatin1String(infoOf(kind).name);
}

std::optional<SampleKind> sampleKindFromName(const QString& name)
{
    for (const KindInfo& i : kindInfos())
        if (name == QLatin1String(i.name))
            return i.kind;
    return std::nullopt;
}

QString sampleKindNoun(SampleKind kind, bool plural)
{
    const KindInfo& i = infoOf(kind);
    return QCoreApplication::translate("alpr::AuditSample", plural ? i.plural : i.singular);
}

int policyMinimum(SampleKind kind)
{
    return infoOf(kind).minimum;
}

QStringList sampleActions(SampleKind kind)
{
    return infoOf(kind).actions;
}

Result<AuditPeriod> parseAuditPeriod(const QString& text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("(\\d{4})-([HQ])([1-4])")),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
    const bool half = m.captured(2).compare(QLatin1String("H"), Qt::CaseInsensitive) == 0;
    const int n = m.captured(3).toInt();
    if (!m.hasMatch() || year < 2000 || (half && n > 2))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AuditSample",
                                        "\"%1\" is not an audit period: give a half-year like "
                                        "2026-H1 or a quarter like 2026-Q3")
                .arg(text));
    const int months = half ? 6 : 3;
    const QDate start(year, (n - 1) * months + 1, 1);
    AuditPeriod p;
    p.label = QStringLiteral("%1-%2%3")
                  .arg(year)
                  .arg(half ? QStringLiteral("H") : QStringLiteral("Q"))
                  .arg(n);
    p.start = QDateTime(start, QTime(0, 0), Qt::UTC);
    p.end = QDateTime(start.addMonths(months), QTime(0, 0), Qt::UTC);
    return p;
}

QString lastCompletePeriod(SampleKind kind, const QDateTime& now)
{
    const QDate d = now.toUTC().date();
    if (infoOf(kind).halfYearly)
        return d.month() <= 6 ? QStringLiteral("%1-H2").arg(d.year() - 1)
                              : QStringLiteral("%1-H1").arg(d.year());
    const int quarter = (d.month() - 1) / 3 + 1;
    return quarter == 1 ? QStringLiteral("%1-Q4").arg(d.year() - 1)
                        : QStringLiteral("%1-Q%2").arg(d.year()).arg(quarter - 1);
}

QString findingName(Finding f)
{
    switch (f) {
    case Finding::Complies:
        return QStringLiteral("complies");
    case Finding::Violation:
        return QStringLiteral("violation");
    case Finding::FollowUp:
        return QStringLiteral("follow-up");
    }
    return {};
}

std::optional<Finding> findingFromName(const QString& name)
{
    for (Finding f : {Finding::Complies, Finding::Violation, Finding::FollowUp})
        if (findingName(f) == name)
            return f;
    return std::nullopt;
}

QString findingTitle(Finding f)
{
    switch (f) {
    case Finding::Complies:
        return QCoreApplication::translate("alpr::AuditSample", "complies");
    case Finding::Violation:
        return QCoreApplication::translate("alpr::AuditSample", "does not comply");
    case Finding::FollowUp:
        return QCoreApplication::translate("alpr::AuditSample", "needs follow-up");
    }
    return {};
}

QString AuditSample::sizeStatement() const
{
    const QString what = sampleKindNoun(kind, true);
    if (population == 0)
        return QCoreApplication::translate("alpr::AuditSample",
                                           "There were no %1 in %2: there is nothing to sample.")
            .arg(what, period.label);
    if (tookAll() && population == 1)
        return QCoreApplication::translate(
                   "alpr::AuditSample", "Only one %1 was made in %2, fewer than the %3 asked for "
                                        "(policy minimum %4): it is the sample.")
            .arg(sampleKindNoun(kind, false), period.label)
            .arg(requestedSize)
            .arg(policyMinimum(kind));
    if (tookAll())
        return QCoreApplication::translate(
                   "alpr::AuditSample", "Only %1 %2 were made in %3, fewer than the %4 asked for "
                                        "(policy minimum %5): all of them are in the sample.")
            .arg(population)
            .arg(what, period.label)
            .arg(requestedSize)
            .arg(policyMinimum(kind));
    return QCoreApplication::translate(
               "alpr::AuditSample",
               "%1 of the %2 %3 made in %4 were drawn at random (policy minimum %5).")
        .arg(items.isEmpty() ? requestedSize : int(items.size()))
        .arg(population)
        .arg(what, period.label)
        .arg(policyMinimum(kind));
}

QString AuditSample::methodStatement() const
{
    return QCoreApplication::translate(
               "alpr::AuditSample",
               "Population: every successful event of kind %1 (actions %2) in the audit trail "
               "from %3 to %4 "
               "(UTC, end exclusive) up to event %5, in sequence order. Draw: Fisher-Yates, "
               "for i = 0 .. k-1 swap position i with i + u(N - i), u uniform by rejection "
               "from SplitMix64 with seed %6 (the j-th number is SplitMix64(seed + j * "
               "0x9E3779B97F4A7C15)); the first k positions, listed in sequence order. "
               "Repeat with: alprctl audit sample --kind %7 --period %8 --size %9 --seed %6")
        .arg(sampleKindName(kind), sampleActions(kind).join(QStringLiteral(", ")),
             period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate))
        .arg(throughSeq)
        .arg(QString::number(seed), sampleKindName(kind), period.label)
        .arg(requestedSize);
}

int AuditSample::unreviewedCount() const
{
    int n = 0;
    for (const SampleItem& item : items)
        if (!item.worksheet.finding)
            ++n;
    return n;
}

QString AuditSample::reviewStatement() const
{
    const int n = unreviewedCount();
    if (n == 0)
        return {};
    return QCoreApplication::translate("alpr::AuditSample", "%1 of %n items not yet reviewed",
                                       nullptr, int(items.size()))
        .arg(n);
}

std::vector<qint64> drawPositions(quint64 seed, qint64 population, int size)
{
    const qint64 k = std::min<qint64>(population, std::max(size, 0));
    std::vector<qint64> positions(static_cast<std::size_t>(population));
    std::iota(positions.begin(), positions.end(), qint64(0));
    SplitMixSequence random{seed};
    for (qint64 i = 0; i < k; ++i) {
        const qint64 j = i + qint64(random.below(quint64(population - i)));
        std::swap(positions[std::size_t(i)], positions[std::size_t(j)]);
    }
    positions.resize(std::size_t(k));
    return positions;
}

Result<AuditSample> drawSample(Session& session, const SampleRequest& request)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    auto period = parseAuditPeriod(request.period);
    if (!period)
        return period.error();
    const int minimum = policyMinimum(request.kind);
    const int size = request.size == 0 ? minimum : request.size;
    if (size < minimum)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AuditSample",
                                        "a sample of %1 is at least %2 (the policy minimum); "
                                        "%3 is too few")
                .arg(sampleKindName(request.kind))
                .arg(minimum)
                .arg(size));
    if (size > 1000)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::AuditSample",
                                                     "a sample holds at most 1000 items, not %1")
                             .arg(size));
    const QDateTime now = session.clock().now();
    if (period->start > now)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::AuditSample", "%1 has not begun yet")
                             .arg(period->label));

    // The server checks all of this again, draws and records.
    if (session.isDepartment()) {
        auto id = departmentsamples::draw(session, request.kind, period->label, size, request.seed);
        if (!id)
            return id.error();
        return loadSample(session, id.value());
    }

    AuditSample sample;
    sample.kind = request.kind;
    sample.period = period.value();
    sample.seed = request.seed ? *request.seed : QRandomGenerator::system()->generate64();
    sample.requestedSize = size;
    sample.drawnBy = session.user().username;
    sample.drawnAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);

    Store& store = storeOf(session);
    auto done = store.transaction([&]() -> Result<void> {
        SampleRepository& samples = store.samples();
        auto last = samples.lastAuditSeq();
        if (!last)
            return last.error();
        sample.throughSeq = last.value();
        auto population = samples.population(sampleActions(sample.kind), sample.period.start,
                                             sample.period.end, sample.throughSeq);
        if (!population)
            return population.error();
        sample.population = qint64(population->size());
        // An empty sample would stand in the list for ever, proving nothing.
        if (sample.population == 0)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate(
                    "alpr::AuditSample",
                    "there were no %1 in %2 (%3 to %4): there is nothing to sample; "
                    "choose a period in which the trail records some")
                    .arg(sampleKindNoun(sample.kind, true), sample.period.label,
                         sample.period.start.toString(QStringLiteral("yyyy-MM-dd")),
                         sample.period.end.addMSecs(-1).toString(QStringLiteral("yyyy-MM-dd"))));
        const std::vector<qint64> chosen = pick(sample.seed, population.value(), size);

        StoredSample row;
        row.kind = sampleKindName(sample.kind);
        row.period = sample.period.label;
        row.periodStart = sample.period.start;
        row.periodEnd = sample.period.end;
        row.seed = sample.seed;
        row.requestedSize = sample.requestedSize;
        row.population = sample.population;
        row.throughSeq = sample.throughSeq;
        row.drawnBy = sample.drawnBy;
        row.drawnAt = sample.drawnAt;
        auto id = samples.addSample(row);
        if (!id)
            return id.error();
        sample.id = id.value();
        if (auto r = samples.addItems(sample.id, chosen); !r)
            return r;

        QJsonArray items;
        int n = 0;
        for (qint64 seq : chosen)
            items.append(QJsonArray{++n, seq});
        auto logged =
            trailOf(session).append(session.user().username, QStringLiteral("audit-sample"),
                                    QStringLiteral("sample:%1").arg(sample.id),
                                    {{QStringLiteral("sample"), sample.id},
                                     {QStringLiteral("kind"), sampleKindName(sample.kind)},
                                     {QStringLiteral("period"), sample.period.label},
                                     {QStringLiteral("seed"), QString::number(sample.seed)},
                                     {QStringLiteral("size"), sample.requestedSize},
                                     {QStringLiteral("population"), sample.population},
                                     {QStringLiteral("through_seq"), sample.throughSeq},
                                     {QStringLiteral("items"), items}},
                                    QStringLiteral("success"));
        if (!logged)
            return logged.error();
        sample.auditSeq = logged.value();
        return samples.setSampleAuditSeq(sample.id, sample.auditSeq);
    });
    if (!done)
        return done.error();
    return loadSample(session, sample.id);
}

Result<AuditSample> loadSample(Session& session, qint64 sampleId)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("sample:%1").arg(sampleId)); !r)
        return r.error();
    StoredSample row;
    QList<StoredSampleItem> rows;
    QHash<qint64, AuditEvent> bySeq;
    std::function<SampleEventFacts(const SampleItem&)> factsOf;
    departmentsamples::Loaded loaded;
    if (session.isDepartment()) {
        auto answer = departmentsamples::load(session, sampleId, false);
        if (!answer)
            return answer.error();
        loaded = std::move(answer.value());
        row = loaded.sample;
        rows = loaded.items;
        bySeq = loaded.events;
        factsOf = [&loaded](const SampleItem& item) { return loaded.facts.value(item.item); };
    } else {
        SampleRepository& samples = storeOf(session).samples();
        auto stored = samples.sample(sampleId);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("alpr::AuditSample", "there is no audit sample %1")
                    .arg(sampleId));
        row = *stored.value();
        auto items = samples.items(sampleId);
        if (!items)
            return items.error();
        rows = items.value();
        QList<qint64> seqs;
        for (const StoredSampleItem& stored : rows)
            seqs << stored.eventSeq;
        auto events = trailOf(session).events(seqs);
        if (!events)
            return events.error();
        for (const AuditEvent& e : events.value())
            bySeq.insert(e.seq, e);
        factsOf = [&samples](const SampleItem& item) { return fileFacts(samples, item.event); };
    }

    AuditSample sample = sampleFrom(row);
    for (const StoredSampleItem& stored : rows) {
        SampleItem item;
        item.item = stored.item;
        if (!bySeq.contains(stored.eventSeq))
            return makeError(
                ErrorCode::Corrupt,
                QCoreApplication::translate("alpr::AuditSample",
                                            "sample %1 names audit event %2, which the trail "
                                            "does not hold")
                    .arg(sampleId)
                    .arg(stored.eventSeq));
        item.event = bySeq.value(stored.eventSeq);
        Worksheet& w = item.worksheet;
        w.caseReal = stored.worksheet.caseReal;
        w.purposeAuthorized = stored.worksheet.purposeAuthorized;
        w.queryConsistent = stored.worksheet.queryConsistent;
        if (!stored.worksheet.finding.isEmpty())
            w.finding = findingFromName(stored.worksheet.finding);
        w.note = stored.worksheet.note;
        w.reviewedBy = stored.worksheet.reviewedBy;
        w.reviewedAt = stored.worksheet.reviewedAt;
        sample.items.append(item);
    }
    if (auto r = fillChecks(session, sample.items, factsOf); !r)
        return r.error();
    return sample;
}

Result<QList<AuditSample>> listSamples(Session& session)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    auto rows = session.isDepartment() ? departmentsamples::list(session)
                                       : storeOf(session).samples().samples();
    if (!rows)
        return rows.error();
    QList<AuditSample> samples;
    for (const StoredSample& row : rows.value())
        samples.append(sampleFrom(row));
    return samples;
}

Result<bool> redrawMatches(Session& session, const AuditSample& sample)
{
    auto population = populationSeqs(session, sample);
    if (!population)
        return population.error();
    if (qint64(population->size()) != sample.population)
        return false;
    const std::vector<qint64> again = pick(sample.seed, population.value(), sample.requestedSize);
    if (again.size() != std::size_t(sample.items.size()))
        return false;
    for (std::size_t i = 0; i < again.size(); ++i)
        if (again[i] != sample.items[qsizetype(i)].event.seq)
            return false;
    return true;
}

Result<void> recordFinding(Session& session, qint64 sampleId, int item, const Worksheet& worksheet)
{
    const QString object = QStringLiteral("sample:%1/item:%2").arg(sampleId).arg(item);
    if (auto r = session.require(Action::ReadAudit, object); !r)
        return r;
    if (!worksheet.finding)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::AuditSample", "a finding is complies, violation or follow-up"));
    if (auto r = screenNote(worksheet.note, session.clock().now().toUTC().date()); !r)
        return r;
    if (*worksheet.finding != Finding::Complies && worksheet.note.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AuditSample",
                                        "a finding of \"%1\" needs a note saying what was found")
                .arg(findingTitle(*worksheet.finding)));
    if (session.isDepartment())
        return departmentsamples::recordFinding(session, sampleId, item, worksheet);
    Store& store = storeOf(session);
    const QDateTime now = session.clock().now();
    return store.transaction([&]() -> Result<void> {
        SampleRepository& samples = store.samples();
        auto seq = samples.itemEventSeq(sampleId, item);
        if (!seq)
            return seq.error();
        if (!seq.value())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("alpr::AuditSample", "audit sample %1 has no item %2")
                    .arg(sampleId)
                    .arg(item));
        const qint64 eventSeq = *seq.value();
        StoredWorksheet stored;
        stored.caseReal = worksheet.caseReal;
        stored.purposeAuthorized = worksheet.purposeAuthorized;
        stored.queryConsistent = worksheet.queryConsistent;
        stored.finding = findingName(*worksheet.finding);
        stored.note = worksheet.note.trimmed();
        stored.reviewedBy = session.user().username;
        stored.reviewedAt = now;
        if (auto r = samples.setWorksheet(sampleId, item, stored); !r)
            return r;
        auto logged = trailOf(session).append(
            session.user().username, QStringLiteral("audit-finding"), object,
            {{QStringLiteral("sample"), sampleId},
             {QStringLiteral("item"), item},
             {QStringLiteral("event_seq"), eventSeq},
             {QStringLiteral("result"), findingName(*worksheet.finding)},
             {QStringLiteral("note"), worksheet.note.trimmed()},
             {QStringLiteral("case_real"), triJson(worksheet.caseReal)},
             {QStringLiteral("purpose_authorized"), triJson(worksheet.purposeAuthorized)},
             {QStringLiteral("query_consistent"), triJson(worksheet.queryConsistent)}},
            QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    });
}

} // namespace alpr
