// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindex.h"

#include "store/bulkscan.h"

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
        if (plateId <= 0 || plateId > maxPlateId || plateId < current || readId <= 0
            || readId > UINT32_MAX) {
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
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("a read refers to a plate the store does not have"));
    // offsets[p] is where plate p's entries start; the rest end at the total.
    while (current + 1 < out.offsets.size())
        out.offsets[++current] = static_cast<std::uint32_t>(out.entries.size());
    return out;
}

// Appends a plate's postings to compressed rows being built in slot order.
void appendPostings(const ByPlate& byPlate, std::uint32_t plateId,
                    std::vector<std::uint32_t>& offsets, std::vector<Posting>& entries)
{
    const Posting* first = byPlate.entries.data() + byPlate.offsets[plateId];
    entries.insert(entries.end(), first, first + byPlate.count(plateId));
    offsets.push_back(static_cast<std::uint32_t>(entries.size()));
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

// Lays out the slots as the ranks arrive: plates with reads (part A) and the
// rest (part B) each keep text order; their postings are copied into slot
// order on the way. B is appended to A at the end.
struct Layout
{
    std::vector<char> charsA, charsB;
    std::vector<std::uint8_t> lengthsA, lengthsB;
    std::vector<std::uint32_t> readOffsets{0};
    std::vector<Posting> readEntries;
    std::vector<std::uint32_t> candidateOffsetsA{0}, candidateOffsetsB{0};
    std::vector<Posting> candidateEntriesA, candidateEntriesB;

    void take(const Ranked& ranked, std::size_t rank, const ByPlate& reads,
              const ByPlate& candidates)
    {
        const std::uint32_t id = ranked.plateIds[rank];
        const char* text = ranked.chars.data() + rank * kMaxPlateLength;
        const bool read = reads.count(id) > 0;
        auto& chars = read ? charsA : charsB;
        chars.insert(chars.end(), text, text + kMaxPlateLength);
        (read ? lengthsA : lengthsB).push_back(ranked.lengths[rank]);
        if (read)
            appendPostings(reads, id, readOffsets, readEntries);
        appendPostings(candidates, id, read ? candidateOffsetsA : candidateOffsetsB,
                       read ? candidateEntriesA : candidateEntriesB);
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
        return makeError(ErrorCode::Corrupt, QStringLiteral("the plate dictionary is damaged"));
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
    // copies the postings into slot order meanwhile.
    Ranked ranked;
    ranked.chars.assign(std::size_t(maxPlateId) * kMaxPlateLength, '\0');
    ranked.lengths.assign(maxPlateId, 0);
    ranked.plateIds.assign(maxPlateId, 0);
    Layout layout;
    layout.charsA.reserve(ranked.chars.size());
    layout.lengthsA.reserve(maxPlateId);
    layout.readOffsets.reserve(std::size_t(maxPlateId) + 1);
    layout.readEntries.reserve(reads->entries.size());
    layout.candidateOffsetsA.reserve(std::size_t(maxPlateId) + 1);
    layout.candidateEntriesA.reserve(candidates->entries.size());
    constexpr std::size_t kBatch = 1 << 14; // ranks per hand-over
    constexpr std::size_t kAhead = 16;      // ranks to prefetch ahead
    QFuture<void> laying = QtConcurrent::run([&] {
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
    auto scanned = bulkScan(db, "SELECT id, plate FROM plates ORDER BY plate", [&](const BulkRow& row) {
        const qint64 id = row.integer(0);
        int length = 0;
        const char* text = row.text(1, &length);
        if (id <= 0 || id > maxPlateId || length <= 0 || length > kMaxPlateLength
            || plates >= maxPlateId) {
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
        return makeError(ErrorCode::Corrupt, QStringLiteral("the plate dictionary is damaged"));
    if (layout.readEntries.size() != reads->entries.size()
        || layout.candidateEntriesA.size() + layout.candidateEntriesB.size()
            != candidates->entries.size())
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("a read refers to a plate the store does not have"));

    PlateIndex built;
    built.m_readPlates = static_cast<std::uint32_t>(layout.lengthsA.size());
    built.m_sortedCount = static_cast<std::uint32_t>(plates);
    built.m_chars = std::move(layout.charsA);
    built.m_chars.insert(built.m_chars.end(), layout.charsB.begin(), layout.charsB.end());
    built.m_chars.shrink_to_fit();
    built.m_lengths = std::move(layout.lengthsA);
    built.m_lengths.insert(built.m_lengths.end(), layout.lengthsB.begin(), layout.lengthsB.end());
    built.m_lengths.shrink_to_fit();
    built.m_reads.offsets = std::move(layout.readOffsets);
    built.m_reads.offsets.shrink_to_fit();
    built.m_reads.entries = std::move(layout.readEntries);
    // Part B's candidate rows follow part A's.
    auto& offsets = built.m_candidates.offsets;
    offsets = std::move(layout.candidateOffsetsA);
    const std::uint32_t base = offsets.back();
    offsets.reserve(offsets.size() + layout.candidateOffsetsB.size() - 1);
    for (std::size_t i = 1; i < layout.candidateOffsetsB.size(); ++i)
        offsets.push_back(base + layout.candidateOffsetsB[i]);
    built.m_candidates.entries = std::move(layout.candidateEntriesA);
    built.m_candidates.entries.insert(built.m_candidates.entries.end(),
                                      layout.candidateEntriesB.begin(),
                                      layout.candidateEntriesB.end());
    built.m_bySuffix.resize(plates);
    built.m_suffixStarts.assign(2 * std::size_t(kSuffixBuckets + 1), 0);
    {
        QFuture<void> partA = QtConcurrent::run([&built] { built.orderBySuffix(0); });
        built.orderBySuffix(1);
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
void PlateIndex::orderBySuffix(int part)
{
    const std::uint32_t begin = part == 0 ? 0 : m_readPlates;
    const std::uint32_t end = part == 0 ? m_readPlates : m_sortedCount;
    std::uint32_t* starts = m_suffixStarts.data() + std::size_t(part) * (kSuffixBuckets + 1);
    std::vector<std::uint32_t> next(kSuffixBuckets + 1, 0);
    for (std::uint32_t slot = begin; slot < end; ++slot)
        ++next[std::size_t(suffixBucket(chars(slot), m_lengths[slot])) + 1];
    next[0] = begin;
    for (int b = 0; b < kSuffixBuckets; ++b)
        next[std::size_t(b) + 1] += next[std::size_t(b)];
    std::copy(next.begin(), next.end(), starts);
    for (std::uint32_t slot = begin; slot < end; ++slot)
        m_bySuffix[next[std::size_t(suffixBucket(chars(slot), m_lengths[slot]))]++] = slot;
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
        + m_promoted.capacity() * 4 + m_bySuffix.capacity() * 4 + m_suffixStarts.capacity() * 4
        + postingsBytes(m_reads) + postingsBytes(m_candidates);
}

} // namespace alpr
