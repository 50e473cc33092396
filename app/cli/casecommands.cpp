// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl case, purpose, read, settings: the case record, the purposes list,
// opening one read (and its images) under an earlier search, and the
// department's settings.
#include "cli.h"
#include "terminal.h"

#include "auditing/auditexport.h"
#include "auth/session.h"
#include "cases/agencysettings.h"
#include "cases/caseview.h"
#include "cases/departmentsettings.h"
#include "cases/purposes.h"
#include "common/privatefiles.h"
#include "common/textinput.h"
#include "inquiry/searchservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace alpr::cli {

namespace {

QString eventLine(const AuditEvent& e)
{
    const QJsonObject d = e.details;
    // Stored text, printed with its control characters escaped.
    const auto text = [&d](const char* key) {
        return escapeControls(d.value(QLatin1String(key)).toString());
    };
    const QString object = escapeControls(e.object);
    QString what;
    if (e.action == QLatin1String("search") || e.action == QLatin1String("canvass")) {
        what = QString::fromUtf8(QJsonDocument(d.value(QStringLiteral("query")).toObject())
                                     .toJson(QJsonDocument::Compact));
        if (d.contains(QStringLiteral("result_count")))
            what += QStringLiteral(" -> %1 result(s)")
                        .arg(d.value(QStringLiteral("result_count")).toInteger());
    } else if (e.action == QLatin1String("view-read")) {
        what = QStringLiteral("%1 (plate %2)").arg(object, text("plate"));
    } else if (e.action == QLatin1String("view-image")) {
        what =
            QStringLiteral("%1 image of %2 (plate %3)").arg(text("image"), object, text("plate"));
    } else {
        what = object;
    }
    if (e.outcome != QLatin1String("success"))
        what += QStringLiteral("  [%1: %2]").arg(e.outcome, text("reason"));
    return QStringLiteral("  %1  %2  %3  %4  %5  %6")
        .arg(e.seq, 6)
        .arg(localTime(e.at), e.username, e.action, text("purpose"), what);
}

int cmdCase(Options& o)
{
    const QString sub = o.positional.value(1);
    const QString number = o.positional.value(2);
    if ((sub != QLatin1String("show") && sub != QLatin1String("title")) || number.isEmpty())
        return usage(QStringLiteral("case takes 'show CASE' or 'title CASE TEXT'"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (sub == QLatin1String("title")) {
        if (o.positional.size() != 4)
            return usage(QStringLiteral("case title takes CASE and one TEXT (quote it)"));
        if (auto r = setCaseTitle(s, number, o.positional[3]); !r)
            return fail(r.error());
        printOut(QStringLiteral("case %1: title saved").arg(number));
        return ExitOk;
    }
    auto view = showCase(s, number);
    if (!view)
        return fail(view.error());
    const CaseRecord& c = view->record;
    if (o.isSet("json")) {
        QJsonArray events;
        for (const AuditEvent& e : view->events)
            events.append(auditEventJson(e));
        printOut(toJsonText(
            QJsonObject{{QStringLiteral("case"), c.number},
                        {QStringLiteral("title"), c.title},
                        {QStringLiteral("first_user"), c.firstUser},
                        {QStringLiteral("first_at"), c.firstAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("users"), QJsonArray::fromStringList(view->users)},
                        {QStringLiteral("searches"), view->searches},
                        {QStringLiteral("reads_opened"), view->readsOpened},
                        {QStringLiteral("images_viewed"), view->imagesViewed},
                        {QStringLiteral("exports"), view->exports},
                        {QStringLiteral("refused"), view->refused},
                        {QStringLiteral("events"), events}}));
        return ExitOk;
    }
    printOut(QStringLiteral("Case %1%2: first used by %3 at %4")
                 .arg(escapeControls(c.number),
                      c.title.isEmpty() ? QString()
                                        : QStringLiteral(" (") + escapeControls(c.title) + u')',
                      c.firstUser, localTime(c.firstAt)));
    printOut(QStringLiteral("%1 search(es), %2 read(s) opened, %3 image(s) viewed, %4 export(s), "
                            "%5 refused; by %6")
                 .arg(view->searches)
                 .arg(view->readsOpened)
                 .arg(view->imagesViewed)
                 .arg(view->exports)
                 .arg(view->refused)
                 .arg(view->users.join(QStringLiteral(", "))));
    for (const AuditEvent& e : view->events)
        printOut(eventLine(e));
    return ExitOk;
}

QString roleList(const QList<Role>& roles)
{
    return rolesToString(roles).replace(u',', QStringLiteral(", "));
}

// The roles of --roles (or ROLES), or a usage error naming the unknown one.
std::optional<QList<Role>> rolesArgument(const QString& text, QString* problem)
{
    QString unknown;
    auto roles = parseRoles(text, &unknown);
    if (!roles)
        *problem = QStringLiteral("unknown role \"%1\"; roles are %2")
                       .arg(unknown, roleList(purposeRoles()));
    return roles;
}

int cmdPurpose(Options& o)
{
    const QString sub = o.positional.value(1);
    const QStringList subs{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("roles"),
                           QStringLiteral("retire"), QStringLiteral("reinstate")};
    if (!subs.contains(sub))
        return usage(
            QStringLiteral("purpose takes one of: %1").arg(subs.join(QStringLiteral(", "))));
    const QString code = o.positional.value(2);
    if (sub != QLatin1String("list") && code.isEmpty())
        return usage(QStringLiteral("purpose %1 takes a CODE").arg(sub));
    std::optional<QList<Role>> roles;
    if (sub == QLatin1String("roles") || o.isSet("roles")) {
        const QString text =
            sub == QLatin1String("roles") ? o.positional.value(3) : o.value("roles");
        if (text.isEmpty())
            return usage(QStringLiteral("purpose roles takes CODE and ROLES, e.g. "
                                        "detective,records"));
        QString problem;
        roles = rolesArgument(text, &problem);
        if (!roles)
            return usage(problem);
    }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (sub == QLatin1String("list")) {
        // Everyone sees the purposes they may give; --all (or an administrator's
        // list) every purpose with its roles, the retired ones too.
        auto purposes =
            o.isSet("all") || s.can(Action::ChangeSettings) ? listPurposes(s) : purposesForUser(s);
        if (!purposes)
            return fail(purposes.error());
        if (o.isSet("json")) {
            QJsonArray a;
            for (const Purpose& p : purposes.value())
                a.append(QJsonObject{{QStringLiteral("code"), p.code},
                                     {QStringLiteral("description"), p.description},
                                     {QStringLiteral("policy_ref"), p.policyRef},
                                     {QStringLiteral("active"), p.active},
                                     {QStringLiteral("roles"),
                                      QJsonArray::fromStringList(
                                          rolesToString(p.roles).split(u',', Qt::SkipEmptyParts))},
                                     {QStringLiteral("yours"), purposeOpenTo(p, s.user().roles)}});
            printOut(toJsonText(a));
            return ExitOk;
        }
        for (const Purpose& p : purposes.value())
            printOut(
                QStringLiteral("%1  %2  %3  %4%5")
                    .arg(p.code, -26)
                    .arg(escapeControls(p.description), -52)
                    .arg(escapeControls(p.policyRef), -20)
                    .arg(roleList(p.roles), p.active ? QString() : QStringLiteral("  (retired)")));
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        if (!o.isSet("description"))
            return usage(QStringLiteral("purpose add needs --description TEXT"));
        Purpose p;
        p.code = code;
        p.description = o.value("description");
        p.policyRef = o.value("policy-ref");
        // Without --roles: a purpose already listed keeps its roles, a new one
        // gets the default (audit: auditors; the others: the roles that work cases).
        p.roles = roles.value_or(defaultPurposeRoles(code));
        if (!roles) {
            if (auto all = listPurposes(s); all) {
                for (const Purpose& existing : all.value())
                    if (existing.code == code)
                        p.roles = existing.roles;
            }
        }
        if (auto r = savePurpose(s, p); !r)
            return fail(r.error());
        printOut(QStringLiteral("purpose %1 saved, for %2").arg(code, roleList(p.roles)));
        return ExitOk;
    }
    if (sub == QLatin1String("roles")) {
        if (auto r = setPurposeRoles(s, code, *roles); !r)
            return fail(r.error());
        printOut(QStringLiteral("purpose %1 is now for %2").arg(code, roleList(*roles)));
        return ExitOk;
    }
    const bool active = sub == QLatin1String("reinstate");
    if (auto r = setPurposeActive(s, code, active); !r)
        return fail(r.error());
    printOut(QStringLiteral("purpose %1 %2")
                 .arg(code, active ? QStringLiteral("reinstated") : QStringLiteral("retired")));
    return ExitOk;
}

int cmdRead(Options& o)
{
    bool ok = false;
    const qint64 readId = o.positional.value(2).toLongLong(&ok);
    if (o.positional.value(1) != QLatin1String("show") || !ok || readId < 1)
        return usage(QStringLiteral("read takes 'show READ-ID --search SEARCH-ID'"));
    const qint64 searchId = o.value("search").toLongLong(&ok);
    if (!ok || searchId < 1)
        return usage(QStringLiteral("read show needs --search SEARCH-ID: the search of yours that "
                                    "found the read (its case and purpose cover this access)"));
    std::optional<ImageKind> kind;
    if (o.isSet("image")) {
        kind = imageKindFromName(o.value("image"));
        if (!kind)
            return usage(QStringLiteral("--image takes plate, overview or vehicle, not \"%1\"")
                             .arg(o.value("image")));
        if (!o.isSet("out"))
            return usage(QStringLiteral("--image needs --out FILE.jpg (FILE.png with --enhance)"));
    }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    SearchService service(*session.value());
    if (kind && o.isSet("enhance")) {
        auto image = service.viewEnhancedImage(readId, *kind, searchId);
        if (!image)
            return fail(image.error());
        QSaveFile file(o.value("out"));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Error{
                ErrorCode::Io,
                QStringLiteral("cannot write %1: %2").arg(o.value("out"), file.errorString())});
        if (auto r = makeOwnerOnly(file); !r)
            return fail(r.error());
        if (!image->save(&file, "PNG") || !file.commit())
            return fail(Error{
                ErrorCode::Io,
                QStringLiteral("cannot write %1: %2").arg(o.value("out"), file.errorString())});
        printOut(QStringLiteral("%1 image of read %2, enhanced, written to %3 (PNG, %4 x %5)")
                     .arg(o.value("image"))
                     .arg(readId)
                     .arg(o.value("out"))
                     .arg(image->width())
                     .arg(image->height()));
        return ExitOk;
    }
    if (kind) {
        auto jpeg = service.viewImage(readId, *kind, searchId);
        if (!jpeg)
            return fail(jpeg.error());
        QSaveFile file(o.value("out"));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Error{
                ErrorCode::Io,
                QStringLiteral("cannot write %1: %2").arg(o.value("out"), file.errorString())});
        if (auto r = makeOwnerOnly(file); !r)
            return fail(r.error());
        if (file.write(jpeg.value()) < 0 || !file.commit())
            return fail(Error{
                ErrorCode::Io,
                QStringLiteral("cannot write %1: %2").arg(o.value("out"), file.errorString())});
        printOut(QStringLiteral("%1 image of read %2 written to %3")
                     .arg(o.value("image"))
                     .arg(readId)
                     .arg(o.value("out")));
        return ExitOk;
    }
    auto read = service.openRead(readId, searchId);
    if (!read)
        return fail(read.error());
    const ReadRecord& r = read.value();
    QStringList candidates;
    for (const PlateCandidate& c : r.candidates)
        candidates << c.plate;
    QJsonObject out = readJson(r);
    for (const auto& [key, value] :
         {std::pair{"confidence", QJsonValue(r.confidence)},
          std::pair{"alternative_readings", QJsonValue(QJsonArray::fromStringList(candidates))},
          std::pair{"make", QJsonValue(r.make)}, std::pair{"model", QJsonValue(r.model)},
          std::pair{"color", QJsonValue(r.color)}, std::pair{"body", QJsonValue(r.body)},
          std::pair{"legal_hold", QJsonValue(r.legalHold)}})
        out.insert(QLatin1String(key), value);
    if (o.isSet("json")) {
        printOut(toJsonText(out));
        return ExitOk;
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        printOut(QStringLiteral("%1 %2")
                     .arg(it.key() + u':', -22)
                     .arg(it.value().isArray()
                              ? it.value().toVariant().toStringList().join(QStringLiteral(", "))
                              : it.value().toVariant().toString()));
    return ExitOk;
}

// alprctl settings agency: the agency's name, ORI, address, contact and time zone.
int agencySettingsCommand(Options& o, Session& s)
{
    auto current = agencySettings(s);
    if (!current)
        return fail(current.error());
    const char* fields[] = {"agency-name", "ori", "address", "contact", "time-zone"};
    if (std::any_of(std::begin(fields), std::end(fields),
                    [&o](const char* f) { return o.isSet(f); })) {
        AgencySettings next = current.value();
        for (auto [option, field] :
             {std::pair{"agency-name", &next.name}, std::pair{"ori", &next.ori},
              std::pair{"address", &next.address}, std::pair{"contact", &next.contact},
              std::pair{"time-zone", &next.timeZone}})
            if (o.isSet(option))
                *field = o.value(option);
        if (auto r = setAgencySettings(s, next); !r)
            return fail(r.error());
        current = agencySettings(s);
        if (!current)
            return fail(current.error());
    }
    if (o.isSet("json")) {
        printOut(toJsonText(current->toJson()));
        return ExitOk;
    }
    printOut(QStringLiteral("agency name:         %1").arg(escapeControls(current->name)));
    printOut(QStringLiteral("ORI:                 %1").arg(escapeControls(current->ori)));
    printOut(QStringLiteral("address:             %1").arg(escapeControls(current->address)));
    printOut(QStringLiteral("contact:             %1").arg(escapeControls(current->contact)));
    printOut(QStringLiteral("time zone:           %1").arg(escapeControls(current->timeZone)));
    return ExitOk;
}

int cmdSettings(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub != QLatin1String("show") && sub != QLatin1String("set") &&
        sub != QLatin1String("agency"))
        return usage(QStringLiteral("settings takes 'show', 'set' or 'agency'"));
    if (sub == QLatin1String("set") && !o.isSet("case-format") && !o.isSet("case-example") &&
        !o.isSet("misread-table") && !o.isSet("stale-hours") && !o.isSet("alert-hold-minutes") &&
        !o.isSet("alert-escalate-minutes"))
        return usage(QStringLiteral("settings set takes --case-format REGEX --case-example "
                                    "NUMBER and/or --misread-table \"0ODQ 1I ...\", "
                                    "--stale-hours N, --alert-hold-minutes N, "
                                    "--alert-escalate-minutes N"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (sub == QLatin1String("agency"))
        return agencySettingsCommand(o, s);
    auto current = departmentSettings(s);
    if (!current)
        return fail(current.error());
    if (sub == QLatin1String("set")) {
        DepartmentSettings next = current.value();
        if (o.isSet("case-format"))
            next.caseNumberPattern = o.value("case-format");
        if (o.isSet("case-example"))
            next.caseNumberExample = o.value("case-example");
        if (o.isSet("misread-table"))
            next.misreadTable = o.value("misread-table");
        if (o.isSet("stale-hours")) {
            bool ok = false;
            next.staleHours = o.value("stale-hours").toInt(&ok);
            if (!ok)
                return usage(QStringLiteral("--stale-hours takes a number of hours"));
        }
        // The ranges are the core's (departmentsettings.h), which names them when refusing.
        for (const auto& [name, field] :
             {std::pair{"alert-hold-minutes", &DepartmentSettings::alertHoldMinutes},
              std::pair{"alert-escalate-minutes", &DepartmentSettings::alertEscalateMinutes}}) {
            if (!o.isSet(name))
                continue;
            bool ok = false;
            next.*field = o.value(name).toInt(&ok);
            if (!ok)
                return usage(
                    QStringLiteral("--%1 takes a number of minutes").arg(QLatin1String(name)));
        }
        if (auto r = setDepartmentSettings(s, next); !r)
            return fail(r.error());
        current = departmentSettings(s);
        if (!current)
            return fail(current.error());
    }
    auto agency = agencySettings(s);
    if (!agency)
        return fail(agency.error());
    if (o.isSet("json")) {
        QJsonObject json = current->toJson();
        json.insert(QStringLiteral("agency"), agency->toJson());
        printOut(toJsonText(json));
        return ExitOk;
    }
    printOut(QStringLiteral("case number format:  %1  (e.g. %2)")
                 .arg(current->caseNumberPattern, current->caseNumberExample));
    printOut(QStringLiteral("misread table:       %1").arg(current->misreadTable));
    printOut(QStringLiteral("hot lists stale after: %1 hours").arg(current->staleHours));
    printOut(QStringLiteral("alerts: a taken hit goes back after %1 minutes without a step; an "
                            "untaken one is escalated after %2 minutes")
                 .arg(current->alertHoldMinutes)
                 .arg(current->alertEscalateMinutes));
    printOut(QStringLiteral("agency:              %1")
                 .arg(agency->heading().isEmpty() ? QStringLiteral("(not set)")
                                                  : escapeControls(agency->heading())));
    printOut(QStringLiteral("time zone:           %1").arg(agency->timeZone));
    return ExitOk;
}

} // namespace

QList<Command> caseCommands()
{
    return {
        {"case",
         "case show CASE [--json]            everything done under a case\n"
         "  case title CASE TEXT               give a case a title",
         {},
         cmdCase},
        {"purpose",
         "purpose list [--all] [--json]      the purposes you may give (--all: every one)\n"
         "  purpose add CODE --description D [--policy-ref R] [--roles R1,R2]\n"
         "  purpose roles CODE R1,R2           who may give it\n"
         "  purpose retire|reinstate CODE      (administrators)",
         {{QStringLiteral("description"), QStringLiteral("What the purpose is."),
           QStringLiteral("TEXT")},
          {QStringLiteral("policy-ref"), QStringLiteral("The policy section that allows it."),
           QStringLiteral("REF")},
          {QStringLiteral("roles"), QStringLiteral("The roles that may give the purpose."),
           QStringLiteral("ROLES")},
          {QStringLiteral("all"), QStringLiteral("Every purpose, the retired ones too.")}},
         cmdPurpose},
        {"read",
         "read show READ-ID --search SEARCH-ID [--image plate|overview|vehicle [--enhance] --out "
         "FILE]\n"
         "          [--json]                   a read's details, or one image (enhanced: PNG), "
         "under your search",
         {{QStringLiteral("search"), QStringLiteral("The search that found the read."),
           QStringLiteral("ID")},
          {QStringLiteral("image"), QStringLiteral("plate, overview or vehicle."),
           QStringLiteral("KIND")},
          {QStringLiteral("enhance"), QStringLiteral("Enhance the image for reading (PNG).")}},
         cmdRead},
        {"settings",
         "settings show [--json]             the department's case number format, misread "
         "table and agency\n"
         "  settings set [--case-format REGEX --case-example NUMBER] [--misread-table CLASSES]\n"
         "               [--stale-hours N]     hours after which a general hot list is stale\n"
         "               [--alert-hold-minutes N] [--alert-escalate-minutes N]\n"
         "                                     when a taken alert goes back to the queue (5-480), "
         "an\n"
         "                                     untaken one is escalated (1-120)\n"
         "  settings agency [--agency-name N] [--ori ORI] [--address A] [--contact C]\n"
         "               [--time-zone ZONE]    the agency memos and reports name "
         "(administrators set it)",
         {{QStringLiteral("case-format"),
           QStringLiteral("Case number format (regular expression)."), QStringLiteral("REGEX")},
          {QStringLiteral("case-example"), QStringLiteral("An example case number."),
           QStringLiteral("NUMBER")},
          {QStringLiteral("misread-table"), QStringLiteral("Classes of confused characters."),
           QStringLiteral("CLASSES")},
          {QStringLiteral("stale-hours"), QStringLiteral("Hours after which a hot list is stale."),
           QStringLiteral("N")},
          {QStringLiteral("alert-hold-minutes"),
           QStringLiteral("Minutes without a step after which a taken alert goes back."),
           QStringLiteral("N")},
          {QStringLiteral("alert-escalate-minutes"),
           QStringLiteral("Minutes after which an untaken alert is escalated."),
           QStringLiteral("N")},
          {QStringLiteral("agency-name"), QStringLiteral("The agency's name."),
           QStringLiteral("NAME")},
          {QStringLiteral("ori"), QStringLiteral("The agency's NCIC ORI (9 characters)."),
           QStringLiteral("ORI")},
          {QStringLiteral("address"), QStringLiteral("The agency's address (one line)."),
           QStringLiteral("TEXT")},
          {QStringLiteral("contact"), QStringLiteral("The agency's contact (one line)."),
           QStringLiteral("TEXT")},
          {QStringLiteral("time-zone"), QStringLiteral("IANA time zone, e.g. America/Los_Angeles."),
           QStringLiteral("ZONE")}},
         cmdSettings},
    };
}

} // namespace alpr::cli
