// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "search/misreadtable.h"
#include "search/platepattern.h"
#include "store/hotlistrepository.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace alpr {

struct ReadRecord;

// How a read matched an entry, best first.
enum class HitKind
{
    Exact,     // the plate as read is the entry's plate
    Pattern,   // the plate as read fits the entry's partial plate
    Candidate, // one of the camera's alternative readings matched, as read
    Misread,   // matched only by taking a character as one cameras confuse it with
};
QString hitKindName(HitKind kind); // "exact", "pattern", "candidate", "misread"

struct MatcherHit
{
    int entry = 0; // index into HotListMatcher::entries()
    HitKind kind = HitKind::Exact;
    QString matchedPlate; // the reading that matched
    bool stateDiffers = false;
};

// Every active entry of every enabled list, indexed so that one read is
// matched in a few hash lookups whatever the number of entries:
// - plates: by the plate packed into 64 bits, and by its misread-class form
//   (each character replaced by the first of its class: "8O1" -> "801");
// - partial plates without a '*' ("7?BC12?", "[78]ABC123"): by length, a
//   bit per pattern for every position and character it takes there (with
//   its misread class), so the patterns a reading fits are the AND of one
//   row per character, 64 patterns to a word;
// - partial plates with a '*' and three fixed characters in a row: by the
//   misread-class form of those three, looked up with every three
//   characters in a row of the read;
// - any other pattern (e.g. "7*B*1") is tried on every read.
// Each candidate is then confirmed by the compiled pattern itself, so the
// index only narrows and never decides. Read-only once built: match() may be
// called from several threads.
class HotListMatcher
{
public:
    HotListMatcher() = default;

    // Entries whose pattern does not compile are left out and counted.
    void build(std::vector<ActiveEntry> entries, const MisreadTable& misread);

    const std::vector<ActiveEntry>& entries() const { return m_entries; }
    int skippedPatterns() const { return m_skippedPatterns; }
    int scannedPatterns() const { return int(m_scanned.size()); } // tried on every read

    // Fills out (cleared first) with one hit per entry the read matches at nowMs (its best kind):
    // the plate and each alternative reading, exactly, through the misread
    // classes and against the patterns. Expired entries never match; a state
    // that differs flags the hit and never drops it.
    void match(const ReadRecord& read, qint64 nowMs, std::vector<MatcherHit>& out) const;

private:
    struct Range
    {
        quint32 begin = 0;
        quint32 end = 0;
    };
    void matchReading(const QString& reading, bool asRead, const QString& readState, qint64 nowMs,
                      std::vector<MatcherHit>& out) const;
    void tryPattern(quint32 pattern, const char* text, int length, const QString& reading,
                    bool asRead, const QString& readState, qint64 nowMs,
                    std::vector<MatcherHit>& out) const;
    void add(int entry, HitKind kind, const QString& reading, const QString& readState,
             qint64 nowMs, std::vector<MatcherHit>& out) const;
    quint64 pack(const char* text, int length, bool canonical) const;

    std::vector<ActiveEntry> m_entries;
    std::array<char, 128> m_canonical{}; // character -> first of its misread class
    bool m_misread = false;
    // (key, entry) sorted by key, and key -> its run in that vector.
    std::vector<std::pair<quint64, quint32>> m_exact;
    QHash<quint64, Range> m_exactRuns;
    std::vector<std::pair<quint64, quint32>> m_classes;
    QHash<quint64, Range> m_classRuns;
    std::vector<PlatePattern> m_patterns;
    std::vector<quint32> m_patternEntry;      // pattern -> entry
    QMultiHash<quint32, quint32> m_byTrigram; // class-form trigram -> pattern
    // Patterns without a '*', by length: a bit per pattern for each position
    // and symbol it takes there, so that a reading's candidates are the AND
    // of one row per position.
    struct FixedLength
    {
        std::vector<quint32> patterns;
        std::vector<quint64> bits; // [position][symbol][word]
        int words = 0;
    };
    std::array<FixedLength, 11> m_fixed; // by length, 0..10 (kMaxReading)
    std::vector<quint32> m_scanned;
    int m_skippedPatterns = 0;
};

} // namespace alpr
