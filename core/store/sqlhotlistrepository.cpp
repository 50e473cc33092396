// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlhotlistrepository.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>

namespace alpr {

namespace {

constexpr std::array kKinds{std::pair{HotListKind::General, "general"},
                            std::pair{HotListKind::Department, "department"}};
constexpr std::array kStatuses{
    std::pair{EntryStatus::Pending, "pending"}, std::pair{EntryStatus::Approved, "approved"},
    std::pair{EntryStatus::Removed, "removed"}, std::pair{EntryStatus::Expired, "expired"}};

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime timeOrInvalid(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString kEntryColumns =
    QStringLiteral("id, hotlist_id, plate, is_pattern, state, reason, case_number, synopsis, "
                   "note, expires_at, status, entered_by, entered_at, approved_by, approved_at, "
                   "details");

HotListEntry entryFrom(const QSqlQuery& q)
{
    HotListEntry e;
    e.id = q.value(0).toLongLong();
    e.listId = q.value(1).toLongLong();
    e.plate = q.value(2).toString();
    e.isPattern = q.value(3).toBool();
    e.state = q.value(4).toString();
    e.reason = q.value(5).toString();
    e.caseNumber = q.value(6).toString();
    e.synopsis = q.value(7).toString();
    e.note = q.value(8).toString();
    e.expiresAt = timeOrInvalid(q.value(9));
    e.status = entryStatusFromName(q.value(10).toString()).value_or(EntryStatus::Removed);
    e.enteredBy = q.value(11).toString();
    e.enteredAt = timeOrInvalid(q.value(12));
    e.approvedBy = q.value(13).toString();
    e.approvedAt = timeOrInvalid(q.value(14));
    e.details = jsonObject(q.value(15));
    return e;
}

const QString kHitColumns = QStringLiteral(
    "h.id, h.read_id, h.hotlist_id, h.entry_id, h.matched_at, h.match_kind, h.matched_plate, "
    "h.state_differs, h.stale, h.priority, h.covert, h.status, h.snapshot, p.plate, r.state, "
    "r.captured_at, c.name, h.taken_by, h.taken_at, h.incident, h.last_step_at, h.escalated_at, "
    "h.checklist, h.decided_by, h.decided_at, h.outcome, h.notified_at");
const QString kHitFrom = QStringLiteral(" FROM hits h JOIN reads r ON r.id = h.read_id"
                                        " JOIN plates p ON p.id = r.plate_id"
                                        " LEFT JOIN cameras c ON c.id = r.camera_id");

} // namespace

QString hotListKindName(HotListKind kind)
{
    for (const auto& [k, name] : kKinds)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<HotListKind> hotListKindFromName(const QString& name)
{
    for (const auto& [k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString entryStatusName(EntryStatus status)
{
    for (const auto& [s, name] : kStatuses)
        if (s == status)
            return QLatin1String(name);
    return {};
}

std::optional<EntryStatus> entryStatusFromName(const QString& name)
{
    for (const auto& [s, n] : kStatuses)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

SqlHotListRepository::SqlHotListRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<void> SqlHotListRepository::bumpGeneration()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE hotlist_state SET generation = generation + 1 WHERE id = 1"));
    return execPrepared(q, QStringLiteral("marking the hot lists changed"));
}

Result<qint64> SqlHotListRepository::generation() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT generation FROM hotlist_state WHERE id = 1"));
    if (auto r = execPrepared(q, QStringLiteral("reading the hot lists' generation")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> SqlHotListRepository::writeMembers(qint64 listId, const QStringList& members)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM hotlist_members WHERE hotlist_id = ?"));
    q.addBindValue(listId);
    if (auto r = execPrepared(q, QStringLiteral("writing a hot list's members")); !r)
        return r;
    for (const QString& member : members) {
        q.prepare(QStringLiteral("INSERT INTO hotlist_members(hotlist_id, username) VALUES (?,?)"));
        q.addBindValue(listId);
        q.addBindValue(text(member));
        if (auto r = execPrepared(q, QStringLiteral("writing a hot list's members")); !r)
            return r;
    }
    return {};
}

Result<qint64> SqlHotListRepository::createList(const HotList& list, TrailWriter& trail,
                                                const TrailEntry& entry)
{
    qint64 listId = 0;
    auto created = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO hotlists(name, source, loaded_at, kind, purpose, priority, covert, "
            "alert, enabled, extract_at, format, loaded_by, created_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(text(list.name));
        q.addBindValue(text(list.source));
        q.addBindValue(list.loadedAt.toMSecsSinceEpoch());
        q.addBindValue(hotListKindName(list.kind));
        q.addBindValue(text(list.purpose));
        q.addBindValue(list.priority);
        q.addBindValue(list.covert);
        q.addBindValue(list.alert);
        q.addBindValue(list.enabled);
        q.addBindValue(msOrNull(list.extractAt));
        q.addBindValue(text(list.format));
        q.addBindValue(text(list.loadedBy));
        q.addBindValue(text(list.createdBy));
        if (auto r = execPrepared(q, QStringLiteral("adding the hot list %1").arg(list.name)); !r)
            return r;
        listId = q.lastInsertId().toLongLong();
        if (auto r = writeMembers(listId, list.members); !r)
            return r;
        if (auto r = bumpGeneration(); !r)
            return r;
        TrailEntry recorded = entry;
        recorded.object = QStringLiteral("hotlist:%1").arg(listId);
        return appendEntry(trail, recorded);
    });
    if (!created)
        return created.error();
    return listId;
}

Result<void> SqlHotListRepository::updateList(const HotList& list, TrailWriter& trail,
                                              const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE hotlists SET purpose = ?, priority = ?, covert = ?, "
                                 "alert = ?, enabled = ? WHERE id = ?"));
        q.addBindValue(text(list.purpose));
        q.addBindValue(list.priority);
        q.addBindValue(list.covert);
        q.addBindValue(list.alert);
        q.addBindValue(list.enabled);
        q.addBindValue(list.id);
        if (auto r = execPrepared(q, QStringLiteral("changing the hot list %1").arg(list.name)); !r)
            return r;
        if (auto r = writeMembers(list.id, list.members); !r)
            return r;
        if (auto r = bumpGeneration(); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<QList<HotList>> SqlHotListRepository::selectLists(const QString& where,
                                                         const QVariant& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.id, l.name, l.kind, l.purpose, l.priority, l.covert, "
                             "l.alert, l.enabled, l.source, l.format, l.extract_at, l.loaded_at, "
                             "l.loaded_by, l.created_by, (SELECT COUNT(*) FROM hotlist_entries e "
                             "WHERE e.hotlist_id = l.id) FROM hotlists l ") +
              where + QStringLiteral(" ORDER BY l.priority DESC, l.name"));
    if (bound.isValid())
        q.addBindValue(bound);
    if (auto r = execPrepared(q, QStringLiteral("reading the hot lists")); !r)
        return r.error();
    QList<HotList> out;
    while (q.next()) {
        HotList l;
        l.id = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.kind = hotListKindFromName(q.value(2).toString()).value_or(HotListKind::General);
        l.purpose = q.value(3).toString();
        l.priority = q.value(4).toInt();
        l.covert = q.value(5).toBool();
        l.alert = q.value(6).toBool();
        l.enabled = q.value(7).toBool();
        l.source = q.value(8).toString();
        l.format = q.value(9).toString();
        l.extractAt = timeOrInvalid(q.value(10));
        l.loadedAt = timeOrInvalid(q.value(11));
        l.loadedBy = q.value(12).toString();
        l.createdBy = q.value(13).toString();
        l.entryCount = q.value(14).toInt();
        out.append(l);
    }
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral(
        "SELECT username FROM hotlist_members WHERE hotlist_id = ? ORDER BY username"));
    for (HotList& l : out) {
        m.addBindValue(l.id);
        if (auto r = execPrepared(m, QStringLiteral("reading a hot list's members")); !r)
            return r.error();
        while (m.next())
            l.members.append(m.value(0).toString());
    }
    return out;
}

Result<QList<HotList>> SqlHotListRepository::lists() const
{
    return selectLists({}, {});
}

Result<std::optional<HotList>> SqlHotListRepository::list(const QString& name) const
{
    auto found = selectLists(QStringLiteral("WHERE l.name = ?"), name);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HotList>();
    return std::optional<HotList>(found->first());
}

Result<std::optional<HotList>> SqlHotListRepository::listById(qint64 id) const
{
    auto found = selectLists(QStringLiteral("WHERE l.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HotList>();
    return std::optional<HotList>(found->first());
}

Result<void> SqlHotListRepository::insertEntry(QSqlQuery& q, const HotListEntry& e, qint64* id)
{
    if (q.lastQuery().isEmpty())
        q.prepare(QStringLiteral(
            "INSERT INTO hotlist_entries(hotlist_id, plate, is_pattern, state, reason, "
            "case_number, "
            "synopsis, note, expires_at, status, entered_by, entered_at, approved_by, approved_at, "
            "details) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.listId);
    q.addBindValue(text(e.plate));
    q.addBindValue(e.isPattern);
    q.addBindValue(text(e.state));
    q.addBindValue(text(e.reason));
    q.addBindValue(text(e.caseNumber));
    q.addBindValue(text(e.synopsis));
    q.addBindValue(text(e.note));
    q.addBindValue(msOrNull(e.expiresAt));
    q.addBindValue(entryStatusName(e.status));
    q.addBindValue(text(e.enteredBy));
    q.addBindValue(msOrNull(e.enteredAt));
    q.addBindValue(text(e.approvedBy));
    q.addBindValue(msOrNull(e.approvedAt));
    q.addBindValue(jsonText(e.details));
    if (auto r = execPrepared(q, QStringLiteral("adding a hot-list entry")); !r)
        return r;
    if (id)
        *id = q.lastInsertId().toLongLong();
    return {};
}

Result<void> SqlHotListRepository::replaceEntries(const HotList& loaded,
                                                  const QList<HotListEntry>& entries,
                                                  TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        // Hits keep their snapshot, so the old entries can go.
        q.prepare(QStringLiteral("DELETE FROM hotlist_entries WHERE hotlist_id = ?"));
        q.addBindValue(loaded.id);
        if (auto r = execPrepared(q, QStringLiteral("clearing the hot list %1").arg(loaded.name));
            !r)
            return r;
        QSqlQuery insert(m_db); // prepared once for the whole list
        for (const HotListEntry& e : entries)
            if (auto r = insertEntry(insert, e, nullptr); !r)
                return r;
        q.prepare(QStringLiteral("UPDATE hotlists SET source = ?, format = ?, extract_at = ?, "
                                 "loaded_at = ?, loaded_by = ? WHERE id = ?"));
        q.addBindValue(text(loaded.source));
        q.addBindValue(text(loaded.format));
        q.addBindValue(msOrNull(loaded.extractAt));
        q.addBindValue(loaded.loadedAt.toMSecsSinceEpoch());
        q.addBindValue(text(loaded.loadedBy));
        q.addBindValue(loaded.id);
        if (auto r = execPrepared(q, QStringLiteral("loading the hot list %1").arg(loaded.name));
            !r)
            return r;
        if (auto r = bumpGeneration(); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<qint64> SqlHotListRepository::addEntry(const HotListEntry& hotListEntry, TrailWriter& trail,
                                              const TrailEntry& entry)
{
    qint64 id = 0;
    auto added = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery insert(m_db);
        if (auto r = insertEntry(insert, hotListEntry, &id); !r)
            return r;
        if (auto r = bumpGeneration(); !r)
            return r;
        TrailEntry recorded = entry;
        recorded.object = QStringLiteral("hotlist-entry:%1").arg(id);
        return appendEntry(trail, recorded);
    });
    if (!added)
        return added.error();
    return id;
}

Result<QList<HotListEntry>> SqlHotListRepository::selectEntries(const QString& where,
                                                                const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM hotlist_entries ") +
              where);
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading hot-list entries")); !r)
        return r.error();
    QList<HotListEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<std::optional<HotListEntry>> SqlHotListRepository::entry(qint64 id) const
{
    auto found = selectEntries(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HotListEntry>();
    return std::optional<HotListEntry>(found->first());
}

Result<QList<HotListEntry>> SqlHotListRepository::entriesById(const std::vector<qint64>& ids) const
{
    // In chunks, each one statement with as many placeholders.
    constexpr size_t kChunk = 400;
    QList<HotListEntry> out;
    for (size_t at = 0; at < ids.size(); at += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - at);
        QStringList marks(qsizetype(n), QStringLiteral("?"));
        QVariantList bound;
        for (size_t i = 0; i < n; ++i)
            bound.append(ids[at + i]);
        auto found = selectEntries(
            QStringLiteral("WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), bound);
        if (!found)
            return found.error();
        out += found.value();
    }
    return out;
}

Result<QList<HotListEntry>>
SqlHotListRepository::entries(qint64 listId, std::optional<EntryStatus> status, int limit) const
{
    if (status)
        return selectEntries(
            QStringLiteral("WHERE hotlist_id = ? AND status = ? ORDER BY id DESC LIMIT ?"),
            {listId, entryStatusName(*status), limit});
    return selectEntries(QStringLiteral("WHERE hotlist_id = ? ORDER BY id DESC LIMIT ?"),
                         {listId, limit});
}

Result<qint64> SqlHotListRepository::countEntries(qint64 listId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM hotlist_entries WHERE hotlist_id = ?"));
    q.addBindValue(listId);
    if (auto r = execPrepared(q, QStringLiteral("counting hot-list entries")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> SqlHotListRepository::setEntryStatus(qint64 entryId, EntryStatus status,
                                                  const QString& by, const QDateTime& at,
                                                  TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        if (status == EntryStatus::Approved) {
            q.prepare(QStringLiteral("UPDATE hotlist_entries SET status = ?, approved_by = ?, "
                                     "approved_at = ? WHERE id = ?"));
            q.addBindValue(entryStatusName(status));
            q.addBindValue(text(by));
            q.addBindValue(at.toMSecsSinceEpoch());
        } else {
            q.prepare(QStringLiteral("UPDATE hotlist_entries SET status = ? WHERE id = ?"));
            q.addBindValue(entryStatusName(status));
        }
        q.addBindValue(entryId);
        if (auto r = execPrepared(q, QStringLiteral("changing a hot-list entry")); !r)
            return r;
        if (auto r = bumpGeneration(); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<QList<HotListEntry>> SqlHotListRepository::dueToExpire(const QDateTime& now) const
{
    // No ORDER BY: ordering by id would walk every entry instead of the
    // expiry index, and this runs before every import.
    return selectEntries(QStringLiteral("WHERE status = 'approved' AND expires_at IS NOT NULL "
                                        "AND expires_at <= ?"),
                         {now.toMSecsSinceEpoch()});
}

Result<qint64> SqlHotListRepository::proposeChange(const EntryChange& change, TrailWriter& trail,
                                                   const TrailEntry& entry)
{
    qint64 id = 0;
    auto proposed = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO hotlist_entry_changes(entry_id, proposed, "
                                 "proposed_by, proposed_at) VALUES (?,?,?,?)"));
        q.addBindValue(change.entryId);
        q.addBindValue(jsonText(change.proposed));
        q.addBindValue(text(change.proposedBy));
        q.addBindValue(change.proposedAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(q, QStringLiteral("proposing a change to a hot-list entry")); !r)
            return r;
        id = q.lastInsertId().toLongLong();
        TrailEntry recorded = entry;
        recorded.details.insert(QStringLiteral("change"), id);
        return appendEntry(trail, recorded);
    });
    if (!proposed)
        return proposed.error();
    return id;
}

Result<QList<EntryChange>> SqlHotListRepository::selectChanges(const QString& where,
                                                               const QVariant& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, entry_id, proposed, proposed_by, proposed_at, status, "
                             "decided_by, decided_at FROM hotlist_entry_changes ") +
              where);
    q.addBindValue(bound);
    if (auto r = execPrepared(q, QStringLiteral("reading changes to hot-list entries")); !r)
        return r.error();
    QList<EntryChange> out;
    while (q.next()) {
        EntryChange c;
        c.id = q.value(0).toLongLong();
        c.entryId = q.value(1).toLongLong();
        c.proposed = jsonObject(q.value(2));
        c.proposedBy = q.value(3).toString();
        c.proposedAt = timeOrInvalid(q.value(4));
        c.status = q.value(5).toString();
        c.decidedBy = q.value(6).toString();
        c.decidedAt = timeOrInvalid(q.value(7));
        out.append(c);
    }
    return out;
}

Result<std::optional<EntryChange>> SqlHotListRepository::change(qint64 id) const
{
    auto found = selectChanges(QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<EntryChange>();
    return std::optional<EntryChange>(found->first());
}

Result<QList<EntryChange>> SqlHotListRepository::changes(qint64 entryId) const
{
    return selectChanges(QStringLiteral("WHERE entry_id = ? ORDER BY id"), entryId);
}

Result<void> SqlHotListRepository::decideChange(const EntryChange& decided,
                                                const HotListEntry& changed, TrailWriter& trail,
                                                const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE hotlist_entry_changes SET status = ?, decided_by = ?, "
                                 "decided_at = ? WHERE id = ? AND status = 'pending'"));
        q.addBindValue(text(decided.status));
        q.addBindValue(text(decided.decidedBy));
        q.addBindValue(decided.decidedAt.toMSecsSinceEpoch());
        q.addBindValue(decided.id);
        if (auto r = execPrepared(q, QStringLiteral("deciding a change to a hot-list entry")); !r)
            return r;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("change %1 was decided already").arg(decided.id));
        if (decided.status == QLatin1String("approved")) {
            q.prepare(QStringLiteral(
                "UPDATE hotlist_entries SET state = ?, reason = ?, synopsis = ?, note = ?, "
                "expires_at = ?, status = ?, details = ? WHERE id = ?"));
            q.addBindValue(text(changed.state));
            q.addBindValue(text(changed.reason));
            q.addBindValue(text(changed.synopsis));
            q.addBindValue(text(changed.note));
            q.addBindValue(msOrNull(changed.expiresAt));
            q.addBindValue(entryStatusName(changed.status));
            q.addBindValue(jsonText(changed.details));
            q.addBindValue(changed.id);
            if (auto r = execPrepared(q, QStringLiteral("changing a hot-list entry")); !r)
                return r;
            if (auto r = bumpGeneration(); !r)
                return r;
        }
        return appendEntry(trail, entry);
    });
}

Result<void> SqlHotListRepository::linkLookback(qint64 entryId, qint64 searchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO hotlist_lookbacks(entry_id, search_id) VALUES (?,?)"));
    q.addBindValue(entryId);
    q.addBindValue(searchId);
    return execPrepared(q, QStringLiteral("linking a look-back search to its entry"));
}

Result<std::vector<ActiveEntry>> SqlHotListRepository::activeEntries(const QDateTime& now) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT e.id, e.hotlist_id, e.plate, e.is_pattern, e.state, e.expires_at"
                       " FROM hotlist_entries e JOIN hotlists l ON l.id = e.hotlist_id"
                       " WHERE l.enabled = 1 AND e.status = 'approved'"
                       " AND (e.expires_at IS NULL OR e.expires_at > ?)"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (auto r = execPrepared(q, QStringLiteral("reading the active hot-list entries")); !r)
        return r.error();
    std::vector<ActiveEntry> out;
    while (q.next()) {
        ActiveEntry a;
        a.entryId = q.value(0).toLongLong();
        a.listId = q.value(1).toLongLong();
        a.plate = q.value(2).toString();
        a.isPattern = q.value(3).toBool();
        a.state = q.value(4).toString();
        a.expiresAtMs = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        out.push_back(std::move(a));
    }
    return out;
}

Result<void> SqlHotListRepository::insertHits(const std::vector<HitRecord>& hits)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO hits(read_id, hotlist_id, entry_id, matched_at, match_kind, matched_plate, "
        "state_differs, stale, priority, covert, status, snapshot) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const HitRecord& h : hits) {
        q.addBindValue(h.readId);
        q.addBindValue(h.listId);
        q.addBindValue(h.entryId);
        q.addBindValue(h.matchedAt.toMSecsSinceEpoch());
        q.addBindValue(text(h.matchKind));
        q.addBindValue(text(h.matchedPlate));
        q.addBindValue(h.stateDiffers);
        q.addBindValue(h.stale);
        q.addBindValue(h.priority);
        q.addBindValue(h.covert);
        q.addBindValue(h.status.isEmpty() ? QStringLiteral("new") : h.status);
        q.addBindValue(jsonText(h.snapshot));
        if (auto r = execPrepared(q, QStringLiteral("storing a hot-list hit")); !r)
            return r;
    }
    q.finish();
    return {};
}

Result<QList<HitRecord>> SqlHotListRepository::selectHits(const QString& where,
                                                          const QVariantList& bound) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kHitColumns + kHitFrom + where);
    for (const QVariant& v : bound)
        q.addBindValue(v);
    if (auto r = execPrepared(q, QStringLiteral("reading hot-list hits")); !r)
        return r.error();
    QList<HitRecord> out;
    while (q.next()) {
        HitRecord h;
        h.id = q.value(0).toLongLong();
        h.readId = q.value(1).toLongLong();
        h.listId = q.value(2).toLongLong();
        h.entryId = q.value(3).toLongLong();
        h.matchedAt = timeOrInvalid(q.value(4));
        h.matchKind = q.value(5).toString();
        h.matchedPlate = q.value(6).toString();
        h.stateDiffers = q.value(7).toBool();
        h.stale = q.value(8).toBool();
        h.priority = q.value(9).toInt();
        h.covert = q.value(10).toBool();
        h.status = q.value(11).toString();
        h.snapshot = jsonObject(q.value(12));
        h.readPlate = q.value(13).toString();
        h.readState = q.value(14).toString();
        h.capturedAt = timeOrInvalid(q.value(15));
        h.camera = q.value(16).toString();
        h.takenBy = q.value(17).toString();
        h.takenAt = timeOrInvalid(q.value(18));
        h.incident = q.value(19).toString();
        h.lastStepAt = timeOrInvalid(q.value(20));
        h.escalatedAt = timeOrInvalid(q.value(21));
        h.checklist = jsonObject(q.value(22));
        h.decidedBy = q.value(23).toString();
        h.decidedAt = timeOrInvalid(q.value(24));
        h.outcome = q.value(25).toString();
        h.notifiedAt = timeOrInvalid(q.value(26));
        out.append(h);
    }
    return out;
}

Result<QList<HitRecord>> SqlHotListRepository::hits(const HitFilter& filter) const
{
    // Covert lists' hits only for their members.
    QString where = QStringLiteral(" WHERE (h.covert = 0 OR EXISTS (SELECT 1 FROM hotlist_members m"
                                   " WHERE m.hotlist_id = h.hotlist_id AND m.username = ?))");
    QVariantList bound{filter.viewer};
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND h.status = ?");
        bound.append(filter.status);
    }
    if (filter.hitId != 0) {
        where += QStringLiteral(" AND h.id = ?");
        bound.append(filter.hitId);
    }
    if (filter.open)
        where += QStringLiteral(" AND h.status IN ('new', 'taken')");
    if (!filter.unnotifiedAuthor.isEmpty()) {
        where += QStringLiteral(" AND h.notified_at IS NULL AND EXISTS (SELECT 1 FROM"
                                " hotlist_entries e WHERE e.id = h.entry_id AND e.entered_by = ?)");
        bound.append(filter.unnotifiedAuthor);
    }
    where += QStringLiteral(" ORDER BY h.id DESC LIMIT ?");
    bound.append(filter.limit);
    return selectHits(where, bound);
}

