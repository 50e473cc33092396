// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl search.
#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "search/searchservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace alpr::cli {

namespace {

QString coordinate(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 5) : QStringLiteral("-");
}

int cmdSearch(Options& o)
{
    if (o.positional.size() != 2)
        return usage(QStringLiteral("search takes exactly one PATTERN (quote it: '7AB*')"));
    SearchRequest request;
    request.pattern = o.positional[1];
    request.caseNumber = o.value("case");
    request.purpose = o.value("purpose");
    request.misread = o.isSet("misread");
    auto limit = countOption(o, "limit");
    if (!limit)
        return usage(limit.error().message);
    if (limit.value())
        request.limit = *limit.value();
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    SearchService search(*session.value());
    auto outcome = search.search(request);
    if (!outcome)
        return fail(outcome.error());

    if (o.isSet("json")) {
        QJsonArray reads;
        for (const SearchHit& hit : outcome->hits) {
            const ReadRecord& r = hit.read;
            reads.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("plate"), r.plate},
                {QStringLiteral("state"), r.state},
                {QStringLiteral("captured_at"), r.capturedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("camera"), r.cameraName},
                {QStringLiteral("latitude"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue()},
                {QStringLiteral("longitude"),
                 r.longitude ? QJsonValue(*r.longitude) : QJsonValue()},
                {QStringLiteral("match"), matchReasonName(hit.reason)}});
        }
        const QJsonObject out{{QStringLiteral("search_id"), outcome->searchId},
                              {QStringLiteral("case"), request.caseNumber},
                              {QStringLiteral("purpose"), request.purpose},
                              {QStringLiteral("pattern"), outcome->pattern},
                              {QStringLiteral("count"), outcome->totalCount},
                              {QStringLiteral("reads"), reads}};
        printOut(toJsonText(out));
        return ExitOk;
    }
    printOut(QStringLiteral("Search %1, case %2 (%3): %4 read(s) match %5%6")
                 .arg(outcome->searchId)
                 .arg(request.caseNumber, request.purpose)
                 .arg(outcome->totalCount)
                 .arg(outcome->pattern,
                      outcome->hits.size() < outcome->totalCount
                          ? QStringLiteral(", showing %1").arg(outcome->hits.size())
                          : QString()));
    if (outcome->hits.isEmpty())
        return ExitOk;
    QString table;
    QTextStream s(&table);
    s << qSetFieldWidth(9) << Qt::left << "READ" << qSetFieldWidth(11) << "PLATE"
      << qSetFieldWidth(6) << "STATE" << qSetFieldWidth(21) << "CAPTURED (local)"
      << qSetFieldWidth(9) << "MATCH" << qSetFieldWidth(22) << "POSITION" << qSetFieldWidth(0)
      << "CAMERA\n";
    for (const SearchHit& hit : outcome->hits) {
        const ReadRecord& r = hit.read;
        s << qSetFieldWidth(9) << QString::number(r.id) << qSetFieldWidth(11) << r.plate
          << qSetFieldWidth(6) << (r.state.isEmpty() ? QStringLiteral("-") : r.state)
          << qSetFieldWidth(21) << localTime(r.capturedAt) << qSetFieldWidth(9)
          << matchReasonName(hit.reason) << qSetFieldWidth(22)
          << (coordinate(r.latitude) + u',' + coordinate(r.longitude)) << qSetFieldWidth(0)
          << r.cameraName << '\n';
    }
    s.flush();
    std::fputs(table.toUtf8().constData(), stdout);
    return ExitOk;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {"search",
         "search --case CASE --purpose PURPOSE [--limit N] [--misread] [--json] PATTERN\n"
         "                                     search plate reads (PATTERN: 7ABC123, 7AB*, *XYZ*, 7?B?12?, [78]AB*)",
         {{QStringLiteral("limit"), QStringLiteral("Reads to show."), QStringLiteral("N")},
          {QStringLiteral("misread"), QStringLiteral("Misread-tolerant matching.")}},
         cmdSearch},
    };
}

} // namespace alpr::cli
