// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlreadrepository.h"
#include "store/storedamage.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include "common/geo.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace alpr {

namespace {

QVariant optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

SqlReadRepository::SqlReadRepository(QSqlDatabase db)
    : m_db(db), m_insertRead(db), m_insertImage(db), m_insertCandidate(db), m_insertPlate(db),
      m_findPlate(db)
{
    m_insertCandidate.prepare(
        QStringLiteral("INSERT OR IGNORE INTO read_candidates(plate_id, read_id, captured_at) "
                       "VALUES (?,?,?)"));
    m_insertRead.prepare(QStringLiteral(
        "INSERT INTO reads(plate_id, plate, state, captured_at, camera_id, latitude, longitude, "
        "confidence, candidates, make, model, color, body, source_kind, external_id, legal_hold, "
        "imported_at, plate_corners) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertImage.prepare(QStringLiteral("INSERT INTO images(read_id, kind, jpeg) VALUES (?,?,?)"));
    m_insertPlate.prepare(QStringLiteral("INSERT OR IGNORE INTO plates(plate) VALUES (?)"));
    m_findPlate.prepare(QStringLiteral("SELECT id FROM plates WHERE plate = ?"));
}

Result<qint64> SqlReadRepository::cameraId(const ReadRecord& read)
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

Result<qint64> SqlReadRepository::plateId(const QString& plate)
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
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("alpr::SqlReadRepository",
                                                         "a plate vanished during import"));
        id = m_findPlate.value(0).toLongLong();
        m_findPlate.finish();
    }
    m_plateIds.insert(plate, id);
    return id;
}

Result<StoredRead> SqlReadRepository::insert(ReadRecord& read, const QDateTime& importedAt)
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
    q.addBindValue(sqlText(candidatesToJson(read.candidates)));
    q.addBindValue(sqlText(read.make));
    q.addBindValue(sqlText(read.model));
    q.addBindValue(sqlText(read.color));
    q.addBindValue(sqlText(read.body));
    q.addBindValue(sourceKindName(read.sourceKind));
    q.addBindValue(read.externalId.isEmpty() ? QVariant() : QVariant(read.externalId));
    q.addBindValue(read.legalHold ? 1 : 0);
    q.addBindValue(importedAt.toMSecsSinceEpoch());
    q.addBindValue(sqlText(cornersToText(read.plateCorners)));
    if (auto r = execPrepared(q, QStringLiteral("storing the read of %1").arg(read.externalId)); !r)
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
    StoredRead stored{read.id, plate.value(), read.plate, read.capturedAt.toMSecsSinceEpoch(), {}};
    for (const PlateCandidate& c : read.candidates) {
        if (c.plate.isEmpty() || c.plate == read.plate)
            continue;
        auto candidatePlate = plateId(c.plate);
        if (!candidatePlate)
            return candidatePlate.error();
        m_insertCandidate.addBindValue(candidatePlate.value());
        m_insertCandidate.addBindValue(read.id);
        m_insertCandidate.addBindValue(read.capturedAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(m_insertCandidate, QStringLiteral("storing a reading")); !r)
            return r.error();
        stored.candidatePlates.append({candidatePlate.value(), c.plate});
    }
    return stored;
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

Result<QSet<QString>> SqlReadRepository::storedExternalIds(const QStringList& externalIds) const
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
        if (auto r = fetchedAll(q, QCoreApplication::translate("alpr::SqlReadRepository",
                                                               "looking for reads already stored"));
            !r)
            return r.error();
    }
    return stored;
}

