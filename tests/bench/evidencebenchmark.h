// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

class QTextStream;

namespace alpr::bench {

struct EvidenceBenchmarkOptions
{
    QString directory; // keeps the prepared store between runs
    bool rebuild = false;
    int reads = 10'000; // reads in the store, all exported in one package
    quint64 seed = 1;
    // As root: write back and drop the page cache (vm.drop_caches) before
    // each timed step, so that every step reads the disk.
    bool dropCaches = false;
};

// Exports every read of a prepared store (plate, vehicle and overview JPEGs
// of camera sizes) as one evidence package to a local folder, read-back
// included, verifies it with evidence::verifyBag, and times the stock
// baseline on the same bytes: cp -r of data/, sync, sha256sum -c. Prints the
// figures, then one JSON line. Needs a QGuiApplication (the report PDF).
// Returns the exit code.
int runEvidenceBenchmark(const EvidenceBenchmarkOptions& options, QTextStream& out,
                         QTextStream& err);

} // namespace alpr::bench
