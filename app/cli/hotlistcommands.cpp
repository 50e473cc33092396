// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hotlist, hits: the hot lists, their department entries (BOLOs) with
// approvals and changes, imports of CLEW and NCIC extracts, and the hits
// reads made against them.
#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "common/textinput.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alpr::cli {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? localTime(t) : QStringLiteral("-");
}

QJsonObject listJson(const HotList& l)
{
    QJsonObject o{{QStringLiteral("name"), l.name},
                  {QStringLiteral("kind"), hotListKindName(l.kind)},
                  {QStringLiteral("purpose"), l.purpose},
                  {QStringLiteral("priority"), l.priority},
                  {QStringLiteral("covert"), l.covert},
                  {QStringLiteral("alert"), l.alert},
                  {QStringLiteral("enabled"), l.enabled},
                  {QStringLiteral("members"), QJsonArray::fromStringList(l.members)},
                  {QStringLiteral("entries"), l.entryCount},
                  {QStringLiteral("source"), l.source},
                  {QStringLiteral("format"), l.format},
                  {QStringLiteral("loaded_at"), l.loadedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("loaded_by"), l.loadedBy}};
    if (l.extractAt.isValid())
        o.insert(QStringLiteral("extract_time"), l.extractAt.toString(Qt::ISODate));
    return o;
}

QJsonObject entryJson(const HotListEntry& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("plate"), e.plate},
                  {QStringLiteral("pattern"), e.isPattern},
                  {QStringLiteral("state"), e.state},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("case"), e.caseNumber},
                  {QStringLiteral("synopsis"), e.synopsis},
                  {QStringLiteral("note"), e.note},
                  {QStringLiteral("status"), entryStatusName(e.status)},
                  {QStringLiteral("entered_by"), e.enteredBy},
                  {QStringLiteral("approved_by"), e.approvedBy},
                  {QStringLiteral("details"), e.details}};
    if (e.expiresAt.isValid())
        o.insert(QStringLiteral("expires"), e.expiresAt.toString(Qt::ISODate));
    return o;
}

QJsonObject hitJson(const HitRecord& h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("read"), h.readId},
            {QStringLiteral("plate_read"), h.readPlate},
            {QStringLiteral("state_read"), h.readState},
            {QStringLiteral("captured_at"), h.capturedAt.toString(Qt::ISODate)},
            {QStringLiteral("camera"), h.camera},
            {QStringLiteral("matched_at"), h.matchedAt.toString(Qt::ISODate)},
            {QStringLiteral("match"), h.matchKind},
            {QStringLiteral("matched_reading"), h.matchedPlate},
            {QStringLiteral("state_differs"), h.stateDiffers},
            {QStringLiteral("stale"), h.stale},
            {QStringLiteral("priority"), h.priority},
            {QStringLiteral("covert"), h.covert},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("listed"), h.snapshot}};
}

QString flags(const HitRecord& h)
{
    QStringList f;
    if (h.stateDiffers)
        f << QStringLiteral("STATE DIFFERS");
    if (h.stale)
        f << QStringLiteral("STALE LIST");
    if (h.matchKind == QLatin1String("misread"))
        f << QStringLiteral("POSSIBLE MISREAD");
    return f.join(QStringLiteral(", "));
}

Result<int> idArgument(const Options& o, int at, const char* what)
{
    bool ok = false;
    const qint64 id = o.positional.value(at).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 takes an id").arg(QLatin1String(what)));
    return int(id);
}

