// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench hits: the hot-list matcher with a statewide list, an import with
// and without it in the same run, and an entry's look-back over the reads.
#include "hitsbenchmark.h"
#include "searchbenchmark.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "common/splitmix.h"
#include "demo/demostore.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"
#include "ingest/readimporter.h"
#include "inquiry/searchservice.h"
#include "store/hotlistrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace alpr::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

double msSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

} // namespace

QString benchPlate(BenchRandom& rng)
{
    QString p;
    p += QLatin1Char(char('1' + rng.next() % 9));
    for (int i = 0; i < 3; ++i)
        p += QLatin1Char(char('A' + rng.next() % 26));
    for (int i = 0; i < 3; ++i)
        p += QLatin1Char(char('0' + rng.next() % 10));
    return p;
}

namespace {

// What a witness remembers of a plate: a prefix, a gapped plate, a set.
QString partial(BenchRandom& rng, const QString& p)
{
    switch (rng.next() % 4) {
    case 0:
        return p.left(4) + u'*';
    case 1:
        return p.left(1) + u'?' + p.mid(2, 2) + u'?' + p.mid(5);
    case 2:
        return u'*' + p.mid(1, 4) + u'*';
    default:
        return u'[' + p.left(1) + u"8]"_s + p.mid(1);
    }
}

QList<ReadRecord> makeReads(BenchRandom& rng, int count, const QStringList& listed, qint64 firstMs)
{
    QList<ReadRecord> reads;
    reads.reserve(count);
    for (int i = 0; i < count; ++i) {
        ReadRecord r;
        // One read in a hundred is of a listed plate.
        r.plate = rng.next() % 100 == 0 ? listed[int(rng.next() % quint64(listed.size()))]
                                        : benchPlate(rng);
        r.state = u"CA"_s;
        r.capturedAt = QDateTime::fromMSecsSinceEpoch(firstMs + i * 1000, Qt::UTC);
        r.cameraCode = u"bench:%1"_s.arg(i % 20);
        r.cameraName = u"bench camera %1"_s.arg(i % 20);
        r.confidence = 90;
        r.sourceKind = SourceKind::Fixed;
        if (i % 3 == 0)
            r.candidates.append({benchPlate(rng), 70.0});
        reads.append(std::move(r));
    }
    return reads;
}

} // namespace

BenchHotLists makeBenchHotLists(BenchRandom& rng, int exact, int patterns)
{
    BenchHotLists lists;
    lists.entries.reserve(size_t(exact + patterns));
    for (int i = 0; i < exact; ++i) {
        const QString p = benchPlate(rng);
        lists.exactPlates << p;
        lists.entries.push_back({i + 1, 1, p, false, u"CA"_s, 0});
    }
    for (int i = 0; i < patterns; ++i)
        lists.entries.push_back({exact + i + 1, 2, partial(rng, benchPlate(rng)), true, {}, 0});
    return lists;
}

std::unique_ptr<Session> makeBenchStore(const QString& path)
{
    UserAccount admin;
    admin.username = u"bench"_s;
    admin.fullName = u"Benchmark Administrator"_s;
    admin.organization = u"Bench PD"_s;
    admin.roles = {Role::Administrator};
    auto session =
        SignIn::createStore(path, admin, SecureBytes::fromUtf8(demoPassword()), Clock::system());
    if (!session)
        return nullptr;
    const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
    if (!UserAdministration(*session.value()).addTraining(admin.username, training))
        return nullptr;
    return std::move(session.value());
}

bool loadBenchHotLists(Session& session, const BenchHotLists& lists)
{
    HotLists hotLists(session);
    HotList general;
    general.name = u"statewide"_s;
    general.purpose = u"stolen-vehicle"_s;
    HotList department;
    department.name = u"BOLOs"_s;
    department.kind = HotListKind::Department;
    department.purpose = u"criminal-investigation"_s;
    auto g = hotLists.createList(general);
    auto d = hotLists.createList(department);
    if (!g || !d)
        return false;
    for (qint64 listId : {g.value(), d.value()}) {
        QList<HotListEntry> entries;
        for (const ActiveEntry& a : lists.entries) {
            if (a.listId != (listId == g.value() ? 1 : 2))
                continue;
            HotListEntry e;
            e.listId = listId;
            e.plate = a.plate;
            e.isPattern = a.isPattern;
            e.state = a.state;
            e.reason = u"bench"_s;
            e.status = EntryStatus::Approved;
            e.enteredBy = session.user().username;
            e.enteredAt = session.clock().now();
            entries.append(e);
        }
        HotList loaded =
            hotLists.list(listId == g.value() ? general.name : department.name).value();
        loaded.loadedAt = session.clock().now();
        loaded.loadedBy = session.user().username;
        if (!storeOf(session).hotLists().replaceEntries(
                loaded, entries, trailOf(session),
                TrailEntry{session.user().username, u"hotlist-imported"_s, {}, {}, u"success"_s}))
            return false;
    }
    return true;
}

