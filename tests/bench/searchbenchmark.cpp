// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "searchbenchmark.h"
#include "auth/sessionaccess.h"
#include "searchpatterns.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/storemaintenance.h"
#include "common/clock.h"
#include "common/securebytes.h"
#include "demo/demostore.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/platepattern.h"
#include "search/searchengine.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace alpr::bench {

namespace {

// About a quarter as many distinct plates as reads: the generator's skewed draw over a
// pool of reads / 5 vehicles, plus the plates of misreads.
constexpr int kVehiclesPerRead = 5;

struct RowResult
{
    BenchPattern pattern;
    qint64 matches = 0;
    double engineMs = 0; // compile + runEngine + fetch
    double fetchMs = 0;
    std::optional<qint64> sqlMatches; // none: no SQL baseline for the row
    double sqlMs = 0;
};

char symbolChar(int index)
{
    return index < 26 ? char('A' + index) : char('0' + index - 26);
}

QString setOf(quint64 mask)
{
    QString s = u"["_s;
    for (int i = 0; i < kPlateSymbolCount; ++i)
        if (mask & (quint64(1) << i))
            s += QLatin1Char(symbolChar(i));
    return s + u']';
}

// The GLOB that matches what a normalized pattern matches: '?', '*' and sets carry over;
// with a misread table each literal and set member widens to its class ("0" -> "[0DOQ]").
QString globFor(const QString& text, const MisreadTable* misread)
{
    QString glob;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i).toLatin1();
        if (c == '[') {
            const qsizetype close = text.indexOf(u']', i);
            const QString members = text.mid(i + 1, close - i - 1);
            if (!misread) {
                glob += u'[' + members + u']';
            } else {
                quint64 mask = 0;
                for (qsizetype m = 0; m < members.size(); ++m) {
                    char from = members.at(m).toLatin1();
                    char to = from;
                    if (m + 2 < members.size() && members.at(m + 1) == u'-') {
                        to = members.at(m + 2).toLatin1();
                        m += 2;
                    }
                    for (char x = from; x <= to; ++x)
                        mask |= misread->classMask(x);
                }
                glob += setOf(mask);
            }
            i = close;
        } else if (c == '?' || c == '*' || !misread) {
            glob += QLatin1Char(c);
        } else {
            const quint64 mask = misread->classMask(c);
            glob += std::popcount(mask) > 1 ? setOf(mask) : QString(QLatin1Char(c));
        }
    }
    return glob;
}

// Every plate within one edit of the literal, as GLOBs: a '?' at each position
// (substitution) and between positions (insertion), and each single deletion as a plain
// string.
QStringList oneEditGlobs(const QString& plate)
{
    std::set<QString> globs;
    for (qsizetype i = 0; i <= plate.size(); ++i) {
        if (i < plate.size()) {
            globs.insert(plate.left(i) + u'?' + plate.mid(i + 1));
            if (plate.size() > 1)
                globs.insert(plate.left(i) + plate.mid(i + 1));
        }
        globs.insert(plate.left(i) + u'?' + plate.mid(i));
    }
    return QStringList(globs.begin(), globs.end());
}

class SqlBaseline
{
public:
    SqlBaseline(QSqlDatabase db, qint64 fromMs, qint64 toMs)
        : m_db(std::move(db)), m_fromMs(fromMs), m_toMs(toMs)
    {
    }