std::optional<bool> onOff(const QString& text)
{
    if (text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QStringList memberList(const Options& o)
{
    QStringList members;
    for (const QString& m : o.value("members").split(u',', Qt::SkipEmptyParts))
        members << m.trimmed();
    return members;
}

// A list name as typed: refused before signing in when it could not be one
// (control characters, over 64 characters), so a hostile argument is never
// echoed back whole.
int checkListName(const QString& name)
{
    if (auto r = checkTextInput(QStringLiteral("list name"), name, kMaxNameLength); !r)
        return fail(r.error());
    return ExitOk;
}

// create and edit share the list's settings.
int applyListOptions(const Options& o, HotList& list)
{
    if (o.isSet("purpose"))
        list.purpose = o.value("purpose");
    if (o.isSet("priority")) {
        bool ok = false;
        list.priority = o.value("priority").toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--priority takes a number from 0 to 100"));
    }
    if (o.isSet("alert")) {
        const auto alert = onOff(o.value("alert"));
        if (!alert)
            return usage(QStringLiteral("--alert takes on or off"));
        list.alert = *alert;
    }
    if (o.isSet("covert"))
        list.covert = true;
    if (o.isSet("not-covert"))
        list.covert = false;
    if (o.isSet("members"))
        list.members = memberList(o);
    if (o.isSet("enable"))
        list.enabled = true;
    return ExitOk;
}

int printEntries(const Options& o, const QList<HotListEntry>& entries)
{
    if (o.isSet("json")) {
        QJsonArray a;
        for (const HotListEntry& e : entries)
            a.append(entryJson(e));
        printOut(toJsonText(a));
        return ExitOk;
    }
    for (const HotListEntry& e : entries)
        printOut(
            QStringLiteral("  %1  %2 %3  %4  %5  %6  case %7%8")
                .arg(e.id, 7)
                .arg(e.plate, -10)
                .arg(e.state, -2)
                .arg(entryStatusName(e.status), -8)
                .arg(escapeControls(e.reason), -28)
                .arg(e.expiresAt.isValid() ? e.expiresAt.date().toString(Qt::ISODate)
                                           : QStringLiteral("no expiry"),
                     -10)
                .arg(e.caseNumber.isEmpty() ? QStringLiteral("-") : escapeControls(e.caseNumber),
                     e.enteredBy.isEmpty()
                         ? QString()
                         : QStringLiteral("  by %1").arg(escapeControls(e.enteredBy))));
    return ExitOk;
}

int cmdEntry(Options& o, Session& s)
{
    HotLists hotLists(s);
    const QString sub = o.positional.value(2);
    const QStringList subs{QStringLiteral("add"),  QStringLiteral("approve"),
                           QStringLiteral("edit"), QStringLiteral("decide"),
                           QStringLiteral("show"), QStringLiteral("lookback")};
    if (!subs.contains(sub))
        return usage(
            QStringLiteral("hotlist entry takes one of: %1").arg(subs.join(QStringLiteral(", "))));
    if (sub == QLatin1String("add")) {
        for (const char* required : {"list", "plate", "reason", "case", "synopsis"})
            if (!o.isSet(required))
                return usage(QStringLiteral("hotlist entry add needs --list, --plate, --reason, "
                                            "--case and --synopsis"));
        EntryRequest request;
        request.list = o.value("list");
        request.plate = o.value("plate");
        request.state = o.value("state");
        request.reason = o.value("reason");
        request.caseNumber = o.value("case");
        request.synopsis = o.value("synopsis");
        request.note = o.value("note");
        request.make = o.value("make");
        request.model = o.value("model");
        request.color = o.value("color");
        request.body = o.value("body");
        if (o.isSet("expires")) {
            request.expires = QDate::fromString(o.value("expires"), Qt::ISODate);
            if (!request.expires.isValid())
                return usage(QStringLiteral("--expires takes a date, e.g. 2026-12-31"));
        }
        auto id = hotLists.addEntry(request);
        if (!id)
            return fail(id.error());
        printOut(QStringLiteral("Entry %1 added to \"%2\"; it matches once an administrator "
                                "approves it (alprctl hotlist entry approve %1).")
                     .arg(id.value())
                     .arg(escapeControls(request.list)));
        return ExitOk;
    }
    auto id = idArgument(o, 3, "hotlist entry");
    if (!id)
        return usage(id.error().message);
    if (sub == QLatin1String("approve")) {
        if (auto r = hotLists.approveEntry(id.value()); !r)
            return fail(r.error());
        printOut(QStringLiteral("Entry %1 approved: reads are matched against it from now on.")
                     .arg(id.value()));
        return ExitOk;
    }
    if (sub == QLatin1String("edit")) {
        EntryEdit edit;
        if (o.isSet("state"))
            edit.state = o.value("state");
        if (o.isSet("reason"))
            edit.reason = o.value("reason");
        if (o.isSet("synopsis"))
            edit.synopsis = o.value("synopsis");
        if (o.isSet("note"))
            edit.note = o.value("note");
        if (o.isSet("expires")) {
            edit.expires = QDate::fromString(o.value("expires"), Qt::ISODate);
            if (!edit.expires.isValid())
                return usage(QStringLiteral("--expires takes a date, e.g. 2026-12-31"));
        }
        edit.remove = o.isSet("remove");
        auto change = hotLists.proposeChange(id.value(), edit);
        if (!change)
            return fail(change.error());
        printOut(QStringLiteral("Change %1 to entry %2 proposed; a supervisor approves it "
                                "(alprctl hotlist entry decide %1 approve).")
                     .arg(change.value())
                     .arg(id.value()));
        return ExitOk;
    }
    if (sub == QLatin1String("decide")) {
        const QString decision = o.positional.value(4);
        if (decision != QLatin1String("approve") && decision != QLatin1String("refuse"))
            return usage(QStringLiteral("hotlist entry decide CHANGE approve|refuse"));
        if (auto r = hotLists.decideChange(id.value(), decision == QLatin1String("approve")); !r)
            return fail(r.error());
        printOut(QStringLiteral("Change %1 %2.")
                     .arg(id.value())
                     .arg(decision == QLatin1String("approve") ? QStringLiteral("approved")
                                                               : QStringLiteral("refused")));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        auto e = hotLists.entry(id.value());
        if (!e)
            return fail(e.error());
        auto changes = hotLists.changes(id.value());
        if (!changes)
            return fail(changes.error());
        if (o.isSet("json")) {
            QJsonObject out = entryJson(e.value());
            QJsonArray a;
            for (const EntryChange& c : changes.value())
                a.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("proposed"), c.proposed},
                                     {QStringLiteral("proposed_by"), c.proposedBy},
                                     {QStringLiteral("status"), c.status},
                                     {QStringLiteral("decided_by"), c.decidedBy}});
            out.insert(QStringLiteral("changes"), a);
            printOut(toJsonText(out));
            return ExitOk;
        }
        printEntries(o, {e.value()});
        printOut(QStringLiteral("  synopsis: %1").arg(escapeControls(e->synopsis)));
        for (const EntryChange& c : changes.value())
            printOut(QStringLiteral("  change %1 by %2: %3  [%4%5]")
                         .arg(c.id)
                         .arg(escapeControls(c.proposedBy),
                              escapeControls(QString::fromUtf8(
                                  QJsonDocument(c.proposed).toJson(QJsonDocument::Compact))),
                              c.status,
                              c.decidedBy.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" by %1").arg(escapeControls(c.decidedBy))));
        return ExitOk;
    }
    if (sub == QLatin1String("lookback")) {
        auto found = hotLists.lookback(id.value());
        if (!found)
            return fail(found.error());
        if (o.isSet("json")) {
            QJsonArray reads;
            for (const ReadRecord& r : found->reads)
                reads.append(readJson(r));
            printOut(toJsonText(QJsonObject{{QStringLiteral("search"), found->searchId},
                                            {QStringLiteral("count"), found->count},
                                            {QStringLiteral("reads"), reads}}));
            return ExitOk;
        }
        printOut(QStringLiteral("Search %1 (recorded under the entry's case): %2 stored read(s).")
                     .arg(found->searchId)
                     .arg(found->count));
        for (const ReadRecord& r : found->reads)
            printOut(QStringLiteral("  %1  %2 %3  %4  %5")
                         .arg(r.id, 8)
                         .arg(r.plate, -10)
                         .arg(r.state, -2)
                         .arg(localTime(r.capturedAt), escapeControls(r.cameraName)));
        return ExitOk;
    }
    return usage(QStringLiteral("hotlist entry takes one of: %1").arg(subs.join(u',')));
}

