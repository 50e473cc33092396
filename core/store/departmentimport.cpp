// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/departmentimport.h"

#include "common/readrecord.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace alpr {

namespace {

constexpr int kBatchRows = 500;
// Images are flushed earlier when their bytes add up (hex doubles them on the way).
constexpr qint64 kBatchBytes = 16LL * 1024 * 1024;

// A time of the file store (milliseconds since the epoch, UTC) as the
// server's timestamptz, exactly (no floating point on the way).
const QString kMillis =
    QStringLiteral("(timestamptz 'epoch' + $::bigint * interval '1 millisecond')");

DepartmentArg text(const QVariant& v)
{
    return DepartmentArg::text(v.isNull() ? QStringLiteral("") : v.toString());
}

DepartmentArg nullableText(const QVariant& v)
{
    return v.isNull() ? DepartmentArg::null("text") : DepartmentArg::text(v.toString());
}

DepartmentArg integer(const QVariant& v)
{
    return DepartmentArg::integer(v.toLongLong());
}

// The file store's 0 or 1.
DepartmentArg flag(const QVariant& v)
{
    return DepartmentArg::boolean(v.toInt() != 0);
}

// A time of the file store that may be missing.
DepartmentArg millis(const QVariant& v)
{
    return v.isNull() ? DepartmentArg::null("bigint") : integer(v);
}

DepartmentArg real(const QVariant& v)
{
    if (v.isNull())
        return DepartmentArg::null("float8");
    return {QVariant(v.toDouble()), "float8"};
}

// Rows for one multi-row INSERT, sent when kBatchRows rows or kBatchBytes
// bytes have gathered. Each column is an expression with "$" where its
// parameter goes ("$::bigint").
class BatchInsert
{
public:
    BatchInsert(const DepartmentLink::OwnerStatement& server, QString head, QStringList columns,
                QString tail = {})
        : m_server(server), m_head(std::move(head)), m_columns(std::move(columns)),
          m_tail(std::move(tail))
    {
    }

    Result<void> add(std::vector<DepartmentArg> row, qint64 bytes = 0)
    {
        Q_ASSERT(row.size() == std::size_t(m_columns.size()));
        for (DepartmentArg& a : row)
            m_args.push_back(std::move(a));
        ++m_rows;
        m_bytes += bytes;
        if (m_rows >= kBatchRows || m_bytes >= kBatchBytes)
            return flush();
        return {};
    }

    Result<void> flush()
    {
        if (m_rows == 0)
            return {};
        QString sql = m_head + QStringLiteral(" VALUES ");
        int n = 0;
        for (int row = 0; row < m_rows; ++row) {
            if (row > 0)
                sql += u',';
            sql += u'(';
            for (int c = 0; c < m_columns.size(); ++c) {
                if (c > 0)
                    sql += u',';
                QString column = m_columns[c];
                sql += column.replace(u'$', QStringLiteral("$%1").arg(++n));
            }
            sql += u')';
        }
        sql += m_tail;
        auto r = m_server(sql, m_args);
        m_args.clear();
        m_rows = 0;
        m_bytes = 0;
        if (!r)
            return r.error();
        return {};
    }

private:
    const DepartmentLink::OwnerStatement& m_server;
    QString m_head;
    QStringList m_columns;
    QString m_tail;
    std::vector<DepartmentArg> m_args;
    int m_rows = 0;
    qint64 m_bytes = 0;
};

Result<QSqlQuery> fileQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& binds,
                            const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (auto r = execPrepared(q, what); !r)
        return r.error();
    return q;
}

QString countText(const QByteArray& field)
{
    return QString::fromUtf8(field);
}

} // namespace

Result<QList<QByteArrayList>> DepartmentImport::server(const QString& sql,
                                                       const std::vector<DepartmentArg>& args)
{
    return m_server(sql, args);
}

Result<void> DepartmentImport::checkServerEmpty()
{
    // Two migrations at once: the second waits here, then finds the first's.
    if (auto r = server(QStringLiteral("LOCK TABLE alpr.migrations_in IN EXCLUSIVE MODE")); !r)
        return r.error();
    auto counts = server(QStringLiteral(
        "SELECT (SELECT count(*) FROM alpr.reads), (SELECT count(*) FROM alpr.plates),"
        " (SELECT count(*) FROM alpr.cameras), (SELECT count(*) FROM alpr.searches),"
        " (SELECT count(*) FROM alpr.migrated_audit_events)"
        "   + (SELECT count(*) FROM alpr.hot_lists),"
        " (SELECT coalesce(max(from_store_id || ' on ' ||"
        "   to_char(migrated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'), '')"
        "    FROM alpr.migrations_in)"));
    if (!counts)
        return counts.error();
    const QByteArrayList row = counts->value(0);
    const QString earlier = countText(row.value(5));
    if (!earlier.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "alpr::DepartmentImport",
                             "The department store already holds a migrated file store (%1): a "
                             "file store is migrated once, into a new department store; a second "
                             "migration would duplicate it. Nothing was changed")
                             .arg(earlier));
    if (row.value(0).toLongLong() > 0 || row.value(1).toLongLong() > 0 ||
        row.value(2).toLongLong() > 0 || row.value(3).toLongLong() > 0 ||
        row.value(4).toLongLong() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "alpr::DepartmentImport",
                             "The department store already holds data (%1 reads, %2 searches): a "
                             "file store is migrated only into a new, empty department store, or "
                             "it would be duplicated. Nothing was changed")
                             .arg(countText(row.value(0)), countText(row.value(3))));
    return {};
}

Result<DepartmentImportCounts> DepartmentImport::run(const DepartmentImportSource& source)
{
    m_counts = {};
    if (auto r = checkServerEmpty(); !r)
        return r.error();
    for (auto step :
         {&DepartmentImport::copySettingsAndPurposes, &DepartmentImport::copyCamerasAndPlates,
          &DepartmentImport::copyReads, &DepartmentImport::copyImages, &DepartmentImport::copyUsers,
          &DepartmentImport::copySearches, &DepartmentImport::copyTrail,
          &DepartmentImport::copyHolds, &DepartmentImport::copyHotLists,
          &DepartmentImport::copyHits, &DepartmentImport::copyEvidence,
          &DepartmentImport::copySamples, &DepartmentImport::copyAgents,
          &DepartmentImport::moveSequencesOn})
        if (auto r = (this->*step)(); !r)
            return r.error();
    if (auto r = record(source); !r)
        return r.error();
    return m_counts;
}

