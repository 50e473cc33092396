// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench ingest: the camera receiver under load. 'alprctl receive' runs
// as its own process on a store with the hot lists of 'alpr-bench hits';
// client threads POST v3 alpr_group JSON over keep-alive loopback
// connections at rising offered rates, with and without images; a thread of
// this process polls the store as the workstation does (ChangeNotice, every
// 100 ms) and notes when each hit appears. After each step the reads of
// every request answered 200 are looked up in the store. Then the same kind
// of groups go through 'alprctl import reads' as files, and --crash kills
// the receiver under load and checks what it answered 200 is stored.
#include "ingestbenchmark.h"
#include "hitsbenchmark.h"
#include "receiverload.h"

#include "auth/serviceaccounts.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "imaging/demoimages.h"
#include "imaging/jpegcodec.h"
#include "ingest/agents.h"
#include "ingest/openalprparser.h"
#include "inquiry/changenotice.h"
#include "store/store.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <istream>
#include <limits>
#include <mutex>
#include <ostream>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alpr::bench {

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(
        std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

// ---------------------------------------------------------------------------
// The prepared store, kept in --dir between runs.

struct Prepared
{
    QString folder;
    QString store;
    QString ingestPasswordFile;
    QString agentsFile; // "NAME SHA256HEX", for a receiver that reads agents from a file
    QByteArray token;   // the agent's bearer token
    QStringList listed; // the statewide list's plates
};

bool writePrivateFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

ReceiverLaunch launchOf(const Prepared& p, const QString& alprctl, ReceiverMode mode,
                        const QString& log)
{
    return {alprctl, p.store, u"ingest"_s, p.ingestPasswordFile, p.agentsFile, mode, log};
}

QString describe(const Prepared& p)
{
    return u"store %1, ingest service account 'ingest', agent 'bench-camera'"_s.arg(p.store);
}

// Makes (or reuses) the store: the administrator "bench", the ingest service
// account, the agent (in the store's agents table and in an agents file) and
// the hot lists. The list's plates are made again from the seed every run.
bool prepare(const IngestBenchmarkOptions& options, Prepared& p, QTextStream& out, QTextStream& err)
{
    p.folder = QDir(options.directory)
                   .filePath(u"alpr-bench-ingest-%1-%2-%3"_s.arg(options.entries)
                                 .arg(options.patterns)
                                 .arg(options.seed));
    p.store = QDir(p.folder).filePath(u"ingest.alprdb"_s);
    p.ingestPasswordFile = QDir(p.folder).filePath(u"ingest.password"_s);
    p.agentsFile = QDir(p.folder).filePath(u"agents.txt"_s);
    const QString tokenFile = QDir(p.folder).filePath(u"agent.token"_s);
    const QString doneMarker = QDir(p.folder).filePath(u"prepared"_s);

    BenchRandom rng(options.seed);
    auto start = SteadyClock::now();
    BenchHotLists lists = makeBenchHotLists(rng, options.entries, options.patterns);
    p.listed = lists.exactPlates;

    if (!options.rebuild && QFileInfo::exists(doneMarker)) {
        QFile f(tokenFile);
        if (f.open(QIODevice::ReadOnly)) {
            p.token = f.readAll().trimmed();
            out << u"prepared store kept from an earlier run: %1\n"_s.arg(describe(p));
            out.flush();
            return true;
        }
    }
    QDir(p.folder).removeRecursively();
    if (!QDir().mkpath(p.folder)) {
        err << u"alpr-bench: cannot make %1\n"_s.arg(p.folder);
        return false;
    }
    out << u"preparing %1 with %2 exact and %3 partial-plate entries...\n"_s.arg(p.store)
               .arg(options.entries)
               .arg(options.patterns);
    out.flush();
    auto session = makeBenchStore(p.store);
    if (!session) {
        err << u"alpr-bench: cannot make the store %1\n"_s.arg(p.store);
        return false;
    }
    UserAccount ingest;
    ingest.username = u"ingest"_s;
    ingest.fullName = u"Benchmark receiver"_s;
    ingest.organization = u"Bench PD"_s;
    ingest.roles = {Role::Ingest};
    if (auto added = ServiceAccounts(*session).add(ingest, p.ingestPasswordFile); !added) {
        err << u"alpr-bench: cannot add the ingest service account: %1\n"_s.arg(
            added.error().message);
        return false;
    }
    auto agent = Agents(*session).add(u"bench-camera"_s, {});
    if (!agent) {
        err << u"alpr-bench: cannot add the agent: %1\n"_s.arg(agent.error().message);
        return false;
    }
    QByteArray token = agent->token.toByteArrayUnsafe();
    if (!writePrivateFile(tokenFile, token + '\n') ||
        !writePrivateFile(p.agentsFile,
                          "bench-camera " + Agents::tokenHash(token).toLatin1() + '\n')) {
        err << u"alpr-bench: cannot write the agent's token into %1\n"_s.arg(p.folder);
        return false;
    }
    p.token = token;
    if (!loadBenchHotLists(*session, lists) || !storeOf(*session).checkpoint()) {
        err << u"alpr-bench: cannot load the hot lists into %1\n"_s.arg(p.store);
        return false;
    }
    session.reset();
    if (!writePrivateFile(doneMarker, "1\n")) {
        err << u"alpr-bench: cannot write %1\n"_s.arg(doneMarker);
        return false;
    }
    out << u"prepared in %1 s: %2\n"_s.arg(msBetween(start, SteadyClock::now()) / 1000.0, 0, 'f', 1)
               .arg(describe(p));
    out.flush();
    return true;
}

// ---------------------------------------------------------------------------
// The workstation's side: a second store connection that polls.

std::unique_ptr<Session> signInAdmin(const QString& store, QString* problem)
{
    auto session =
        SignIn::signIn(store, u"bench"_s, SecureBytes::fromUtf8(demoPassword()), Clock::system());
    if (!session) {
        *problem = session.error().message;
        return nullptr;
    }
    return std::move(session.value());
}

struct StoredCount
{
    qint64 rows = 0;          // reads with the step's external ids
    qint64 answeredFound = 0; // of the ids answered 200, found
    qint64 answeredMissing = 0;
    bool ok = false;
};

// The reads of one step: their ids share the prefix, so one index range.
StoredCount countStored(Session& session, const QByteArray& prefix,
                        const QSet<QByteArray>& answered)
{
    StoredCount c;
    QSqlQuery q(storeOf(session).database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT external_id FROM reads WHERE external_id >= ? AND external_id < ?"_s);
    q.addBindValue(QString::fromLatin1(prefix));
    q.addBindValue(QString::fromLatin1(prefix + '~'));
    if (!q.exec())
        return c;
    QSet<QByteArray> stored;
    while (q.next()) {
        ++c.rows;
        stored.insert(q.value(0).toString().toLatin1());
    }
    for (const QByteArray& id : answered) {
        if (stored.contains(id))
            ++c.answeredFound;
        else
            ++c.answeredMissing;
    }
    // The unique index keeps an id to one row; rows > distinct would say otherwise.
    c.ok = c.rows == stored.size();
    return c;
}

class HitPoller
{
public:
    HitPoller(QString store, QByteArray prefix) : m_store(std::move(store)), m_prefix(prefix)
    {
        m_thread = std::thread([this] { run(); });
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_started; });
    }
    ~HitPoller()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
    }
    HitPoller(const HitPoller&) = delete;
    HitPoller& operator=(const HitPoller&) = delete;

    bool signedIn() const { return m_signedIn; }
    QString problem() const { return m_problem; }

    // Polls on for up to graceMs until the store stops changing, then counts
    // the step's reads against those answered 200 and signs out.
    void finish(QSet<QByteArray> answered, int graceMs)
    {
        {
            std::lock_guard lock(m_mutex);
            m_answered = std::move(answered);
            m_graceMs = graceMs;
        }
        m_stop = true;
        m_thread.join();
    }
    const QHash<QByteArray, qint64>& seen() const { return m_seen; }
    StoredCount stored() const { return m_count; }
    int polls() const { return m_polls; }
    double meanPollMs() const { return m_polls ? m_pollMs / m_polls : 0; }

