// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench retention: the retention purge (issue 17, "Never in the way")
// against a plain DELETE of the same reads, each on its own copy of a store,
// while another connection searches and imports in a loop: how long the
// purge takes, and how long a search or an import waits for it.
#include "retentionbenchmark.h"
#include "searchpatterns.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/securebytes.h"
#include "demo/demostore.h"
#include "ingest/readimporter.h"
#include "retention/retentionpurge.h"
#include "retention/retentionrules.h"
#include "searchbenchmark.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace alpr::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr int kIdleMs = 3000;        // the load alone, before the purge: the idle figures
constexpr int kSearchLimit = 50;     // reads a search fetches
constexpr int kImportEvery = 4;      // one import every this many searches
constexpr int kPauseMs = 5;          // between two operations of the load
constexpr int kImportBatch = 500;    // reads per import transaction when making the image store
constexpr int kPoolImages = 16;      // per kind; each read's copy is made unique
constexpr double kWaitBoundMs = 200; // the bound

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

SecureBytes password()
{
    return SecureBytes::fromUtf8(demoPassword());
}

QString storeIn(const QString& folder)
{
    return QDir(folder).filePath(u"store.alprdb"_s);
}

// The files of the store at path: itself, its key slots, log and lock.
QStringList storeFiles(const QString& path)
{
    return {path, path + u".keys"_s, path + u"-wal"_s, path + u"-shm"_s, Store::lockPathFor(path)};
}

void removeStore(const QString& path)
{
    for (const QString& file : storeFiles(path))
        QFile::remove(file);
}

// Copies a closed store (file, key slots, a log if one was left) over to.
bool copyStore(const QString& from, const QString& to, QTextStream& err)
{
    removeStore(to);
    for (const QString& suffix : {u""_s, u".keys"_s, u"-wal"_s}) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::copy(from + suffix, to + suffix)) {
            err << u"alpr-bench: cannot copy %1 to %2\n"_s.arg(from + suffix, to + suffix);
            return false;
        }
    }
    return true;
}

std::unique_ptr<Session> signIn(const QString& store, const QString& user, QTextStream& err)
{
    auto session = SignIn::signIn(store, user, password(), Clock::system());
    if (!session) {
        err << u"alpr-bench: cannot sign in to %1 as %2: %3\n"_s.arg(store, user,
                                                                     session.error().message);
        return nullptr;
    }
    return std::move(session.value());
}

bool execAll(QSqlDatabase db, const QStringList& statements, QString& problem)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            problem = u"%1: %2"_s.arg(sql.left(80), q.lastError().text());
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// The load: searches and small imports on a connection of their own.

struct Sample
{
    double startMs = 0; // since the benchmark's epoch
    double ms = 0;
    bool import = false;
    bool ok = true;
    double lockMs = 0; // an import: until BEGIN IMMEDIATE had the write lock
};

class Load final
{
public:
    Load(QString store, QString user, SteadyClock::time_point epoch)
        : m_store(std::move(store)), m_user(std::move(user)), m_epoch(epoch)
    {
    }
    ~Load() { stop(); }