Result<void> DepartmentImport::copySettingsAndPurposes()
{
    // What the department set: its case number format, misread table, hot
    // list and alert minutes, agency, retention periods, account rules (the
    // lockout comes from the file's key slots, in the source), case titles
    // and purposes. Not the file's
    // own (its id, its index epoch, its key slots): the server has its own.
    {
        auto q = fileQuery(
            m_file,
            QStringLiteral("SELECT key, value FROM settings WHERE key IN ('case_number_pattern',"
                           " 'case_number_example', 'misread_table', 'hotlist_stale_hours',"
                           " 'alert_hold_minutes', 'alert_escalate_minutes', 'agency_name',"
                           " 'agency_ori', 'agency_address', 'agency_contact', 'agency_time_zone',"
                           " 'retention.mobile', 'retention.fixed', 'retention.unknown',"
                           " 'password_min_length', 'idle_lock_minutes', 'totp_required')"
                           " ORDER BY key"),
            {}, QStringLiteral("reading the settings"));
        if (!q)
            return q.error();
        BatchInsert out(m_server, QStringLiteral("INSERT INTO alpr.settings(key, value)"),
                        {QStringLiteral("$::text"), QStringLiteral("$::text")},
                        QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
        while (q->next())
            if (auto r = out.add({text(q->value(0)), text(q->value(1))}); !r)
                return r;
        if (auto r = out.flush(); !r)
            return r;
    }
    // The cases' titles; who gave each, and when, is not in the file.
    {
        auto q = fileQuery(m_file,
                           QStringLiteral("SELECT number, title FROM cases WHERE title <> ''"
                                          " ORDER BY number"),
                           {}, QStringLiteral("reading the case titles"));
        if (!q)
            return q.error();
        BatchInsert out(m_server,
                        QStringLiteral("INSERT INTO alpr.case_titles(case_number, title, set_by,"
                                       " set_at)"),
                        {QStringLiteral("$::text"), QStringLiteral("$::text"),
                         QStringLiteral("$::text"),
                         QStringLiteral("coalesce($::timestamptz, now())")});
        while (q->next())
            if (auto r = out.add({text(q->value(0)), text(q->value(1)),
                                  DepartmentArg::text(QStringLiteral("(migrated)")),
                                  DepartmentArg::null("timestamptz")});
                !r)
                return r;
        if (auto r = out.flush(); !r)
            return r;
    }
    // The server matches case numbers with PostgreSQL's regular expressions:
    // a format only the workstation's dialect knows would refuse every search.
    if (auto r = server(QStringLiteral(
            "DO $$ BEGIN"
            " PERFORM '' ~ (SELECT value FROM alpr.settings WHERE key = 'case_number_pattern');"
            " EXCEPTION WHEN invalid_regular_expression THEN"
            "  RAISE EXCEPTION 'the file store''s case number format is not a regular expression"
            " the server can use (%); change it on the file store (alprctl settings set"
            " --case-format) and migrate again', SQLERRM USING ERRCODE = 'AL400';"
            " END $$"));
        !r)
        return r.error();
    // Every purpose, retired ones too (past searches name them), with who may give it.
    auto q =
        fileQuery(m_file,
                  QStringLiteral("SELECT code, description, policy_ref, active, roles FROM purposes"
                                 " ORDER BY code"),
                  {}, QStringLiteral("reading the purposes"));
    if (!q)
        return q.error();
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.purposes(code, description, policy_ref,"
                                   " active, roles)"),
                    {QStringLiteral("$::text"), QStringLiteral("$::text"),
                     QStringLiteral("$::text"), QStringLiteral("$::boolean"),
                     QStringLiteral("string_to_array($::text, ',')")},
                    QStringLiteral(" ON CONFLICT (code) DO UPDATE SET"
                                   " description = EXCLUDED.description,"
                                   " policy_ref = EXCLUDED.policy_ref, active = EXCLUDED.active,"
                                   " roles = EXCLUDED.roles"));
    while (q->next())
        if (auto r = out.add({text(q->value(0)), text(q->value(1)), text(q->value(2)),
                              flag(q->value(3)), text(q->value(4))});
            !r)
            return r;
    return out.flush();
}

Result<void> DepartmentImport::copyCamerasAndPlates()
{
    {
        auto q = fileQuery(
            m_file, QStringLiteral("SELECT id, code, name, source_kind FROM cameras ORDER BY id"),
            {}, QStringLiteral("reading the cameras"));
        if (!q)
            return q.error();
        BatchInsert out(m_server,
                        QStringLiteral("INSERT INTO alpr.cameras(id, code, name, source_kind)"
                                       " OVERRIDING SYSTEM VALUE"),
                        {QStringLiteral("$::bigint"), QStringLiteral("$::text"),
                         QStringLiteral("$::text"), QStringLiteral("$::text")});
        while (q->next()) {
            if (auto r = out.add({integer(q->value(0)), text(q->value(1)), text(q->value(2)),
                                  text(q->value(3))});
                !r)
                return r;
            ++m_counts.cameras;
        }
        if (auto r = out.flush(); !r)
            return r;
    }
    // A bulk copy: the plates come with their reads counted in the file, and
    // the capture time of their newest read, so the server's per-statement
    // count (reads_counted_in) is off until the reads are in (copyReads);
    // the counts of the plates' starts and ends are made from theirs. The
    // plate index takes the new plates in its pending list, merged once at
    // the end.
    if (auto r = server(QStringLiteral("ALTER INDEX alpr.plates_tags SET (fastupdate = on)")); !r)
        return r.error();
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT p.id, p.plate, (SELECT count(*) FROM reads r"
                                      " WHERE r.plate_id = p.id), (SELECT max(r.captured_at)"
                                      " FROM reads r WHERE r.plate_id = p.id)"
                                      " FROM plates p ORDER BY p.id"),
                       {}, QStringLiteral("reading the plates"));
    if (!q)
        return q.error();
    BatchInsert out(
        m_server,
        QStringLiteral("INSERT INTO alpr.plates(id, plate, reads, newest) OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::text"), QStringLiteral("$::bigint"),
         kMillis});
    while (q->next()) {
        if (auto r = out.add({integer(q->value(0)), text(q->value(1)), integer(q->value(2)),
                              millis(q->value(3))});
            !r)
            return r;
        ++m_counts.plates;
    }
    if (auto r = out.flush(); !r)
        return r;
    if (auto r = server(QStringLiteral(
            "SELECT pg_catalog.gin_clean_pending_list('alpr.plates_tags'::regclass)"));
        !r)
        return r.error();
    auto off = server(QStringLiteral("ALTER INDEX alpr.plates_tags SET (fastupdate = off)"));
    if (!off)
        return off.error();
    return {};
}

