// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/evidencerepository.h"

#include <QSqlDatabase>

namespace alpr {

class SqlEvidenceRepository final : public EvidenceRepository
{
public:
    explicit SqlEvidenceRepository(QSqlDatabase db) : m_db(db) {}

    Result<qint64> addKey(const EvidenceKey& key, QList<EvidenceKeyGrant> grants,
                          TrailWriter& trail, const TrailEntry& entry) override;
    Result<QList<EvidenceKey>> keys() const override;
    Result<std::optional<EvidenceKeyGrant>> grant(qint64 keyId,
                                                  const QString& username) const override;
    Result<QHash<QString, QByteArray>> grantees(qint64 keyId) const override;
    Result<void> addGrants(const QList<EvidenceKeyGrant>& grants, TrailWriter& trail,
                           const QList<TrailEntry>& entries) override;
    Result<void> startPackage(const EvidencePackage& package, TrailWriter& trail,
                              const TrailEntry& entry) override;
    Result<void> finishPackage(const EvidencePackage& package, TrailWriter& trail,
                               const TrailEntry& entry) override;
    Result<QList<EvidencePackage>> packages(int limit) const override;
    Result<std::optional<EvidencePackage>> package(const QString& id) const override;
    Result<qint64> addCustody(const CustodyEntry& entry, TrailWriter& trail,
                              const TrailEntry& trailEntry) override;
    Result<QList<CustodyEntry>> custody(const QString& packageId) const override;
    Result<qint64> addRelease(const ReleaseRequest& request, TrailWriter& trail,
                              const TrailEntry& entry) override;
    Result<void> decideRelease(const ReleaseRequest& decided, TrailWriter& trail,
                               const TrailEntry& entry) override;
    Result<QList<ReleaseRequest>> releases(int limit) const override;
    Result<std::optional<ReleaseRequest>> release(qint64 id) const override;

private:
    Result<void> insertGrants(const QList<EvidenceKeyGrant>& grants);
    Result<QList<ReleaseRequest>> selectReleases(const QString& where,
                                                 const QVariantList& bound) const;
    Result<QList<EvidencePackage>> selectPackages(const QString& where,
                                                  const QVariantList& bound) const;

    QSqlDatabase m_db;
};

} // namespace alpr
