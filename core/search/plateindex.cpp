// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindex.h"

#include "store/bulkscan.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
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
    std::uint32_t maxReadId = 0;

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
        if (plateId <= 0 || plateId > maxPlateId || plateId < current || readId <= 0 ||
            readId > UINT32_MAX) {
            bad = true;
            return;
        }
        while (current < plateId)
            out.offsets[++current] = static_cast<std::uint32_t>(out.entries.size());
        out.entries.push_back({static_cast<std::uint32_t>(readId), toSeconds(row.integer(2))});
        out.maxReadId = std::max(out.maxReadId, static_cast<std::uint32_t>(readId));
    });
    if (!scanned)
        return scanned.error();
    if (bad)
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("alpr::PlateIndex",
                                        "a read refers to a plate the store does not have"));
    // offsets[p] is where plate p's entries start; the rest end at the total.
    while (current + 1 < out.offsets.size())
        out.offsets[++current] = static_cast<std::uint32_t>(out.entries.size());
    return out;
}

// The dictionary as the store hands it over, in text order, published row by
// row to the thread that lays out the slots.
struct Ranked
{
    std::vector<char> chars; // kMaxPlateLength per rank
    std::vector<std::uint8_t> lengths;
    std::vector<std::uint32_t> plateIds;
    // Ranks published so far, with kFinished once the scan is over (so the
    // value changes, and wakes the waiting thread, even when no rank is added).
    std::atomic<std::size_t> published{0};
    static constexpr std::size_t kFinished = std::size_t(1) << 63;
};

// Lays out the slots as the ranks arrive, in place: the plates with reads
// (part A) from slot 0, the rest (part B) from slot `withReads`, each in
// text order. Their postings are copied into slot order on the way, part B's
// alternative readings after part A's, and each slot's suffix bucket is kept
// for the suffix order.
struct Layout
{
    char* chars;
    std::uint8_t* lengths;
    std::uint16_t* buckets;
    std::uint32_t* readOffsets;
    Posting* readEntries;
    std::uint32_t* candidateOffsets;
    Posting* candidateEntries;
    std::uint32_t withReads; // slots of part A
    std::uint32_t slots;     // room for slots
    std::uint32_t readTotal; // room for read postings
    std::uint32_t candidateTotal;
    std::uint32_t slotA = 0;
    std::uint32_t slotB = 0; // set to withReads
    std::uint32_t readAt = 0;
    std::uint32_t candidateA = 0;
    std::uint32_t candidateB = 0; // set to part A's candidate postings
    bool overflow = false;        // more plates or postings than counted: a damaged store

