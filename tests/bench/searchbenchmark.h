// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

class QTextStream;

namespace alpr::bench {

// search --store … --load: searching and receiving at once.
struct DepartmentLoadOptions
{
    bool run = false; // --load: this instead of the pattern table
    int clients = 8;  // detectives searching without pause (0: the receiver alone)
    int rate = 200;   // groups per second offered to the receiver, with images
    int seconds = 60;
    int connections = 8; // the cameras' keep-alive connections
};

struct SearchBenchmarkOptions
{
    int reads = 10'000'000;
    quint64 seed = 1;
    QString directory;       // where the store is kept between runs
    bool rebuild = false;    // make the store again even when it exists
    bool candidates = false; // let the engine match alternative readings too
    int runs = 5;            // timed runs per pattern, after one warm-up
    bool sql = true;         // time the SQL baseline too (off: engine figures only, quicker)
    bool compact = false;    // compact the store first (alprctl store compact), and say how long
    QString store;   // a department store's superuser postgresql:// URL: search the server instead
    QString alprctl; // what copies the store there (pg init, pg migrate)
    DepartmentLoadOptions load;
};

// Builds or reuses a synthetic store, runs the fixed pattern list through the
// plate engine and through plain SQL, prints a table and, as the last line,
// one JSON object with the figures. Returns the process exit code.
int runSearchBenchmark(const SearchBenchmarkOptions& options, QTextStream& out, QTextStream& err);

// The same patterns on a department store (options.store): the store of
// runSearchBenchmark copied to an empty server database once, searched as a
// detective's workstation searches, against pg_trgm alone; the counts must
// equal the file store engine's.
int runDepartmentSearchBenchmark(const SearchBenchmarkOptions& options, QTextStream& out,
                                 QTextStream& err);

// The synthetic demo store of options.reads reads (made once, kept in
// options.directory); its path, or empty with the problem said.
QString syntheticStore(const SearchBenchmarkOptions& options, QTextStream& out, QTextStream& err,
                       QString* problem);

} // namespace alpr::bench
