// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench search --store postgresql://…: the department store's search,
// as a detective's workstation calls it (SearchService::search: the server
// searches, records the access and answers after the commit), against the
// same plates searched with pg_trgm alone, on the synthetic data of the file
// store's benchmark, copied to the server with 'alprctl pg migrate'.
#include "receiverload.h"
#include "searchbenchmark.h"
#include "searchpatterns.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "common/securebytes.h"
#include "demo/demostore.h"
#include "inquiry/searchservice.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/platepattern.h"
#include "search/searchengine.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace alpr::bench {

namespace {

// The server's own administrator, made by 'pg init' for the benchmark.
const char kAdminPassword[] = "quartz-meadow-lantern-2026";
const char kTemporaryPassword[] = "harbor-violet-kettle-2026";
const char kClientRole[] = "alpr_bench_client";
const char kConnection[] = "alpr-bench-superuser";
const char kCase[] = "26-000123";
const char kPurpose[] = "criminal-investigation";

struct Row
{
    BenchPattern pattern;
    qint64 fileCount = 0;   // the file store's engine on the same data
    qint64 serverCount = 0; // the department store's search
    std::optional<qint64> trgmCount;
    double serverMs = 0;
    double trgmMs = 0;
};

class Superuser
{
public:
    explicit Superuser(const QUrl& url)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, QString::fromLatin1(kConnection));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            m_problem = db.lastError().text();
    }
    ~Superuser()
    {
        QSqlDatabase::database(QString::fromLatin1(kConnection), false).close();
        QSqlDatabase::removeDatabase(QString::fromLatin1(kConnection));
    }
    QString problem() const { return m_problem; }

    // The first column of the first row, or the problem.
    Result<QVariant> value(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(kConnection), false));
        if (!q.prepare(sql))
            return failed(q, sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return failed(q, sql);
        return q.next() ? q.value(0) : QVariant();
    }

    Result<void> exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(kConnection), false));
        if (!q.exec(sql))
            return failed(q, sql);
        return {};
    }

    // The top kLimit reads newest first and the count, of the reads whose
    // plate the pg_trgm table matches by where.
    Result<qint64> baseline(const QString& where, const QVariantList& binds) const
    {
        const QString from = u"FROM alpr.reads r JOIN alpr_bench.plates p ON p.id = r.plate_id"
                             u" WHERE "_s +
                             where;
        QSqlQuery q(QSqlDatabase::database(QString::fromLatin1(kConnection), false));
        q.setForwardOnly(true);
        const QString top = u"SELECT r.id "_s + from +
                            u" ORDER BY r.captured_at DESC, r.id DESC LIMIT %1"_s.arg(kLimit);
        if (!q.prepare(top))
            return failed(q, top);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return failed(q, top);
        while (q.next()) {
        }
        auto count = value(u"SELECT count(*) "_s + from, binds);
        if (!count)
            return count.error();
        return count->toLongLong();
    }

private:
    static Error failed(const QSqlQuery& q, const QString& sql)
    {
        return makeError(ErrorCode::Database,
                         u"'%1' failed: %2"_s.arg(sql.left(160), q.lastError().text()));
    }

    QString m_problem;
};

// Runs alprctl with the environment given; its output, or what it said.
Result<QString> alprctl(const QString& program, const QStringList& args,
                        const QList<std::pair<QString, QString>>& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : env)
        e.insert(name, value);
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10'000))
        return makeError(ErrorCode::Io, u"cannot start %1: %2"_s.arg(program, p.errorString()));
    p.waitForFinished(-1); // a migration of 10,000,000 reads takes a quarter of an hour
    const QString output = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Internal,
                         u"'alprctl %1' failed (exit %2): %3"_s.arg(args.mid(2).join(u' '))
                             .arg(p.exitCode())
                             .arg(output.trimmed().right(600)));
    return output;
}

