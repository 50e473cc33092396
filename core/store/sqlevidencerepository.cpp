// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlevidencerepository.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alpr {

namespace {

QDateTime timeOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

PackageStatus statusFromName(const QString& name)
{
    if (name == QLatin1String("exported"))
        return PackageStatus::Exported;
    if (name == QLatin1String("failed"))
        return PackageStatus::Failed;
    return PackageStatus::Started;
}

} // namespace

QString packageStatusName(PackageStatus status)
{
    switch (status) {
    case PackageStatus::Started:
        return QStringLiteral("started");
    case PackageStatus::Exported:
        return QStringLiteral("exported");
    case PackageStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("started");
}

Result<void> SqlEvidenceRepository::insertGrants(const QList<EvidenceKeyGrant>& grants)
{
    for (const EvidenceKeyGrant& g : grants) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO evidence_key_grants(key_id, username, "
                                 "recipient, ephemeral, nonce, ciphertext, tag, granted_by, "
                                 "granted_at) VALUES (?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(g.keyId);
        q.addBindValue(g.username);
        q.addBindValue(g.recipient);
        q.addBindValue(g.ephemeralPublic);
        q.addBindValue(g.nonce);
        q.addBindValue(g.ciphertext);
        q.addBindValue(g.tag);
        q.addBindValue(sqlText(g.grantedBy));
        q.addBindValue(g.grantedAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(q, QStringLiteral("granting an evidence key")); !r)
            return r;
    }
    return {};
}

Result<qint64> SqlEvidenceRepository::addKey(const EvidenceKey& key, QList<EvidenceKeyGrant> grants,
                                             TrailWriter& trail, const TrailEntry& entry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery retire(m_db);
        retire.prepare(
            QStringLiteral("UPDATE evidence_keys SET retired_at = ? WHERE retired_at IS NULL"));
        retire.addBindValue(key.createdAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(retire, QStringLiteral("retiring the evidence key")); !r)
            return r;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO evidence_keys(public_key, certificate, created_by, "
                                 "created_at) VALUES (?,?,?,?)"));
        q.addBindValue(key.publicKey);
        q.addBindValue(key.certificate);
        q.addBindValue(sqlText(key.createdBy));
        q.addBindValue(key.createdAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(q, QStringLiteral("adding an evidence key")); !r)
            return r;
        id = q.lastInsertId().toLongLong();
        for (EvidenceKeyGrant& g : grants)
            g.keyId = id;
        if (auto r = insertGrants(grants); !r)
            return r;
        return appendEntry(trail, entry);
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<EvidenceKey>> SqlEvidenceRepository::keys() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, public_key, certificate, created_by, created_at, "
                             "retired_at FROM evidence_keys ORDER BY id"));
    if (auto r = execPrepared(q, QStringLiteral("reading the evidence keys")); !r)
        return r.error();
    QList<EvidenceKey> out;
    while (q.next()) {
        EvidenceKey k;
        k.id = q.value(0).toLongLong();
        k.publicKey = q.value(1).toByteArray();
        k.certificate = q.value(2).toByteArray();
        k.createdBy = q.value(3).toString();
        k.createdAt = timeOrInvalid(q.value(4));
        k.retiredAt = timeOrInvalid(q.value(5));
        out.append(k);
    }
    return out;
}

Result<std::optional<EvidenceKeyGrant>> SqlEvidenceRepository::grant(qint64 keyId,
                                                                     const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ephemeral, nonce, ciphertext, tag, granted_by, granted_at, "
                       "recipient FROM evidence_key_grants WHERE key_id = ? AND username = ?"));
    q.addBindValue(keyId);
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("reading an evidence key grant")); !r)
        return r.error();
    if (!q.next())
        return std::optional<EvidenceKeyGrant>();
    EvidenceKeyGrant g;
    g.keyId = keyId;
    g.username = username;
    g.ephemeralPublic = q.value(0).toByteArray();
    g.nonce = q.value(1).toByteArray();
    g.ciphertext = q.value(2).toByteArray();
    g.tag = q.value(3).toByteArray();
    g.grantedBy = q.value(4).toString();
    g.grantedAt = timeOrInvalid(q.value(5));
    g.recipient = q.value(6).toByteArray();
    return std::optional<EvidenceKeyGrant>(g);
}

Result<QHash<QString, QByteArray>> SqlEvidenceRepository::grantees(qint64 keyId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT username, recipient FROM evidence_key_grants WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (auto r = execPrepared(q, QStringLiteral("reading the evidence key grants")); !r)
        return r.error();
    QHash<QString, QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toByteArray());
    return out;
}

Result<void> SqlEvidenceRepository::addGrants(const QList<EvidenceKeyGrant>& grants,
                                              TrailWriter& trail, const QList<TrailEntry>& entries)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        if (auto r = insertGrants(grants); !r)
            return r;
        for (const TrailEntry& entry : entries)
            if (auto r = appendEntry(trail, entry); !r)
                return r;
        return {};
    });
}