private:
    void run()
    {
        auto session = signInAdmin(m_store, &m_problem);
        m_signedIn = session != nullptr;
        {
            std::lock_guard lock(m_mutex);
            m_started = true;
        }
        m_ready.notify_all();
        if (!session)
            return;
        ChangeNotice notice(*session);
        notice.check();
        qint64 lastHit = maxHitId(*session);
        const auto start = SteadyClock::now();
        auto lastChange = SteadyClock::now();
        SteadyClock::time_point stopAt{};
        for (qint64 tick = 1;; ++tick) {
            std::this_thread::sleep_until(start + std::chrono::milliseconds(tick * 100));
            const auto before = SteadyClock::now();
            if (notice.check()) {
                lastChange = SteadyClock::now();
                QSqlQuery q(storeOf(*session).database());
                q.setForwardOnly(true);
                q.prepare(u"SELECT h.id, r.external_id FROM hits h JOIN reads r ON r.id = "
                          u"h.read_id WHERE h.id > ? ORDER BY h.id"_s);
                q.addBindValue(lastHit);
                const qint64 now = wallMs();
                if (q.exec()) {
                    while (q.next()) {
                        lastHit = q.value(0).toLongLong();
                        const QByteArray id = q.value(1).toString().toLatin1();
                        if (id.startsWith(m_prefix) && !m_seen.contains(id))
                            m_seen.insert(id, now);
                    }
                }
                m_pollMs += msBetween(before, SteadyClock::now());
                ++m_polls;
            }
            if (m_stop) {
                if (stopAt == SteadyClock::time_point{})
                    stopAt = SteadyClock::now();
                int grace = 0;
                {
                    std::lock_guard lock(m_mutex);
                    grace = m_graceMs;
                }
                const auto quiet = SteadyClock::now() - lastChange;
                if (quiet > std::chrono::milliseconds(500) ||
                    SteadyClock::now() - stopAt > std::chrono::milliseconds(grace))
                    break;
            }
        }
        QSet<QByteArray> answered;
        {
            std::lock_guard lock(m_mutex);
            answered = m_answered;
        }
        m_count = countStored(*session, m_prefix, answered);
    }

    static qint64 maxHitId(Session& session)
    {
        QSqlQuery q(storeOf(session).database());
        if (q.exec(u"SELECT COALESCE(MAX(id), 0) FROM hits"_s) && q.next())
            return q.value(0).toLongLong();
        return 0;
    }

    QString m_store;
    QByteArray m_prefix;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_started = false;
    std::atomic<bool> m_stop{false};
    bool m_signedIn = false;
    QString m_problem;
    QSet<QByteArray> m_answered;
    int m_graceMs = 5000;
    QHash<QByteArray, qint64> m_seen;
    StoredCount m_count;
    int m_polls = 0;
    double m_pollMs = 0;
};

