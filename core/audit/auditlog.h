// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"
#include "store/trailwriter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace alpr {

class AuditEventRepository;
class Clock;

// The append-only, hash-chained audit trail in the store. Appends are made
// inside the caller's transaction when there is one, so that an access and
// its record commit together. Computes and checks the chain; the events
// are stored by an AuditEventRepository.
class AuditLog final : public TrailWriter
{
public:
    AuditLog(AuditEventRepository& events, const Clock& clock, QString workstation);
    ~AuditLog() override;

    using TrailWriter::append;
    Result<qint64> append(const QString& username, const QString& action, const QString& object,
                          const QJsonObject& details, const QString& outcome) override;
    // For events that happened earlier (failed sign-ins held in the key-slot file).
    Result<qint64> appendAt(const QDateTime& at, const QString& username, const QString& action,
                            const QString& object, const QJsonObject& details,
                            const QString& outcome);

    // The events the filter selects, oldest first. The plate filter needs the
    // pattern language, which sits above the trail: a caller that filters by
    // plate passes it as `keep`, which runs before the limit is applied.
    Result<QList<AuditEvent>> list(const AuditFilter& filter,
                                   const std::function<bool(const AuditEvent&)>& keep = {}) const;
    // These events, in seq order; a seq with no event is left out.
    Result<QList<AuditEvent>> events(const QList<qint64>& seqs) const;
    // Checks the whole chain. With an anchor (the latest hash printed on an
    // earlier audit memo), also finds the event that has it: when none does,
    // the trail was rewritten or cut back since that memo, even if the chain
    // as it stands is whole.
    Result<AuditVerification> verify(const QString& anchorHash = {}) const;
    QString workstation() const { return m_workstation; }

    static QString genesisHash();
    // The exact bytes the hash covers (besides the previous hash).
    static QByteArray canonicalForm(const AuditEvent& event);
    static QString chainHash(const QString& prevHash, const AuditEvent& event);

private:
    AuditEventRepository& m_events;
    const Clock& m_clock;
    QString m_workstation;
};

} // namespace alpr
