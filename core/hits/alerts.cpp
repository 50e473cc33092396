// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/alerts.h"
#include "retention/legalholds.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "cases/casepolicy.h"
#include "cases/departmentsettings.h"
#include "common/clock.h"
#include "common/privatefiles.h"
#include "common/textinput.h"
#include "hits/departmenthotlists.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"
#include "imaging/enhance.h"
#include "imaging/imagecodec.h"
#include "inquiry/departmentsearch.h"
#include "search/misreadtable.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <bit>

namespace alpr {

namespace {

constexpr std::array kStepNames{"characters", "plate-state", "vehicle", "currency", "clets"};

QString stepKey(HitStepKind step)
{
    return QLatin1String(kStepNames[std::size_t(step)]);
}

QString object(qint64 hitId)
{
    return QStringLiteral("hit:%1").arg(hitId);
}

// Words of three letters or more, lower case: "4 door sedan; truck" -> {door, sedan, truck}.
QSet<QString> words(const QString& text)
{
    QSet<QString> out;
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    for (const QString& w : text.toLower().split(separators, Qt::SkipEmptyParts))
        if (w.size() >= 3)
            out.insert(w);
    return out;
}

// Camera guesses ("chevrolet", "sedan-standard", "red") against the entry's
// decoded words ("Chevrolet", "4 door sedan", "red/black"): the same when
// they share a word.
VehicleComparison::Match compareWords(const QString& camera, const QString& listed)
{
    const QSet<QString> a = words(camera);
    const QSet<QString> b = words(listed);
    if (a.isEmpty() || b.isEmpty())
        return VehicleComparison::Match::Unknown;
    return a.intersects(b) ? VehicleComparison::Match::Same : VehicleComparison::Match::Differs;
}

// One change to a hit on the department store, whose server checks it.
Result<void> actOnServer(Session& session, qint64 hitId, const QString& act,
                         const QJsonObject& args = {})
{
    auto done = departmenthotlists::act(session, hitId, act, args);
    if (!done)
        return done.error();
    return {};
}

} // namespace

QString hitStepName(HitStepKind step)
{
    return stepKey(step);
}

const QStringList& HitCodes::cletsResults()
{
    static const QStringList codes{QStringLiteral("still-wanted"), QStringLiteral("cleared"),
                                   QStringLiteral("no-record")};
    return codes;
}

const QStringList& HitCodes::rejectReasons()
{
    static const QStringList codes{QStringLiteral("misread"),
                                   QStringLiteral("wrong-state"),
                                   QStringLiteral("vehicle-mismatch"),
                                   QStringLiteral("cleared-in-clets"),
                                   QStringLiteral("stale-entry"),
                                   QStringLiteral("duplicate"),
                                   QStringLiteral("other")};
    return codes;
}

const QStringList& HitCodes::outcomes()
{
    static const QStringList codes{QStringLiteral("arrest"), QStringLiteral("citation"),
                                   QStringLiteral("vehicle-recovered"),
                                   QStringLiteral("person-located"), QStringLiteral("no-action")};
    return codes;
}

const QStringList& HitCodes::releaseReasons()
{
    static const QStringList codes{QStringLiteral("released"), QStringLiteral("signed-out"),
                                   QStringLiteral("locked"), QStringLiteral("idle"),
                                   QStringLiteral("supervisor")};
    return codes;
}

bool HitChecklist::done(HitStepKind step) const
{
    return hit.checklist.contains(stepKey(step));
}

bool HitChecklist::heldBy(const QString& username) const
{
    return hit.status == hitstatus::kTaken && hit.takenBy == username;
}

QJsonObject Alerts::eventDetails(const HitRecord& hit) const
{
    // "case" and "purpose" as searches record them: the auditor's case
    // history and filters find a verification under its incident.
    QJsonObject d{{QStringLiteral("purpose"), hit.snapshot.value(QStringLiteral("purpose"))},
                  {QStringLiteral("list"), hit.snapshot.value(QStringLiteral("list"))},
                  {QStringLiteral("read"), hit.readId}};
    if (!hit.incident.isEmpty())
        d.insert(QStringLiteral("case"), hit.incident);
    return d;
}

Result<void> Alerts::logAccess(const QString& action, const QString& object,
                               const QJsonObject& details)
{
    return storeOf(m_session).transaction([&]() -> Result<void> {
        auto logged = trailOf(m_session).append(m_session.user().username, action, object, details,
                                                QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<HitRecord> Alerts::visibleHit(qint64 hitId)
{
    auto found = visibleHitRecord(m_session, hitId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no hit %1.").arg(hitId));
    return *found.value();
}

Result<HitRecord> Alerts::heldHit(qint64 hitId)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit;
    if (hit->status != hitstatus::kTaken || hit->takenBy != m_session.user().username) {
        if (hit->status == hitstatus::kNew)
            return makeError(
                ErrorCode::Denied,
                tr("Hit %1 is not taken; take it under an incident number first.").arg(hitId));
        if (hit->status == hitstatus::kTaken)
            return makeError(ErrorCode::Conflict,
                             tr("Hit %1 is being worked by %2.").arg(hitId).arg(hit->takenBy));
        return makeError(ErrorCode::Denied,
                         tr("Hit %1 is already %2.").arg(hitId).arg(hit->status));
    }
    return hit;
}

Result<void> Alerts::record(const HitRecord& before, HitRecord after, const QString& action,
                            QJsonObject details, const QString& stepName)
{
    const QDateTime now = m_session.clock().now();
    const QJsonObject common = eventDetails(after);
    for (auto it = common.begin(); it != common.end(); ++it)
        if (!details.contains(it.key()))
            details.insert(it.key(), it.value());
    HitStep step;
    step.hitId = after.id;
    step.step = stepName.isEmpty() ? action : stepName;
    step.username = m_session.user().username;
    step.at = now;
    step.incident = after.incident;
    step.details = details;
    const TrailEntry entry{m_session.user().username, action, object(after.id), details,
                           QStringLiteral("success")};
    return storeOf(m_session).hotLists().updateHit(after, before.status, before.takenBy, step,
                                                   trailOf(m_session), entry);
}

Result<QList<HitRecord>> Alerts::queue(int limit)
{
    if (auto r = m_session.require(Action::VerifyHit, QStringLiteral("alerts")); !r)
        return r.error();
    // The server records what this session has not been shown yet.
    if (m_session.isDepartment())
        return departmenthotlists::queue(m_session, limit);
    HitFilter filter;
    filter.open = true;
    filter.viewer = m_session.user().username;
    filter.limit = limit;
    auto found = storeOf(m_session).hotLists().hits(filter);
    if (!found)
        return found.error();
    // Only what this user has not been shown yet is a new access: the
    // queue is listed again at every change of the store.
    QJsonArray shown;
    for (const HitRecord& h : *found)
        if (!m_listed.contains(h.id))
            shown.append(h.id);
    if (!shown.isEmpty()) {
        auto logged = logAccess(QStringLiteral("alerts-listed"), QStringLiteral("alerts"),
                                {{QStringLiteral("hits"), shown}});
        if (!logged)
            return logged.error();
        for (const QJsonValue& id : std::as_const(shown))
            m_listed.insert(id.toInteger());
    }
    return found;
}

Result<QList<HitRecord>> Alerts::decided(int limit)
{
    if (auto r = m_session.require(Action::VerifyHit, QStringLiteral("alerts")); !r)
        return r.error();
    if (m_session.isDepartment())
        return departmenthotlists::hits(m_session, QStringLiteral("decided"), 0, limit);
    QList<HitRecord> out;
    for (const QString& status : {hitstatus::kConfirmed, hitstatus::kRejected}) {
        HitFilter filter;
        filter.status = status;
        filter.viewer = m_session.user().username;
        filter.limit = limit;
        auto found = storeOf(m_session).hotLists().hits(filter);
        if (!found)
            return found.error();
        out += *found;
    }
    std::sort(out.begin(), out.end(),
              [](const HitRecord& a, const HitRecord& b) { return a.id > b.id; });
    if (out.size() > limit)
        out.resize(limit);
    auto logged = logAccess(QStringLiteral("hits-listed"), QStringLiteral("hits"),
                            {{QStringLiteral("status"), QStringLiteral("decided")},
                             {QStringLiteral("shown"), int(out.size())}});
    if (!logged)
        return logged.error();
    return out;
}

Result<HitRecord> Alerts::take(qint64 hitId, const QString& incident)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    auto policy = CasePolicy::load(m_session);
    if (!policy)
        return policy.error();
    if (!policy->caseNumberValid(incident))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not an incident number in the department's format (for "
                            "example %2).")
                             .arg(escapeControls(incident), policy->caseNumberExample()));
    if (m_session.isDepartment())
        return departmenthotlists::act(m_session, hitId, QStringLiteral("take"),
                                       {{QStringLiteral("incident"), incident}});
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit;
    if (hit->status == hitstatus::kTaken)
        return makeError(ErrorCode::Conflict,
                         tr("Hit %1 is being worked by %2.").arg(hitId).arg(hit->takenBy));
    if (hit->status != hitstatus::kNew)
        return makeError(ErrorCode::Denied,
                         tr("Hit %1 is already %2.").arg(hitId).arg(hit->status));
    HitRecord after = *hit;
    const QDateTime now = m_session.clock().now();
    after.status = hitstatus::kTaken;
    after.takenBy = m_session.user().username;
    after.takenAt = now;
    after.lastStepAt = now;
    after.incident = incident;
    if (auto r = record(*hit, after, QStringLiteral("hit-taken"), {}, QStringLiteral("taken")); !r)
        return r.error();
    return after;
}

Result<void> Alerts::release(qint64 hitId)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r;
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("release"));
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit.error();
    if (hit->status != hitstatus::kTaken)
        return makeError(ErrorCode::Denied, tr("Hit %1 is not taken.").arg(hitId));
    QString reason = QStringLiteral("released");
    if (hit->takenBy != m_session.user().username) {
        if (!m_session.can(Action::SuperviseAlerts))
            return makeError(ErrorCode::Denied,
                             tr("Hit %1 is held by %2; only they or a supervisor can release it.")
                                 .arg(hitId)
                                 .arg(hit->takenBy));
        reason = QStringLiteral("supervisor");
    }
    HitRecord after = *hit;
    after.status = hitstatus::kNew;
    after.takenBy.clear();
    after.takenAt = {};
    return record(*hit, after, QStringLiteral("hit-released"),
                  {{QStringLiteral("reason"), reason}, {QStringLiteral("holder"), hit->takenBy}},
                  QStringLiteral("released"));
}