    // Starts the thread and waits until it has signed in; false with problem() said.
    bool start()
    {
        m_thread = std::thread([this] { loop(); });
        while (!m_ready.load() && !m_failed.load())
            QThread::msleep(10);
        return !m_failed.load();
    }
    void stop()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    std::vector<Sample> samples() const
    {
        std::lock_guard lock(m_mutex);
        return m_samples;
    }
    QString problem() const
    {
        std::lock_guard lock(m_mutex);
        return m_problem;
    }

private:
    void fail(const QString& problem)
    {
        std::lock_guard lock(m_mutex);
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    void loop()
    {
        QString sink;
        QTextStream err(&sink);
        std::unique_ptr<Session> session = signIn(m_store, m_user, err);
        if (!session) {
            fail(sink.trimmed());
            m_failed.store(true);
            return;
        }
        {
            QSqlDatabase db = storeOf(*session).database();
            const ReadRepository& reads = storeOf(*session).reads();
            qint64 maxPlate = 1;
            qint64 camera = 1;
            {
                QSqlQuery q(db);
                if (q.exec(
                        u"SELECT (SELECT max(id) FROM plates), (SELECT min(id) FROM cameras)"_s) &&
                    q.next()) {
                    maxPlate = std::max<qint64>(1, q.value(0).toLongLong());
                    camera = q.value(1).toLongLong();
                }
            }
            QRandomGenerator rng(20261205);
            m_ready.store(true);
            for (qint64 i = 0; !m_stop.load(); ++i) {
                // A search's work on the store: a plate's newest reads, fetched.
                {
                    const auto start = SteadyClock::now();
                    QSqlQuery q(db);
                    q.setForwardOnly(true);
                    q.prepare(u"SELECT id FROM reads WHERE plate_id = ? ORDER BY captured_at "
                              u"DESC LIMIT %1"_s.arg(kSearchLimit));
                    q.addBindValue(qint64(1 + rng.bounded(quint64(maxPlate))));
                    bool ok = q.exec();
                    std::vector<qint64> ids;
                    while (ok && q.next())
                        ids.push_back(q.value(0).toLongLong());
                    if (!ok)
                        fail(u"search: "_s + q.lastError().text());
                    if (ok && !ids.empty()) {
                        auto fetched = reads.fetch(ids);
                        ok = static_cast<bool>(fetched);
                        if (!ok)
                            fail(u"fetch: "_s + fetched.error().message);
                    }
                    record({msBetween(m_epoch, start), msBetween(start, SteadyClock::now()), false,
                            ok});
                }
                QThread::msleep(kPauseMs);
                if (i % kImportEvery != 0)
                    continue;
                // A small import: one read and its plate, in a transaction.
                {
                    const auto start = SteadyClock::now();
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    const QString plate = u"9ZZ%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0'));
                    QString problem;
                    bool ok = execAll(db, {u"BEGIN IMMEDIATE"_s}, problem);
                    const double lockMs = msBetween(start, SteadyClock::now());
                    if (ok) {
                        QSqlQuery p(db);
                        p.prepare(u"INSERT OR IGNORE INTO plates(plate) VALUES (?)"_s);
                        p.addBindValue(plate);
                        QSqlQuery r(db);
                        r.prepare(u"INSERT INTO reads(plate_id, plate, captured_at, camera_id, "
                                  u"source_kind, imported_at) VALUES ((SELECT id FROM plates "
                                  u"WHERE plate = ?), ?, ?, ?, 'fixed', ?)"_s);
                        r.addBindValue(plate);
                        r.addBindValue(plate);
                        r.addBindValue(now);
                        r.addBindValue(camera);
                        r.addBindValue(now);
                        ok = p.exec() && r.exec();
                        if (!ok)
                            problem = p.lastError().text() + r.lastError().text();
                        p.finish();
                        r.finish();
                        QString ignored;
                        ok = ok ? execAll(db, {u"COMMIT"_s}, problem)
                                : (execAll(db, {u"ROLLBACK"_s}, ignored), false);
                    }
                    if (!ok)
                        fail(u"import: "_s + problem);
                    record({msBetween(m_epoch, start), msBetween(start, SteadyClock::now()), true,
                            ok, lockMs});
                }
                QThread::msleep(kPauseMs);
            }
        }
        session.reset();
    }

    void record(const Sample& sample)
    {
        std::lock_guard lock(m_mutex);
        m_samples.push_back(sample);
    }

    const QString m_store;
    const QString m_user;
    const SteadyClock::time_point m_epoch;
    std::thread m_thread;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::vector<Sample> m_samples;
    QString m_problem;
};

struct Waits
{
    qint64 searches = 0;
    qint64 imports = 0;
    qint64 failed = 0;
    double searchP99 = 0;
    double searchMax = 0;
    double importP99 = 0;
    double importMax = 0;
    qint64 over = 0;    // operations over the bound
    double lockP99 = 0; // imports: the wait for the write lock alone
    double lockMax = 0;

