// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hits show|take|release|verify|dispose|queue|sweep|confirmation: the
// dispatcher's alert queue and CLETS verification checklist, through the same
// core calls (hits/alerts.h) and so the same rules and audit records as the
// GUI's alert panel. Unlike the GUI, a command's own sign-out leaves the hits
// it took held: the next command goes on with them.
#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "common/clock.h"
#include "common/privatefiles.h"
#include "common/textinput.h"
#include "hits/alerts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace alpr::cli {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? localTime(t) : QStringLiteral("-");
}

Result<qint64> hitArgument(const Options& o)
{
    bool ok = false;
    const qint64 id = o.positional.value(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("hits %1 takes a hit id").arg(o.positional.value(1)));
    return id;
}

QString text(const QJsonObject& o, const char* key)
{
    return escapeControls(o.value(QLatin1String(key)).toVariant().toString());
}

QString matchName(VehicleComparison::Match m)
{
    switch (m) {
    case VehicleComparison::Match::Same:
        return QStringLiteral("same");
    case VehicleComparison::Match::Differs:
        return QStringLiteral("DIFFERS");
    case VehicleComparison::Match::Unknown:
        break;
    }
    return QStringLiteral("nothing to compare");
}

QJsonObject queueJson(const HitRecord& h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("priority"), h.priority},
            {QStringLiteral("plate_read"), h.readPlate},
            {QStringLiteral("state_read"), h.readState},
            {QStringLiteral("captured_at"), h.capturedAt.toString(Qt::ISODate)},
            {QStringLiteral("camera"), h.camera},
            {QStringLiteral("matched_at"), h.matchedAt.toString(Qt::ISODate)},
            {QStringLiteral("match"), h.matchKind},
            {QStringLiteral("list"), h.snapshot.value(QStringLiteral("list"))},
            {QStringLiteral("purpose"), h.snapshot.value(QStringLiteral("purpose"))},
            {QStringLiteral("plate_listed"), h.snapshot.value(QStringLiteral("plate"))},
            {QStringLiteral("reason"), h.snapshot.value(QStringLiteral("reason"))},
            {QStringLiteral("state_differs"), h.stateDiffers},
            {QStringLiteral("stale"), h.stale},
            {QStringLiteral("covert"), h.covert},
            {QStringLiteral("taken_by"), h.takenBy},
            {QStringLiteral("incident"), h.incident},
            {QStringLiteral("escalated"), h.escalatedAt.isValid()}};
}

QJsonObject checklistJson(const HitChecklist& c)
{
    QJsonObject o = queueJson(c.hit);
    QJsonArray attention;
    for (int i : c.attentionPositions)
        attention.append(i);
    QJsonArray vehicle;
    for (const VehicleComparison& v : c.vehicle)
        vehicle.append(QJsonObject{{QStringLiteral("field"), v.field},
                                   {QStringLiteral("camera"), v.camera},
                                   {QStringLiteral("listed"), v.listed},
                                   {QStringLiteral("match"), matchName(v.match)}});
    QJsonArray steps;
    for (const HitStep& s : c.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.step},
                                 {QStringLiteral("by"), s.username},
                                 {QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("details"), s.details}});
    QJsonArray images;
    for (ImageKind k : c.images)
        images.append(imageKindName(k));
    o.insert(QStringLiteral("read"), readJson(c.read));
    o.insert(QStringLiteral("state_listed"), c.listedState);
    o.insert(QStringLiteral("pattern"), c.listedIsPattern);
    o.insert(QStringLiteral("compared_listed"), c.comparedListed);
    o.insert(QStringLiteral("compared_read"), c.comparedRead);
    o.insert(QStringLiteral("attention_positions"), attention);
    o.insert(QStringLiteral("state_matches"),
             c.stateMatches ? QJsonValue(*c.stateMatches) : QJsonValue());
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("list_time"), c.listTime.toString(Qt::ISODate));
    o.insert(QStringLiteral("list_age_minutes"), c.listAgeMinutes);
    o.insert(QStringLiteral("list_stale"), c.listStale);
    o.insert(QStringLiteral("images"), images);
    o.insert(QStringLiteral("rectifiable"), c.rectifiable);
    o.insert(QStringLiteral("checklist"), c.hit.checklist);
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("decided_by"), c.hit.decidedBy);
    o.insert(QStringLiteral("outcome"), c.hit.outcome);
    return o;
}