Result<int> Alerts::releaseMine(const QString& reason)
{
    if (!m_session.can(Action::VerifyHit))
        return 0;
    if (m_session.isDepartment())
        return departmenthotlists::releaseMine(m_session, reason);
    HitFilter filter;
    filter.status = hitstatus::kTaken;
    filter.viewer = m_session.user().username;
    filter.limit = 1000;
    auto held = storeOf(m_session).hotLists().hits(filter);
    if (!held)
        return held.error();
    int released = 0;
    for (const HitRecord& hit : *held) {
        if (hit.takenBy != m_session.user().username)
            continue;
        HitRecord after = hit;
        after.status = hitstatus::kNew;
        after.takenBy.clear();
        after.takenAt = {};
        if (auto r = record(
                hit, after, QStringLiteral("hit-released"),
                {{QStringLiteral("reason"), reason}, {QStringLiteral("holder"), hit.takenBy}},
                QStringLiteral("released"));
            !r)
            return r.error();
        ++released;
    }
    return released;
}

Result<QList<qint64>> Alerts::sweep(QList<qint64>* released)
{
    if (auto r = m_session.require(Action::VerifyHit, QStringLiteral("alerts")); !r)
        return r.error();
    if (m_session.isDepartment())
        return departmenthotlists::sweep(m_session, released);
    auto settings = departmentSettings(m_session);
    if (!settings)
        return settings.error();
    const QDateTime now = m_session.clock().now();
    HitFilter filter;
    filter.open = true;
    // Every open hit this user may work, covert ones of lists they belong
    // to too: covert hits are swept by their members' sessions.
    filter.viewer = m_session.user().username;
    filter.limit = 5000;
    auto open = storeOf(m_session).hotLists().hits(filter);
    if (!open)
        return open.error();
    QList<qint64> escalated;
    for (const HitRecord& hit : *open) {
        HitRecord after = hit;
        Result<void> done;
        if (hit.status == hitstatus::kTaken) {
            const QDateTime last = hit.lastStepAt.isValid() ? hit.lastStepAt : hit.takenAt;
            if (last.secsTo(now) < qint64(settings->alertHoldMinutes) * 60)
                continue;
            after.status = hitstatus::kNew;
            after.takenBy.clear();
            after.takenAt = {};
            done = record(hit, after, QStringLiteral("hit-released"),
                          {{QStringLiteral("reason"), QStringLiteral("idle")},
                           {QStringLiteral("holder"), hit.takenBy},
                           {QStringLiteral("idle_minutes"), last.secsTo(now) / 60}},
                          QStringLiteral("released"));
            if (done && released)
                released->append(hit.id);
        } else {
            if (hit.escalatedAt.isValid() ||
                hit.matchedAt.secsTo(now) < qint64(settings->alertEscalateMinutes) * 60)
                continue;
            after.escalatedAt = now;
            done = record(hit, after, QStringLiteral("hit-escalated"),
                          {{QStringLiteral("waiting_minutes"), hit.matchedAt.secsTo(now) / 60}},
                          QStringLiteral("escalated"));
            if (done)
                escalated.append(hit.id);
        }
        // Another workstation's sweep got there first: nothing to do.
        if (!done && done.error().code != ErrorCode::Conflict)
            return done.error();
    }
    return escalated;
}

