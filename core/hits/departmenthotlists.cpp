// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/departmenthotlists.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"

#include <QJsonDocument>

namespace alpr::departmenthotlists {

namespace {

HotList listFromJson(const QJsonObject& o)
{
    HotList l;
    l.id = o.value(QStringLiteral("id")).toInteger();
    l.name = o.value(QStringLiteral("name")).toString();
    l.kind = hotListKindFromName(o.value(QStringLiteral("kind")).toString())
                 .value_or(HotListKind::General);
    l.purpose = o.value(QStringLiteral("purpose")).toString();
    l.priority = o.value(QStringLiteral("priority")).toInt();
    l.covert = o.value(QStringLiteral("covert")).toBool();
    l.alert = o.value(QStringLiteral("alert")).toBool();
    l.enabled = o.value(QStringLiteral("enabled")).toBool();
    l.members = departmentStrings(o.value(QStringLiteral("members")));
    l.source = o.value(QStringLiteral("source")).toString();
    l.format = o.value(QStringLiteral("format")).toString();
    l.extractAt = departmentTime(o.value(QStringLiteral("extract_time")));
    l.loadedAt = departmentTime(o.value(QStringLiteral("loaded_at")));
    l.loadedBy = o.value(QStringLiteral("loaded_by")).toString();
    l.createdBy = o.value(QStringLiteral("created_by")).toString();
    l.entryCount = o.value(QStringLiteral("entries")).toInt();
    return l;
}

QJsonObject listToJson(const HotList& l)
{
    return {{QStringLiteral("name"), l.name},
            {QStringLiteral("kind"), hotListKindName(l.kind)},
            {QStringLiteral("purpose"), l.purpose},
            {QStringLiteral("priority"), l.priority},
            {QStringLiteral("covert"), l.covert},
            {QStringLiteral("alert"), l.alert},
            {QStringLiteral("enabled"), l.enabled},
            {QStringLiteral("members"), QJsonArray::fromStringList(l.members)}};
}

HotListEntry entryFromJson(const QJsonObject& o)
{
    HotListEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.listId = o.value(QStringLiteral("list_id")).toInteger();
    e.plate = o.value(QStringLiteral("plate")).toString();
    e.isPattern = o.value(QStringLiteral("pattern")).toBool();
    e.state = o.value(QStringLiteral("state")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.caseNumber = o.value(QStringLiteral("case")).toString();
    e.synopsis = o.value(QStringLiteral("synopsis")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    e.expiresAt = departmentTime(o.value(QStringLiteral("expires")));
    e.status = entryStatusFromName(o.value(QStringLiteral("status")).toString())
                   .value_or(EntryStatus::Pending);
    e.enteredBy = o.value(QStringLiteral("entered_by")).toString();
    e.enteredAt = departmentTime(o.value(QStringLiteral("entered_at")));
    e.approvedBy = o.value(QStringLiteral("approved_by")).toString();
    e.approvedAt = departmentTime(o.value(QStringLiteral("approved_at")));
    e.details = o.value(QStringLiteral("details")).toObject();
    return e;
}

EntryChange changeFromJson(const QJsonObject& o)
{
    EntryChange c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.entryId = o.value(QStringLiteral("entry")).toInteger();
    c.proposed = o.value(QStringLiteral("proposed")).toObject();
    c.proposedBy = o.value(QStringLiteral("proposed_by")).toString();
    c.proposedAt = departmentTime(o.value(QStringLiteral("proposed_at")));
    c.status = o.value(QStringLiteral("status")).toString();
    c.decidedBy = o.value(QStringLiteral("decided_by")).toString();
    c.decidedAt = departmentTime(o.value(QStringLiteral("decided_at")));
    return c;
}

HitRecord hitFromJson(const QJsonObject& o)
{
    HitRecord h;
    h.id = o.value(QStringLiteral("id")).toInteger();
    h.readId = o.value(QStringLiteral("read")).toInteger();
    h.listId = o.value(QStringLiteral("list_id")).toInteger();
    h.entryId = o.value(QStringLiteral("entry")).toInteger();
    h.matchedAt = departmentTime(o.value(QStringLiteral("matched_at")));
    h.matchKind = o.value(QStringLiteral("match")).toString();
    h.matchedPlate = o.value(QStringLiteral("matched_reading")).toString();
    h.stateDiffers = o.value(QStringLiteral("state_differs")).toBool();
    h.stale = o.value(QStringLiteral("stale")).toBool();
    h.priority = o.value(QStringLiteral("priority")).toInt();
    h.covert = o.value(QStringLiteral("covert")).toBool();
    h.status = o.value(QStringLiteral("status")).toString();
    h.snapshot = o.value(QStringLiteral("listed")).toObject();
    h.readPlate = o.value(QStringLiteral("plate_read")).toString();
    h.readState = o.value(QStringLiteral("state_read")).toString();
    h.capturedAt = departmentTime(o.value(QStringLiteral("captured_at")));
    h.camera = o.value(QStringLiteral("camera")).toString();
    h.takenBy = o.value(QStringLiteral("taken_by")).toString();
    h.takenAt = departmentTime(o.value(QStringLiteral("taken_at")));
    h.incident = o.value(QStringLiteral("incident")).toString();
    h.lastStepAt = departmentTime(o.value(QStringLiteral("last_step_at")));
    h.escalatedAt = departmentTime(o.value(QStringLiteral("escalated_at")));
    h.checklist = o.value(QStringLiteral("checklist")).toObject();
    h.decidedBy = o.value(QStringLiteral("decided_by")).toString();
    h.decidedAt = departmentTime(o.value(QStringLiteral("decided_at")));
    h.outcome = o.value(QStringLiteral("outcome")).toString();
    h.notifiedAt = departmentTime(o.value(QStringLiteral("notified_at")));
    return h;
}

QList<HitRecord> hitsFromJson(const QJsonObject& answer)
{
    QList<HitRecord> out;
    for (const QJsonValue& v : answer.value(QStringLiteral("hits")).toArray())
        out.append(hitFromJson(v.toObject()));
    return out;
}

QList<qint64> ids(const QJsonValue& v)
{
    QList<qint64> out;
    for (const QJsonValue& id : v.toArray())
        out.append(id.toInteger());
    return out;
}

} // namespace

QJsonObject entryToJson(const HotListEntry& e)
{
    QJsonObject o{{QStringLiteral("plate"), e.plate},     {QStringLiteral("pattern"), e.isPattern},
                  {QStringLiteral("state"), e.state},     {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("case"), e.caseNumber}, {QStringLiteral("synopsis"), e.synopsis},
                  {QStringLiteral("note"), e.note},       {QStringLiteral("details"), e.details}};
    // The day it expires at the end of (the file store's endOfDay).
    if (e.expiresAt.isValid())
        o.insert(QStringLiteral("expires"),
                 e.expiresAt.toUTC().addDays(-1).date().toString(Qt::ISODate));
    return o;
}

Result<Lists> lists(Session& session)
{
    auto answer = departmentOf(session).call("hotlist_lists", {});
    if (!answer)
        return answer.error();
    Lists out;
    out.staleHours = answer->value(QStringLiteral("stale_hours")).toInt(24);
    for (const QJsonValue& v : answer->value(QStringLiteral("lists")).toArray())
        out.lists.append(listFromJson(v.toObject()));
    return out;
}

Result<qint64> createList(Session& session, const HotList& list)
{
    auto answer =
        departmentOf(session).call("hotlist_create", {DepartmentArg::json(listToJson(list))});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("id")).toInteger();
}

Result<void> editList(Session& session, const HotList& list)
{
    return departmentOf(session).perform("hotlist_edit", {DepartmentArg::json(listToJson(list))});
}

Result<QList<HotListEntry>> entries(Session& session, const QString& list,
                                    std::optional<EntryStatus> status, int limit)
{
    auto answer = departmentOf(session).call(
        "hotlist_entries",
        {DepartmentArg::text(list),
         status ? DepartmentArg::text(entryStatusName(*status)) : DepartmentArg::null("text"),
         DepartmentArg::integer(limit)});
    if (!answer)
        return answer.error();
    QList<HotListEntry> out;
    for (const QJsonValue& v : answer->value(QStringLiteral("entries")).toArray())
        out.append(entryFromJson(v.toObject()));
    return out;
}

Result<int> importEntries(Session& session, const QString& list, const QJsonObject& file,
                          const QList<HotListEntry>& entries, bool allowShrink)
{
    // The array's text is written entry by entry: an extract of a million
    // entries never exists a second time as JSON objects.
    QByteArray rows = "[";
    for (const HotListEntry& e : entries) {
        if (rows.size() > 1)
            rows += ',';
        rows += QJsonDocument(entryToJson(e)).toJson(QJsonDocument::Compact);
    }
    rows += ']';
    auto answer = departmentOf(session).call(
        "hotlist_import", {DepartmentArg::text(list), DepartmentArg::json(file),
                           DepartmentArg::jsonText(rows), DepartmentArg::boolean(allowShrink)});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("before")).toInt();
}

Result<qint64> addEntry(Session& session, const QString& list, const HotListEntry& entry)
{
    QJsonObject o = entryToJson(entry);
    o.insert(QStringLiteral("list"), list);
    auto answer = departmentOf(session).call("hotlist_entry_add", {DepartmentArg::json(o)});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("id")).toInteger();
}

