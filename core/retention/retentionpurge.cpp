// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "retention/retentionpurge.h"

#include "retention/departmentpurge.h"

#include "audit/auditlog.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/privatefiles.h"
#include "evidence/custody.h"
#include "store/retentionrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace alpr {

namespace {

// Batches of about this long keep any search or import from waiting much
// for the write lock (the bound is 200 ms).
constexpr qint64 kBatchTargetMs = 80;
constexpr int kFirstBatch = 1000;
constexpr int kMinBatch = 100;
constexpr int kMaxBatch = 20000;
constexpr qint64 kCheckpointEveryMs = 1000;
// A pause after each batch: a writer waiting for the lock (an import, the
// receiver) tries it every millisecond (setBusyWait) and gets it here.
constexpr unsigned long kPauseAfterBatchMs = 3;

QJsonObject cutoffsJson(const QList<PurgeCutoffs>& cutoffs)
{
    QJsonObject o;
    for (const PurgeCutoffs& c : cutoffs)
        o.insert(c.sourceKind,
                 QJsonObject{{QStringLiteral("reads_before"),
                              QDateTime::fromMSecsSinceEpoch(c.readsBeforeMs, Qt::UTC)
                                  .toString(Qt::ISODateWithMs)},
                             {QStringLiteral("images_before"),
                              QDateTime::fromMSecsSinceEpoch(c.imagesBeforeMs, Qt::UTC)
                                  .toString(Qt::ISODateWithMs)}});
    return o;
}

QTimeZone zoneOf(const QString& name)
{
    QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
}

QString localDay(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toTimeZone(zone)
        .date()
        .toString(Qt::ISODate);
}

} // namespace

QString RetentionPurge::idsSha256(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 id : ids)
        hash.addData(QByteArray::number(id) + '\n');
    return QString::fromLatin1(hash.result().toHex());
}

Result<PurgePlan> RetentionPurge::plan()
{
    if (m_session.isDepartment())
        return departmentpurge::plan(m_session);
    if (auto ok = m_session.require(Action::PurgeReads, QStringLiteral("retention")); !ok)
        return ok.error();
    PurgePlan plan;
    plan.at = m_session.clock().now();
    auto rules = retentionRules(m_session);
    if (!rules)
        return rules.error();
    plan.rules = rules.value();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    plan.timeZone = agency->timeZone;
    plan.cutoffs = plan.rules.cutoffs(plan.at, plan.timeZone);
    RetentionRepository& repo = storeOf(m_session).retention();
    auto counts = repo.countExpired(plan.cutoffs);
    if (!counts)
        return counts.error();
    plan.counts = counts.value();
    auto interrupted = repo.unfinishedRun();
    if (!interrupted)
        return interrupted.error();
    plan.interrupted = interrupted.value();
    return plan;
}