Result<HitChecklist> Alerts::checklist(qint64 hitId)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    auto c = compile(hitId);
    // On the department store the server recorded the view as it answered.
    if (!c || m_session.isDepartment())
        return c;
    auto logged = logAccess(QStringLiteral("hit-viewed"), object(hitId), eventDetails(c->hit));
    if (!logged)
        return logged.error();
    return c;
}

Result<HitChecklist> Alerts::compile(qint64 hitId, const QString& form)
{
    HitChecklist c;
    std::optional<HotList> list;
    QString misreadTable;
    int staleHours = kDefaultStaleHours;
    if (m_session.isDepartment()) {
        auto answer = departmenthotlists::checklist(m_session, hitId, form, &c.hit, &c.steps);
        if (!answer)
            return answer.error();
        c.read = departmentsearch::readFromJson(answer->value(QStringLiteral("read")).toObject());
        for (const QJsonValue& k : answer->value(QStringLiteral("images")).toArray())
            if (const auto kind = imageKindFromName(k.toString()))
                c.images.append(*kind);
        const QJsonObject l = answer->value(QStringLiteral("list")).toObject();
        HotList found;
        found.kind = hotListKindFromName(l.value(QStringLiteral("kind")).toString())
                         .value_or(HotListKind::General);
        found.extractAt = QDateTime::fromString(l.value(QStringLiteral("extract_time")).toString(),
                                                Qt::ISODateWithMs);
        found.loadedAt = QDateTime::fromString(l.value(QStringLiteral("loaded_at")).toString(),
                                               Qt::ISODateWithMs);
        list = found;
        misreadTable = answer->value(QStringLiteral("misread_table")).toString();
        staleHours = answer->value(QStringLiteral("stale_hours")).toInt(kDefaultStaleHours);
    } else {
        auto hit = visibleHit(hitId);
        if (!hit)
            return hit.error();
        Store& store = storeOf(m_session);
        c.hit = *hit;
        auto reads = store.reads().fetch({hit->readId});
        if (!reads)
            return reads.error();
        if (reads->isEmpty())
            return makeError(ErrorCode::NotFound,
                             tr("The read of hit %1 is no longer in the store.").arg(hitId));
        c.read = reads->first();
        auto steps = store.hotLists().hitSteps(hitId);
        if (!steps)
            return steps.error();
        c.steps = *steps;
        auto kinds = store.reads().imageKinds(hit->readId);
        if (!kinds)
            return kinds.error();
        c.images = *kinds;
        auto settings = departmentSettings(m_session);
        if (!settings)
            return settings.error();
        misreadTable = settings->misreadTable;
        staleHours = settings->staleHours;
        auto found = store.hotLists().listById(c.hit.listId);
        if (!found)
            return found.error();
        list = found.value();
    }
    const HitRecord* hit = &c.hit;
    c.rectifiable = c.read.plateCorners.size() == 4 && c.images.contains(ImageKind::Overview);
    for (const HitStep& s : c.steps) {
        if (s.step != QLatin1String("image-viewed") || s.username != m_session.user().username)
            continue;
        const QString kind = s.details.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("plate") || kind == QLatin1String("rectified"))
            c.plateViewedByMe = true;
        if (kind == QLatin1String("overview") || kind == QLatin1String("vehicle"))
            c.vehicleViewedByMe = true;
    }

    const QJsonObject& snap = hit->snapshot;
    c.listName = snap.value(QStringLiteral("list")).toString();
    c.purpose = snap.value(QStringLiteral("purpose")).toString();
    c.listedPlate = snap.value(QStringLiteral("plate")).toString();
    c.listedIsPattern = snap.value(QStringLiteral("pattern")).toBool();
    c.listedState = snap.value(QStringLiteral("state")).toString();
    c.reason = snap.value(QStringLiteral("reason")).toString();

    // What is compared: the reading that matched against the listed plate;
    // for a pattern, the read's characters against themselves, since the
    // pattern has no characters of its own where it has wildcards.
    c.comparedRead = hit->matchedPlate.isEmpty() ? c.read.plate : hit->matchedPlate;
    c.comparedListed = c.listedIsPattern ? c.comparedRead : c.listedPlate;
    // The read plate itself is what the camera saw: the boxes compare it.
    c.comparedRead = c.read.plate;
    // Positions to look at twice: the characters differ, or the listed one
    // is in a misread class (0 and O, 8 and B) and a camera could have read
    // either.
    const auto misread = MisreadTable::parse(misreadTable);
    const qsizetype n = std::max(c.comparedListed.size(), c.comparedRead.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QChar a = i < c.comparedListed.size() ? c.comparedListed.at(i) : QChar();
        const QChar b = i < c.comparedRead.size() ? c.comparedRead.at(i) : QChar();
        const quint64 mask = misread ? misread->classMask(char(a.toLatin1())) : 0;
        if (a != b || std::popcount(mask) > 1)
            c.attentionPositions.append(int(i));
    }

    if (!c.read.state.isEmpty() && !c.listedState.isEmpty())
        c.stateMatches = c.read.state == c.listedState;
    const QJsonObject listed = snap.value(QStringLiteral("details")).toObject();
    for (const auto& [field, camera] :
         {std::pair{"make", c.read.make}, std::pair{"model", c.read.model},
          std::pair{"color", c.read.color}, std::pair{"body", c.read.body}}) {
        VehicleComparison v;
        v.field = QLatin1String(field);
        v.camera = camera;
        v.listed = listed.value(QLatin1String(field)).toString();
        v.match = compareWords(v.camera, v.listed);
        c.vehicle.append(v);
    }

    if (list) {
        c.listTime = list->extractAt.isValid() ? list->extractAt : list->loadedAt;
        c.listAgeMinutes = std::max<qint64>(0, c.listTime.secsTo(m_session.clock().now()) / 60);
        c.listStale =
            list->kind == HotListKind::General && c.listAgeMinutes > qint64(staleHours) * 60;
    }
    return c;
}

