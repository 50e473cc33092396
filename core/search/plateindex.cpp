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

// SQLite's BINARY collation, which ORDER BY plate uses.
int compareText(const char* a, int aLength, const char* b, int bLength)
{
    const int r = std::memcmp(a, b, std::size_t(std::min(aLength, bLength)));
    if (r != 0)
        return r;
    return aLength < bLength ? -1 : (aLength > bLength ? 1 : 0);
}

// Posting lists keyed by plates.id, as the store hands them over.
struct ByPlate
{
    std::vector<std::uint32_t> offsets; // plate id p: [offsets[p], offsets[p + 1])
    std::vector<Posting> entries;

    std::uint32_t count(std::uint32_t plateId) const
    {
        return offsets[plateId + 1] - offsets[plateId];
    }
};

Result<ByPlate> scanByPlate(QSqlDatabase db, const char* sql, std::uint32_t maxPlateId,
                            std::size_t expected)
{
    // Rows arrive ordered by plate id: one pass fills the compressed rows.
    ByPlate out;
    out.offsets.assign(std::size_t(maxPlateId) + 2, 0);
    out.entries.reserve(expected);
    std::uint32_t current = 0;
    bool bad = false;
    auto scanned = bulkScan(db, sql, [&](const BulkRow& row) {
        const qint64 plateId = row.integer(0);
        const qint64 readId = row.integer(1);
        if (plateId <= 0 || plateId > maxPlateId || plateId < current || readId <= 0
            || readId > UINT32_MAX) {
            bad = true;
            return;
        }
        while (current < plateId)
            out.offsets[++current] = static_cast<std::uint32_t>(out.entries.size());
        out.entries.push_back({static_cast<std::uint32_t>(readId), toSeconds(row.integer(2))});
    });
    if (!scanned)
        return scanned.error();
    if (bad)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("a read refers to a plate the store does not have"));
    // offsets[p] is where plate p's entries start; the rest end at the total.
    while (current + 1 < out.offsets.size())
        out.offsets[++current] = static_cast<std::uint32_t>(out.entries.size());
    return out;
}

// The postings of `plateIds` (one per slot) in slot order.
Result<void> gather(const ByPlate& byPlate, const std::vector<std::uint32_t>& plateIds,
                    std::size_t slots, std::vector<std::uint32_t>& offsets,
                    std::vector<Posting>& entries)
{
    offsets.assign(slots + 1, 0);
    for (std::size_t s = 0; s < slots; ++s)
        offsets[s + 1] = offsets[s] + byPlate.count(plateIds[s]);
    if (offsets[slots] != byPlate.entries.size())
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("a read refers to a plate the store does not have"));
    entries.resize(byPlate.entries.size());
    for (std::size_t s = 0; s < slots; ++s)
        std::copy_n(byPlate.entries.data() + byPlate.offsets[plateIds[s]],
                    offsets[s + 1] - offsets[s], entries.data() + offsets[s]);
    return {};
}

} // namespace

Result<void> PlateIndex::build(QSqlDatabase db)
{
    auto maxPlate = bulkInteger(db, "SELECT max(id) FROM plates");
    if (!maxPlate)
        return maxPlate.error();
    auto maxRead = bulkInteger(db, "SELECT max(id) FROM reads");
    if (!maxRead)
        return maxRead.error();
    if (*maxPlate < 0 || *maxPlate > INT32_MAX || *maxRead < 0 || *maxRead > UINT32_MAX)
        return makeError(ErrorCode::Corrupt, QStringLiteral("the plate dictionary is damaged"));
    const auto maxPlateId = static_cast<std::uint32_t>(*maxPlate);

    // The dictionary in text order: the unique index on plates(plate) hands it over sorted.
    std::vector<char> chars(std::size_t(maxPlateId) * kMaxPlateLength, '\0');
    std::vector<std::uint8_t> lengths(maxPlateId, 0);
    std::vector<std::uint32_t> plateIds(maxPlateId, 0); // by rank in text order
    std::size_t plates = 0;
    bool bad = false;
    auto scanned = bulkScan(db, "SELECT id, plate FROM plates ORDER BY plate", [&](const BulkRow& row) {
        const qint64 id = row.integer(0);
        int length = 0;
        const char* text = row.text(1, &length);
        if (id <= 0 || id > maxPlateId || length <= 0 || length > kMaxPlateLength
            || plates >= maxPlateId) {
            bad = true;
            return;
        }
        std::memcpy(chars.data() + plates * kMaxPlateLength, text, std::size_t(length));
        lengths[plates] = static_cast<std::uint8_t>(length);
        plateIds[plates] = static_cast<std::uint32_t>(id);
        ++plates;
    });
    if (!scanned)
        return scanned;
    if (bad)
        return makeError(ErrorCode::Corrupt, QStringLiteral("the plate dictionary is damaged"));

    auto reads = scanByPlate(db,
                             "SELECT plate_id, id, captured_at FROM reads INDEXED BY "
                             "reads_plate_time ORDER BY plate_id",
                             maxPlateId, std::size_t(*maxRead));
    if (!reads)
        return reads.error();
    auto candidates = scanByPlate(db,
                                  "SELECT plate_id, read_id, captured_at FROM read_candidates "
                                  "ORDER BY plate_id",
                                  maxPlateId, 0);
    if (!candidates)
        return candidates.error();

    // Slots: the plates with reads, then the rest, each in text order.
    PlateIndex built;
    built.m_chars.resize(plates * kMaxPlateLength);
    built.m_lengths.resize(plates);
    std::vector<std::uint32_t> slotPlateIds(plates);
    std::uint32_t withReads = 0;
    for (std::size_t r = 0; r < plates; ++r)
        withReads += reads->count(plateIds[r]) > 0;
    std::uint32_t a = 0;
    std::uint32_t b = withReads;
    for (std::size_t r = 0; r < plates; ++r) {
        const std::uint32_t slot = reads->count(plateIds[r]) > 0 ? a++ : b++;
        std::memcpy(built.m_chars.data() + std::size_t(slot) * kMaxPlateLength,
                    chars.data() + r * kMaxPlateLength, kMaxPlateLength);
        built.m_lengths[slot] = lengths[r];
        slotPlateIds[slot] = plateIds[r];
    }
    std::vector<char>().swap(chars);
    built.m_readPlates = withReads;
    built.m_sortedCount = static_cast<std::uint32_t>(plates);

    if (auto r = gather(*reads, slotPlateIds, withReads, built.m_reads.offsets,
                        built.m_reads.entries);
        !r)
        return r;
    if (auto r = gather(*candidates, slotPlateIds, plates, built.m_candidates.offsets,
                        built.m_candidates.entries);
        !r)
        return r;
    built.m_totalReads = static_cast<qsizetype>(built.m_reads.entries.size());
    for (const Postings* p : {&built.m_reads, &built.m_candidates})
        for (const Posting& posting : p->entries)
            built.m_maxReadId = std::max(built.m_maxReadId, posting.readId);
    *this = std::move(built);
    return {};
}