    double max() const { return std::max(searchMax, importMax); }
    QJsonObject json() const
    {
        return {{u"searches"_s, searches},
                {u"imports"_s, imports},
                {u"failed"_s, failed},
                {u"search_p99_ms"_s, rounded(searchP99)},
                {u"search_max_ms"_s, rounded(searchMax)},
                {u"import_p99_ms"_s, rounded(importP99)},
                {u"import_max_ms"_s, rounded(importMax)},
                {u"over_200ms"_s, over},
                {u"import_lock_p99_ms"_s, rounded(lockP99)},
                {u"import_lock_max_ms"_s, rounded(lockMax)}};
    }
};

// The operations that started in [fromMs, toMs).
Waits waitsBetween(const std::vector<Sample>& samples, double fromMs, double toMs)
{
    Waits w;
    std::vector<double> search, import, lock;
    for (const Sample& s : samples) {
        if (s.startMs < fromMs || s.startMs >= toMs)
            continue;
        (s.import ? import : search).push_back(s.ms);
        if (s.import)
            lock.push_back(s.lockMs);
        w.failed += s.ok ? 0 : 1;
        w.over += s.ms > kWaitBoundMs ? 1 : 0;
    }
    w.searches = qint64(search.size());
    w.imports = qint64(import.size());
    w.searchP99 = percentile(search, 99);
    w.searchMax = search.empty() ? 0 : *std::max_element(search.begin(), search.end());
    w.importP99 = percentile(import, 99);
    w.importMax = import.empty() ? 0 : *std::max_element(import.begin(), import.end());
    w.lockP99 = percentile(lock, 99);
    w.lockMax = lock.empty() ? 0 : *std::max_element(lock.begin(), lock.end());
    return w;
}

// ---------------------------------------------------------------------------
// Which reads expire.

struct Expiry
{
    QDate day;        // reads captured before this local day expire
    qint64 reads = 0; // how many
    int readDays = 0; // the period that makes it so today
};

qint64 startOfDayMs(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

// The local day whose start has the oldest `target` reads before it, as near
// as whole days allow, and the period (the same for every source kind) that
// makes it the cut-off today; saved as the rules, as an administrator would.
bool setExpiry(Session& admin, qint64 target, Expiry& expiry, QTextStream& err)
{
    auto agency = agencySettings(admin);
    if (!agency) {
        err << u"alpr-bench: cannot read the agency settings: %1\n"_s.arg(agency.error().message);
        return false;
    }
    QTimeZone zone(agency->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
    QSqlDatabase db = storeOf(admin).database();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT min(captured_at), max(captured_at) FROM reads"_s) || !q.next()) {
        err << u"alpr-bench: cannot read the capture times: %1\n"_s.arg(q.lastError().text());
        return false;
    }
    const QDate first = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), zone).date();
    q.finish();
    qint64 before = 0;
    for (QDate day = first.addDays(1); day <= last.addDays(1); day = day.addDays(1)) {
        QSqlQuery c(db);
        c.prepare(u"SELECT count(*) FROM reads WHERE captured_at < ?"_s);
        c.addBindValue(startOfDayMs(day, zone));
        if (!c.exec() || !c.next()) {
            err << u"alpr-bench: cannot count the reads: %1\n"_s.arg(c.lastError().text());
            return false;
        }
        const qint64 count = c.value(0).toLongLong();
        if (count >= target) {
            const bool earlier = before > 0 && target - before < count - target;
            expiry.day = earlier ? day.addDays(-1) : day;
            expiry.reads = earlier ? before : count;
            break;
        }
        before = count;
    }
    if (!expiry.day.isValid()) {
        err << u"alpr-bench: the store has fewer than %1 reads\n"_s.arg(target);
        return false;
    }
    // Today is day readDays + 1 of a read captured the day before expiry.day.
    const QDate today = Clock::system().now().toTimeZone(zone).date();
    expiry.readDays = int(expiry.day.daysTo(today)) + 1;
    RetentionRules rules;
    for (const QString& kind : RetentionRules::sourceKinds())
        rules.periods.append({kind, expiry.readDays, expiry.readDays, u"alpr-bench retention"_s});
    auto preview = previewRetentionRules(admin, rules);
    if (!preview) {
        err << u"alpr-bench: cannot preview the rules: %1\n"_s.arg(preview.error().message);
        return false;
    }
    if (auto set = setRetentionRules(admin, rules, preview->moreReads); !set) {
        err << u"alpr-bench: cannot set the rules: %1\n"_s.arg(set.error().message);
        return false;
    }
    auto plan = RetentionPurge(admin).plan();
    if (!plan) {
        err << u"alpr-bench: cannot plan the purge: %1\n"_s.arg(plan.error().message);
        return false;
    }
    qint64 planned = 0;
    for (const PurgeCount& c : plan->counts)
        planned += c.reads;
    if (planned != expiry.reads) {
        err << u"alpr-bench: the purge would remove %1 reads, not %2\n"_s.arg(planned).arg(
            expiry.reads);
        return false;
    }
    return true;
}

