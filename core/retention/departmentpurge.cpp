// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "retention/departmentpurge.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"

#include <QJsonArray>

namespace alpr::departmentpurge {

namespace {

PurgeRun runFromJson(const QJsonObject& o)
{
    PurgeRun r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.startedBy = o.value(QStringLiteral("started_by")).toString();
    r.startedAt = departmentTime(o.value(QStringLiteral("started_at")));
    r.finishedAt = departmentTime(o.value(QStringLiteral("finished_at")));
    r.status = o.value(QStringLiteral("status")).toString();
    r.continues = o.value(QStringLiteral("continues")).toInteger();
    r.rules = o.value(QStringLiteral("rules")).toObject();
    r.summary = o.value(QStringLiteral("summary")).toObject();
    r.idsSha256 = o.value(QStringLiteral("ids_sha256")).toString();
    return r;
}

RetentionRules rulesFromJson(const QJsonObject& rules)
{
    RetentionRules out;
    for (const QString& kind : RetentionRules::sourceKinds()) {
        const QJsonObject rule = rules.value(kind).toObject();
        out.periods.append({kind, rule.value(QStringLiteral("read_days")).toInt(),
                            rule.value(QStringLiteral("image_days")).toInt(),
                            rule.value(QStringLiteral("policy")).toString()});
    }
    return out;
}

// alpr.expired_counts(): per source kind, in RetentionRules::sourceKinds()' order.
QList<PurgeCount> countsFromJson(const QJsonObject& counts)
{
    QList<PurgeCount> out;
    for (const QString& kind : RetentionRules::sourceKinds()) {
        const QJsonObject n = counts.value(kind).toObject();
        PurgeCount count;
        count.sourceKind = kind;
        count.reads = n.value(QStringLiteral("reads")).toInteger();
        count.images = n.value(QStringLiteral("images")).toInteger();
        count.heldReads = n.value(QStringLiteral("held_reads")).toInteger();
        for (const QJsonValue& h : n.value(QStringLiteral("holds")).toArray())
            count.holdIds.append(h.toInteger());
        out.append(count);
    }
    return out;
}

} // namespace

Result<RetentionRules> rules(Session& session)
{
    auto answer = departmentOf(session).call("retention_rules", {});
    if (!answer)
        return answer.error();
    return rulesFromJson(answer->value(QStringLiteral("rules")).toObject());
}

Result<RetentionChange> preview(Session& session, const RetentionRules& rules)
{
    auto answer =
        departmentOf(session).call("retention_preview", {DepartmentArg::json(rules.toJson())});
    if (!answer)
        return answer.error();
    RetentionChange change;
    change.before = countsFromJson(answer->value(QStringLiteral("before")).toObject());
    change.after = countsFromJson(answer->value(QStringLiteral("after")).toObject());
    change.shortens = answer->value(QStringLiteral("shortens")).toBool();
    change.moreReads = answer->value(QStringLiteral("more_reads")).toInteger();
    change.moreImages = answer->value(QStringLiteral("more_images")).toInteger();
    return change;
}

Result<void> setRules(Session& session, const RetentionRules& rules, qint64 confirmedMoreReads)
{
    auto answer =
        departmentOf(session).call("retention_set", {DepartmentArg::json(rules.toJson()),
                                                     DepartmentArg::integer(confirmedMoreReads)});
    if (!answer)
        return answer.error();
    return {};
}

Result<PurgePlan> plan(Session& session)
{
    auto answer = departmentOf(session).call("purge_plan", {});
    if (!answer)
        return answer.error();
    PurgePlan p;
    p.at = departmentTime(answer->value(QStringLiteral("at")));
    p.timeZone = answer->value(QStringLiteral("time_zone")).toString();
    p.rules = rulesFromJson(answer->value(QStringLiteral("rules")).toObject());
    p.counts = countsFromJson(answer->value(QStringLiteral("counts")).toObject());
    const QJsonObject cutoffs = answer->value(QStringLiteral("cutoffs")).toObject();
    for (const QString& kind : RetentionRules::sourceKinds()) {
        const QJsonObject cut = cutoffs.value(kind).toObject();
        PurgeCutoffs c;
        c.sourceKind = kind;
        c.readsBeforeMs =
            departmentTime(cut.value(QStringLiteral("reads_before"))).toMSecsSinceEpoch();
        c.imagesBeforeMs =
            departmentTime(cut.value(QStringLiteral("images_before"))).toMSecsSinceEpoch();
        p.cutoffs.append(c);
    }
    const QJsonValue interrupted = answer->value(QStringLiteral("interrupted"));
    if (interrupted.isObject())
        p.interrupted = runFromJson(interrupted.toObject());
    return p;
}

Result<PurgeRun> run(Session& session, int batchReads,
                     const std::function<void(qint64 reads, qint64 images)>& progress)
{
    DepartmentLink& link = departmentOf(session);
    auto started = link.call("purge_start", {});
    if (!started)
        return started.error();
    const qint64 id = started->value(QStringLiteral("run")).toInteger();
    // Each batch is one transaction on the server; a purge killed between
    // them leaves its run "running", and the next purge continues it.
    const qint64 batch = batchReads > 0 ? batchReads : 2000;
    qint64 reads = 0;
    qint64 images = 0;
    for (;;) {
        auto done =
            link.call("purge_batch", {DepartmentArg::integer(id), DepartmentArg::integer(batch)});
        if (!done)
            return done.error();
        reads += done->value(QStringLiteral("reads")).toInteger();
        images += done->value(QStringLiteral("images")).toInteger();
        if (progress)
            progress(reads, images);
        if (done->value(QStringLiteral("done")).toBool())
            break;
    }
    auto finished = link.call("purge_finish", {DepartmentArg::integer(id)});
    if (!finished)
        return finished.error();
    return runFromJson(finished.value());
}

Result<QList<PurgeRun>> certificates(Session& session, qint64 id, int limit)
{
    auto answer = departmentOf(session).call(
        "purge_certificates", {id > 0 ? DepartmentArg::integer(id) : DepartmentArg::null("bigint"),
                               DepartmentArg::integer(limit > 0 ? limit : 1000)});
    if (!answer)
        return answer.error();
    QList<PurgeRun> runs;
    for (const QJsonValue& v : answer->value(QStringLiteral("runs")).toArray())
        runs.append(runFromJson(v.toObject()));
    return runs;
}

Result<void> forEachPurged(Session& session, qint64 id,
                           const std::function<void(const PurgedRead&)>& visit)
{
    constexpr qint64 kPage = 10000;
    qint64 after = 0;
    for (;;) {
        auto page = departmentOf(session).call(
            "purge_certificate_reads", {DepartmentArg::integer(id), DepartmentArg::integer(after),
                                        DepartmentArg::integer(kPage)});
        if (!page)
            return page.error();
        const QJsonArray reads = page->value(QStringLiteral("reads")).toArray();
        for (const QJsonValue& v : reads) {
            const QJsonObject o = v.toObject();
            PurgedRead p;
            p.readId = o.value(QStringLiteral("read_id")).toInteger();
            p.sourceKind = o.value(QStringLiteral("source_kind")).toString();
            p.capturedAtMs =
                departmentTime(o.value(QStringLiteral("captured_at"))).toMSecsSinceEpoch();
            p.imagesOnly = o.value(QStringLiteral("images_only")).toBool();
            after = p.readId;
            visit(p);
        }
        if (reads.size() < kPage)
            return {};
    }
}

} // namespace alpr::departmentpurge