std::uint32_t PlateIndex::findSorted(std::uint32_t begin, std::uint32_t end, const char* text,
                                     int length) const
{
    std::uint32_t lo = begin;
    std::uint32_t hi = end;
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (compareText(chars(mid), m_lengths[mid], text, length) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < end && compareText(chars(lo), m_lengths[lo], text, length) == 0)
        return lo;
    return end;
}

std::uint32_t PlateIndex::slotFor(qint64 plateId, const char* text, int length)
{
    length = std::min(length, kMaxPlateLength);
    if (const std::uint32_t s = findSorted(0, m_readPlates, text, length); s != m_readPlates)
        return s;
    if (const std::uint32_t s = findSorted(m_readPlates, m_sortedCount, text, length);
        s != m_sortedCount)
        return s;
    const auto id = static_cast<std::uint32_t>(plateId);
    if (auto it = m_addedSlots.find(id); it != m_addedSlots.end())
        return it->second;
    const auto slot = static_cast<std::uint32_t>(m_lengths.size());
    m_chars.resize(m_chars.size() + kMaxPlateLength, '\0');
    std::memcpy(m_chars.data() + std::size_t(slot) * kMaxPlateLength, text, std::size_t(length));
    m_lengths.push_back(static_cast<std::uint8_t>(length));
    m_addedSlots.emplace(id, slot);
    return slot;
}

void PlateIndex::addRead(qint64 plateId, const QString& plate, qint64 readId, qint64 capturedAtMs)
{
    const QByteArray text = plate.toLatin1();
    const std::uint32_t slot = slotFor(plateId, text.constData(), int(text.size()));
    auto [list, first] = m_reads.added.try_emplace(slot);
    // A plate known only as an alternative reading is now read: a search
    // that skips those plates must still look at it.
    if (first && slot >= m_readPlates && slot < m_sortedCount)
        m_promoted.push_back(slot);
    list->second.push_back({static_cast<std::uint32_t>(readId), toSeconds(capturedAtMs)});
    m_maxReadId = std::max(m_maxReadId, static_cast<std::uint32_t>(readId));
    ++m_totalReads;
}

void PlateIndex::addCandidate(qint64 plateId, const QString& plate, qint64 readId,
                              qint64 capturedAtMs)
{
    const QByteArray text = plate.toLatin1();
    const std::uint32_t slot = slotFor(plateId, text.constData(), int(text.size()));
    m_candidates.added[slot].push_back(
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
    forEachPosting(m_reads, slot, [&](const Posting& p) { ids.push_back(p.readId); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::size_t PlateIndex::memoryBytes() const
{
    constexpr std::size_t kMapNode = 48; // a hash node and its bucket, roughly
    auto postingsBytes = [](const Postings& p) {
        std::size_t added = 0;
        for (const auto& [slot, list] : p.added)
            added += sizeof(slot) + list.capacity() * sizeof(Posting) + kMapNode;
        return p.offsets.capacity() * 4 + p.entries.capacity() * sizeof(Posting) + added;
    };
    return m_chars.capacity() + m_lengths.capacity() + m_addedSlots.size() * (8 + kMapNode)
        + m_promoted.capacity() * 4 + postingsBytes(m_reads) + postingsBytes(m_candidates);
}

} // namespace alpr
