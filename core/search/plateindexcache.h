// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QtGlobal>

#include <memory>

namespace alpr {

class PlateIndex;
class Store;

// The in-memory plate dictionary of one open store, built on first use (the
// GUI builds it right after sign-in; CLI commands that do not search never
// pay for it). It covers the reads up to a watermark, the highest read id
// it holds; catchUp() adds the reads stored since, by whichever process
// stored them (an import in this process, a cron import, the receiver).
class PlateIndexCache final
{
public:
    explicit PlateIndexCache(const Store& store);
    ~PlateIndexCache();
    PlateIndexCache(const PlateIndexCache&) = delete;
    PlateIndexCache& operator=(const PlateIndexCache&) = delete;

    Result<PlateIndex*> index();
    // The index if it was built, else null.
    PlateIndex* built() const { return m_index.get(); }

    // Drops the reads a retention purge removed since (rebuilding when the
    // purge removed the newest reads, whose ids may be handed out again),
    // then adds every read above the watermark, with its alternative
    // readings, in id order, and moves the watermark to the last one added. Nothing
    // when the index is not built yet: its build will read them. On the
    // thread that owns the store, and not while a search runs on the index.
    Result<void> catchUp();
    // The highest read id the index covers (0 before the build).
    qint64 coveredReadId() const { return m_coveredReadId; }

private:
    // The index epoch and the last purged read the index has dropped.
    Result<void> readPurgeMarks(qint64& epoch, qint64& seq) const;
    Result<void> dropPurged();

    const Store& m_store;
    std::unique_ptr<PlateIndex> m_index;
    qint64 m_coveredReadId = 0;
    qint64 m_purgedSeq = 0;
    qint64 m_epoch = 0;
};

} // namespace alpr
