// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "search/platetext.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace alpr {

struct EngineQuery;
struct EngineResult;

// One read in a posting list.
struct Posting
{
    std::uint32_t readId;
    std::uint32_t capturedAtSec; // seconds since 1970 UTC: ranking and time filters
};

// The in-memory dictionary of distinct plates with posting lists of read ids
// (DESIGN.md, "Searching plates"). Built from the store when first needed,
// kept current as reads are imported.
//
// Plates are held in fixed 10-byte rows ("slots") in three parts:
//   [0, readPlates)             plates that had reads at the build, in lexicographic order;
//   [readPlates, sortedCount)   plates that were only alternative readings, in order;
//   [sortedCount, plateCount)   plates first seen after the build, unsorted.
// A literal prefix narrows each sorted part by binary search (and a fixed
// ending by the parts' suffix order), and a search
// without alternative readings skips the second part (four plates in ten of a
// large store) except for the few of its plates that have been read since.
//
// Posting lists are compressed sparse rows by slot, so the postings of a run
// of slots lie together; a plate's reads are oldest first, so the engine can
// take the newest without reading the rest. Postings added since the build
// are kept apart, by slot.
class PlateIndex final
{
public:
    Result<void> build(QSqlDatabase db);

    // Records a stored read, and each of its alternative readings.
    void addRead(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs);
    void addCandidate(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs);
    // Drops every posting of these reads (purged by retention), whether
    // under their plate or an alternative reading: one pass over the index.
    void removeReads(const std::vector<qint64>& readIds);

    qsizetype plateCount() const { return static_cast<qsizetype>(m_lengths.size()); }

    // Suffix buckets: a plate's last two characters, each A-Z 0-9 or none.
    static constexpr int kSuffixSymbols = 37;
    static constexpr int kSuffixBuckets = kSuffixSymbols * kSuffixSymbols;
    static int suffixSymbol(char c); // 0..35, or 36 for none or anything else
    static int suffixBucket(const char* plate, int length);
    qsizetype totalReads() const { return m_totalReads; }
    QString plate(std::uint32_t slot) const;
    // Read ids whose plate is this plate, ascending.
    std::vector<qint64> readIds(std::uint32_t slot) const;
    std::size_t memoryBytes() const;

private:
    friend EngineResult runEngine(const PlateIndex& index, const EngineQuery& query);

    struct Postings
    {
        std::vector<std::uint32_t> offsets; // by slot of the build, one more than they
        std::vector<Posting> entries;
        std::unordered_map<std::uint32_t, std::vector<Posting>> added; // by slot, since the build

        // The built postings of a slot: [first, last).
        std::pair<const Posting*, const Posting*> built(std::uint32_t slot) const
        {
            if (slot + 1 >= offsets.size())
                return {nullptr, nullptr};
            return {entries.data() + offsets[slot], entries.data() + offsets[slot + 1]};
        }
    };

    std::uint32_t slotFor(qint64 plateId, const char* text, int length);
    void orderBySuffix(int part, const std::vector<std::uint16_t>& buckets);
    // The slot of a plate in a sorted part [begin, end), or end.
    std::uint32_t findSorted(std::uint32_t begin, std::uint32_t end, const char* text,
                             int length) const;
    const char* chars(std::uint32_t slot) const
    {
        return m_chars.data() + std::size_t(slot) * kMaxPlateLength;
    }
    template <typename F>
    void forEachPosting(const Postings& postings, std::uint32_t slot, F&& f) const;

    std::vector<char> m_chars;           // kMaxPlateLength bytes per slot
    std::vector<std::uint8_t> m_lengths; // per slot
    std::uint32_t m_readPlates = 0;
    std::uint32_t m_sortedCount = 0;
    // Each sorted part's slots again, ordered by suffix bucket and then slot:
    // a fixed ending (*9, *123) narrows to a run of them as a prefix narrows
    // the slots. Part A's [0, m_readPlates), then part B's; m_suffixStarts
    // holds each part's kSuffixBuckets + 1 bucket starts into it.
    std::vector<std::uint32_t> m_bySuffix;
    std::vector<std::uint32_t> m_suffixStarts;
    // plates.id -> slot, for the plates first seen after the build.
    std::unordered_map<std::uint32_t, std::uint32_t> m_addedSlots;
    // Slots of the alternative-readings part that have been read since the build.
    std::vector<std::uint32_t> m_promoted;
    Postings m_reads;      // offsets over [0, m_readPlates)
    Postings m_candidates; // offsets over [0, m_sortedCount)
    qsizetype m_totalReads = 0;
    std::uint32_t m_maxReadId = 0; // of every posting: sizes the engine's per-read bitmap
};

template <typename F>
void PlateIndex::forEachPosting(const Postings& postings, std::uint32_t slot, F&& f) const
{
    const auto [first, last] = postings.built(slot);
    for (const Posting* p = first; p != last; ++p)
        f(*p);
    if (!postings.added.empty())
        if (auto it = postings.added.find(slot); it != postings.added.end())
            for (const Posting& p : it->second)
                f(p);
}

} // namespace alpr