// The reads the rules have expired, as an SQL condition on reads (no holds
// in these stores: the plain DELETE does not look for them).
bool expiredCondition(Session& admin, QString& condition, QTextStream& err)
{
    auto plan = RetentionPurge(admin).plan();
    if (!plan) {
        err << u"alpr-bench: cannot plan the purge: %1\n"_s.arg(plan.error().message);
        return false;
    }
    QStringList kinds;
    qint64 latest = 0;
    for (const PurgeCutoffs& c : plan->cutoffs) {
        kinds << u"(source_kind = '%1' AND captured_at < %2)"_s.arg(c.sourceKind)
                     .arg(c.readsBeforeMs);
        latest = std::max(latest, c.readsBeforeMs);
    }
    condition = u"captured_at < %1 AND (%2)"_s.arg(latest).arg(kinds.join(u" OR "_s));
    return true;
}

qint64 countWhere(QSqlDatabase db, const QString& condition)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM reads WHERE "_s + condition) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// ---------------------------------------------------------------------------
// One measured removal on a fresh copy of a store.

struct Removal
{
    bool ok = false;
    qint64 reads = 0;
    double seconds = 0;
    double batchSeconds = 0; // the purge: until its last batch (the rest is certificate and WAL)
    qint64 batches = 0;      // the purge; 1 for the plain DELETE
    double longestBatchMs = 0;
    double checkpointSeconds = 0; // the plain DELETE: its wal_checkpoint(TRUNCATE)
    Waits idle;
    Waits during;

    double readsPerSecond() const { return seconds > 0 ? double(reads) / seconds : 0; }
};

struct Scenario
{
    QString name;     // "10M" / "images"
    QString prepared; // the store copied for each removal
    QString work;     // the copy
    QString admin;    // who purges
    QString loader;   // who searches and imports meanwhile
    qint64 target = 0;
    bool load = true; // search and import meanwhile
};

Removal measure(const Scenario& s, bool purge, Expiry& expiry, QTextStream& out, QTextStream& err)
{
    Removal r;
    const QString what = purge ? u"RetentionPurge::run()"_s : u"plain DELETE"_s;
    out << u"[%1] %2: copying the store...\n"_s.arg(s.name, what);
    out.flush();
    if (!copyStore(s.prepared, s.work, err))
        return r;
    {
        std::unique_ptr<Session> admin = signIn(s.work, s.admin, err);
        if (!admin)
            return r;
        if (!setExpiry(*admin, s.target, expiry, err))
            return r;
        QString condition;
        if (!expiredCondition(*admin, condition, err))
            return r;
        QSqlDatabase db = storeOf(*admin).database();
        out << u"[%1] %2: %3 reads expire (captured before %4, periods of %5 days)\n"_s
                   .arg(s.name, what)
                   .arg(expiry.reads)
                   .arg(expiry.day.toString(Qt::ISODate))
                   .arg(expiry.readDays);
        out.flush();

        const auto epoch = SteadyClock::now();
        Load load(s.work, s.loader, epoch);
        if (s.load && !load.start()) {
            err << u"alpr-bench: the load cannot start: %1\n"_s.arg(load.problem());
            return r;
        }
        if (s.load)
            QThread::msleep(kIdleMs);
        const auto start = SteadyClock::now();
        auto lastBatch = start;
        if (purge) {
            RetentionPurge purger(*admin);
            auto reported = start;
            purger.setProgress([&](qint64 reads, qint64) {
                const auto now = SteadyClock::now();
                if (msBetween(reported, now) > 10000) {
                    reported = now;
                    err << u"  %1 reads purged in %2 batches (%3 s)\n"_s.arg(reads)
                               .arg(r.batches + 1)
                               .arg(msBetween(start, now) / 1000, 0, 'f', 1);
                    err.flush();
                }
                r.longestBatchMs = std::max(r.longestBatchMs, msBetween(lastBatch, now));
                lastBatch = now;
                ++r.batches;
            });
            auto run = purger.run();
            if (!run) {
                err << u"alpr-bench: the purge failed: %1\n"_s.arg(run.error().message);
                return r;
            }
            r.reads = run->summary.value(u"reads"_s).toInteger();
            r.batchSeconds = msBetween(start, lastBatch) / 1000;
        } else {
            const QString inExpired = u"(SELECT id FROM reads WHERE %1)"_s.arg(condition);
            QString problem;
            const qint64 before = countWhere(db, condition);
            const bool deleted = execAll(
                db,
                {u"BEGIN IMMEDIATE"_s,
                 u"DELETE FROM hit_steps WHERE hit_id IN (SELECT id FROM hits WHERE read_id IN "
                 u"%1)"_s.arg(inExpired),
                 u"DELETE FROM hits WHERE read_id IN %1"_s.arg(inExpired),
                 u"DELETE FROM read_candidates WHERE read_id IN %1"_s.arg(inExpired),
                 u"DELETE FROM images WHERE read_id IN %1"_s.arg(inExpired),
                 u"DELETE FROM reads WHERE %1"_s.arg(condition), u"COMMIT"_s},
                problem);
            if (!deleted) {
                err << u"alpr-bench: the plain DELETE failed: %1\n"_s.arg(problem);
                return r;
            }
            r.batchSeconds = msBetween(start, SteadyClock::now()) / 1000;
            r.batches = 1;
            r.longestBatchMs = r.batchSeconds * 1000;
            const auto checkpointStart = SteadyClock::now();
            bool emptied = false;
            for (int attempt = 0; attempt < 20 && !emptied; ++attempt) {
                emptied = static_cast<bool>(storeOf(*admin).checkpoint());
                if (!emptied)
                    QThread::msleep(250);
            }
            r.checkpointSeconds = msBetween(checkpointStart, SteadyClock::now()) / 1000;
            r.reads = before;
        }
        const auto end = SteadyClock::now();
        r.seconds = msBetween(start, end) / 1000;
        if (s.load)
            QThread::msleep(500);
        load.stop();
        const std::vector<Sample> samples = load.samples();
        r.idle = waitsBetween(samples, 0, msBetween(epoch, start));
        r.during = waitsBetween(samples, msBetween(epoch, start), msBetween(epoch, end));
        if (!load.problem().isEmpty())
            out << u"[%1] %2: the load reported: %3\n"_s.arg(s.name, what, load.problem());
        const qint64 left = countWhere(db, condition);
        if (left != 0 || r.reads != expiry.reads) {
            err << u"alpr-bench: %1 removed %2 reads of %3; %4 expired reads are left\n"_s.arg(what)
                       .arg(r.reads)
                       .arg(expiry.reads)
                       .arg(left);
            return r;
        }
    }
    removeStore(s.work);
    out << u"[%1] %2: %3 reads in %4 s (%5 reads/s, %6 batches, longest %7 ms); waits: "
           u"search max %8 ms, import max %9 ms\n"_s.arg(s.name, what)
               .arg(r.reads)
               .arg(r.seconds, 0, 'f', 1)
               .arg(r.readsPerSecond(), 0, 'f', 0)
               .arg(r.batches)
               .arg(r.longestBatchMs, 0, 'f', 0)
               .arg(r.during.searchMax, 0, 'f', 0)
               .arg(r.during.importMax, 0, 'f', 0);
    out.flush();
    r.ok = true;
    return r;
}

