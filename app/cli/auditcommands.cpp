// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl audit: verify, list, sample, samples, show, finding, memo.
#include "cli.h"
#include "terminal.h"

#include "auditing/auditexport.h"
#include "auditing/auditmemo.h"
#include "auditing/auditsample.h"
#include "auditing/checksummary.h"
#include "auth/session.h"
#include "common/auditevent.h"
#include "common/textinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace alpr::cli {

namespace {

QJsonValue tri(const std::optional<bool>& b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const SampleItem& item)
{
    const Worksheet& w = item.worksheet;
    QJsonObject o{{QStringLiteral("id"), item.item},
                  {QStringLiteral("event"), auditEventJson(item.event)},
                  {QStringLiteral("checks"),
                   QJsonObject{{QStringLiteral("case_format_valid"), item.checks.caseFormatValid},
                               {QStringLiteral("case_on_record"), item.checks.caseOnRecord},
                               {QStringLiteral("purpose_listed"), item.checks.purposeListed},
                               {QStringLiteral("purpose_active"), item.checks.purposeActive},
                               {QStringLiteral("data_errors"),
                                QJsonArray::fromStringList(item.checks.dataErrors)}}},
                  {QStringLiteral("case_real"), tri(w.caseReal)},
                  {QStringLiteral("purpose_authorized"), tri(w.purposeAuthorized)},
                  {QStringLiteral("query_consistent"), tri(w.queryConsistent)},
                  {QStringLiteral("finding"),
                   w.finding ? QJsonValue(findingName(*w.finding)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("note"), w.note}};
    if (!w.reviewedBy.isEmpty()) {
        o.insert(QStringLiteral("reviewed_by"), w.reviewedBy);
        o.insert(QStringLiteral("reviewed_at"), w.reviewedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

QJsonObject sampleJson(const AuditSample& s)
{
    QJsonArray items;
    for (const SampleItem& item : s.items)
        items.append(itemJson(item));
    return {{QStringLiteral("sample_id"), s.id},
            {QStringLiteral("kind"), sampleKindName(s.kind)},
            {QStringLiteral("period"), s.period.label},
            {QStringLiteral("period_start"), s.period.start.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), s.period.end.toString(Qt::ISODate)},
            {QStringLiteral("seed"), QString::number(s.seed)},
            {QStringLiteral("size"), s.requestedSize},
            {QStringLiteral("policy_minimum"), policyMinimum(s.kind)},
            {QStringLiteral("population"), s.population},
            {QStringLiteral("all_items"), s.tookAll()},
            {QStringLiteral("statement"), s.sizeStatement()},
            {QStringLiteral("through_seq"), s.throughSeq},
            {QStringLiteral("drawn_by"), s.drawnBy},
            {QStringLiteral("drawn_at"), s.drawnAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("audit_seq"), s.auditSeq},
            {QStringLiteral("items"), items}};
}

QString yesNo(const std::optional<bool>& b)
{
    return b ? (*b ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("-");
}

void printSample(const AuditSample& s)
{
    printOut(QStringLiteral("sample %1: %2, %3, seed %4, drawn by %5 at %6")
                 .arg(s.id)
                 .arg(sampleKindName(s.kind), s.period.label, QString::number(s.seed), s.drawnBy,
                      localTime(s.drawnAt)));
    printOut(s.sizeStatement());
    for (const SampleItem& item : s.items) {
        const AuditEvent& e = item.event;
        const Worksheet& w = item.worksheet;
        printOut(QStringLiteral("  item %1  event %2  %3  %4  %5  case %6  purpose %7")
                     .arg(item.item, 3)
                     .arg(e.seq)
                     .arg(localTime(e.at), e.username, e.action,
                          escapeControls(e.details.value(QStringLiteral("case")).toString()),
                          escapeControls(e.details.value(QStringLiteral("purpose")).toString())));
        printOut(QStringLiteral("           %1")
                     .arg(QString::fromUtf8(
                         QJsonDocument(e.details.value(QStringLiteral("query")).toObject().isEmpty()
                                           ? e.details
                                           : e.details.value(QStringLiteral("query")).toObject())
                             .toJson(QJsonDocument::Compact))));
        printOut(QStringLiteral("           checks: %1").arg(checkSummary(item).text()));
        printOut(
            QStringLiteral("           worksheet: case real %1, purpose authorized %2, "
                           "query consistent %3, finding %4%5")
                .arg(yesNo(w.caseReal), yesNo(w.purposeAuthorized), yesNo(w.queryConsistent),
                     w.finding ? findingTitle(*w.finding) : QStringLiteral("-"),
                     w.note.isEmpty() ? QString() : QStringLiteral(": ") + escapeControls(w.note)));
    }
}

int showSample(const Options& o, const AuditSample& sample)
{
    if (o.isSet("json"))
        printOut(toJsonText(sampleJson(sample)));
    else
        printSample(sample);
    return ExitOk;
}

// --case-real yes|no and friends.
Result<std::optional<bool>> yesNoOption(const Options& o, const char* name)
{
    if (!o.isSet(name))
        return std::optional<bool>();
    const QString v = o.value(name).toLower();
    if (v == QLatin1String("yes"))
        return std::optional<bool>(true);
    if (v == QLatin1String("no"))
        return std::optional<bool>(false);
    return makeError(
        ErrorCode::Invalid,
        QStringLiteral("--%1 takes yes or no, not \"%2\"").arg(QLatin1String(name), o.value(name)));
}

Result<qint64> idArgument(const Options& o, int index, const QString& what)
{
    bool ok = false;
    const qint64 id = o.positional.value(index).toLongLong(&ok);
    if (!ok || id < 1)
        return makeError(ErrorCode::Invalid, QStringLiteral("give the %1 as a number, not \"%2\"")
                                                 .arg(what, o.positional.value(index)));
    return id;
}

// audit verify --migrated: the trail of the file store migrated into this
// department store, kept verbatim.
void printSigning(const AuditVerification& v)
{
    printOut(QStringLiteral("signed from event %1 on: %2 events, each by its writer's certified "
                            "key\nagency root key fingerprint: %3")
                 .arg(v.signingStartSeq)
                 .arg(v.signedEvents)
                 .arg(v.rootFingerprint));
}

int cmdVerifyMigrated(Session& s)
{
    auto v = verifyMigratedTrail(s);
    if (!v)
        return fail(v.error());
    if (!v->intact) {
        printErr(QStringLiteral("migrated audit trail BROKEN at event %1: %2 (%3 events checked)")
                     .arg(v->firstBadSeq)
                     .arg(v->problem)
                     .arg(v->events));
        return ExitError;
    }
    printOut(QStringLiteral("migrated audit trail intact: %1 events, latest hash %2")
                 .arg(v->events)
                 .arg(v->headHash));
    if (v->signingStartSeq > 0)
        printSigning(*v);
    return ExitOk;
}

int cmdVerify(Options& o, Session& s)
{
    if (o.isSet("migrated")) {
        if (o.isSet("memo-hash") || o.isSet("fingerprint") || o.isSet("anchors") ||
            o.isSet("extract"))
            return usage(QStringLiteral("audit verify --migrated takes no other option"));
        return cmdVerifyMigrated(s);
    }
    const QString anchor = o.value("memo-hash").trimmed().toLower();
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    if (o.isSet("memo-hash") && !hex.match(anchor).hasMatch())
        return usage(QStringLiteral("--memo-hash takes the 64 hexadecimal digits printed on a "
                                    "memo, not \"%1\"")
                         .arg(o.value("memo-hash")));
    TrailVerifyOptions options;
    options.memoHash = anchor;
    options.fingerprint = o.value("fingerprint");
    if (o.isSet("fingerprint")) {
        static const QRegularExpression fingerprint(QRegularExpression::anchoredPattern(
            QStringLiteral("([0-9a-fA-F]{4} ?){15}[0-9a-fA-F]{4}")));
        if (!fingerprint.match(options.fingerprint.trimmed()).hasMatch())
            return usage(QStringLiteral("--fingerprint takes the 64 hexadecimal digits of the "
                                        "root key's fingerprint (spaces allowed), not \"%1\"")
                             .arg(options.fingerprint));
    }
    if (o.isSet("anchors")) {
        qint64 unreadable = 0;
        auto anchors = readTrailAnchors(o.value("anchors"), &unreadable);
        if (!anchors)
            return fail(anchors.error());
        options.anchors = anchors.value();
        options.anchorsGiven = true;
        if (unreadable > 0)
            printErr(QStringLiteral("%1: %2 anchor line(s) could not be read and were skipped")
                         .arg(o.value("anchors"))
                         .arg(unreadable));
    }
    auto v = verifyAuditTrail(s, options);
    if (!v)
        return fail(v.error());
    if (!v->intact) {
        printErr(QStringLiteral("audit trail BROKEN at event %1: %2 (%3 events checked)")
                     .arg(v->firstBadSeq)
                     .arg(v->problem)
                     .arg(v->events));
        return ExitError;
    }
    if (!anchor.isEmpty() && v->anchorSeq == 0) {
        printErr(QStringLiteral("audit trail REWRITTEN: no event has the hash %1 from the memo; "
                                "the events up to it were changed or removed after it was "
                                "printed (%2 events now, latest hash %3)")
                     .arg(anchor)
                     .arg(v->events)
                     .arg(v->headHash));
        return ExitError;
    }
    printOut(QStringLiteral("audit trail intact: %1 events, latest hash %2")
                 .arg(v->events)
                 .arg(v->headHash));
    if (v->signingStartSeq > 0)
        printSigning(*v);
    else
        printOut(QStringLiteral("no event is signed yet: signing starts at an administrator's "
                                "next sign-in"));
    if (!v->uncertifiedKeys.isEmpty())
        printOut(QStringLiteral("keys registered at the upgrade and never certified by the root "
                                "key: %1")
                     .arg(v->uncertifiedKeys.join(QStringLiteral(", "))));
    if (!anchor.isEmpty())
        printOut(QStringLiteral("the memo's hash is event %1's: the trail up to that memo is as "
                                "it was printed")
                     .arg(v->anchorSeq));
    if (o.isSet("extract")) {
        auto extract = verifyAuditExtract(s, o.value("extract"));
        if (!extract)
            return fail(extract.error());
        for (const QString& problem : std::as_const(extract->problems))
            printErr(QStringLiteral("extract: %1").arg(problem));
        if (!extract->problems.isEmpty()) {
            printErr(QStringLiteral("extract NOT VERIFIED: %1 of its %2 events are not in this "
                                    "trail as they are in the extract")
                         .arg(extract->eventsWrong)
                         .arg(extract->events));
            return ExitError;
        }
        printOut(QStringLiteral("extract verified: its %1 events are in this trail, unchanged")
                     .arg(extract->events));
    }
    if (options.anchorsGiven) {
        printOut(QStringLiteral("anchors: %1 checked, the last anchored event is %2; %3 newer "
                                "event(s) are not anchored yet")
                     .arg(v->anchorsChecked)
                     .arg(v->lastAnchoredSeq)
                     .arg(v->unanchoredEvents));
        if (v->anchorsRejected > 0)
            printOut(QStringLiteral("%1 anchor(s) were for another store or not validly signed, "
                                    "and were ignored")
                         .arg(v->anchorsRejected));
        if (v->discardedByRestore > 0)
            printOut(QStringLiteral("%1 anchored event(s) were taken back by a restore from a "
                                    "backup, which the trail records")
                         .arg(v->discardedByRestore));
    }
    return ExitOk;
}

int cmdList(Options& o, Session& s)
{
    AuditFilter filter;
    filter.username = o.isSet("by") ? o.value("by") : o.userFilter;
    filter.action = o.value("action");
    filter.caseNumber = o.value("case");
    filter.purpose = o.value("purpose");
    filter.plate = o.value("plate");
    filter.outcome = o.value("outcome");
    auto from = timeOption(o, "from");
    auto to = timeOption(o, "to");
    if (!from)
        return usage(from.error().message);
    if (!to)
        return usage(to.error().message);
    filter.from = from.value();
    filter.to = to.value();
    auto limit = countOption(o, "limit");
    if (!limit)
        return usage(limit.error().message);
    filter.limit = limit.value().value_or(0);

    auto events = listAuditEvents(s, filter);
    if (!events)
        return fail(events.error());
    if (o.isSet("csv")) {
        if (auto r = exportAuditCsv(s, filter, events.value(), o.value("csv")); !r)
            return fail(r.error());
        printOut(QStringLiteral("%1 events written to %2").arg(events->size()).arg(o.value("csv")));
        return ExitOk;
    }
    if (o.isSet("json")) {
        QJsonArray a;
        for (const AuditEvent& e : events.value())
            a.append(auditEventJson(e));
        printOut(toJsonText(a));
        return ExitOk;
    }
    for (const AuditEvent& e : events.value()) {
        printOut(
            QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                .arg(e.seq, 6)
                .arg(localTime(e.at), e.username, e.action, escapeControls(e.object), e.outcome,
                     QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    }
    return ExitOk;
}

int cmdSample(Options& o, Session& s)
{
    SampleRequest request;
    const auto kind = sampleKindFromName(o.value("kind"));
    if (!kind)
        return usage(QStringLiteral(
            "audit sample needs --kind searches, images, hits, exports or releases"));
    request.kind = *kind;
    if (!o.isSet("period"))
        return usage(QStringLiteral("audit sample needs --period, e.g. 2026-H1 or 2026-Q3"));
    request.period = o.value("period");
    auto size = countOption(o, "size");
    if (!size)
        return usage(size.error().message);
    request.size = size.value().value_or(0);
    if (o.isSet("seed")) {
        bool ok = false;
        const quint64 seed = o.value("seed").toULongLong(&ok);
        if (!ok)
            return usage(
                QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615, "
                               "not \"%1\"")
                    .arg(o.value("seed")));
        request.seed = seed;
    }
    auto sample = drawSample(s, request);
    if (!sample)
        return fail(sample.error());
    return showSample(o, sample.value());
}

int cmdSamples(Options& o, Session& s)
{
    auto samples = listSamples(s);
    if (!samples)
        return fail(samples.error());
    if (o.isSet("json")) {
        QJsonArray a;
        for (const AuditSample& sample : samples.value())
            a.append(sampleJson(sample));
        printOut(toJsonText(a));
        return ExitOk;
    }
    for (const AuditSample& sample : samples.value())
        printOut(QStringLiteral("sample %1  %2  %3  size %4 of %5  seed %6  drawn by %7 at %8")
                     .arg(sample.id, 4)
                     .arg(sampleKindName(sample.kind), sample.period.label)
                     .arg(sample.requestedSize)
                     .arg(sample.population)
                     .arg(QString::number(sample.seed), sample.drawnBy, localTime(sample.drawnAt)));
    return ExitOk;
}

int cmdShow(Options& o, Session& s)
{
    auto id = idArgument(o, 2, QStringLiteral("sample"));
    if (!id)
        return usage(id.error().message);
    auto sample = loadSample(s, id.value());
    if (!sample)
        return fail(sample.error());
    return showSample(o, sample.value());
}

int cmdFinding(Options& o, Session& s)
{
    auto id = idArgument(o, 2, QStringLiteral("sample"));
    if (!id)
        return usage(id.error().message);
    auto item = idArgument(o, 3, QStringLiteral("item"));
    if (!item)
        return usage(item.error().message);
    Worksheet w;
    w.finding = findingFromName(o.value("result"));
    if (!w.finding)
        return usage(QStringLiteral("--result takes complies, violation or follow-up"));
    w.note = o.value("note");
    for (const auto& [name, field] : {std::pair{"case-real", &w.caseReal},
                                      std::pair{"purpose-authorized", &w.purposeAuthorized},
                                      std::pair{"query-consistent", &w.queryConsistent}}) {
        auto v = yesNoOption(o, name);
        if (!v)
            return usage(v.error().message);
        *field = v.value();
    }
    if (auto r = recordFinding(s, id.value(), int(item.value()), w); !r)
        return fail(r.error());
    printOut(QStringLiteral("sample %1 item %2: %3")
                 .arg(id.value())
                 .arg(item.value())
                 .arg(findingTitle(*w.finding)));
    return ExitOk;
}

int cmdMemo(Options& o, Session& s)
{
    auto id = idArgument(o, 2, QStringLiteral("sample"));
    if (!id)
        return usage(id.error().message);
    if (!o.isSet("out"))
        return usage(QStringLiteral("audit memo needs --out FILE.pdf"));
    auto memo = writeAuditMemo(s, id.value(), o.value("out"), o.value("csv"));
    if (!memo)
        return fail(memo.error());
    printOut(QStringLiteral("memo for sample %1 written to %2%3; %4 item(s), %5 data error(s); "
                            "latest hash %6")
                 .arg(id.value())
                 .arg(o.value("out"),
                      o.isSet("csv") ? QStringLiteral(" and ") + o.value("csv") : QString())
                 .arg(memo->sample.items.size())
                 .arg(memo->dataErrors.size())
                 .arg(memo->trail.headHash));
    if (memo->sample.unreviewedCount() > 0)
        printErr(QStringLiteral("warning: %1; the memo says so on its first page")
                     .arg(memo->sample.reviewStatement()));
    return ExitOk;
}

int cmdAudit(Options& o)
{
    const QString sub = o.positional.value(1);
    const QStringList subs{QStringLiteral("verify"), QStringLiteral("list"),
                           QStringLiteral("sample"), QStringLiteral("samples"),
                           QStringLiteral("show"),   QStringLiteral("finding"),
                           QStringLiteral("memo")};
    if (!subs.contains(sub))
        return usage(QStringLiteral("audit takes one of: %1").arg(subs.join(QStringLiteral(", "))));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (auto r = s.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return fail(r.error());
    if (sub == QLatin1String("verify"))
        return cmdVerify(o, s);
    if (sub == QLatin1String("list"))
        return cmdList(o, s);
    if (sub == QLatin1String("sample"))
        return cmdSample(o, s);
    if (sub == QLatin1String("samples"))
        return cmdSamples(o, s);
    if (sub == QLatin1String("show"))
        return cmdShow(o, s);
    if (sub == QLatin1String("finding"))
        return cmdFinding(o, s);
    return cmdMemo(o, s);
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {"audit",
         "audit verify [--memo-hash HASH] [--fingerprint F] [--anchors FILE] [--extract FILE]\n"
         "                                     check the audit trail's hash chain and signatures\n"
         "                                     (and that the hash printed on a memo is still in\n"
         "                                     it, the root key is the one printed, the anchors\n"
         "                                     received by syslog all match)\n"
         "  audit verify --migrated            the trail of the file store migrated into this\n"
         "                                     department store (alprctl pg migrate)\n"
         "  audit list [--user U] [--from T] [--to T] [--case C] [--purpose P] [--action A]\n"
         "             [--plate PLATE] [--outcome O] [--limit N] [--csv FILE] [--json]\n"
         "                                     the trail, filtered (a second --user: whose "
         "events)\n"
         "  audit sample --kind searches|images|hits|exports|releases --period 2026-H1|2026-Q3 "
         "[--size N] [--seed "
         "S]\n"
         "               [--json]              draw a policy audit sample\n"
         "  audit samples [--json]             the samples drawn\n"
         "  audit show SAMPLE [--json]         a sample's worksheet\n"
         "  audit finding SAMPLE ITEM --result complies|violation|follow-up --note TEXT\n"
         "               [--case-real yes|no] [--purpose-authorized yes|no]\n"
         "               [--query-consistent yes|no]\n"
         "  audit memo SAMPLE --out FILE.pdf [--csv FILE.csv]\n"
         "                                     the audit memo to the Chief of Police",
         {{QStringLiteral("by"), QStringLiteral("Audit events of this user."),
           QStringLiteral("NAME")},
          {QStringLiteral("action"), QStringLiteral("Audit action(s), comma-separated."),
           QStringLiteral("A")},
          {QStringLiteral("plate"), QStringLiteral("Events concerning this plate."),
           QStringLiteral("PLATE")},
          {QStringLiteral("outcome"), QStringLiteral("success, refused, failure, invalid."),
           QStringLiteral("O")},
          {QStringLiteral("csv"), QStringLiteral("Write CSV to this file."),
           QStringLiteral("FILE")},
          {QStringLiteral("kind"),
           QStringLiteral("searches, images, hits (hit verifications), exports or releases."),
           QStringLiteral("KIND")},
          {QStringLiteral("period"), QStringLiteral("2026-H1 or 2026-Q3."), QStringLiteral("P")},
          {QStringLiteral("size"), QStringLiteral("Items to draw."), QStringLiteral("N")},
          {QStringLiteral("seed"), QStringLiteral("Seed of the draw."), QStringLiteral("S")},
          {QStringLiteral("result"), QStringLiteral("complies, violation or follow-up."),
           QStringLiteral("R")},
          {QStringLiteral("case-real"), QStringLiteral("The case exists: yes or no."),
           QStringLiteral("yes|no")},
          {QStringLiteral("purpose-authorized"),
           QStringLiteral("The purpose is authorized: yes or no."), QStringLiteral("yes|no")},
          {QStringLiteral("query-consistent"),
           QStringLiteral("The query fits the case: yes or no."), QStringLiteral("yes|no")},
          {QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")},
          {QStringLiteral("memo-hash"), QStringLiteral("The latest hash printed on a memo."),
           QStringLiteral("HASH")},
          {QStringLiteral("fingerprint"),
           QStringLiteral("The agency root key's fingerprint, as printed."), QStringLiteral("F")},
          {QStringLiteral("anchors"), QStringLiteral("A syslog file with the trail's anchors."),
           QStringLiteral("FILE")},
          {QStringLiteral("migrated"),
           QStringLiteral("Verify the trail of the file store migrated into the department "
                          "store.")},
          {QStringLiteral("extract"),
           QStringLiteral("An evidence package's data/audit-extract.jsonl to find in the trail."),
           QStringLiteral("FILE")}},
         cmdAudit},
    };
}

} // namespace alpr::cli
