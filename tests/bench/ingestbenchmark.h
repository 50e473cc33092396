// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace alpr::bench {

struct IngestBenchmarkOptions
{
    QString directory; // keeps the prepared store (and its hot lists) between runs
    QString alprctl;   // the alprctl whose 'receive' is measured
    bool rebuild = false;
    int entries = 1'000'000; // exact plates on the statewide list, as 'alpr-bench hits'
    int patterns = 10'000;   // partial plates on the department list
    quint64 seed = 1;
    int seconds = 60;    // each step of offered load
    int connections = 8; // keep-alive client connections
    // Offered groups per second, with images and without; 0: as fast as it goes.
    QList<int> imageRates{100, 200, 500, 1000, 0};
    QList<int> plainRates{1000, 2000, 5000, 0};
    int hitPercent = 2;      // groups of a listed plate
    int importGroups = 2000; // groups written as files for 'alprctl import reads' (0: skip)
    int crashes = 0;         // --crash N: kill -9 the receiver under load N times
    int crashRate = 200;     // offered groups per second while crashing
};

// Starts 'alprctl receive' on a prepared store, offers it rising rates of
// alpr_group POSTs over loopback, and prints throughput, latency, alert
// latency, the receiver's CPU and stored against answered counts, then one
// JSON line. Returns the exit code.
int runIngestBenchmark(const IngestBenchmarkOptions& options, QTextStream& out, QTextStream& err);

} // namespace alpr::bench