Result<void> SqlEvidenceRepository::startPackage(const EvidencePackage& p, TrailWriter& trail,
                                                 const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO evidence_packages(id, case_number, purpose, exported_by, started_at, "
            "status, source, folder, key_id, release_id) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(p.id);
        q.addBindValue(sqlText(p.caseNumber));
        q.addBindValue(sqlText(p.purpose));
        q.addBindValue(sqlText(p.exportedBy));
        q.addBindValue(p.startedAt.toMSecsSinceEpoch());
        q.addBindValue(packageStatusName(PackageStatus::Started));
        q.addBindValue(sqlText(p.source));
        q.addBindValue(sqlText(p.folder));
        q.addBindValue(p.keyId);
        q.addBindValue(p.releaseId > 0 ? QVariant(p.releaseId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        if (auto r = execPrepared(q, QStringLiteral("recording an evidence export")); !r)
            return r;
        for (const qint64 readId : p.readIds) {
            QSqlQuery r(m_db);
            r.prepare(QStringLiteral(
                "INSERT INTO evidence_package_reads(package_id, read_id) VALUES (?,?)"));
            r.addBindValue(p.id);
            r.addBindValue(readId);
            if (auto e = execPrepared(r, QStringLiteral("recording an evidence export")); !e)
                return e;
        }
        return appendEntry(trail, entry);
    });
}

Result<void> SqlEvidenceRepository::finishPackage(const EvidencePackage& p, TrailWriter& trail,
                                                  const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE evidence_packages SET status = ?, finished_at = ?, payload_bytes = ?, "
            "payload_files = ?, tagmanifest_sha256 = ?, failure = ? WHERE id = ? AND status = ?"));
        q.addBindValue(packageStatusName(p.status));
        q.addBindValue(timeOrNull(p.finishedAt));
        q.addBindValue(p.payloadBytes);
        q.addBindValue(p.payloadFiles);
        q.addBindValue(sqlText(p.tagManifestSha256));
        q.addBindValue(sqlText(p.failure));
        q.addBindValue(p.id);
        q.addBindValue(packageStatusName(PackageStatus::Started));
        if (auto r = execPrepared(q, QStringLiteral("recording an evidence export")); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<QList<EvidencePackage>>
SqlEvidenceRepository::selectPackages(const QString& where, const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, case_number, purpose, exported_by, started_at, "
                             "finished_at, status, source, folder, key_id, payload_bytes, "
                             "payload_files, tagmanifest_sha256, failure, release_id "
                             "FROM evidence_packages ") +
              where);
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading the evidence packages")); !r)
        return r.error();
    QList<EvidencePackage> out;
    while (q.next()) {
        EvidencePackage p;
        p.id = q.value(0).toString();
        p.caseNumber = q.value(1).toString();
        p.purpose = q.value(2).toString();
        p.exportedBy = q.value(3).toString();
        p.startedAt = timeOrInvalid(q.value(4));
        p.finishedAt = timeOrInvalid(q.value(5));
        p.status = statusFromName(q.value(6).toString());
        p.source = q.value(7).toString();
        p.folder = q.value(8).toString();
        p.keyId = q.value(9).toLongLong();
        p.payloadBytes = q.value(10).toLongLong();
        p.payloadFiles = q.value(11).toInt();
        p.tagManifestSha256 = q.value(12).toString();
        p.failure = q.value(13).toString();
        p.releaseId = q.value(14).toLongLong();
        out.append(p);
    }
    for (EvidencePackage& p : out) {
        QSqlQuery r(m_db);
        r.prepare(QStringLiteral(
            "SELECT read_id FROM evidence_package_reads WHERE package_id = ? ORDER BY read_id"));
        r.addBindValue(p.id);
        if (auto e = execPrepared(r, QStringLiteral("reading the evidence packages")); !e)
            return e.error();
        while (r.next())
            p.readIds.append(r.value(0).toLongLong());
    }
    return out;
}

Result<QList<EvidencePackage>> SqlEvidenceRepository::packages(int limit) const
{
    return selectPackages(QStringLiteral("ORDER BY started_at DESC, id DESC LIMIT ?"),
                          {limit > 0 ? limit : -1});
}

