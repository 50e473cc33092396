// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// Hot lists, their entries and hits on the department store: the calls of
// the server's functions (core/store/pgschema/005_hotlists.sql), which check
// the user and the rules again, record each access and change themselves,
// and match every read as it enters. HotLists and Hits use these when the
// session is on the department store; the file store's path stays theirs.

#include "common/result.h"
#include "store/hotlistrepository.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace alpr {

class Session;

namespace departmenthotlists {

struct Lists
{
    QList<HotList> lists; // those the user may see
    int staleHours = 24;
};

Result<Lists> lists(Session& session);
Result<qint64> createList(Session& session, const HotList& list);
Result<void> editList(Session& session, const HotList& list);
// A list's entries, recorded as "hotlist-viewed" by the server.
Result<QList<HotListEntry>> entries(Session& session, const QString& list,
                                    std::optional<EntryStatus> status, int limit);
// Replaces a general list's entries; file: file, format, extract_time and
// the parser's counts. Returns the entries the list had before.
Result<int> importEntries(Session& session, const QString& list, const QJsonObject& file,
                          const QList<HotListEntry>& entries, bool allowShrink);
Result<qint64> addEntry(Session& session, const QString& list, const HotListEntry& entry);
// One entry and its changes, recorded as "hotlist-entry-viewed".
Result<HotListEntry> entry(Session& session, qint64 id, QList<EntryChange>* changes);
Result<void> approveEntry(Session& session, qint64 id);
Result<qint64> proposeChange(Session& session, qint64 entryId, const QJsonObject& proposed);
Result<void> decideChange(Session& session, qint64 changeId, bool approve);
// Hits by status (empty: any), or the one hit hitId; recorded as
// "hits-listed" or "hit-viewed".
Result<QList<HitRecord>> hits(Session& session, const QString& status, qint64 hitId, int limit);

// The dispatcher's work (core/store/pgschema/006_alerts.sql), for Alerts.
// The open hits, the new ones among them recorded as "alerts-listed".
Result<QList<HitRecord>> queue(Session& session, int limit);
// One change to a hit (take, release, a checklist step, decide, dispose,
// notified) with its arguments; the hit as it now stands.
Result<HitRecord> act(Session& session, qint64 hitId, const QString& act,
                      const QJsonObject& args = {});
Result<int> releaseMine(Session& session, const QString& reason);
// Escalated hits, and (released) those whose idle holds lapsed.
Result<QList<qint64>> sweep(Session& session, QList<qint64>* released);
// What the checklist shows (hit, read, steps, images, list, stale_hours,
// misread_table), recorded as "hit-viewed", or as "hit-confirmation" for
// form; the hit and its steps parsed into out.
Result<QJsonObject> checklist(Session& session, qint64 hitId, const QString& form, HitRecord* hit,
                              QList<HitStep>* steps);
// An image of a hit's read (kind: plate, overview, vehicle, rectified),
// recorded as viewed; corners gets the plate's corners in the overview.
Result<QByteArray> image(Session& session, qint64 hitId, const QString& kind,
                         QString* corners = nullptr);

// An entry as the server takes it (an import's entries, a new entry).
QJsonObject entryToJson(const HotListEntry& e);

} // namespace departmenthotlists
} // namespace alpr
