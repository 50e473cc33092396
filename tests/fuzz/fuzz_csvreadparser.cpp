// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The CSV read parser: never crashes, and every read it accepts is one the
// importer can store.
#include "fuzzcheck.h"
#include "ingest/csvreadparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto reads = alpr::parseCsvReads(bytes, QStringLiteral("fuzz.csv"));
    if (reads)
        alpr::fuzz::checkReads(*reads);
    else
        FUZZ_CHECK(reads.error().message.startsWith(QStringLiteral("fuzz.csv")));
    return 0;
}
