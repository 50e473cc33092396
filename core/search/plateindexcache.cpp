// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindexcache.h"

#include "search/plateindex.h"
#include "store/readrepository.h"
#include "store/retentionrepository.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <QCoreApplication>

#include <cstdint>

namespace alpr {

namespace {

// Reads per catch-up query: a long-closed GUI catching up on a night of
// imports holds one batch in memory at a time.
constexpr int kCatchUpBatch = 50000;

} // namespace

PlateIndexCache::PlateIndexCache(const Store& store) : m_store(store) {}

PlateIndexCache::~PlateIndexCache() = default;

Result<PlateIndex*> PlateIndexCache::index()
{
    if (!m_index) {
        auto index = std::make_unique<PlateIndex>();
        qint64 covered = 0;
        // PlateIndex::build reads the store in several statements (the
        // counts, the postings, the dictionary) while other processes may be
        // importing. One read transaction holds them and the watermark's
        // max(id) to one snapshot (the store is in WAL mode, so writers carry
        // on meanwhile): the watermark is exactly the newest read the build
        // saw, so catchUp() neither misses a read committed during the build
        // nor adds one twice, and the build never sees a read whose plate
        // came after its dictionary count.
        qint64 epoch = 0;
        qint64 purgedSeq = 0;
        auto built = runTransaction(m_store.database(), [&]() -> Result<void> {
            if (auto r = readPurgeMarks(epoch, purgedSeq); !r)
                return r;
            if (auto r = index->build(m_store.database()); !r)
                return r;
            auto last = m_store.reads().lastReadId();
            if (!last)
                return last.error();
            covered = last.value();
            return {};
        });
        if (!built)
            return built.error();
        m_index = std::move(index);
        m_coveredReadId = covered;
        m_epoch = epoch;
        m_purgedSeq = purgedSeq;
    }
    return m_index.get();
}

Result<void> PlateIndexCache::readPurgeMarks(qint64& epoch, qint64& seq) const
{
    auto value = m_store.settings().value(QStringLiteral("retention.index_epoch"));
    if (!value)
        return value.error();
    epoch = value->toLongLong();
    auto last = m_store.retention().lastPurgedSeq();
    if (!last)
        return last.error();
    seq = last.value();
    return {};
}

Result<void> PlateIndexCache::dropPurged()
{
    qint64 epoch = 0;
    qint64 seq = 0;
    if (auto r = readPurgeMarks(epoch, seq); !r)
        return r;
    if (epoch != m_epoch) {
        // The newest reads were purged: their ids may be handed out again
        // below the watermark, so build afresh.
        m_index.reset();
        if (auto r = index(); !r)
            return r.error();
        return {};
    }
    while (m_purgedSeq < seq) {
        const qint64 before = m_purgedSeq;
        std::vector<qint64> ids;
        auto listed = m_store.retention().purgedAfter(m_purgedSeq, kCatchUpBatch,
                                                      [&](qint64 at, qint64 readId) {
                                                          if (readId > 0)
                                                              ids.push_back(readId);
                                                          m_purgedSeq = at;
                                                      });
        if (!listed)
            return listed;
        if (before == m_purgedSeq)
            break;
        m_index->removeReads(ids);
    }
    return {};
}

Result<void> PlateIndexCache::catchUp()
{
    if (!m_index)
        return {};
    if (auto dropped = dropPurged(); !dropped)
        return dropped;
    // Up to the newest read as of now: a writer that never pauses cannot
    // keep this loop going; what it stores later waits for the next call.
    auto last = m_store.reads().lastReadId();
    if (!last)
        return last.error();
    // SQLite has one writer at a time and hands out ids in commit order, so
    // whatever another process committed below this process's own import is
    // above the watermark too, and is added here in id order. (reads.id is
    // not AUTOINCREMENT: once a purge deletes the newest reads, their ids
    // can be handed out again below the watermark; a purge has to rebuild.)
    while (m_coveredReadId < last.value()) {
        auto batch = m_store.reads().readsAfter(m_coveredReadId, kCatchUpBatch);
        if (!batch)
            return batch.error();
        if (batch->empty())
            break; // the newest reads were deleted meanwhile
        for (const StoredRead& read : batch.value()) {
            // The index holds read ids in 32 bits, as its build checks.
            if (read.readId > UINT32_MAX)
                return makeError(ErrorCode::Corrupt,
                                 QCoreApplication::translate("alpr::PlateIndexCache",
                                                             "read %1 has an id beyond what the "
                                                             "plate index can hold")
                                     .arg(read.readId));
            m_index->addRead(read.plateId, read.plate, read.readId, read.capturedAtMs);
            for (const auto& [plateId, plate] : read.candidatePlates)
                m_index->addCandidate(plateId, plate, read.readId, read.capturedAtMs);
            m_coveredReadId = read.readId;
        }
    }
    return {};
}

} // namespace alpr