// ---------------------------------------------------------------------------
// The stores.

// The synthetic store of 'search', migrated (the retention index is made
// then, once), kept in folder.
bool prepareSynthetic(const RetentionBenchmarkOptions& options, const QString& folder,
                      QTextStream& out, QTextStream& err)
{
    const QString prepared = storeIn(folder);
    if (QFileInfo::exists(prepared)) {
        out << u"migrated copy kept from an earlier run: %1\n"_s.arg(prepared);
        out.flush();
        return true;
    }
    SearchBenchmarkOptions search;
    search.reads = options.reads;
    search.seed = options.seed;
    search.directory = options.directory;
    search.rebuild = options.rebuild;
    QString problem;
    const QString base = syntheticStore(search, out, err, &problem);
    if (base.isEmpty()) {
        err << u"alpr-bench: cannot make the synthetic store: %1\n"_s.arg(problem);
        return false;
    }
    const QString partial = folder + u".partial"_s;
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial) || !copyStore(base, storeIn(partial), err))
        return false;
    const auto start = SteadyClock::now();
    {
        std::unique_ptr<Session> admin = signIn(storeIn(partial), u"admin"_s, err);
        if (!admin)
            return false;
        (void)storeOf(*admin).checkpoint();
    }
    out << u"copied and migrated %1 in %2 s (the migration makes reads_kind_time)\n"_s.arg(base)
               .arg(msBetween(start, SteadyClock::now()) / 1000, 0, 'f', 1);
    out.flush();
    for (const QString& file : storeFiles(storeIn(partial)).mid(2))
        QFile::remove(file);
    QDir(folder).removeRecursively();
    if (!QDir().rename(partial, folder)) {
        err << u"alpr-bench: cannot rename %1 to %2\n"_s.arg(partial, folder);
        return false;
    }
    return true;
}