void printChecklist(const HitChecklist& c)
{
    const HitRecord& h = c.hit;
    printOut(QStringLiteral("Hit %1 (%2)%3 on \"%4\", purpose %5")
                 .arg(h.id)
                 .arg(h.status, h.escalatedAt.isValid() ? QStringLiteral(", ESCALATED") : QString(),
                      escapeControls(c.listName), escapeControls(c.purpose)));
    printOut(QStringLiteral("  reason:    %1").arg(escapeControls(c.reason)));
    printOut(QStringLiteral("  read:      %1 %2 at %3, camera %4 (read %5)")
                 .arg(c.read.plate, c.read.state, when(c.read.capturedAt),
                      escapeControls(c.read.cameraName))
                 .arg(c.read.id));
    printOut(QStringLiteral("  listed:    %1%2 %3")
                 .arg(escapeControls(c.listedPlate),
                      c.listedIsPattern ? QStringLiteral(" (partial plate)") : QString(),
                      escapeControls(c.listedState)));
    // One column per character, a caret under each to look at twice.
    const auto spaced = [](const QString& s) {
        QStringList chars;
        for (QChar ch : s)
            chars << QString(ch);
        return chars.join(u' ');
    };
    QString carets;
    const qsizetype boxes = std::max(c.comparedListed.size(), c.comparedRead.size());
    for (qsizetype i = 0; i < boxes; ++i)
        carets +=
            c.attentionPositions.contains(int(i)) ? QStringLiteral("^ ") : QStringLiteral("  ");
    printOut(
        QStringLiteral("  characters listed  %1").arg(spaced(escapeControls(c.comparedListed))));
    printOut(QStringLiteral("             read    %1").arg(spaced(c.comparedRead)));
    if (!c.attentionPositions.isEmpty())
        printOut(QStringLiteral("                     %1 look twice").arg(carets));
    printOut(QStringLiteral("  state:     %1")
                 .arg(!c.stateMatches   ? QStringLiteral("nothing to compare")
                      : *c.stateMatches ? QStringLiteral("same")
                                        : QStringLiteral("DIFFERS")));
    for (const VehicleComparison& v : c.vehicle)
        printOut(QStringLiteral("  %1 camera \"%2\", listed \"%3\": %4")
                     .arg(v.field, -6)
                     .arg(escapeControls(v.camera), escapeControls(v.listed), matchName(v.match)));
    printOut(QStringLiteral("  list time: %1, %2 minutes old%3")
                 .arg(when(c.listTime))
                 .arg(c.listAgeMinutes)
                 .arg(c.listStale ? QStringLiteral(" (STALE)") : QString()));
    QStringList images;
    for (ImageKind k : c.images)
        images << imageKindName(k);
    if (c.rectifiable)
        images << QStringLiteral("rectified");
    printOut(QStringLiteral("  images:    %1; viewed by you: plate %2, vehicle %3")
                 .arg(images.isEmpty() ? QStringLiteral("none") : images.join(u", "),
                      c.plateViewedByMe ? QStringLiteral("yes") : QStringLiteral("no"),
                      c.vehicleViewedByMe ? QStringLiteral("yes") : QStringLiteral("no")));
    printOut(QStringLiteral("  holder:    %1%2")
                 .arg(h.takenBy.isEmpty() ? QStringLiteral("-") : escapeControls(h.takenBy),
                      h.takenAt.isValid() ? QStringLiteral(" since %1").arg(when(h.takenAt))
                                          : QString()));
    printOut(QStringLiteral("  incident:  %1")
                 .arg(h.incident.isEmpty() ? QStringLiteral("-") : escapeControls(h.incident)));
    printOut(QStringLiteral("  steps:"));
    for (HitStepKind k : {HitStepKind::Characters, HitStepKind::PlateState, HitStepKind::Vehicle,
                          HitStepKind::Currency, HitStepKind::Clets}) {
        const QString name = hitStepName(k);
        const QJsonObject s = h.checklist.value(name).toObject();
        if (s.isEmpty()) {
            printOut(QStringLiteral("    %1 not done").arg(name, -12));
            continue;
        }
        QString result = text(s, "result");
        if (k == HitStepKind::Currency)
            result = QStringLiteral("list %1 minutes old%2")
                         .arg(text(s, "age_minutes"), s.value(QStringLiteral("stale")).toBool()
                                                          ? QStringLiteral(", stale")
                                                          : QString());
        if (k == HitStepKind::Clets)
            result += QStringLiteral(", reference %1 at %2")
                          .arg(text(s, "reference"), text(s, "inquiry_at"));
        printOut(QStringLiteral("    %1 %2 by %3 at %4")
                     .arg(name, -12)
                     .arg(result, text(s, "by"), text(s, "at")));
    }
    const QJsonObject decision = h.checklist.value(QStringLiteral("decision")).toObject();
    printOut(
        QStringLiteral("  decision:  %1")
            .arg(decision.isEmpty()
                     ? QStringLiteral("-")
                     : QStringLiteral("%1 by %2 at %3%4%5")
                           .arg(text(decision, "decision"), text(decision, "by"), when(h.decidedAt),
                                decision.contains(QStringLiteral("reason"))
                                    ? QStringLiteral(", reason %1").arg(text(decision, "reason"))
                                    : QString(),
                                decision.contains(QStringLiteral("note"))
                                    ? QStringLiteral(", note: %1").arg(text(decision, "note"))
                                    : QString())));
    printOut(QStringLiteral("  outcome:   %1")
                 .arg(h.outcome.isEmpty() ? QStringLiteral("-") : h.outcome));
    printOut(QStringLiteral("  An alert alone is never a basis for a stop: compare the plate in "
                            "the image, check the state and the vehicle, and confirm through "
                            "CLETS."));
}

