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
    QList<qint64> readIds;
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
};

} // namespace alpr
