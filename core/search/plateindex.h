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
// Plates are held in fixed 10-byte rows, in lexicographic order as built (so
// a literal prefix narrows a scan by binary search); plates first seen after
// the build follow unsorted. Posting lists are compressed sparse rows keyed by
// the plates.id of the plate: reads whose plate it is, and reads that have it
// as an alternative reading.
class PlateIndex final
{
public:
    Result<void> build(QSqlDatabase db);

    // Records a stored read, and each of its alternative readings.
    void addRead(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs);
    void addCandidate(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs);

    qsizetype plateCount() const { return static_cast<qsizetype>(m_lengths.size()); }
    qsizetype totalReads() const { return m_totalReads; }
    QString plate(std::uint32_t slot) const;
    // Read ids whose plate is this plate, ascending.
    std::vector<qint64> readIds(std::uint32_t slot) const;
    std::size_t memoryBytes() const;

private:
    friend EngineResult runEngine(const PlateIndex& index, const EngineQuery& query);

    struct Postings
    {
        std::vector<std::uint32_t> offsets; // by plate id; size maxPlateId + 2
        std::vector<Posting> entries;
        std::unordered_map<std::uint32_t, std::vector<Posting>> added; // since the build
    };

    std::uint32_t slotFor(qint64 plateId, const char* text, int length);
    const char* chars(std::uint32_t slot) const { return m_chars.data() + std::size_t(slot) * kMaxPlateLength; }
    template <typename F>
    void forEachPosting(const Postings& postings, std::uint32_t plateId, F&& f) const;
    static Result<void> loadPostings(QSqlDatabase db, const char* sql, Postings& postings,
                                     std::size_t plateIds);

    std::vector<char> m_chars;              // kMaxPlateLength bytes per slot
    std::vector<std::uint8_t> m_lengths;    // per slot
    std::vector<std::uint32_t> m_plateIds;  // plates.id per slot
    std::vector<std::uint32_t> m_slotOfPlateId; // slot + 1 per plates.id (0 = none)
    std::uint32_t m_sortedCount = 0;        // slots [0, m_sortedCount) are in lexicographic order
    Postings m_reads;
    Postings m_candidates;
    qsizetype m_totalReads = 0;
    std::uint32_t m_maxReadId = 0; // of every posting: sizes the engine's per-read bitmap
};

template <typename F>
void PlateIndex::forEachPosting(const Postings& postings, std::uint32_t plateId, F&& f) const
{
    if (plateId + 1 < postings.offsets.size())
        for (std::uint32_t i = postings.offsets[plateId]; i < postings.offsets[plateId + 1]; ++i)
            f(postings.entries[i]);
    if (!postings.added.empty())
        if (auto it = postings.added.find(plateId); it != postings.added.end())
            for (const Posting& p : it->second)
                f(p);
}

} // namespace alpr