// A new file only this user may read (images of a read are ALPR data); an
// existing file is never replaced, nor is a name made to point elsewhere.
Result<void> writeNewPrivateFile(const QString& path, const std::function<bool(QIODevice&)>& write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io,
                         file.exists()
                             ? QStringLiteral("%1 already exists; name a new file").arg(path)
                             : QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const auto failed = [&file, &path](const QString& why) {
        file.close();
        file.remove();
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, why));
    };
    if (auto r = makeOwnerOnly(file); !r) {
        file.close();
        file.remove();
        return r;
    }
    if (!write(file) || !file.flush())
        return failed(file.errorString());
    file.close();
    return {};
}

int showImage(const Options& o, Alerts& alerts, qint64 hitId)
{
    const QString kind = o.value("image");
    const QString out = o.value("out");
    if (kind == QLatin1String("rectified")) {
        auto image = alerts.rectifiedPlate(hitId);
        if (!image)
            return fail(image.error());
        const QString suffix = QFileInfo(out).suffix().toLower();
        const char* format =
            suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ? "JPEG" : "PNG";
        const QImage rectified = image.value();
        if (auto r = writeNewPrivateFile(
                out, [&](QIODevice& file) { return rectified.save(&file, format); });
            !r)
            return fail(r.error());
        printOut(QStringLiteral("rectified plate of hit %1 written to %2 (%3, %4 x %5)")
                     .arg(hitId)
                     .arg(out, QLatin1String(format))
                     .arg(rectified.width())
                     .arg(rectified.height()));
        return ExitOk;
    }
    auto jpeg = alerts.image(hitId, *imageKindFromName(kind));
    if (!jpeg)
        return fail(jpeg.error());
    const QByteArray bytes = jpeg.value();
    if (auto r = writeNewPrivateFile(
            out, [&](QIODevice& file) { return file.write(bytes) == bytes.size(); });
        !r)
        return fail(r.error());
    printOut(QStringLiteral("%1 image of hit %2 written to %3").arg(kind).arg(hitId).arg(out));
    return ExitOk;
}

// What hits verify was asked to do, checked before signing in.
struct VerifyRequest
{
    std::optional<bool> charactersOk;
    std::optional<bool> stateOk;
    std::optional<bool> vehicleOk;
    bool currency = false;
    QString clets;
    QString cletsRef;
    QDateTime cletsAt; // invalid: now
    std::optional<bool> confirm;
    QString reason;
    QString note;
};

Result<std::optional<bool>> choice(const Options& o, const char* name, const char* yes,
                                   const char* no)
{
    if (!o.isSet(name))
        return std::optional<bool>();
    const QString v = o.value(name);
    if (v == QLatin1String(yes))
        return std::optional<bool>(true);
    if (v == QLatin1String(no))
        return std::optional<bool>(false);
    return makeError(ErrorCode::Invalid, QStringLiteral("--%1 takes %2 or %3, not \"%4\"")
                                             .arg(QLatin1String(name), QLatin1String(yes),
                                                  QLatin1String(no), escapeControls(v)));
}

