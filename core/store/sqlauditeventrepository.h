// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/auditeventrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The audit table of the file store.
class SqlAuditEventRepository final : public AuditEventRepository
{
public:
    explicit SqlAuditEventRepository(QSqlDatabase db);

    Result<std::optional<AuditChainHead>> head() const override;
    Result<void> insert(const AuditEvent& event) override;
    Result<void> atomically(const std::function<Result<void>()>& fn) override;
    Result<void> scan(const AuditFilter& filter,
                      const std::function<void(AuditEvent&&)>& visit) const override;
    Result<QList<AuditEvent>> events(const QList<qint64>& seqs) const override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
