// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "search/platepattern.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace alpr {

class PlateIndex;

// Why a read matched, in rank order.
enum class MatchReason
{
    Exact,     // the plate is the pattern's literal plate
    Pattern,   // the plate matches the wildcards/sets
    Misread,   // the plate matches only with misread substitutions
    Candidate, // an alternative reading of the read matches
    Edit,      // the plate is within --max-edits of the literal plate
};
QString matchReasonName(MatchReason reason); // "exact", "pattern", "misread", "candidate", "edit"

// What the in-memory engine is asked. Filters other than time are applied by
// the caller on the store.
struct EngineQuery
{
    const PlatePattern* pattern = nullptr;              // compiled; required
    int maxEdits = 0;                                   // 0..2; only used for a literal pattern
    bool candidates = true;                             // also match alternative readings
    qint64 fromMs = std::numeric_limits<qint64>::min(); // captured_at >= from (ms UTC)
    qint64 toMs = std::numeric_limits<qint64>::max();   // captured_at < to
    qsizetype limit = 500;                              // top-ranked hits to return; <= 0 for all
    qsizetype parallelAbove = 100000; // plates to scan before the work is split over the cores
};

struct EngineHit
{
    qint64 readId = 0;
    MatchReason reason = MatchReason::Pattern;
    int cost = 0;                // misread substitutions, or edit distance
    qint64 capturedAtMs = 0;     // for ranking: newest first within a rank
    std::uint32_t plateSlot = 0; // the dictionary plate that matched (for a candidate: the reading)
};

struct EngineResult
{
    qint64 total = 0; // distinct reads matching
    std::vector<EngineHit>
        top; // ranked: exact, pattern/misread by cost, candidate, edit; newest first
    qint64 platesMatched = 0;
};

// Runs a query over the plate index: scans the compiled pattern over the
// distinct plates (on all cores; only plates with reads unless alternative
// readings are asked for; narrowed by the leading characters, sets spelt
// out, or by a fixed ending; rows without a fixed pair of characters skipped
// before the match), collects and ranks the matching reads from the posting
// lists. Pure memory: safe to run off the GUI thread while nothing imports
// into the index.
EngineResult runEngine(const PlateIndex& index, const EngineQuery& query);

// Bounded Levenshtein distance (substitution, insertion, deletion = 1);
// returns maxDistance + 1 when farther.
int boundedEditDistance(const char* a, int aLength, const char* b, int bLength, int maxDistance);

} // namespace alpr