Result<VerifyRequest> verifyRequest(const Options& o)
{
    VerifyRequest r;
    auto characters = choice(o, "characters", "ok", "mismatch");
    auto state = choice(o, "plate-state", "ok", "differs");
    auto vehicle = choice(o, "vehicle", "ok", "differs");
    auto decision = choice(o, "decision", "confirmed", "rejected");
    for (const auto* c : {&characters, &state, &vehicle, &decision})
        if (!*c)
            return c->error();
    r.charactersOk = *characters;
    r.stateOk = *state;
    r.vehicleOk = *vehicle;
    r.confirm = *decision;
    r.currency = o.isSet("currency");
    if (o.isSet("clets")) {
        r.clets = o.value("clets");
        if (!HitCodes::cletsResults().contains(r.clets))
            return makeError(ErrorCode::Invalid, QStringLiteral("--clets takes %1, not \"%2\"")
                                                     .arg(HitCodes::cletsResults().join(u'|'),
                                                          escapeControls(r.clets)));
        if (!o.isSet("clets-ref"))
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("--clets needs --clets-ref REF: the CLETS message or "
                                            "NIC reference of the inquiry"));
        r.cletsRef = o.value("clets-ref");
        auto at = timeOption(o, "clets-at");
        if (!at)
            return at.error();
        r.cletsAt = at.value();
    } else if (o.isSet("clets-ref") || o.isSet("clets-at")) {
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--clets-ref and --clets-at go with --clets RESULT"));
    }
    if (r.confirm && !*r.confirm && !o.isSet("reason"))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--decision rejected needs --reason, one of %1")
                             .arg(HitCodes::rejectReasons().join(u", ")));
    if (o.isSet("reason") && !(r.confirm && !*r.confirm))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--reason goes with --decision rejected"));
    r.reason = o.value("reason");
    r.note = o.value("note");
    if (!r.charactersOk && !r.stateOk && !r.vehicleOk && !r.currency && r.clets.isEmpty() &&
        !r.confirm)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("hits verify takes at least one step: --characters, "
                                        "--plate-state, --vehicle, --currency, --clets or "
                                        "--decision"));
    return r;
}

// A step the core refused: named, and nothing after it is done.
int stepRefused(const QString& step, const Error& e)
{
    printErr(QStringLiteral("alprctl: step %1 refused: %2").arg(step, e.message));
    return exitFor(e);
}

int verify(Alerts& alerts, qint64 hitId, const VerifyRequest& r, const QDateTime& now)
{
    if (r.charactersOk) {
        auto c = alerts.checklist(hitId);
        if (!c)
            return stepRefused(QStringLiteral("characters"), c.error());
        const qsizetype boxes = std::max(c->comparedListed.size(), c->comparedRead.size());
        // ok: every box the same; mismatch: the first box to look at twice
        // differs (the first box when none is marked).
        QString marks(boxes, u'y');
        if (!*r.charactersOk && boxes > 0)
            marks[c->attentionPositions.isEmpty() ? 0 : c->attentionPositions.first()] = u'n';
        if (auto done = alerts.markCharacters(hitId, marks); !done)
            return stepRefused(QStringLiteral("characters"), done.error());
        printOut(
            QStringLiteral("characters: %1 (%2)")
                .arg(*r.charactersOk ? QStringLiteral("ok") : QStringLiteral("mismatch"), marks));
    }
    if (r.stateOk) {
        if (auto done = alerts.confirmPlateState(hitId, *r.stateOk); !done)
            return stepRefused(QStringLiteral("plate-state"), done.error());
        printOut(QStringLiteral("plate-state: %1")
                     .arg(*r.stateOk ? QStringLiteral("ok") : QStringLiteral("differs")));
    }
    if (r.vehicleOk) {
        if (auto done = alerts.confirmVehicle(hitId, *r.vehicleOk); !done)
            return stepRefused(QStringLiteral("vehicle"), done.error());
        printOut(QStringLiteral("vehicle: %1")
                     .arg(*r.vehicleOk ? QStringLiteral("ok") : QStringLiteral("differs")));
    }
    // The list's currency is looked at on the way to CLETS when it was not yet.
    bool currency = r.currency;
    if (!currency && !r.clets.isEmpty()) {
        auto c = alerts.checklist(hitId);
        if (!c)
            return stepRefused(QStringLiteral("currency"), c.error());
        currency = !c->done(HitStepKind::Currency);
    }
    if (currency) {
        if (auto done = alerts.checkCurrency(hitId); !done)
            return stepRefused(QStringLiteral("currency"), done.error());
        printOut(QStringLiteral("currency: checked"));
    }
    if (!r.clets.isEmpty()) {
        if (auto done = alerts.recordClets(hitId, r.clets, r.cletsRef,
                                           r.cletsAt.isValid() ? r.cletsAt : now);
            !done)
            return stepRefused(QStringLiteral("clets"), done.error());
        printOut(QStringLiteral("clets: %1").arg(r.clets));
    }
    if (r.confirm) {
        if (auto done = alerts.decide(hitId, *r.confirm, r.reason, r.note); !done)
            return stepRefused(QStringLiteral("decision"), done.error());
        printOut(QStringLiteral("decision: %1")
                     .arg(*r.confirm ? QStringLiteral("confirmed") : QStringLiteral("rejected")));
    }
    return ExitOk;
}

} // namespace