Result<QByteArray> Alerts::image(qint64 hitId, ImageKind kind)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    if (m_session.isDepartment())
        return departmenthotlists::image(m_session, hitId, imageKindName(kind));
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit.error();
    QJsonObject details = eventDetails(*hit);
    details.insert(QStringLiteral("kind"), imageKindName(kind));
    HitStep step{0,
                 hitId,
                 QStringLiteral("image-viewed"),
                 m_session.user().username,
                 m_session.clock().now(),
                 hit->incident,
                 details};
    Store& store = storeOf(m_session);
    return store.reads().imageRecorded(
        hit->readId, kind, trailOf(m_session),
        TrailEntry{m_session.user().username, QStringLiteral("hit-image-viewed"), object(hitId),
                   details, QStringLiteral("success")},
        [&](const QByteArray&) { return store.hotLists().addHitStep(step); });
}

Result<QImage> Alerts::rectifiedPlate(qint64 hitId)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    if (m_session.isDepartment()) {
        QString corners;
        auto jpeg =
            departmenthotlists::image(m_session, hitId, QStringLiteral("rectified"), &corners);
        if (!jpeg)
            return jpeg.error();
        auto frame = decodeImage(*jpeg);
        if (!frame)
            return frame.error();
        return rectifyPlate(*frame, cornersFromText(corners));
    }
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit.error();
    Store& store = storeOf(m_session);
    auto reads = store.reads().fetch({hit->readId});
    if (!reads)
        return reads.error();
    if (reads->isEmpty() || reads->first().plateCorners.size() != 4)
        return makeError(ErrorCode::NotFound,
                         tr("The camera gave no plate corners for hit %1.").arg(hitId));
    const QList<QPoint> corners = reads->first().plateCorners;
    QJsonObject details = eventDetails(*hit);
    details.insert(QStringLiteral("kind"), QStringLiteral("rectified"));
    HitStep step{0,
                 hitId,
                 QStringLiteral("image-viewed"),
                 m_session.user().username,
                 m_session.clock().now(),
                 hit->incident,
                 details};
    QImage rectified;
    auto viewed = store.reads().imageRecorded(
        hit->readId, ImageKind::Overview, trailOf(m_session),
        TrailEntry{m_session.user().username, QStringLiteral("hit-image-viewed"), object(hitId),
                   details, QStringLiteral("success")},
        [&](const QByteArray& jpeg) -> Result<void> {
            auto frame = decodeImage(jpeg);
            if (!frame)
                return frame.error();
            auto cut = rectifyPlate(*frame, corners);
            if (!cut)
                return cut.error();
            rectified = *cut;
            return store.hotLists().addHitStep(step);
        });
    if (!viewed)
        return viewed.error();
    return rectified;
}

