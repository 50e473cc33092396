// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlretentionrepository.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace alpr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alpr::SqlRetentionRepository", text);
}

QDateTime timeOrInvalid(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// An active hold on the read r.id.
const char* const kHeld = "EXISTS (SELECT 1 FROM legal_hold_reads hr JOIN legal_holds h "
                          "ON h.id = hr.hold_id WHERE hr.read_id = r.id AND h.released_at IS NULL)";

Result<void> exec(QSqlDatabase db, const QString& sql, const QVariantList& bound,
                  const QString& what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : bound)
        q.addBindValue(v);
    return execPrepared(q, what);
}

// "1,2,3" for an IN list of ids (integers only, so no binding is needed).
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<qint64> SqlRetentionRepository::addHold(const LegalHold& h, const QList<qint64>& readIds,
                                               TrailWriter& trail, const TrailEntry& entry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO legal_holds(case_number, reason, requesting_party, review_on, source, "
            "incident, note, placed_by, placed_at) VALUES (?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(sqlText(h.caseNumber));
        q.addBindValue(sqlText(h.reason));
        q.addBindValue(sqlText(h.requestingParty));
        q.addBindValue(h.reviewOn.toString(Qt::ISODate));
        q.addBindValue(sqlText(h.source));
        q.addBindValue(sqlText(h.incident));
        q.addBindValue(sqlText(h.note));
        q.addBindValue(sqlText(h.placedBy));
        q.addBindValue(h.placedAt.toMSecsSinceEpoch());
        if (auto e = execPrepared(q, tr("placing a legal hold")); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        QSqlQuery r(m_db);
        r.prepare(QStringLiteral("INSERT OR IGNORE INTO legal_hold_reads(hold_id, read_id) "
                                 "VALUES (?, ?)"));
        for (qint64 readId : readIds) {
            r.addBindValue(id);
            r.addBindValue(readId);
            if (auto e = execPrepared(r, tr("placing a legal hold")); !e)
                return e;
        }
        TrailEntry withId = entry;
        withId.object = QStringLiteral("hold:%1").arg(id);
        return appendEntry(trail, withId);
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SqlRetentionRepository::releaseHold(const LegalHold& h, TrailWriter& trail,
                                                 const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE legal_holds SET released_by = ?, released_at = ?, "
                                 "release_note = ? WHERE id = ? AND released_at IS NULL"));
        q.addBindValue(sqlText(h.releasedBy));
        q.addBindValue(h.releasedAt.toMSecsSinceEpoch());
        q.addBindValue(sqlText(h.releaseNote));
        q.addBindValue(h.id);
        if (auto e = execPrepared(q, tr("releasing a legal hold")); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             tr("Legal hold %1 is released already.").arg(h.id));
        return appendEntry(trail, entry);
    });
}

Result<QList<LegalHold>> SqlRetentionRepository::selectHolds(const QString& where,
                                                             const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT h.id, h.case_number, h.reason, h.requesting_party, h.review_on, "
                       "h.source, h.incident, h.note, h.placed_by, h.placed_at, h.released_by, "
                       "h.released_at, h.release_note, "
                       "(SELECT count(*) FROM legal_hold_reads hr WHERE hr.hold_id = h.id) "
                       "FROM legal_holds h %1 ORDER BY h.id DESC")
            .arg(where));
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto e = execPrepared(q, tr("reading legal holds")); !e)
        return e.error();
    QList<LegalHold> out;
    while (q.next()) {
        LegalHold h;
        h.id = q.value(0).toLongLong();
        h.caseNumber = q.value(1).toString();
        h.reason = q.value(2).toString();
        h.requestingParty = q.value(3).toString();
        h.reviewOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        h.source = q.value(5).toString();
        h.incident = q.value(6).toString();
        h.note = q.value(7).toString();
        h.placedBy = q.value(8).toString();
        h.placedAt = timeOrInvalid(q.value(9));
        h.releasedBy = q.value(10).toString();
        h.releasedAt = timeOrInvalid(q.value(11));
        h.releaseNote = q.value(12).toString();
        h.readCount = q.value(13).toLongLong();
        out.append(h);
    }
    return out;
}

