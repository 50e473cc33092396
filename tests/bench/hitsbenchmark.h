// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/splitmix.h"
#include "store/hotlistrepository.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace alpr {
class Session;
}

namespace alpr::bench {

// The benchmarks' deterministic random numbers.
class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed) : m_state(seed) {}
    quint64 next() { return splitMix64(m_state++); }

private:
    quint64 m_state;
};

// A California-like plate: digit, three letters, three digits ("7ABC123").
QString benchPlate(BenchRandom& rng);

// A statewide list of exact plates (list 1) and a department list of
// partial plates (list 2), as 'alpr-bench hits' matches against.
struct BenchHotLists
{
    std::vector<ActiveEntry> entries;
    QStringList exactPlates;
};
BenchHotLists makeBenchHotLists(BenchRandom& rng, int exact, int patterns);

// A new store with one trained administrator, "bench", of the demo password.
std::unique_ptr<Session> makeBenchStore(const QString& path);
// Loads the lists into a store the way production does: one transaction each.
bool loadBenchHotLists(Session& session, const BenchHotLists& lists);

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