Result<QList<ReadRecord>> SqlReadRepository::fetch(const std::vector<qint64>& ids) const
{
    QHash<qint64, ReadRecord> byId;
    for (std::size_t start = 0; start < ids.size(); start += std::size_t(kInBatch)) {
        const std::size_t n = std::min(std::size_t(kInBatch), ids.size() - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT r.id, r.plate, r.state, r.captured_at, c.code, c.name, "
                           "r.latitude, r.longitude, r.confidence, r.candidates, r.make, r.model, "
                           "r.color, r.body, r.source_kind, r.external_id, r.legal_hold, "
                           "r.plate_corners FROM reads r JOIN cameras c ON c.id = r.camera_id "
                           "WHERE r.id IN (%1)")
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
            read.capturedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            read.cameraCode = q.value(4).toString();
            read.cameraName = q.value(5).toString();
            if (!q.value(6).isNull())
                read.latitude = q.value(6).toDouble();
            if (!q.value(7).isNull())
                read.longitude = q.value(7).toDouble();
            read.confidence = q.value(8).toDouble();
            read.candidates = candidatesFromJson(q.value(9).toString());
            read.make = q.value(10).toString();
            read.model = q.value(11).toString();
            read.color = q.value(12).toString();
            read.body = q.value(13).toString();
            read.sourceKind = sourceKindFromName(q.value(14).toString());
            read.externalId = q.value(15).toString();
            read.legalHold = q.value(16).toInt() != 0;
            read.plateCorners = cornersFromText(q.value(17).toString());
            byId.insert(read.id, std::move(read));
        }
        if (auto r = fetchedAll(
                q, QCoreApplication::translate("alpr::SqlReadRepository", "reading plate reads"));
            !r)
            return r.error();
    }
    QList<ReadRecord> out;
    out.reserve(byId.size());
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out.append(std::move(it.value()));
    return out;
}

Result<std::vector<qint64>> SqlReadRepository::filter(const std::vector<qint64>& ids,
                                                      const ReadAttributeFilter& f) const
{
    QString conditions;
    QVariantList binds;
    auto add = [&](const char* sql, const QVariant& value) {
        conditions += QLatin1String(sql);
        binds << value;
    };
    if (!f.state.isEmpty())
        add(" AND r.state = ?", f.state);
    if (!f.camera.isEmpty()) {
        add(" AND (c.code = ?", f.camera);
        add(" OR c.name = ?)", f.camera);
    }
    if (!f.make.isEmpty())
        add(" AND lower(r.make) = lower(?)", f.make);
    if (!f.color.isEmpty())
        add(" AND lower(r.color) = lower(?)", f.color);
    if (!f.body.isEmpty())
        add(" AND lower(r.body) = lower(?)", f.body);
    if (f.nearLatitude && f.nearLongitude) {
        // The box first (cheap), then the true distance below.
        const double dLat = latitudeSpanDegrees(f.nearMetres);
        const double dLon = longitudeSpanDegrees(*f.nearLatitude, f.nearMetres);
        add(" AND r.latitude BETWEEN ?", *f.nearLatitude - dLat);
        add(" AND ?", *f.nearLatitude + dLat);
        add(" AND r.longitude BETWEEN ?", *f.nearLongitude - dLon);
        add(" AND ?", *f.nearLongitude + dLon);
    }
    QSet<qint64> passed;
    for (std::size_t start = 0; start < ids.size(); start += std::size_t(kInBatch)) {
        const std::size_t n = std::min(std::size_t(kInBatch), ids.size() - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT r.id, r.latitude, r.longitude FROM reads r "
                                 "JOIN cameras c ON c.id = r.camera_id WHERE r.id IN (%1)%2")
                      .arg(placeholders(qsizetype(n)), conditions));
        for (std::size_t i = 0; i < n; ++i)
            q.addBindValue(ids[start + i]);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (auto r = execPrepared(q, QStringLiteral("filtering reads")); !r)
            return r.error();
        while (q.next()) {
            if (f.nearLatitude && f.nearLongitude &&
                distanceMetres(*f.nearLatitude, *f.nearLongitude, q.value(1).toDouble(),
                               q.value(2).toDouble()) > f.nearMetres)
                continue;
            passed.insert(q.value(0).toLongLong());
        }
        if (auto r = fetchedAll(
                q, QCoreApplication::translate("alpr::SqlReadRepository", "filtering reads"));
            !r)
            return r.error();
    }
    std::vector<qint64> out;
    for (qint64 id : ids)
        if (passed.contains(id))
            out.push_back(id);
    return out;
}

Result<QByteArray> SqlReadRepository::image(qint64 readId, ImageKind kind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT jpeg FROM images WHERE read_id = ? AND kind = ?"));
    q.addBindValue(readId);
    q.addBindValue(imageKindName(kind));
    if (auto r = execPrepared(q, QStringLiteral("reading an image")); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("alpr::SqlReadRepository",
                                                                          "read %1 has no %2 image")
                                                  .arg(readId)
                                                  .arg(imageKindName(kind)));
    return q.value(0).toByteArray();
}