    // The top kLimit read ids, newest first, and the count, for reads whose plate matches
    // any of the globs. A glob with a fixed first character uses the plate index; its time
    // condition is then written +captured_at, which keeps SQLite from choosing the
    // captured_at index instead (a range scan over the whole week, a hundred times slower on
    // an exact plate). A glob without one cannot use the plate index, so the planner is left
    // to use captured_at.
    Result<qint64> run(const QStringList& globs, bool recent, std::vector<qint64>& ids) const
    {
        auto where = [recent](const QString& glob) {
            if (!recent)
                return u"plate GLOB ?"_s;
            const bool fixedStart = !glob.isEmpty() && glob.front().isLetterOrNumber();
            return fixedStart ? u"plate GLOB ? AND +captured_at >= ? AND +captured_at < ?"_s
                              : u"plate GLOB ? AND captured_at >= ? AND captured_at < ?"_s;
        };
        QString top;
        QString count;
        if (globs.size() == 1) {
            top = u"SELECT id FROM reads WHERE %1 ORDER BY captured_at DESC LIMIT %2"_s
                      .arg(where(globs.front()))
                      .arg(kLimit);
            count = u"SELECT count(*) FROM reads WHERE %1"_s.arg(where(globs.front()));
        } else {
            QStringList parts;
            for (const QString& glob : globs)
                parts << u"SELECT id, captured_at FROM reads WHERE %1"_s.arg(where(glob));
            const QString unionText = parts.join(u" UNION "_s);
            top = u"SELECT id FROM (%1) ORDER BY captured_at DESC LIMIT %2"_s.arg(unionText).arg(
                kLimit);
            count = u"SELECT count(*) FROM (%1)"_s.arg(unionText);
        }
        ids.clear();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepareAndBind(q, top, globs, recent))
            return failed(q, top);
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        q.finish();
        if (!prepareAndBind(q, count, globs, recent) || !q.next())
            return failed(q, count);
        return q.value(0).toLongLong();
    }

private:
    bool prepareAndBind(QSqlQuery& q, const QString& sql, const QStringList& globs,
                        bool recent) const
    {
        if (!q.prepare(sql))
            return false;
        for (const QString& glob : globs) {
            q.addBindValue(glob);
            if (recent) {
                q.addBindValue(m_fromMs);
                q.addBindValue(m_toMs);
            }
        }
        return q.exec();
    }

    static Error failed(const QSqlQuery& q, const QString& sql)
    {
        return makeError(ErrorCode::Database, u"the SQL baseline failed on '%1': %2"_s.arg(
                                                  sql.left(200), q.lastError().text()));
    }

    QSqlDatabase m_db;
    qint64 m_fromMs;
    qint64 m_toMs;
};

QString storeDirectory(const SearchBenchmarkOptions& options)
{
    return QDir(options.directory)
        .filePath(u"alpr-bench-%1-reads-seed-%2"_s.arg(options.reads).arg(options.seed));
}

// Makes the store unless it is there; a store is made in a ".partial" directory that is
// renamed when complete, so an interrupted run never leaves a short store to be reused.
Result<std::optional<double>> ensureStore(const SearchBenchmarkOptions& options,
                                          const QString& directory, QTextStream& out,
                                          QTextStream& err)
{
    const QString storePath = directory + u"/store.alprdb"_s;
    if (options.rebuild && QFileInfo::exists(directory)) {
        if (!QDir(directory).removeRecursively())
            return makeError(ErrorCode::Io,
                             u"cannot remove the old store %1 for --rebuild"_s.arg(directory));
    }
    if (QFileInfo::exists(storePath)) {
        out << u"store: reusing %1 (--rebuild makes it again)\n"_s.arg(storePath);
        out.flush();
        return std::optional<double>{};
    }
    const QString partial = directory + u".partial"_s;
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return makeError(ErrorCode::Io, u"cannot create the directory %1"_s.arg(partial));

    DemoOptions demo;
    demo.reads = options.reads;
    demo.seed = options.seed;
    demo.images = false;
    demo.lastDay = kLastDay;
    demo.vehicles = std::max(10, options.reads / kVehiclesPerRead);
    out << u"store: creating %1 synthetic reads (seed %2) in %3\n"_s.arg(options.reads)
               .arg(options.seed)
               .arg(directory);
    out.flush();
    int lastTenth = 0;
    const auto start = std::chrono::steady_clock::now();
    auto made = createOrFillDemoStore(partial + u"/store.alprdb"_s, demo, [&](int done, int total) {
        const int tenth = int(qint64(done) * 10 / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err << u"  %1 of %2 reads stored (%3 s)\n"_s.arg(done).arg(total).arg(
                msSince(start) / 1000, 0, 'f', 1);
            err.flush();
        }
    });
    if (!made)
        return made.error();
    const double ms = msSince(start);
    if (!QDir().rename(partial, directory))
        return makeError(ErrorCode::Io, u"cannot rename %1 to %2 after creating the store"_s.arg(
                                            partial, directory));
    out << u"store: created in %1 s\n"_s.arg(ms / 1000, 0, 'f', 1);
    out.flush();
    return std::optional<double>(ms);
}

} // namespace