Result<void> DepartmentImport::copyReads()
{
    auto q = fileQuery(
        m_file,
        QStringLiteral("SELECT id, plate_id, state, captured_at, camera_id, latitude, longitude,"
                       " confidence, make, model, color, body, source_kind, external_id,"
                       " plate_corners, imported_at, candidates FROM reads ORDER BY id"),
        {}, QStringLiteral("reading the reads"));
    if (!q)
        return q.error();
    // The tables of the reads' capture months first (migration 15), at most
    // 24 new months a call.
    auto months = fileQuery(m_file,
                            QStringLiteral("SELECT DISTINCT strftime('%Y-%m', captured_at / 1000.0,"
                                           " 'unixepoch') FROM reads"),
                            {}, QStringLiteral("reading the reads' months"));
    if (!months)
        return months.error();
    QStringList monthList;
    while (months->next())
        monthList.append(months->value(0).toString());
    for (qsizetype i = 0; i < monthList.size(); i += 24) {
        if (auto r = server(QStringLiteral("SELECT alpr.add_read_months(ARRAY(SELECT (m || '-01"
                                           " 00:00+00')::timestamptz FROM unnest($1::text[]) m))"),
                            {DepartmentArg::textArray(monthList.mid(i, 24))});
            !r)
            return r.error();
    }
    // The plates came with their counts (copyCamerasAndPlates); the counts
    // of starts and ends are made once, after the copy.
    for (const QString& off :
         {QStringLiteral("ALTER TABLE alpr.reads DISABLE TRIGGER reads_counted_in"),
          QStringLiteral(
              "ALTER TABLE alpr.read_candidates DISABLE TRIGGER read_candidates_counted_in")}) {
        if (auto r = server(off); !r)
            return r.error();
    }
    BatchInsert reads(
        m_server,
        QStringLiteral("INSERT INTO alpr.reads(id, plate_id, state, captured_at, camera_id,"
                       " latitude, longitude, confidence, make, model, color, body, source_kind,"
                       " external_id, plate_corners, imported_at) OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"), QStringLiteral("$::text"),
         kMillis, QStringLiteral("$::bigint"), QStringLiteral("$::float8"),
         QStringLiteral("$::float8"), QStringLiteral("$::float8"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text"), QStringLiteral("$::text"), kMillis});
    // The alternative readings of a batch of reads: the file keeps which
    // plates (read_candidates) and their confidence (reads.candidates, JSON).
    QHash<qint64, QHash<QString, double>> confidence;
    qint64 first = 0;
    qint64 last = 0;
    auto flush = [&]() -> Result<void> {
        if (auto r = reads.flush(); !r)
            return r;
        if (confidence.isEmpty())
            return {};
        auto c = fileQuery(m_file,
                           QStringLiteral("SELECT rc.read_id, rc.plate_id, p.plate"
                                          " FROM read_candidates rc JOIN plates p ON p.id ="
                                          " rc.plate_id WHERE rc.read_id BETWEEN ? AND ?"
                                          " ORDER BY rc.read_id, rc.plate_id"),
                           {first, last}, QStringLiteral("reading the alternative readings"));
        if (!c)
            return c.error();
        BatchInsert out(
            m_server,
            QStringLiteral("INSERT INTO alpr.read_candidates(plate_id, read_id, confidence)"),
            {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"),
             QStringLiteral("$::float8")});
        while (c->next()) {
            const qint64 readId = c->value(0).toLongLong();
            const double level = confidence.value(readId).value(c->value(2).toString(), 0.0);
            if (auto r = out.add({integer(c->value(1)),
                                  DepartmentArg::integer(readId),
                                  {QVariant(level), "float8"}});
                !r)
                return r;
            ++m_counts.candidates;
        }
        confidence.clear();
        return out.flush();
    };
    int inBatch = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (inBatch == 0)
            first = id;
        last = id;
        const QString candidates = q->value(16).toString();
        if (!candidates.isEmpty()) {
            QHash<QString, double>& levels = confidence[id];
            for (const PlateCandidate& c : candidatesFromJson(candidates))
                levels.insert(c.plate, c.confidence);
        }
        if (auto r = reads.add({DepartmentArg::integer(id), integer(q->value(1)), text(q->value(2)),
                                integer(q->value(3)), integer(q->value(4)), real(q->value(5)),
                                real(q->value(6)), real(q->value(7)), text(q->value(8)),
                                text(q->value(9)), text(q->value(10)), text(q->value(11)),
                                text(q->value(12)), nullableText(q->value(13)), text(q->value(14)),
                                integer(q->value(15))});
            !r)
            return r;
        ++m_counts.reads;
        if (++inBatch == kBatchRows) {
            // (reads has just sent its batch of kBatchRows itself.)
            if (auto r = flush(); !r)
                return r;
            inBatch = 0;
        }
    }
    if (auto r = flush(); !r)
        return r;
    for (const QString& on :
         {QStringLiteral("ALTER TABLE alpr.reads ENABLE TRIGGER reads_counted_in"),
          QStringLiteral(
              "ALTER TABLE alpr.read_candidates ENABLE TRIGGER read_candidates_counted_in"),
          QStringLiteral("SELECT alpr.recount_plate_ends()")}) {
        if (auto r = server(on); !r)
            return r.error();
    }
    return {};
}

Result<void> DepartmentImport::copyImages()
{
    auto q = fileQuery(
        m_file, QStringLiteral("SELECT read_id, kind, jpeg FROM images ORDER BY read_id, kind"), {},
        QStringLiteral("reading the images"));
    if (!q)
        return q.error();
    BatchInsert out(
        m_server, QStringLiteral("INSERT INTO alpr.images(read_id, kind, jpeg)"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::text"), QStringLiteral("$::bytea")});
    while (q->next()) {
        const QByteArray jpeg = q->value(2).toByteArray();
        if (auto r = out.add({integer(q->value(0)), text(q->value(1)), DepartmentArg::bytes(jpeg)},
                             2 * jpeg.size());
            !r)
            return r;
        ++m_counts.images;
    }
    return out.flush();
}

Result<void> DepartmentImport::copyUsers()
{
    // Password hashes cannot move: the file store keeps key slots, not
    // hashes. Each person gets an unknown random password (bcrypt), to be
    // reset by an administrator ('alprctl user passwd NAME') and then changed.
    const QString insert = QStringLiteral(
        "INSERT INTO alpr.users(username, full_name, badge, organization, roles, active,"
        " must_change_password, totp_required, password_hash)"
        " VALUES ($1::text, $2::text, $3::text, $4::text, string_to_array($5::text, ','),"
        " $6::boolean, NOT alpr.is_service(string_to_array($5::text, ',')), $7::boolean,"
        " alpr.crypt(encode(alpr.gen_random_bytes(32), 'hex'), alpr.gen_salt('bf', 10)))"
        " ON CONFLICT (username) DO NOTHING RETURNING id");
    QHash<qint64, qint64> newIds; // file user id -> server user id
    {
        auto q = fileQuery(m_file,
                           QStringLiteral("SELECT id, username, full_name, badge, organization,"
                                          " roles, status, totp_secret IS NOT NULL FROM users"
                                          " ORDER BY id"),
                           {}, QStringLiteral("reading the accounts"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString name = q->value(1).toString();
            // A second factor the file had stays required; its secret
            // does not move (the person enrols again).
            auto added = server(
                insert, {DepartmentArg::text(name), text(q->value(2)), text(q->value(3)),
                         text(q->value(4)), text(q->value(5)),
                         DepartmentArg::boolean(q->value(6).toString() == QLatin1String("active")),
                         DepartmentArg::boolean(q->value(7).toInt() != 0)});
            if (!added)
                return added.error();
            if (added->isEmpty()) {
                ++m_counts.usersSkipped;
                m_counts.skippedUsers.append(name);
                continue;
            }
            newIds.insert(q->value(0).toLongLong(), added->first().first().toLongLong());
            ++m_counts.users;
            m_counts.migratedUsers.append(name);
        }
    }
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT user_id, course, completed_on, expires_on"
                                      " FROM training ORDER BY id"),
                       {}, QStringLiteral("reading the training records"));
    if (!q)
        return q.error();
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.training(user_id, course, completed_on,"
                                   " expires_on)"),
                    {QStringLiteral("$::bigint"), QStringLiteral("$::text"),
                     QStringLiteral("$::date"), QStringLiteral("$::date")});
    while (q->next()) {
        const qint64 user = newIds.value(q->value(0).toLongLong());
        if (user == 0) // a skipped account keeps the server's own records
            continue;
        const QVariant expires = q->value(3);
        if (auto r = out.add({DepartmentArg::integer(user), text(q->value(1)), text(q->value(2)),
                              expires.isNull() || expires.toString().isEmpty()
                                  ? DepartmentArg::null("date")
                                  : DepartmentArg::text(expires.toString())});
            !r)
            return r;
        ++m_counts.training;
    }
    return out.flush();
}

Result<void> DepartmentImport::copySearches()
{
    auto users = server(QStringLiteral("SELECT username, id FROM alpr.users"));
    if (!users)
        return users.error();
    QHash<QString, qint64> ids;
    for (const QByteArrayList& row : users.value())
        ids.insert(QString::fromUtf8(row.value(0)), row.value(1).toLongLong());
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT id, username, at, case_number, purpose, query, note,"
                                      " result_count, audit_seq FROM searches ORDER BY id"),
                       {}, QStringLiteral("reading the searches"));
    if (!q)
        return q.error();
    // audit_seq names the search's event in the OLD trail (now
    // alpr.migrated_audit_events), not in the server's own: kept as it is.
    // A search without one (from before the trail recorded them) gets 0.
    // The reads each search returned are not in the file store: an old
    // search opens no read on the server; a new search does.
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.searches(id, user_id, at, case_number,"
                                   " purpose, query, note, result_count, audit_seq, trail)"
                                   " OVERRIDING SYSTEM VALUE"),
                    {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"), kMillis,
                     QStringLiteral("$::text"), QStringLiteral("$::text"),
                     QStringLiteral("$::jsonb"), QStringLiteral("$::text"),
                     QStringLiteral("$::bigint"), QStringLiteral("$::bigint"),
                     QStringLiteral("$::text")});
    while (q->next()) {
        const qint64 user = ids.value(q->value(1).toString());
        if (user == 0) {
            ++m_counts.searchesWithoutUser;
            continue;
        }
        QString query = q->value(5).toString();
        if (query.trimmed().isEmpty())
            query = QStringLiteral("{}");
        if (auto r =
                out.add({integer(q->value(0)), DepartmentArg::integer(user), integer(q->value(2)),
                         text(q->value(3)), text(q->value(4)), DepartmentArg::text(query),
                         text(q->value(6)), integer(q->value(7)), integer(q->value(8)),
                         DepartmentArg::text(QStringLiteral("migrated"))});
            !r)
            return r;
        ++m_counts.searches;
    }
    return out.flush();
}