Result<std::optional<HitRecord>> SqlHotListRepository::hit(qint64 id) const
{
    auto found = selectHits(QStringLiteral(" WHERE h.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<HitRecord>();
    return std::optional<HitRecord>(found->first());
}

namespace {

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

} // namespace

Result<void> SqlHotListRepository::updateHit(const HitRecord& changed,
                                             const QString& expectedStatus,
                                             const QString& expectedHolder, const HitStep& step,
                                             TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE hits SET status = ?, taken_by = ?, taken_at = ?, incident = ?, "
            "last_step_at = ?, escalated_at = ?, checklist = ?, decided_by = ?, decided_at = ?, "
            "outcome = ?, notified_at = ? WHERE id = ? AND status = ? AND taken_by = ?"));
        q.addBindValue(changed.status);
        q.addBindValue(text(changed.takenBy));
        q.addBindValue(timeOrNull(changed.takenAt));
        q.addBindValue(text(changed.incident));
        q.addBindValue(timeOrNull(changed.lastStepAt));
        q.addBindValue(timeOrNull(changed.escalatedAt));
        q.addBindValue(jsonText(changed.checklist));
        q.addBindValue(text(changed.decidedBy));
        q.addBindValue(timeOrNull(changed.decidedAt));
        q.addBindValue(text(changed.outcome));
        q.addBindValue(timeOrNull(changed.notifiedAt));
        q.addBindValue(changed.id);
        q.addBindValue(expectedStatus);
        q.addBindValue(text(expectedHolder));
        if (auto r = execPrepared(q, QStringLiteral("recording the work on a hit")); !r)
            return r;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate(
                                 "alpr::SqlHotListRepository",
                                 "hit %1 was changed by someone else meanwhile; look at it again")
                                 .arg(changed.id));
        if (auto r = addHitStep(step); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<void> SqlHotListRepository::addHitStep(const HitStep& step)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hit_steps(hit_id, step, username, at, incident, details)"
                             " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(step.hitId);
    q.addBindValue(text(step.step));
    q.addBindValue(text(step.username));
    q.addBindValue(step.at.toMSecsSinceEpoch());
    q.addBindValue(text(step.incident));
    q.addBindValue(jsonText(step.details));
    return execPrepared(q, QStringLiteral("recording a step of a hit's verification"));
}

Result<QList<HitStep>> SqlHotListRepository::hitSteps(qint64 hitId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, hit_id, step, username, at, incident, details"
                             " FROM hit_steps WHERE hit_id = ? ORDER BY id"));
    q.addBindValue(hitId);
    if (auto r = execPrepared(q, QStringLiteral("reading the steps of a hit")); !r)
        return r.error();
    QList<HitStep> out;
    while (q.next()) {
        HitStep s;
        s.id = q.value(0).toLongLong();
        s.hitId = q.value(1).toLongLong();
        s.step = q.value(2).toString();
        s.username = q.value(3).toString();
        s.at = timeOrInvalid(q.value(4));
        s.incident = q.value(5).toString();
        s.details = jsonObject(q.value(6));
        out.append(s);
    }
    return out;
}

} // namespace alpr