Result<HotListEntry> entry(Session& session, qint64 id, QList<EntryChange>* changes)
{
    auto answer = departmentOf(session).call("hotlist_entry", {DepartmentArg::integer(id)});
    if (!answer)
        return answer.error();
    if (changes) {
        changes->clear();
        for (const QJsonValue& v : answer->value(QStringLiteral("changes")).toArray())
            changes->append(changeFromJson(v.toObject()));
    }
    return entryFromJson(answer.value());
}

Result<void> approveEntry(Session& session, qint64 id)
{
    return departmentOf(session).perform("hotlist_entry_approve", {DepartmentArg::integer(id)});
}

Result<qint64> proposeChange(Session& session, qint64 entryId, const QJsonObject& proposed)
{
    auto answer = departmentOf(session).call(
        "hotlist_change_propose", {DepartmentArg::integer(entryId), DepartmentArg::json(proposed)});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("id")).toInteger();
}

Result<void> decideChange(Session& session, qint64 changeId, bool approve)
{
    return departmentOf(session).perform(
        "hotlist_change_decide",
        {DepartmentArg::integer(changeId), DepartmentArg::boolean(approve)});
}

Result<QList<HitRecord>> hits(Session& session, const QString& status, qint64 hitId, int limit)
{
    auto answer = departmentOf(session).call(
        "hits", {status.isEmpty() ? DepartmentArg::null("text") : DepartmentArg::text(status),
                 hitId > 0 ? DepartmentArg::integer(hitId) : DepartmentArg::null("bigint"),
                 DepartmentArg::integer(limit)});
    if (!answer)
        return answer.error();
    return hitsFromJson(answer.value());
}

