// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The read file parser as the importer calls it: the format is told from the
// content, then the JSON or the CSV parser reads it.
#include "fuzzcheck.h"
#include "ingest/readfileparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto reads = alpr::parseReadData(bytes, QStringLiteral("fuzz-reads"));
    if (reads)
        alpr::fuzz::checkReads(*reads);
    else
        FUZZ_CHECK(!reads.error().message.isEmpty());
    return 0;
}
