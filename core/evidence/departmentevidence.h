// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/readrecord.h"
#include "common/result.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "store/readrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace alpr {

class Session;

// Evidence packages on the department store (core/store/pgschema/
// 008_evidence.sql): the server checks and records each export, gives its
// reads and images, and signs the package with the agency's evidence key,
// which it keeps. EvidenceExport lays the package out the same on both stores.
namespace departmentevidence {

struct Started
{
    QString id; // "ev-20261206-3f9a2c1b"
    QDateTime startedAt;
    QString source;     // "reads", "search:3", "hit:12"
    QString sourceText; // for the report
    QString release;    // the approved release request, described; empty when none
    QByteArray publicKey;
    QByteArray rootPublic;
    QList<ReadRecord> reads;
    qint64 imageBytes = 0;
};
// Refused, and recorded by the server, as the store file's export is.
Result<Started> start(Session& session, const EvidenceRequest& request, const QString& caseNumber,
                      const QString& purpose);
// One image of a read of the package this session is exporting.
Result<QByteArray> image(Session& session, const QString& package, qint64 readId, ImageKind kind);
Result<QList<AuditEvent>> auditExtract(Session& session, const QString& package);

struct Signed
{
    QByteArray ed25519; // of the tag manifest
    QByteArray sshsig;  // of its SSHSIG signed data (evidence::sshsigSignedData)
};
// The server checks the payload manifest's images against its own first.
Result<Signed> sign(Session& session, const QString& package, const QByteArray& manifest,
                    const QByteArray& tagManifest);
// end: status "exported" (payload_bytes, payload_files, tagmanifest_sha256)
// or "failed" (reason).
Result<void> finish(Session& session, const QString& package, const QJsonObject& end);

Result<QList<EvidencePackage>> packages(Session& session, int limit);
// entry: event, to, item, note.
Result<CustodyEntry> recordCustody(Session& session, const QString& package,
                                   const QJsonObject& entry);
// The package and its custody entries after the export, oldest first.
Result<QPair<EvidencePackage, QList<CustodyEntry>>> custody(Session& session,
                                                            const QString& package);
Result<EvidencePackage> package(Session& session, const QString& id);

// The server's evidence keys, each checked against its root key (given in
// *rootPublic).
// Release requests from other agencies (ReleaseRequests), kept and ruled on
// by the server.
Result<ReleaseRequest> logRelease(Session& session, const ReleaseRequest& request);
Result<ReleaseRequest> decideRelease(Session& session, qint64 id, bool approve,
                                     const QString& note);
Result<QList<ReleaseRequest>> releases(Session& session, int limit);
Result<ReleaseRequest> release(Session& session, qint64 id);

Result<QList<EvidenceKeyInfo>> keys(Session& session, QByteArray* rootPublic = nullptr);
Result<EvidenceKeyInfo> rotate(Session& session);

} // namespace departmentevidence

} // namespace alpr