Result<QList<HitRecord>> queue(Session& session, int limit)
{
    auto answer = departmentOf(session).call("alerts_queue", {DepartmentArg::integer(limit)});
    if (!answer)
        return answer.error();
    return hitsFromJson(answer.value());
}

Result<HitRecord> act(Session& session, qint64 hitId, const QString& act, const QJsonObject& args)
{
    auto answer = departmentOf(session).call(
        "hit_act",
        {DepartmentArg::integer(hitId), DepartmentArg::text(act), DepartmentArg::json(args)});
    if (!answer)
        return answer.error();
    return hitFromJson(answer.value());
}

Result<int> releaseMine(Session& session, const QString& reason)
{
    auto answer = departmentOf(session).call("hits_release_mine", {DepartmentArg::text(reason)});
    if (!answer)
        return answer.error();
    return answer->value(QStringLiteral("released")).toInt();
}

Result<QList<qint64>> sweep(Session& session, QList<qint64>* released)
{
    auto answer = departmentOf(session).call("alerts_sweep", {});
    if (!answer)
        return answer.error();
    if (released)
        *released = ids(answer->value(QStringLiteral("released")));
    return ids(answer->value(QStringLiteral("escalated")));
}

Result<QJsonObject> checklist(Session& session, qint64 hitId, const QString& form, HitRecord* hit,
                              QList<HitStep>* steps)
{
    auto answer = departmentOf(session).call(
        "hit_checklist", {DepartmentArg::integer(hitId),
                          form.isNull() ? DepartmentArg::null("text") : DepartmentArg::text(form)});
    if (!answer)
        return answer.error();
    *hit = hitFromJson(answer->value(QStringLiteral("hit")).toObject());
    steps->clear();
    for (const QJsonValue& v : answer->value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        steps->append({o.value(QStringLiteral("id")).toInteger(), hitId,
                       o.value(QStringLiteral("step")).toString(),
                       o.value(QStringLiteral("user")).toString(),
                       departmentTime(o.value(QStringLiteral("at"))),
                       o.value(QStringLiteral("incident")).toString(),
                       o.value(QStringLiteral("details")).toObject()});
    }
    return answer;
}

Result<QByteArray> image(Session& session, qint64 hitId, const QString& kind, QString* corners)
{
    auto answer = departmentOf(session).call(
        "hit_image", {DepartmentArg::integer(hitId), DepartmentArg::text(kind)});
    if (!answer)
        return answer.error();
    if (corners)
        *corners = answer->value(QStringLiteral("corners")).toString();
    return QByteArray::fromBase64(answer->value(QStringLiteral("jpeg")).toString().toLatin1());
}

} // namespace alpr::departmenthotlists
