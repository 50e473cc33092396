// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hold place|release|list|show and retention rules|purge|
// certificates|certificate (issue 17): legal holds that keep reads from the
// purge, the periods reads and images are kept, the purge itself and its
// certificates for the Custodian of Records.

#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "retention/legalholds.h"
#include "retention/retentionpurge.h"
#include "retention/retentionrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

namespace alpr::cli {

namespace {

QString idList(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// A hold's or a purge's number, the third word: nullopt when it is not one.
std::optional<qint64> idArgument(const Options& o)
{
    bool ok = false;
    const qint64 id = o.positional.value(2).toLongLong(&ok);
    if (!ok || id <= 0 || o.positional.size() > 3)
        return std::nullopt;
    return id;
}

// --- Legal holds ---

QString holdState(const LegalHold& h, const QDate& today)
{
    if (!h.active())
        return QStringLiteral("released");
    return h.reviewOn <= today ? QStringLiteral("review due") : QStringLiteral("active");
}

QJsonObject holdJson(const LegalHold& h, const QList<qint64>* reads = nullptr)
{
    QJsonObject o{{QStringLiteral("id"), h.id},
                  {QStringLiteral("case"), h.caseNumber},
                  {QStringLiteral("reason"), h.reason},
                  {QStringLiteral("requesting_party"), h.requestingParty},
                  {QStringLiteral("review_on"), h.reviewOn.toString(Qt::ISODate)},
                  {QStringLiteral("source"), h.source},
                  {QStringLiteral("incident"), h.incident},
                  {QStringLiteral("note"), h.note},
                  {QStringLiteral("placed_by"), h.placedBy},
                  {QStringLiteral("placed_at"), h.placedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("active"), h.active()},
                  {QStringLiteral("released_by"), h.releasedBy},
                  {QStringLiteral("released_at"), h.releasedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("release_note"), h.releaseNote},
                  {QStringLiteral("read_count"), h.readCount}};
    if (reads) {
        QJsonArray array;
        for (qint64 id : *reads)
            array.append(id);
        o.insert(QStringLiteral("reads"), array);
    }
    return o;
}

// Today in the agency's time zone: when a hold's review is due.
QDate agencyToday(Session& s)
{
    auto agency = agencySettings(s);
    const QTimeZone zone(agency ? agency->timeZone.toUtf8() : QByteArray());
    const QDateTime now = s.clock().now();
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toLocalTime().date();
}

int cmdHoldPlace(Options& o)
{
    const int sources = int(o.isSet("reads")) + int(o.isSet("of-case")) + int(o.isSet("package"));
    if (sources != 1 || !o.isSet("case") || !o.isSet("reason") || !o.isSet("party") ||
        !o.isSet("review") || o.positional.size() > 2)
        return usage(QStringLiteral("hold place takes --case C --reason (%1) --party WHO "
                                    "--review YYYY-MM-DD [--note TEXT] and the reads, one way: "
                                    "--reads ID,ID... [--search S], --of-case C or --package "
                                    "ev-...")
                         .arg(LegalHolds::reasons().join(QLatin1Char('|'))));
    HoldRequest request;
    request.caseNumber = o.value("case");
    request.reason = o.value("reason");
    request.requestingParty = o.value("party");
    request.note = o.value("note");
    request.reviewOn = QDate::fromString(o.value("review"), Qt::ISODate);
    if (!request.reviewOn.isValid())
        return usage(QStringLiteral("--review takes the date the hold is to be reviewed, as "
                                    "YYYY-MM-DD (e.g. 2027-06-30), not \"%1\"")
                         .arg(escapeControls(o.value("review"))));
    for (const QString& value : o.values("reads"))
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(QStringLiteral("--reads takes read ids separated by commas, not "
                                            "\"%1\"")
                                 .arg(escapeControls(part)));
            request.selection.readIds << id;
        }
    if (o.isSet("reads") && request.selection.readIds.isEmpty())
        return usage(QStringLiteral("--reads takes read ids separated by commas"));
    if (o.isSet("search")) {
        bool ok = false;
        request.selection.searchId = o.value("search").toLongLong(&ok);
        if (!ok || request.selection.searchId <= 0 || !o.isSet("reads"))
            return usage(QStringLiteral("--search takes the number of the search whose results "
                                        "the --reads were chosen from"));
    }
    request.selection.caseNumber = o.value("of-case");
    request.selection.packageId = o.value("package");
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto h = LegalHolds(*session.value()).place(request);
    if (!h)
        return fail(h.error());
    if (o.isSet("json")) {
        printOut(toJsonText(holdJson(*h)));
        return ExitOk;
    }
    printOut(QStringLiteral("Placed legal hold %1 on %2 read(s) for case %3: no purge removes "
                            "them, or their images, until the hold is released. Review on %4.")
                 .arg(h->id)
                 .arg(h->readCount)
                 .arg(escapeControls(h->caseNumber), h->reviewOn.toString(Qt::ISODate)));
    return ExitOk;
}

int cmdHoldRelease(Options& o)
{
    const std::optional<qint64> id = idArgument(o);
    if (!id || !o.isSet("note"))
        return usage(QStringLiteral("hold release takes the hold's number and --note saying why "
                                    "it is released: alprctl hold release 3 --note \"Case "
                                    "closed, appeal period over\""));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto h = LegalHolds(*session.value()).release(*id, o.value("note"));
    if (!h)
        return fail(h.error());
    if (o.isSet("json")) {
        printOut(toJsonText(holdJson(*h)));
        return ExitOk;
    }
    printOut(QStringLiteral("Released legal hold %1 (case %2, %3 read(s)): the next purge "
                            "removes those of its reads that are past their period and that no "
                            "other hold keeps.")
                 .arg(h->id)
                 .arg(escapeControls(h->caseNumber))
                 .arg(h->readCount));
    return ExitOk;
}

int cmdHoldList(Options& o)
{
    if (o.positional.size() > 2)
        return usage(QStringLiteral("hold list takes no argument: alprctl hold list [--all] "
                                    "[--due]"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    LegalHolds holds(*session.value());
    auto list = o.isSet("due") ? holds.dueForReview() : holds.list(o.isSet("all"));
    if (!list)
        return fail(list.error());
    if (o.isSet("json")) {
        QJsonArray array;
        for (const LegalHold& h : std::as_const(*list))
            array.append(holdJson(h));
        printOut(toJsonText(array));
        return ExitOk;
    }
    if (list->isEmpty()) {
        printOut(o.isSet("due") ? QStringLiteral("No legal hold is due for review.")
                                : QStringLiteral("No legal hold is in force."));
        return ExitOk;
    }
    const QDate today = agencyToday(*session.value());
    printOut(QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(QStringLiteral("HOLD").rightJustified(5),
                      QStringLiteral("STATE").leftJustified(10),
                      QStringLiteral("REVIEW").leftJustified(10),
                      QStringLiteral("READS").rightJustified(6),
                      QStringLiteral("REASON").leftJustified(19), QStringLiteral("CASE, PARTY")));
    for (const LegalHold& h : std::as_const(*list))
        printOut(
            QStringLiteral("%1  %2  %3  %4  %5  %6, %7")
                .arg(QString::number(h.id).rightJustified(5), holdState(h, today).leftJustified(10),
                     h.reviewOn.toString(Qt::ISODate).leftJustified(10),
                     QString::number(h.readCount).rightJustified(6), h.reason.leftJustified(19),
                     escapeControls(h.caseNumber), escapeControls(h.requestingParty)));
    return ExitOk;
}

int cmdHoldShow(Options& o)
{
    const std::optional<qint64> id = idArgument(o);
    if (!id)
        return usage(QStringLiteral("hold show takes the hold's number (see 'alprctl hold "
                                    "list')"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    LegalHolds holds(*session.value());
    auto h = holds.show(*id);
    if (!h)
        return fail(h.error());
    auto reads = holds.reads(*id);
    if (!reads)
        return fail(reads.error());
    if (o.isSet("json")) {
        printOut(toJsonText(holdJson(*h, &reads.value())));
        return ExitOk;
    }
    printOut(QStringLiteral("Legal hold %1 (%2)")
                 .arg(h->id)
                 .arg(holdState(*h, agencyToday(*session.value()))));
    printOut(
        QStringLiteral("  case %1, reason %2, requested by %3")
            .arg(escapeControls(h->caseNumber), h->reason, escapeControls(h->requestingParty)));
    if (!h->incident.isEmpty())
        printOut(QStringLiteral("  incident %1").arg(escapeControls(h->incident)));
    printOut(QStringLiteral("  placed by %1 on %2; review on %3")
                 .arg(h->placedBy, localTime(h->placedAt), h->reviewOn.toString(Qt::ISODate)));
    if (!h->note.isEmpty())
        printOut(QStringLiteral("  note: %1").arg(escapeControls(h->note)));
    if (!h->active())
        printOut(QStringLiteral("  released by %1 on %2: %3")
                     .arg(h->releasedBy, localTime(h->releasedAt), escapeControls(h->releaseNote)));
    printOut(QStringLiteral("  %1 read(s), chosen by %2: %3")
                 .arg(reads->size())
                 .arg(escapeControls(h->source), idList(*reads)));
    return ExitOk;
}

int cmdHold(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("place"))
        return cmdHoldPlace(o);
    if (sub == QLatin1String("release"))
        return cmdHoldRelease(o);
    if (sub == QLatin1String("list"))
        return cmdHoldList(o);
    if (sub == QLatin1String("show"))
        return cmdHoldShow(o);
    return usage(QStringLiteral("hold takes place, release, list or show"));
}

// --- Retention rules ---

QString periodLine(const RetentionPeriod& p)
{
    return QStringLiteral("  %1 reads %2 days, images %3 days  (%4)")
        .arg(p.sourceKind.leftJustified(8))
        .arg(p.readDays, 4)
        .arg(p.imageDays, 4)
        .arg(escapeControls(p.policyRef));
}

QJsonObject countJson(const PurgeCount& c)
{
    QJsonArray holds;
    for (qint64 h : c.holdIds)
        holds.append(h);
    return {{QStringLiteral("reads"), c.reads},
            {QStringLiteral("images"), c.images},
            {QStringLiteral("held_reads"), c.heldReads},
            {QStringLiteral("holds"), holds}};
}

PurgeCount countOf(const QList<PurgeCount>& counts, const QString& kind)
{
    for (const PurgeCount& c : counts)
        if (c.sourceKind == kind)
            return c;
    PurgeCount none;
    none.sourceKind = kind;
    return none;
}

// The rules with the --KIND-days, --KIND-image-days and --KIND-policy
// options applied; false (after printing usage) when one is not a number.
bool applyRuleOptions(const Options& o, RetentionRules& rules, bool& changed, int& exitCode)
{
    changed = false;
    for (RetentionPeriod& p : rules.periods) {
        const QByteArray days = (p.sourceKind + QStringLiteral("-days")).toLatin1();
        const QByteArray imageDays = (p.sourceKind + QStringLiteral("-image-days")).toLatin1();
        const QByteArray policy = (p.sourceKind + QStringLiteral("-policy")).toLatin1();
        const bool imagesFollowed = p.imageDays == p.readDays;
        for (const auto& [name, field] :
             {std::pair{days.constData(), &RetentionPeriod::readDays},
              std::pair{imageDays.constData(), &RetentionPeriod::imageDays}}) {
            if (!o.isSet(name))
                continue;
            bool ok = false;
            p.*field = o.value(name).toInt(&ok);
            if (!ok) {
                exitCode = usage(QStringLiteral("--%1 takes a number of days, not \"%2\"")
                                     .arg(QLatin1String(name), escapeControls(o.value(name))));
                return false;
            }
            changed = true;
        }
        // Images kept as long as their reads keep following them.
        if (imagesFollowed && o.isSet(days.constData()) && !o.isSet(imageDays.constData()))
            p.imageDays = p.readDays;
        if (o.isSet(policy.constData())) {
            p.policyRef = o.value(policy.constData());
            changed = true;
        }
    }
    return true;
}

void printRules(const RetentionRules& rules, const QString& timeZone)
{
    printOut(QStringLiteral("Retention rules (days counted in %1; a read kept 365 days is "
                            "purged on day 366):")
                 .arg(timeZone));
    for (const RetentionPeriod& p : rules.periods)
        printOut(periodLine(p));
}

int cmdRetentionRules(Options& o)
{
    if (o.positional.size() > 2)
        return usage(QStringLiteral("retention rules takes options only: alprctl retention "
                                    "rules [--mobile-days N] [--fixed-image-days N] "
                                    "[--unknown-policy TEXT] ... [--yes]"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    auto rules = retentionRules(s);
    if (!rules)
        return fail(rules.error());
    RetentionRules next = rules.value();
    bool changed = false;
    int exitCode = ExitOk;
    if (!applyRuleOptions(o, next, changed, exitCode))
        return exitCode;
    auto agency = agencySettings(s);
    if (!agency)
        return fail(agency.error());
    if (changed) {
        auto change = previewRetentionRules(s, next);
        if (!change)
            return fail(change.error());
        if (change->shortens) {
            // On stderr under --json, which keeps stdout for the rules.
            const auto say = o.isSet("json") ? printErr : printOut;
            say(QStringLiteral("These periods are shorter than the ones in force. The next "
                               "purge would remove:"));
            for (const QString& kind : RetentionRules::sourceKinds()) {
                const PurgeCount before = countOf(change->before, kind);
                const PurgeCount after = countOf(change->after, kind);
                if (after.reads != before.reads || after.images != before.images)
                    say(QStringLiteral("  %1 %2 read(s) instead of %3; the images of %4 more "
                                       "read(s) instead of %5")
                            .arg(kind.leftJustified(8))
                            .arg(after.reads)
                            .arg(before.reads)
                            .arg(after.images)
                            .arg(before.images));
            }
            say(QStringLiteral("That is %1 read(s) more than under the rules in force.")
                    .arg(change->moreReads));
            if (!o.isSet("yes")) {
                printErr(QStringLiteral("alprctl: nothing was saved; run the command again with "
                                        "--yes to save these periods."));
                return ExitPolicy;
            }
        }
        if (auto saved = setRetentionRules(s, next, change->shortens ? change->moreReads : -1);
            !saved)
            return fail(saved.error());
        rules = retentionRules(s);
        if (!rules)
            return fail(rules.error());
        printErr(QStringLiteral("The retention rules are saved; the change is in the audit "
                                "trail."));
    }
    if (o.isSet("json")) {
        QJsonObject json = rules->toJson();
        json.insert(QStringLiteral("time_zone"), agency->timeZone);
        printOut(toJsonText(json));
        return ExitOk;
    }
    printRules(rules.value(), agency->timeZone);
    return ExitOk;
}

// --- The purge ---

QString inZone(qint64 ms, const QString& timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return (zone.isValid() ? t.toTimeZone(zone) : t.toLocalTime())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject planJson(const PurgePlan& plan)
{
    QJsonObject kinds;
    for (const PurgeCutoffs& c : plan.cutoffs) {
        QJsonObject k = countJson(countOf(plan.counts, c.sourceKind));
        k.insert(
            QStringLiteral("reads_before"),
            QDateTime::fromMSecsSinceEpoch(c.readsBeforeMs, Qt::UTC).toString(Qt::ISODateWithMs));
        k.insert(
            QStringLiteral("images_before"),
            QDateTime::fromMSecsSinceEpoch(c.imagesBeforeMs, Qt::UTC).toString(Qt::ISODateWithMs));
        kinds.insert(c.sourceKind, k);
    }
    QJsonObject o{{QStringLiteral("at"), plan.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("time_zone"), plan.timeZone},
                  {QStringLiteral("rules"), plan.rules.toJson()},
                  {QStringLiteral("kinds"), kinds}};
    if (plan.interrupted)
        o.insert(QStringLiteral("continues"), plan.interrupted->id);
    return o;
}

void printPlan(const PurgePlan& plan)
{
    printOut(QStringLiteral("Dry run at %1 (%2): nothing is removed.")
                 .arg(inZone(plan.at.toMSecsSinceEpoch(), plan.timeZone), plan.timeZone));
    qint64 reads = 0;
    qint64 images = 0;
    qint64 held = 0;
    for (const PurgeCutoffs& c : plan.cutoffs) {
        const RetentionPeriod p = plan.rules.period(c.sourceKind);
        const PurgeCount n = countOf(plan.counts, c.sourceKind);
        reads += n.reads;
        images += n.images;
        held += n.heldReads;
        printOut(QStringLiteral("%1 reads kept %2 days, images %3 days (%4):")
                     .arg(c.sourceKind)
                     .arg(p.readDays)
                     .arg(p.imageDays)
                     .arg(escapeControls(p.policyRef)));
        printOut(QStringLiteral("  reads captured before %1 expire, images before %2")
                     .arg(inZone(c.readsBeforeMs, plan.timeZone),
                          inZone(c.imagesBeforeMs, plan.timeZone)));
        printOut(QStringLiteral("  %1 read(s) to remove; the images of %2 more read(s) to "
                                "drop; %3 expired read(s) kept by holds%4")
                     .arg(n.reads)
                     .arg(n.images)
                     .arg(n.heldReads)
                     .arg(n.holdIds.isEmpty() ? QString()
                                              : QStringLiteral(" (holds %1)")
                                                    .arg(idList(n.holdIds).replace(
                                                        QLatin1Char(','), QStringLiteral(", ")))));
    }
    printOut(QStringLiteral("In all: %1 read(s) to remove; the images of %2 read(s) kept to "
                            "drop; %3 expired read(s) kept by holds.")
                 .arg(reads)
                 .arg(images)
                 .arg(held));
    if (plan.interrupted)
        printOut(QStringLiteral("Purge %1, started by %2 on %3, did not finish: the next purge "
                                "completes it, and its certificate covers both.")
                     .arg(plan.interrupted->id)
                     .arg(plan.interrupted->startedBy, localTime(plan.interrupted->startedAt)));
}

void printCertificate(const QStringList& lines)
{
    for (const QString& line : lines)
        printOut(escapeControls(line));
}

int cmdRetentionPurge(Options& o)
{
    if (o.positional.size() > 2)
        return usage(QStringLiteral("retention purge takes no argument: alprctl retention purge "
                                    "[--dry-run]"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    RetentionPurge purge(*session.value());
    if (o.isSet("dry-run")) {
        auto plan = purge.plan();
        if (!plan)
            return fail(plan.error());
        if (o.isSet("json"))
            printOut(toJsonText(planJson(*plan)));
        else
            printPlan(*plan);
        return ExitOk;
    }
    // Progress only on a terminal: the daily timer's journal gets the certificate alone.
    const bool interactive = ::isatty(2);
    if (interactive)
        purge.setProgress([](qint64 reads, qint64 images) {
            std::fprintf(stderr, "\r  %lld read(s) removed, the images of %lld more dropped",
                         static_cast<long long>(reads), static_cast<long long>(images));
        });
    auto run = purge.run();
    if (interactive)
        std::fputc('\n', stderr);
    if (!run)
        return fail(run.error());
    if (o.isSet("json")) {
        QJsonObject json{
            {QStringLiteral("purge"), run->id},
            {QStringLiteral("started_by"), run->startedBy},
            {QStringLiteral("started_at"), run->startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), run->finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("continues"), run->continues},
            {QStringLiteral("ids_sha256"), run->idsSha256},
            {QStringLiteral("summary"), run->summary}};
        printOut(toJsonText(json));
        return ExitOk;
    }
    auto lines = purge.certificateText(run->id);
    if (!lines)
        return fail(lines.error());
    printCertificate(*lines);
    printOut(QStringLiteral("Certificate: purge %1 (alprctl retention certificate %1 --pdf F "
                            "--csv F for the Custodian of Records).")
                 .arg(run->id));
    return ExitOk;
}

QJsonObject certificateJson(const PurgeRun& r)
{
    return {{QStringLiteral("purge"), r.id},
            {QStringLiteral("started_by"), r.startedBy},
            {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished_at"), r.finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("continues"), r.continues},
            {QStringLiteral("rules"), r.rules},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("ids_sha256"), r.idsSha256}};
}

int cmdRetentionCertificates(Options& o)
{
    auto limit = countOption(o, "limit");
    if (!limit)
        return usage(limit.error().message);
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto runs = RetentionPurge(*session.value()).certificates(limit->value_or(50));
    if (!runs)
        return fail(runs.error());
    if (o.isSet("json")) {
        QJsonArray array;
        for (const PurgeRun& r : std::as_const(*runs))
            array.append(certificateJson(r));
        printOut(toJsonText(array));
        return ExitOk;
    }
    if (runs->isEmpty()) {
        printOut(QStringLiteral("No purge has finished yet."));
        return ExitOk;
    }
    printOut(QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(QStringLiteral("PURGE").rightJustified(5),
                      QStringLiteral("FINISHED").leftJustified(19),
                      QStringLiteral("READS").rightJustified(8),
                      QStringLiteral("IMAGES").rightJustified(8), QStringLiteral("BY")));
    for (const PurgeRun& r : std::as_const(*runs))
        printOut(QStringLiteral("%1  %2  %3  %4  %5%6")
                     .arg(QString::number(r.id).rightJustified(5), localTime(r.finishedAt),
                          QString::number(r.summary.value(QStringLiteral("reads")).toInteger())
                              .rightJustified(8),
                          QString::number(r.summary.value(QStringLiteral("images")).toInteger())
                              .rightJustified(8),
                          r.startedBy,
                          r.continues ? QStringLiteral("  (completed purge %1)").arg(r.continues)
                                      : QString()));
    return ExitOk;
}

int cmdRetentionCertificate(Options& o)
{
    const std::optional<qint64> id = idArgument(o);
    if (!id)
        return usage(QStringLiteral("retention certificate takes the purge's number (see "
                                    "'alprctl retention certificates') [--pdf F.pdf] [--csv "
                                    "F.csv]"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    RetentionPurge purge(*session.value());
    if (o.isSet("json")) {
        auto run = purge.certificate(*id);
        if (!run)
            return fail(run.error());
        printOut(toJsonText(certificateJson(*run)));
    } else {
        auto lines = purge.certificateText(*id);
        if (!lines)
            return fail(lines.error());
        printCertificate(*lines);
    }
    if (o.isSet("pdf")) {
        if (auto r = purge.writeCertificatePdf(*id, o.value("pdf")); !r)
            return fail(r.error());
        printErr(QStringLiteral("The certificate is in %1.").arg(o.value("pdf")));
    }
    if (o.isSet("csv")) {
        if (auto r = purge.writeCertificateCsv(*id, o.value("csv")); !r)
            return fail(r.error());
        printErr(QStringLiteral("The removed read ids are in %1.").arg(o.value("csv")));
    }
    return ExitOk;
}

int cmdRetention(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("rules"))
        return cmdRetentionRules(o);
    if (sub == QLatin1String("purge"))
        return cmdRetentionPurge(o);
    if (sub == QLatin1String("certificates"))
        return cmdRetentionCertificates(o);
    if (sub == QLatin1String("certificate"))
        return cmdRetentionCertificate(o);
    return usage(QStringLiteral("retention takes rules, purge, certificates or certificate"));
}

QList<QCommandLineOption> ruleOptions()
{
    QList<QCommandLineOption> options;
    for (const QString& kind : RetentionRules::sourceKinds())
        options << QCommandLineOption(kind + QStringLiteral("-days"),
                                      QStringLiteral("Days %1 reads are kept.").arg(kind),
                                      QStringLiteral("N"))
                << QCommandLineOption(kind + QStringLiteral("-image-days"),
                                      QStringLiteral("Days %1 reads' images are kept.").arg(kind),
                                      QStringLiteral("N"))
                << QCommandLineOption(
                       kind + QStringLiteral("-policy"),
                       QStringLiteral("The policy section the %1 period follows.").arg(kind),
                       QStringLiteral("TEXT"));
    return options;
}

} // namespace

QList<Command> retentionCommands()
{
    return {
        {"hold",
         "hold place --case C --reason evidence|discovery-request|preservation-letter|litigation\n"
         "               --party WHO --review YYYY-MM-DD [--note TEXT]\n"
         "               (--reads ID,... [--search S] | --of-case C | --package ev-...)\n"
         "                                     a legal hold: no purge removes its reads or\n"
         "                                     their images until it is released\n"
         "  hold release ID --note TEXT        records staff or an administrator, saying why\n"
         "  hold list [--all] [--due]          holds in force (--all: released too; --due:\n"
         "                                     past their review date)\n"
         "  hold show ID                       a hold and the ids of its reads",
         {{QStringLiteral("party"), QStringLiteral("Who asked for the hold."),
           QStringLiteral("WHO")},
          {QStringLiteral("review"), QStringLiteral("The hold's review date."),
           QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("of-case"), QStringLiteral("Every read opened or exported under a case."),
           QStringLiteral("C")},
          {QStringLiteral("package"), QStringLiteral("An evidence package's reads."),
           QStringLiteral("ev-...")},
          {QStringLiteral("due"), QStringLiteral("Holds due for review.")}},
         // --reads, --search, --reason, --all and --note are registered elsewhere.
         cmdHold},
        {"retention",
         "retention rules [--KIND-days N] [--KIND-image-days N] [--KIND-policy TEXT]...\n"
         "               [--yes]               the periods reads and their images are kept,\n"
         "                                     per source kind (KIND: mobile, fixed, unknown),\n"
         "                                     with the policy section each follows; a shorter\n"
         "                                     period is saved only with --yes\n"
         "  retention purge [--dry-run]        removes the reads past their period that no\n"
         "                                     hold keeps (administrators, the maintenance\n"
         "                                     account); --dry-run shows what would go\n"
         "  retention certificates [--limit N] the finished purges\n"
         "  retention certificate ID [--pdf F.pdf] [--csv F.csv]\n"
         "                                     a purge's certificate; the CSV lists the\n"
         "                                     removed read ids",
         ruleOptions() +
             QList<QCommandLineOption>{
                 {QStringLiteral("yes"), QStringLiteral("Save periods that are shorter.")},
                 {QStringLiteral("dry-run"), QStringLiteral("Show what a purge would remove.")}},
         // --pdf, --csv and --limit are registered by other commands.
         cmdRetention},
    };
}

} // namespace alpr::cli