Result<void> Alerts::requireStepsBefore(const HitRecord& hit, HitStepKind step)
{
    for (int i = 0; i < int(step); ++i) {
        const auto earlier = HitStepKind(i);
        if (!hit.checklist.contains(stepKey(earlier)))
            return makeError(
                ErrorCode::Denied,
                tr("Hit %1: the step \"%2\" comes first.").arg(hit.id).arg(hitStepName(earlier)));
    }
    return {};
}

Result<void> Alerts::step(qint64 hitId, HitStepKind kind, QJsonObject result)
{
    auto hit = heldHit(hitId);
    if (!hit)
        return hit.error();
    if (auto r = requireStepsBefore(*hit, kind); !r)
        return r;
    HitRecord after = *hit;
    const QDateTime now = m_session.clock().now();
    result.insert(QStringLiteral("by"), m_session.user().username);
    result.insert(QStringLiteral("at"), now.toString(Qt::ISODateWithMs));
    after.checklist.insert(stepKey(kind), result);
    after.lastStepAt = now;
    return record(*hit, after, QStringLiteral("hit-") + stepKey(kind), result, stepKey(kind));
}

Result<void> Alerts::markCharacters(qint64 hitId, const QString& marks)
{
    // The server compares the marks with its own boxes, and requires the
    // plate view it recorded.
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("characters"),
                           {{QStringLiteral("marks"), marks}});
    auto held = heldHit(hitId);
    if (!held)
        return held.error();
    auto c = compile(hitId);
    if (!c)
        return c.error();
    if (!c->plateViewedByMe)
        return makeError(ErrorCode::Denied,
                         tr("Hit %1: look at the plate image before comparing its characters "
                            "(no view of it by you is recorded).")
                             .arg(hitId));
    static const QRegularExpression valid(QStringLiteral("^[yn]+$"));
    const qsizetype boxes = std::max(c->comparedListed.size(), c->comparedRead.size());
    if (!valid.match(marks).hasMatch() || marks.size() != boxes)
        return makeError(ErrorCode::Invalid,
                         tr("Hit %1: mark each of the %2 characters y (the same) or n (differs), "
                            "not \"%3\".")
                             .arg(hitId)
                             .arg(boxes)
                             .arg(escapeControls(marks)));
    const bool same = !marks.contains(QLatin1Char('n'));
    return step(
        hitId, HitStepKind::Characters,
        {{QStringLiteral("result"), same ? QStringLiteral("ok") : QStringLiteral("mismatch")},
         {QStringLiteral("marks"), marks},
         {QStringLiteral("listed"), c->comparedListed},
         {QStringLiteral("read"), c->comparedRead}});
}

Result<void> Alerts::confirmPlateState(qint64 hitId, bool matches)
{
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("plate-state"),
                           {{QStringLiteral("matches"), matches}});
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit.error();
    return step(
        hitId, HitStepKind::PlateState,
        {{QStringLiteral("result"), matches ? QStringLiteral("ok") : QStringLiteral("differs")},
         {QStringLiteral("listed"), hit->snapshot.value(QStringLiteral("state"))},
         {QStringLiteral("read"), hit->readState}});
}

Result<void> Alerts::confirmVehicle(qint64 hitId, bool matches)
{
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("vehicle"),
                           {{QStringLiteral("matches"), matches}});
    auto held = heldHit(hitId);
    if (!held)
        return held.error();
    auto c = compile(hitId);
    if (!c)
        return c.error();
    const bool hasVehicleImage =
        c->images.contains(ImageKind::Overview) || c->images.contains(ImageKind::Vehicle);
    if (hasVehicleImage && !c->vehicleViewedByMe)
        return makeError(ErrorCode::Denied,
                         tr("Hit %1: look at the overview or vehicle image before confirming the "
                            "vehicle (no view of it by you is recorded).")
                             .arg(hitId));
    QJsonObject compared;
    for (const VehicleComparison& v : c->vehicle)
        compared.insert(v.field, QJsonArray{v.camera, v.listed});
    return step(
        hitId, HitStepKind::Vehicle,
        {{QStringLiteral("result"), matches ? QStringLiteral("ok") : QStringLiteral("differs")},
         {QStringLiteral("compared"), compared},
         {QStringLiteral("from_image"), hasVehicleImage}});
}

