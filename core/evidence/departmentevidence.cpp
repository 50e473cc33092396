// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/departmentevidence.h"

#include "auth/sessionaccess.h"
#include "common/crypto.h"
#include "inquiry/departmentsearch.h"
#include "store/departmentlink.h"

#include <QJsonArray>

namespace alpr::departmentevidence {

namespace {

QByteArray base64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

EvidencePackage packageFromJson(const QJsonObject& o)
{
    EvidencePackage p;
    p.id = o.value(QStringLiteral("package")).toString();
    p.caseNumber = o.value(QStringLiteral("case")).toString();
    p.purpose = o.value(QStringLiteral("purpose")).toString();
    p.exportedBy = o.value(QStringLiteral("exported_by")).toString();
    p.startedAt = departmentTime(o.value(QStringLiteral("started_at")));
    p.finishedAt = departmentTime(o.value(QStringLiteral("finished_at")));
    const QString status = o.value(QStringLiteral("status")).toString();
    p.status = status == QLatin1String("exported") ? PackageStatus::Exported
               : status == QLatin1String("failed") ? PackageStatus::Failed
                                                   : PackageStatus::Started;
    p.source = o.value(QStringLiteral("source")).toString();
    p.folder = o.value(QStringLiteral("folder")).toString();
    p.keyId = o.value(QStringLiteral("key")).toInteger();
    p.payloadBytes = o.value(QStringLiteral("payload_bytes")).toInteger();
    p.payloadFiles = o.value(QStringLiteral("payload_files")).toInt();
    p.tagManifestSha256 = o.value(QStringLiteral("tagmanifest_sha256")).toString();
    p.failure = o.value(QStringLiteral("failure")).toString();
    p.releaseId = o.value(QStringLiteral("release")).toInteger();
    for (const QJsonValue& id : o.value(QStringLiteral("reads")).toArray())
        p.readIds.append(id.toInteger());
    return p;
}

CustodyEntry custodyFromJson(const QJsonObject& o)
{
    CustodyEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.packageId = o.value(QStringLiteral("package")).toString();
    e.at = departmentTime(o.value(QStringLiteral("at")));
    e.recordedBy = o.value(QStringLiteral("recorded_by")).toString();
    e.event = o.value(QStringLiteral("event")).toString();
    e.to = o.value(QStringLiteral("to")).toString();
    e.item = o.value(QStringLiteral("item")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    return e;
}

ReleaseRequest releaseFromJson(const QJsonObject& o)
{
    ReleaseRequest r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.agency = o.value(QStringLiteral("agency")).toString();
    r.agencyType = o.value(QStringLiteral("agency_type")).toString();
    r.requester = o.value(QStringLiteral("requester")).toString();
    r.purpose = o.value(QStringLiteral("purpose")).toString();
    r.description = o.value(QStringLiteral("description")).toString();
    r.caseNumber = o.value(QStringLiteral("case")).toString();
    r.loggedBy = o.value(QStringLiteral("logged_by")).toString();
    r.loggedAt = departmentTime(o.value(QStringLiteral("logged_at")));
    r.status = o.value(QStringLiteral("status")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.decidedBy = o.value(QStringLiteral("decided_by")).toString();
    r.decidedAt = departmentTime(o.value(QStringLiteral("decided_at")));
    r.decisionNote = o.value(QStringLiteral("decision_note")).toString();
    return r;
}

EvidenceKeyInfo keyFromJson(const QJsonObject& o, const QByteArray& rootPublic)
{
    EvidenceKeyInfo info;
    info.key.id = o.value(QStringLiteral("id")).toInteger();
    info.key.publicKey = base64(o.value(QStringLiteral("public_key")));
    info.key.certificate = base64(o.value(QStringLiteral("certificate")));
    info.key.createdBy = o.value(QStringLiteral("created_by")).toString();
    info.key.createdAt = departmentTime(o.value(QStringLiteral("created_at")));
    info.key.retiredAt = departmentTime(o.value(QStringLiteral("retired_at")));
    info.fingerprint = crypto::fingerprint(info.key.publicKey);
    // A key a migrated store file used is certified by that file's root key.
    const QByteArray root = o.contains(QStringLiteral("root_public"))
                                ? base64(o.value(QStringLiteral("root_public")))
                                : rootPublic;
    info.certified =
        !root.isEmpty() &&
        crypto::ed25519Verify(root, EvidenceKeys::certificateMessage(info.key.publicKey),
                              info.key.certificate);
    for (const QJsonValue& holder : o.value(QStringLiteral("holders")).toArray())
        info.holders.append(holder.toString());
    return info;
}

} // namespace

Result<Started> start(Session& session, const EvidenceRequest& request, const QString& caseNumber,
                      const QString& purpose)
{
    QJsonArray reads;
    for (qint64 id : request.readIds)
        reads.append(id);
    auto answer = departmentOf(session).call(
        "evidence_start",
        {DepartmentArg::json({{QStringLiteral("case"), caseNumber},
                              {QStringLiteral("purpose"), purpose},
                              {QStringLiteral("reads"), reads},
                              {QStringLiteral("search"), request.searchId},
                              {QStringLiteral("hit"), request.hitId},
                              {QStringLiteral("release"), request.releaseId},
                              {QStringLiteral("folder"), request.target},
                              {QStringLiteral("derivatives"), request.derivatives}})});
    if (!answer)
        return answer.error();
    Started out;
    out.id = answer->value(QStringLiteral("package")).toString();
    out.startedAt = departmentTime(answer->value(QStringLiteral("started_at")));
    out.source = answer->value(QStringLiteral("source")).toString();
    out.sourceText = answer->value(QStringLiteral("source_text")).toString();
    out.release = answer->value(QStringLiteral("release_text")).toString();
    out.publicKey =
        base64(answer->value(QStringLiteral("key")).toObject().value(QStringLiteral("public_key")));
    out.rootPublic = base64(answer->value(QStringLiteral("root_public")));
    out.imageBytes = answer->value(QStringLiteral("image_bytes")).toInteger();
    for (const QJsonValue& r : answer->value(QStringLiteral("reads")).toArray())
        out.reads.append(
            departmentsearch::readFromJson(r.toObject().value(QStringLiteral("read")).toObject()));
    return out;
}

Result<QByteArray> image(Session& session, const QString& package, qint64 readId, ImageKind kind)
{
    auto answer = departmentOf(session).call(
        "evidence_image", {DepartmentArg::text(package), DepartmentArg::integer(readId),
                           DepartmentArg::text(imageKindName(kind))});
    if (!answer)
        return answer.error();
    return base64(answer->value(QStringLiteral("jpeg")));
}

Result<QList<AuditEvent>> auditExtract(Session& session, const QString& package)
{
    auto answer = departmentOf(session).call("evidence_extract", {DepartmentArg::text(package)});
    if (!answer)
        return answer.error();
    QList<AuditEvent> events;
    for (const QJsonValue& e : answer->value(QStringLiteral("events")).toArray())
        events.append(auditEventFromJson(e.toObject()));
    return events;
}

Result<Signed> sign(Session& session, const QString& package, const QByteArray& manifest,
                    const QByteArray& tagManifest)
{
    auto answer = departmentOf(session).call("evidence_sign",
                                             {DepartmentArg::text(package),
                                              DepartmentArg::text(QString::fromUtf8(manifest)),
                                              DepartmentArg::text(QString::fromUtf8(tagManifest))});
    if (!answer)
        return answer.error();
    return Signed{base64(answer->value(QStringLiteral("signature"))),
                  base64(answer->value(QStringLiteral("sshsig_signature")))};
}

Result<void> finish(Session& session, const QString& package, const QJsonObject& end)
{
    return departmentOf(session).perform("evidence_finish",
                                         {DepartmentArg::text(package), DepartmentArg::json(end)});
}

Result<QList<EvidencePackage>> packages(Session& session, int limit)
{
    auto answer = departmentOf(session).call("evidence_packages", {{QVariant(limit), "integer"}});
    if (!answer)
        return answer.error();
    QList<EvidencePackage> out;
    for (const QJsonValue& p : answer->value(QStringLiteral("packages")).toArray())
        out.append(packageFromJson(p.toObject()));
    return out;
}

Result<CustodyEntry> recordCustody(Session& session, const QString& package,
                                   const QJsonObject& entry)
{
    auto answer = departmentOf(session).call(
        "evidence_custody_record", {DepartmentArg::text(package), DepartmentArg::json(entry)});
    if (!answer)
        return answer.error();
    return custodyFromJson(answer.value());
}

Result<QPair<EvidencePackage, QList<CustodyEntry>>> custody(Session& session,
                                                            const QString& package)
{
    auto answer = departmentOf(session).call("evidence_custody", {DepartmentArg::text(package)});
    if (!answer)
        return answer.error();
    QList<CustodyEntry> entries;
    for (const QJsonValue& e : answer->value(QStringLiteral("entries")).toArray())
        entries.append(custodyFromJson(e.toObject()));
    return qMakePair(packageFromJson(answer->value(QStringLiteral("package")).toObject()), entries);
}

Result<EvidencePackage> package(Session& session, const QString& id)
{
    auto answer = departmentOf(session).call("evidence_package", {DepartmentArg::text(id)});
    if (!answer)
        return answer.error();
    return packageFromJson(answer.value());
}

Result<ReleaseRequest> logRelease(Session& session, const ReleaseRequest& request)
{
    auto answer = departmentOf(session).call(
        "release_log", {DepartmentArg::json({{QStringLiteral("agency"), request.agency},
                                             {QStringLiteral("agency_type"), request.agencyType},
                                             {QStringLiteral("requester"), request.requester},
                                             {QStringLiteral("purpose"), request.purpose},
                                             {QStringLiteral("description"), request.description},
                                             {QStringLiteral("case"), request.caseNumber}})});
    if (!answer)
        return answer.error();
    return releaseFromJson(answer.value());
}

Result<ReleaseRequest> decideRelease(Session& session, qint64 id, bool approve, const QString& note)
{
    auto answer = departmentOf(session).call(
        "release_decide",
        {DepartmentArg::integer(id), DepartmentArg::boolean(approve), DepartmentArg::text(note)});
    if (!answer)
        return answer.error();
    return releaseFromJson(answer.value());
}

Result<QList<ReleaseRequest>> releases(Session& session, int limit)
{
    auto answer = departmentOf(session).call("release_requests", {{QVariant(limit), "integer"}});
    if (!answer)
        return answer.error();
    QList<ReleaseRequest> out;
    for (const QJsonValue& r : answer->value(QStringLiteral("requests")).toArray())
        out.append(releaseFromJson(r.toObject()));
    return out;
}

Result<ReleaseRequest> release(Session& session, qint64 id)
{
    auto answer = departmentOf(session).call("release_request", {DepartmentArg::integer(id)});
    if (!answer)
        return answer.error();
    return releaseFromJson(answer.value());
}

Result<QList<EvidenceKeyInfo>> keys(Session& session, QByteArray* rootPublic)
{
    auto answer = departmentOf(session).call("evidence_keys", {});
    if (!answer)
        return answer.error();
    const QByteArray root = base64(answer->value(QStringLiteral("root_public")));
    if (rootPublic)
        *rootPublic = root;
    QList<EvidenceKeyInfo> out;
    for (const QJsonValue& k : answer->value(QStringLiteral("keys")).toArray())
        out.append(keyFromJson(k.toObject(), root));
    return out;
}

Result<EvidenceKeyInfo> rotate(Session& session)
{
    auto answer = departmentOf(session).call("evidence_key_rotate", {});
    if (!answer)
        return answer.error();
    auto all = keys(session);
    if (!all)
        return all.error();
    for (const EvidenceKeyInfo& k : std::as_const(*all))
        if (k.key.id == answer->value(QStringLiteral("id")).toInteger())
            return k;
    return makeError(ErrorCode::Internal, QStringLiteral("the new evidence key is not listed"));
}

} // namespace alpr::departmentevidence