Result<QList<LegalHold>> SqlRetentionRepository::holds(bool activeOnly) const
{
    return selectHolds(activeOnly ? QStringLiteral("WHERE h.released_at IS NULL") : QString(), {});
}

Result<std::optional<LegalHold>> SqlRetentionRepository::hold(qint64 id) const
{
    auto found = selectHolds(QStringLiteral("WHERE h.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<LegalHold>();
    return std::optional<LegalHold>(found->first());
}

Result<QList<qint64>> SqlRetentionRepository::holdReads(qint64 holdId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT read_id FROM legal_hold_reads WHERE hold_id = ? "
                             "ORDER BY read_id"));
    q.addBindValue(holdId);
    if (auto e = execPrepared(q, tr("reading a legal hold")); !e)
        return e.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QSet<qint64>> SqlRetentionRepository::heldAmong(const std::vector<qint64>& readIds) const
{
    QSet<qint64> held;
    // Holds are few: take every held id once and intersect.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT hr.read_id FROM legal_hold_reads hr "
                             "JOIN legal_holds h ON h.id = hr.hold_id "
                             "WHERE h.released_at IS NULL"));
    if (auto e = execPrepared(q, tr("reading legal holds")); !e)
        return e.error();
    QSet<qint64> all;
    while (q.next())
        all.insert(q.value(0).toLongLong());
    for (qint64 id : readIds)
        if (all.contains(id))
            held.insert(id);
    return held;
}

Result<QList<qint64>> SqlRetentionRepository::existingReads(const QList<qint64>& readIds) const
{
    QList<qint64> out;
    constexpr qsizetype kChunk = 500;
    for (qsizetype i = 0; i < readIds.size(); i += kChunk) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM reads WHERE id IN (%1)")
                      .arg(idList(readIds.mid(i, kChunk))));
        if (auto e = execPrepared(q, tr("reading reads")); !e)
            return e.error();
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<QList<PurgeCount>>
SqlRetentionRepository::countExpired(const QList<PurgeCutoffs>& cutoffs) const
{
    QList<PurgeCount> out;
    for (const PurgeCutoffs& c : cutoffs) {
        PurgeCount count;
        count.sourceKind = c.sourceKind;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM reads r WHERE r.source_kind = ? "
                                 "AND r.captured_at < ? AND NOT %1")
                      .arg(QLatin1String(kHeld)));
        q.addBindValue(c.sourceKind);
        q.addBindValue(c.readsBeforeMs);
        if (auto e = execPrepared(q, tr("counting expired reads")); !e)
            return e.error();
        count.reads = q.next() ? q.value(0).toLongLong() : 0;
        if (c.imagesBeforeMs > c.readsBeforeMs) {
            QSqlQuery i(m_db);
            i.setForwardOnly(true);
            i.prepare(QStringLiteral("SELECT count(*) FROM reads r WHERE r.source_kind = ? "
                                     "AND r.captured_at >= ? AND r.captured_at < ? "
                                     "AND EXISTS (SELECT 1 FROM images WHERE read_id = r.id) "
                                     "AND NOT %1")
                          .arg(QLatin1String(kHeld)));
            i.addBindValue(c.sourceKind);
            i.addBindValue(c.readsBeforeMs);
            i.addBindValue(c.imagesBeforeMs);
            if (auto e = execPrepared(i, tr("counting expired images")); !e)
                return e.error();
            count.images = i.next() ? i.value(0).toLongLong() : 0;
        }
        QSqlQuery h(m_db);
        h.setForwardOnly(true);
        h.prepare(QStringLiteral(
            "SELECT hr.hold_id, count(*) FROM legal_hold_reads hr "
            "JOIN legal_holds h ON h.id = hr.hold_id AND h.released_at IS NULL "
            "JOIN reads r ON r.id = hr.read_id "
            "WHERE r.source_kind = ? AND r.captured_at < ? GROUP BY hr.hold_id ORDER BY 1"));
        h.addBindValue(c.sourceKind);
        h.addBindValue(std::max(c.readsBeforeMs, c.imagesBeforeMs));
        if (auto e = execPrepared(h, tr("counting held reads")); !e)
            return e.error();
        while (h.next())
            count.holdIds.append(h.value(0).toLongLong());
        QSqlQuery n(m_db);
        n.setForwardOnly(true);
        n.prepare(QStringLiteral("SELECT count(*) FROM reads r WHERE r.source_kind = ? "
                                 "AND r.captured_at < ? AND %1")
                      .arg(QLatin1String(kHeld)));
        n.addBindValue(c.sourceKind);
        n.addBindValue(std::max(c.readsBeforeMs, c.imagesBeforeMs));
        if (auto e = execPrepared(n, tr("counting held reads")); !e)
            return e.error();
        count.heldReads = n.next() ? n.value(0).toLongLong() : 0;
        out.append(count);
    }
    return out;
}