// A camera-like JPEG that does not compress to nothing (as 'evidence' makes them).
QByteArray noiseJpeg(QRandomGenerator& rng, qint64 targetBytes, double aspect)
{
    double area = double(targetBytes) / 0.9;
    QByteArray bytes;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int width = std::max(16, int(std::sqrt(area * aspect)));
        const int height = std::max(16, int(width / aspect));
        QImage image(width, height, QImage::Format_RGB32);
        for (int y = 0; y < height; ++y) {
            auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int base = 40 + (150 * (x + y)) / (width + height);
                const quint32 noise = rng.generate();
                line[x] = qRgb(std::clamp(base + int(noise & 0x7f) - 64, 0, 255),
                               std::clamp(base + int((noise >> 8) & 0x7f) - 64, 0, 255),
                               std::clamp(base + int((noise >> 16) & 0x7f) - 64, 0, 255));
            }
        }
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 75);
        const double ratio = double(targetBytes) / double(std::max<qsizetype>(1, bytes.size()));
        if (ratio > 0.93 && ratio < 1.07)
            break;
        area *= ratio;
    }
    return bytes;
}

// The pool image with a JPEG comment after its start marker: bytes of its own.
QByteArray unique(const QByteArray& jpeg, const QByteArray& note)
{
    const qsizetype length = note.size() + 2;
    QByteArray segment("\xff\xfe", 2);
    segment += char((length >> 8) & 0xff);
    segment += char(length & 0xff);
    segment += note;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

bool addUser(Session& admin, const QString& name, Role role)
{
    UserAccount u;
    u.username = name;
    u.fullName = u"Benchmark "_s + name;
    u.organization = u"Bench PD"_s;
    u.roles = {role};
    const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
    return UserAdministration(admin).addUser(u, password()) &&
           UserAdministration(admin).addTraining(name, training);
}

// A store of `reads` old reads, each with a plate crop and a vehicle image
// (5-10 KB and 15-30 KB), and a tenth as many recent reads without images;
// administrator "bench", ingest user "feeder". Kept in folder.
bool prepareImages(const RetentionBenchmarkOptions& options, const QString& folder,
                   qint64& imageBytes, QTextStream& out, QTextStream& err)
{
    const QString prepared = storeIn(folder);
    QFile sizeFile(QDir(folder).filePath(u"image-bytes"_s));
    if (QFileInfo::exists(prepared) && sizeFile.open(QIODevice::ReadOnly)) {
        imageBytes = sizeFile.readAll().trimmed().toLongLong();
        out << u"image store kept from an earlier run: %1\n"_s.arg(prepared);
        out.flush();
        return true;
    }
    const QString partial = folder + u".partial"_s;
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return false;
    const QString path = storeIn(partial);
    out << u"making %1 reads with images in %2...\n"_s.arg(options.imageReads).arg(path);
    out.flush();
    const auto start = SteadyClock::now();
    {
        UserAccount admin;
        admin.username = u"bench"_s;
        admin.fullName = u"Benchmark Administrator"_s;
        admin.organization = u"Bench PD"_s;
        admin.roles = {Role::Administrator};
        auto session = SignIn::createStore(path, admin, password(), Clock::system());
        if (!session) {
            err << u"alpr-bench: cannot make the store: %1\n"_s.arg(session.error().message);
            return false;
        }
        const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
        if (!UserAdministration(*session.value()).addTraining(admin.username, training) ||
            !addUser(*session.value(), u"feeder"_s, Role::Ingest) ||
            !addUser(*session.value(), u"clerk"_s, Role::Records)) {
            err << u"alpr-bench: cannot add the users\n"_s;
            return false;
        }
    }
    QRandomGenerator rng(quint32(options.seed * 2654435761u + 29));
    QList<QByteArray> plates, vehicles;
    for (int i = 0; i < kPoolImages; ++i) {
        plates << noiseJpeg(rng, 5000 + rng.bounded(5000), 2.5);
        vehicles << noiseJpeg(rng, 15000 + rng.bounded(15000), 4.0 / 3.0);
    }
    std::unique_ptr<Session> feeder = signIn(path, u"feeder"_s, err);
    if (!feeder)
        return false;
    imageBytes = 0;
    const int recent = std::max(1, options.imageReads / 10);
    const int total = options.imageReads + recent;
    const QDateTime oldFrom(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    const QDateTime recentFrom(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC);
    for (int done = 0; done < total;) {
        QList<ReadRecord> batch;
        for (; done < total && batch.size() < kImportBatch; ++done) {
            const bool old = done < options.imageReads;
            ReadRecord r;
            r.plate = u"7R%1"_s.arg(done % 50000, 5, 10, QLatin1Char('0'));
            r.state = u"CA"_s;
            r.capturedAt = old ? oldFrom.addSecs(qint64(done) * 5)
                               : recentFrom.addSecs(qint64(done - options.imageReads) * 60);
            r.cameraCode = u"CAM-%1"_s.arg(1 + done % 12);
            r.cameraName = u"Bench camera %1"_s.arg(1 + done % 12);
            r.confidence = 90;
            r.sourceKind = SourceKind::Fixed;
            r.externalId = u"bench-%1"_s.arg(done);
            if (old) {
                const QByteArray note = "alpr-bench read " + QByteArray::number(done);
                r.plateJpeg = unique(plates.at(int(rng.bounded(kPoolImages))), note);
                r.vehicleJpeg = unique(vehicles.at(int(rng.bounded(kPoolImages))), note);
                imageBytes += r.plateJpeg.size() + r.vehicleJpeg.size();
            }
            batch << r;
        }
        auto imported = ReadImporter(*feeder).importReads(batch, u"alpr-bench retention"_s);
        if (!imported) {
            err << u"alpr-bench: the import failed: %1\n"_s.arg(imported.error().message);
            return false;
        }
    }
    (void)storeOf(*feeder).checkpoint();
    feeder.reset();
    for (const QString& file : storeFiles(path).mid(2))
        QFile::remove(file);
    QFile size(QDir(partial).filePath(u"image-bytes"_s));
    if (!size.open(QIODevice::WriteOnly) || size.write(QByteArray::number(imageBytes)) <= 0)
        return false;
    size.close();
    QDir(folder).removeRecursively();
    if (!QDir().rename(partial, folder)) {
        err << u"alpr-bench: cannot rename %1 to %2\n"_s.arg(partial, folder);
        return false;
    }
    out << u"made in %1 s: %2 MB of images\n"_s
               .arg(msBetween(start, SteadyClock::now()) / 1000, 0, 'f', 1)
               .arg(double(imageBytes) / 1e6, 0, 'f', 0);
    out.flush();
    return true;
}

QJsonObject removalJson(const Removal& r)
{
    return {{u"reads"_s, r.reads},
            {u"seconds"_s, rounded(r.seconds)},
            {u"reads_per_s"_s, std::round(r.readsPerSecond())},
            {u"batches"_s, r.batches},
            {u"longest_batch_ms"_s, rounded(r.longestBatchMs)},
            {u"batches_seconds"_s, rounded(r.batchSeconds)},
            {u"checkpoint_seconds"_s, rounded(r.checkpointSeconds)},
            {u"idle"_s, r.idle.json()},
            {u"during"_s, r.during.json()}};
}

} // namespace

int runRetentionBenchmark(const RetentionBenchmarkOptions& options, QTextStream& out,
                          QTextStream& err)
{
    const QString folder =
        QDir(options.directory)
            .filePath(u"alpr-bench-retention-%1-seed-%2"_s.arg(options.reads).arg(options.seed));
    const QString migrated = QDir(folder).filePath(u"migrated"_s);
    const QString images = QDir(folder).filePath(u"images-%1"_s.arg(options.imageReads));
    if (!QDir().mkpath(folder)) {
        err << u"alpr-bench: cannot make %1\n"_s.arg(folder);
        return 1;
    }
    out << u"alpr-bench retention: %1 cores; the load searches (a plate's newest %2 reads, "
           u"fetched) and imports one read every %3 searches, %4 ms apart\n"_s
               .arg(QThread::idealThreadCount())
               .arg(kSearchLimit)
               .arg(kImportEvery)
               .arg(kPauseMs);
    out.flush();

    struct Row
    {
        QString label;
        Expiry expiry;
        Removal purge;
        Removal plain;
    };
    std::vector<Row> rows;

    if (!prepareSynthetic(options, migrated, out, err))
        return 1;
    {
        Scenario s{u"%1 reads"_s.arg(options.reads),
                   storeIn(migrated),
                   QDir(folder).filePath(u"work.alprdb"_s),
                   u"admin"_s,
                   u"detective"_s,
                   options.reads / 10,
                   options.load};
        Row row{u"no images"_s, {}, {}, {}};
        row.purge = measure(s, true, row.expiry, out, err);
        if (!row.purge.ok)
            return 1;
        row.plain = measure(s, false, row.expiry, out, err);
        if (!row.plain.ok)
            return 1;
        rows.push_back(row);
    }
    qint64 imageBytes = 0;
    if (options.imageReads > 0) {
        if (!prepareImages(options, images, imageBytes, out, err))
            return 1;
        Scenario s{u"%1 with images"_s.arg(options.imageReads),
                   storeIn(images),
                   QDir(folder).filePath(u"work.alprdb"_s),
                   u"bench"_s,
                   u"clerk"_s,
                   options.imageReads,
                   options.load};
        Row row{u"with images"_s, {}, {}, {}};
        row.purge = measure(s, true, row.expiry, out, err);
        if (!row.purge.ok)
            return 1;
        row.plain = measure(s, false, row.expiry, out, err);
        if (!row.plain.ok)
            return 1;
        rows.push_back(row);
    }

    out << u"\n"_s;
    const QStringList header{u"removal"_s,    u"reads"_s,      u"s"_s,          u"reads/s"_s,
                             u"batches"_s,    u"longest ms"_s, u"search max"_s, u"import max"_s,
                             u"import p99"_s, u"lock max"_s,   u"over 200"_s};
    const std::vector<int> widths{-30, 9, 7, 9, 8, 10, 10, 10, 10, 8, 8};
    printRow(out, header, widths);
    auto ms = [](double v) { return QString::number(v, 'f', 0); };
    for (const Row& row : rows) {
        printRow(out,
                 {u"idle (%1 store)"_s.arg(row.label), u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s,
                  ms(row.purge.idle.searchMax), ms(row.purge.idle.importMax),
                  ms(row.purge.idle.importP99), ms(row.purge.idle.lockMax),
                  QString::number(row.purge.idle.over)},
                 widths);
        for (const auto& [name, r] : {std::pair{u"purge, "_s + row.label, &row.purge},
                                      std::pair{u"plain DELETE, "_s + row.label, &row.plain}})
            printRow(out,
                     {name, QString::number(r->reads), QString::number(r->seconds, 'f', 1),
                      QString::number(r->readsPerSecond(), 'f', 0), QString::number(r->batches),
                      ms(r->longestBatchMs), ms(r->during.searchMax), ms(r->during.importMax),
                      ms(r->during.importP99), ms(r->during.lockMax),
                      QString::number(r->during.over)},
                     widths);
    }
    const Row& main = rows.front();
    out << u"\npurge of %1 of %2 reads: %3 s (bound 60 s), %4x the plain DELETE's time; longest "
           u"wait of a search or an import during it %5 ms (bound 200 ms)\n"_s.arg(main.purge.reads)
               .arg(options.reads)
               .arg(main.purge.seconds, 0, 'f', 1)
               .arg(main.plain.seconds > 0 ? main.purge.seconds / main.plain.seconds : 0, 0, 'f', 2)
               .arg(main.purge.during.max(), 0, 'f', 0);

    QJsonObject json{
        {u"benchmark"_s, u"retention"_s},
        {u"reads"_s, options.reads},
        {u"seed"_s, QString::number(options.seed)},
        {u"cores"_s, QThread::idealThreadCount()},
        {u"expired_reads"_s, main.expiry.reads},
        {u"purge"_s, removalJson(main.purge)},
        {u"plain_delete"_s, removalJson(main.plain)},
        {u"purge_over_delete"_s,
         rounded(main.plain.seconds > 0 ? main.purge.seconds / main.plain.seconds : 0)},
        {u"within_60s"_s, main.purge.seconds <= 60},
        {u"waits_within_200ms"_s, main.purge.during.max() <= kWaitBoundMs},
    };
    if (rows.size() > 1) {
        const Row& img = rows.back();
        json.insert(u"images"_s, QJsonObject{{u"reads"_s, img.expiry.reads},
                                             {u"image_bytes"_s, imageBytes},
                                             {u"purge"_s, removalJson(img.purge)},
                                             {u"plain_delete"_s, removalJson(img.plain)},
                                             {u"purge_over_delete"_s,
                                              rounded(img.plain.seconds > 0
                                                          ? img.purge.seconds / img.plain.seconds
                                                          : 0)}});
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    out.flush();
    return 0;
}

} // namespace alpr::bench