const QStringList& alertSubcommands()
{
    static const QStringList words{QStringLiteral("show"),    QStringLiteral("take"),
                                   QStringLiteral("release"), QStringLiteral("verify"),
                                   QStringLiteral("dispose"), QStringLiteral("queue"),
                                   QStringLiteral("sweep"),   QStringLiteral("confirmation")};
    return words;
}

QList<QCommandLineOption> alertOptions()
{
    return {
        {QStringLiteral("incident"), QStringLiteral("The CAD incident number."),
         QStringLiteral("N")},
        {QStringLiteral("image"),
         QStringLiteral("plate, overview or vehicle (hits: rectified too)."),
         QStringLiteral("KIND")},
        {QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")},
        {QStringLiteral("characters"), QStringLiteral("The plate's characters: ok or mismatch."),
         QStringLiteral("ok|mismatch")},
        {QStringLiteral("plate-state"), QStringLiteral("The state of issuance: ok or differs."),
         QStringLiteral("ok|differs")},
        {QStringLiteral("vehicle"), QStringLiteral("The vehicle: ok or differs."),
         QStringLiteral("ok|differs")},
        {QStringLiteral("currency"),
         QStringLiteral("Record that the list's currency was checked.")},
        {QStringLiteral("clets"), QStringLiteral("still-wanted, cleared or no-record."),
         QStringLiteral("RESULT")},
        {QStringLiteral("clets-ref"), QStringLiteral("The CLETS message or NIC reference."),
         QStringLiteral("REF")},
        {QStringLiteral("clets-at"), QStringLiteral("When CLETS was asked (default now)."),
         QStringLiteral("T")},
        {QStringLiteral("decision"), QStringLiteral("confirmed or rejected."), QStringLiteral("D")},
        {QStringLiteral("outcome"), QStringLiteral("The disposition of a confirmed hit."),
         QStringLiteral("O")},
    };
}

int runAlertCommand(Options& o)
{
    const QString sub = o.positional.value(1);
    const bool needsHit = sub != QLatin1String("queue") && sub != QLatin1String("sweep");
    qint64 hitId = 0;
    if (needsHit) {
        auto id = hitArgument(o);
        if (!id)
            return usage(id.error().message);
        hitId = id.value();
    }
    // Everything that can be checked without the store is, before the key
    // derivation of signing in.
    if (sub == QLatin1String("take") && !o.isSet("incident"))
        return usage(QStringLiteral("hits take HIT needs --incident N: the CAD incident it is "
                                    "verified under"));
    if (sub == QLatin1String("dispose") && (!o.isSet("outcome") || !o.isSet("incident")))
        return usage(QStringLiteral("hits dispose HIT needs --outcome %1 and --incident N")
                         .arg(HitCodes::outcomes().join(u'|')));
    if (sub == QLatin1String("show") && (o.isSet("image") || o.isSet("out"))) {
        const QString kind = o.value("image");
        if (kind != QLatin1String("rectified") && !imageKindFromName(kind))
            return usage(QStringLiteral("--image takes plate, overview, vehicle or rectified"));
        if (!o.isSet("out"))
            return usage(QStringLiteral("--image needs --out FILE"));
        if (QFileInfo::exists(o.value("out")) || QFileInfo(o.value("out")).isSymLink())
            return fail(makeError(ErrorCode::Io, QStringLiteral("%1 already exists; name a new "
                                                                "file")
                                                     .arg(o.value("out"))));
    }
    VerifyRequest request;
    if (sub == QLatin1String("verify")) {
        auto r = verifyRequest(o);
        if (!r)
            return usage(r.error().message);
        request = r.value();
    }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    Alerts alerts(s);

    if (sub == QLatin1String("queue")) {
        auto queue = alerts.queue();
        if (!queue)
            return fail(queue.error());
        if (o.isSet("json")) {
            QJsonArray a;
            for (const HitRecord& h : queue.value())
                a.append(queueJson(h));
            printOut(toJsonText(a));
            return ExitOk;
        }
        if (queue->isEmpty())
            printOut(QStringLiteral("No open hit."));
        for (const HitRecord& h : queue.value())
            printOut(
                QStringLiteral("  %1  %2  %3 %4 -> %5  %6  %7%8")
                    .arg(h.id, 6)
                    .arg(h.status, -5)
                    .arg(h.readPlate, -10)
                    .arg(h.readState, -2)
                    .arg(escapeControls(h.snapshot.value(QStringLiteral("plate")).toString()), -10)
                    .arg(escapeControls(h.snapshot.value(QStringLiteral("list")).toString()), -24)
                    .arg(h.takenBy.isEmpty()
                             ? QStringLiteral("matched %1").arg(when(h.matchedAt))
                             : QStringLiteral("held by %1, incident %2")
                                   .arg(escapeControls(h.takenBy), escapeControls(h.incident)),
                         h.escalatedAt.isValid() ? QStringLiteral("  [ESCALATED]") : QString()));
        return ExitOk;
    }
    if (sub == QLatin1String("sweep")) {
        QList<qint64> released;
        auto escalated = alerts.sweep(&released);
        if (!escalated)
            return fail(escalated.error());
        const auto ids = [](const QList<qint64>& list) {
            QStringList out;
            for (qint64 id : list)
                out << QString::number(id);
            return out.isEmpty() ? QStringLiteral("none") : out.join(u", ");
        };
        printOut(QStringLiteral("released (idle): %1").arg(ids(released)));
        printOut(QStringLiteral("escalated: %1").arg(ids(escalated.value())));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (o.isSet("image"))
            return showImage(o, alerts, hitId);
        auto c = alerts.checklist(hitId);
        if (!c)
            return fail(c.error());
        if (o.isSet("json"))
            printOut(toJsonText(checklistJson(c.value())));
        else
            printChecklist(c.value());
        return ExitOk;
    }
    if (sub == QLatin1String("take")) {
        auto taken = alerts.take(hitId, o.value("incident"));
        if (!taken)
            return fail(taken.error());
        printOut(QStringLiteral("Hit %1 taken under incident %2; it goes back to the queue after "
                                "the department's hold time without a step.")
                     .arg(hitId)
                     .arg(escapeControls(taken->incident)));
        return ExitOk;
    }
    if (sub == QLatin1String("release")) {
        if (auto r = alerts.release(hitId); !r)
            return fail(r.error());
        printOut(QStringLiteral("Hit %1 released to the queue.").arg(hitId));
        return ExitOk;
    }
    if (sub == QLatin1String("verify"))
        return verify(alerts, hitId, request, s.clock().now());
    if (sub == QLatin1String("dispose")) {
        if (auto r = alerts.dispose(hitId, o.value("outcome"), o.value("incident")); !r)
            return fail(r.error());
        printOut(QStringLiteral("Hit %1: %2 recorded under incident %3.")
                     .arg(hitId)
                     .arg(o.value("outcome"), escapeControls(o.value("incident"))));
        return ExitOk;
    }
    // confirmation: on paper (--out FILE.pdf), or as text for the call
    if (o.isSet("out")) {
        if (auto r = alerts.writeConfirmationPdf(hitId, o.value("out")); !r)
            return fail(r.error());
        printOut(
            QStringLiteral("Hit %1: the confirmation is in %2.").arg(hitId).arg(o.value("out")));
        return ExitOk;
    }
    auto form = alerts.confirmationText(hitId);
    if (!form)
        return fail(form.error());
    printOut(form.value());
    return ExitOk;
}

} // namespace alpr::cli
