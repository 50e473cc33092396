// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"
#include "store/hotlistrepository.h"
#include "store/readrepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace alpr {

class Session;

// How a hit's verification stands (hits.status).
namespace hitstatus {
inline const QString kNew = QStringLiteral("new");
inline const QString kTaken = QStringLiteral("taken");
inline const QString kConfirmed = QStringLiteral("confirmed");
inline const QString kRejected = QStringLiteral("rejected");
} // namespace hitstatus

// The checklist's steps, in the order they must be done (Los Altos
// 462.4(g)-(h), Irvine 3.03.26.030(6)): the plate character by character,
// the state, the vehicle, the list's currency, the CLETS inquiry; then the
// decision. The names are the checklist's keys, the audit trail's and the
// CLI's.
enum class HitStepKind
{
    Characters,
    PlateState,
    Vehicle,
    Currency,
    Clets,
};
QString hitStepName(HitStepKind step); // characters, plate-state, vehicle, currency, clets

// The values each step and the decision take (stable codes; the GUI shows
// them translated).
struct HitCodes
{
    static const QStringList& cletsResults();   // still-wanted, cleared, no-record
    static const QStringList& rejectReasons();  // misread, wrong-state, vehicle-mismatch, ...
    static const QStringList& outcomes();       // arrest, citation, vehicle-recovered, ...
    static const QStringList& releaseReasons(); // released, signed-out, locked, idle, supervisor
};

// One descriptor of the vehicle, as the camera saw it and as the entry lists it.
struct VehicleComparison
{
    QString field;  // make, model, color, body
    QString camera; // the read's value
    QString listed; // the entry's, decoded from NCIC codes
    // Same, differs, or nothing to compare (either side empty).
    enum class Match
    {
        Same,
        Differs,
        Unknown
    } match = Match::Unknown;
};

// Everything the checklist shows for one hit.
struct HitChecklist
{
    HitRecord hit;
    ReadRecord read; // without images
    QList<HitStep> steps;
    QString listName;
    QString purpose;
    QString listedPlate; // the entry's plate or pattern
    bool listedIsPattern = false;
    QString listedState;
    QString reason;
    // The characters compared: one box per character of the listed plate
    // (of the read plate for a pattern), and the positions whose two
    // characters differ or are a known misread pair (0/O, 8/B...).
    QString comparedListed;
    QString comparedRead;
    QList<int> attentionPositions;
    std::optional<bool> stateMatches; // nullopt: a side has no state
    QList<VehicleComparison> vehicle;
    QDateTime listTime; // the extract's own time, else the load
    qint64 listAgeMinutes = 0;
    bool listStale = false;
    QList<ImageKind> images;        // stored for the read
    bool rectifiable = false;       // corners and an overview are stored
    bool plateViewedByMe = false;   // this user's view of the plate image is recorded
    bool vehicleViewedByMe = false; // of the overview or vehicle image

    bool done(HitStepKind step) const;
    bool heldBy(const QString& username) const;
};

// The dispatcher's alert queue and the CLETS verification checklist, for
// users with verify-hit. A hit is taken under an incident number before it
// is worked; every step, view, take, release and escalation is an audit
// event with the incident and the list's purpose, and a row of hit_steps.
// Covert lists' hits reach only their members. Time comes from the
// session's clock.
class Alerts final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Alerts)