Result<std::optional<EvidencePackage>> SqlEvidenceRepository::package(const QString& id) const
{
    auto found = selectPackages(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<EvidencePackage>();
    return std::optional<EvidencePackage>(found->first());
}

Result<qint64> SqlEvidenceRepository::addCustody(const CustodyEntry& e, TrailWriter& trail,
                                                 const TrailEntry& trailEntry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO evidence_custody(package_id, at, recorded_by, "
                                 "event, to_whom, item, note) VALUES (?,?,?,?,?,?,?)"));
        q.addBindValue(e.packageId);
        q.addBindValue(e.at.toMSecsSinceEpoch());
        q.addBindValue(sqlText(e.recordedBy));
        q.addBindValue(sqlText(e.event));
        q.addBindValue(sqlText(e.to));
        q.addBindValue(sqlText(e.item));
        q.addBindValue(sqlText(e.note));
        if (auto r = execPrepared(q, QStringLiteral("recording custody")); !r)
            return r;
        id = q.lastInsertId().toLongLong();
        return appendEntry(trail, trailEntry);
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<CustodyEntry>> SqlEvidenceRepository::custody(const QString& packageId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, recorded_by, event, to_whom, item, note FROM "
                             "evidence_custody WHERE package_id = ? ORDER BY id"));
    q.addBindValue(packageId);
    if (auto r = execPrepared(q, QStringLiteral("reading custody")); !r)
        return r.error();
    QList<CustodyEntry> out;
    while (q.next()) {
        CustodyEntry e;
        e.id = q.value(0).toLongLong();
        e.packageId = packageId;
        e.at = timeOrInvalid(q.value(1));
        e.recordedBy = q.value(2).toString();
        e.event = q.value(3).toString();
        e.to = q.value(4).toString();
        e.item = q.value(5).toString();
        e.note = q.value(6).toString();
        out.append(e);
    }
    return out;
}

Result<qint64> SqlEvidenceRepository::addRelease(const ReleaseRequest& r, TrailWriter& trail,
                                                 const TrailEntry& entry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO release_requests(agency, agency_type, requester, purpose, description, "
            "case_number, logged_by, logged_at, status, reason) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(sqlText(r.agency));
        q.addBindValue(sqlText(r.agencyType));
        q.addBindValue(sqlText(r.requester));
        q.addBindValue(sqlText(r.purpose));
        q.addBindValue(sqlText(r.description));
        q.addBindValue(sqlText(r.caseNumber));
        q.addBindValue(sqlText(r.loggedBy));
        q.addBindValue(r.loggedAt.toMSecsSinceEpoch());
        q.addBindValue(sqlText(r.status));
        q.addBindValue(sqlText(r.reason));
        if (auto e = execPrepared(q, QStringLiteral("logging a release request")); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        TrailEntry withId = entry;
        withId.object = QStringLiteral("release:%1").arg(id);
        return appendEntry(trail, withId);
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SqlEvidenceRepository::decideRelease(const ReleaseRequest& r, TrailWriter& trail,
                                                  const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE release_requests SET status = ?, reason = ?, "
                                 "decided_by = ?, decided_at = ?, decision_note = ? "
                                 "WHERE id = ? AND status = 'pending'"));
        q.addBindValue(sqlText(r.status));
        q.addBindValue(sqlText(r.reason));
        q.addBindValue(sqlText(r.decidedBy));
        q.addBindValue(r.decidedAt.toMSecsSinceEpoch());
        q.addBindValue(sqlText(r.decisionNote));
        q.addBindValue(r.id);
        if (auto e = execPrepared(q, QStringLiteral("deciding a release request")); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("alpr::SqlEvidenceRepository",
                                                         "Release request %1 was already decided.")
                                 .arg(r.id));
        return appendEntry(trail, entry);
    });
}

Result<QList<ReleaseRequest>> SqlEvidenceRepository::selectReleases(const QString& where,
                                                                    const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, agency, agency_type, requester, purpose, description, "
                             "case_number, logged_by, logged_at, status, reason, decided_by, "
                             "decided_at, decision_note FROM release_requests ") +
              where);
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading release requests")); !r)
        return r.error();
    QList<ReleaseRequest> out;
    while (q.next()) {
        ReleaseRequest r;
        r.id = q.value(0).toLongLong();
        r.agency = q.value(1).toString();
        r.agencyType = q.value(2).toString();
        r.requester = q.value(3).toString();
        r.purpose = q.value(4).toString();
        r.description = q.value(5).toString();
        r.caseNumber = q.value(6).toString();
        r.loggedBy = q.value(7).toString();
        r.loggedAt = timeOrInvalid(q.value(8));
        r.status = q.value(9).toString();
        r.reason = q.value(10).toString();
        r.decidedBy = q.value(11).toString();
        r.decidedAt = timeOrInvalid(q.value(12));
        r.decisionNote = q.value(13).toString();
        out.append(r);
    }
    return out;
}

Result<QList<ReleaseRequest>> SqlEvidenceRepository::releases(int limit) const
{
    return selectReleases(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit > 0 ? limit : -1});
}

Result<std::optional<ReleaseRequest>> SqlEvidenceRepository::release(qint64 id) const
{
    auto found = selectReleases(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ReleaseRequest>();
    return std::optional<ReleaseRequest>(found->first());
}

} // namespace alpr