// ---------------------------------------------------------------------------
// One step: an offered rate for --seconds.

struct StepFigures
{
    bool images = true;
    int offered = 0; // 0: as fast as it goes
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 failed = 0; // non-200 answers
    qint64 errors = 0; // no answer (connection)
    QMap<int, qint64> statuses;
    double seconds = 0;
    double throughput = 0; // 200s per second
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double cpuPercent = 0;       // the receiver's, of one core
    double clientCpuPercent = 0; // this process's: the clients and the poller
    qint64 bodyBytes = 0;
    int alerts = 0;
    double alertP50 = 0;
    double alertP99 = 0;
    double alertMax = 0;
    StoredCount stored;
};

QString rateName(int rate)
{
    return rate > 0 ? QString::number(rate) : u"max"_s;
}

bool runStep(const IngestBenchmarkOptions& options, const Prepared& prepared, const ImagePool& pool,
             ReceiverProcess& receiver, const QByteArray& runTag, int stepNumber, bool images,
             int rate, StepFigures& f, QTextStream& err)
{
    const QByteArray prefix = "BENCH-" + runTag + '-' + QByteArray::number(stepNumber) + '-';
    HitPoller poller(prepared.store, prefix);
    if (!poller.signedIn()) {
        err << u"alpr-bench: the polling connection cannot sign in: %1\n"_s.arg(poller.problem());
        return false;
    }
    LoadPlan plan;
    plan.port = receiver.port();
    plan.token = prepared.token;
    plan.uuidPrefix = prefix;
    plan.rate = rate;
    plan.seconds = options.seconds;
    plan.connections = options.connections;
    plan.images = images;
    plan.hitPercent = options.hitPercent;
    plan.pool = &pool;
    plan.listed = &prepared.listed;
    const double cpuBefore = cpuSeconds(receiver.pid());
    const double ownBefore = cpuSeconds(getpid());
    const LoadResult load = runLoad(plan);
    const double cpuAfter = cpuSeconds(receiver.pid());
    const double ownAfter = cpuSeconds(getpid());

    f.images = images;
    f.offered = rate;
    f.seconds = load.elapsedMs / 1000.0;
    f.bodyBytes = load.bodyBytes;
    std::vector<double> latencies;
    QSet<QByteArray> answered;
    QHash<QByteArray, qint64> sentAt;
    for (const Sample& s : load.samples) {
        ++f.sent;
        f.statuses[s.status] += 1;
        if (s.status == 200) {
            ++f.ok;
            latencies.push_back(double(s.latencyMs));
            const QByteArray id = uuidFor(prefix, s.index);
            answered.insert(id);
            sentAt.insert(id, s.sentWallMs);
        } else if (s.status < 0) {
            ++f.errors;
        } else {
            ++f.failed;
        }
    }
    f.throughput = f.seconds > 0 ? double(f.ok) / f.seconds : 0;
    f.p50 = percentile(latencies, 0.50);
    f.p99 = percentile(latencies, 0.99);
    f.max = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    f.cpuPercent = f.seconds > 0 ? 100.0 * (cpuAfter - cpuBefore) / f.seconds : 0;
    f.clientCpuPercent = f.seconds > 0 ? 100.0 * (ownAfter - ownBefore) / f.seconds : 0;

    poller.finish(answered, 5000);
    std::vector<double> alertLatencies;
    for (auto it = poller.seen().begin(); it != poller.seen().end(); ++it)
        if (sentAt.contains(it.key()))
            alertLatencies.push_back(double(it.value() - sentAt.value(it.key())));
    f.alerts = int(alertLatencies.size());
    f.alertP50 = percentile(alertLatencies, 0.50);
    f.alertP99 = percentile(alertLatencies, 0.99);
    f.alertMax = alertLatencies.empty()
                     ? 0
                     : *std::max_element(alertLatencies.begin(), alertLatencies.end());
    f.stored = poller.stored();
    return true;
}

