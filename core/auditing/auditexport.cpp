// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/auditexport.h"

#include "audit/trailanchors.h"

#include "audit/auditlog.h"
#include "auditing/plateconcern.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/csv.h"
#include "common/privatefiles.h"
#include "store/departmentauditevents.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace alpr {

Result<AuditVerification> verifyAuditTrail(Session& session, const QString& anchorHash)
{
    TrailVerifyOptions options;
    options.memoHash = anchorHash;
    return verifyAuditTrail(session, options);
}

Result<QList<TrailAnchor>> readTrailAnchors(const QString& file, qint64* unreadable)
{
    constexpr qint64 kMaxAnchorFile = 256LL * 1024 * 1024;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::AuditExport",
                                                     "Could not read the anchors file %1: %2")
                             .arg(file, in.errorString()));
    if (in.size() > kMaxAnchorFile)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::AuditExport",
                                        "The anchors file %1 is larger than 256 MiB; give only "
                                        "the lines with ALPR-ANCHOR (grep ALPR-ANCHOR)")
                .arg(file));
    return trailanchors::parse(in.read(kMaxAnchorFile), unreadable);
}

Result<AuditVerification> verifyAuditTrail(Session& session, const TrailVerifyOptions& options)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    auto v = trailOf(session).verify(options);
    if (!v)
        return v.error();
    QJsonObject details{{QStringLiteral("intact"), v->intact},
                        {QStringLiteral("events"), v->events},
                        {QStringLiteral("first_bad_seq"), v->firstBadSeq},
                        {QStringLiteral("latest_hash"), v->headHash},
                        {QStringLiteral("memo_hash"), options.memoHash},
                        {QStringLiteral("memo_hash_seq"), v->anchorSeq},
                        {QStringLiteral("root_fingerprint"), v->rootFingerprint},
                        {QStringLiteral("signed_events"), v->signedEvents}};
    if (!options.fingerprint.isEmpty())
        details.insert(QStringLiteral("fingerprint_given"), options.fingerprint);
    if (options.anchorsGiven) {
        details.insert(QStringLiteral("anchors_checked"), v->anchorsChecked);
        details.insert(QStringLiteral("last_anchored_seq"), v->lastAnchoredSeq);
        details.insert(QStringLiteral("unanchored_events"), v->unanchoredEvents);
    }
    auto logged =
        trailOf(session).append(session.user().username, QStringLiteral("audit-verify"),
                                QStringLiteral("audit"), details, QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return v;
}

Result<AuditVerification> verifyMigratedTrail(Session& session)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    if (!session.isDepartment())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "alpr::AuditExport",
                             "A migrated trail is kept by a department store that a file store "
                             "was migrated into (alprctl pg migrate); this is a store file"));
    DepartmentAuditEvents migrated(departmentOf(session), "migrated_audit_page");
    const AuditLog trail(migrated, session.clock(), trailOf(session).workstation());
    auto v = trail.verify(TrailVerifyOptions{});
    if (!v)
        return v.error();
    if (v->events == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "alpr::AuditExport", "No file store was migrated into this "
                                                  "department store: it keeps no migrated trail"));
    const QJsonObject details{{QStringLiteral("trail"), QStringLiteral("migrated")},
                              {QStringLiteral("intact"), v->intact},
                              {QStringLiteral("events"), v->events},
                              {QStringLiteral("first_bad_seq"), v->firstBadSeq},
                              {QStringLiteral("latest_hash"), v->headHash},
                              {QStringLiteral("root_fingerprint"), v->rootFingerprint},
                              {QStringLiteral("signed_events"), v->signedEvents}};
    auto logged =
        trailOf(session).append(session.user().username, QStringLiteral("audit-verify"),
                                QStringLiteral("audit"), details, QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return v;
}

Result<QList<AuditEvent>> listAuditEvents(Session& session, const AuditFilter& filter)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    auto events = listTrail(trailOf(session), filter);
    if (!events)
        return events.error();
    auto logged = trailOf(session).append(session.user().username, QStringLiteral("audit-list"),
                                          QStringLiteral("audit"),
                                          {{QStringLiteral("filter"), filter.toJson()},
                                           {QStringLiteral("events"), qint64(events->size())}},
                                          QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return events;
}