Result<void> DepartmentImport::copyTrail()
{
    // Verbatim: what the file stored, column for column, so that AuditLog
    // checks it on the server exactly as it did in the file.
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT seq, at, username, workstation, action, object,"
                                      " details, outcome, prev_hash, hash, signer, signature"
                                      " FROM audit ORDER BY seq"),
                       {}, QStringLiteral("reading the audit trail"));
    if (!q)
        return q.error();
    BatchInsert out(
        m_server,
        QStringLiteral("INSERT INTO alpr.migrated_audit_events(seq, at, username,"
                       " workstation, action, object, details, outcome, prev_hash,"
                       " hash, signer, signature)"),
        {QStringLiteral("$::bigint"), kMillis, QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text"), QStringLiteral("$::jsonb"),
         QStringLiteral("$::text"), QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text")});
    while (q->next()) {
        QString details = q->value(6).toString();
        if (details.trimmed().isEmpty())
            details = QStringLiteral("{}");
        if (auto r = out.add({integer(q->value(0)), integer(q->value(1)), text(q->value(2)),
                              text(q->value(3)), text(q->value(4)), text(q->value(5)),
                              DepartmentArg::text(details), text(q->value(7)), text(q->value(8)),
                              text(q->value(9)), text(q->value(10)), text(q->value(11))});
            !r)
            return r;
        ++m_counts.events;
    }
    return out.flush();
}

Result<void> DepartmentImport::copyHolds()
{
    // Every hold, released ones included (their history), keeping its id,
    // with the reads it covers: the server's purge keeps what they hold.
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT id, case_number, reason, requesting_party, review_on,"
                                      " placed_by, placed_at, released_by, released_at,"
                                      " release_note, source, incident, note"
                                      " FROM legal_holds ORDER BY id"),
                       {}, QStringLiteral("reading the legal holds"));
    if (!q)
        return q.error();
    BatchInsert holds(
        m_server,
        QStringLiteral("INSERT INTO alpr.legal_holds(id, case_number, reason, party, review_on,"
                       " placed_by, placed_at, released_by, released_at, release_note, source,"
                       " incident, note) OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("nullif($::text, '')::date"),
         QStringLiteral("$::text"), kMillis, QStringLiteral("nullif($::text, '')"),
         QStringLiteral("(timestamptz 'epoch' + $::bigint * interval '1 millisecond')"),
         QStringLiteral("nullif($::text, '')"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text")});
    while (q->next()) {
        if (auto r = holds.add(
                {integer(q->value(0)), text(q->value(1)), text(q->value(2)), text(q->value(3)),
                 text(q->value(4)), text(q->value(5)), integer(q->value(6)), text(q->value(7)),
                 q->value(8).isNull() ? DepartmentArg::null("bigint") : integer(q->value(8)),
                 text(q->value(9)), text(q->value(10)), text(q->value(11)), text(q->value(12))});
            !r)
            return r;
        if (q->value(8).isNull())
            ++m_counts.holds;
    }
    if (auto r = holds.flush(); !r)
        return r;
    auto reads = fileQuery(m_file,
                           QStringLiteral("SELECT hold_id, read_id FROM legal_hold_reads"
                                          " ORDER BY hold_id, read_id"),
                           {}, QStringLiteral("reading the legal holds' reads"));
    if (!reads)
        return reads.error();
    BatchInsert held(m_server,
                     QStringLiteral("INSERT INTO alpr.legal_hold_reads(hold_id, read_id)"),
                     {QStringLiteral("$::bigint"), QStringLiteral("$::bigint")});
    while (reads->next())
        if (auto r = held.add({integer(reads->value(0)), integer(reads->value(1))}); !r)
            return r;
    if (auto r = held.flush(); !r)
        return r;
    auto count =
        server(QStringLiteral("SELECT count(DISTINCT hr.read_id) FROM alpr.legal_hold_reads hr"
                              " JOIN alpr.legal_holds h ON h.id = hr.hold_id"
                              " WHERE h.released_at IS NULL"),
               {});
    if (!count)
        return count.error();
    m_counts.heldReads = count->value(0).first().toLongLong();
    return {};
}

Result<void> DepartmentImport::copyHotLists()
{
    // Every list with its members, every entry (removed and expired ones
    // too, which past hits point at) and every proposed change, keeping
    // their ids. The server's trigger makes each entry's matching keys.
    auto lists = fileQuery(
        m_file,
        QStringLiteral("SELECT l.id, l.name, l.kind, l.purpose, l.priority, l.covert, l.alert,"
                       " l.enabled, l.source, l.format, l.extract_at, l.loaded_at, l.loaded_by,"
                       " l.created_by, (SELECT group_concat(m.username, char(10))"
                       " FROM hotlist_members m WHERE m.hotlist_id = l.id)"
                       " FROM hotlists l ORDER BY l.id"),
        {}, QStringLiteral("reading the hot lists"));
    if (!lists)
        return lists.error();
    BatchInsert outLists(
        m_server,
        QStringLiteral("INSERT INTO alpr.hot_lists(id, name, kind, purpose, priority, covert,"
                       " alert, enabled, source, format, extract_at, loaded_at, loaded_by,"
                       " created_by, members) OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::integer"), QStringLiteral("$::boolean"),
         QStringLiteral("$::boolean"), QStringLiteral("$::boolean"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), kMillis, kMillis, QStringLiteral("$::text"),
         QStringLiteral("$::text"),
         QStringLiteral("coalesce(string_to_array(nullif($::text, ''), E'\\n'), '{}')")});
    while (lists->next()) {
        if (auto r = outLists.add(
                {integer(lists->value(0)), text(lists->value(1)), text(lists->value(2)),
                 text(lists->value(3)), integer(lists->value(4)), flag(lists->value(5)),
                 flag(lists->value(6)), flag(lists->value(7)), text(lists->value(8)),
                 text(lists->value(9)), millis(lists->value(10)), integer(lists->value(11)),
                 text(lists->value(12)), text(lists->value(13)), text(lists->value(14))});
            !r)
            return r;
        ++m_counts.hotLists;
    }
    if (auto r = outLists.flush(); !r)
        return r;

    auto entries = fileQuery(
        m_file,
        QStringLiteral("SELECT id, hotlist_id, plate, is_pattern, state, reason, case_number,"
                       " synopsis, note, expires_at, status, entered_by, entered_at, approved_by,"
                       " approved_at, details FROM hotlist_entries ORDER BY id"),
        {}, QStringLiteral("reading the hot-list entries"));
    if (!entries)
        return entries.error();
    BatchInsert outEntries(
        m_server,
        QStringLiteral("INSERT INTO alpr.hot_list_entries(id, list_id, plate, is_pattern, state,"
                       " reason, case_number, synopsis, note, expires_at, status, entered_by,"
                       " entered_at, approved_by, approved_at, details) OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"), QStringLiteral("$::text"),
         QStringLiteral("$::boolean"), QStringLiteral("$::text"), QStringLiteral("$::text"),
         QStringLiteral("$::text"), QStringLiteral("$::text"), QStringLiteral("$::text"), kMillis,
         QStringLiteral("$::text"), QStringLiteral("$::text"), kMillis, QStringLiteral("$::text"),
         kMillis, QStringLiteral("$::jsonb")});
    while (entries->next()) {
        const QSqlQuery& e = *entries;
        if (auto r = outEntries.add(
                {integer(e.value(0)), integer(e.value(1)), text(e.value(2)), flag(e.value(3)),
                 text(e.value(4)), text(e.value(5)), text(e.value(6)), text(e.value(7)),
                 text(e.value(8)), millis(e.value(9)), text(e.value(10)), text(e.value(11)),
                 millis(e.value(12)), text(e.value(13)), millis(e.value(14)), text(e.value(15))});
            !r)
            return r;
        ++m_counts.hotListEntries;
    }
    if (auto r = outEntries.flush(); !r)
        return r;

    auto changes = fileQuery(m_file,
                             QStringLiteral("SELECT id, entry_id, proposed, proposed_by,"
                                            " proposed_at, status, decided_by, decided_at"
                                            " FROM hotlist_entry_changes ORDER BY id"),
                             {}, QStringLiteral("reading the hot-list entries' changes"));
    if (!changes)
        return changes.error();
    BatchInsert outChanges(
        m_server,
        QStringLiteral("INSERT INTO alpr.hot_list_entry_changes(id, entry_id, proposed,"
                       " proposed_by, proposed_at, status, decided_by, decided_at)"
                       " OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"), QStringLiteral("$::jsonb"),
         QStringLiteral("$::text"), kMillis, QStringLiteral("$::text"), QStringLiteral("$::text"),
         kMillis});
    while (changes->next()) {
        const QSqlQuery& c = *changes;
        if (auto r = outChanges.add({integer(c.value(0)), integer(c.value(1)), text(c.value(2)),
                                     text(c.value(3)), integer(c.value(4)), text(c.value(5)),
                                     text(c.value(6)), millis(c.value(7))});
            !r)
            return r;
    }
    return outChanges.flush();
}

