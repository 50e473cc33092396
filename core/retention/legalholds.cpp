// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "retention/legalholds.h"

#include "audit/auditlog.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/auditevent.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/evidencerepository.h"
#include "store/retentionrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace alpr {

namespace {

constexpr int kMaxShortText = 120;
constexpr int kMaxNote = 500;

QJsonObject holdDetails(const LegalHold& h)
{
    return {{QStringLiteral("case"), h.caseNumber},
            {QStringLiteral("reason"), h.reason},
            {QStringLiteral("requesting_party"), h.requestingParty},
            {QStringLiteral("review_on"), h.reviewOn.toString(Qt::ISODate)},
            {QStringLiteral("source"), h.source},
            {QStringLiteral("incident"), h.incident},
            {QStringLiteral("reads"), h.readCount}};
}

// Read ids as the trail names them ("read:42"), or 0.
qint64 readOfObject(const QString& object)
{
    if (!object.startsWith(QLatin1String("read:")))
        return 0;
    bool ok = false;
    const qint64 id = object.mid(5).toLongLong(&ok);
    return ok ? id : 0;
}

LegalHold holdFromJson(const QJsonObject& o)
{
    const auto utc = [&o](const char* key) {
        return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
            .toUTC();
    };
    LegalHold h;
    h.id = o.value(QStringLiteral("id")).toInteger();
    h.caseNumber = o.value(QStringLiteral("case")).toString();
    h.reason = o.value(QStringLiteral("reason")).toString();
    h.requestingParty = o.value(QStringLiteral("requesting_party")).toString();
    h.reviewOn = QDate::fromString(o.value(QStringLiteral("review_on")).toString(), Qt::ISODate);
    h.source = o.value(QStringLiteral("source")).toString();
    h.incident = o.value(QStringLiteral("incident")).toString();
    h.note = o.value(QStringLiteral("note")).toString();
    h.placedBy = o.value(QStringLiteral("placed_by")).toString();
    h.placedAt = utc("placed_at");
    h.releasedBy = o.value(QStringLiteral("released_by")).toString();
    h.releasedAt = utc("released_at");
    h.releaseNote = o.value(QStringLiteral("release_note")).toString();
    h.readCount = o.value(QStringLiteral("reads")).toInteger();
    return h;
}

// The department store's holds: all, or one with its reads.
Result<QJsonObject> departmentHolds(Session& session, bool includeReleased, qint64 id)
{
    return departmentOf(session).call(
        "hold_list", {DepartmentArg::boolean(includeReleased),
                      id > 0 ? DepartmentArg::integer(id) : DepartmentArg::null("bigint")});
}

} // namespace

QStringList LegalHolds::reasons()
{
    return {QStringLiteral("evidence"), QStringLiteral("discovery-request"),
            QStringLiteral("preservation-letter"), QStringLiteral("litigation")};
}

Result<void> LegalHolds::requireReader()
{
    if (m_session.can(Action::Export) || m_session.can(Action::PurgeReads) ||
        m_session.can(Action::ReadAudit))
        return {};
    return m_session.require(Action::Export, QStringLiteral("holds"));
}

QString LegalHolds::noReadsOfCase(const QString& caseNumber)
{
    return tr("No read was opened or exported under case %1: there is nothing to hold.")
        .arg(escapeControls(caseNumber));
}

Result<QList<qint64>> LegalHolds::selectReads(const HoldSelection& s, QString& source)
{
    const int chosen =
        int(!s.readIds.isEmpty()) + int(!s.caseNumber.isEmpty()) + int(!s.packageId.isEmpty());
    if (chosen != 1)
        return makeError(ErrorCode::Invalid,
                         tr("Choose the reads to hold one way: by id (or a search's results), "
                            "a case, or an evidence package."));
    if (m_session.isDepartment()) {
        // By case or package, the server chooses the reads from its own records.
        source = !s.caseNumber.isEmpty()  ? QStringLiteral("case:") + s.caseNumber
                 : !s.packageId.isEmpty() ? QStringLiteral("package:") + s.packageId
                 : s.searchId > 0         ? QStringLiteral("search:%1").arg(s.searchId)
                                          : QStringLiteral("reads");
        return s.readIds;
    }
    Store& store = storeOf(m_session);
    QList<qint64> ids;
    if (!s.readIds.isEmpty()) {
        ids = s.readIds;
        source =
            s.searchId > 0 ? QStringLiteral("search:%1").arg(s.searchId) : QStringLiteral("reads");
    } else if (!s.packageId.isEmpty()) {
        auto package = store.evidence().package(s.packageId);
        if (!package)
            return package.error();
        if (!package->has_value())
            return makeError(
                ErrorCode::NotFound,
                tr("There is no evidence package %1.").arg(escapeControls(s.packageId)));
        ids = package->value().readIds;
        source = QStringLiteral("package:") + s.packageId;
    } else {
        // Every read opened or exported under the case, from the trail and
        // the case's evidence packages.
        AuditFilter filter;
        filter.caseNumber = s.caseNumber;
        auto events = trailOf(m_session).list(filter);
        if (!events)
            return events.error();
        for (const AuditEvent& e : events.value())
            if (e.outcome == QLatin1String("success"))
                if (const qint64 id = readOfObject(e.object))
                    ids.append(id);
        auto packages = store.evidence().packages(0);
        if (!packages)
            return packages.error();
        for (const EvidencePackage& p : packages.value())
            if (p.caseNumber == s.caseNumber && p.status == PackageStatus::Exported)
                ids.append(p.readIds);
        source = QStringLiteral("case:") + s.caseNumber;
        if (ids.isEmpty())
            return makeError(ErrorCode::NotFound, noReadsOfCase(s.caseNumber));
    }
    if (ids.size() > kMaxReads)
        return makeError(ErrorCode::Invalid,
                         tr("A hold may keep at most %1 reads; this one chose %2.")
                             .arg(kMaxReads)
                             .arg(ids.size()));
    auto existing = store.retention().existingReads(ids);
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("None of the chosen reads is in the store: there is nothing to hold."));
    return existing.value();
}

