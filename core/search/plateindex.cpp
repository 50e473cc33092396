// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindex.h"

#include "store/bulkscan.h"

#include <algorithm>
#include <cstring>

namespace alpr {

namespace {
std::uint32_t toSeconds(qint64 ms)
{
    return static_cast<std::uint32_t>(std::clamp<qint64>(ms / 1000, 0, UINT32_MAX));
}
} // namespace

Result<void> PlateIndex::build(QSqlDatabase db)
{
    PlateIndex built;
    // The unique index on plates(plate) hands the dictionary over sorted.
    qint64 maxId = 0;
    bool bad = false;
    auto plates = bulkScan(db, "SELECT id, plate FROM plates ORDER BY plate", [&](const BulkRow& row) {
        const qint64 id = row.integer(0);
        int length = 0;
        const char* text = row.text(1, &length);
        if (id <= 0 || id > INT32_MAX || length <= 0 || length > kMaxPlateLength) {
            bad = true;
            return;
        }
        built.slotFor(id, text, length);
        maxId = std::max(maxId, id);
    });
    if (!plates)
        return plates;
    if (bad)
        return makeError(ErrorCode::Corrupt, QStringLiteral("the plate dictionary is damaged"));
    built.m_sortedCount = static_cast<std::uint32_t>(built.m_lengths.size());
    const std::size_t plateIds = std::size_t(maxId) + 1;

    if (auto r = loadPostings(db,
                              "SELECT plate_id, id, captured_at FROM reads INDEXED BY "
                              "reads_plate_time ORDER BY plate_id",
                              built.m_reads, plateIds);
        !r)
        return r;
    if (auto r = loadPostings(db, "SELECT plate_id, read_id, captured_at FROM read_candidates",
                              built.m_candidates, plateIds);
        !r)
        return r;
    built.m_totalReads = static_cast<qsizetype>(built.m_reads.entries.size());
    for (const Postings* p : {&built.m_reads, &built.m_candidates})
        for (const Posting& posting : p->entries)
            built.m_maxReadId = std::max(built.m_maxReadId, posting.readId);
    *this = std::move(built);
    return {};
}

Result<void> PlateIndex::loadPostings(QSqlDatabase db, const char* sql, Postings& postings,
                                      std::size_t plateIds)
{
    // Rows arrive ordered by plate id: one pass fills the compressed rows.
    postings.offsets.assign(plateIds + 1, 0);
    std::uint32_t current = 0;
    bool bad = false;
    auto scanned = bulkScan(db, sql, [&](const BulkRow& row) {
        const qint64 plateId = row.integer(0);
        const qint64 readId = row.integer(1);
        if (plateId <= 0 || std::size_t(plateId) >= plateIds || plateId < current || readId <= 0
            || readId > UINT32_MAX) {
            bad = true;
            return;
        }
        while (current < plateId)
            postings.offsets[++current] = static_cast<std::uint32_t>(postings.entries.size());
        postings.entries.push_back(
            {static_cast<std::uint32_t>(readId), toSeconds(row.integer(2))});
    });
    if (!scanned)
        return scanned;
    if (bad)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("a read refers to a plate the store does not have"));
    // offsets[p] is where plate p's entries start; the rest end at the total.
    while (current + 1 < postings.offsets.size())
        postings.offsets[++current] = static_cast<std::uint32_t>(postings.entries.size());
    postings.entries.shrink_to_fit();
    return {};
}

std::uint32_t PlateIndex::slotFor(qint64 plateId, const char* text, int length)
{
    if (std::size_t(plateId) >= m_slotOfPlateId.size())
        m_slotOfPlateId.resize(std::size_t(plateId) + 1, 0);
    if (m_slotOfPlateId[std::size_t(plateId)] != 0)
        return m_slotOfPlateId[std::size_t(plateId)] - 1;
    const auto slot = static_cast<std::uint32_t>(m_lengths.size());
    m_chars.resize(m_chars.size() + kMaxPlateLength, '\0');
    std::memcpy(m_chars.data() + std::size_t(slot) * kMaxPlateLength, text,
                std::size_t(std::min(length, kMaxPlateLength)));
    m_lengths.push_back(static_cast<std::uint8_t>(std::min(length, kMaxPlateLength)));
    m_plateIds.push_back(static_cast<std::uint32_t>(plateId));
    m_slotOfPlateId[std::size_t(plateId)] = slot + 1;
    return slot;
}

void PlateIndex::addRead(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs)
{
    const QByteArray text = plate.toLatin1();
    slotFor(plateId, text.constData(), int(text.size()));
    m_reads.added[static_cast<std::uint32_t>(plateId)].push_back(
        {static_cast<std::uint32_t>(readId), toSeconds(capturedAtMs)});
    m_maxReadId = std::max(m_maxReadId, static_cast<std::uint32_t>(readId));
    ++m_totalReads;
}

void PlateIndex::addCandidate(qint64 plateId, const QString& plate, qint64 readId,
                              qint64 capturedAtMs)
{
    const QByteArray text = plate.toLatin1();
    slotFor(plateId, text.constData(), int(text.size()));
    m_candidates.added[static_cast<std::uint32_t>(plateId)].push_back(
        {static_cast<std::uint32_t>(readId), toSeconds(capturedAtMs)});
    m_maxReadId = std::max(m_maxReadId, static_cast<std::uint32_t>(readId));
}

QString PlateIndex::plate(std::uint32_t slot) const
{
    return QString::fromLatin1(chars(slot), m_lengths[slot]);
}

std::vector<qint64> PlateIndex::readIds(std::uint32_t slot) const
{
    std::vector<qint64> ids;
    forEachPosting(m_reads, m_plateIds[slot], [&](const Posting& p) { ids.push_back(p.readId); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::size_t PlateIndex::memoryBytes() const
{
    auto postingsBytes = [](const Postings& p) {
        std::size_t added = 0;
        for (const auto& [id, list] : p.added)
            added += sizeof(id) + list.capacity() * sizeof(Posting) + 48;
        return p.offsets.capacity() * 4 + p.entries.capacity() * sizeof(Posting) + added;
    };
    return m_chars.capacity() + m_lengths.capacity() + m_plateIds.capacity() * 4
        + m_slotOfPlateId.capacity() * 4 + postingsBytes(m_reads) + postingsBytes(m_candidates);
}

} // namespace alpr
