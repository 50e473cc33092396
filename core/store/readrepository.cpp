// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/readrepository.h"

#include "store/store.h"

#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace alpr {

QString imageKindName(ImageKind kind)
{
    switch (kind) {
    case ImageKind::Plate:
        return QStringLiteral("plate");
    case ImageKind::Overview:
        return QStringLiteral("overview");
    case ImageKind::Vehicle:
        return QStringLiteral("vehicle");
    }
    return {};
}

std::optional<ImageKind> imageKindFromName(const QString& name)
{
    for (ImageKind k : {ImageKind::Plate, ImageKind::Overview, ImageKind::Vehicle})
        if (imageKindName(k) == name)
            return k;
    return std::nullopt;
}

namespace {

QVariant optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString candidatesToText(const QList<PlateCandidate>& candidates)
{
    if (candidates.isEmpty())
        return {};
    QJsonArray a;
    for (const PlateCandidate& c : candidates)
        a.append(QJsonObject{{QStringLiteral("plate"), c.plate},
                             {QStringLiteral("confidence"), c.confidence}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<PlateCandidate> candidatesFromText(const QString& text)
{
    QList<PlateCandidate> out;
    if (text.isEmpty())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : a)
        out.append({v[QLatin1String("plate")].toString(), v[QLatin1String("confidence")].toDouble()});
    return out;
}

} // namespace

ReadRepository::ReadRepository(QSqlDatabase db)
    : m_db(db), m_insertRead(db), m_insertImage(db), m_insertPlate(db), m_findPlate(db)
{
    m_insertRead.prepare(QStringLiteral(
        "INSERT INTO reads(plate_id, plate, state, captured_at, camera_id, latitude, longitude, "
        "confidence, candidates, make, model, color, body, source_kind, external_id, legal_hold, "
        "imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertImage.prepare(
        QStringLiteral("INSERT INTO images(read_id, kind, jpeg) VALUES (?,?,?)"));
    m_insertPlate.prepare(QStringLiteral("INSERT OR IGNORE INTO plates(plate) VALUES (?)"));
    m_findPlate.prepare(QStringLiteral("SELECT id FROM plates WHERE plate = ?"));
}

Result<qint64> ReadRepository::cameraId(const ReadRecord& read)
{
    if (auto it = m_cameraIds.constFind(read.cameraCode); it != m_cameraIds.constEnd())
        return it.value();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM cameras WHERE code = ?"));
    q.addBindValue(read.cameraCode);
    if (auto r = execPrepared(q, QStringLiteral("looking up a camera")); !r)
        return r.error();
    qint64 id = 0;
    if (q.next()) {
        id = q.value(0).toLongLong();
    } else {
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO cameras(code, name, source_kind, latitude, "
                                 "longitude) VALUES (?,?,?,?,?)"));
        q.addBindValue(read.cameraCode);
        q.addBindValue(read.cameraName.isEmpty() ? read.cameraCode : read.cameraName);
        q.addBindValue(sourceKindName(read.sourceKind));
        q.addBindValue(read.sourceKind == SourceKind::Fixed ? optionalDouble(read.latitude)
                                                            : QVariant());
        q.addBindValue(read.sourceKind == SourceKind::Fixed ? optionalDouble(read.longitude)
                                                            : QVariant());
        if (auto r = execPrepared(q, QStringLiteral("adding a camera")); !r)
            return r.error();
        id = q.lastInsertId().toLongLong();
    }
    m_cameraIds.insert(read.cameraCode, id);
    return id;
}

Result<qint64> ReadRepository::plateId(const QString& plate)
{
    if (auto it = m_plateIds.constFind(plate); it != m_plateIds.constEnd())
        return it.value();
    // New plates are the common case in an import: try the insert first.
    m_insertPlate.addBindValue(plate);
    if (auto r = execPrepared(m_insertPlate, QStringLiteral("adding a plate")); !r)
        return r.error();
    qint64 id = 0;
    if (m_insertPlate.numRowsAffected() == 1) {
        id = m_insertPlate.lastInsertId().toLongLong();
    } else {
        m_findPlate.addBindValue(plate);
        if (auto r = execPrepared(m_findPlate, QStringLiteral("looking up a plate")); !r)
            return r.error();
        if (!m_findPlate.next())
            return makeError(ErrorCode::Database, QStringLiteral("a plate vanished during import"));
        id = m_findPlate.value(0).toLongLong();
        m_findPlate.finish();
    }
    m_plateIds.insert(plate, id);
    return id;
}

Result<StoredRead> ReadRepository::insert(ReadRecord& read, const QDateTime& importedAt)
{
    auto camera = cameraId(read);
    if (!camera)
        return camera.error();
    auto plate = plateId(read.plate);
    if (!plate)
        return plate.error();
    QSqlQuery& q = m_insertRead;
    q.addBindValue(plate.value());
    q.addBindValue(read.plate);
    q.addBindValue(sqlText(read.state));
    q.addBindValue(read.capturedAt.toMSecsSinceEpoch());
    q.addBindValue(camera.value());
    q.addBindValue(optionalDouble(read.latitude));
    q.addBindValue(optionalDouble(read.longitude));
    q.addBindValue(read.confidence);
    q.addBindValue(sqlText(candidatesToText(read.candidates)));
    q.addBindValue(sqlText(read.make));
    q.addBindValue(sqlText(read.model));
    q.addBindValue(sqlText(read.color));
    q.addBindValue(sqlText(read.body));
    q.addBindValue(sourceKindName(read.sourceKind));
    q.addBindValue(read.externalId.isEmpty() ? QVariant() : QVariant(read.externalId));
    q.addBindValue(read.legalHold ? 1 : 0);
    q.addBindValue(importedAt.toMSecsSinceEpoch());
    if (auto r = execPrepared(q, QStringLiteral("storing the read of %1").arg(read.externalId));
        !r)
        return r.error();
    read.id = q.lastInsertId().toLongLong();
    const std::pair<ImageKind, const QByteArray*> images[] = {
        {ImageKind::Plate, &read.plateJpeg},
        {ImageKind::Overview, &read.overviewJpeg},
        {ImageKind::Vehicle, &read.vehicleJpeg}};
    for (const auto& [kind, bytes] : images) {
        if (bytes->isEmpty())
            continue;
        m_insertImage.addBindValue(read.id);
        m_insertImage.addBindValue(imageKindName(kind));
        m_insertImage.addBindValue(*bytes);
        if (auto r = execPrepared(m_insertImage, QStringLiteral("storing an image")); !r)
            return r.error();
    }
    return StoredRead{read.id, plate.value()};
}

namespace {
// "?,?,?" for an IN list of n bound values.
QString placeholders(qsizetype n)
{
    QString text(n * 2 - 1, u',');
    for (qsizetype i = 0; i < n; ++i)
        text[i * 2] = u'?';
    return text;
}
constexpr qsizetype kInBatch = 250;
} // namespace

Result<QSet<QString>> ReadRepository::storedExternalIds(const QStringList& externalIds) const
{
    QSet<QString> stored;
    for (qsizetype start = 0; start < externalIds.size(); start += kInBatch) {
        const QStringList batch = externalIds.mid(start, kInBatch);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT external_id FROM reads WHERE external_id IN (%1)")
                      .arg(placeholders(batch.size())));
        for (const QString& id : batch)
            q.addBindValue(id);
        if (auto r = execPrepared(q, QStringLiteral("looking for reads already stored")); !r)
            return r.error();
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    return stored;
}

Result<QList<ReadRecord>> ReadRepository::fetch(const std::vector<qint64>& ids) const
{
    QHash<qint64, ReadRecord> byId;
    for (std::size_t start = 0; start < ids.size(); start += std::size_t(kInBatch)) {
        const std::size_t n = std::min(std::size_t(kInBatch), ids.size() - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT r.id, r.plate, r.state, r.captured_at, c.code, c.name, "
                      "r.latitude, r.longitude, r.confidence, r.candidates, r.make, r.model, "
                      "r.color, r.body, r.source_kind, r.external_id, r.legal_hold "
                      "FROM reads r JOIN cameras c ON c.id = r.camera_id WHERE r.id IN (%1)")
                      .arg(placeholders(qsizetype(n))));
        for (std::size_t i = 0; i < n; ++i)
            q.addBindValue(ids[start + i]);
        if (auto r = execPrepared(q, QStringLiteral("reading plate reads")); !r)
            return r.error();
        while (q.next()) {
            ReadRecord read;
            read.id = q.value(0).toLongLong();
            read.plate = q.value(1).toString();
            read.state = q.value(2).toString();
            read.capturedAt =
                QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            read.cameraCode = q.value(4).toString();
            read.cameraName = q.value(5).toString();
            if (!q.value(6).isNull())
                read.latitude = q.value(6).toDouble();
            if (!q.value(7).isNull())
                read.longitude = q.value(7).toDouble();
            read.confidence = q.value(8).toDouble();
            read.candidates = candidatesFromText(q.value(9).toString());
            read.make = q.value(10).toString();
            read.model = q.value(11).toString();
            read.color = q.value(12).toString();
            read.body = q.value(13).toString();
            read.sourceKind = sourceKindFromName(q.value(14).toString());
            read.externalId = q.value(15).toString();
            read.legalHold = q.value(16).toInt() != 0;
            byId.insert(read.id, std::move(read));
        }
    }
    QList<ReadRecord> out;
    out.reserve(byId.size());
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out.append(std::move(it.value()));
    return out;
}

Result<QByteArray> ReadRepository::image(qint64 readId, ImageKind kind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT jpeg FROM images WHERE read_id = ? AND kind = ?"));
    q.addBindValue(readId);
    q.addBindValue(imageKindName(kind));
    if (auto r = execPrepared(q, QStringLiteral("reading an image")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("read %1 has no %2 image")
                                                  .arg(readId)
                                                  .arg(imageKindName(kind)));
    return q.value(0).toByteArray();
}

Result<QList<ImageKind>> ReadRepository::imageKinds(qint64 readId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind FROM images WHERE read_id = ?"));
    q.addBindValue(readId);
    if (auto r = execPrepared(q, QStringLiteral("listing images")); !r)
        return r.error();
    QList<ImageKind> kinds;
    while (q.next())
        if (auto k = imageKindFromName(q.value(0).toString()))
            kinds.append(*k);
    return kinds;
}

Result<qint64> ReadRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM reads")) || !q.next())
        return makeError(ErrorCode::Database, QStringLiteral("cannot count reads"));
    return q.value(0).toLongLong();
}

} // namespace alpr