Result<void> DepartmentImport::copyHits()
{
    // Every hit with the dispatcher's work on it, then every step, in order.
    auto hits = fileQuery(
        m_file,
        QStringLiteral("SELECT id, read_id, hotlist_id, entry_id, matched_at, match_kind,"
                       " matched_plate, state_differs, stale, priority, covert, status, snapshot,"
                       " taken_by, taken_at, incident, last_step_at, escalated_at, checklist,"
                       " decided_by, decided_at, outcome, notified_at FROM hits ORDER BY id"),
        {}, QStringLiteral("reading the hits"));
    if (!hits)
        return hits.error();
    BatchInsert outHits(
        m_server,
        QStringLiteral("INSERT INTO alpr.hits(id, read_id, list_id, entry_id, matched_at,"
                       " match_kind, matched_plate, state_differs, stale, priority, covert,"
                       " status, snapshot, taken_by, taken_at, incident, last_step_at,"
                       " escalated_at, checklist, decided_by, decided_at, outcome, notified_at)"
                       " OVERRIDING SYSTEM VALUE"),
        {QStringLiteral("$::bigint"),
         QStringLiteral("$::bigint"),
         QStringLiteral("$::bigint"),
         QStringLiteral("$::bigint"),
         kMillis,
         QStringLiteral("$::text"),
         QStringLiteral("$::text"),
         QStringLiteral("$::boolean"),
         QStringLiteral("$::boolean"),
         QStringLiteral("$::integer"),
         QStringLiteral("$::boolean"),
         QStringLiteral("$::text"),
         QStringLiteral("$::jsonb"),
         QStringLiteral("$::text"),
         kMillis,
         QStringLiteral("$::text"),
         kMillis,
         kMillis,
         QStringLiteral("$::jsonb"),
         QStringLiteral("$::text"),
         kMillis,
         QStringLiteral("$::text"),
         kMillis});
    while (hits->next()) {
        const QSqlQuery& h = *hits;
        if (auto r = outHits.add(
                {integer(h.value(0)), integer(h.value(1)), integer(h.value(2)), integer(h.value(3)),
                 integer(h.value(4)), text(h.value(5)),    text(h.value(6)),    flag(h.value(7)),
                 flag(h.value(8)),    integer(h.value(9)), flag(h.value(10)),   text(h.value(11)),
                 text(h.value(12)),   text(h.value(13)),   millis(h.value(14)), text(h.value(15)),
                 millis(h.value(16)), millis(h.value(17)), text(h.value(18)),   text(h.value(19)),
                 millis(h.value(20)), text(h.value(21)),   millis(h.value(22))});
            !r)
            return r;
        ++m_counts.hits;
    }
    if (auto r = outHits.flush(); !r)
        return r;
    auto steps = fileQuery(m_file,
                           QStringLiteral("SELECT id, hit_id, step, username, at, incident,"
                                          " details FROM hit_steps ORDER BY id"),
                           {}, QStringLiteral("reading the hits' steps"));
    if (!steps)
        return steps.error();
    BatchInsert outSteps(m_server,
                         QStringLiteral("INSERT INTO alpr.hit_steps(id, hit_id, step, username, at,"
                                        " incident, details) OVERRIDING SYSTEM VALUE"),
                         {QStringLiteral("$::bigint"), QStringLiteral("$::bigint"),
                          QStringLiteral("$::text"), QStringLiteral("$::text"), kMillis,
                          QStringLiteral("$::text"), QStringLiteral("$::jsonb")});
    while (steps->next()) {
        const QSqlQuery& st = *steps;
        if (auto r = outSteps.add({integer(st.value(0)), integer(st.value(1)), text(st.value(2)),
                                   text(st.value(3)), integer(st.value(4)), text(st.value(5)),
                                   text(st.value(6))});
            !r)
            return r;
    }
    return outSteps.flush();
}

