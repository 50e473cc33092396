// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

class QTextStream;

namespace alpr::bench {

struct RetentionBenchmarkOptions
{
    int reads = 10'000'000; // the synthetic store of 'search'; a tenth of it expires
    quint64 seed = 1;
    QString directory;        // keeps the stores between runs
    bool rebuild = false;     // make the synthetic store again
    int imageReads = 100'000; // reads with images purged from a store of their own; 0 skips
    bool load = true;         // search and import on another connection meanwhile
};

// On copies of the synthetic store of 'search' with the retention periods
// set so that its oldest tenth has expired: times RetentionPurge::run()
// against a plain DELETE of the same reads (with their dependent rows) in one
// transaction, while another connection searches and imports in a loop, and
// says how long those waited; then the same on a store of reads with images.
// Prints a table and, as the last line, one JSON object. Returns the exit code.
int runRetentionBenchmark(const RetentionBenchmarkOptions& options, QTextStream& out,
                          QTextStream& err);

} // namespace alpr::bench
