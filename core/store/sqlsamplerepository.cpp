// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlsamplerepository.h"
#include "store/storedamage.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace alpr {

namespace {

QVariant tri(const std::optional<bool>& b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> triFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

const QString kSampleSelect = QStringLiteral(
    "SELECT id, kind, period, period_start, period_end, seed, requested_size, population, "
    "through_seq, drawn_by, drawn_at, audit_seq FROM audit_samples");

StoredSample sampleFromRow(const QSqlQuery& q)
{
    StoredSample s;
    s.id = q.value(0).toLongLong();
    s.kind = q.value(1).toString();
    s.period = q.value(2).toString();
    s.periodStart = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    s.periodEnd = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    s.seed = q.value(5).toString().toULongLong();
    s.requestedSize = q.value(6).toInt();
    s.population = q.value(7).toLongLong();
    s.throughSeq = q.value(8).toLongLong();
    s.drawnBy = q.value(9).toString();
    s.drawnAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    s.auditSeq = q.value(11).toLongLong();
    return s;
}

} // namespace

SqlSampleRepository::SqlSampleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> SqlSampleRepository::lastAuditSeq()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit")) || !q.next())
        return statementError(
            q, QCoreApplication::translate("alpr::SqlSampleRepository", "reading the audit trail"));
    return q.value(0).toLongLong();
}

Result<std::vector<qint64>> SqlSampleRepository::population(const QStringList& actions,
                                                            const QDateTime& start,
                                                            const QDateTime& end, qint64 throughSeq)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq FROM audit WHERE action IN (%1) AND outcome = 'success' "
                             "AND at >= ? AND at < ? AND seq <= ? ORDER BY seq")
                  .arg(placeholders(int(actions.size()))));
    for (const QString& a : actions)
        q.addBindValue(a);
    q.addBindValue(start.toMSecsSinceEpoch());
    q.addBindValue(end.toMSecsSinceEpoch());
    q.addBindValue(throughSeq);
    if (auto r = execPrepared(q, QStringLiteral("reading the audit trail")); !r)
        return r.error();
    std::vector<qint64> seqs;
    while (q.next())
        seqs.push_back(q.value(0).toLongLong());
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlSampleRepository", "reading the audit trail"));
        !r)
        return r.error();
    return seqs;
}