QString statusText(const QMap<int, qint64>& statuses)
{
    QStringList parts;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        if (it.key() != 200)
            parts << u"%1x%2"_s.arg(it.key() < 0 ? u"conn"_s : QString::number(it.key()))
                         .arg(it.value());
    return parts.isEmpty() ? u"-"_s : parts.join(u' ');
}

QJsonObject stepJson(const StepFigures& f)
{
    QJsonObject statuses;
    for (auto it = f.statuses.begin(); it != f.statuses.end(); ++it)
        statuses.insert(it.key() < 0 ? u"connection_error"_s : QString::number(it.key()),
                        it.value());
    return {{u"images"_s, f.images},
            {u"offered_per_s"_s, f.offered > 0 ? QJsonValue(f.offered) : QJsonValue(u"max"_s)},
            {u"seconds"_s, f.seconds},
            {u"sent"_s, f.sent},
            {u"answered_200"_s, f.ok},
            {u"statuses"_s, statuses},
            {u"groups_per_s"_s, f.throughput},
            {u"mb_per_s"_s, f.seconds > 0 ? double(f.bodyBytes) / 1e6 / f.seconds : 0.0},
            {u"p50_ms"_s, f.p50},
            {u"p99_ms"_s, f.p99},
            {u"max_ms"_s, f.max},
            {u"receiver_cpu_percent"_s, f.cpuPercent},
            {u"bench_cpu_percent"_s, f.clientCpuPercent},
            {u"alerts"_s, f.alerts},
            {u"alert_p50_ms"_s, f.alertP50},
            {u"alert_p99_ms"_s, f.alertP99},
            {u"alert_max_ms"_s, f.alertMax},
            {u"stored_rows"_s, f.stored.rows},
            {u"answered_200_stored"_s, f.stored.answeredFound},
            {u"answered_200_missing"_s, f.stored.answeredMissing}};
}

// ---------------------------------------------------------------------------
// The same groups through 'alprctl import reads', as files.

struct ImportFigures
{
    bool images = true;
    int groups = 0;
    double seconds = 0;
    double fixedSeconds = 0; // one group alone: starting, signing in
    double perSecond = 0;
    double perSecondAfterSignIn = 0;
    int exitCode = 0;
};