public:
    explicit Alerts(Session& session) : m_session(session) {}

    // Open hits (new or taken) this user may see, newest first. The first
    // listing that shows a hit to this Alerts records it ("alerts-listed"
    // with the hits' ids); refreshing the same rows records nothing more.
    Result<QList<HitRecord>> queue(int limit = 500);
    // Hits decided (confirmed or rejected) recently, newest first; recorded as a listing.
    Result<QList<HitRecord>> decided(int limit = 200);

    // Takes a new hit under an incident number (the department's case
    // number format). Conflict when someone else took or decided it.
    Result<HitRecord> take(qint64 hitId, const QString& incident);
    // Gives a taken hit back to the queue: its holder (reason "released"),
    // or a supervisor (supervise-alerts, reason "supervisor").
    Result<void> release(qint64 hitId);
    // Every hit this user holds goes back (reason signed-out or locked): the
    // GUI calls it when the user signs out or the screen locks.
    Result<int> releaseMine(const QString& reason);
    // Releases holds idle longer than the department's hold minutes and
    // escalates new hits nobody took within the escalation minutes. Returns
    // the hits escalated just now (the GUI announces them again); released,
    // when given, gets the hits whose idle holds lapsed (the CLI prints them).
    Result<QList<qint64>> sweep(QList<qint64>* released = nullptr);

    // The checklist of one hit (recorded as "hit-viewed").
    Result<HitChecklist> checklist(qint64 hitId);
    // An image of the hit's read, recorded ("hit-image-viewed" with the
    // kind); the plate view is what lets this user mark the characters.
    Result<QByteArray> image(qint64 hitId, ImageKind kind);
    // The plate cut out of the overview frame along the corners the camera
    // gave, made square to the eye (recorded as a view of the overview).
    Result<QImage> rectifiedPlate(qint64 hitId);

    // The steps, each by the holder, in order. marks: one of y (same) or n
    // (differs) per compared character.
    Result<void> markCharacters(qint64 hitId, const QString& marks);
    Result<void> confirmPlateState(qint64 hitId, bool matches);
    Result<void> confirmVehicle(qint64 hitId, bool matches);
    Result<void> checkCurrency(qint64 hitId);
    Result<void> recordClets(qint64 hitId, const QString& result, const QString& reference,
                             const QDateTime& at);
    // Confirmed: every step done, each character the same, the state the
    // same, CLETS still wanted; a vehicle that differs needs a note.
    // Rejected: any time while held, with a reason (other needs a note).
    Result<void> decide(qint64 hitId, bool confirmed, const QString& reason, const QString& note);
    // After a confirmation, what came of it, under the incident number.
    Result<void> dispose(qint64 hitId, const QString& outcome, const QString& incident);

    // Hits of BOLO entries this user entered that they have not been told
    // of; notify() records that they were shown ("bolo-hit-notified").
    Result<QList<HitRecord>> boloNotices();
    Result<void> notify(const QList<qint64>& hitIds);

    // The printable confirmation of a decided hit: all of the checklist as
    // plain text (for copying into the call), recorded as
    // "hit-confirmation" with the form it goes into ("text", or the PDF's
    // file name).
    Result<QString> confirmationText(qint64 hitId, const QString& form = QStringLiteral("text"));
    // The same on one page of PDF with the plate image (its view recorded),
    // written whole or not at all, mode 0600.
    Result<void> writeConfirmationPdf(qint64 hitId, const QString& path);

private:
    // The checklist as it stands, without recording a view (the steps that
    // need it are recorded themselves). On the department store the server
    // records it as it answers: as "hit-viewed", or as the "hit-confirmation"
    // of form when form is not null.
    Result<HitChecklist> compile(qint64 hitId, const QString& form = QString());
    // The hit if this user may see it (covert lists: members only).
    Result<HitRecord> visibleHit(qint64 hitId);
    // A step on a hit this user holds.
    Result<HitRecord> heldHit(qint64 hitId);
    Result<void> record(const HitRecord& before, HitRecord after, const QString& action,
                        QJsonObject details, const QString& stepName = {});
    Result<void> requireStepsBefore(const HitRecord& hit, HitStepKind step);
    Result<void> step(qint64 hitId, HitStepKind kind, QJsonObject result);
    QJsonObject eventDetails(const HitRecord& hit) const;
    // An access event (listed, viewed, printed) appended in a write
    // transaction of its own, so that reading the trail's head and writing
    // the event are one step: another process appending meanwhile (the
    // receiver's import) cannot take the same sequence number.
    Result<void> logAccess(const QString& action, const QString& object,
                           const QJsonObject& details);

    Session& m_session;
    QSet<qint64> m_listed; // hits this Alerts has already recorded as shown
};

} // namespace alpr