Result<qint64> SqlSampleRepository::addSample(const StoredSample& sample)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_samples(kind, period, period_start, period_end, seed, "
                       "requested_size, population, through_seq, drawn_by, drawn_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(sample.kind);
    q.addBindValue(sample.period);
    q.addBindValue(sample.periodStart.toMSecsSinceEpoch());
    q.addBindValue(sample.periodEnd.toMSecsSinceEpoch());
    q.addBindValue(QString::number(sample.seed));
    q.addBindValue(sample.requestedSize);
    q.addBindValue(sample.population);
    q.addBindValue(sample.throughSeq);
    q.addBindValue(sample.drawnBy);
    q.addBindValue(sample.drawnAt.toMSecsSinceEpoch());
    if (auto r = execPrepared(q, QStringLiteral("recording the sample")); !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<void> SqlSampleRepository::addItems(qint64 sampleId, const std::vector<qint64>& eventSeqs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_sample_items(sample_id, item, event_seq) VALUES (?,?,?)"));
    int n = 0;
    for (qint64 seq : eventSeqs) {
        q.addBindValue(sampleId);
        q.addBindValue(++n);
        q.addBindValue(seq);
        if (auto r = execPrepared(q, QStringLiteral("recording the sample")); !r)
            return r;
    }
    return {};
}

Result<void> SqlSampleRepository::setSampleAuditSeq(qint64 sampleId, qint64 auditSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE audit_samples SET audit_seq = ? WHERE id = ?"));
    q.addBindValue(auditSeq);
    q.addBindValue(sampleId);
    return execPrepared(q, QStringLiteral("recording the sample"));
}

Result<std::optional<StoredSample>> SqlSampleRepository::sample(qint64 sampleId)
{
    QSqlQuery q(m_db);
    q.prepare(kSampleSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(sampleId);
    if (auto r = execPrepared(q, QStringLiteral("reading the sample")); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredSample>();
    return std::optional<StoredSample>(sampleFromRow(q));
}

Result<QList<StoredSampleItem>> SqlSampleRepository::items(qint64 sampleId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT item, event_seq, case_real, purpose_authorized, query_consistent, finding, "
        "note, reviewed_by, reviewed_at FROM audit_sample_items WHERE sample_id = ? "
        "ORDER BY item"));
    q.addBindValue(sampleId);
    if (auto r = execPrepared(q, QStringLiteral("reading the sample")); !r)
        return r.error();
    QList<StoredSampleItem> items;
    while (q.next()) {
        StoredSampleItem item;
        item.item = q.value(0).toInt();
        item.eventSeq = q.value(1).toLongLong();
        StoredWorksheet& w = item.worksheet;
        w.caseReal = triFrom(q.value(2));
        w.purposeAuthorized = triFrom(q.value(3));
        w.queryConsistent = triFrom(q.value(4));
        if (!q.value(5).isNull())
            w.finding = q.value(5).toString();
        w.note = q.value(6).toString();
        w.reviewedBy = q.value(7).toString();
        if (!q.value(8).isNull())
            w.reviewedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        items.append(item);
    }
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlSampleRepository", "reading the sample"));
        !r)
        return r.error();
    return items;
}

Result<QList<StoredSample>> SqlSampleRepository::samples()
{
    QSqlQuery q(m_db);
    q.prepare(kSampleSelect + QStringLiteral(" ORDER BY id DESC"));
    if (auto r = execPrepared(q, QStringLiteral("reading the samples")); !r)
        return r.error();
    QList<StoredSample> samples;
    while (q.next())
        samples.append(sampleFromRow(q));
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlSampleRepository", "reading the samples"));
        !r)
        return r.error();
    return samples;
}

Result<std::optional<qint64>> SqlSampleRepository::itemEventSeq(qint64 sampleId, int item)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT event_seq FROM audit_sample_items WHERE sample_id = ? AND item = ?"));
    q.addBindValue(sampleId);
    q.addBindValue(item);
    if (auto r = execPrepared(q, QStringLiteral("reading the sample")); !r)
        return r.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> SqlSampleRepository::setWorksheet(qint64 sampleId, int item,
                                               const StoredWorksheet& worksheet)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE audit_sample_items SET case_real = ?, purpose_authorized = ?, "
        "query_consistent = ?, finding = ?, note = ?, reviewed_by = ?, reviewed_at = ? "
        "WHERE sample_id = ? AND item = ?"));
    q.addBindValue(tri(worksheet.caseReal));
    q.addBindValue(tri(worksheet.purposeAuthorized));
    q.addBindValue(tri(worksheet.queryConsistent));
    q.addBindValue(worksheet.finding);
    q.addBindValue(sqlText(worksheet.note));
    q.addBindValue(worksheet.reviewedBy);
    q.addBindValue(worksheet.reviewedAt.toMSecsSinceEpoch());
    q.addBindValue(sampleId);
    q.addBindValue(item);
    return execPrepared(q, QStringLiteral("recording the finding"));
}

std::optional<QDateTime> SqlSampleRepository::caseFirstUse(const QString& caseNumber)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT first_at FROM cases WHERE number = ?"));
    q.addBindValue(caseNumber);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

std::optional<RecordedSearch> SqlSampleRepository::searchById(qint64 searchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT username, case_number, purpose, result_count FROM searches WHERE id = ?"));
    q.addBindValue(searchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordedSearch{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong()};
}

std::optional<RecordedSearch> SqlSampleRepository::searchByAuditSeq(qint64 auditSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT username, case_number, purpose, result_count FROM searches "
                             "WHERE audit_seq = ?"));
    q.addBindValue(auditSeq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordedSearch{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong()};
}

} // namespace alpr
