// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench search --store postgresql://…: the department store's search,
// as a detective's workstation calls it (SearchService::search: the server
// searches, records the access and answers after the commit), against the
// same plates searched with pg_trgm alone, on the synthetic data of the file
// store's benchmark, copied to the server with 'alprctl pg migrate'.
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <optional>

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
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QList<std::pair<QStringList, QList<std::pair<QString, QString>>>> steps{
        {{u"--user"_s, u"admin"_s, u"user"_s, u"passwd"_s, u"detective"_s},
         {{u"ALPR_PASSWORD"_s, admin},
          {u"ALPR_NEW_PASSWORD"_s, QString::fromLatin1(kTemporaryPassword)}}},
        {{u"--user"_s, u"admin"_s, u"user"_s, u"train"_s, u"detective"_s, u"--course"_s,
          u"ALPR policy (benchmark)"_s, u"--completed"_s, today},
         {{u"ALPR_PASSWORD"_s, admin}}},
        {{u"--user"_s, u"detective"_s, u"user"_s, u"passwd"_s, u"detective"_s},
         {{u"ALPR_PASSWORD"_s, QString::fromLatin1(kTemporaryPassword)},
          {u"ALPR_NEW_PASSWORD"_s, demoPassword()}}},
    };
    for (const auto& [args, env] : steps)
        if (auto r = alprctl(options.alprctl, QStringList{u"--store"_s, clientUrl} + args, env); !r)
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

QString megabytes(const Superuser& su, const QString& relation)
{
    auto bytes = su.value(u"SELECT pg_total_relation_size(to_regclass($1))"_s, {relation});
    return bytes ? QString::number(bytes->toDouble() / 1e6, 'f', 0) : u"?"_s;
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
    if (serverReads->toLongLong() != options.reads)
        return fail(u"the server"_s, u"its database holds %1 reads, not %2; use an empty one"_s
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
        SearchRequest request;
        request.caseNumber = QString::fromLatin1(kCase);
        request.purpose = QString::fromLatin1(kPurpose);
        request.pattern = pattern.text;
        request.misread = pattern.misread;
        request.maxEdits = pattern.maxEdits;
        request.candidates = options.candidates;
        request.limit = kLimit;
        if (pattern.recent) {
            request.filters.from = recentFrom;
            request.filters.to = end;
        }
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
