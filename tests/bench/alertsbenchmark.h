// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

class QTextStream;

namespace alpr::bench {

struct AlertsBenchmarkOptions
{
    int hits = 1000;      // hits the feeding process commits
    int batchHits = 25;   // of them per import (with three reads that do not hit each)
    int batchGapMs = 250; // between the feeder's imports
    QString directory;    // the temporary stores
};

// How long a hit another process commits takes to reach the dispatcher's
// queue, with the workstation's poll of the store every second and every
// 100 ms. Prints p50/p99 for each, then one JSON line. Returns the exit code.
int runAlertsBenchmark(const AlertsBenchmarkOptions& options, QTextStream& out, QTextStream& err);

// The feeding process (alpr-bench alerts-feed STORE): imports the reads in
// batches as the receiver does and prints "commit BATCH MS" after each.
int runAlertsFeed(const QString& store, const AlertsBenchmarkOptions& options, QTextStream& out,
                  QTextStream& err);

} // namespace alpr::bench