bool runImport(const IngestBenchmarkOptions& options, const Prepared& prepared,
               const ImagePool& pool, const QByteArray& runTag, bool images, ImportFigures& f,
               QTextStream& err)
{
    const QString folder = QDir(prepared.folder)
                               .filePath(u"import-%1-%2"_s.arg(QString::fromLatin1(runTag))
                                             .arg(images ? u"images"_s : u"plain"_s));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QByteArray prefix = "BENCH-" + runTag + (images ? "-fi-" : "-fp-");
    QStringList files;
    for (int i = 0; i <= options.importGroups; ++i) {
        const QString path =
            QDir(folder).filePath(u"group-%1.json"_s.arg(i, 6, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            err << u"alpr-bench: cannot write %1\n"_s.arg(path);
            return false;
        }
        file.write(
            groupBody(pool, prepared.listed, options.hitPercent, uuidFor(prefix, i), i, images));
        files << path;
    }
    const auto runAlprctl = [&](const QStringList& batch, double* seconds) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardOutputFile(QDir(prepared.folder).filePath(u"import.log"_s), QIODevice::Append);
        const auto start = SteadyClock::now();
        p.start(options.alprctl, QStringList{u"--store"_s, prepared.store, u"--user"_s, u"ingest"_s,
                                             u"--password-file"_s, prepared.ingestPasswordFile,
                                             u"import"_s, u"reads"_s} +
                                     batch);
        p.waitForFinished(-1);
        *seconds = msBetween(start, SteadyClock::now()) / 1000.0;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 99;
    };
    f.images = images;
    f.groups = options.importGroups;
    f.exitCode = runAlprctl({files.takeFirst()}, &f.fixedSeconds);
    if (f.exitCode == 0)
        f.exitCode = runAlprctl(files, &f.seconds);
    QDir(folder).removeRecursively();
    if (f.exitCode != 0) {
        err << u"alpr-bench: 'alprctl import reads' failed (exit %1); see %2\n"_s.arg(f.exitCode)
                   .arg(QDir(prepared.folder).filePath(u"import.log"_s));
        return false;
    }
    f.perSecond = f.seconds > 0 ? f.groups / f.seconds : 0;
    f.perSecondAfterSignIn =
        f.seconds > f.fixedSeconds ? f.groups / (f.seconds - f.fixedSeconds) : 0;
    return true;
}

// ---------------------------------------------------------------------------
// --crash N

struct CrashFigures
{
    int rounds = 0;
    qint64 answered = 0;
    qint64 answeredMissing = 0;
    qint64 storedNotAnswered = 0; // committed, but the client saw the connection drop
    int openFailures = 0;
    int trailFailures = 0;
    int startFailures = 0;
    double meanRestartSeconds = 0;
};

int verifyTrail(const QString& alprctl, const Prepared& prepared)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardOutputFile(QDir(prepared.folder).filePath(u"crash-verify.log"_s),
                            QIODevice::Append);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ALPR_PASSWORD"_s, demoPassword());
    p.setProcessEnvironment(env);
    p.start(alprctl,
            {u"--store"_s, prepared.store, u"--user"_s, u"bench"_s, u"audit"_s, u"verify"_s});
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 99;
}