Result<LegalHold> LegalHolds::place(const HoldRequest& request)
{
    if (auto ok = m_session.require(Action::Export, QStringLiteral("holds")); !ok)
        return ok.error();
    LegalHold h;
    h.caseNumber = request.caseNumber.trimmed();
    h.requestingParty = request.requestingParty.trimmed();
    h.note = request.note.trimmed();
    h.reason = request.reason;
    h.reviewOn = request.reviewOn;
    if (h.caseNumber.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A legal hold needs the case number."));
    if (h.requestingParty.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("A legal hold needs the requesting party (who asked for it)."));
    for (const auto& [field, text, limit] :
         {std::tuple{tr("case number"), h.caseNumber, kMaxShortText},
          std::tuple{tr("requesting party"), h.requestingParty, kMaxShortText},
          std::tuple{tr("note"), h.note, kMaxNote}})
        if (auto ok = checkTextInput(field, text, limit); !ok)
            return ok.error();
    if (!reasons().contains(h.reason))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a reason for a hold: use one of %2.")
                             .arg(escapeControls(h.reason), reasons().join(QStringLiteral(", "))));
    const QDate today = m_session.clock().now().toUTC().date();
    if (!h.reviewOn.isValid() || h.reviewOn <= today)
        return makeError(ErrorCode::Invalid,
                         tr("A legal hold needs a review date after today (YYYY-MM-DD)."));
    QString source;
    auto ids = selectReads(request.selection, source);
    if (!ids)
        return ids.error();
    if (m_session.isDepartment()) {
        // The server checks the role, the reason, the date and the reads itself.
        QJsonArray readIds;
        for (qint64 id : ids.value())
            readIds.append(id);
        auto placed = departmentOf(m_session).call(
            "hold_place",
            {DepartmentArg::text(h.caseNumber),
             DepartmentArg::text(h.reason),
             DepartmentArg::text(h.requestingParty),
             {QVariant(h.reviewOn.toString(Qt::ISODate)), "date"},
             DepartmentArg::text(h.note),
             DepartmentArg::text(source),
             DepartmentArg::jsonText(QJsonDocument(readIds).toJson(QJsonDocument::Compact))});
        if (!placed && placed.error().code == ErrorCode::NotFound &&
            !request.selection.caseNumber.isEmpty())
            return makeError(ErrorCode::NotFound, noReadsOfCase(request.selection.caseNumber));
        if (!placed)
            return placed.error();
        return holdFromJson(placed.value());
    }
    h.source = source;
    h.placedBy = m_session.user().username;
    h.placedAt = m_session.clock().now();
    h.readCount = ids->size();
    QJsonObject details = holdDetails(h);
    QJsonArray readIds;
    for (qint64 id : ids.value())
        readIds.append(id);
    details.insert(QStringLiteral("read_ids"), readIds);
    auto id = storeOf(m_session).retention().addHold(
        h, ids.value(), trailOf(m_session),
        TrailEntry{h.placedBy, QStringLiteral("hold-placed"), QString(), details,
                   QStringLiteral("success")});
    if (!id)
        return id.error();
    h.id = *id;
    return h;
}

Result<qint64> LegalHolds::holdForStop(Session& session, qint64 readId, qint64 hitId,
                                       const QString& incident, const QString& disposition)
{
    LegalHold h;
    h.caseNumber = incident;
    h.incident = incident;
    h.reason = QStringLiteral("evidence");
    h.requestingParty = tr("Hit %1 confirmed: %2").arg(hitId).arg(disposition);
    h.source = QStringLiteral("hit:%1").arg(hitId);
    h.placedBy = session.user().username;
    h.placedAt = session.clock().now();
    // Records staff look at it within a month; it holds until they release it.
    h.reviewOn = h.placedAt.toUTC().date().addDays(30);
    h.readCount = 1;
    Store& store = storeOf(session);
    auto existing = store.retention().holds(true);
    if (!existing)
        return existing.error();
    for (const LegalHold& other : existing.value())
        if (other.source == h.source)
            return other.id;
    QJsonObject details = holdDetails(h);
    details.insert(QStringLiteral("read_ids"), QJsonArray{readId});
    details.insert(QStringLiteral("disposition"), disposition);
    return store.retention().addHold(h, {readId}, trailOf(session),
                                     TrailEntry{h.placedBy, QStringLiteral("hold-placed"),
                                                QString(), details, QStringLiteral("success")});
}