Result<void> Alerts::checkCurrency(qint64 hitId)
{
    // The server reads the list's time itself.
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("currency"));
    auto held = heldHit(hitId);
    if (!held)
        return held.error();
    auto c = compile(hitId);
    if (!c)
        return c.error();
    return step(hitId, HitStepKind::Currency,
                {{QStringLiteral("list_time"), c->listTime.toString(Qt::ISODate)},
                 {QStringLiteral("age_minutes"), c->listAgeMinutes},
                 {QStringLiteral("stale"), c->listStale}});
}

Result<void> Alerts::recordClets(qint64 hitId, const QString& result, const QString& reference,
                                 const QDateTime& at)
{
    if (!HitCodes::cletsResults().contains(result))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a CLETS result; give one of %2.")
                             .arg(escapeControls(result), HitCodes::cletsResults().join(u", ")));
    const QString ref = reference.trimmed();
    if (auto r = checkTextInput(tr("CLETS reference"), ref, kMaxNameLength * 2); !r)
        return r;
    if (ref.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Give the CLETS message or NIC reference of the inquiry."));
    const QDateTime now = m_session.clock().now();
    if (!at.isValid() || at > now.addSecs(300) || at < now.addDays(-1))
        return makeError(ErrorCode::Invalid,
                         tr("The time of the CLETS inquiry must be within the last day, not %1.")
                             .arg(at.isValid() ? at.toString(Qt::ISODate) : tr("missing")));
    if (m_session.isDepartment())
        return actOnServer(m_session, hitId, QStringLiteral("clets"),
                           {{QStringLiteral("result"), result},
                            {QStringLiteral("reference"), ref},
                            {QStringLiteral("inquiry_at"), at.toUTC().toString(Qt::ISODate)}});
    return step(hitId, HitStepKind::Clets,
                {{QStringLiteral("result"), result},
                 {QStringLiteral("reference"), ref},
                 {QStringLiteral("inquiry_at"), at.toUTC().toString(Qt::ISODate)}});
}

Result<void> Alerts::decide(qint64 hitId, bool confirmed, const QString& reason,
                            const QString& note)
{
    // The server checks the holder, the steps and what a confirmation needs.
    if (m_session.isDepartment()) {
        if (auto r =
                checkTextInput(tr("note"), note.trimmed(), kMaxFreeTextLength, TextLines::Several);
            !r)
            return r;
        if (!confirmed && !HitCodes::rejectReasons().contains(reason))
            return makeError(
                ErrorCode::Invalid,
                tr("\"%1\" is not a reason to reject; give one of %2.")
                    .arg(escapeControls(reason), HitCodes::rejectReasons().join(u", ")));
        return actOnServer(m_session, hitId, QStringLiteral("decide"),
                           {{QStringLiteral("confirmed"), confirmed},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("note"), note.trimmed()}});
    }
    auto hit = heldHit(hitId);
    if (!hit)
        return hit.error();
    const QString cleanNote = note.trimmed();
    if (auto r = checkTextInput(tr("note"), cleanNote, kMaxFreeTextLength, TextLines::Several); !r)
        return r;
    const QJsonObject& list = hit->checklist;
    const auto resultOf = [&list](HitStepKind s) {
        return list.value(stepKey(s)).toObject().value(QStringLiteral("result")).toString();
    };
    if (confirmed) {
        if (auto r = requireStepsBefore(*hit, HitStepKind(int(HitStepKind::Clets) + 1)); !r)
            return r;
        if (resultOf(HitStepKind::Characters) != QLatin1String("ok"))
            return makeError(ErrorCode::Denied,
                             tr("Hit %1 cannot be confirmed: a character of the plate does not "
                                "match the listed plate.")
                                 .arg(hitId));
        if (resultOf(HitStepKind::PlateState) != QLatin1String("ok"))
            return makeError(
                ErrorCode::Denied,
                tr("Hit %1 cannot be confirmed: the state of issuance differs.").arg(hitId));
        if (resultOf(HitStepKind::Clets) != QLatin1String("still-wanted"))
            return makeError(ErrorCode::Denied,
                             tr("Hit %1 cannot be confirmed: CLETS did not confirm the entry as "
                                "still wanted.")
                                 .arg(hitId));
        if (resultOf(HitStepKind::Vehicle) != QLatin1String("ok") && cleanNote.isEmpty())
            return makeError(ErrorCode::Denied,
                             tr("Hit %1: the vehicle differs from the entry; say in a note why it "
                                "is confirmed (for example, plates moved to another car).")
                                 .arg(hitId));
    } else {
        if (!HitCodes::rejectReasons().contains(reason))
            return makeError(
                ErrorCode::Invalid,
                tr("\"%1\" is not a reason to reject; give one of %2.")
                    .arg(escapeControls(reason), HitCodes::rejectReasons().join(u", ")));
        if (reason == QLatin1String("other") && cleanNote.isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("Say in a note why hit %1 is rejected.").arg(hitId));
    }
    HitRecord after = *hit;
    const QDateTime now = m_session.clock().now();
    after.status = confirmed ? hitstatus::kConfirmed : hitstatus::kRejected;
    after.decidedBy = m_session.user().username;
    after.decidedAt = now;
    after.lastStepAt = now;
    after.takenBy.clear();
    QJsonObject decision{{QStringLiteral("decision"), after.status},
                         {QStringLiteral("by"), m_session.user().username},
                         {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)}};
    if (!confirmed)
        decision.insert(QStringLiteral("reason"), reason);
    if (!cleanNote.isEmpty())
        decision.insert(QStringLiteral("note"), cleanNote);
    after.checklist.insert(QStringLiteral("decision"), decision);
    return record(*hit, after, QStringLiteral("hit-decided"), decision, QStringLiteral("decision"));
}