    void take(const Ranked& ranked, std::size_t rank, const ByPlate& reads,
              const ByPlate& candidates)
    {
        const std::uint32_t id = ranked.plateIds[rank];
        const std::uint32_t readCount = reads.count(id);
        const std::uint32_t candidateCount = candidates.count(id);
        const bool read = readCount > 0;
        std::uint32_t& slot = read ? slotA : slotB;
        std::uint32_t& candidateAt = read ? candidateA : candidateB;
        if (slot >= (read ? withReads : slots) || readTotal - readAt < readCount ||
            candidateTotal - candidateAt < candidateCount) {
            overflow = true;
            return;
        }
        const char* text = ranked.chars.data() + rank * kMaxPlateLength;
        std::memcpy(chars + std::size_t(slot) * kMaxPlateLength, text, kMaxPlateLength);
        lengths[slot] = ranked.lengths[rank];
        buckets[slot] =
            static_cast<std::uint16_t>(PlateIndex::suffixBucket(text, ranked.lengths[rank]));
        if (read) {
            std::copy_n(reads.entries.data() + reads.offsets[id], readCount, readEntries + readAt);
            readAt += readCount;
            readOffsets[slot + 1] = readAt;
        }
        std::copy_n(candidates.entries.data() + candidates.offsets[id], candidateCount,
                    candidateEntries + candidateAt);
        candidateAt += candidateCount;
        candidateOffsets[slot + 1] = candidateAt;
        ++slot;
    }
};

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
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("alpr::PlateIndex", "the plate dictionary is damaged"));
    const auto maxPlateId = static_cast<std::uint32_t>(*maxPlate);

    // The postings first, keyed by plate id as the covering indexes hand them over.
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

    // Then the dictionary in text order (the unique index on plates(plate)
    // hands it over sorted). The store's connection is single-threaded, so
    // this thread only reads rows, and another core lays out the slots and
    // copies the postings into slot order meanwhile, in place: how many
    // plates have reads, and how many alternative readings those have, is
    // known from the postings.
    std::uint32_t withReads = 0;
    std::size_t candidatesOfRead = 0;
    PlateIndex built;
    std::vector<std::uint16_t> buckets;
    Layout layout{};
    // On the laying thread, while this one starts reading.
    auto allocate = [&] {
        for (std::uint32_t id = 1; id <= maxPlateId; ++id)
            if (reads->count(id) > 0) {
                ++withReads;
                candidatesOfRead += candidates->count(id);
            }
        built.m_chars.assign(std::size_t(maxPlateId) * kMaxPlateLength, '\0');
        built.m_lengths.assign(maxPlateId, 0);
        built.m_reads.offsets.assign(std::size_t(withReads) + 1, 0);
        built.m_reads.entries.resize(reads->entries.size());
        built.m_candidates.offsets.assign(std::size_t(maxPlateId) + 1, 0);
        built.m_candidates.entries.resize(candidates->entries.size());
        buckets.resize(maxPlateId);
        layout = Layout{built.m_chars.data(),
                        built.m_lengths.data(),
                        buckets.data(),
                        built.m_reads.offsets.data(),
                        built.m_reads.entries.data(),
                        built.m_candidates.offsets.data(),
                        built.m_candidates.entries.data(),
                        withReads,
                        maxPlateId,
                        static_cast<std::uint32_t>(reads->entries.size()),
                        static_cast<std::uint32_t>(candidates->entries.size())};
        layout.slotB = withReads;
        layout.candidateB = static_cast<std::uint32_t>(candidatesOfRead);
        built.m_candidates.offsets[withReads] = layout.candidateB;
    };

    Ranked ranked;
    ranked.chars.assign(std::size_t(maxPlateId) * kMaxPlateLength, '\0');
    ranked.lengths.assign(maxPlateId, 0);
    ranked.plateIds.assign(maxPlateId, 0);
    constexpr std::size_t kBatch = 1 << 14; // ranks per hand-over
    constexpr std::size_t kAhead = 16;      // ranks to prefetch ahead
    QFuture<void> laying = QtConcurrent::run([&] {
        allocate();
        std::size_t rank = 0;
        for (;;) {
            const std::size_t state = ranked.published.load(std::memory_order_acquire);
            for (const std::size_t upTo = state & ~Ranked::kFinished; rank < upTo; ++rank) {
                // Each rank's postings are a few cache misses away: ask for
                // them ahead (plate ids first, then the postings they point at).
                if (rank + 2 * kAhead < upTo) {
                    const std::uint32_t id = ranked.plateIds[rank + 2 * kAhead];
                    __builtin_prefetch(reads->offsets.data() + id);
                    __builtin_prefetch(candidates->offsets.data() + id);
                }
                if (rank + kAhead < upTo) {
                    const std::uint32_t id = ranked.plateIds[rank + kAhead];
                    __builtin_prefetch(reads->entries.data() + reads->offsets[id]);
                    __builtin_prefetch(candidates->entries.data() + candidates->offsets[id]);
                }
                layout.take(ranked, rank, *reads, *candidates);
            }
            if (state & Ranked::kFinished)
                return;
            ranked.published.wait(state, std::memory_order_acquire);
        }
    });
    auto publish = [&](std::size_t state) {
        ranked.published.store(state, std::memory_order_release);
        ranked.published.notify_one();
    };
    std::size_t plates = 0;
    bool bad = false;
    auto scanned =
        bulkScan(db, "SELECT id, plate FROM plates ORDER BY plate", [&](const BulkRow& row) {
            const qint64 id = row.integer(0);
            int length = 0;
            const char* text = row.text(1, &length);
            if (id <= 0 || id > maxPlateId || length <= 0 || length > kMaxPlateLength ||
                plates >= maxPlateId) {
                bad = true;
                return;
            }
            std::memcpy(ranked.chars.data() + plates * kMaxPlateLength, text, std::size_t(length));
            ranked.lengths[plates] = static_cast<std::uint8_t>(length);
            ranked.plateIds[plates] = static_cast<std::uint32_t>(id);
            if (++plates % kBatch == 0)
                publish(plates);
        });
    publish(plates | Ranked::kFinished);
    laying.waitForFinished();
    if (!scanned)
        return scanned;
    if (bad)
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("alpr::PlateIndex", "the plate dictionary is damaged"));
    if (layout.overflow || layout.slotA != withReads || layout.readAt != reads->entries.size() ||
        layout.candidateA != candidatesOfRead || layout.candidateB != candidates->entries.size())
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("alpr::PlateIndex",
                                        "a read refers to a plate the store does not have"));

    built.m_readPlates = withReads;
    built.m_sortedCount = static_cast<std::uint32_t>(plates);
    // Plates that were deleted leave room unused at the end.
    built.m_chars.resize(plates * kMaxPlateLength);
    built.m_lengths.resize(plates);
    built.m_candidates.offsets.resize(plates + 1);
    if (plates + plates / 8 < maxPlateId) {
        built.m_chars.shrink_to_fit();
        built.m_lengths.shrink_to_fit();
        built.m_candidates.offsets.shrink_to_fit();
    }
    built.m_bySuffix.resize(plates);
    built.m_suffixStarts.assign(2 * std::size_t(kSuffixBuckets + 1), 0);
    {
        QFuture<void> partA = QtConcurrent::run([&] { built.orderBySuffix(0, buckets); });
        built.orderBySuffix(1, buckets);
        partA.waitForFinished();
    }
    built.m_totalReads = static_cast<qsizetype>(built.m_reads.entries.size());
    built.m_maxReadId = std::max(reads->maxReadId, candidates->maxReadId);
    *this = std::move(built);
    return {};
}