Result<LegalHold> LegalHolds::release(qint64 id, const QString& note)
{
    const QString object = QStringLiteral("hold:%1").arg(id);
    // Records staff, or an administrator (change-settings; not the
    // maintenance account, which purges but never decides what is kept).
    if (!m_session.can(Action::Export) && !m_session.can(Action::ChangeSettings))
        if (auto ok = m_session.require(Action::Export, object); !ok)
            return ok.error();
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the hold is released (a note)."));
    if (auto ok = checkTextInput(tr("note"), note.trimmed(), kMaxNote); !ok)
        return ok.error();
    if (m_session.isDepartment()) {
        auto released = departmentOf(m_session).call(
            "hold_release", {DepartmentArg::integer(id), DepartmentArg::text(note.trimmed())});
        if (!released)
            return released.error();
        return holdFromJson(released.value());
    }
    auto found = storeOf(m_session).retention().hold(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no legal hold %1.").arg(id));
    LegalHold h = found->value();
    if (!h.active())
        return makeError(ErrorCode::Conflict,
                         tr("Legal hold %1 was released by %2 already.").arg(id).arg(h.releasedBy));
    h.releasedBy = m_session.user().username;
    h.releasedAt = m_session.clock().now();
    h.releaseNote = note.trimmed();
    QJsonObject details = holdDetails(h);
    details.insert(QStringLiteral("note"), h.releaseNote);
    if (auto ok = storeOf(m_session).retention().releaseHold(
            h, trailOf(m_session),
            TrailEntry{h.releasedBy, QStringLiteral("hold-released"), object, details,
                       QStringLiteral("success")});
        !ok)
        return ok.error();
    return h;
}

Result<QList<LegalHold>> LegalHolds::list(bool includeReleased)
{
    if (m_session.isDepartment()) {
        auto answer = departmentHolds(m_session, includeReleased, 0);
        if (!answer)
            return answer.error();
        QList<LegalHold> holds;
        for (const QJsonValue& v : answer->value(QStringLiteral("holds")).toArray())
            holds.append(holdFromJson(v.toObject()));
        return holds;
    }
    if (auto ok = requireReader(); !ok)
        return ok.error();
    return storeOf(m_session).retention().holds(!includeReleased);
}

Result<QList<LegalHold>> LegalHolds::dueForReview()
{
    auto holds = list(false);
    if (!holds)
        return holds.error();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QDate today =
        m_session.clock().now().toTimeZone(QTimeZone(agency->timeZone.toUtf8())).date();
    QList<LegalHold> due;
    for (const LegalHold& h : holds.value())
        if (h.reviewOn <= today)
            due.append(h);
    return due;
}

Result<LegalHold> LegalHolds::show(qint64 id)
{
    if (m_session.isDepartment()) {
        auto answer = departmentHolds(m_session, true, id);
        if (!answer)
            return answer.error();
        const QJsonArray holds = answer->value(QStringLiteral("holds")).toArray();
        if (holds.isEmpty())
            return makeError(ErrorCode::NotFound, tr("There is no legal hold %1.").arg(id));
        return holdFromJson(holds.first().toObject());
    }
    if (auto ok = requireReader(); !ok)
        return ok.error();
    auto found = storeOf(m_session).retention().hold(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no legal hold %1.").arg(id));
    return found->value();
}

Result<QList<qint64>> LegalHolds::reads(qint64 id)
{
    if (m_session.isDepartment()) {
        auto answer = departmentHolds(m_session, true, id);
        if (!answer)
            return answer.error();
        QList<qint64> ids;
        for (const QJsonValue& v : answer->value(QStringLiteral("read_ids")).toArray())
            ids.append(v.toInteger());
        return ids;
    }
    if (auto found = show(id); !found)
        return found.error();
    return storeOf(m_session).retention().holdReads(id);
}

Result<QSet<qint64>> LegalHolds::held(const std::vector<qint64>& readIds)
{
    if (!m_session.can(Action::Search) && !m_session.can(Action::Export) &&
        !m_session.can(Action::PurgeReads) && !m_session.can(Action::VerifyHit))
        return QSet<qint64>();
    if (m_session.isDepartment()) {
        auto answer = departmentOf(m_session).call("held", {DepartmentArg::integerArray(readIds)});
        if (!answer)
            return answer.error();
        QSet<qint64> held;
        for (const QJsonValue& id : answer->value(QStringLiteral("held")).toArray())
            held.insert(id.toInteger());
        return held;
    }
    return storeOf(m_session).retention().heldAmong(readIds);
}

} // namespace alpr