int cmdHotList(Options& o)
{
    const QString sub = o.positional.value(1);
    const QStringList subs{QStringLiteral("create"),  QStringLiteral("list"),
                           QStringLiteral("show"),    QStringLiteral("edit"),
                           QStringLiteral("disable"), QStringLiteral("import"),
                           QStringLiteral("stale"),   QStringLiteral("entry")};
    if (!subs.contains(sub))
        return usage(
            QStringLiteral("hotlist takes one of: %1").arg(subs.join(QStringLiteral(", "))));
    const QString name = o.positional.value(2);
    if ((sub == QLatin1String("create") || sub == QLatin1String("show") ||
         sub == QLatin1String("edit") || sub == QLatin1String("disable")) &&
        name.isEmpty())
        return usage(QStringLiteral("hotlist %1 takes a NAME").arg(sub));
    if (!name.isEmpty() && sub != QLatin1String("import") && sub != QLatin1String("entry"))
        if (int r = checkListName(name); r != ExitOk)
            return r;
    if (o.isSet("list"))
        if (int r = checkListName(o.value("list")); r != ExitOk)
            return r;
    HotListFormat format = HotListFormat::Csv;
    if (sub == QLatin1String("import")) {
        if (name.isEmpty() || !o.isSet("list"))
            return usage(QStringLiteral("hotlist import takes FILE --list NAME"));
        if (o.isSet("format") && !parseHotListFormat(o.value("format"), &format))
            return usage(QStringLiteral("--format takes clew, ncic-csv or csv"));
    }
    HotList list;
    if (sub == QLatin1String("create")) {
        list.name = name;
        const auto kind = hotListKindFromName(o.value("kind"));
        if (!kind)
            return usage(QStringLiteral("hotlist create needs --kind general or department"));
        list.kind = *kind;
        if (!o.isSet("purpose"))
            return usage(QStringLiteral("hotlist create needs --purpose (the purpose its hits "
                                        "are verified under, e.g. stolen-vehicle)"));
        if (int r = applyListOptions(o, list); r != ExitOk)
            return r;
    }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    HotLists hotLists(s);
    if (sub == QLatin1String("entry"))
        return cmdEntry(o, s);
    if (sub == QLatin1String("create")) {
        auto id = hotLists.createList(list);
        if (!id)
            return fail(id.error());
        printOut(QStringLiteral("Hot list \"%1\" created (%2).")
                     .arg(escapeControls(list.name), hotListKindName(list.kind)));
        return ExitOk;
    }
    if (sub == QLatin1String("edit") || sub == QLatin1String("disable")) {
        auto current = hotLists.list(name);
        if (!current)
            return fail(current.error());
        HotList changed = current.value();
        if (sub == QLatin1String("disable"))
            changed.enabled = false;
        else if (int r = applyListOptions(o, changed); r != ExitOk)
            return r;
        if (auto r = hotLists.editList(changed); !r)
            return fail(r.error());
        printOut(sub == QLatin1String("disable")
                     ? QStringLiteral("Hot list \"%1\" disabled: it no longer matches.")
                           .arg(escapeControls(name))
                     : QStringLiteral("Hot list \"%1\" changed.").arg(escapeControls(name)));
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        auto counts = hotLists.importFile(
            o.value("list"), name, o.isSet("format") ? &format : nullptr, o.isSet("allow-shrink"));
        if (!counts)
            return fail(counts.error());
        const ImportCounts& c = counts.value();
        if (o.isSet("json")) {
            printOut(toJsonText(QJsonObject{
                {QStringLiteral("list"), c.list},
                {QStringLiteral("format"), c.format},
                {QStringLiteral("extract_time"),
                 c.extractTime.isValid() ? c.extractTime.toString(Qt::ISODate) : QString()},
                {QStringLiteral("before"), c.before},
                {QStringLiteral("loaded"), c.loaded},
                {QStringLiteral("duplicates"), c.duplicates},
                {QStringLiteral("refused_plates"), c.refusedPlates},
                {QStringLiteral("states_corrected"), c.statesCorrected}}));
            return ExitOk;
        }
        printOut(QStringLiteral("\"%1\" now holds %2 entries from %3 (%4, extract of %5); it "
                                "held %6. Dropped: %7 duplicate(s), %8 plate(s) that cannot be "
                                "plates; %9 state(s) corrected.")
                     .arg(escapeControls(c.list))
                     .arg(c.loaded)
                     .arg(escapeControls(name), c.format, when(c.extractTime))
                     .arg(c.before)
                     .arg(c.duplicates)
                     .arg(c.refusedPlates)
                     .arg(c.statesCorrected));
        return ExitOk;
    }
    if (sub == QLatin1String("stale")) {
        auto stale = hotLists.staleLists();
        if (!stale)
            return fail(stale.error());
        if (stale->isEmpty())
            printOut(QStringLiteral("No general list is stale."));
        for (const StaleList& l : stale.value())
            printOut(QStringLiteral("  %1  as of %2").arg(escapeControls(l.name), when(l.asOf)));
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        auto lists = hotLists.lists();
        if (!lists)
            return fail(lists.error());
        auto stale = hotLists.staleLists();
        QStringList staleNames;
        if (stale)
            for (const StaleList& l : stale.value())
                staleNames << l.name;
        if (o.isSet("json")) {
            QJsonArray a;
            for (const HotList& l : lists.value()) {
                QJsonObject j = listJson(l);
                j.insert(QStringLiteral("stale"), staleNames.contains(l.name));
                a.append(j);
            }
            printOut(toJsonText(a));
            return ExitOk;
        }
        for (const HotList& l : lists.value()) {
            QStringList marks;
            if (!l.enabled)
                marks << QStringLiteral("disabled");
            if (l.covert)
                marks << QStringLiteral("covert");
            if (!l.alert)
                marks << QStringLiteral("no alerts");
            if (staleNames.contains(l.name))
                marks << QStringLiteral("STALE");
            printOut(QStringLiteral("  %1  %2  %3  priority %4  %5 entries  loaded %6%7")
                         .arg(escapeControls(l.name), -36)
                         .arg(hotListKindName(l.kind), -10)
                         .arg(l.purpose, -22)
                         .arg(l.priority, 3)
                         .arg(l.entryCount, 7)
                         .arg(when(l.extractAt.isValid() ? l.extractAt : l.loadedAt),
                              marks.isEmpty() ? QString()
                                              : QStringLiteral("  [%1]").arg(marks.join(u','))));
        }
        return ExitOk;
    }
    // show
    std::optional<EntryStatus> status;
    if (o.isSet("status")) {
        status = entryStatusFromName(o.value("status"));
        if (!status)
            return usage(QStringLiteral("--status takes pending, approved, removed or expired"));
    }
    auto limit = countOption(o, "limit");
    if (!limit)
        return fail(limit.error());
    auto l = hotLists.list(name);
    if (!l)
        return fail(l.error());
    auto entries = hotLists.entries(name, status, limit->value_or(200));
    if (!entries)
        return fail(entries.error());
    if (o.isSet("json")) {
        QJsonObject out = listJson(l.value());
        QJsonArray a;
        for (const HotListEntry& e : entries.value())
            a.append(entryJson(e));
        out.insert(QStringLiteral("entries_shown"), a);
        printOut(toJsonText(out));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 (%2, purpose %3, priority %4): %5 entries, loaded %6 by %7")
                 .arg(escapeControls(l->name), hotListKindName(l->kind), l->purpose)
                 .arg(l->priority)
                 .arg(l->entryCount)
                 .arg(when(l->loadedAt), escapeControls(l->loadedBy)));
    return printEntries(o, entries.value());
}