Result<qint64> SqlReadRepository::imageBytes(const std::vector<qint64>& readIds) const
{
    // length() of a blob comes from the record header: the images are not read.
    constexpr std::size_t kChunk = 500; // under SQLite's 999 bound parameters
    qint64 total = 0;
    for (std::size_t from = 0; from < readIds.size(); from += kChunk) {
        const std::size_t n = std::min(kChunk, readIds.size() - from);
        QStringList marks;
        for (std::size_t i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(length(jpeg)), 0) FROM images WHERE "
                                 "read_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (std::size_t i = 0; i < n; ++i)
            q.addBindValue(readIds[from + i]);
        if (auto r = execPrepared(q, QStringLiteral("measuring images")); !r)
            return r.error();
        if (q.next())
            total += q.value(0).toLongLong();
    }
    return total;
}

Result<QList<ImageKind>> SqlReadRepository::imageKinds(qint64 readId) const
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
    if (auto r =
            fetchedAll(q, QCoreApplication::translate("alpr::SqlReadRepository", "listing images"));
        !r)
        return r.error();
    return kinds;
}

Result<qint64> SqlReadRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM reads")) || !q.next())
        return statementError(
            q, QCoreApplication::translate("alpr::SqlReadRepository", "counting reads"));
    return q.value(0).toLongLong();
}

Result<ImportedReads> SqlReadRepository::importReads(QList<ReadRecord>& reads,
                                                     const QDateTime& importedAt,
                                                     TrailWriter& trail, const TrailEntry& entry,
                                                     const AlsoStore& alsoStore)
{
    ImportedReads result;
    result.stored.reserve(std::size_t(reads.size()));
    m_cameraIds.clear();
    m_plateIds.clear();
    auto stored = runTransaction(m_db, [&]() -> Result<void> {
        QStringList externalIds;
        for (const ReadRecord& read : reads)
            if (!read.externalId.isEmpty())
                externalIds << read.externalId;
        auto already = storedExternalIds(externalIds);
        if (!already)
            return already.error();
        QSet<QString> seen = std::move(already.value());
        for (ReadRecord& read : reads) {
            if (!read.externalId.isEmpty()) {
                if (seen.contains(read.externalId)) {
                    ++result.duplicates;
                    continue;
                }
                seen.insert(read.externalId);
            }
            auto r = insert(read, importedAt);
            if (!r)
                return r.error();
            result.stored.push_back(std::move(r.value()));
            ++result.imported;
        }
        TrailEntry recorded = entry;
        recorded.details.insert(QStringLiteral("imported"), result.imported);
        recorded.details.insert(QStringLiteral("duplicates"), result.duplicates);
        if (alsoStore)
            if (auto r = alsoStore(reads, recorded.details); !r)
                return r;
        auto logged = trail.append(recorded);
        if (!logged)
            return logged.error();
        return {};
    });
    m_cameraIds.clear();
    m_plateIds.clear();
    // Kept prepared, but no statement left open (compact() needs none).
    for (QSqlQuery* q : {&m_insertRead, &m_insertImage, &m_insertCandidate, &m_insertPlate})
        q->finish();
    if (!stored)
        return stored.error();
    return result;
}

Result<qint64> SqlReadRepository::plateCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM plates")) || !q.next())
        return statementError(
            q, QCoreApplication::translate("alpr::SqlReadRepository", "counting plates"));
    return q.value(0).toLongLong();
}

Result<qint64> SqlReadRepository::lastReadId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM reads")) || !q.next())
        return statementError(
            q, QCoreApplication::translate("alpr::SqlReadRepository", "finding the newest read"));
    return q.value(0).toLongLong();
}

