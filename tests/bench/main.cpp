// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench: performance benchmarks. Not a CTest test; see README, "Benchmarks".
#include "alertsbenchmark.h"
#include "evidencebenchmark.h"
#include "hitsbenchmark.h"
#include "ingestbenchmark.h"
#include "retentionbenchmark.h"
#include "searchbenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// A whole number from an option, within [low, high].
bool parseNumber(const QString& text, qint64 low, qint64 high, qint64& value)
{
    QString digits = text;
    digits.remove(u'_').remove(u',');
    bool ok = false;
    value = digits.toLongLong(&ok);
    return ok && value >= low && value <= high;
}

} // namespace

int main(int argc, char* argv[])
{
    // 'evidence' lays out the package's PDF report: that needs a
    // QGuiApplication, offscreen unless told otherwise.
    bool evidence = false;
    for (int i = 1; i < argc; ++i)
        evidence = evidence || qstrcmp(argv[i], "evidence") == 0;
    if (evidence && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        evidence ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"alpr-bench"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmarks of ALPR Workstation. 'search' compares the plate engine with plain SQL "
        u"on a synthetic store of N reads. 'hits' matches reads against a statewide hot list "
        u"(--entries, --patterns), imports with and without it, and looks back over N stored "
        u"reads (--reads; 0 skips it). 'alerts' has another process commit --hits hits in "
        u"batches and times each from its commit to the dispatcher's queue, polled every second "
        u"and every 100 ms. 'ingest' starts 'alprctl receive' on a store with the hot lists of "
        u"'hits' and POSTs alpr_group JSON to it at rising rates (--rates, --plain-rates) for "
        u"--seconds each over --connections connections, then imports the same groups as files "
        u"with 'alprctl import reads'; --crash N kills the receiver under load N times. "
        u"'evidence' exports --evidence-reads reads with their images as one evidence package "
        u"to a local folder (read-back included), verifies it, and times cp -r, sync and "
        u"sha256sum -c on the same bytes. 'retention' times the retention purge of the oldest "
        u"tenth of the store of 'search' (--reads) against a plain DELETE of the same reads, "
        u"each on a copy, while another connection searches and imports, and the same for "
        u"--image-reads reads with images."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"benchmark"_s,
        u"The benchmark to run: search, hits, alerts, ingest, evidence or retention."_s);
    const QCommandLineOption readsOption(
        u"reads"_s, u"Synthetic reads in the store (default 10,000,000)."_s, u"N"_s, u"10000000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the synthetic data (default 1)."_s,
                                        u"S"_s, u"1"_s);
    const QCommandLineOption dirOption(
        u"dir"_s,
        u"Directory that keeps the store between runs (default: %1)."_s.arg(QDir::tempPath()),
        u"DIR"_s, QDir::tempPath());
    const QCommandLineOption rebuildOption(u"rebuild"_s,
                                           u"Make the store again even if it exists."_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Timed runs per pattern after one warm-up; the median counts (default 5)."_s,
        u"K"_s, u"5"_s);
    const QCommandLineOption candidatesOption(
        u"candidates"_s,
        u"Let the engine match alternative readings too (its counts then differ from SQL's, "
        u"which sees only the plate column); search --load: the detectives' searches too, as "
        u"the workstation's by default."_s);
    const QCommandLineOption noSqlOption(
        u"no-sql"_s, u"Leave out the SQL baseline: engine figures only, in a fraction of the "
                     u"time (no speedups, no count check)."_s);
    const QCommandLineOption compactOption(
        u"compact"_s, u"Compact the store first, as 'alprctl store compact' does after large "
                      u"imports, so the indexes lie together."_s);
    const QCommandLineOption storeOption(
        u"store"_s,
        u"search: a department store's superuser URL, postgresql://USER@HOST:PORT/DATABASE, "
        u"whose empty database gets the synthetic reads once ('alprctl pg init' and 'pg "
        u"migrate'); the patterns then run on the server, against pg_trgm alone."_s,
        u"URL"_s);
    const QCommandLineOption entriesOption(
        u"entries"_s, u"hits: exact hot-list entries (default 1,000,000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption patternsOption(
        u"patterns"_s, u"hits: partial-plate entries (default 10,000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption alertHitsOption(
        u"hits"_s, u"alerts: hits the other process commits (default 1,000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption alprctlOption(
        u"alprctl"_s,
        u"ingest: the alprctl whose receiver is measured; search --store: the one that copies "
        u"the store to the server (default: the one next to alpr-bench)."_s,
        u"PATH"_s, QDir(QCoreApplication::applicationDirPath()).filePath(u"alprctl"_s));
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"ingest: seconds of each offered rate (default 60)."_s, u"S"_s, u"60"_s);
    const QCommandLineOption connectionsOption(
        u"connections"_s, u"ingest: keep-alive client connections (default 8)."_s, u"N"_s, u"8"_s);
    const QCommandLineOption loadOption(
        u"load"_s,
        u"search --store: instead of the pattern table, --clients detectives search the server "
        u"without pause while its receiver takes --load-rate groups per second with images over "
        u"--connections connections, for --seconds; every answered read must be stored and the "
        u"trail must verify."_s);
    const QCommandLineOption clientsOption(
        u"clients"_s,
        u"search --load: detectives searching at once (default 8; 0: the receiver alone)."_s,
        u"N"_s, u"8"_s);
    const QCommandLineOption loadRateOption(
        u"load-rate"_s, u"search --load: groups per second offered (default 200)."_s, u"N"_s,
        u"200"_s);
    const QCommandLineOption ratesOption(
        u"rates"_s,
        u"ingest: offered groups per second with images (default 100,200,500,1000,max)."_s,
        u"LIST"_s, u"100,200,500,1000,max"_s);
    const QCommandLineOption plainRatesOption(
        u"plain-rates"_s,
        u"ingest: offered groups per second without images (default 1000,2000,5000,max; "
        u"'none' skips them)."_s,
        u"LIST"_s, u"1000,2000,5000,max"_s);
    const QCommandLineOption importGroupsOption(
        u"import-groups"_s,
        u"ingest: groups written as files for 'alprctl import reads' (default 2,000; 0 skips)."_s,
        u"N"_s, u"2000"_s);
    const QCommandLineOption crashOption(
        u"crash"_s, u"ingest: kill -9 the receiver at random moments under load N times."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption evidenceReadsOption(
        u"evidence-reads"_s,
        u"evidence: reads in the store, all in the package, each with three images "
        u"(default 10,000)."_s,
        u"N"_s, u"10000"_s);
    const QCommandLineOption dropCachesOption(
        u"drop-caches"_s, u"evidence: as root, write back and drop the whole machine's page "
                          u"cache before each timed step (it slows everything else running)."_s);
    const QCommandLineOption imageReadsOption(
        u"image-reads"_s,
        u"retention: expired reads with images, purged from a store of their own "
        u"(default 100,000; 0 skips them)."_s,
        u"N"_s, u"100000"_s);
    const QCommandLineOption noLoadOption(
        u"no-load"_s, u"retention: no searches and imports on another connection meanwhile."_s);
    parser.addOptions({noLoadOption,        imageReadsOption, readsOption,        seedOption,
                       dirOption,           rebuildOption,    runsOption,         candidatesOption,
                       noSqlOption,         compactOption,    entriesOption,      patternsOption,
                       alertHitsOption,     alprctlOption,    secondsOption,      connectionsOption,
                       ratesOption,         plainRatesOption, importGroupsOption, crashOption,
                       evidenceReadsOption, dropCachesOption, storeOption,        loadOption,
                       clientsOption,       loadRateOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << u"\nTry 'alpr-bench --help'.\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() &&
        (positional.first() == u"alerts"_s || positional.first() == u"alerts-feed"_s)) {
        alpr::bench::AlertsBenchmarkOptions alerts;
        qint64 n = 0;
        if (!parseNumber(parser.value(alertHitsOption), 1, 9999, n)) {
            err << u"alpr-bench: --hits must be a whole number from 1 to 9,999\n"_s;
            return 2;
        }
        alerts.hits = int(n);
        alerts.directory = parser.value(dirOption);
        // The child process of 'alerts': alerts-feed STORE.
        if (positional.first() == u"alerts-feed"_s && positional.size() == 2)
            return alpr::bench::runAlertsFeed(positional.at(1), alerts, out, err);
        if (positional.size() != 1) {
            err << u"alpr-bench: alerts takes no arguments\n"_s;
            return 2;
        }
        if (!QDir(alerts.directory).exists()) {
            err << u"alpr-bench: the directory '%1' given with --dir does not exist\n"_s.arg(
                alerts.directory);
            return 2;
        }
        return alpr::bench::runAlertsBenchmark(alerts, out, err);
    }
    if (positional.size() == 1 && positional.first() == u"ingest"_s) {
        alpr::bench::IngestBenchmarkOptions ingest;
        qint64 n = 0;
        if (!parseNumber(parser.value(entriesOption), 0, 5'000'000, n)) {
            err << u"alpr-bench: --entries must be a whole number up to 5,000,000\n"_s;
            return 2;
        }
        ingest.entries = int(n);
        if (!parseNumber(parser.value(patternsOption), 0, 1'000'000, n)) {
            err << u"alpr-bench: --patterns must be a whole number up to 1,000,000\n"_s;
            return 2;
        }
        ingest.patterns = int(n);
        if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), n)) {
            err << u"alpr-bench: --seed must be a whole number of 0 or more\n"_s;
            return 2;
        }
        ingest.seed = quint64(n);
        if (!parseNumber(parser.value(secondsOption), 1, 3600, n)) {
            err << u"alpr-bench: --seconds must be a whole number from 1 to 3,600\n"_s;
            return 2;
        }
        ingest.seconds = int(n);
        if (!parseNumber(parser.value(connectionsOption), 1, 256, n)) {
            err << u"alpr-bench: --connections must be a whole number from 1 to 256\n"_s;
            return 2;
        }
        ingest.connections = int(n);
        if (!parseNumber(parser.value(importGroupsOption), 0, 100'000, n)) {
            err << u"alpr-bench: --import-groups must be a whole number up to 100,000\n"_s;
            return 2;
        }
        ingest.importGroups = int(n);
        if (!parseNumber(parser.value(crashOption), 0, 10'000, n)) {
            err << u"alpr-bench: --crash must be a whole number up to 10,000\n"_s;
            return 2;
        }
        ingest.crashes = int(n);
        for (const auto& [option, rates] : {std::pair{&ratesOption, &ingest.imageRates},
                                            std::pair{&plainRatesOption, &ingest.plainRates}}) {
            rates->clear();
            if (parser.value(*option) == u"none"_s)
                continue;
            for (const QString& word : parser.value(*option).split(u',')) {
                if (word.trimmed() == u"max"_s) {
                    rates->append(0);
                } else if (parseNumber(word.trimmed(), 1, 1'000'000, n)) {
                    rates->append(int(n));
                } else {
                    err << u"alpr-bench: --%1 takes rates such as 100,200,max or 'none', not "
                           u"'%2'\n"_s.arg(option->names().first(), parser.value(*option));
                    return 2;
                }
            }
        }
        ingest.alprctl = parser.value(alprctlOption);
        ingest.rebuild = parser.isSet(rebuildOption);
        ingest.directory = parser.value(dirOption);
        if (!QDir(ingest.directory).exists()) {
            err << u"alpr-bench: the directory '%1' given with --dir does not exist\n"_s.arg(
                ingest.directory);
            return 2;
        }
        return alpr::bench::runIngestBenchmark(ingest, out, err);
    }
    if (positional.size() == 1 && positional.first() == u"evidence"_s) {
        alpr::bench::EvidenceBenchmarkOptions evidenceOptions;
        qint64 n = 0;
        if (!parseNumber(parser.value(evidenceReadsOption), 1, 1'000'000, n)) {
            err << u"alpr-bench: --evidence-reads must be a whole number from 1 to 1,000,000\n"_s;
            return 2;
        }
        evidenceOptions.reads = int(n);
        if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), n)) {
            err << u"alpr-bench: --seed must be a whole number of 0 or more\n"_s;
            return 2;
        }
        evidenceOptions.seed = quint64(n);
        evidenceOptions.rebuild = parser.isSet(rebuildOption);
        evidenceOptions.dropCaches = parser.isSet(dropCachesOption);
        evidenceOptions.directory = parser.value(dirOption);
        if (!QDir(evidenceOptions.directory).exists()) {
            err << u"alpr-bench: the directory '%1' given with --dir does not exist\n"_s.arg(
                evidenceOptions.directory);
            return 2;
        }
        return alpr::bench::runEvidenceBenchmark(evidenceOptions, out, err);
    }
    if (positional.size() == 1 && positional.first() == u"retention"_s) {
        alpr::bench::RetentionBenchmarkOptions retention;
        qint64 n = 0;
        if (!parseNumber(parser.value(readsOption), 1000, 20'000'000, n)) {
            err << u"alpr-bench: --reads must be a whole number from 1000 to 20,000,000\n"_s;
            return 2;
        }
        retention.reads = int(n);
        if (!parseNumber(parser.value(imageReadsOption), 0, 1'000'000, n)) {
            err << u"alpr-bench: --image-reads must be a whole number up to 1,000,000\n"_s;
            return 2;
        }
        retention.imageReads = int(n);
        if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), n)) {
            err << u"alpr-bench: --seed must be a whole number of 0 or more\n"_s;
            return 2;
        }
        retention.seed = quint64(n);
        retention.rebuild = parser.isSet(rebuildOption);
        retention.load = !parser.isSet(noLoadOption);
        retention.directory = parser.value(dirOption);
        if (!QDir(retention.directory).exists()) {
            err << u"alpr-bench: the directory '%1' given with --dir does not exist\n"_s.arg(
                retention.directory);
            return 2;
        }
        return alpr::bench::runRetentionBenchmark(retention, out, err);
    }
    if (positional.size() == 1 && positional.first() == u"hits"_s) {
        alpr::bench::HitsBenchmarkOptions hits;
        qint64 n = 0;
        if (!parseNumber(parser.value(entriesOption), 0, 5'000'000, n)) {
            err << u"alpr-bench: --entries must be a whole number up to 5,000,000\n"_s;
            return 2;
        }
        hits.entries = int(n);
        if (!parseNumber(parser.value(patternsOption), 0, 1'000'000, n)) {
            err << u"alpr-bench: --patterns must be a whole number up to 1,000,000\n"_s;
            return 2;
        }
        hits.patterns = int(n);
        if (parser.isSet(readsOption)) {
            if (!parseNumber(parser.value(readsOption), 0, 20'000'000, n)) {
                err << u"alpr-bench: --reads must be a whole number up to 20,000,000\n"_s;
                return 2;
            }
            hits.lookbackReads = int(n);
        }
        if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), n)) {
            err << u"alpr-bench: --seed must be a whole number of 0 or more\n"_s;
            return 2;
        }
        hits.seed = quint64(n);
        hits.directory = parser.value(dirOption);
        if (!QDir(hits.directory).exists()) {
            err << u"alpr-bench: the directory '%1' given with --dir does not exist\n"_s.arg(
                hits.directory);
            return 2;
        }
        return alpr::bench::runHitsBenchmark(hits, out, err);
    }
    if (positional.size() != 1 || positional.first() != u"search"_s) {
        err << (positional.isEmpty()
                    ? u"alpr-bench: name the benchmark to run: alpr-bench search [--reads N]"_s
                    : u"alpr-bench: unknown benchmark '%1'; the benchmarks are 'search', 'hits', "
                      u"'alerts', 'ingest', 'evidence' and 'retention'"_s.arg(
                          positional.join(u' ')))
            << u"\nTry 'alpr-bench --help'.\n"_s;
        return 2;
    }

    alpr::bench::SearchBenchmarkOptions options;
    qint64 number = 0;
    if (!parseNumber(parser.value(readsOption), 1000, 20'000'000, number)) {
        err << u"alpr-bench: --reads must be a whole number from 1000 to 20,000,000, not '%1'\n"_s
                   .arg(parser.value(readsOption));
        return 2;
    }
    options.reads = int(number);
    if (!parseNumber(parser.value(seedOption), 0, std::numeric_limits<qint64>::max(), number)) {
        err << u"alpr-bench: --seed must be a whole number of 0 or more, not '%1'\n"_s.arg(
            parser.value(seedOption));
        return 2;
    }
    options.seed = quint64(number);
    if (!parseNumber(parser.value(runsOption), 1, 1000, number)) {
        err << u"alpr-bench: --runs must be a whole number from 1 to 1000, not '%1'\n"_s.arg(
            parser.value(runsOption));
        return 2;
    }
    options.runs = int(number);
    options.directory = parser.value(dirOption);
    if (!QDir(options.directory).exists()) {
        err << u"alpr-bench: the directory '%1' given with --dir does not exist; create it or "
               u"choose another\n"_s.arg(options.directory);
        return 2;
    }
    options.rebuild = parser.isSet(rebuildOption);
    options.candidates = parser.isSet(candidatesOption);
    options.sql = !parser.isSet(noSqlOption);
    options.compact = parser.isSet(compactOption);
    if (parser.isSet(storeOption)) {
        options.store = parser.value(storeOption);
        options.alprctl = parser.value(alprctlOption);
        if (parser.isSet(loadOption)) {
            options.load.run = true;
            options.load.clients = parser.value(clientsOption).toInt();
            options.load.rate = parser.value(loadRateOption).toInt();
            options.load.seconds = parser.value(secondsOption).toInt();
            options.load.connections = parser.value(connectionsOption).toInt();
            if (options.load.clients < 0 || options.load.clients > 64 || options.load.rate < 1 ||
                options.load.seconds < 1 || options.load.connections < 1) {
                err << u"alpr-bench: --clients (0-64), --load-rate, --seconds and --connections "
                       u"must be numbers, all but --clients positive\n"_s;
                return 2;
            }
        }
        return alpr::bench::runDepartmentSearchBenchmark(options, out, err);
    }
    return alpr::bench::runSearchBenchmark(options, out, err);
}
