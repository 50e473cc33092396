// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

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
    // Who signed it (the user whose session wrote it; also covered by the
    // hash), and their Ed25519 signature over the hash, base64. Both empty
    // for events written before signing started.
    QString signer;
    QString signature;
};

// An event from its JSON form (auditEventJson's keys: seq, at, user,
// workstation, action, object, details, outcome, prev_hash, hash, signer,
// signature), as an evidence extract and the department store give it.
AuditEvent auditEventFromJson(const QJsonObject& json);

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

// The signed head of the trail at one moment, sent out of the store (to
// syslog) so that a later verification can tell a cut or rewritten tail.
struct TrailAnchor
{
    QString storeId; // the trail's own store id (from its signing-started event)
    qint64 seq = 0;
    QString hash;
    QString signer;
    QString signature; // base64 Ed25519 over AuditLog::anchorMessage()
    QDateTime at;      // when it was sent (UTC)
};

struct TrailVerifyOptions
{
    QString memoHash;    // the latest hash printed on an earlier memo
    QString fingerprint; // the agency root key's fingerprint, as printed
    QList<TrailAnchor> anchors;
    bool anchorsGiven = false; // anchors were read (even if none were found)
};

struct AuditVerification
{
    bool intact = true;
    qint64 events = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong at firstBadSeq
    QString headHash;       // hash of the last event (64 zeros when empty)
    qint64 anchorSeq = 0;   // the event whose hash is the anchor; 0 when none is
    // Signing.
    qint64 signingStartSeq = 0; // 0: signing has not started (all events legacy)
    qint64 signedEvents = 0;
    QString storeId;             // from the signing-started event
    QString rootFingerprint;     // the root key the trail names
    QStringList uncertifiedKeys; // users whose key was registered, never certified
    // Anchors (when given).
    qint64 anchorsChecked = 0;
    qint64 anchorsRejected = 0; // not for this trail's store, or badly signed
    qint64 lastAnchoredSeq = 0;
    qint64 unanchoredEvents = 0;   // events after the last anchored one
    qint64 discardedByRestore = 0; // anchored events a sanctioned restore took back
};

} // namespace alpr
