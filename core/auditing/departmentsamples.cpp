// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/departmentsamples.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"

#include <QJsonArray>

namespace alpr::departmentsamples {

namespace {

std::optional<bool> triState(const QJsonValue& v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QJsonValue triJson(const std::optional<bool>& b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

StoredSample sampleFromJson(const QJsonObject& o)
{
    StoredSample s;
    s.id = o.value(QStringLiteral("id")).toInteger();
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.period = o.value(QStringLiteral("period")).toString();
    s.periodStart = departmentTime(o.value(QStringLiteral("period_start")));
    s.periodEnd = departmentTime(o.value(QStringLiteral("period_end")));
    s.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    s.requestedSize = o.value(QStringLiteral("requested_size")).toInt();
    s.population = o.value(QStringLiteral("population")).toInteger();
    s.throughSeq = o.value(QStringLiteral("through_seq")).toInteger();
    s.drawnBy = o.value(QStringLiteral("drawn_by")).toString();
    s.drawnAt = departmentTime(o.value(QStringLiteral("drawn_at")));
    s.auditSeq = o.value(QStringLiteral("audit_seq")).toInteger();
    return s;
}

} // namespace

Result<qint64> draw(Session& session, SampleKind kind, const QString& period, int size,
                    std::optional<quint64> seed)
{
    auto r = departmentOf(session).call(
        "audit_sample_draw",
        {DepartmentArg::text(sampleKindName(kind)),
         DepartmentArg::text(period),
         {QVariant(size), "integer"},
         seed ? DepartmentArg::text(QString::number(*seed)) : DepartmentArg::null("text")});
    if (!r)
        return r.error();
    return r->value(QStringLiteral("sample")).toInteger();
}

Result<Loaded> load(Session& session, qint64 sampleId, bool withPopulation)
{
    DepartmentLink& link = departmentOf(session);
    auto opened =
        link.call("audit_open", {DepartmentArg::text(QStringLiteral("sample %1").arg(sampleId))});
    if (!opened)
        return opened.error();
    auto r =
        link.call("audit_sample",
                  {DepartmentArg::integer(opened->value(QStringLiteral("reading")).toInteger()),
                   DepartmentArg::integer(sampleId), DepartmentArg::boolean(withPopulation)});
    if (!r)
        return r.error();
    Loaded loaded;
    loaded.sample = sampleFromJson(r->value(QStringLiteral("sample")).toObject());
    for (const QJsonValue& v : r->value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        StoredSampleItem item;
        item.item = o.value(QStringLiteral("item")).toInt();
        item.eventSeq = o.value(QStringLiteral("event_seq")).toInteger();
        StoredWorksheet& w = item.worksheet;
        w.caseReal = triState(o.value(QStringLiteral("case_real")));
        w.purposeAuthorized = triState(o.value(QStringLiteral("purpose_authorized")));
        w.queryConsistent = triState(o.value(QStringLiteral("query_consistent")));
        w.finding = o.value(QStringLiteral("finding")).toString();
        w.note = o.value(QStringLiteral("note")).toString();
        w.reviewedBy = o.value(QStringLiteral("reviewed_by")).toString();
        w.reviewedAt = departmentTime(o.value(QStringLiteral("reviewed_at")));
        loaded.items.append(item);
        if (o.value(QStringLiteral("event")).isObject())
            loaded.events.insert(item.eventSeq,
                                 auditEventFromJson(o.value(QStringLiteral("event")).toObject()));
        SampleEventFacts facts;
        const QDateTime firstUse = departmentTime(o.value(QStringLiteral("case_first_use")));
        if (firstUse.isValid())
            facts.caseFirstUse = firstUse;
        const QJsonObject search = o.value(QStringLiteral("search")).toObject();
        if (!search.isEmpty())
            facts.search = RecordedSearch{search.value(QStringLiteral("user")).toString(),
                                          search.value(QStringLiteral("case")).toString(),
                                          search.value(QStringLiteral("purpose")).toString(),
                                          search.value(QStringLiteral("result_count")).toInteger()};
        loaded.facts.insert(item.item, facts);
    }
    for (const QJsonValue& v : r->value(QStringLiteral("population")).toArray())
        loaded.population.push_back(v.toInteger());
    return loaded;
}

Result<QList<StoredSample>> list(Session& session)
{
    auto r = departmentOf(session).call("audit_samples", {});
    if (!r)
        return r.error();
    QList<StoredSample> out;
    for (const QJsonValue& v : r->value(QStringLiteral("samples")).toArray())
        out.append(sampleFromJson(v.toObject()));
    return out;
}

Result<void> recordFinding(Session& session, qint64 sampleId, int item, const Worksheet& worksheet)
{
    const QJsonObject answers{
        {QStringLiteral("result"), worksheet.finding ? findingName(*worksheet.finding) : QString()},
        {QStringLiteral("note"), worksheet.note.trimmed()},
        {QStringLiteral("case_real"), triJson(worksheet.caseReal)},
        {QStringLiteral("purpose_authorized"), triJson(worksheet.purposeAuthorized)},
        {QStringLiteral("query_consistent"), triJson(worksheet.queryConsistent)}};
    return departmentOf(session).perform("audit_finding", {DepartmentArg::integer(sampleId),
                                                           {QVariant(item), "integer"},
                                                           DepartmentArg::json(answers)});
}

Result<void> recordMemo(Session& session, qint64 sampleId, const QJsonObject& details)
{
    return departmentOf(session).perform(
        "audit_memo_record", {DepartmentArg::integer(sampleId), DepartmentArg::json(details)});
}

} // namespace alpr::departmentsamples