bool runCrashes(const IngestBenchmarkOptions& options, const Prepared& prepared,
                const ImagePool& pool, ReceiverMode mode, const QByteArray& runTag, CrashFigures& c,
                QTextStream& out, QTextStream& err)
{
    BenchRandom rng(options.seed ^ 0xc4a5u);
    double restartTotal = 0;
    const QString log = QDir(prepared.folder).filePath(u"receiver-crash.log"_s);
    for (int round = 0; round < options.crashes; ++round) {
        ReceiverProcess receiver(launchOf(prepared, options.alprctl, mode, log));
        QString problem;
        const auto startAt = SteadyClock::now();
        if (!receiver.start(&problem)) {
            ++c.startFailures;
            err << u"alpr-bench: crash round %1: %2\n"_s.arg(round + 1).arg(problem)
                << logTail(log);
            if (c.startFailures > 3)
                return false;
            continue;
        }
        const QByteArray prefix = "BENCH-" + runTag + "-c" + QByteArray::number(round) + '-';
        // One group first, answered once the receiver has built its matcher
        // and committed: the kill then falls among commits, not before them.
        LoadPlan warmUp;
        warmUp.port = receiver.port();
        warmUp.token = prepared.token;
        warmUp.uuidPrefix = prefix + "w-";
        warmUp.rate = 1;
        warmUp.seconds = 1;
        warmUp.connections = 1;
        warmUp.images = false;
        warmUp.pool = &pool;
        warmUp.listed = &prepared.listed;
        const LoadResult first = runLoad(warmUp);
        if (first.samples.empty() || first.samples.front().status != 200) {
            ++c.startFailures;
            err << u"alpr-bench: crash round %1: the first group was not answered 200\n"_s.arg(
                       round + 1)
                << logTail(log);
            continue;
        }
        restartTotal += msBetween(startAt, SteadyClock::now()) / 1000.0;
        std::atomic<bool> stop{false};
        LoadPlan plan;
        plan.port = receiver.port();
        plan.token = prepared.token;
        plan.uuidPrefix = prefix;
        plan.rate = options.crashRate;
        plan.seconds = 10;
        plan.connections = options.connections;
        plan.images = true;
        plan.hitPercent = options.hitPercent;
        plan.pool = &pool;
        plan.listed = &prepared.listed;
        plan.stop = &stop;
        LoadResult load;
        std::thread clients([&] { load = runLoad(plan); });
        // A random moment within the first three seconds of load.
        QThread::msleep(100 + rng.next() % 2900);
        receiver.killHard();
        stop = true;
        clients.join();
        QSet<QByteArray> answered{uuidFor(warmUp.uuidPrefix, 0)};
        for (const Sample& s : load.samples)
            if (s.status == 200)
                answered.insert(uuidFor(prefix, s.index));
        auto session = signInAdmin(prepared.store, &problem);
        if (!session) {
            ++c.openFailures;
            err << u"alpr-bench: crash round %1: the store does not open: %2\n"_s.arg(round + 1)
                       .arg(problem);
            continue;
        }
        const StoredCount stored = countStored(*session, prefix, answered);
        session.reset();
        const int verified = verifyTrail(options.alprctl, prepared);
        ++c.rounds;
        c.answered += answered.size();
        c.answeredMissing += stored.answeredMissing;
        c.storedNotAnswered += stored.rows - stored.answeredFound;
        if (verified != 0)
            ++c.trailFailures;
        out << u"crash %1/%2: %3 answered 200, %4 of them stored, %5 missing; %6 stored without "
               u"a 200 seen; trail %7\n"_s.arg(round + 1)
                   .arg(options.crashes)
                   .arg(answered.size())
                   .arg(stored.answeredFound)
                   .arg(stored.answeredMissing)
                   .arg(stored.rows - stored.answeredFound)
                   .arg(verified == 0 ? u"verifies"_s
                                      : u"DOES NOT VERIFY (exit %1)"_s.arg(verified));
        out.flush();
    }
    c.meanRestartSeconds = c.rounds ? restartTotal / c.rounds : 0;
    return true;
}

} // namespace

