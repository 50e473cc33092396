// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace alpr {

class Clock;

// One record of the audit trail. Holds what CJIS asks of an audit record
// (date/time, component, event type, user, outcome) and what Civil Code
// 1798.90.52 asks of an access record (the data used to query, the purpose).
struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at; // UTC, millisecond precision
    QString username;
    QString workstation;
    QString action;      // "sign-in", "search", "view-image", ...
    QString object;      // what was acted on: "read:42", "search:7", "user:alice"
    QJsonObject details; // case number, purpose, query, result count, reason, ...
    QString outcome;     // "success", "failure", "refused", "locked"
    QString prevHash;    // hex SHA-256 of the previous event; 64 zeros for the first
    QString hash;        // hex SHA-256 over prevHash and the canonical form of this event
};

struct AuditFilter
{
    QString username;
    QString action; // one action, or several separated by commas
    QString caseNumber;
    QString purpose;
    // Events that concern this plate: a read or image of it opened, or a
    // search whose pattern matches it (7AB* concerns 7ABC123; a misread
    // search as its misread table matched then, by the default classes).
    QString plate;
    QString outcome;
    QDateTime from; // inclusive; invalid = open
    QDateTime to;   // exclusive; invalid = open
    int limit = 0;  // 0 = all; otherwise the newest `limit` events
    bool isEmpty() const;
    QJsonObject toJson() const; // as an audit event records the filter
};

// Whether an event concerns a plate (see AuditFilter::plate).
bool eventConcernsPlate(const AuditEvent& event, const QString& normalizedPlate);

struct AuditVerification
{
    bool intact = true;
    qint64 events = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong at firstBadSeq
    QString headHash;       // hash of the last event (64 zeros when empty)
    qint64 anchorSeq = 0;   // the event whose hash is the anchor; 0 when none is
};

// The append-only, hash-chained audit trail in the store. Appends are made
// inside the caller's transaction when there is one, so that an access and
// its record commit together.
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, const Clock& clock, QString workstation);

    Result<qint64> append(const QString& username, const QString& action, const QString& object,
                          const QJsonObject& details, const QString& outcome);
    // For events that happened earlier (failed sign-ins held in the key-slot file).
    Result<qint64> appendAt(const QDateTime& at, const QString& username, const QString& action,
                            const QString& object, const QJsonObject& details,
                            const QString& outcome);

    Result<QList<AuditEvent>> list(const AuditFilter& filter) const;
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
    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_workstation;
};

} // namespace alpr
