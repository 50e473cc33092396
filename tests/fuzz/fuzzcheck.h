// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Each fuzz target defines this; libFuzzer's main (the fuzz preset) or
// replaymain.cpp (every other build) calls it once per input.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// A property every input must keep; a broken one aborts, which libFuzzer and
// the replay test both report as a finding.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace alpr::fuzz {

inline bool isNormalizedPlate(const QString& plate)
{
    if (plate.isEmpty() || plate.size() > 10)
        return false;
    for (const QChar c : plate)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

// What the importer relies on in every read a parser hands it.
inline void checkReads(const QList<ReadRecord>& reads)
{
    FUZZ_CHECK(!reads.isEmpty());
    for (const ReadRecord& read : reads) {
        FUZZ_CHECK(isNormalizedPlate(read.plate));
        FUZZ_CHECK(read.capturedAt.isValid());
        FUZZ_CHECK(read.capturedAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(read.confidence >= 0.0 && read.confidence <= 100.0);
        FUZZ_CHECK(read.latitude.has_value() == read.longitude.has_value());
        if (read.latitude) {
            FUZZ_CHECK(*read.latitude >= -90.0 && *read.latitude <= 90.0);
            FUZZ_CHECK(*read.longitude >= -180.0 && *read.longitude <= 180.0);
        }
        for (const PlateCandidate& candidate : read.candidates)
            FUZZ_CHECK(isNormalizedPlate(candidate.plate));
    }
}

} // namespace alpr::fuzz
