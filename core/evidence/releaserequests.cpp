// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/releaserequests.h"

#include "audit/auditlog.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "common/textnormalizer.h"
#include "evidence/custody.h"
#include "evidence/departmentevidence.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace alpr {

namespace {

constexpr int kMaxShortText = 120;
constexpr int kMaxDescription = 500;

QJsonObject requestDetails(const ReleaseRequest& r)
{
    return {{QStringLiteral("agency"), r.agency},
            {QStringLiteral("agency_type"), r.agencyType},
            {QStringLiteral("requester"), r.requester},
            {QStringLiteral("purpose"), r.purpose},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("case"), r.caseNumber},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("reason"), r.reason}};
}

} // namespace

QStringList ReleaseRequests::agencyTypes()
{
    return {QStringLiteral("ca-local"),      QStringLiteral("ca-state"),
            QStringLiteral("ca-prosecutor"), QStringLiteral("out-of-state"),
            QStringLiteral("federal"),       QStringLiteral("non-law-enforcement")};
}

QStringList ReleaseRequests::purposes()
{
    return {QStringLiteral("criminal-investigation"),  QStringLiteral("prosecution"),
            QStringLiteral("missing-person"),          QStringLiteral("stolen-vehicle"),
            QStringLiteral("immigration-enforcement"), QStringLiteral("other")};
}

ReleaseRuling ReleaseRequests::rule(const QString& agencyType, const QString& purpose,
                                    const QString& description)
{
    // Immigration enforcement first: it is refused whoever asks.
    static const QRegularExpression immigration(
        QStringLiteral("immigration|deport|removal proceeding|\\bICE\\b|\\bCBP\\b|\\bHSI\\b|"
                       "\\bERO\\b|border patrol"),
        QRegularExpression::CaseInsensitiveOption);
    // Read as a person reads it too: "I.C.E.", look-alike letters.
    if (purpose == QLatin1String("immigration-enforcement") ||
        immigration.match(description).hasMatch() ||
        immigration.match(TextNormalizer::forScreening(description).text).hasMatch())
        return {true, tr("ALPR data is not shared for immigration enforcement (California "
                         "Values Act, Government Code 7284.6; Los Altos 462.7(d)).")};
    if (agencyType == QLatin1String("out-of-state") || agencyType == QLatin1String("federal"))
        return {true, tr("ALPR data is shared only with California public agencies (Civil Code "
                         "1798.90.55(b), SB 34; San Leandro 418.7: no agency outside the State "
                         "of California).")};
    if (agencyType == QLatin1String("non-law-enforcement"))
        return {true, tr("Requests by non-law-enforcement or non-prosecutorial agencies are "
                         "processed under the Records Maintenance and Release Policy (Civil "
                         "Code 1798.90.55; San Leandro 418.7(c)), not here.")};
    return {false, {}};
}

Result<ReleaseRequest> ReleaseRequests::log(ReleaseRequest r)
{
    if (auto ok = m_session.require(Action::Export, QStringLiteral("release")); !ok)
        return ok.error();
    r.agency = r.agency.trimmed();
    r.requester = r.requester.trimmed();
    r.description = r.description.trimmed();
    r.caseNumber = r.caseNumber.trimmed();
    for (const auto& [field, text, limit] :
         {std::tuple{tr("agency"), r.agency, kMaxShortText},
          std::tuple{tr("requester"), r.requester, kMaxShortText},
          std::tuple{tr("intended purpose"), r.description, kMaxDescription},
          std::tuple{tr("case number"), r.caseNumber, kMaxShortText}}) {
        if (text.isEmpty())
            return makeError(ErrorCode::Invalid, tr("A release request needs the %1.").arg(field));
        if (auto ok = checkTextInput(field, text, limit); !ok)
            return ok.error();
    }
    if (!agencyTypes().contains(r.agencyType))
        return makeError(ErrorCode::Invalid, tr("\"%1\" is not an agency type: use one of %2.")
                                                 .arg(escapeControls(r.agencyType),
                                                      agencyTypes().join(QStringLiteral(", "))));
    if (!purposes().contains(r.purpose))
        return makeError(ErrorCode::Invalid, tr("\"%1\" is not a release purpose: use one of %2.")
                                                 .arg(escapeControls(r.purpose),
                                                      purposes().join(QStringLiteral(", "))));
    // The department store's server rules on it again, and keeps it.
    if (m_session.isDepartment())
        return departmentevidence::logRelease(m_session, r);
    const ReleaseRuling ruling = rule(r.agencyType, r.purpose, r.description);
    r.status = ruling.refused ? QStringLiteral("refused") : QStringLiteral("pending");
    r.reason = ruling.reason;
    r.loggedBy = m_session.user().username;
    r.loggedAt = m_session.clock().now();
    auto id = storeOf(m_session).evidence().addRelease(
        r, trailOf(m_session),
        TrailEntry{r.loggedBy, QStringLiteral("release-request"), QString(), requestDetails(r),
                   ruling.refused ? QStringLiteral("refused") : QStringLiteral("success")});
    if (!id)
        return id.error();
    r.id = *id;
    return r;
}