Result<QList<PurgeRun>>
SqlRetentionRepository::selectRuns(const QString& where, const QVariantList& bound, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, started_by, started_at, finished_at, status, continues, "
                       "rules, summary, ids_sha256 FROM purge_runs %1 ORDER BY id DESC LIMIT %2")
            .arg(where)
            .arg(limit > 0 ? limit : -1));
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto e = execPrepared(q, tr("reading purge runs")); !e)
        return e.error();
    QList<PurgeRun> out;
    while (q.next()) {
        PurgeRun r;
        r.id = q.value(0).toLongLong();
        r.startedBy = q.value(1).toString();
        r.startedAt = timeOrInvalid(q.value(2));
        r.finishedAt = timeOrInvalid(q.value(3));
        r.status = q.value(4).toString();
        r.continues = q.value(5).toLongLong();
        r.rules = jsonObject(q.value(6).toString());
        r.summary = jsonObject(q.value(7).toString());
        r.idsSha256 = q.value(8).toString();
        out.append(r);
    }
    return out;
}

Result<std::optional<PurgeRun>> SqlRetentionRepository::unfinishedRun() const
{
    // The newest run not finished since the last finished one.
    auto found = selectRuns(QStringLiteral("WHERE status IN ('running', 'interrupted') AND id > "
                                           "COALESCE((SELECT max(id) FROM purge_runs "
                                           "WHERE status = 'finished'), 0)"),
                            {}, 0);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PurgeRun>();
    return std::optional<PurgeRun>(found->first());
}

Result<qint64> SqlRetentionRepository::startRun(const PurgeRun& run, TrailWriter& trail,
                                                const TrailEntry& entry)
{
    qint64 id = 0;
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        if (auto e = exec(m_db,
                          QStringLiteral("UPDATE purge_runs SET status = 'interrupted' "
                                         "WHERE status = 'running'"),
                          {}, tr("starting a purge"));
            !e)
            return e;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO purge_runs(started_by, started_at, status, "
                                 "continues, rules) VALUES (?, ?, 'running', ?, ?)"));
        q.addBindValue(sqlText(run.startedBy));
        q.addBindValue(run.startedAt.toMSecsSinceEpoch());
        q.addBindValue(run.continues > 0 ? QVariant(run.continues)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(jsonText(run.rules));
        if (auto e = execPrepared(q, tr("starting a purge")); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        TrailEntry withId = entry;
        withId.object = QStringLiteral("purge:%1").arg(id);
        return appendEntry(trail, withId);
    });
    if (!done)
        return done.error();
    return id;
}

