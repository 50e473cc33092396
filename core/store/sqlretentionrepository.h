// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/retentionrepository.h"

#include <QSqlDatabase>

namespace alpr {

class SqlRetentionRepository final : public RetentionRepository
{
public:
    explicit SqlRetentionRepository(QSqlDatabase db) : m_db(db) {}

    Result<qint64> addHold(const LegalHold& hold, const QList<qint64>& readIds, TrailWriter& trail,
                           const TrailEntry& entry) override;
    Result<void> releaseHold(const LegalHold& released, TrailWriter& trail,
                             const TrailEntry& entry) override;
    Result<QList<LegalHold>> holds(bool activeOnly) const override;
    Result<std::optional<LegalHold>> hold(qint64 id) const override;
    Result<QList<qint64>> holdReads(qint64 holdId) const override;
    Result<QSet<qint64>> heldAmong(const std::vector<qint64>& readIds) const override;
    Result<QList<qint64>> existingReads(const QList<qint64>& readIds) const override;

    Result<QList<PurgeCount>> countExpired(const QList<PurgeCutoffs>& cutoffs) const override;
    Result<std::optional<PurgeRun>> unfinishedRun() const override;
    Result<qint64> startRun(const PurgeRun& run, TrailWriter& trail,
                            const TrailEntry& entry) override;
    Result<PurgeBatch> purgeBatch(qint64 runId, const PurgeCutoffs& cutoffs, bool images,
                                  int maxReads, TrailWriter& trail,
                                  const TrailEntry& entry) override;
    Result<void> forEachPurged(const QList<qint64>& runIds,
                               const std::function<void(const PurgedRead&)>& fn) const override;
    Result<void> finishRun(const PurgeRun& run, TrailWriter& trail,
                           const TrailEntry& entry) override;
    Result<QList<PurgeRun>> runs(int limit) const override;
    Result<std::optional<PurgeRun>> run(qint64 id) const override;
    Result<void>
    purgedAfter(qint64 seq, int limit,
                const std::function<void(qint64 seq, qint64 readId)>& fn) const override;
    Result<qint64> lastPurgedSeq() const override;

private:
    Result<QList<LegalHold>> selectHolds(const QString& where, const QVariantList& bound) const;
    // The runs that match where (a WHERE clause or empty), newest first, at
    // most limit (all when negative).
    Result<QList<PurgeRun>> selectRuns(const QString& where, const QVariantList& bound,
                                       int limit = -1) const;

    QSqlDatabase m_db;
};

} // namespace alpr
