// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/readrepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace alpr {

// The reads, cameras, plates and images tables of the file store.
class SqlReadRepository final : public ReadRepository
{
public:
    explicit SqlReadRepository(QSqlDatabase db);

    Result<ImportedReads> importReads(QList<ReadRecord>& reads, const QDateTime& importedAt,
                                      TrailWriter& trail, const TrailEntry& entry,
                                      const AlsoStore& alsoStore) override;
    Result<QList<ReadRecord>> fetch(const std::vector<qint64>& ids) const override;
    Result<std::vector<qint64>> filter(const std::vector<qint64>& ids,
                                       const ReadAttributeFilter& filter) const override;
    Result<void> readsInArea(const ReadArea& area,
                             const std::function<bool(const PlacedRead&)>& visit) const override;
    Result<QByteArray> image(qint64 readId, ImageKind kind) const override;
    Result<QList<ImageKind>> imageKinds(qint64 readId) const override;
    Result<qint64> imageBytes(const std::vector<qint64>& readIds) const override;
    Result<qint64> count() const override;
    Result<qint64> plateCount() const override;
    Result<qint64> lastReadId() const override;
    Result<std::vector<StoredRead>> readsAfter(qint64 afterId, int limit) const override;
    Result<ReadRecord> openRecorded(qint64 readId, TrailWriter& trail,
                                    const TrailEntry& entry) override;
    Result<QByteArray>
    imageRecorded(qint64 readId, ImageKind kind, TrailWriter& trail, const TrailEntry& entry,
                  const std::function<Result<void>(const QByteArray&)>& use = {}) override;

private:
    // Stores the read and its images in the caller's transaction; sets read.id.
    Result<StoredRead> insert(ReadRecord& read, const QDateTime& importedAt);
    // Which of these source ids are already stored.
    Result<QSet<QString>> storedExternalIds(const QStringList& externalIds) const;
    Result<qint64> cameraId(const ReadRecord& read);
    Result<qint64> plateId(const QString& plate);

    QSqlDatabase m_db;
    QSqlQuery m_insertRead;
    QSqlQuery m_insertImage;
    QSqlQuery m_insertCandidate;
    QSqlQuery m_insertPlate;
    QSqlQuery m_findPlate;
    // Valid within one import's transaction only (a rollback takes their ids back).
    QHash<QString, qint64> m_cameraIds;
    QHash<QString, qint64> m_plateIds;
};

} // namespace alpr