Result<ReleaseRequest> ReleaseRequests::decide(qint64 id, bool approve, const QString& note)
{
    const QString object = QStringLiteral("release:%1").arg(id);
    if (auto ok = m_session.require(Action::ApproveReleases, object); !ok)
        return ok.error();
    if (auto ok = checkTextInput(tr("note"), note, kMaxDescription); !ok)
        return ok.error();
    if (m_session.isDepartment())
        return departmentevidence::decideRelease(m_session, id, approve, note);
    Store& store = storeOf(m_session);
    auto found = store.evidence().release(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no release request %1.").arg(id));
    ReleaseRequest r = found->value();
    if (r.status != QLatin1String("pending"))
        return makeError(
            ErrorCode::Conflict,
            tr("Release request %1 is %2, not waiting for a decision.").arg(id).arg(r.status));
    if (r.loggedBy == m_session.user().username) {
        QJsonObject details = requestDetails(r);
        details.insert(QStringLiteral("reason"), QStringLiteral("logged it themselves"));
        (void)trailOf(m_session).append(m_session.user().username,
                                        QStringLiteral("release-decision"), object, details,
                                        QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            tr("You logged release request %1; another approver must decide it.").arg(id));
    }
    if (!approve && note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the request is denied (a note)."));
    // The Values Act again at approval (Los Altos 462.7(d)): the rule may
    // have changed, or the description been misread at logging.
    const ReleaseRuling ruling = rule(r.agencyType, r.purpose, r.description);
    if (approve && ruling.refused)
        return makeError(ErrorCode::Denied, ruling.reason);
    r.status = approve ? QStringLiteral("approved") : QStringLiteral("denied");
    r.decidedBy = m_session.user().username;
    r.decidedAt = m_session.clock().now();
    r.decisionNote = note.trimmed();
    QJsonObject details = requestDetails(r);
    details.insert(QStringLiteral("note"), r.decisionNote);
    if (auto ok = store.evidence().decideRelease(
            r, trailOf(m_session),
            TrailEntry{r.decidedBy, QStringLiteral("release-decision"), object, details,
                       QStringLiteral("success")});
        !ok)
        return ok.error();
    return r;
}

Result<ReleaseRequest> ReleaseRequests::approve(qint64 id, const QString& note)
{
    return decide(id, true, note);
}

Result<ReleaseRequest> ReleaseRequests::deny(qint64 id, const QString& note)
{
    return decide(id, false, note);
}

Result<void> ReleaseRequests::requireReader()
{
    if (m_session.can(Action::Export) || m_session.can(Action::ApproveReleases) ||
        m_session.can(Action::ReadAudit))
        return {};
    return m_session.require(Action::Export, QStringLiteral("release"));
}

Result<QList<ReleaseRequest>> ReleaseRequests::list(int limit)
{
    if (m_session.isDepartment())
        return departmentevidence::releases(m_session, limit);
    if (auto ok = requireReader(); !ok)
        return ok.error();
    return storeOf(m_session).evidence().releases(limit);
}

Result<ReleaseRequest> ReleaseRequests::show(qint64 id)
{
    if (m_session.isDepartment())
        return departmentevidence::release(m_session, id);
    if (auto ok = requireReader(); !ok)
        return ok.error();
    auto found = storeOf(m_session).evidence().release(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no release request %1.").arg(id));
    return found->value();
}

Result<QStringList> ReleaseRequests::fileText(qint64 id)
{
    auto r = show(id);
    if (!r)
        return r.error();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QTimeZone zone(agency->timeZone.toUtf8());
    const auto local = [&zone](const QDateTime& t) {
        return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    };
    QStringList lines{tr("Release request %1 (%2)").arg(r->id).arg(r->status),
                      tr("Requesting agency: %1 (%2)").arg(r->agency, r->agencyType),
                      tr("Person requesting: %1").arg(r->requester),
                      tr("Intended purpose: %1: %2").arg(r->purpose, r->description),
                      tr("Their case: %1").arg(r->caseNumber),
                      tr("Logged by %1 at %2").arg(r->loggedBy, local(r->loggedAt))};
    if (!r->reason.isEmpty())
        lines << tr("Reason: %1").arg(r->reason);
    if (r->decidedAt.isValid())
        lines << tr("%1 by %2 at %3%4")
                     .arg(r->status == QLatin1String("approved") ? tr("Approved") : tr("Denied"),
                          r->decidedBy, local(r->decidedAt),
                          r->decisionNote.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + r->decisionNote);
    return lines;
}

Result<void> ReleaseRequests::writePdf(qint64 id, const QString& path)
{
    auto lines = fileText(id);
    if (!lines)
        return lines.error();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    QStringList withHeading{agency->heading()};
    withHeading += *lines;
    return writeSimplePdf(path, tr("ALPR data release request %1").arg(id), withHeading);
}

} // namespace alpr
