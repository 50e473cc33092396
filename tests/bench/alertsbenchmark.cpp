// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench alerts: from a hit committed by another process (the receiver,
// a cron import) to the hit in the dispatcher's queue. A child process
// imports reads that hit in batches and prints each commit's wall time; this
// process polls the store as the workstation does (ChangeNotice's
// data_version, then Alerts::queue on a change) and notes when each hit is
// first listed.
#include "alertsbenchmark.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "hits/alerts.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"
#include "ingest/readimporter.h"
#include "inquiry/changenotice.h"
#include "store/hotlistrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace alpr::bench {

namespace {

// The i-th listed plate ("8AL0001"): digits where the misread classes cannot
// turn one listed plate into another. Reads that do not hit start with 9.
QString listedPlate(int i)
{
    return u"8AL%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

QString otherPlate(int i)
{
    return u"9NH%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

bool addUser(Session& admin, const QString& name, Role role)
{
    UserAccount a;
    a.username = name;
    a.fullName = u"Benchmark "_s + name;
    a.organization = u"Bench PD"_s;
    a.roles = {role};
    const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
    return UserAdministration(admin).addUser(a, SecureBytes::fromUtf8(demoPassword())) &&
           UserAdministration(admin).addTraining(name, training);
}

// A store with the list of the plates, a dispatcher and a feeder.
bool makeStore(const QString& path, int plates, QString* problem)
{
    UserAccount admin;
    admin.username = u"bench"_s;
    admin.fullName = u"Benchmark Administrator"_s;
    admin.organization = u"Bench PD"_s;
    admin.roles = {Role::Administrator};
    auto session =
        SignIn::createStore(path, admin, SecureBytes::fromUtf8(demoPassword()), Clock::system());
    if (!session) {
        *problem = session.error().message;
        return false;
    }
    Session& s = *session.value();
    const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
    if (!UserAdministration(s).addTraining(admin.username, training) ||
        !addUser(s, u"dispatcher"_s, Role::Dispatcher) || !addUser(s, u"feeder"_s, Role::Records)) {
        *problem = u"cannot add the users"_s;
        return false;
    }
    HotList list;
    list.name = u"statewide"_s;
    list.purpose = u"stolen-vehicle"_s;
    auto id = HotLists(s).createList(list);
    if (!id) {
        *problem = id.error().message;
        return false;
    }
    QList<HotListEntry> entries;
    for (int i = 0; i < plates; ++i) {
        HotListEntry e;
        e.listId = id.value();
        e.plate = listedPlate(i);
        e.state = u"CA"_s;
        e.reason = u"bench"_s;
        e.status = EntryStatus::Approved;
        e.enteredBy = s.user().username;
        e.enteredAt = s.clock().now();
        entries.append(e);
    }
    HotList loaded = HotLists(s).list(list.name).value();
    loaded.loadedAt = s.clock().now();
    loaded.loadedBy = s.user().username;
    auto replaced = storeOf(s).hotLists().replaceEntries(
        loaded, entries, trailOf(s),
        TrailEntry{s.user().username, u"hotlist-imported"_s, {}, {}, u"success"_s});
    if (!replaced) {
        *problem = replaced.error().message;
        return false;
    }
    return true;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(
        std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

struct RunFigures
{
    int pollMs = 0;
    int hits = 0;
    int listed = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
    double queueMs = 0; // mean time of one Alerts::queue call
    int queueCalls = 0;
};

// One run: a new store, the feeder started, the queue polled every pollMs.
bool runOnce(const AlertsBenchmarkOptions& options, int pollMs, RunFigures& figures,
             QTextStream& err)
{
    QTemporaryDir dir(QDir(options.directory).filePath(u"alpr-bench-alerts-XXXXXX"_s));
    const QString path = dir.filePath(u"alerts.alprdb"_s);
    QString problem;
    if (!dir.isValid() || !makeStore(path, options.hits, &problem)) {
        err << u"alpr-bench: cannot make the store %1: %2\n"_s.arg(path, problem);
        return false;
    }
    auto session = SignIn::signIn(path, u"dispatcher"_s, SecureBytes::fromUtf8(demoPassword()),
                                  Clock::system());
    if (!session) {
        err << u"alpr-bench: the dispatcher cannot sign in: %1\n"_s.arg(session.error().message);
        return false;
    }
    Alerts alerts(*session.value());
    ChangeNotice notice(*session.value());
    notice.check();

    QProcess feeder;
    feeder.setProcessChannelMode(QProcess::SeparateChannels);
    feeder.start(QCoreApplication::applicationFilePath(),
                 {u"alerts-feed"_s, path, u"--hits"_s, QString::number(options.hits)});
    if (!feeder.waitForStarted()) {
        err << u"alpr-bench: cannot start the feeding process\n"_s;
        return false;
    }

    QHash<int, qint64> commitMs; // batch -> wall time of its commit
    QByteArray pending;
    const auto readCommits = [&]() {
        pending += feeder.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = pending.left(nl).trimmed().split(' ');
            pending.remove(0, nl + 1);
            if (parts.size() == 3 && parts[0] == "commit")
                commitMs.insert(parts[1].toInt(), parts[2].toLongLong());
        }
    };
    QHash<QString, int> indexOf;
    for (int i = 0; i < options.hits; ++i)
        indexOf.insert(listedPlate(i), i);
    QHash<int, qint64> listedMs; // hit index -> wall time it was first listed
    double queueTotalMs = 0;
    const auto start = std::chrono::steady_clock::now();
    bool feederDone = false;
    qint64 doneAt = 0;
    for (qint64 tick = 1;; ++tick) {
        // The workstation's timer: ticks at fixed times, whatever a poll took.
        const auto next = start + std::chrono::milliseconds(tick * pollMs);
        const auto wait = next - std::chrono::steady_clock::now();
        if (wait.count() > 0)
            QThread::usleep(
                quint64(std::chrono::duration_cast<std::chrono::microseconds>(wait).count()));
        if (notice.check()) {
            const auto before = std::chrono::steady_clock::now();
            auto queue = alerts.queue(options.hits + 100);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            queueTotalMs +=
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before)
                    .count();
            ++figures.queueCalls;
            if (!queue) {
                err << u"alpr-bench: the queue failed: %1\n"_s.arg(queue.error().message);
                feeder.kill();
                feeder.waitForFinished();
                return false;
            }
            for (const HitRecord& h : queue.value()) {
                const int i = indexOf.value(h.readPlate, -1);
                if (i >= 0 && !listedMs.contains(i))
                    listedMs.insert(i, now);
            }
        }
        // The child's output and its end reach QProcess through the event loop.
        QCoreApplication::processEvents();
        readCommits();
        if (!feederDone && feeder.state() == QProcess::NotRunning) {
            feederDone = true;
            doneAt = QDateTime::currentMSecsSinceEpoch();
            readCommits();
            if (feeder.exitCode() != 0) {
                err << u"alpr-bench: the feeding process failed: %1\n"_s.arg(
                    QString::fromUtf8(feeder.readAllStandardError()));
                return false;
            }
        }
        if (feederDone && (listedMs.size() >= options.hits ||
                           QDateTime::currentMSecsSinceEpoch() - doneAt > 10'000))
            break;
    }
    std::vector<double> latencies;
    for (auto it = listedMs.begin(); it != listedMs.end(); ++it) {
        const int batch = it.key() / options.batchHits;
        if (commitMs.contains(batch))
            latencies.push_back(double(it.value() - commitMs.value(batch)));
    }
    figures.pollMs = pollMs;
    figures.hits = options.hits;
    figures.listed = int(latencies.size());
    figures.p50 = percentile(latencies, 0.50);
    figures.p99 = percentile(latencies, 0.99);
    figures.max = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    double sum = 0;
    for (double l : latencies)
        sum += l;
    figures.mean = latencies.empty() ? 0 : sum / double(latencies.size());
    figures.queueMs = figures.queueCalls ? queueTotalMs / figures.queueCalls : 0;
    return true;
}

} // namespace

int runAlertsFeed(const QString& store, const AlertsBenchmarkOptions& options, QTextStream& out,
                  QTextStream& err)
{
    auto session =
        SignIn::signIn(store, u"feeder"_s, SecureBytes::fromUtf8(demoPassword()), Clock::system());
    if (!session) {
        err << u"alpr-bench alerts-feed: cannot sign in: %1\n"_s.arg(session.error().message);
        return 1;
    }
    // As the receiver: one matcher kept between imports.
    HitMatching matching(*session.value());
    ReadImporter importer(*session.value(), nullptr, &matching);
    const int batches = (options.hits + options.batchHits - 1) / options.batchHits;
    int other = 0;
    for (int b = 0; b < batches; ++b) {
        QThread::msleep(quint64(options.batchGapMs));
        QList<ReadRecord> reads;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = b * options.batchHits; i < std::min(options.hits, (b + 1) * options.batchHits);
             ++i) {
            for (int k = 0; k < 4; ++k) {
                ReadRecord r;
                r.plate = k == 0 ? listedPlate(i) : otherPlate(other++);
                r.state = u"CA"_s;
                r.capturedAt = at.addMSecs(-(i % 1000));
                r.cameraCode = u"bench:%1"_s.arg(i % 20);
                r.cameraName = u"bench camera %1"_s.arg(i % 20);
                r.confidence = 90;
                r.sourceKind = SourceKind::Fixed;
                reads.append(r);
            }
        }
        auto imported = importer.importReads(reads, u"bench batch"_s);
        // Committed when importReads returns: that is the time to beat.
        const qint64 committed = QDateTime::currentMSecsSinceEpoch();
        if (!imported) {
            err << u"alpr-bench alerts-feed: the import failed: %1\n"_s.arg(
                imported.error().message);
            return 1;
        }
        out << u"commit %1 %2\n"_s.arg(b).arg(committed);
        out.flush();
    }
    return 0;
}

int runAlertsBenchmark(const AlertsBenchmarkOptions& options, QTextStream& out, QTextStream& err)
{
    out << u"alerts: %1 hits committed by another process in batches of %2 (with %3 reads that "
           u"do not hit), %4 ms apart\n"_s.arg(options.hits)
               .arg(options.batchHits)
               .arg(options.batchHits * 3)
               .arg(options.batchGapMs);
    out.flush();
    QJsonArray runs;
    for (int pollMs : {1000, 100}) {
        RunFigures f;
        if (!runOnce(options, pollMs, f, err))
            return 1;
        out << u"poll every %1 ms: %2 of %3 hits listed; commit to queue p50 %4 ms, p99 %5 ms, "
               u"max %6 ms, mean %7 ms; %8 queue listings of %9 ms each on average\n"_s
                   .arg(f.pollMs)
                   .arg(f.listed)
                   .arg(f.hits)
                   .arg(f.p50, 0, 'f', 0)
                   .arg(f.p99, 0, 'f', 0)
                   .arg(f.max, 0, 'f', 0)
                   .arg(f.mean, 0, 'f', 0)
                   .arg(f.queueCalls)
                   .arg(f.queueMs, 0, 'f', 1);
        out.flush();
        runs.append(QJsonObject{{u"poll_ms"_s, f.pollMs},
                                {u"hits"_s, f.hits},
                                {u"listed"_s, f.listed},
                                {u"p50_ms"_s, f.p50},
                                {u"p99_ms"_s, f.p99},
                                {u"max_ms"_s, f.max},
                                {u"mean_ms"_s, f.mean},
                                {u"queue_calls"_s, f.queueCalls},
                                {u"queue_mean_ms"_s, f.queueMs}});
    }
    const QJsonObject json{{u"benchmark"_s, u"alerts"_s},
                           {u"hits"_s, options.hits},
                           {u"batch_hits"_s, options.batchHits},
                           {u"batch_gap_ms"_s, options.batchGapMs},
                           {u"runs"_s, runs}};
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    return 0;
}

} // namespace alpr::bench