Result<PurgeRun> RetentionPurge::run()
{
    if (m_session.isDepartment())
        return departmentpurge::run(m_session, m_batchReads, m_progress);
    auto plan = this->plan();
    if (!plan)
        return plan.error();
    Store& store = storeOf(m_session);
    RetentionRepository& repo = store.retention();
    AuditLog& trail = trailOf(m_session);
    const QString user = m_session.user().username;

    PurgeRun run;
    run.startedBy = user;
    run.startedAt = plan->at;
    run.continues = plan->interrupted ? plan->interrupted->id : 0;
    run.rules = {{QStringLiteral("rules"), plan->rules.toJson()},
                 {QStringLiteral("time_zone"), plan->timeZone},
                 {QStringLiteral("cutoffs"), cutoffsJson(plan->cutoffs)}};
    QJsonObject startDetails = run.rules;
    if (run.continues)
        startDetails.insert(QStringLiteral("continues"), run.continues);
    startDetails.insert(QStringLiteral("stage"), QStringLiteral("started"));
    auto id = repo.startRun(run, trail,
                            TrailEntry{user, QStringLiteral("retention-purge"), QString(),
                                       startDetails, QStringLiteral("success")});
    if (!id)
        return id.error();
    run.id = *id;

    // The batches: reads first, then the images of the reads kept. Not
    // synced one by one, the log checkpointed about once a second (each
    // batch stays whole: see Store::beginBulkWrites).
    if (auto bulk = store.beginBulkWrites(); !bulk)
        return bulk.error();
    struct EndBulk
    {
        Store& store;
        ~EndBulk() { store.endBulkWrites(); }
    } endBulk{store};
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    qint64 reads = 0;
    qint64 images = 0;
    int batchSize = m_batchReads > 0 ? m_batchReads : kFirstBatch;
    for (const bool imagesOnly : {false, true}) {
        for (PurgeCutoffs cutoffs : plan->cutoffs) {
            if (imagesOnly && cutoffs.imagesBeforeMs <= cutoffs.readsBeforeMs)
                continue;
            for (;;) {
                QElapsedTimer timer;
                timer.start();
                auto batch = repo.purgeBatch(run.id, cutoffs, imagesOnly, batchSize, trail,
                                             TrailEntry{user,
                                                        QStringLiteral("retention-purge-batch"),
                                                        QString(),
                                                        {},
                                                        QStringLiteral("success")});
                if (!batch)
                    return batch.error();
                if (batch->reads == 0 && batch->images == 0)
                    break;
                reads += batch->reads;
                images += batch->images;
                QThread::msleep(kPauseAfterBatchMs);
                if (sinceCheckpoint.elapsed() >= kCheckpointEveryMs) {
                    store.checkpointBetweenWrites();
                    sinceCheckpoint.restart();
                }
                cutoffs.fromMs = batch->lastCapturedAtMs;
                if (m_progress)
                    m_progress(reads, images);
                if (m_batchReads <= 0) {
                    const qint64 took = std::max<qint64>(1, timer.elapsed());
                    // Toward the target, at most half again as large at a
                    // time: one batch that ran fast is no measure of the next.
                    const qint64 next =
                        std::min(batchSize * kBatchTargetMs / took, qint64(batchSize) * 3 / 2);
                    batchSize = int(std::clamp<qint64>(next, kMinBatch, kMaxBatch));
                }
            }
        }
    }

    // The certificate: over this run and the interrupted ones it continues.
    auto all = repo.runs(1000);
    if (!all)
        return all.error();
    // Every run killed since the last finished one: each one continued the
    // one before it, and none has a certificate of its own.
    qint64 lastFinished = 0;
    for (const PurgeRun& r : all.value())
        if (r.id < run.id && r.status == u"finished")
            lastFinished = std::max(lastFinished, r.id);
    QList<qint64> covered{run.id};
    for (const PurgeRun& r : all.value())
        if (run.continues && r.id > lastFinished && r.id < run.id && r.status != u"finished")
            covered.append(r.id);
    const QTimeZone zone = zoneOf(plan->timeZone);
    QMap<QPair<QString, QString>, QPair<qint64, qint64>> perDay; // (day, kind) -> reads, images
    QMap<QString, QPair<qint64, qint64>> perKind;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 earliest = 0;
    qint64 latest = 0;
    qint64 totalReads = 0;
    qint64 totalImages = 0;
    qint64 lastHashed = -1;
    auto listed = repo.forEachPurged(covered, [&](const PurgedRead& p) {
        auto& day = perDay[{localDay(p.capturedAtMs, zone), p.sourceKind}];
        auto& kind = perKind[p.sourceKind];
        if (p.imagesOnly) {
            ++day.second;
            ++kind.second;
            ++totalImages;
            return;
        }
        ++day.first;
        ++kind.first;
        ++totalReads;
        if (p.readId != lastHashed) // in ascending id order
            hash.addData(QByteArray::number(p.readId) + '\n');
        lastHashed = p.readId;
        earliest = earliest ? std::min(earliest, p.capturedAtMs) : p.capturedAtMs;
        latest = std::max(latest, p.capturedAtMs);
    });
    if (!listed)
        return listed.error();
    auto kept = repo.countExpired(plan->cutoffs);
    if (!kept)
        return kept.error();

    QJsonObject summary;
    summary.insert(QStringLiteral("reads"), totalReads);
    summary.insert(QStringLiteral("images"), totalImages);
    QJsonArray runIds;
    for (qint64 r : covered)
        runIds.append(r);
    summary.insert(QStringLiteral("runs"), runIds);
    if (run.continues)
        summary.insert(QStringLiteral("continues"), run.continues);
    if (totalReads) {
        summary.insert(
            QStringLiteral("earliest"),
            QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC).toString(Qt::ISODateWithMs));
        summary.insert(QStringLiteral("latest"),
                       QDateTime::fromMSecsSinceEpoch(latest, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    QJsonObject kinds;
    for (const QString& kind : RetentionRules::sourceKinds()) {
        const auto counts = perKind.value(kind);
        QJsonObject k{{QStringLiteral("reads"), counts.first},
                      {QStringLiteral("images"), counts.second}};
        for (const PurgeCount& c : kept.value()) {
            if (c.sourceKind != kind)
                continue;
            QJsonArray holds;
            for (qint64 h : c.holdIds)
                holds.append(h);
            k.insert(QStringLiteral("held_reads"), c.heldReads);
            k.insert(QStringLiteral("holds"), holds);
        }
        kinds.insert(kind, k);
    }
    summary.insert(QStringLiteral("kinds"), kinds);
    QJsonArray days;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        days.append(QJsonObject{{QStringLiteral("day"), it.key().first},
                                {QStringLiteral("source_kind"), it.key().second},
                                {QStringLiteral("reads"), it.value().first},
                                {QStringLiteral("images"), it.value().second}});
    summary.insert(QStringLiteral("days"), days);

    // Nothing recoverable: secure_delete zeroed the freed content as it went;
    // the write-ahead log still holds the pages as they were before the
    // purge's commits until it is emptied. A reader in another process may
    // keep it a moment: try for a few seconds, and say so when it stayed.
    bool walEmptied = false;
    for (int attempt = 0; attempt < 20 && !walEmptied; ++attempt) {
        walEmptied = static_cast<bool>(store.checkpoint());
        if (!walEmptied)
            QThread::msleep(250);
    }
    summary.insert(QStringLiteral("wal_emptied"), walEmptied);

    run.finishedAt = m_session.clock().now();
    run.summary = summary;
    run.idsSha256 = QString::fromLatin1(hash.result().toHex());
    QJsonObject details = summary;
    details.remove(QStringLiteral("days"));
    details.insert(QStringLiteral("stage"), QStringLiteral("finished"));
    details.insert(QStringLiteral("ids_sha256"), run.idsSha256);
    if (auto ok = repo.finishRun(run, trail,
                                 TrailEntry{user, QStringLiteral("retention-purge"),
                                            QStringLiteral("purge:%1").arg(run.id), details,
                                            QStringLiteral("success")});
        !ok)
        return ok.error();
    // The certificate's commit went into the log again: empty it once more
    // (it holds nothing purged; a reader may keep it, then the next
    // checkpoint empties it).
    if (walEmptied)
        (void)store.checkpoint();
    run.status = QStringLiteral("finished");
    return run;
}

Result<void> RetentionPurge::requireReader()
{
    if (m_session.can(Action::PurgeReads) || m_session.can(Action::ReadAudit))
        return {};
    return m_session.require(Action::ReadAudit, QStringLiteral("retention"));
}

Result<QList<PurgeRun>> RetentionPurge::certificates(int limit)
{
    if (m_session.isDepartment())
        return departmentpurge::certificates(m_session, 0, limit);
    if (auto ok = requireReader(); !ok)
        return ok.error();
    auto runs = storeOf(m_session).retention().runs(limit > 0 ? limit : -1);
    if (!runs)
        return runs.error();
    QList<PurgeRun> finished;
    for (const PurgeRun& r : runs.value())
        if (r.status == u"finished")
            finished.append(r);
    return finished;
}

Result<PurgeRun> RetentionPurge::finishedRun(qint64 id)
{
    if (m_session.isDepartment()) {
        auto runs = departmentpurge::certificates(m_session, id, 1);
        if (!runs)
            return runs.error();
        if (runs->isEmpty())
            return makeError(
                ErrorCode::NotFound,
                tr("There is no certificate for purge %1: it did not finish.").arg(id));
        return runs->first();
    }
    if (auto ok = requireReader(); !ok)
        return ok.error();
    auto found = storeOf(m_session).retention().run(id);
    if (!found)
        return found.error();
    if (!found->has_value() || found->value().status != u"finished")
        return makeError(ErrorCode::NotFound,
                         tr("There is no certificate for purge %1: it did not finish.").arg(id));
    return found->value();
}

Result<PurgeRun> RetentionPurge::certificate(qint64 id)
{
    return finishedRun(id);
}

Result<QStringList> RetentionPurge::certificateText(qint64 id)
{
    auto run = finishedRun(id);
    if (!run)
        return run.error();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QJsonObject s = run->summary;
    const QJsonObject rules = run->rules.value(QStringLiteral("rules")).toObject();
    const QJsonObject cutoffs = run->rules.value(QStringLiteral("cutoffs")).toObject();
    const QJsonObject kinds = s.value(QStringLiteral("kinds")).toObject();
    // Times as the Custodian of Records reads them: in the zone the purge
    // counted its days in, with the zone's abbreviation.
    const QTimeZone zone = zoneOf(run->rules.value(QStringLiteral("time_zone")).toString());
    const auto local = [&zone](const QDateTime& t) {
        return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    };
    const auto localIso = [&local](const QJsonValue& iso) {
        return local(QDateTime::fromString(iso.toString(), Qt::ISODateWithMs));
    };
    QStringList lines;
    if (!agency->heading().isEmpty())
        lines << agency->heading();
    lines << tr("Purge %1, finished %2, run by %3.")
                 .arg(run->id)
                 .arg(local(run->finishedAt), run->startedBy)
          << tr("Started %1; days counted in %2.")
                 .arg(local(run->startedAt),
                      run->rules.value(QStringLiteral("time_zone")).toString());
    if (run->continues)
        lines << tr("This purge completed the interrupted purge %1; its figures include the "
                    "reads that purge removed before it stopped.")
                     .arg(run->continues);
    for (const QString& kind : RetentionRules::sourceKinds()) {
        const QJsonObject rule = rules.value(kind).toObject();
        const QJsonObject cut = cutoffs.value(kind).toObject();
        const QJsonObject k = kinds.value(kind).toObject();
        QStringList holds;
        for (const QJsonValue& h : k.value(QStringLiteral("holds")).toArray())
            holds << QString::number(h.toInteger());
        lines << tr("%1 reads: kept %2 days, images %3 days (%4); reads captured before %5 "
                    "and images before %6 expired. Removed %7 reads and the images of %8 "
                    "more; %9 expired reads kept by holds%10.")
                     .arg(kind)
                     .arg(rule.value(QStringLiteral("read_days")).toInt())
                     .arg(rule.value(QStringLiteral("image_days")).toInt())
                     .arg(rule.value(QStringLiteral("policy")).toString(),
                          localIso(cut.value(QStringLiteral("reads_before"))),
                          localIso(cut.value(QStringLiteral("images_before"))))
                     .arg(k.value(QStringLiteral("reads")).toInteger())
                     .arg(k.value(QStringLiteral("images")).toInteger())
                     .arg(k.value(QStringLiteral("held_reads")).toInteger())
                     .arg(holds.isEmpty() ? QString() : tr(" (holds %1)").arg(holds.join(u", ")));
    }
    lines << tr("In all %1 reads removed, and the images of %2 reads kept.")
                 .arg(s.value(QStringLiteral("reads")).toInteger())
                 .arg(s.value(QStringLiteral("images")).toInteger());
    if (s.contains(QStringLiteral("earliest")))
        lines << tr("Earliest capture removed %1; latest %2.")
                     .arg(localIso(s.value(QStringLiteral("earliest"))),
                          localIso(s.value(QStringLiteral("latest"))));
    lines << tr("SHA-256 over the removed read ids (sorted, one decimal id and a newline "
                "each): %1")
                 .arg(run->idsSha256);
    if (s.value(QStringLiteral("store")).toString() == u"department")
        lines << tr("On the department store the removed rows stay in the server's table files "
                    "until VACUUM (autovacuum, or the maintenance job) lets their space be "
                    "reused, and in its write-ahead log archives until those are recycled.");
    else
        lines << (s.value(QStringLiteral("wal_emptied")).toBool()
                      ? tr("The write-ahead log was emptied after the purge.")
                      : tr("The write-ahead log could not be emptied (another process was "
                           "reading); it is emptied at the next checkpoint."));
    lines << tr("The audit trail is not purged: it keeps the read ids and queries it holds. "
                "Backups keep what they hold until their own retention ends.");
    return lines;
}

Result<void> RetentionPurge::writeCertificateCsv(qint64 id, const QString& path)
{
    auto run = finishedRun(id);
    if (!run)
        return run.error();
    QList<qint64> covered;
    for (const QJsonValue& v : run->summary.value(QStringLiteral("runs")).toArray())
        covered.append(v.toInteger());
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QTimeZone zone = zoneOf(agency->timeZone);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    if (auto r = makeOwnerOnly(file); !r)
        return r.error();
    file.write("read_id,source_kind,capture_day,removed\n");
    const auto write = [&](const PurgedRead& p) {
        file.write(QStringLiteral("%1,%2,%3,%4\n")
                       .arg(p.readId)
                       .arg(p.sourceKind, localDay(p.capturedAtMs, zone),
                            p.imagesOnly ? QStringLiteral("images") : QStringLiteral("read"))
                       .toUtf8());
    };
    auto listed = m_session.isDepartment()
                      ? departmentpurge::forEachPurged(m_session, id, write)
                      : storeOf(m_session).retention().forEachPurged(covered, write);
    if (!listed)
        return listed;
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> RetentionPurge::writeCertificatePdf(qint64 id, const QString& path)
{
    auto lines = certificateText(id);
    if (!lines)
        return lines.error();
    auto run = finishedRun(id);
    if (!run)
        return run.error();
    QList<QStringList> table{
        {tr("Capture day"), tr("Source"), tr("Reads removed"), tr("Images removed")}};
    for (const QJsonValue& v : run->summary.value(QStringLiteral("days")).toArray()) {
        const QJsonObject d = v.toObject();
        table.append({d.value(QStringLiteral("day")).toString(),
                      d.value(QStringLiteral("source_kind")).toString(),
                      QString::number(d.value(QStringLiteral("reads")).toInteger()),
                      QString::number(d.value(QStringLiteral("images")).toInteger())});
    }
    return writeSimplePdf(path, tr("Certificate of ALPR data purge %1").arg(id), lines.value(),
                          table);
}

} // namespace alpr