Result<void> DepartmentImport::copyEvidence()
{
    // The keys' public halves only: their private halves are sealed to the
    // file's records staff and stay there. Each keeps its certificate by the
    // file's root key (named in the file's trail, now the migrated trail),
    // retired: older packages verify, the server's own key signs new ones.
    // They get new ids; a package names its key by the public half.
    {
        auto q = fileQuery(m_file,
                           QStringLiteral("SELECT id, public_key, certificate, created_by,"
                                          " created_at, retired_at FROM evidence_keys ORDER BY id"),
                           {}, QStringLiteral("reading the evidence keys"));
        if (!q)
            return q.error();
        BatchInsert out(
            m_server,
            QStringLiteral("INSERT INTO alpr.evidence_keys(public_key, certificate, created_by,"
                           " created_at, retired_at, root_public)"),
            {QStringLiteral("$::bytea"), QStringLiteral("$::bytea"), QStringLiteral("$::text"),
             kMillis,
             QStringLiteral("coalesce(timestamptz 'epoch' + $::bigint * interval '1 millisecond',"
                            " now())"),
             // The file's root key, from its trail (the parameter, the key's
             // id in the file, is there only to keep one per column).
             QStringLiteral("(SELECT decode(details->>'root_public', 'base64')"
                            " FROM alpr.migrated_audit_events WHERE action = 'signing-started'"
                            " AND $::bigint IS NOT NULL ORDER BY seq DESC LIMIT 1)")});
        while (q->next())
            if (auto r =
                    out.add({DepartmentArg::bytes(q->value(1).toByteArray()),
                             DepartmentArg::bytes(q->value(2).toByteArray()), text(q->value(3)),
                             integer(q->value(4)), millis(q->value(5)), integer(q->value(0))});
                !r)
                return r;
        if (auto r = out.flush(); !r)
            return r;
    }
    {
        auto q = fileQuery(
            m_file,
            QStringLiteral("SELECT id, agency, agency_type, requester, purpose, description,"
                           " case_number, logged_by, logged_at, status, reason, decided_by,"
                           " decided_at, decision_note FROM release_requests ORDER BY id"),
            {}, QStringLiteral("reading the release requests"));
        if (!q)
            return q.error();
        const QString t = QStringLiteral("$::text");
        BatchInsert out(
            m_server,
            QStringLiteral("INSERT INTO alpr.release_requests(id, agency, agency_type, requester,"
                           " purpose, description, case_number, logged_by, logged_at, status,"
                           " reason, decided_by, decided_at, decision_note)"
                           " OVERRIDING SYSTEM VALUE"),
            {QStringLiteral("$::bigint"), t, t, t, t, t, t, t, kMillis, t, t, t,
             QStringLiteral("timestamptz 'epoch' + $::bigint * interval '1 millisecond'"), t});
        while (q->next()) {
            std::vector<DepartmentArg> row;
            for (int c = 0; c < 14; ++c)
                row.push_back(c == 0 || c == 8 ? integer(q->value(c))
                              : c == 12        ? millis(q->value(c))
                                               : text(q->value(c)));
            if (auto r = out.add(std::move(row)); !r)
                return r;
            ++m_counts.releaseRequests;
        }
        if (auto r = out.flush(); !r)
            return r;
    }
    {
        // Each package with its reads (those the purge removed since are
        // still named: the package on the medium holds them).
        auto q = fileQuery(
            m_file,
            QStringLiteral("SELECT p.id, p.case_number, p.purpose, p.exported_by, p.started_at,"
                           " p.finished_at, p.status, p.source, p.folder,"
                           " (SELECT k.public_key FROM evidence_keys k WHERE k.id = p.key_id),"
                           " p.payload_bytes, p.payload_files, p.tagmanifest_sha256, p.failure,"
                           " coalesce(p.release_id, 0),"
                           " (SELECT group_concat(r.read_id) FROM evidence_package_reads r"
                           "   WHERE r.package_id = p.id)"
                           " FROM evidence_packages p ORDER BY p.started_at, p.id"),
            {}, QStringLiteral("reading the evidence packages"));
        if (!q)
            return q.error();
        const QString t = QStringLiteral("$::text");
        BatchInsert out(
            m_server,
            QStringLiteral("INSERT INTO alpr.evidence_packages(id, case_number, purpose,"
                           " exported_by, started_at, finished_at, status, source, folder, key_id,"
                           " payload_bytes, payload_files, tag_manifest_sha256, signed_sha256,"
                           " failure, release_id, read_ids, session_id)"),
            {t, t, t, t, kMillis,
             QStringLiteral("timestamptz 'epoch' + $::bigint * interval '1 millisecond'"),
             // An export the file never finished did not end well: it failed.
             QStringLiteral("CASE WHEN $::text = 'exported' THEN 'exported' ELSE 'failed' END"), t,
             t,
             QStringLiteral("(SELECT id FROM alpr.evidence_keys WHERE public_key = $::bytea"
                            " ORDER BY id LIMIT 1)"),
             QStringLiteral("$::bigint"), QStringLiteral("$::integer"), t,
             QStringLiteral("nullif($::text, '')"), t, QStringLiteral("$::bigint"),
             QStringLiteral("coalesce(string_to_array(nullif($::text, ''), ',')::bigint[], '{}')"),
             QStringLiteral("$::bigint")});
        while (q->next()) {
            if (auto r = out.add({text(q->value(0)), text(q->value(1)), text(q->value(2)),
                                  text(q->value(3)), integer(q->value(4)), millis(q->value(5)),
                                  text(q->value(6)), text(q->value(7)), text(q->value(8)),
                                  DepartmentArg::bytes(q->value(9).toByteArray()),
                                  integer(q->value(10)), integer(q->value(11)), text(q->value(12)),
                                  text(q->value(12)), text(q->value(13)), integer(q->value(14)),
                                  text(q->value(15)), DepartmentArg::integer(0)});
                !r)
                return r;
            ++m_counts.evidencePackages;
        }
        if (auto r = out.flush(); !r)
            return r;
    }
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT id, package_id, at, recorded_by, event, to_whom,"
                                      " item, note FROM evidence_custody ORDER BY id"),
                       {}, QStringLiteral("reading the chain of custody"));
    if (!q)
        return q.error();
    const QString t = QStringLiteral("$::text");
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.evidence_custody(id, package_id, at,"
                                   " recorded_by, event, to_whom, item, note)"
                                   " OVERRIDING SYSTEM VALUE"),
                    {QStringLiteral("$::bigint"), t, kMillis, t, t, t, t, t});
    while (q->next())
        if (auto r = out.add({integer(q->value(0)), text(q->value(1)), integer(q->value(2)),
                              text(q->value(3)), text(q->value(4)), text(q->value(5)),
                              text(q->value(6)), text(q->value(7))});
            !r)
            return r;
    return out.flush();
}