// Readies a detective as an administrator does, through alprctl: the
// account with a temporary password (first: 'user add NAME --roles
// detective' for a new one, 'user passwd NAME' for a migrated one), the
// training, then the detective's own change to the demo password.
Result<void> readyDetective(const QString& program, const QString& clientUrl, const QString& name,
                            const QStringList& first)
{
    const QString admin = QString::fromLatin1(kAdminPassword);
    const QString temporary = QString::fromLatin1(kTemporaryPassword);
    // Yesterday: the server checks training against the department's own
    // date, which may not have reached this machine's today yet.
    const QString today = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const QList<std::pair<QStringList, QList<std::pair<QString, QString>>>> steps{
        {QStringList{u"--user"_s, u"admin"_s, u"user"_s} + first,
         {{u"ALPR_PASSWORD"_s, admin}, {u"ALPR_NEW_PASSWORD"_s, temporary}}},
        {{u"--user"_s, u"admin"_s, u"user"_s, u"train"_s, name, u"--course"_s,
          u"ALPR policy (benchmark)"_s, u"--completed"_s, today},
         {{u"ALPR_PASSWORD"_s, admin}}},
        {{u"--user"_s, name, u"user"_s, u"passwd"_s, name},
         {{u"ALPR_PASSWORD"_s, temporary}, {u"ALPR_NEW_PASSWORD"_s, demoPassword()}}},
    };
    for (const auto& [args, env] : steps)
        if (auto r = alprctl(program, QStringList{u"--store"_s, clientUrl} + args, env); !r)
            return r.error();
    return {};
}

// Copies the file store to the server's empty database and readies the
// detective: 'pg init', 'pg migrate', a password and training for the
// detective (a migrated person's password is unknown), then VACUUM ANALYZE.
Result<void> migrate(const SearchBenchmarkOptions& options, const Superuser& su,
                     const QString& file, const QString& clientUrl, QTextStream& out)
{
    const QString superUrl = options.store;
    const QString extension = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(u"../lib/alpr-workstation/alpr_pg.so"_s);
    const QString admin = QString::fromLatin1(kAdminPassword);
    const auto start = std::chrono::steady_clock::now();
    if (auto r = alprctl(options.alprctl,
                         {u"--store"_s, superUrl, u"pg"_s, u"init"_s, u"--admin"_s, u"admin"_s,
                          u"--login-role"_s, QString::fromLatin1(kClientRole), u"--extension"_s,
                          QDir::cleanPath(extension)},
                         {{u"ALPR_PASSWORD"_s, admin}});
        !r)
        return r.error();
    out << u"server: copying %1 reads with 'alprctl pg migrate'\n"_s.arg(options.reads);
    out.flush();
    if (auto r = alprctl(options.alprctl,
                         {u"--store"_s, superUrl, u"pg"_s, u"migrate"_s, u"--from"_s, file,
                          u"--file-user"_s, u"admin"_s},
                         {{u"ALPR_PASSWORD"_s, demoPassword()}});
        !r)
        return r.error();
    const double migrateMs = msSince(start);
    if (auto r = readyDetective(options.alprctl, clientUrl, u"detective"_s,
                                {u"passwd"_s, u"detective"_s});
        !r)
        return r.error();
    for (const char* table : {"alpr.reads", "alpr.plates", "alpr.read_candidates"})
        if (auto r = su.exec(u"VACUUM ANALYZE %1"_s.arg(QLatin1String(table))); !r)
            return r;
    out << u"server: copied in %1 s, vacuumed and analysed in %2 s more\n"_s
               .arg(migrateMs / 1000, 0, 'f', 1)
               .arg((msSince(start) - migrateMs) / 1000, 0, 'f', 1);
    out.flush();
    return {};
}

// pg_trgm alone, for comparison: the same distinct plates in a table of
// their own (so the server's own search cannot use its index) with a
// trigram GIN index.
Result<double> prepareTrigrams(const Superuser& su)
{
    auto exists = su.value(u"SELECT to_regclass('alpr_bench.plates') IS NOT NULL"_s);
    if (!exists)
        return exists.error();
    if (exists->toBool())
        return 0.0;
    const auto start = std::chrono::steady_clock::now();
    for (
        const QString& sql :
        {u"CREATE SCHEMA alpr_bench"_s,
         u"CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA alpr_bench"_s,
         u"CREATE TABLE alpr_bench.plates AS SELECT id, plate FROM alpr.plates"_s,
         u"CREATE INDEX plates_trgm ON alpr_bench.plates USING gin (plate alpr_bench.gin_trgm_ops)"_s,
         u"CREATE UNIQUE INDEX plates_id ON alpr_bench.plates(id)"_s,
         u"ANALYZE alpr_bench.plates"_s})
        if (auto r = su.exec(sql); !r)
            return r.error();
    return msSince(start);
}

// A table or index with its month tables' (a partitioned one: alpr.reads).
// pg_partition_tree names nothing for a relation that is not partitioned.
QString megabytes(const Superuser& su, const QString& relation)
{
    auto bytes = su.value(u"SELECT coalesce((SELECT sum(pg_total_relation_size(relid))"
                          " FROM pg_partition_tree(to_regclass($1))),"
                          " pg_total_relation_size(to_regclass($1)))"_s,
                          {relation});
    return bytes ? QString::number(bytes->toDouble() / 1e6, 'f', 0) : u"?"_s;
}