Result<void> exportAuditCsv(Session& session, const AuditFilter& filter,
                            const QList<AuditEvent>& events, const QString& path)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::AuditExport",
                                                     "cannot write the audit export to %1: %2")
                             .arg(path, file.errorString()));
    if (auto r = makeOwnerOnly(file); !r)
        return r;
    if (file.write(auditCsv(events)) < 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::AuditExport",
                                                     "cannot write the audit export to %1: %2")
                             .arg(path, file.errorString()));
    // The record and the file stand or fall together: the event is rolled
    // back when the file cannot be put in place.
    return storeOf(session).transaction([&]() -> Result<void> {
        auto logged = trailOf(session).append(
            session.user().username, QStringLiteral("audit-export"), QStringLiteral("audit"),
            {{QStringLiteral("filter"), filter.toJson()},
             {QStringLiteral("events"), qint64(events.size())},
             {QStringLiteral("file"), QFileInfo(path).fileName()}},
            QStringLiteral("success"));
        if (!logged)
            return logged.error();
        if (!file.commit())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("alpr::AuditExport",
                                                         "cannot write the audit export to %1: %2")
                                 .arg(path, file.errorString()));
        return {};
    });
}

Result<ExtractVerification> verifyAuditExtract(Session& session, const QString& file)
{
    if (auto r = session.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return r.error();
    constexpr qint64 kMaxExtractBytes = 256 * 1024 * 1024;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::AuditExport", "Cannot read %1: %2")
                             .arg(file, in.errorString()));
    if (in.size() > kMaxExtractBytes)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::AuditExport",
                                                     "%1 is too large for an audit extract.")
                             .arg(file));
    ExtractVerification v;
    QSet<qint64> wrong; // the events (and, negative, the lines) with a problem
    const auto flag = [&](qint64 seq, const QString& problem) {
        wrong.insert(seq);
        v.problems << problem;
    };
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("alpr::AuditExport", text);
    };
    QList<AuditEvent> copied;
    int line = 0;
    for (const QByteArray& text : in.readAll().split('\n')) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
        if (error.error != QJsonParseError::NoError ||
            o.value(QStringLiteral("seq")).toInteger() <= 0) {
            flag(-line, tr("line %1 is not an audit event").arg(line));
            continue;
        }
        const AuditEvent e = auditEventFromJson(o);
        ++v.events;
        if (AuditLog::chainHash(e.prevHash, e) != e.hash)
            flag(e.seq, tr("event %1 of the extract was changed: its fields do not give its hash")
                            .arg(e.seq));
        copied << e;
    }
    QList<qint64> seqs;
    for (const AuditEvent& e : std::as_const(copied))
        seqs << e.seq;
    auto stored = trailOf(session).events(seqs);
    if (!stored)
        return stored.error();
    QHash<qint64, AuditEvent> bySeq;
    for (const AuditEvent& e : std::as_const(*stored))
        bySeq.insert(e.seq, e);
    for (const AuditEvent& e : std::as_const(copied)) {
        const auto it = bySeq.constFind(e.seq);
        if (it == bySeq.constEnd())
            flag(e.seq, tr("event %1 of the extract is not in the trail").arg(e.seq));
        else if (it->hash != e.hash || it->signature != e.signature || it->signer != e.signer)
            flag(e.seq, tr("event %1 of the extract differs from the trail's event %1").arg(e.seq));
    }
    v.eventsWrong = int(wrong.size());
    QJsonObject details{{QStringLiteral("file"), file},
                        {QStringLiteral("events"), v.events},
                        {QStringLiteral("problems"), qint64(v.problems.size())}};
    auto logged =
        trailOf(session).append(session.user().username, QStringLiteral("audit-verify-extract"),
                                QStringLiteral("audit"), details, QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return v;
}

QJsonObject auditEventJson(const AuditEvent& e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("user"), e.username},
                  {QStringLiteral("workstation"), e.workstation},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("object"), e.object},
                  {QStringLiteral("details"), e.details},
                  {QStringLiteral("outcome"), e.outcome},
                  {QStringLiteral("prev_hash"), e.prevHash},
                  {QStringLiteral("hash"), e.hash}};
    if (!e.signer.isEmpty()) {
        o.insert(QStringLiteral("signer"), e.signer);
        o.insert(QStringLiteral("signature"), e.signature);
    }
    return o;
}

QByteArray auditCsv(const QList<AuditEvent>& events)
{
    QString csv =
        csvLine({QStringLiteral("seq"), QStringLiteral("at_utc"), QStringLiteral("user"),
                 QStringLiteral("organization"), QStringLiteral("workstation"),
                 QStringLiteral("action"), QStringLiteral("object"), QStringLiteral("outcome"),
                 QStringLiteral("case"), QStringLiteral("purpose"), QStringLiteral("details"),
                 QStringLiteral("prev_hash"), QStringLiteral("hash")});
    for (const AuditEvent& e : events)
        csv += csvLine({QString::number(e.seq), e.at.toUTC().toString(Qt::ISODateWithMs),
                        e.username, e.details.value(QStringLiteral("organization")).toString(),
                        e.workstation, e.action, e.object, e.outcome,
                        e.details.value(QStringLiteral("case")).toString(),
                        e.details.value(QStringLiteral("purpose")).toString(),
                        QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                        e.prevHash, e.hash});
    return csv.toUtf8();
}

} // namespace alpr
