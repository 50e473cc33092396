// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

class QTextStream;

namespace alpr::bench {

struct HitsBenchmarkOptions
{
    int entries = 1'000'000;        // exact plates on a statewide list
    int patterns = 10'000;          // partial plates on a department list
    int reads = 1'000'000;          // reads through the matcher alone
    int importReads = 100'000;      // reads imported with and without the lists
    int lookbackReads = 10'000'000; // stored reads a new entry looks back over (0: skip)
    quint64 seed = 1;
    QString directory; // temporary stores, and the look-back store kept between runs
};

// Prints the matcher's speed, the import slowdown against no lists in the
// same run and the look-back time, then one JSON line. Returns the exit code.
int runHitsBenchmark(const HitsBenchmarkOptions& options, QTextStream& out, QTextStream& err);

} // namespace alpr::bench
