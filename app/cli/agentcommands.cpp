// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl agent add|list|revoke: the camera agents that deliver reads to the
// receiver, each with a token shown once.

#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "common/securebytes.h"
#include "ingest/agents.h"

#include <QJsonArray>
#include <QJsonObject>

namespace alpr::cli {

namespace {

QJsonObject agentJson(const Agent& a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("cameras"), QJsonArray::fromStringList(a.cameras)},
                  {QStringLiteral("created_by"), a.createdBy},
                  {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("revoked"), a.revoked()}};
    if (a.revoked()) {
        o.insert(QStringLiteral("revoked_by"), a.revokedBy);
        o.insert(QStringLiteral("revoked_at"), a.revokedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

int cmdAgent(Options& o)
{
    const QString sub = o.positional.value(1);
    const QString name = o.positional.value(2);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") &&
        sub != QLatin1String("revoke"))
        return usage(QStringLiteral("agent takes add, list or revoke"));
    if (sub != QLatin1String("list") && name.isEmpty())
        return usage(QStringLiteral("agent %1 needs the agent's NAME").arg(sub));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Agents agents(*session.value());
    if (sub == QLatin1String("add")) {
        QStringList cameras;
        for (const QString& value : o.values("camera"))
            cameras += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        auto made = agents.add(name, cameras);
        if (!made)
            return fail(made.error());
        // The token goes to stdout alone, for a script to take; what it is, to stderr.
        printErr(QStringLiteral("Agent %1 added. Its token follows; it is shown only now: give "
                                "it to the agent as \"Authorization: Bearer TOKEN\". Lost, it "
                                "cannot be shown again: revoke the agent and add another.")
                     .arg(name));
        QByteArray token = made->token.toByteArrayUnsafe();
        printOut(QString::fromLatin1(token));
        secureWipe(token);
        return ExitOk;
    }
    if (sub == QLatin1String("revoke")) {
        if (auto r = agents.revoke(name); !r)
            return fail(r.error());
        printOut(QStringLiteral("Agent %1 revoked: a running receiver refuses its token within "
                                "a second.")
                     .arg(name));
        return ExitOk;
    }
    auto all = agents.list();
    if (!all)
        return fail(all.error());
    if (o.isSet("json")) {
        QJsonArray a;
        for (const Agent& agent : *all)
            a.append(agentJson(agent));
        printOut(toJsonText(a));
        return ExitOk;
    }
    if (all->isEmpty())
        printOut(QStringLiteral("No agents yet: add one with 'alprctl agent add NAME'."));
    for (const Agent& agent : *all)
        printOut(QStringLiteral("  %1  %2  added by %3 on %4%5")
                     .arg(agent.name, -24)
                     .arg(agent.cameras.isEmpty() ? QStringLiteral("any camera")
                                                  : agent.cameras.join(QLatin1Char(',')),
                          -24)
                     .arg(agent.createdBy, localTime(agent.createdAt))
                     .arg(agent.revoked() ? QStringLiteral("  REVOKED by %1 on %2")
                                                .arg(agent.revokedBy, localTime(agent.revokedAt))
                                          : QString()));
    return ExitOk;
}

} // namespace

QList<Command> agentCommands()
{
    return {
        {"agent",
         "agent add NAME [--camera CODE...]  a camera agent for the receiver; prints its token\n"
         "                                     once (administrators)\n"
         "  agent list [--json]                the agents, revoked ones marked\n"
         "  agent revoke NAME                  the receiver refuses its token within a second",
         {{QStringLiteral("camera"),
           QStringLiteral("A camera code the agent may deliver for (repeat, or CODE1,CODE2); "
                          "none: any."),
           QStringLiteral("CODE")}},
         cmdAgent},
    };
}

} // namespace alpr::cli
