// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/samplerepository.h"

#include <QSqlDatabase>

namespace alpr {

// SampleRepository on the store's SQLCipher connection.
class SqlSampleRepository final : public SampleRepository
{
public:
    explicit SqlSampleRepository(QSqlDatabase db);

    Result<qint64> lastAuditSeq() override;
    Result<std::vector<qint64>> population(const QStringList& actions, const QDateTime& start,
                                           const QDateTime& end, qint64 throughSeq) override;
    Result<qint64> addSample(const StoredSample& sample) override;
    Result<void> addItems(qint64 sampleId, const std::vector<qint64>& eventSeqs) override;
    Result<void> setSampleAuditSeq(qint64 sampleId, qint64 auditSeq) override;
    Result<std::optional<StoredSample>> sample(qint64 sampleId) override;
    Result<QList<StoredSampleItem>> items(qint64 sampleId) override;
    Result<QList<StoredSample>> samples() override;
    Result<std::optional<qint64>> itemEventSeq(qint64 sampleId, int item) override;
    Result<void> setWorksheet(qint64 sampleId, int item, const StoredWorksheet& worksheet) override;
    std::optional<QDateTime> caseFirstUse(const QString& caseNumber) override;
    std::optional<RecordedSearch> searchById(qint64 searchId) override;
    std::optional<RecordedSearch> searchByAuditSeq(qint64 auditSeq) override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