Result<std::vector<StoredRead>> SqlReadRepository::readsAfter(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One statement, so one snapshot: the batch's alternative readings are
    // those committed with its reads, even while another process writes.
    // Each read's own row (kind 0) comes before its readings (kind 1).
    q.prepare(QStringLiteral(
        "WITH batch AS (SELECT id, plate_id, captured_at FROM reads WHERE id > ? "
        "ORDER BY id LIMIT ?) "
        "SELECT b.id, 0 AS kind, b.plate_id, p.plate, b.captured_at FROM batch b "
        "JOIN plates p ON p.id = b.plate_id "
        "UNION ALL "
        "SELECT b.id, 1 AS kind, c.plate_id, p.plate, b.captured_at FROM batch b "
        "JOIN read_candidates c ON c.read_id = b.id JOIN plates p ON p.id = c.plate_id "
        "ORDER BY 1, 2, 3"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (auto r = execPrepared(q, QStringLiteral("reading the reads stored since")); !r)
        return r.error();
    std::vector<StoredRead> out;
    while (q.next()) {
        const qint64 readId = q.value(0).toLongLong();
        if (q.value(1).toInt() == 0) {
            out.push_back({readId,
                           q.value(2).toLongLong(),
                           q.value(3).toString(),
                           q.value(4).toLongLong(),
                           {}});
        } else if (!out.empty() && out.back().readId == readId) {
            out.back().candidatePlates.append({q.value(2).toLongLong(), q.value(3).toString()});
        }
    }
    if (auto r = fetchedAll(q, QCoreApplication::translate("alpr::SqlReadRepository",
                                                           "reading the reads stored since"));
        !r)
        return r.error();
    return out;
}

Result<void>
SqlReadRepository::readsInArea(const ReadArea& area,
                               const std::function<bool(const PlacedRead&)>& visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The captured_at index narrows first; the box then drops most of the
    // rest before the caller computes the exact distance.
    q.prepare(QStringLiteral("SELECT id, latitude, longitude FROM reads "
                             "WHERE captured_at >= ? AND captured_at < ? "
                             "AND latitude BETWEEN ? AND ? "
                             "AND (longitude BETWEEN ? AND ? OR longitude BETWEEN ? AND ?) "
                             "ORDER BY captured_at, id"));
    q.addBindValue(area.fromMs);
    q.addBindValue(area.toMs);
    q.addBindValue(area.minLatitude);
    q.addBindValue(area.maxLatitude);
    q.addBindValue(area.minLongitude1);
    q.addBindValue(area.maxLongitude1);
    q.addBindValue(area.minLongitude2);
    q.addBindValue(area.maxLongitude2);
    if (auto r = execPrepared(q, QStringLiteral("finding the reads in an area")); !r)
        return r;
    while (q.next()) {
        if (q.value(1).isNull() || q.value(2).isNull())
            continue;
        if (!visit({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble()}))
            break;
    }
    if (auto r = fetchedAll(q, QCoreApplication::translate("alpr::SqlReadRepository",
                                                           "finding the reads in an area"));
        !r)
        return r.error();
    return {};
}

Result<ReadRecord> SqlReadRepository::openRecorded(qint64 readId, TrailWriter& trail,
                                                   const TrailEntry& entry)
{
    ReadRecord read;
    auto opened = runTransaction(m_db, [&]() -> Result<void> {
        auto fetched = fetch({readId});
        if (!fetched)
            return fetched.error();
        if (fetched->isEmpty())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("alpr::SqlReadRepository", "there is no read %1")
                    .arg(readId));
        read = fetched->first();
        TrailEntry recorded = entry;
        recorded.details.insert(QStringLiteral("plate"), read.plate);
        auto logged = trail.append(recorded);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!opened)
        return opened.error();
    return read;
}

Result<QByteArray>
SqlReadRepository::imageRecorded(qint64 readId, ImageKind kind, TrailWriter& trail,
                                 const TrailEntry& entry,
                                 const std::function<Result<void>(const QByteArray&)>& use)
{
    QByteArray jpeg;
    auto viewed = runTransaction(m_db, [&]() -> Result<void> {
        auto bytes = image(readId, kind);
        if (!bytes)
            return bytes.error();
        if (use)
            if (auto r = use(bytes.value()); !r)
                return r;
        auto fetched = fetch({readId});
        if (!fetched)
            return fetched.error();
        TrailEntry recorded = entry;
        if (!fetched->isEmpty())
            recorded.details.insert(QStringLiteral("plate"), fetched->first().plate);
        auto logged = trail.append(recorded);
        if (!logged)
            return logged.error();
        jpeg = std::move(bytes.value());
        return {};
    });
    if (!viewed)
        return viewed.error();
    return jpeg;
}

} // namespace alpr