namespace {

// Reads per second of importing the reads in batches of 10,000, with the
// matcher (already built) or without lists.
double importRate(Session& session, HitMatching& matching, const QList<ReadRecord>& all, int* hits)
{
    ReadImporter importer(session, nullptr, &matching);
    const auto start = SteadyClock::now();
    for (qsizetype at = 0; at < all.size(); at += 10000) {
        QList<ReadRecord> batch = all.mid(at, 10000);
        auto imported = importer.importReads(batch, u"bench batch"_s);
        if (!imported)
            return -1;
        *hits += imported->hits;
    }
    return double(all.size()) / (msSince(start) / 1000.0);
}

} // namespace

int runHitsBenchmark(const HitsBenchmarkOptions& options, QTextStream& out, QTextStream& err)
{
    BenchRandom rng(options.seed);
    out << u"hot lists: %1 exact entries, %2 partial-plate entries, misread matching on\n"_s
               .arg(options.entries)
               .arg(options.patterns);
    out.flush();
    BenchHotLists lists = makeBenchHotLists(rng, options.entries, options.patterns);

    // 1. The matcher alone.
    auto start = SteadyClock::now();
    HotListMatcher matcher;
    matcher.build(lists.entries, MisreadTable::defaults());
    const double buildMs = msSince(start);
    const QList<ReadRecord> reads =
        makeReads(rng, options.reads, lists.exactPlates, 1'780'000'000'000);
    std::vector<MatcherHit> found;
    qint64 hits = 0;
    start = SteadyClock::now();
    for (const ReadRecord& r : reads) {
        matcher.match(r, 1'790'000'000'000, found);
        hits += qint64(found.size());
    }
    const double matchMs = msSince(start);
    const double usPerRead = matchMs * 1000.0 / double(reads.size());
    out << u"matcher: built in %1 ms (%2 patterns tried on every read); %3 reads matched in %4 "
           u"ms: %5 reads/s, %6 us per read, %7 hits\n"_s.arg(buildMs, 0, 'f', 0)
               .arg(matcher.scannedPatterns())
               .arg(reads.size())
               .arg(matchMs, 0, 'f', 0)
               .arg(double(reads.size()) / (matchMs / 1000.0), 0, 'f', 0)
               .arg(usPerRead, 0, 'f', 2)
               .arg(hits);
    out.flush();

    // 2. An import with and without the lists, same run, same reads.
    QTemporaryDir dir(QDir(options.directory).filePath(u"alpr-bench-hits-XXXXXX"_s));
    if (!dir.isValid()) {
        err << u"alpr-bench: cannot make a temporary directory in %1\n"_s.arg(options.directory);
        return 1;
    }
    const QList<ReadRecord> importReads =
        makeReads(rng, options.importReads, lists.exactPlates, 1'780'000'000'000);
    double withoutRate = 0;
    double withRate = 0;
    int importHits = 0;
    double loadMs = 0;
    double matcherLoadMs = 0;
    // Twice each, alternating, the better of two counts: the first batch of
    // a new store pays for growing its file.
    for (int round = 0; round < 2; ++round) {
        for (bool withLists : {false, true}) {
            const QString path = dir.filePath(u"store-%1-%2.alprdb"_s.arg(round).arg(withLists));
            auto session = makeBenchStore(path);
            if (!session) {
                err << u"alpr-bench: cannot make the store %1\n"_s.arg(path);
                return 1;
            }
            HitMatching matching(*session);
            if (withLists) {
                start = SteadyClock::now();
                if (!loadBenchHotLists(*session, lists)) {
                    err << u"alpr-bench: cannot load the lists into %1\n"_s.arg(path);
                    return 1;
                }
                loadMs = msSince(start);
                start = SteadyClock::now();
                if (!matching.refresh()) {
                    err << u"alpr-bench: cannot build the matcher from %1\n"_s.arg(path);
                    return 1;
                }
                matcherLoadMs = msSince(start);
            }
            // Both stores start with an empty journal: loading the lists
            // leaves a large one that the first import would pay for.
            if (!storeOf(*session).checkpoint()) {
                err << u"alpr-bench: cannot checkpoint %1\n"_s.arg(path);
                return 1;
            }
            int hitCount = 0;
            const double rate = importRate(*session, matching, importReads, &hitCount);
            if (rate < 0) {
                err << u"alpr-bench: the import into %1 failed\n"_s.arg(path);
                return 1;
            }
            if (withLists) {
                withRate = std::max(withRate, rate);
                importHits = hitCount;
            } else {
                withoutRate = std::max(withoutRate, rate);
            }
        }
    }
    const double slowdown = 100.0 * (withoutRate - withRate) / withoutRate;
    out << u"import of %1 reads: %2 reads/s without lists, %3 reads/s with them (%4 hits): %5% "
           u"slower; loading the lists took %6 s, building the matcher from the store %7 s\n"_s
               .arg(importReads.size())
               .arg(withoutRate, 0, 'f', 0)
               .arg(withRate, 0, 'f', 0)
               .arg(importHits)
               .arg(slowdown, 0, 'f', 1)
               .arg(loadMs / 1000.0, 0, 'f', 1)
               .arg(matcherLoadMs / 1000.0, 0, 'f', 1);
    out.flush();

    // 3. A new entry's look-back over the stored reads (the search benchmark's store).
    QJsonObject lookback;
    if (options.lookbackReads > 0) {
        SearchBenchmarkOptions storeOptions;
        storeOptions.reads = options.lookbackReads;
        storeOptions.seed = 1;
        storeOptions.directory = options.directory;
        QString problem;
        const QString storePath = syntheticStore(storeOptions, out, err, &problem);
        if (storePath.isEmpty()) {
            err << u"alpr-bench: cannot make the look-back store: %1\n"_s.arg(problem);
            return 1;
        }
        auto admin = SignIn::signIn(storePath, u"admin"_s, SecureBytes::fromUtf8(demoPassword()),
                                    Clock::system());
        auto detective = SignIn::signIn(storePath, u"detective"_s,
                                        SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!admin || !detective) {
            err << u"alpr-bench: cannot sign in to %1\n"_s.arg(storePath);
            return 1;
        }
        EntryRequest request;
        request.list = u"Department BOLOs"_s;
        request.plate = u"7?B?12?"_s;
        request.reason = u"benchmark"_s;
        request.caseNumber = u"26-009999"_s;
        request.synopsis = u"A look-back over every stored read."_s;
        auto id = HotLists(*detective.value()).addEntry(request);
        if (!id || !HotLists(*admin.value()).approveEntry(id.value())) {
            err << u"alpr-bench: cannot add the look-back entry: %1\n"_s.arg(
                id ? QString() : id.error().message);
            return 1;
        }
        start = SteadyClock::now();
        auto first = HotLists(*detective.value()).lookback(id.value());
        const double firstMs = msSince(start);
        start = SteadyClock::now();
        auto again = HotLists(*detective.value()).lookback(id.value());
        const double againMs = msSince(start);
        if (!first || !again) {
            err << u"alpr-bench: the look-back failed: %1\n"_s.arg(first ? again.error().message
                                                                         : first.error().message);
            return 1;
        }
        out << u"look-back of %1 over %2 reads: %3 reads found; %4 ms the first time (the plate "
               u"index built at sign-in's first search included), %5 ms again\n"_s
                   .arg(request.plate)
                   .arg(options.lookbackReads)
                   .arg(first->count)
                   .arg(firstMs, 0, 'f', 0)
                   .arg(againMs, 0, 'f', 1);
        lookback = {{u"lookback_reads"_s, options.lookbackReads},
                    {u"lookback_found"_s, first->count},
                    {u"lookback_first_ms"_s, firstMs},
                    {u"lookback_again_ms"_s, againMs}};
    }

    QJsonObject json{{u"benchmark"_s, u"hits"_s},
                     {u"exact_entries"_s, options.entries},
                     {u"pattern_entries"_s, options.patterns},
                     {u"patterns_scanned"_s, matcher.scannedPatterns()},
                     {u"matcher_build_ms"_s, buildMs},
                     {u"reads_matched"_s, options.reads},
                     {u"reads_per_s"_s, double(reads.size()) / (matchMs / 1000.0)},
                     {u"us_per_read"_s, usPerRead},
                     {u"hits"_s, hits},
                     {u"import_reads"_s, options.importReads},
                     {u"import_without_lists_reads_per_s"_s, withoutRate},
                     {u"import_with_lists_reads_per_s"_s, withRate},
                     {u"import_slowdown_percent"_s, slowdown},
                     {u"matcher_from_store_ms"_s, matcherLoadMs}};
    for (auto it = lookback.begin(); it != lookback.end(); ++it)
        json.insert(it.key(), it.value());
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    return 0;
}

} // namespace alpr::bench
