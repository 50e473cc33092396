// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/auditeventrepository.h"

#include <QJsonObject>

namespace alpr {

class DepartmentLink;

// The department store's audit trail as AuditLog reads it, through the
// store's audit_page function (auditors; each reading is itself recorded),
// which applies the filter on the server.
// The server alone writes the trail: insert() refuses.
// pageFunction: "audit_page" (the server's own trail) or
// "migrated_audit_page" (the trail of a file store migrated in, kept verbatim).
class DepartmentAuditEvents final : public AuditEventRepository
{
public:
    explicit DepartmentAuditEvents(DepartmentLink& link, const char* pageFunction = "audit_page")
        : m_link(link), m_pageFunction(pageFunction)
    {
    }

    Result<std::optional<AuditChainHead>> head() const override;
    Result<void> insert(const AuditEvent& event) override;
    Result<void> atomically(const std::function<Result<void>()>& fn) override;
    Result<void> scan(const AuditFilter& filter,
                      const std::function<void(AuditEvent&&)>& visit) const override;
    Result<QList<AuditEvent>> events(const QList<qint64>& seqs) const override;

private:
    // Every event the server's filter selects, in pages, under one recorded reading.
    Result<void> scanSelection(const QJsonObject& selection,
                               const std::function<void(AuditEvent&&)>& visit) const;

    DepartmentLink& m_link;
    const char* m_pageFunction;
};

} // namespace alpr