Result<void> DepartmentImport::copyAgents()
{
    // The cameras' agents with the hashes of their tokens: the cameras keep
    // delivering, to a receiver that now writes to the server.
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT name, token_sha256, cameras, created_by, created_at,"
                                      " revoked_by, revoked_at FROM agents ORDER BY id"),
                       {}, QStringLiteral("reading the agents"));
    if (!q)
        return q.error();
    const QString t = QStringLiteral("$::text");
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.agents(name, token_sha256, cameras,"
                                   " created_by, created_at, revoked_by, revoked_at)"),
                    {t, t,
                     QStringLiteral("coalesce(string_to_array(nullif($::text, ''), ' '), '{}')"), t,
                     kMillis, QStringLiteral("nullif($::text, '')"),
                     QStringLiteral("timestamptz 'epoch' + $::bigint * interval '1 millisecond'")});
    while (q->next()) {
        if (auto r =
                out.add({text(q->value(0)), text(q->value(1)), text(q->value(2)), text(q->value(3)),
                         integer(q->value(4)), text(q->value(5)), millis(q->value(6))});
            !r)
            return r;
        ++m_counts.agents;
    }
    return out.flush();
}

Result<void> DepartmentImport::copySamples()
{
    // The policy audit's samples, drawn from the file's trail (now the
    // migrated trail) with their worksheets: an audit under way goes on.
    const QString t = QStringLiteral("$::text");
    const QString flag = QStringLiteral("CASE $::bigint WHEN 1 THEN true WHEN 0 THEN false END");
    {
        auto q = fileQuery(m_file,
                           QStringLiteral("SELECT id, kind, period, period_start, period_end, seed,"
                                          " requested_size, population, through_seq, drawn_by,"
                                          " drawn_at, audit_seq FROM audit_samples ORDER BY id"),
                           {}, QStringLiteral("reading the audit samples"));
        if (!q)
            return q.error();
        BatchInsert out(m_server,
                        QStringLiteral("INSERT INTO alpr.audit_samples(id, kind, period,"
                                       " period_start, period_end, seed, requested_size,"
                                       " population, through_seq, drawn_by, drawn_at, audit_seq,"
                                       " trail) OVERRIDING SYSTEM VALUE"),
                        {QStringLiteral("$::bigint"), t, t, kMillis, kMillis,
                         QStringLiteral("$::numeric"), QStringLiteral("$::integer"),
                         QStringLiteral("$::bigint"), QStringLiteral("$::bigint"), t, kMillis,
                         QStringLiteral("$::bigint"), t});
        while (q->next()) {
            if (auto r = out.add(
                    {integer(q->value(0)), text(q->value(1)), text(q->value(2)),
                     integer(q->value(3)), integer(q->value(4)), text(q->value(5)),
                     integer(q->value(6)), integer(q->value(7)), integer(q->value(8)),
                     text(q->value(9)), integer(q->value(10)),
                     q->value(11).isNull() ? DepartmentArg::null("bigint") : integer(q->value(11)),
                     DepartmentArg::text(QStringLiteral("migrated"))});
                !r)
                return r;
            ++m_counts.samples;
        }
        if (auto r = out.flush(); !r)
            return r;
    }
    auto q = fileQuery(m_file,
                       QStringLiteral("SELECT sample_id, item, event_seq, case_real,"
                                      " purpose_authorized, query_consistent, finding, note,"
                                      " reviewed_by, reviewed_at FROM audit_sample_items"
                                      " ORDER BY sample_id, item"),
                       {}, QStringLiteral("reading the audit samples"));
    if (!q)
        return q.error();
    BatchInsert out(m_server,
                    QStringLiteral("INSERT INTO alpr.audit_sample_items(sample_id, item, event_seq,"
                                   " case_real, purpose_authorized, query_consistent, finding,"
                                   " note, reviewed_by, reviewed_at)"),
                    {QStringLiteral("$::bigint"), QStringLiteral("$::integer"),
                     QStringLiteral("$::bigint"), flag, flag, flag, t, t, t,
                     QStringLiteral("timestamptz 'epoch' + $::bigint * interval '1 millisecond'")});
    const auto tri = [](const QVariant& v) {
        return v.isNull() ? DepartmentArg::null("bigint") : integer(v);
    };
    while (q->next())
        if (auto r = out.add({integer(q->value(0)), integer(q->value(1)), integer(q->value(2)),
                              tri(q->value(3)), tri(q->value(4)), tri(q->value(5)),
                              nullableText(q->value(6)), text(q->value(7)),
                              nullableText(q->value(8)), millis(q->value(9))});
            !r)
            return r;
    return out.flush();
}