Result<PurgeBatch> SqlRetentionRepository::purgeBatch(qint64 runId, const PurgeCutoffs& c,
                                                      bool images, int maxReads, TrailWriter& trail,
                                                      const TrailEntry& entry)
{
    PurgeBatch batch;
    const QString what = images ? tr("dropping expired images") : tr("purging expired reads");
    auto done = runTransaction(m_db, [&]() -> Result<void> {
        // The batch's reads, oldest first, in a temporary table of ids only.
        if (auto e = exec(m_db,
                          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS purge_batch("
                                         " id INTEGER PRIMARY KEY, plate_id INTEGER NOT NULL,"
                                         " captured_at INTEGER NOT NULL)"),
                          {}, what);
            !e)
            return e;
        if (auto e = exec(m_db, QStringLiteral("DELETE FROM temp.purge_batch"), {}, what); !e)
            return e;
        // From where the last batch ended, so that held reads and reads
        // whose images are gone are passed over once, not in every batch.
        QVariantList bound{c.sourceKind};
        QString range;
        if (images) {
            range = QStringLiteral("r.captured_at >= ? AND r.captured_at < ? AND EXISTS "
                                   "(SELECT 1 FROM images WHERE read_id = r.id)");
            bound << std::max(c.fromMs, c.readsBeforeMs) << c.imagesBeforeMs;
        } else {
            range = QStringLiteral("r.captured_at >= ? AND r.captured_at < ?");
            bound << c.fromMs << c.readsBeforeMs;
        }
        bound << maxReads;
        if (auto e = exec(m_db,
                          QStringLiteral("INSERT INTO temp.purge_batch(id, plate_id, captured_at) "
                                         "SELECT r.id, r.plate_id, r.captured_at FROM reads r "
                                         "WHERE r.source_kind = ? AND %1 AND NOT %2 "
                                         "ORDER BY r.captured_at LIMIT ?")
                              .arg(range, QLatin1String(kHeld)),
                          bound, what);
            !e)
            return e;
        QSqlQuery ids(m_db);
        ids.setForwardOnly(true);
        ids.prepare(QStringLiteral("SELECT id, captured_at FROM temp.purge_batch ORDER BY id"));
        if (auto e = execPrepared(ids, what); !e)
            return e;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        qint64 first = 0;
        qint64 last = 0;
        while (ids.next()) {
            last = ids.value(0).toLongLong();
            if (count == 0)
                first = last;
            hash.addData(QByteArray::number(last) + '\n');
            batch.lastCapturedAtMs = std::max(batch.lastCapturedAtMs, ids.value(1).toLongLong());
            ++count;
        }
        if (count == 0)
            return {};
        const QString inBatch = QStringLiteral("(SELECT id FROM temp.purge_batch)");
        if (auto e = exec(m_db,
                          QStringLiteral("INSERT INTO purged_reads(run_id, read_id, source_kind, "
                                         "captured_at, images_only) SELECT ?, id, ?, captured_at, "
                                         "? FROM temp.purge_batch ORDER BY id"),
                          {runId, c.sourceKind, images ? 1 : 0}, what);
            !e)
            return e;
        QStringList statements{
            QStringLiteral("DELETE FROM images WHERE read_id IN %1").arg(inBatch),
        };
        if (!images) {
            statements
                << QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS purge_plates("
                                  " id INTEGER PRIMARY KEY)")
                << QStringLiteral("DELETE FROM temp.purge_plates")
                << QStringLiteral("INSERT OR IGNORE INTO temp.purge_plates(id) "
                                  "SELECT plate_id FROM temp.purge_batch UNION "
                                  "SELECT plate_id FROM read_candidates WHERE read_id IN %1")
                       .arg(inBatch)
                << QStringLiteral("DELETE FROM hit_steps WHERE hit_id IN "
                                  "(SELECT id FROM hits WHERE read_id IN %1)")
                       .arg(inBatch)
                << QStringLiteral("DELETE FROM hits WHERE read_id IN %1").arg(inBatch)
                << QStringLiteral("DELETE FROM read_candidates WHERE read_id IN %1").arg(inBatch)
                << QStringLiteral("DELETE FROM reads WHERE id IN %1").arg(inBatch)
                << QStringLiteral("DELETE FROM plates WHERE id IN (SELECT id FROM "
                                  "temp.purge_plates) AND NOT EXISTS (SELECT 1 FROM reads "
                                  "WHERE plate_id = plates.id) AND NOT EXISTS (SELECT 1 FROM "
                                  "read_candidates WHERE plate_id = plates.id)")
                << QStringLiteral("DELETE FROM temp.purge_plates")
                // Ids above the newest read left may be handed out again
                // (reads.id is not AUTOINCREMENT): the plate indexes of
                // running workstations rebuild when this moves on.
                << QStringLiteral(
                       "INSERT OR REPLACE INTO settings(key, value) SELECT "
                       "'retention.index_epoch', CAST(COALESCE((SELECT value FROM settings "
                       "WHERE key = 'retention.index_epoch'), '0') AS INTEGER) + 1 "
                       "WHERE (SELECT max(id) FROM temp.purge_batch) > "
                       "COALESCE((SELECT max(id) FROM reads), 0)");
        }
        statements << QStringLiteral("DELETE FROM temp.purge_batch");
        for (const QString& sql : statements)
            if (auto e = exec(m_db, sql, {}, what); !e)
                return e;
        if (images)
            batch.images = count;
        else
            batch.reads = count;
        TrailEntry logged = entry;
        logged.object = QStringLiteral("purge:%1").arg(runId);
        logged.details.insert(QStringLiteral("source_kind"), c.sourceKind);
        logged.details.insert(QStringLiteral("what"),
                              images ? QStringLiteral("images") : QStringLiteral("reads"));
        logged.details.insert(QStringLiteral("count"), count);
        logged.details.insert(QStringLiteral("first_read"), first);
        logged.details.insert(QStringLiteral("last_read"), last);
        logged.details.insert(QStringLiteral("ids_sha256"),
                              QString::fromLatin1(hash.result().toHex()));
        return appendEntry(trail, logged);
    });
    if (!done)
        return done.error();
    return batch;
}