Result<void> Alerts::dispose(qint64 hitId, const QString& outcome, const QString& incident)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r;
    if (!HitCodes::outcomes().contains(outcome))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a disposition; give one of %2.")
                             .arg(escapeControls(outcome), HitCodes::outcomes().join(u", ")));
    // The server places the stop's legal hold in the same transaction.
    if (m_session.isDepartment())
        return actOnServer(
            m_session, hitId, QStringLiteral("dispose"),
            {{QStringLiteral("outcome"), outcome}, {QStringLiteral("incident"), incident}});
    auto hit = visibleHit(hitId);
    if (!hit)
        return hit.error();
    if (hit->status != hitstatus::kConfirmed)
        return makeError(
            ErrorCode::Denied,
            tr("Hit %1 has no disposition: only a confirmed hit is acted on.").arg(hitId));
    if (incident != hit->incident)
        return makeError(ErrorCode::Invalid, tr("Hit %1 was verified under incident %2, not %3.")
                                                 .arg(hitId)
                                                 .arg(hit->incident, escapeControls(incident)));
    HitRecord after = *hit;
    after.outcome = outcome;
    if (auto r = record(
            *hit, after, QStringLiteral("hit-disposed"),
            {{QStringLiteral("outcome"), outcome}, {QStringLiteral("previous"), hit->outcome}},
            QStringLiteral("disposition"));
        !r)
        return r;
    // The record behind a stop is not purged by default (Los Altos
    // 462.4(h)(3)): its read goes under a hold records staff review.
    if (outcome == QLatin1String("no-action"))
        return {};
    auto held = LegalHolds::holdForStop(m_session, hit->readId, hitId, incident, outcome);
    if (!held)
        return held.error();
    return {};
}

Result<QList<HitRecord>> Alerts::boloNotices()
{
    if (m_session.isDepartment())
        return departmenthotlists::hits(m_session, QStringLiteral("bolo"), 0, 100);
    HitFilter filter;
    filter.unnotifiedAuthor = m_session.user().username;
    filter.viewer = m_session.user().username;
    filter.limit = 100;
    return storeOf(m_session).hotLists().hits(filter);
}

Result<void> Alerts::notify(const QList<qint64>& hitIds)
{
    for (qint64 id : hitIds) {
        if (m_session.isDepartment()) {
            if (auto r = actOnServer(m_session, id, QStringLiteral("notified")); !r)
                return r;
            continue;
        }
        auto found = storeOf(m_session).hotLists().hit(id);
        if (!found)
            return found.error();
        if (!found.value() || found.value()->notifiedAt.isValid())
            continue;
        const HitRecord& hit = *found.value();
        if (hit.snapshot.value(QStringLiteral("entered_by")).toString() !=
            m_session.user().username)
            continue;
        HitRecord after = hit;
        after.notifiedAt = m_session.clock().now();
        auto r = record(hit, after, QStringLiteral("bolo-hit-notified"),
                        {{QStringLiteral("entry"), hit.entryId}}, QStringLiteral("notified"));
        if (!r && r.error().code != ErrorCode::Conflict)
            return r;
    }
    return {};
}