int PlateIndex::suffixSymbol(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return kSuffixSymbols - 1;
}

int PlateIndex::suffixBucket(const char* plate, int length)
{
    const int last = length >= 1 ? suffixSymbol(plate[length - 1]) : kSuffixSymbols - 1;
    const int before = length >= 2 ? suffixSymbol(plate[length - 2]) : kSuffixSymbols - 1;
    return last * kSuffixSymbols + before;
}

// A counting sort of one sorted part's slots by suffix bucket.
void PlateIndex::orderBySuffix(int part, const std::vector<std::uint16_t>& buckets)
{
    const std::uint32_t begin = part == 0 ? 0 : m_readPlates;
    const std::uint32_t end = part == 0 ? m_readPlates : m_sortedCount;
    std::uint32_t* starts = m_suffixStarts.data() + std::size_t(part) * (kSuffixBuckets + 1);
    std::vector<std::uint32_t> next(kSuffixBuckets + 1, 0);
    for (std::uint32_t slot = begin; slot < end; ++slot)
        ++next[std::size_t(buckets[slot]) + 1];
    next[0] = begin;
    for (int b = 0; b < kSuffixBuckets; ++b)
        next[std::size_t(b) + 1] += next[std::size_t(b)];
    std::copy(next.begin(), next.end(), starts);
    for (std::uint32_t slot = begin; slot < end; ++slot)
        m_bySuffix[next[buckets[slot]]++] = slot;
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

void PlateIndex::removeReads(const std::vector<qint64>& readIds)
{
    std::vector<bool> gone(std::size_t(m_maxReadId) + 1, false);
    bool any = false;
    for (qint64 id : readIds)
        if (id >= 0 && id <= qint64(m_maxReadId)) {
            gone[std::size_t(id)] = true;
            any = true;
        }
    if (!any)
        return;
    auto compact = [&](Postings& postings) -> qsizetype {
        qsizetype removed = 0;
        std::size_t out = 0;
        std::uint32_t begin = 0;
        for (std::size_t slot = 0; slot + 1 < postings.offsets.size(); ++slot) {
            const std::uint32_t end = postings.offsets[slot + 1];
            for (std::uint32_t i = begin; i < end; ++i)
                if (!gone[postings.entries[i].readId])
                    postings.entries[out++] = postings.entries[i];
            begin = end;
            postings.offsets[slot + 1] = static_cast<std::uint32_t>(out);
        }
        removed += qsizetype(postings.entries.size() - out);
        postings.entries.resize(out);
        for (auto& [slot, list] : postings.added)
            removed += std::erase_if(
                list, [&](const Posting& p) { return p.readId < gone.size() && gone[p.readId]; });
        return removed;
    };
    m_totalReads -= compact(m_reads);
    compact(m_candidates);
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
    return m_chars.capacity() + m_lengths.capacity() + m_addedSlots.size() * (8 + kMapNode) +
           m_promoted.capacity() * 4 + m_bySuffix.capacity() * 4 + m_suffixStarts.capacity() * 4 +
           postingsBytes(m_reads) + postingsBytes(m_candidates);
}

} // namespace alpr
