// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl search.
#include "cli.h"
#include "queryfile.h"
#include "terminal.h"

#include "auth/session.h"
#include "inquiry/searchservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace alpr::cli {

namespace {

// "LAT,LON,METRES" for --near.
Result<void> parseNear(const QString& text, ReadAttributeFilter& filter)
{
    const QStringList parts = text.split(u',');
    bool ok[3] = {false, false, false};
    if (parts.size() == 3) {
        filter.nearLatitude = parts[0].trimmed().toDouble(&ok[0]);
        filter.nearLongitude = parts[1].trimmed().toDouble(&ok[1]);
        filter.nearMetres = parts[2].trimmed().toDouble(&ok[2]);
    }
    if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || std::abs(*filter.nearLatitude) > 90 ||
        std::abs(*filter.nearLongitude) > 180 || filter.nearMetres <= 0 ||
        filter.nearMetres > 100000)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--near takes LAT,LON,METRES (e.g. 37.4021,-122.1125,500; "
                                        "at most 100000 metres), not \"%1\"")
                             .arg(text));
    return {};
}

int cmdSearch(Options& o)
{
    if (auto r = applyQueryFile(o, QueryKind::Search); !r)
        return usage(r.error().message);
    if (o.positional.size() != 2)
        return usage(QStringLiteral("search takes exactly one PATTERN (quote it: '7AB*')"));
    SearchRequest request;
    request.pattern = o.positional[1];
    request.caseNumber = o.value("case");
    request.purpose = o.value("purpose");
    request.misread = o.isSet("misread");
    request.note = o.value("note");
    auto limit = countOption(o, "limit");
    if (!limit)
        return usage(limit.error().message);
    if (limit.value())
        request.limit = *limit.value();
    if (o.isSet("max-edits")) {
        bool ok = false;
        request.maxEdits = o.value("max-edits").toInt(&ok);
        if (!ok || request.maxEdits < 0 || request.maxEdits > 2)
            return usage(QStringLiteral("--max-edits takes 0, 1 or 2"));
    }
    request.candidates = !o.isSet("no-candidates");
    auto from = timeOption(o, "from");
    auto to = timeOption(o, "to");
    if (!from)
        return usage(from.error().message);
    if (!to)
        return usage(to.error().message);
    request.filters.from = from.value();
    request.filters.to = to.value();
    ReadAttributeFilter& a = request.filters.attributes;
    a.state = o.value("state").trimmed().toUpper();
    a.camera = o.value("camera").trimmed();
    a.make = o.value("make").trimmed();
    a.color = o.value("color").trimmed();
    a.body = o.value("body").trimmed();
    if (o.isSet("near"))
        if (auto r = parseNear(o.value("near"), a); !r)
            return usage(r.error().message);
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
            QJsonObject read = readJson(hit.read);
            read.insert(QStringLiteral("match"), matchReasonName(hit.reason));
            read.insert(QStringLiteral("matched_reading"), hit.matchedReading);
            reads.append(read);
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
    printOut(
        QStringLiteral("Search %1, case %2 (%3): %4 read(s) match %5%6")
            .arg(outcome->searchId)
            .arg(request.caseNumber, request.purpose)
            .arg(outcome->totalCount)
            .arg(outcome->pattern, outcome->hits.size() < outcome->totalCount
                                       ? QStringLiteral(", showing %1").arg(outcome->hits.size())
                                       : QString()));
    if (outcome->hits.isEmpty())
        return ExitOk;
    QList<QStringList> rows;
    for (const SearchHit& hit : outcome->hits) {
        const ReadRecord& r = hit.read;
        const QString match = hit.reason == MatchReason::Candidate
                                  ? QStringLiteral("candidate %1").arg(hit.matchedReading)
                                  : matchReasonName(hit.reason);
        rows.append({QString::number(r.id), r.plate,
                     r.state.isEmpty() ? QStringLiteral("-") : r.state, localTime(r.capturedAt),
                     match, position(r.latitude, r.longitude), r.cameraName});
    }
    printTable({QStringLiteral("READ"), QStringLiteral("PLATE"), QStringLiteral("STATE"),
                QStringLiteral("CAPTURED (local)"), QStringLiteral("MATCH"),
                QStringLiteral("POSITION"), QStringLiteral("CAMERA")},
               rows);
    return ExitOk;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {"search",
         "search --case CASE --purpose PURPOSE [--limit N] [--misread] [--max-edits K]\n"
         "         [--no-candidates] [--from T] [--to T] [--state ST] [--camera C]\n"
         "         [--near LAT,LON,METRES] [--make M] [--color C] [--body B] [--note TEXT]\n"
         "         [--query-file FILE|-] [--json] PATTERN\n"
         "                                     search plate reads (PATTERN: 7ABC123, 7AB*, *XYZ*, "
         "7?B?12?, [78]AB*)",
         {{QStringLiteral("limit"), QStringLiteral("Reads to show."), QStringLiteral("N")},
          {QStringLiteral("misread"), QStringLiteral("Misread-tolerant matching.")},
          {QStringLiteral("max-edits"), QStringLiteral("Near misses of a whole plate."),
           QStringLiteral("K")},
          {QStringLiteral("no-candidates"), QStringLiteral("Ignore alternative readings.")},
          {QStringLiteral("state"), QStringLiteral("State of the plate."), QStringLiteral("ST")},
          {QStringLiteral("camera"), QStringLiteral("Camera code or name."), QStringLiteral("C")},
          {QStringLiteral("near"), QStringLiteral("Within METRES of a point."),
           QStringLiteral("LAT,LON,METRES")},
          {QStringLiteral("make"), QStringLiteral("Vehicle make."), QStringLiteral("M")},
          {QStringLiteral("color"), QStringLiteral("Vehicle colour."), QStringLiteral("C")},
          {QStringLiteral("body"), QStringLiteral("Vehicle body type."), QStringLiteral("B")},
          queryFileOption()},
         cmdSearch},
    };
}

} // namespace alpr::cli
