// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl audit verify, audit list.
#include "cli.h"
#include "terminal.h"

#include "audit/auditlog.h"
#include "auth/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alpr::cli {

namespace {

QJsonObject eventJson(const AuditEvent& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), e.username},
            {QStringLiteral("workstation"), e.workstation},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object"), e.object},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

int cmdAudit(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub != QLatin1String("verify") && sub != QLatin1String("list"))
        return usage(QStringLiteral("audit takes 'verify' or 'list'"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (auto r = s.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return fail(r.error());

    if (sub == QLatin1String("verify")) {
        auto v = s.audit().verify();
        if (!v)
            return fail(v.error());
        (void)s.audit().append(s.user().username, QStringLiteral("audit-verify"),
                               QStringLiteral("audit"),
                               {{QStringLiteral("intact"), v->intact},
                                {QStringLiteral("events"), v->events},
                                {QStringLiteral("first_bad_seq"), v->firstBadSeq}},
                               QStringLiteral("success"));
        if (!v->intact) {
            printErr(QStringLiteral("audit trail BROKEN at event %1: %2 (%3 events checked)")
                         .arg(v->firstBadSeq)
                         .arg(v->problem)
                         .arg(v->events));
            return ExitError;
        }
        printOut(QStringLiteral("audit trail intact: %1 events, latest hash %2")
                     .arg(v->events)
                     .arg(v->headHash));
        return ExitOk;
    }

    AuditFilter filter;
    filter.username = o.value("by");
    filter.action = o.value("action");
    filter.caseNumber = o.value("case");
    auto from = timeOption(o, "from");
    auto to = timeOption(o, "to");
    if (!from)
        return usage(from.error().message);
    if (!to)
        return usage(to.error().message);
    filter.from = from.value();
    filter.to = to.value();
    (void)s.audit().append(s.user().username, QStringLiteral("audit-list"), QStringLiteral("audit"),
                           {{QStringLiteral("filter_user"), filter.username},
                            {QStringLiteral("filter_action"), filter.action},
                            {QStringLiteral("filter_case"), filter.caseNumber}},
                           QStringLiteral("success"));
    auto events = s.audit().list(filter);
    if (!events)
        return fail(events.error());
    if (o.isSet("json")) {
        QJsonArray a;
        for (const AuditEvent& e : events.value())
            a.append(eventJson(e));
        printOut(toJsonText(a));
        return ExitOk;
    }
    for (const AuditEvent& e : events.value()) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                     .arg(e.seq, 6)
                     .arg(localTime(e.at), e.username, e.action, e.object, e.outcome,
                          QString::fromUtf8(
                              QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    }
    return ExitOk;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {"audit",
         "audit verify                       check the audit trail's hash chain\n"
         "  audit list [--by USER] [--action A] [--case C] [--from T] [--to T] [--json]",
         {{QStringLiteral("by"), QStringLiteral("Audit events of this user."), QStringLiteral("NAME")},
          {QStringLiteral("action"), QStringLiteral("Audit action."), QStringLiteral("A")}},
         cmdAudit},
    };
}

} // namespace alpr::cli
