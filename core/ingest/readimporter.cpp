// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/readimporter.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"
#include "ingest/readfileparser.h"
#include "search/plateindexcache.h"
#include "store/departmentlink.h"
#include "store/readrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace alpr {

ReadImporter::ReadImporter(Session& session, PlateIndexCache* keepCurrent, HitMatching* matching)
    : m_session(session), m_keepCurrent(keepCurrent), m_matching(matching)
{
    // (On the department store, hot-list matching is not yet the server's.)
    if (!m_matching && !session.isDepartment()) {
        m_ownMatching = std::make_unique<HitMatching>(session);
        m_matching = m_ownMatching.get();
    }
}

ReadImporter::~ReadImporter() = default;

namespace {

QJsonObject readJson(const ReadRecord& r)
{
    QJsonObject o{{QStringLiteral("plate"), r.plate},
                  {QStringLiteral("state"), r.state},
                  {QStringLiteral("captured_at"), r.capturedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("camera_code"), r.cameraCode},
                  {QStringLiteral("camera_name"), r.cameraName},
                  {QStringLiteral("confidence"), r.confidence},
                  {QStringLiteral("make"), r.make},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("color"), r.color},
                  {QStringLiteral("body"), r.body},
                  {QStringLiteral("source_kind"), sourceKindName(r.sourceKind)},
                  {QStringLiteral("plate_corners"), cornersToText(r.plateCorners)}};
    if (r.latitude && r.longitude) {
        o.insert(QStringLiteral("latitude"), *r.latitude);
        o.insert(QStringLiteral("longitude"), *r.longitude);
    }
    if (!r.externalId.isEmpty())
        o.insert(QStringLiteral("external_id"), r.externalId);
    QJsonArray candidates;
    for (const PlateCandidate& c : r.candidates)
        candidates.append(QJsonObject{{QStringLiteral("plate"), c.plate},
                                      {QStringLiteral("confidence"), c.confidence}});
    o.insert(QStringLiteral("candidates"), candidates);
    const std::pair<const char*, const QByteArray*> images[] = {{"plate_jpeg", &r.plateJpeg},
                                                                {"overview_jpeg", &r.overviewJpeg},
                                                                {"vehicle_jpeg", &r.vehicleJpeg}};
    for (const auto& [key, bytes] : images)
        if (!bytes->isEmpty())
            o.insert(QLatin1String(key), QString::fromLatin1(bytes->toBase64()));
    return o;
}

} // namespace

Result<ImportResult> ReadImporter::storeOnServer(QList<ReadRecord>& reads, const QString& label,
                                                 const QString& action, const QString& object,
                                                 const QJsonObject& details)
{
    QJsonArray batch;
    for (const ReadRecord& r : reads)
        batch.append(readJson(r));
    auto answer = departmentOf(m_session).call(
        "import_reads",
        {DepartmentArg::jsonText(QJsonDocument(batch).toJson(QJsonDocument::Compact)),
         DepartmentArg::text(action), DepartmentArg::text(object), DepartmentArg::json(details)});
    if (!answer)
        return makeError(
            answer.error().code,
            QCoreApplication::translate("alpr::ReadImporter", "%1: nothing was imported: %2")
                .arg(label, answer.error().message));
    const QJsonArray ids = answer->value(QStringLiteral("ids")).toArray();
    for (qsizetype i = 0; i < reads.size() && i < ids.size(); ++i)
        reads[i].id = ids.at(i).toInteger();
    ImportResult result;
    result.source = label;
    result.imported = answer->value(QStringLiteral("imported")).toInt();
    result.duplicates = answer->value(QStringLiteral("duplicates")).toInt();
    result.hits = answer->value(QStringLiteral("hits")).toInt();
    return result;
}

Result<ImportResult> ReadImporter::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (auto r = m_session.require(Action::ImportReads, QStringLiteral("file:%1").arg(name)); !r)
        return r.error();
    auto parsed = parseReadFile(path);
    if (!parsed) {
        (void)trailOf(m_session).append(m_session.user().username, QStringLiteral("import"),
                                        QStringLiteral("file:%1").arg(name),
                                        {{QStringLiteral("reason"), parsed.error().message}},
                                        QStringLiteral("invalid"));
        return parsed.error();
    }
    return importReads(parsed.value(), name);
}

Result<ImportResult> ReadImporter::importReads(QList<ReadRecord>& reads, const QString& label)
{
    return store(reads, label, QStringLiteral("import"), QStringLiteral("file:%1").arg(label), {});
}

Result<ImportResult> ReadImporter::importReceived(QList<ReadRecord>& reads, const QString& object,
                                                  const QJsonObject& details)
{
    return store(reads, object, QStringLiteral("ingest"), object, details);
}

Result<ImportResult> ReadImporter::store(QList<ReadRecord>& reads, const QString& label,
                                         const QString& action, const QString& object,
                                         const QJsonObject& details)
{
    if (m_session.isDepartment())
        return storeOnServer(reads, label, action, object, details);
    if (auto r = m_session.require(Action::ImportReads, object); !r)
        return r.error();
    ImportResult result;
    result.source = label;
    // Entries whose day is over stop matching; each is recorded as expired.
    if (auto expired = HotLists(m_session).expireDue(); !expired)
        return expired.error();
    int hits = 0;
    auto stored = storeOf(m_session).reads().importReads(
        reads, m_session.clock().now(), trailOf(m_session),
        TrailEntry{m_session.user().username, action, object, details, QStringLiteral("success")},
        [this, &hits](const QList<ReadRecord>& stored, QJsonObject& details) -> Result<void> {
            auto matched = m_matching->matchAndStore(stored, details);
            hits = details.value(QStringLiteral("hits")).toInt();
            return matched;
        });
    if (!stored)
        return makeError(
            stored.error().code,
            QCoreApplication::translate("alpr::ReadImporter", "%1: nothing was imported: %2")
                .arg(label, stored.error().message));
    result.imported = stored->imported;
    result.duplicates = stored->duplicates;
    result.hits = hits;
    // The index takes the reads from the store by its watermark, as it does
    // those of other processes: one path, so no read is added twice, and
    // reads another process committed below these are not skipped.
    if (m_keepCurrent)
        if (auto caught = m_keepCurrent->catchUp(); !caught)
            return makeError(caught.error().code,
                             QCoreApplication::translate(
                                 "alpr::ReadImporter",
                                 "%1: the reads were imported, but searches here may miss them "
                                 "until the plate index catches up: %2")
                                 .arg(label, caught.error().message));
    return result;
}

} // namespace alpr