int runSearchBenchmark(const SearchBenchmarkOptions& options, QTextStream& out, QTextStream& err)
{
    auto fail = [&](const QString& what, const Error& error) {
        err << u"alpr-bench: %1: %2\n"_s.arg(what, error.message);
        return 1;
    };

    const QString directory = storeDirectory(options);
    auto created = ensureStore(options, directory, out, err);
    if (!created)
        return fail(u"cannot make the benchmark store"_s, created.error());

    if (options.compact) {
        auto admin = SignIn::signIn(directory + u"/store.alprdb"_s, u"admin"_s,
                                    SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!admin)
            return fail(u"cannot sign in to %1 as admin"_s.arg(directory), admin.error());
        auto compacted = StoreMaintenance(*admin.value()).compactStore();
        if (!compacted)
            return fail(u"cannot compact the store"_s, compacted.error());
        out << u"compacted the store in %1 s: %2 MB to %3 MB\n"_s
                   .arg(double(compacted->milliseconds) / 1000.0, 0, 'f', 1)
                   .arg(double(compacted->bytesBefore) / 1e6, 0, 'f', 0)
                   .arg(double(compacted->bytesAfter) / 1e6, 0, 'f', 0);
        out.flush();
    }

    const QString user = u"detective"_s;
    auto signedIn = SignIn::signIn(directory + u"/store.alprdb"_s, user,
                                   SecureBytes::fromUtf8(demoPassword()), Clock::system());
    if (!signedIn)
        return fail(u"cannot sign in to %1 as %2 (use --rebuild if the store is damaged)"_s.arg(
                        directory, user),
                    signedIn.error());
    Session& session = *signedIn.value();
    QSqlDatabase db = storeOf(session).database();
    const ReadRepository& repository = storeOf(session).reads();

    // Right after sign-in, as the GUI does: the counts below would otherwise
    // have read the store into the OS cache first, and a cold-cache figure
    // (after dropping the caches) would not be one.
    PlateIndex index;
    const auto buildStart = std::chrono::steady_clock::now();
    if (auto built = index.build(db); !built)
        return fail(u"cannot build the plate index"_s, built.error());
    const double buildMs = msSince(buildStart);
    const double bytesPerRead =
        index.totalReads() > 0 ? double(index.memoryBytes()) / double(index.totalReads()) : 0;

    auto readCount = repository.count();
    if (!readCount)
        return fail(u"cannot count the reads"_s, readCount.error());
    if (*readCount != options.reads)
        return fail(
            u"the store"_s,
            makeError(ErrorCode::Corrupt,
                      u"%1 holds %2 reads, not %3; run again with --rebuild"_s.arg(directory)
                          .arg(*readCount)
                          .arg(options.reads)));
    qint64 distinctPlates = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(DISTINCT plate_id) FROM reads"_s) || !q.next())
            return fail(u"cannot count the distinct plates"_s,
                        makeError(ErrorCode::Database, q.lastError().text()));
        distinctPlates = q.value(0).toLongLong();
    }

    const MisreadTable table = MisreadTable::defaults();
    const Picks picks = pickPlates(index, table);
    const std::vector<BenchPattern> patterns = patternList(picks);

    const qint64 endMs = QDateTime(kLastDay.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 recentFromMs = endMs - qint64(kRecentDays) * 86'400'000;
    const SqlBaseline sql(db, recentFromMs, endMs);
    const int cores = QThread::idealThreadCount();

    out << u"reads %1, distinct plates %2 (%3 per read), dictionary plates %4, cores %5\n"_s
               .arg(*readCount)
               .arg(distinctPlates)
               .arg(double(distinctPlates) / double(*readCount), 0, 'f', 3)
               .arg(index.plateCount())
               .arg(cores);
    out << u"index: built in %1 ms, %2 bytes, %3 bytes per read\n"_s.arg(ms(buildMs))
               .arg(index.memoryBytes())
               .arg(bytesPerRead, 0, 'f', 2);
    out << u"each pattern: 1 warm-up, median of %1 runs; engine = compile + runEngine (limit %2"
           u"%3) + fetch of the top %2 reads; SQL = GLOB top %2 by time + count(*)\n"_s
               .arg(options.runs)
               .arg(kLimit)
               .arg(options.candidates ? u", alternative readings too"_s
                                       : u", plate only, as SQL"_s);
    out << u"edit rows: SQL for edits<=1 is a UNION of the 1-edit GLOBs ('?' for a substitution "
           u"or an insertion, the plate less one character for a deletion); edits<=2 has no SQL "
           u"baseline (n/a) and is left out of the SQL and speedup figures\n"_s;
    out << u"@%1d: captured in the last %1 days of the data\n\n"_s.arg(kRecentDays);
    out.flush();

    const QStringList header{u"pattern"_s,  u"family"_s, u"matches"_s, u"engine ms"_s,
                             u"fetch ms"_s, u"SQL ms"_s, u"speedup"_s, u"check"_s};
    const std::vector<int> widths{-26, -9, 9, 10, 9, 10, 8, -6};
    printRow(out, header, widths);

    std::vector<RowResult> rows;
    bool mismatch = false;
    for (const BenchPattern& pattern : patterns) {
        RowResult row;
        row.pattern = pattern;
        std::vector<double> engineTimes;
        std::vector<double> fetchTimes;
        std::vector<double> sqlTimes;
        QStringList globs;
        const bool hasSql = options.sql && pattern.maxEdits <= 1;
        for (int run = 0; run <= options.runs; ++run) {
            const auto start = std::chrono::steady_clock::now();
            auto compiled = PlatePattern::compile(pattern.text, pattern.misread ? &table : nullptr);
            if (!compiled)
                return fail(u"cannot compile the pattern '%1'"_s.arg(pattern.text),
                            compiled.error());
            const EngineQuery query = engineQuery(pattern, *compiled, options.candidates);
            const EngineResult result = runEngine(index, query);
            const auto fetchStart = std::chrono::steady_clock::now();
            std::vector<qint64> ids;
            ids.reserve(result.top.size());
            for (const EngineHit& hit : result.top)
                ids.push_back(hit.readId);
            auto fetched = repository.fetch(ids);
            if (!fetched)
                return fail(u"cannot fetch the reads of '%1'"_s.arg(pattern.label()),
                            fetched.error());
            const double fetchMs = msSince(fetchStart);
            const double totalMs = msSince(start);
            if (fetched->size() != qsizetype(ids.size()))
                return fail(u"the engine's hits for '%1'"_s.arg(pattern.label()),
                            makeError(ErrorCode::Internal,
                                      u"%1 read ids, but %2 reads in the store"_s.arg(ids.size())
                                          .arg(fetched->size())));
            row.matches = result.total;

            if (globs.isEmpty()) {
                const QString text = compiled->text();
                globs = pattern.maxEdits > 0
                            ? oneEditGlobs(text)
                            : QStringList{globFor(text, pattern.misread ? &table : nullptr)};
            }
            double sqlMs = 0;
            if (hasSql) {
                const auto sqlStart = std::chrono::steady_clock::now();
                std::vector<qint64> sqlIds;
                auto count = sql.run(globs, pattern.recent, sqlIds);
                if (!count)
                    return fail(u"SQL for '%1'"_s.arg(pattern.label()), count.error());
                sqlMs = msSince(sqlStart);
                row.sqlMatches = *count;
            }
            if (run > 0) { // run 0 warms the caches
                engineTimes.push_back(totalMs);
                fetchTimes.push_back(fetchMs);
                sqlTimes.push_back(sqlMs);
            }
        }
        row.engineMs = median(engineTimes);
        row.fetchMs = median(fetchTimes);
        row.sqlMs = median(sqlTimes);

        QString check = u"-"_s;
        if (row.sqlMatches && !options.candidates) {
            const bool same = *row.sqlMatches == row.matches;
            check = same ? u"ok"_s : u"DIFF (SQL %1)"_s.arg(*row.sqlMatches);
            mismatch = mismatch || !same;
        }
        printRow(out,
                 {pattern.label(), familyName(pattern.family), QString::number(row.matches),
                  ms(row.engineMs), ms(row.fetchMs), row.sqlMatches ? ms(row.sqlMs) : u"n/a"_s,
                  row.sqlMatches && row.engineMs > 0
                      ? QString::number(row.sqlMs / row.engineMs, 'f', 1) + u'x'
                      : u"n/a"_s,
                  check},
                 widths);
        rows.push_back(row);
    }

    std::vector<double> engine, sqlAll, speedups, wildcard, misread, exact, fetch;
    for (const RowResult& row : rows) {
        engine.push_back(row.engineMs);
        fetch.push_back(row.fetchMs);
        if (row.sqlMatches) {
            sqlAll.push_back(row.sqlMs);
            if (row.engineMs > 0)
                speedups.push_back(row.sqlMs / row.engineMs);
        }
        if (row.pattern.family == Family::Exact)
            exact.push_back(row.engineMs);
        if (isWildcard(row.pattern.family))
            wildcard.push_back(row.engineMs);
        if (row.pattern.family == Family::Misread)
            misread.push_back(row.engineMs);
    }
    const double engineP50 = percentile(engine, 50);
    const double sqlP50 = percentile(sqlAll, 50);

    out << u"\nengine p50 %1 ms, p95 %2 ms; SQL p50 %3 ms; speedup p50 %4x (median of the "
           u"per-pattern speedups over %5 rows with SQL)\n"_s.arg(ms(engineP50))
               .arg(ms(percentile(engine, 95)))
               .arg(ms(sqlP50))
               .arg(percentile(speedups, 50), 0, 'f', 1)
               .arg(speedups.size());
    if (mismatch)
        out << u"WARNING: the engine and SQL disagree on the number of matches (column check)\n"_s;

    QJsonObject json{
        {u"benchmark"_s, u"search"_s},
        {u"reads"_s, *readCount},
        {u"distinct_plates"_s, distinctPlates},
        {u"dictionary_plates"_s, qint64(index.plateCount())},
        {u"seed"_s, QString::number(options.seed)},
        {u"cores"_s, cores},
        {u"patterns"_s, qint64(rows.size())},
        {u"runs"_s, options.runs},
        {u"candidates"_s, options.candidates},
        {u"compacted_first"_s, options.compact},
        {u"engine_p50_ms"_s, rounded(engineP50)},
        {u"engine_p95_ms"_s, rounded(percentile(engine, 95))},
        {u"sql_p50_ms"_s, rounded(sqlP50)},
        {u"speedup_p50"_s, rounded(percentile(speedups, 50))},
        {u"sql_p50_over_engine_p50"_s, rounded(engineP50 > 0 ? sqlP50 / engineP50 : 0)},
        {u"sql_edit_rows"_s, u"edits<=1: UNION of 1-edit GLOBs; edits<=2: n/a, excluded"_s},
        {u"index_build_ms"_s, rounded(buildMs)},
        {u"index_bytes"_s, qint64(index.memoryBytes())},
        {u"index_bytes_per_read"_s, rounded(bytesPerRead)},
        {u"exact_max_ms"_s,
         rounded(exact.empty() ? 0 : *std::max_element(exact.begin(), exact.end()))},
        {u"wildcard_p50_ms"_s, rounded(percentile(wildcard, 50))},
        {u"wildcard_p95_ms"_s, rounded(percentile(wildcard, 95))},
        {u"misread_p50_ms"_s, rounded(percentile(misread, 50))},
        {u"fetch500_max_ms"_s, rounded(*std::max_element(fetch.begin(), fetch.end()))},
        {u"counts_agree"_s, !mismatch},
        {u"store_create_ms"_s, *created ? QJsonValue(rounded(**created)) : QJsonValue()},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    out.flush();
    return mismatch ? 1 : 0;
}

QString syntheticStore(const SearchBenchmarkOptions& options, QTextStream& out, QTextStream& err,
                       QString* problem)
{
    const QString directory = storeDirectory(options);
    auto made = ensureStore(options, directory, out, err);
    if (!made) {
        *problem = made.error().message;
        return {};
    }
    return directory + u"/store.alprdb"_s;
}

} // namespace alpr::bench
