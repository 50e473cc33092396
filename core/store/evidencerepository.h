// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// An Ed25519 key that signs evidence packages: its public half, certified by
// the agency's root key. Its private half exists only sealed to the X25519
// keys of records staff (EvidenceKeyGrant). A retired key signs no more
// packages but is kept, so that older packages still verify.
struct EvidenceKey
{
    qint64 id = 0;
    QByteArray publicKey;   // 32 raw bytes
    QByteArray certificate; // the root key's Ed25519 signature
    QString createdBy;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while it signs

    bool retired() const { return retiredAt.isValid(); }
};

// The private half of an evidence key sealed to one user's X25519 key
// (crypto::SealedBox, each part raw).
struct EvidenceKeyGrant
{
    qint64 keyId = 0;
    QString username;
    QByteArray recipient; // the user's X25519 public key it is sealed to
    QByteArray ephemeralPublic;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
    QString grantedBy;
    QDateTime grantedAt;
};

enum class PackageStatus
{
    Started, // recorded before any byte was written; stays so if the writer died
    Exported,
    Failed
};
QString packageStatusName(PackageStatus status); // "started", "exported", "failed"

// An evidence package as the store remembers it.
struct EvidencePackage
{
    QString id; // "ev-20261205-3f9a2c1b"
    QString caseNumber;
    QString purpose;
    QString exportedBy;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while started
    PackageStatus status = PackageStatus::Started;
    QString source; // how the reads were chosen: "reads", "hit:12"
    QString folder; // where it was written (the final folder)
    qint64 keyId = 0;
    qint64 payloadBytes = 0;
    int payloadFiles = 0;
    QString tagManifestSha256; // hex, when exported
    QString failure;           // why, when failed
    qint64 releaseId = 0;      // the approved release request it was made for, if any
    QList<qint64> readIds;
};

// One entry of a package's chain of custody after its export.
struct CustodyEntry
{
    qint64 id = 0;
    QString packageId;
    QDateTime at;
    QString recordedBy;
    QString event; // booked, transferred, released, returned, destroyed
    QString to;    // who or where it went
    QString item;  // the property room's item number
    QString note;
};

// A request from another agency for ALPR data, kept on file whatever
// became of it.
struct ReleaseRequest
{
    qint64 id = 0;
    QString agency;
    QString agencyType; // see evidence/releaserequests.h
    QString requester;
    QString purpose;     // a purpose code
    QString description; // what they intend to do with it
    QString caseNumber;
    QString loggedBy;
    QDateTime loggedAt;
    QString status; // pending, approved, denied, refused
    QString reason; // why refused (the law or policy), or denied
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
};

// Evidence keys, their grants and the packages. Every write appends its
// audit entry in the same transaction.
class EvidenceRepository
{
public:
    virtual ~EvidenceRepository() = default;

    // A new key and its grants (their keyId is filled in); every key that
    // signed until now is retired at key.createdAt (a rotation).
    virtual Result<qint64> addKey(const EvidenceKey& key, QList<EvidenceKeyGrant> grants,
                                  TrailWriter& trail, const TrailEntry& entry) = 0;
    // Every key, oldest first.
    virtual Result<QList<EvidenceKey>> keys() const = 0;
    virtual Result<std::optional<EvidenceKeyGrant>> grant(qint64 keyId,
                                                          const QString& username) const = 0;
    // The users holding a grant to the key, each with the X25519 public key
    // it is sealed to (a reset password gives the user another).
    virtual Result<QHash<QString, QByteArray>> grantees(qint64 keyId) const = 0;
    // Adds grants, replacing a user's earlier grant to the same key.
    virtual Result<void> addGrants(const QList<EvidenceKeyGrant>& grants, TrailWriter& trail,
                                   const QList<TrailEntry>& entries) = 0;

    virtual Result<void> startPackage(const EvidencePackage& package, TrailWriter& trail,
                                      const TrailEntry& entry) = 0;
    // Sets status, finishedAt, and for an export the sizes and the tag
    // manifest's hash, for a failure the reason.
    virtual Result<void> finishPackage(const EvidencePackage& package, TrailWriter& trail,
                                       const TrailEntry& entry) = 0;
    // Newest first; with readIds.
    virtual Result<QList<EvidencePackage>> packages(int limit) const = 0;
    virtual Result<std::optional<EvidencePackage>> package(const QString& id) const = 0;

    virtual Result<qint64> addCustody(const CustodyEntry& entry, TrailWriter& trail,
                                      const TrailEntry& trailEntry) = 0;
    // Oldest first.
    virtual Result<QList<CustodyEntry>> custody(const QString& packageId) const = 0;

    virtual Result<qint64> addRelease(const ReleaseRequest& request, TrailWriter& trail,
                                      const TrailEntry& entry) = 0;
    // Sets the decision of a request still pending; Conflict when it is not.
    virtual Result<void> decideRelease(const ReleaseRequest& decided, TrailWriter& trail,
                                       const TrailEntry& entry) = 0;
    // Newest first.
    virtual Result<QList<ReleaseRequest>> releases(int limit) const = 0;
    virtual Result<std::optional<ReleaseRequest>> release(qint64 id) const = 0;
};

} // namespace alpr