int cmdHits(Options& o)
{
    const QString sub = o.positional.value(1);
    if (alertSubcommands().contains(sub))
        return runAlertCommand(o);
    if (sub != QLatin1String("list"))
        return usage(QStringLiteral("hits takes list, queue, show, take, release, verify, "
                                    "dispose, sweep or confirmation"));
    auto limit = countOption(o, "limit");
    if (!limit)
        return fail(limit.error());
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Hits hits(*session.value());
    auto found = hits.list(o.value("status"), limit->value_or(200));
    if (!found)
        return fail(found.error());
    if (o.isSet("json")) {
        QJsonArray a;
        for (const HitRecord& h : found.value())
            a.append(hitJson(h));
        printOut(toJsonText(a));
        return ExitOk;
    }
    for (const HitRecord& h : found.value())
        printOut(QStringLiteral("  %1  %2  %3 %4 -> %5  %6  %7  %8%9")
                     .arg(h.id, 6)
                     .arg(localTime(h.capturedAt))
                     .arg(h.readPlate, -10)
                     .arg(h.readState, -2)
                     .arg(escapeControls(h.snapshot.value(QStringLiteral("plate")).toString()), -10)
                     .arg(h.matchKind, -9)
                     .arg(escapeControls(h.snapshot.value(QStringLiteral("list")).toString()), -30)
                     .arg(escapeControls(h.snapshot.value(QStringLiteral("reason")).toString()),
                          flags(h).isEmpty() ? QString() : QStringLiteral("  [%1]").arg(flags(h))));
    return ExitOk;
}

} // namespace