Result<void>
SqlRetentionRepository::forEachPurged(const QList<qint64>& runIds,
                                      const std::function<void(const PurgedRead&)>& fn) const
{
    if (runIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT read_id, source_kind, captured_at, images_only "
                             "FROM purged_reads WHERE run_id IN (%1) ORDER BY read_id, seq")
                  .arg(idList(runIds)));
    if (auto e = execPrepared(q, tr("reading a purge's reads")); !e)
        return e;
    while (q.next()) {
        PurgedRead p;
        p.readId = q.value(0).toLongLong();
        p.sourceKind = q.value(1).toString();
        p.capturedAtMs = q.value(2).toLongLong();
        p.imagesOnly = q.value(3).toInt() != 0;
        fn(p);
    }
    return {};
}

Result<void> SqlRetentionRepository::finishRun(const PurgeRun& run, TrailWriter& trail,
                                               const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("UPDATE purge_runs SET status = 'finished', finished_at = ?, "
                           "summary = ?, ids_sha256 = ? WHERE id = ? AND status = 'running'"));
        q.addBindValue(run.finishedAt.toMSecsSinceEpoch());
        q.addBindValue(jsonText(run.summary));
        q.addBindValue(sqlText(run.idsSha256));
        q.addBindValue(run.id);
        if (auto e = execPrepared(q, tr("finishing a purge")); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             tr("Purge %1 was taken over by another purge.").arg(run.id));
        return appendEntry(trail, entry);
    });
}

Result<QList<PurgeRun>> SqlRetentionRepository::runs(int limit) const
{
    return selectRuns(QString(), {}, limit);
}

Result<std::optional<PurgeRun>> SqlRetentionRepository::run(qint64 id) const
{
    auto found = selectRuns(QStringLiteral("WHERE id = ?"), {id}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<PurgeRun>();
    return std::optional<PurgeRun>(found->first());
}

Result<void>
SqlRetentionRepository::purgedAfter(qint64 seq, int limit,
                                    const std::function<void(qint64 seq, qint64 readId)>& fn) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, CASE WHEN images_only THEN 0 ELSE read_id END "
                             "FROM purged_reads WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (auto e = execPrepared(q, tr("reading purged reads")); !e)
        return e;
    while (q.next())
        fn(q.value(0).toLongLong(), q.value(1).toLongLong());
    return {};
}

Result<qint64> SqlRetentionRepository::lastPurgedSeq() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM purged_reads"));
    if (auto e = execPrepared(q, tr("reading purged reads")); !e)
        return e.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace alpr
