// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlhotlistrepository.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QSqlQuery>

namespace alpr {

SqlHotListRepository::SqlHotListRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> SqlHotListRepository::addList(const HotList& list, TrailWriter& trail,
                                             const TrailEntry& entry)
{
    qint64 listId = 0;
    auto added = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO hotlists(name, source, loaded_at) VALUES (?,?,?)"));
        q.addBindValue(list.name);
        q.addBindValue(list.source);
        q.addBindValue(list.loadedAt.toMSecsSinceEpoch());
        if (auto r = execPrepared(q, QStringLiteral("adding the hot list %1").arg(list.name)); !r)
            return r;
        listId = q.lastInsertId().toLongLong();
        for (const HotListEntry& e : list.entries) {
            q.prepare(QStringLiteral("INSERT INTO hotlist_entries(hotlist_id, plate, state, "
                                     "reason, case_number, entered_by) VALUES (?,?,?,?,?,?)"));
            q.addBindValue(listId);
            q.addBindValue(e.plate);
            q.addBindValue(e.state);
            q.addBindValue(e.reason);
            q.addBindValue(e.caseNumber);
            q.addBindValue(e.enteredBy);
            if (auto r = execPrepared(q, QStringLiteral("adding a hot-list entry")); !r)
                return r;
        }
        TrailEntry recorded = entry;
        recorded.object = QStringLiteral("hotlist:%1").arg(listId);
        auto logged = trail.append(recorded);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!added)
        return added.error();
    return listId;
}

} // namespace alpr