int runIngestBenchmark(const IngestBenchmarkOptions& options, QTextStream& out, QTextStream& err)
{
    if (!QFileInfo(options.alprctl).isExecutable()) {
        err << u"alpr-bench: %1 is not an executable alprctl; name one with --alprctl PATH\n"_s.arg(
            options.alprctl);
        return 2;
    }
    const ReceiverMode mode = detectMode(options.alprctl);
    Prepared prepared;
    if (!prepare(options, prepared, out, err))
        return 1;

    auto start = SteadyClock::now();
    const ImagePool pool = makeImagePool(options.seed, 32);
    out << u"images: %1 overviews of %2-%3 KB (mean %4 KB) and plate crops, made in %5 ms\n"_s
               .arg(pool.overviews.size())
               .arg(pool.smallest / 1024)
               .arg(pool.largest / 1024)
               .arg(pool.mean / 1024)
               .arg(msBetween(start, SteadyClock::now()), 0, 'f', 0);
    // The parser must take what is sent, or every figure below is of 400s.
    for (bool images : {true, false}) {
        const QByteArray sample =
            groupBody(pool, prepared.listed, 100, uuidFor("BENCH-check-", 0), 0, images);
        auto parsed = parseOpenAlprJson(sample, u"bench group"_s);
        if (!parsed || parsed->size() != 1 ||
            (images &&
             (parsed->first().overviewJpeg.isEmpty() || parsed->first().plateJpeg.isEmpty()))) {
            err << u"alpr-bench: the generated group does not parse: %1\n"_s.arg(
                parsed ? u"no images"_s : parsed.error().message);
            return 1;
        }
        out << u"a group %1 images is %2 KB of JSON\n"_s.arg(images ? u"with"_s : u"without"_s)
                   .arg(double(sample.size()) / 1024.0, 0, 'f', 1);
    }
    out.flush();

    if (!mode.hasReceive)
        err << u"alpr-bench: %1 has no 'receive' command, so only 'alprctl import reads' is "
               u"measured: build the receiver and name it with --alprctl PATH\n"_s.arg(
                   options.alprctl);
    else
        out << u"receiver: %1 receive, agents from %2; %3 keep-alive connections, %4 s per step, "
               u"%5% "
               u"of groups of a listed plate\n"_s.arg(options.alprctl)
                   .arg(mode.agentsFile ? u"--agents-file"_s : u"the store's agents table"_s)
                   .arg(options.connections)
                   .arg(options.seconds)
                   .arg(options.hitPercent);
    out.flush();

    const QByteArray runTag = QByteArray::number(wallMs(), 36).toUpper();
    const QString log = QDir(prepared.folder).filePath(u"receiver.log"_s);
    QList<StepFigures> steps;
    if (mode.hasReceive && !(options.imageRates.isEmpty() && options.plainRates.isEmpty())) {
        ReceiverProcess receiver(launchOf(prepared, options.alprctl, mode, log));
        QString problem;
        start = SteadyClock::now();
        if (!receiver.start(&problem)) {
            err << u"alpr-bench: %1\n"_s.arg(problem) << logTail(log);
            return 1;
        }
        out << u"receiver up (pid %1) on port %2 in %3 s (sign-in and the matcher of the lists)\n"_s
                   .arg(receiver.pid())
                   .arg(receiver.port())
                   .arg(msBetween(start, SteadyClock::now()) / 1000.0, 0, 'f', 1);
        out << u"images  offered  achieved/s  200s     other        p50 ms  p99 ms  max ms  "
               u"cpu% bench%  alerts  alert p50/p99 ms  stored/200\n"_s;
        out.flush();
        int stepNumber = 0;
        for (bool images : {true, false}) {
            for (int rate : images ? options.imageRates : options.plainRates) {
                StepFigures f;
                if (!runStep(options, prepared, pool, receiver, runTag, ++stepNumber, images, rate,
                             f, err))
                    return 1;
                out << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 "_s.arg(images ? u"yes"_s : u"no"_s, -7)
                           .arg(rateName(rate), 7)
                           .arg(f.throughput, 11, 'f', 1)
                           .arg(f.ok, 8)
                           .arg(statusText(f.statuses), -12)
                           .arg(f.p50, 6, 'f', 1)
                           .arg(f.p99, 7, 'f', 1)
                           .arg(f.max, 7, 'f', 0)
                           .arg(f.cpuPercent, 5, 'f', 0)
                    << u"%1 %2 %3 %4/%5\n"_s.arg(f.clientCpuPercent, 6, 'f', 0)
                           .arg(f.alerts, 7)
                           .arg(u"%1/%2"_s.arg(f.alertP50, 0, 'f', 0).arg(f.alertP99, 0, 'f', 0),
                                17)
                           .arg(f.stored.answeredFound)
                           .arg(f.ok);
                out.flush();
                steps << f;
                if (!receiver.running()) {
                    err << u"alpr-bench: the receiver ended during the load; see %1\n"_s.arg(log);
                    return 1;
                }
            }
        }
        receiver.stop();
    }

    QList<ImportFigures> imports;
    if (options.importGroups > 0) {
        for (bool images : {true, false}) {
            ImportFigures f;
            if (!runImport(options, prepared, pool, runTag, images, f, err))
                return 1;
            out << u"alprctl import reads of %1 one-group files %2 images: %3 s, %4 groups/s (%5 "
                   u"groups/s after the %6 s of starting and signing in)\n"_s.arg(f.groups)
                       .arg(images ? u"with"_s : u"without"_s)
                       .arg(f.seconds, 0, 'f', 1)
                       .arg(f.perSecond, 0, 'f', 0)
                       .arg(f.perSecondAfterSignIn, 0, 'f', 0)
                       .arg(f.fixedSeconds, 0, 'f', 1);
            out.flush();
            imports << f;
        }
    }

    CrashFigures crash;
    if (options.crashes > 0 && mode.hasReceive) {
        if (!runCrashes(options, prepared, pool, mode, runTag, crash, out, err))
            return 1;
        out << u"crash: %1 rounds of kill -9 under %2 groups/s: %3 answered 200, %4 of them "
               u"missing after the restart; %5 stores did not open, %6 trails did not verify; "
               u"restart to the first 200 %7 s on average\n"_s.arg(crash.rounds)
                   .arg(options.crashRate)
                   .arg(crash.answered)
                   .arg(crash.answeredMissing)
                   .arg(crash.openFailures)
                   .arg(crash.trailFailures)
                   .arg(crash.meanRestartSeconds, 0, 'f', 1);
        out.flush();
    }

    // The targets of the issue, as measured here.
    double bestImages = 0;
    double bestPlain = 0;
    double p99At200 = -1;
    qint64 missing = 0;
    QJsonArray stepArray;
    for (const StepFigures& f : steps) {
        (f.images ? bestImages : bestPlain) =
            std::max(f.images ? bestImages : bestPlain, f.throughput);
        if (f.images && f.offered == 200)
            p99At200 = f.p99;
        missing += f.stored.answeredMissing;
        stepArray.append(stepJson(f));
    }
    out << u"targets: %1 groups/s with images (target 500), %2 without (target 5,000), p99 at "
           u"200/s %3 ms (target 250), %4 answered 200 but not stored (target 0)\n"_s
               .arg(bestImages, 0, 'f', 0)
               .arg(bestPlain, 0, 'f', 0)
               .arg(p99At200, 0, 'f', 0)
               .arg(missing);
    QJsonArray importArray;
    for (const ImportFigures& f : imports)
        importArray.append(QJsonObject{{u"images"_s, f.images},
                                       {u"groups"_s, f.groups},
                                       {u"seconds"_s, f.seconds},
                                       {u"groups_per_s"_s, f.perSecond},
                                       {u"groups_per_s_after_sign_in"_s, f.perSecondAfterSignIn},
                                       {u"sign_in_seconds"_s, f.fixedSeconds}});
    QJsonObject json{{u"benchmark"_s, u"ingest"_s},
                     {u"exact_entries"_s, options.entries},
                     {u"pattern_entries"_s, options.patterns},
                     {u"connections"_s, options.connections},
                     {u"seconds_per_step"_s, options.seconds},
                     {u"receiver"_s, mode.hasReceive ? options.alprctl : u"missing"_s},
                     {u"agents_from"_s, mode.agentsFile ? u"file"_s : u"store"_s},
                     {u"image_kb_mean"_s, double(pool.mean) / 1024.0},
                     {u"steps"_s, stepArray},
                     {u"best_groups_per_s_images"_s, bestImages},
                     {u"best_groups_per_s_plain"_s, bestPlain},
                     {u"p99_ms_at_200"_s, p99At200},
                     {u"answered_200_missing"_s, missing},
                     {u"import"_s, importArray}};
    if (options.crashes > 0)
        json.insert(u"crash"_s, QJsonObject{{u"rounds"_s, crash.rounds},
                                            {u"answered_200"_s, crash.answered},
                                            {u"answered_200_missing"_s, crash.answeredMissing},
                                            {u"stored_not_answered"_s, crash.storedNotAnswered},
                                            {u"open_failures"_s, crash.openFailures},
                                            {u"trail_failures"_s, crash.trailFailures},
                                            {u"start_failures"_s, crash.startFailures},
                                            {u"restart_s_mean"_s, crash.meanRestartSeconds}});
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    return mode.hasReceive && missing == 0 && crash.answeredMissing == 0 &&
                   crash.trailFailures == 0 && crash.openFailures == 0
               ? 0
               : 1;
}

} // namespace alpr::bench