Result<void> DepartmentImport::moveSequencesOn()
{
    // The ids were kept: new rows continue after the highest.
    for (const char* table : {"cameras", "plates", "reads", "searches", "legal_holds", "hot_lists",
                              "hot_list_entries", "hot_list_entry_changes", "hits", "hit_steps",
                              "evidence_custody", "release_requests", "audit_samples", "agents"}) {
        const QString sql =
            QStringLiteral("SELECT setval(pg_get_serial_sequence('alpr.%1', 'id'), max(id))"
                           " FROM alpr.%1 HAVING max(id) IS NOT NULL")
                .arg(QLatin1String(table));
        if (auto r = server(sql); !r)
            return r.error();
    }
    return {};
}

Result<void> DepartmentImport::record(const DepartmentImportSource& source)
{
    if (auto r = server(QStringLiteral("INSERT INTO alpr.settings(key, value)"
                                       " VALUES ('lockout_seconds', $1::text)"
                                       " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                        {DepartmentArg::text(QString::number(source.lockoutSeconds))});
        !r)
        return r.error();
    const QJsonObject counts{{QStringLiteral("users"), m_counts.users},
                             {QStringLiteral("users_skipped"), m_counts.usersSkipped},
                             {QStringLiteral("reads"), m_counts.reads},
                             {QStringLiteral("images"), m_counts.images},
                             {QStringLiteral("searches"), m_counts.searches},
                             {QStringLiteral("events"), m_counts.events},
                             {QStringLiteral("open_holds"), m_counts.holds},
                             {QStringLiteral("held_reads"), m_counts.heldReads},
                             {QStringLiteral("hot_lists"), m_counts.hotLists},
                             {QStringLiteral("hot_list_entries"), m_counts.hotListEntries},
                             {QStringLiteral("hits"), m_counts.hits},
                             {QStringLiteral("evidence_packages"), m_counts.evidencePackages},
                             {QStringLiteral("release_requests"), m_counts.releaseRequests},
                             {QStringLiteral("audit_samples"), m_counts.samples},
                             {QStringLiteral("agents"), m_counts.agents}};
    QJsonObject details = counts;
    details.insert(QStringLiteral("from_store_id"), source.storeId);
    details.insert(QStringLiteral("old_head_seq"), source.headSeq);
    details.insert(QStringLiteral("old_head_hash"), source.headHash);
    details.insert(QStringLiteral("old_root_fingerprint"), source.rootFingerprint);
    auto seq = server(
        QStringLiteral("SELECT alpr.append_event($1::text, $2::text, 'store-migrated', 'store',"
                       " $3::jsonb, 'success')"),
        {DepartmentArg::text(source.migratedBy), DepartmentArg::text(source.workstation),
         DepartmentArg::json(details)});
    if (!seq)
        return seq.error();
    auto row = server(
        QStringLiteral("INSERT INTO alpr.migrations_in(from_store_id, old_head_seq, old_head_hash,"
                       " old_root_fingerprint, audit_seq, counts)"
                       " VALUES ($1::text, $2::bigint, $3::text, $4::text, $5::bigint, $6::jsonb)"),
        {DepartmentArg::text(source.storeId), DepartmentArg::integer(source.headSeq),
         DepartmentArg::text(source.headHash), DepartmentArg::text(source.rootFingerprint),
         DepartmentArg::integer(seq->value(0).value(0).toLongLong()), DepartmentArg::json(counts)});
    if (!row)
        return row.error();
    return {};
}

} // namespace alpr
