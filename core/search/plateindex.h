// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "search/platepattern.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace alpr {

// A plate of the dictionary that a pattern matched.
struct PlateMatchEntry
{
    std::uint32_t slot = 0; // position in the dictionary
    PlateMatch match = PlateMatch::None;
    int misreadCost = 0;
};

// The in-memory dictionary of distinct plates with a posting list of read ids
// per plate (DESIGN.md, "Searching plates"). Built at sign-in from the plates
// and reads tables, kept current as reads are imported. A pattern is scanned
// over the dictionary; matching reads are then fetched by id.
class PlateIndex final
{
public:
    Result<void> build(QSqlDatabase db);
    // Records a stored read; plateId is the plates.id of its plate.
    void addRead(qint64 plateId, const QString& plate, qint64 readId);

    std::vector<PlateMatchEntry> match(const PlatePattern& pattern) const;
    QString plate(std::uint32_t slot) const;
    // Read ids of the plate, ascending.
    std::vector<qint64> readIds(std::uint32_t slot) const;
    qsizetype readCount(std::uint32_t slot) const;

    qsizetype plateCount() const { return static_cast<qsizetype>(m_lengths.size()); }
    qsizetype totalReads() const { return m_totalReads; }
    std::size_t memoryBytes() const;

private:
    std::uint32_t slotFor(qint64 plateId, const QString& plate);

    // Plates in fixed-width rows of kMaxPlateLength bytes.
    std::vector<char> m_chars;
    std::vector<std::uint8_t> m_lengths;
    // Compressed sparse rows: reads of slot s are m_postings[m_offsets[s] .. m_offsets[s+1]).
    std::vector<std::uint32_t> m_offsets{0};
    std::vector<std::uint32_t> m_postings;
    // Reads added since the build, per slot.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_added;
    // plates.id -> slot + 1 (0 = none).
    std::vector<std::uint32_t> m_slotByPlateId;
    qsizetype m_totalReads = 0;
};

} // namespace alpr