// A detective's search for a pattern of the list, as the workstation sends it.
SearchRequest benchRequest(const BenchPattern& pattern, bool candidates)
{
    SearchRequest request;
    request.caseNumber = QString::fromLatin1(kCase);
    request.purpose = QString::fromLatin1(kPurpose);
    request.pattern = pattern.text;
    request.misread = pattern.misread;
    request.maxEdits = pattern.maxEdits;
    request.candidates = candidates;
    request.limit = kLimit;
    if (pattern.recent) {
        const QDateTime end(kLastDay.addDays(1), QTime(0, 0), Qt::UTC);
        request.filters.from = end.addDays(-kRecentDays);
        request.filters.to = end;
    }
    return request;
}

// ---------------------------------------------------------------------------
// --load: detectives searching while the receiver stores a camera feed.

struct ClientFigures
{
    std::vector<double> ms;
    qint64 failures = 0;
    QString problem; // the first failure, or why the client could not sign in
};

// One detective's workstation: signs in, waits for the start, then searches
// the patterns in turn (from its own offset) until the end.
void searchingClient(const QString& clientUrl, const QString& user,
                     const std::vector<BenchPattern>& patterns, bool candidates, int offset,
                     std::atomic<int>& ready, const std::atomic<bool>& go,
                     SteadyClock::time_point& end, ClientFigures& figures)
{
    auto signedIn =
        SignIn::signIn(clientUrl, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
    ++ready;
    if (!signedIn) {
        figures.problem = signedIn.error().message;
        ++figures.failures;
        return;
    }
    while (!go.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    SearchService service(**signedIn);
    for (std::size_t i = std::size_t(offset); SteadyClock::now() < end; ++i) {
        const BenchPattern& pattern = patterns[i % patterns.size()];
        const SearchRequest request = benchRequest(pattern, candidates);
        const auto start = SteadyClock::now();
        auto outcome = service.search(request);
        if (!outcome) {
            ++figures.failures;
            if (figures.problem.isEmpty())
                figures.problem = u"'%1': %2"_s.arg(pattern.label(), outcome.error().message);
            continue;
        }
        figures.ms.push_back(msSince(start));
    }
    signedIn->reset(); // signs out on this thread, whose connection it is
}

// The accounts of the load test, made once through alprctl as an
// administrator makes them: detectives load-detective-1…N (trained, with the
// demo password) and the ingest service account load-feeder, whose password
// file is kept in the benchmark's directory.
Result<void> loadAccounts(const SearchBenchmarkOptions& options, const Superuser& su,
                          const QString& clientUrl, const QString& feederFile, QTextStream& out)
{
    const QString admin = QString::fromLatin1(kAdminPassword);
    // Yesterday: the server checks training against the department's own
    // date, which may not have reached this machine's today yet.
    const QString today = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const auto exists = [&](const QString& name) -> Result<bool> {
        auto n = su.value(u"SELECT count(*) FROM alpr.users WHERE username = $1"_s, {name});
        if (!n)
            return n.error();
        return n->toLongLong() > 0;
    };
    const auto run = [&](const QStringList& args, const QList<std::pair<QString, QString>>& env) {
        return alprctl(options.alprctl, QStringList{u"--store"_s, clientUrl} + args, env);
    };
    for (int k = 1; k <= options.load.clients; ++k) {
        const QString name = u"load-detective-%1"_s.arg(k);
        auto present = exists(name);
        if (!present)
            return present.error();
        if (*present)
            continue;
        out << u"server: making %1\n"_s.arg(name);
        out.flush();
        if (auto r = readyDetective(options.alprctl, clientUrl, name,
                                    {u"add"_s, name, u"--roles"_s, u"detective"_s});
            !r)
            return r.error();
    }
    // The administrator verifies the trail at the end, which needs training too.
    auto trained = su.value(u"SELECT count(*) FROM alpr.training t JOIN alpr.users u ON "
                            u"u.id = t.user_id WHERE u.username = 'admin'"_s);
    if (!trained)
        return trained.error();
    if (trained->toLongLong() == 0)
        if (auto r = run({u"--user"_s, u"admin"_s, u"user"_s, u"train"_s, u"admin"_s, u"--course"_s,
                          u"ALPR policy (benchmark)"_s, u"--completed"_s, today},
                         {{u"ALPR_PASSWORD"_s, admin}});
            !r)
            return r.error();
    auto feeder = exists(u"load-feeder"_s);
    if (!feeder)
        return feeder.error();
    if (*feeder && !QFileInfo::exists(feederFile))
        return makeError(
            ErrorCode::NotFound,
            u"the server has load-feeder but %1 is gone; drop the database"_s.arg(feederFile));
    if (!*feeder)
        if (auto r = run({u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"load-feeder"_s,
                          u"--roles"_s, u"ingest"_s, u"--password-file"_s, feederFile},
                         {{u"ALPR_PASSWORD"_s, admin}});
            !r)
            return r.error();
    return {};
}

int runLoad(const SearchBenchmarkOptions& options, const Superuser& su, const QString& clientUrl,
            const std::vector<BenchPattern>& patterns, QTextStream& out, QTextStream& err)
{
    const DepartmentLoadOptions& load = options.load;
    auto fail = [&](const QString& what, const QString& problem) {
        err << u"alpr-bench: %1: %2\n"_s.arg(what, problem);
        return 1;
    };
    const QString feederFile = QDir(options.directory).filePath(u"alpr-bench-load-feeder.pw"_s);
    if (auto r = loadAccounts(options, su, clientUrl, feederFile, out); !r)
        return fail(u"cannot make the load test's accounts"_s, r.error().message);
    const QByteArray runTag = QByteArray::number(wallMs(), 36).toUpper();
    auto token = alprctl(options.alprctl,
                         {u"--store"_s, clientUrl, u"--user"_s, u"admin"_s, u"agent"_s, u"add"_s,
                          u"load-camera-"_s + QString::fromLatin1(runTag).toLower()},
                         {{u"ALPR_PASSWORD"_s, QString::fromLatin1(kAdminPassword)}});
    if (!token)
        return fail(u"cannot add the load test's camera agent"_s, token.error().message);
    // The command prints the token alone on its standard output; notices go around it.
    static const QRegularExpression tokenShape(u"alpr1\\.[A-Za-z0-9_-]+"_s);
    const QString agentToken = tokenShape.match(*token).captured();
    if (agentToken.isEmpty())
        return fail(u"cannot add the load test's camera agent"_s, u"no token in: "_s + *token);
    auto readsBefore = su.value(u"SELECT count(*) FROM alpr.reads"_s);
    if (!readsBefore)
        return fail(u"the server"_s, readsBefore.error().message);

    const QString log = QDir(options.directory).filePath(u"alpr-bench-load-receiver.log"_s);
    ReceiverProcess receiver({options.alprctl,
                              clientUrl,
                              u"load-feeder"_s,
                              feederFile,
                              {},
                              detectMode(options.alprctl),
                              log});
    QString problem;
    if (!receiver.start(&problem))
        return fail(u"cannot start the receiver"_s, problem + u'\n' + logTail(log));

    // The detectives sign in first; then the cameras and the searches start together.
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    SteadyClock::time_point end = SteadyClock::now() + std::chrono::hours(1);
    std::vector<ClientFigures> figures(std::size_t(load.clients));
    std::vector<std::thread> clients;
    for (int k = 0; k < load.clients; ++k)
        clients.emplace_back(searchingClient, std::cref(clientUrl),
                             u"load-detective-%1"_s.arg(k + 1), std::cref(patterns),
                             options.candidates,
                             int(k * patterns.size() / std::size_t(load.clients)), std::ref(ready),
                             std::cref(go), std::ref(end), std::ref(figures[std::size_t(k)]));
    while (ready.load() < load.clients)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const ImagePool pool = makeImagePool(options.seed, 40);
    const QStringList listed;
    LoadPlan plan;
    plan.port = receiver.port();
    plan.token = agentToken.toLatin1();
    plan.uuidPrefix = "LOAD-" + runTag + '-';
    plan.rate = load.rate;
    plan.seconds = load.seconds;
    plan.connections = load.connections;
    plan.images = true;
    plan.hitPercent = 0;
    plan.pool = &pool;
    plan.listed = &listed;
    out << u"load: %1 detectives searching the %2 patterns%7 without pause; the receiver offered"
           u" %3 groups/s with images (%4 KB mean overview) over %5 connections; %6 s\n"_s
               .arg(load.clients)
               .arg(patterns.size())
               .arg(load.rate)
               .arg(pool.mean / 1024)
               .arg(load.connections)
               .arg(load.seconds)
               .arg(options.candidates ? u" (alternative readings too)"_s : u" (plate only)"_s);
    out.flush();
    const double receiverCpuBefore = cpuSeconds(receiver.pid());
    end = SteadyClock::now() + std::chrono::seconds(load.seconds) + std::chrono::milliseconds(50);
    go = true;
    const LoadResult fed = runLoad(plan);
    for (std::thread& t : clients)
        t.join();
    const double receiverCpu = cpuSeconds(receiver.pid()) - receiverCpuBefore;
    receiver.stop();

    // Every read answered 200 must be on the server.
    QStringList answered;
    QMap<int, qint64> statuses;
    std::vector<double> postMs;
    for (const Sample& s : fed.samples) {
        ++statuses[s.status];
        postMs.push_back(s.latencyMs);
        if (s.status == 200)
            answered << QString::fromLatin1(uuidFor(plan.uuidPrefix, s.index));
    }
    auto stored = su.value(u"SELECT count(*) FROM alpr.reads WHERE external_id = ANY($1::text[])"_s,
                           {u"{"_s + answered.join(u',') + u"}"_s});
    if (!stored)
        return fail(u"the server"_s, stored.error().message);
    auto readsAfter = su.value(u"SELECT count(*) FROM alpr.reads"_s);
    const auto verify =
        alprctl(options.alprctl,
                {u"--store"_s, clientUrl, u"--user"_s, u"admin"_s, u"audit"_s, u"verify"_s},
                {{u"ALPR_PASSWORD"_s, QString::fromLatin1(kAdminPassword)}});

    std::vector<double> searches;
    qint64 failures = 0;
    QString firstProblem;
    const QStringList header{u"client"_s, u"searches"_s, u"p50 ms"_s,
                             u"p95 ms"_s, u"max ms"_s,   u"failed"_s};
    const std::vector<int> widths{-20, 9, 8, 8, 8, 7};
    out << u"\n"_s;
    printRow(out, header, widths);
    for (int k = 0; k < load.clients; ++k) {
        const ClientFigures& f = figures[std::size_t(k)];
        searches.insert(searches.end(), f.ms.begin(), f.ms.end());
        failures += f.failures;
        if (firstProblem.isEmpty() && !f.problem.isEmpty())
            firstProblem = f.problem;
        printRow(out,
                 {u"load-detective-%1"_s.arg(k + 1), QString::number(f.ms.size()),
                  ms(percentile(f.ms, 50)), ms(percentile(f.ms, 95)),
                  ms(f.ms.empty() ? 0 : *std::max_element(f.ms.begin(), f.ms.end())),
                  QString::number(f.failures)},
                 widths);
    }
    const double seconds = fed.elapsedMs / 1000;
    const qint64 ok = statuses.value(200);
    QStringList statusText;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        statusText << u"%1: %2"_s.arg(it.key() < 0 ? u"no answer"_s : QString::number(it.key()))
                          .arg(it.value());
    const bool allStored = ok > 0 && stored->toLongLong() == ok;
    const bool trailOk = bool(verify);
    out << u"\nsearches: %1 in %2 s (%3/s), p50 %4 ms, p95 %5 ms, p99 %6 ms, %7 failed%8\n"_s
               .arg(searches.size())
               .arg(load.seconds)
               .arg(double(searches.size()) / load.seconds, 0, 'f', 1)
               .arg(ms(percentile(searches, 50)))
               .arg(ms(percentile(searches, 95)))
               .arg(ms(percentile(searches, 99)))
               .arg(failures)
               .arg(firstProblem.isEmpty() ? QString() : u" (first: %1)"_s.arg(firstProblem));
    out << u"receiver: %1 groups answered 200 in %2 s = %3 groups/s (offered %4); answers %5; "
           u"POST p50 %6 ms, p99 %7 ms; the receiver's CPU %8 s\n"_s.arg(ok)
               .arg(seconds, 0, 'f', 1)
               .arg(double(ok) / seconds, 0, 'f', 1)
               .arg(load.rate)
               .arg(statusText.join(u", "_s))
               .arg(ms(percentile(postMs, 50)))
               .arg(ms(percentile(postMs, 99)))
               .arg(receiverCpu, 0, 'f', 1);
    out << u"stored: %1 of the %2 reads answered 200 are on the server (%3 reads before, %4 "
           u"after); the trail %5\n"_s.arg(stored->toLongLong())
               .arg(ok)
               .arg(readsBefore->toLongLong())
               .arg(readsAfter ? readsAfter->toLongLong() : -1)
               .arg(trailOk ? u"verifies"_s : u"DOES NOT VERIFY: "_s + verify.error().message);
    const QJsonObject json{
        {u"benchmark"_s, u"load-department"_s},
        {u"reads"_s, options.reads},
        {u"cores"_s, QThread::idealThreadCount()},
        {u"clients"_s, load.clients},
        {u"candidates"_s, options.candidates},
        {u"seconds"_s, load.seconds},
        {u"searches"_s, qint64(searches.size())},
        {u"search_failures"_s, failures},
        {u"search_p50_ms"_s, rounded(percentile(searches, 50))},
        {u"search_p95_ms"_s, rounded(percentile(searches, 95))},
        {u"search_p99_ms"_s, rounded(percentile(searches, 99))},
        {u"offered_groups_per_s"_s, load.rate},
        {u"groups_per_s"_s, rounded(double(ok) / seconds)},
        {u"answered_200"_s, ok},
        {u"post_p50_ms"_s, rounded(percentile(postMs, 50))},
        {u"post_p99_ms"_s, rounded(percentile(postMs, 99))},
        {u"all_answered_stored"_s, allStored},
        {u"trail_verifies"_s, trailOk},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    out.flush();
    return allStored && trailOk && failures == 0 ? 0 : 1;
}

} // namespace

int runDepartmentSearchBenchmark(const SearchBenchmarkOptions& options, QTextStream& out,
                                 QTextStream& err)
{
    auto fail = [&](const QString& what, const QString& problem) {
        err << u"alpr-bench: %1: %2\n"_s.arg(what, problem);
        return 1;
    };
    const QUrl url(options.store);
    if (url.scheme() != u"postgresql"_s || url.path().size() < 2)
        return fail(u"--store"_s, u"'%1' is not postgresql://SUPERUSER@HOST:PORT/DATABASE"_s.arg(
                                      url.toDisplayString(QUrl::RemovePassword)));

    QString problem;
    const QString file = syntheticStore(options, out, err, &problem);
    if (file.isEmpty())
        return fail(u"cannot make the benchmark store"_s, problem);

    const Superuser su(url);
    if (!su.problem().isEmpty())
        return fail(u"cannot connect to %1 (the database must exist: createdb, empty)"_s.arg(
                        url.toDisplayString(QUrl::RemovePassword)),
                    su.problem());
    // The workstations' login role, with a password of this run.
    const QString rolePassword = QString::number(QRandomGenerator::system()->generate64(), 16) +
                                 QString::number(QRandomGenerator::system()->generate64(), 16);
    for (const QString& sql :
         {u"DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
          u" CREATE ROLE %1 LOGIN; END IF; END$$"_s.arg(QLatin1String(kClientRole)),
          u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(QLatin1String(kClientRole), rolePassword)})
        if (auto r = su.exec(sql); !r)
            return fail(u"cannot make the login role"_s, r.error().message);
    QUrl client = url;
    client.setUserName(QString::fromLatin1(kClientRole));
    client.setPassword(rolePassword);
    const QString clientUrl = client.toString();

    auto present = su.value(u"SELECT to_regclass('alpr.reads') IS NOT NULL"_s);
    if (!present)
        return fail(u"the server"_s, present.error().message);
    if (!present->toBool()) {
        if (auto r = migrate(options, su, file, clientUrl, out); !r)
            return fail(u"cannot copy the synthetic store to the server"_s, r.error().message);
    } else {
        if (auto r = su.exec(u"GRANT alpr_workstation TO %1"_s.arg(QLatin1String(kClientRole))); !r)
            return fail(u"cannot let the login role in"_s, r.error().message);
        out << u"server: reusing the data in %1 (drop the database to copy it again)\n"_s.arg(
            url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo));
    }
    auto serverReads = su.value(u"SELECT count(*) FROM alpr.reads"_s);
    if (!serverReads)
        return fail(u"the server"_s, serverReads.error().message);
    // The counts are compared with the file store's; --load adds the
    // cameras' reads, and only needs the synthetic ones to be there.
    if (options.load.run ? serverReads->toLongLong() < options.reads
                         : serverReads->toLongLong() != options.reads)
        return fail(u"the server"_s,
                    u"its database holds %1 reads, not %2; use an empty one (a --load run adds "
                    u"reads: the pattern table needs a database of its own)"_s
                        .arg(serverReads->toLongLong())
                        .arg(options.reads));
    auto trigramMs = prepareTrigrams(su);
    if (!trigramMs)
        return fail(u"cannot set up the pg_trgm baseline"_s, trigramMs.error().message);

    // The file store's engine, for the picks and the counts to agree with.
    auto fileSession = SignIn::signIn(file, u"detective"_s, SecureBytes::fromUtf8(demoPassword()),
                                      Clock::system());
    if (!fileSession)
        return fail(u"cannot sign in to %1"_s.arg(file), fileSession.error().message);
    PlateIndex index;
    if (auto built = index.build(storeOf(**fileSession).database()); !built)
        return fail(u"cannot build the plate index"_s, built.error().message);
    const MisreadTable table = MisreadTable::defaults();
    const std::vector<BenchPattern> patterns = patternList(pickPlates(index, table));
    const QDateTime end(kLastDay.addDays(1), QTime(0, 0), Qt::UTC);
    const QDateTime recentFrom = end.addDays(-kRecentDays);
    std::vector<Row> rows;
    for (const BenchPattern& pattern : patterns) {
        auto compiled = PlatePattern::compile(pattern.text, pattern.misread ? &table : nullptr);
        if (!compiled)
            return fail(u"cannot compile '%1'"_s.arg(pattern.text), compiled.error().message);
        const EngineQuery query = engineQuery(pattern, *compiled, options.candidates);
        Row row;
        row.pattern = pattern;
        row.fileCount = runEngine(index, query).total;
        rows.push_back(row);
    }
    fileSession->reset();
    if (options.load.run) {
        std::vector<BenchPattern> searched;
        for (const Row& row : rows)
            searched.push_back(row.pattern);
        return runLoad(options, su, clientUrl, searched, out, err);
    }

    auto signedIn = SignIn::signIn(clientUrl, u"detective"_s, SecureBytes::fromUtf8(demoPassword()),
                                   Clock::system());
    if (!signedIn)
        return fail(u"cannot sign in to the server as detective"_s, signedIn.error().message);
    SearchService service(**signedIn);

    const int cores = QThread::idealThreadCount();
    auto distinct = su.value(u"SELECT count(*) FROM alpr.plates"_s);
    out << u"server %1: reads %2, dictionary plates %3, cores %4\n"_s
               .arg(url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo))
               .arg(options.reads)
               .arg(distinct ? distinct->toLongLong() : -1)
               .arg(cores);
    const QString readsMb = megabytes(su, u"alpr.reads"_s);
    const QString tagsMb = megabytes(su, u"alpr.plates_tags"_s);
    const QString trgmMb = megabytes(su, u"alpr_bench.plates_trgm"_s);
    const QString plateTimeMb = megabytes(su, u"alpr.reads_plate_time"_s);
    out << u"sizes (MB): reads with their indexes %1 (of which plate and time %2); plate index"
           u" %3; pg_trgm index %4 (made in %5 s)\n"_s.arg(readsMb, plateTimeMb, tagsMb, trgmMb)
               .arg(*trigramMs / 1000, 0, 'f', 1);
    out << u"each pattern: 1 warm-up, median of %1 runs. server = SearchService::search as the "
           u"workstation calls it: the search, its audit event and access record, the commit and"
           u" the top %2 reads%3; pg_trgm = the same plates matched by their regular expression "
           u"with a trigram index, top %2 by time + count(*), no record (none for a distance)\n\n"_s
               .arg(options.runs)
               .arg(kLimit)
               .arg(options.candidates ? u" (alternative readings too)"_s : u" (plate only)"_s);
    out.flush();

    const QStringList header{u"pattern"_s,    u"family"_s,  u"matches"_s, u"server ms"_s,
                             u"pg_trgm ms"_s, u"speedup"_s, u"check"_s};
    const std::vector<int> widths{-26, -9, 9, 10, 11, 8, -6};
    printRow(out, header, widths);

    bool mismatch = false;
    for (Row& row : rows) {
        const BenchPattern& pattern = row.pattern;
        const SearchRequest request = benchRequest(pattern, options.candidates);
        auto regex = su.value(u"SELECT alpr.pattern_regex(alpr.normalize_pattern($1), $2)"_s,
                              {pattern.text, pattern.misread});
        if (!regex)
            return fail(u"the pattern '%1'"_s.arg(pattern.text), regex.error().message);
        QString where = u"p.plate ~ $1"_s;
        QVariantList binds{regex->toString()};
        if (pattern.recent) {
            where += u" AND r.captured_at >= $%1 AND r.captured_at < $%2"_s.arg(binds.size() + 1)
                         .arg(binds.size() + 2);
            binds << recentFrom << end;
        }
        std::vector<double> serverTimes;
        std::vector<double> trgmTimes;
        for (int run = 0; run <= options.runs; ++run) {
            const auto start = std::chrono::steady_clock::now();
            auto outcome = service.search(request);
            const double serverMs = msSince(start);
            if (!outcome)
                return fail(u"the server's search for '%1'"_s.arg(pattern.label()),
                            outcome.error().message);
            row.serverCount = outcome->totalCount;
            // pg_trgm sees the plate only, not the alternative readings, and
            // has nothing for a distance (levenshtein() over every plate).
            double trgmMs = 0;
            if (options.sql && !options.candidates && pattern.maxEdits == 0) {
                const auto trgmStart = std::chrono::steady_clock::now();
                auto count = su.baseline(where, binds);
                if (!count)
                    return fail(u"pg_trgm for '%1'"_s.arg(pattern.label()), count.error().message);
                row.trgmCount = *count;
                trgmMs = msSince(trgmStart);
            }
            if (run > 0) {
                serverTimes.push_back(serverMs);
                trgmTimes.push_back(trgmMs);
            }
        }
        row.serverMs = median(serverTimes);
        row.trgmMs = median(trgmTimes);
        const bool same = row.serverCount == row.fileCount &&
                          (!row.trgmCount || *row.trgmCount == row.serverCount);
        mismatch = mismatch || !same;
        printRow(out,
                 {pattern.label(), familyName(pattern.family), QString::number(row.serverCount),
                  ms(row.serverMs), row.trgmCount ? ms(row.trgmMs) : u"n/a"_s,
                  row.trgmCount && row.serverMs > 0
                      ? QString::number(row.trgmMs / row.serverMs, 'f', 1) + u'x'
                      : u"n/a"_s,
                  same ? u"ok"_s
                       : u"DIFF (file %1, pg_trgm %2)"_s.arg(row.fileCount)
                             .arg(row.trgmCount ? QString::number(*row.trgmCount) : u"-"_s)},
                 widths);
    }
    signedIn->reset();

    std::vector<double> all, wildcard, misread, exact, trgm, gapsSpeedup, misreadSpeedup;
    for (const Row& row : rows) {
        all.push_back(row.serverMs);
        if (row.trgmCount)
            trgm.push_back(row.trgmMs);
        const double speedup = row.serverMs > 0 ? row.trgmMs / row.serverMs : 0;
        switch (row.pattern.family) {
        case Family::Exact:
            exact.push_back(row.serverMs);
            break;
        case Family::Misread:
            misread.push_back(row.serverMs);
            if (row.trgmCount)
                misreadSpeedup.push_back(speedup);
            break;
        case Family::Gaps:
            if (row.trgmCount)
                gapsSpeedup.push_back(speedup);
            break;
        default:
            break;
        }
        if (isWildcard(row.pattern.family))
            wildcard.push_back(row.serverMs);
    }
    auto minimum = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : *std::min_element(v.begin(), v.end());
    };
    out << u"\nserver p50 %1 ms, p95 %2 ms; wildcard p50 %3 ms, p95 %4 ms (targets 50, 150);"
           u" misread p50 %5 ms (target 100); pg_trgm p50 %6 ms; fewest times faster than "
           u"pg_trgm: gaps %7x, misread %8x (target 10x)\n"_s.arg(ms(percentile(all, 50)))
               .arg(ms(percentile(all, 95)))
               .arg(ms(percentile(wildcard, 50)))
               .arg(ms(percentile(wildcard, 95)))
               .arg(ms(percentile(misread, 50)))
               .arg(ms(percentile(trgm, 50)))
               .arg(minimum(gapsSpeedup), 0, 'f', 1)
               .arg(minimum(misreadSpeedup), 0, 'f', 1);
    if (mismatch)
        out << u"WARNING: the server, the file store's engine and pg_trgm disagree on a count "
               u"(column check)\n"_s;
    const QJsonObject json{
        {u"benchmark"_s, u"search-department"_s},
        {u"reads"_s, options.reads},
        {u"dictionary_plates"_s, distinct ? distinct->toLongLong() : -1},
        {u"seed"_s, QString::number(options.seed)},
        {u"cores"_s, cores},
        {u"runs"_s, options.runs},
        {u"candidates"_s, options.candidates},
        {u"server_p50_ms"_s, rounded(percentile(all, 50))},
        {u"server_p95_ms"_s, rounded(percentile(all, 95))},
        {u"exact_max_ms"_s,
         rounded(exact.empty() ? 0 : *std::max_element(exact.begin(), exact.end()))},
        {u"wildcard_p50_ms"_s, rounded(percentile(wildcard, 50))},
        {u"wildcard_p95_ms"_s, rounded(percentile(wildcard, 95))},
        {u"misread_p50_ms"_s, rounded(percentile(misread, 50))},
        {u"pg_trgm_p50_ms"_s, rounded(percentile(trgm, 50))},
        {u"gaps_speedup_min"_s, rounded(minimum(gapsSpeedup))},
        {u"misread_speedup_min"_s, rounded(minimum(misreadSpeedup))},
        {u"reads_mb"_s, readsMb},
        {u"plate_index_mb"_s, tagsMb},
        {u"pg_trgm_index_mb"_s, trgmMb},
        {u"counts_agree"_s, !mismatch},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    out.flush();
    return mismatch ? 1 : 0;
}

} // namespace alpr::bench