QList<Command> hotListCommands()
{
    const QString v = QStringLiteral("TEXT");
    return {
        {"hotlist",
         "hotlist create NAME --kind general|department --purpose P [--priority 0-100]\n"
         "               [--covert --members U1,U2] [--alert on|off]   (administrators)\n"
         "  hotlist list [--json]              the lists, with the stale ones marked\n"
         "  hotlist show NAME [--status S] [--limit N] [--json]   a list and its entries\n"
         "  hotlist edit NAME [--purpose P] [--priority N] [--alert on|off] "
         "[--covert|--not-covert]\n"
         "               [--members U1,U2] [--enable]\n"
         "  hotlist disable NAME\n"
         "  hotlist import FILE --list NAME [--format clew|ncic-csv|csv] [--allow-shrink]\n"
         "  hotlist stale                      general lists older than a day\n"
         "  hotlist entry add --list L --plate P [--state S] --reason R --case C --synopsis T\n"
         "               [--expires DATE] [--make M --model M --color C --body B] [--note T]\n"
         "  hotlist entry approve ID           (administrators; never your own)\n"
         "  hotlist entry edit ID [--state S] [--reason R] [--synopsis T] [--expires DATE]\n"
         "               [--note T] [--remove]   proposes a change a supervisor decides\n"
         "  hotlist entry decide CHANGE approve|refuse   (supervisors)\n"
         "  hotlist entry show ID [--json]\n"
         "  hotlist entry lookback ID [--json] search the stored reads for your approved entry",
         {{QStringLiteral("kind"), QStringLiteral("general or department."),
           QStringLiteral("KIND")},
          {QStringLiteral("priority"), QStringLiteral("0 to 100."), QStringLiteral("N")},
          {QStringLiteral("covert"), QStringLiteral("Only the members see its hits.")},
          {QStringLiteral("not-covert"), QStringLiteral("Every dispatcher sees its hits.")},
          {QStringLiteral("members"), QStringLiteral("Members of a covert list."),
           QStringLiteral("U1,U2")},
          {QStringLiteral("alert"), QStringLiteral("Alert on hits: on or off."),
           QStringLiteral("on|off")},
          {QStringLiteral("enable"), QStringLiteral("Enable a disabled list.")},
          {QStringLiteral("list"), QStringLiteral("Hot list name."), QStringLiteral("NAME")},
          {QStringLiteral("format"), QStringLiteral("clew, ncic-csv or csv."),
           QStringLiteral("FORMAT")},
          {QStringLiteral("allow-shrink"),
           QStringLiteral("Load an extract that shrinks the list by more than half.")},
          {QStringLiteral("plate"), QStringLiteral("Plate or partial plate."), QStringLiteral("P")},
          {QStringLiteral("state"), QStringLiteral("State of the plate."), QStringLiteral("ST")},
          {QStringLiteral("reason"), QStringLiteral("Why the vehicle is sought."), v},
          {QStringLiteral("synopsis"), QStringLiteral("Synopsis (Los Altos 462.4(h)(5))."), v},
          {QStringLiteral("expires"), QStringLiteral("Expiry date."), QStringLiteral("DATE")},
          {QStringLiteral("make"), QStringLiteral("Vehicle make."), QStringLiteral("M")},
          {QStringLiteral("model"), QStringLiteral("Vehicle model."), QStringLiteral("M")},
          {QStringLiteral("color"), QStringLiteral("Vehicle colour."), QStringLiteral("C")},
          {QStringLiteral("body"), QStringLiteral("Vehicle body type."), QStringLiteral("B")},
          {QStringLiteral("remove"), QStringLiteral("Remove the entry.")},
          {QStringLiteral("status"), QStringLiteral("Entries or hits with this status."),
           QStringLiteral("S")},
          {QStringLiteral("limit"), QStringLiteral("How many to show."), QStringLiteral("N")}},
         cmdHotList},
        {"hits",
         "hits list [--status new] [--limit N] [--json]   hot-list hits, newest first "
         "(verify-hit)\n"
         "  hits queue [--json]                the open hits you may work, newest first\n"
         "  hits show HIT [--json]             the verification checklist of a hit as it stands\n"
         "  hits show HIT --image plate|overview|vehicle|rectified --out FILE\n"
         "                                     a hit's image into a new 0600 file (a recorded "
         "view)\n"
         "  hits take HIT --incident N         take a hit to verify it under a CAD incident\n"
         "  hits release HIT                   give it back (its holder, or a supervisor)\n"
         "  hits verify HIT [--characters ok|mismatch] [--plate-state ok|differs]\n"
         "               [--vehicle ok|differs] [--currency]\n"
         "               [--clets still-wanted|cleared|no-record --clets-ref REF [--clets-at T]]\n"
         "               [--decision confirmed|rejected [--reason R] [--note N]]\n"
         "                                     the checklist's steps, in order; a refused step "
         "stops it\n"
         "  hits dispose HIT --outcome arrest|citation|vehicle-recovered|person-located|"
         "no-action\n"
         "               --incident N          what came of a confirmed hit\n"
         "  hits sweep                         release idle holds, escalate untaken hits\n"
         "  hits confirmation HIT [--out FILE.pdf]  the verification of a decided hit, as text\n"
         "                                     or on one page of PDF",
         alertOptions(), cmdHits},
    };
}

} // namespace alpr::cli