Result<QString> Alerts::confirmationText(qint64 hitId, const QString& form)
{
    if (auto r = m_session.require(Action::VerifyHit, object(hitId)); !r)
        return r.error();
    // On the department store the server records the confirmation as it answers.
    auto c = compile(hitId, form);
    if (!c)
        return c.error();
    const HitRecord& h = c->hit;
    if (h.status != hitstatus::kConfirmed && h.status != hitstatus::kRejected)
        return makeError(ErrorCode::Denied,
                         tr("Hit %1 is not decided yet; there is nothing to print.").arg(hitId));
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QTimeZone zone(agency->timeZone.toUtf8());
    // Times as the agency reads them, with the zone's abbreviation.
    const auto local = [&zone](const QDateTime& t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
                           : QString();
    };
    const auto stepOf = [&h](const QString& step) { return h.checklist.value(step).toObject(); };
    const auto value = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toVariant().toString();
    };
    const auto when = [&](const QJsonObject& o, const char* key) {
        return local(QDateTime::fromString(value(o, key), Qt::ISODateWithMs));
    };
    const auto by = [&](const QString& step) {
        const QJsonObject o = stepOf(step);
        return tr("by %1 at %2").arg(value(o, "by"), when(o, "at"));
    };
    QStringList lines;
    lines << tr("ALPR HIT VERIFICATION — %1").arg(h.status.toUpper());
    if (const QString heading = agency->heading(); !heading.isEmpty())
        lines << heading;
    lines << tr("Hit %1, incident %2, list \"%3\" (purpose %4)")
                 .arg(h.id)
                 .arg(h.incident, c->listName, c->purpose);
    lines << tr("Read: %1 %2 at %3, camera %4")
                 .arg(c->read.plate, c->read.state, local(c->read.capturedAt), c->read.cameraName);
    lines << tr("Listed: %1 %2 — %3").arg(c->listedPlate, c->listedState, c->reason);
    const QJsonObject characters = stepOf(QStringLiteral("characters"));
    lines << tr("1. Characters: %1 (listed %2, read %3, marks %4) %5")
                 .arg(value(characters, "result"), value(characters, "listed"),
                      value(characters, "read"), value(characters, "marks"),
                      by(QStringLiteral("characters")));
    lines << tr("2. State: %1 %2")
                 .arg(value(stepOf(QStringLiteral("plate-state")), "result"),
                      by(QStringLiteral("plate-state")));
    lines << tr("3. Vehicle: %1 %2")
                 .arg(value(stepOf(QStringLiteral("vehicle")), "result"),
                      by(QStringLiteral("vehicle")));
    const QJsonObject currency = stepOf(QStringLiteral("currency"));
    lines << tr("4. List time: %1 (%2 minutes old%3) %4")
                 .arg(local(QDateTime::fromString(value(currency, "list_time"), Qt::ISODate)),
                      value(currency, "age_minutes"),
                      value(currency, "stale") == QLatin1String("true") ? tr(", STALE") : QString(),
                      by(QStringLiteral("currency")));
    const QJsonObject clets = stepOf(QStringLiteral("clets"));
    lines << tr("5. CLETS: %1, reference %2, inquiry at %3, %4")
                 .arg(value(clets, "result"), value(clets, "reference"),
                      local(QDateTime::fromString(value(clets, "inquiry_at"), Qt::ISODate)),
                      by(QStringLiteral("clets")));
    const QJsonObject decision = stepOf(QStringLiteral("decision"));
    lines << tr("Decision: %1 by %2 at %3%4")
                 .arg(h.status, h.decidedBy, local(h.decidedAt),
                      value(decision, "reason").isEmpty()
                          ? QString()
                          : tr(", reason %1").arg(value(decision, "reason")));
    if (const QString note = value(decision, "note"); !note.isEmpty())
        lines << tr("Note: %1").arg(note);
    if (!h.outcome.isEmpty())
        lines << tr("Disposition: %1").arg(h.outcome);
    lines << tr("Printed by %1 at %2.")
                 .arg(m_session.user().username, local(m_session.clock().now()));
    lines << tr("An alert alone is never a basis for a stop; this verification was recorded in "
                "the audit trail.");
    QJsonObject details = eventDetails(h);
    details.insert(QStringLiteral("form"), form);
    if (!m_session.isDepartment())
        if (auto logged = logAccess(QStringLiteral("hit-confirmation"), object(hitId), details);
            !logged)
            return logged.error();
    return lines.join(QLatin1Char('\n'));
}

Result<void> Alerts::writeConfirmationPdf(qint64 hitId, const QString& path)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Say where the confirmation goes (a file name ending in .pdf)."));
    // Fonts (and so a PDF) need a QGuiApplication; refuse rather than abort without one.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         tr("This program cannot lay out a PDF (it has no fonts loaded)."));
    auto text = confirmationText(hitId, QFileInfo(path).fileName());
    if (!text)
        return text.error();
    // The plate as the camera saw it; a confirmation without one still prints.
    QImage plateImage;
    if (auto plate = image(hitId, ImageKind::Plate))
        if (auto decoded = decodeImage(*plate))
            plateImage = *decoded;
    QSaveFile pdf(path);
    if (!pdf.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::Io,
            tr("Cannot write the confirmation to %1: %2").arg(path, pdf.errorString()));
    if (auto r = makeOwnerOnly(pdf); !r)
        return r.error();
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(tr("ALPR hit verification %1").arg(hitId));
        writer.setCreator(QStringLiteral("ALPR Workstation"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        QPainter painter(&writer);
        qreal top = 0;
        // Lays out html at the writer's resolution (points are points on
        // paper) and draws it at top.
        const auto draw = [&](const QString& html) {
            QTextDocument doc;
            doc.setDefaultFont(font);
            doc.documentLayout()->setPaintDevice(&writer);
            doc.setDocumentMargin(0);
            doc.setTextWidth(area.width());
            doc.setHtml(html);
            painter.save();
            painter.translate(0, top);
            doc.drawContents(&painter, QRectF(0, 0, area.width(), area.height() - top));
            painter.restore();
            top += doc.size().height();
        };
        QStringList lines = text->split(QLatin1Char('\n'));
        draw(QStringLiteral("<h2>%1</h2>").arg(lines.takeFirst().toHtmlEscaped()));
        // The plate as the camera saw it, half the page wide.
        if (!plateImage.isNull()) {
            const qreal width = area.width() / 2;
            const qreal height = width * plateImage.height() / std::max(1, plateImage.width());
            painter.drawImage(QRectF(0, top, width, height), plateImage);
            top += height + writer.resolution() / 6.0;
        }
        QString html;
        for (const QString& line : std::as_const(lines))
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
        draw(html);
    }
    if (!pdf.commit())
        return makeError(
            ErrorCode::Io,
            tr("Cannot write the confirmation to %1: %2").arg(path, pdf.errorString()));
    return {};
}

} // namespace alpr
