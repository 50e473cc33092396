// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl canvass.
#include "cli.h"
#include "queryfile.h"
#include "terminal.h"

#include "auth/session.h"
#include "inquiry/canvass.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace alpr::cli {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// LAT,LON,METRES,FROM,TO. Only the form is checked here; the ranges are the
// canvass service's to check (and to record when they are wrong).
Result<CanvassWindow> parseWindow(const QString& text)
{
    const QString example = QStringLiteral("e.g. --at 37.4021,-122.1125,500,2026-10-20T08:00:00Z,"
                                           "2026-10-20T10:00:00Z");
    const QStringList parts = text.split(u',');
    if (parts.size() != 5)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("--at \"%1\" is not LAT,LON,METRES,FROM,TO (%2)").arg(text, example));
    CanvassWindow w;
    const char* names[] = {"latitude", "longitude", "radius in metres"};
    double* values[] = {&w.latitude, &w.longitude, &w.radiusMetres};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        *values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(*values[i]))
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("--at \"%1\": the %2 \"%3\" is not a number (%4)")
                                 .arg(text, QLatin1String(names[i]), parts[i], example));
    }
    const char* timeNames[] = {"start", "end"};
    QDateTime* times[] = {&w.from, &w.to};
    for (int i = 0; i < 2; ++i) {
        const auto t = parseTime(parts[3 + i].trimmed());
        if (!t)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("--at \"%1\": the %2 \"%3\" is not an ISO 8601 date "
                                            "or time (%4)")
                                 .arg(text, QLatin1String(timeNames[i]), parts[3 + i], example));
        *times[i] = *t;
    }
    return w;
}

QJsonObject outcomeJson(const CanvassRequest& request, const CanvassOutcome& outcome)
{
    QJsonArray windows;
    for (const CanvassWindowResult& w : outcome.windows) {
        QJsonArray reads;
        for (const ReadRecord& r : w.reads)
            reads.append(readJson(r));
        QJsonObject o = w.window.toJson();
        o.insert(QStringLiteral("from"), isoUtc(w.window.from));
        o.insert(QStringLiteral("to"), isoUtc(w.window.to));
        o.insert(QStringLiteral("count"), w.reads.size());
        o.insert(QStringLiteral("reads"), reads);
        windows.append(o);
    }
    QJsonArray common;
    for (const CanvassPlate& p : outcome.commonPlates) {
        QJsonArray indexes;
        for (int i : p.windows)
            indexes.append(i);
        QJsonArray sightings;
        for (const CanvassSighting& s : p.sightings) {
            QJsonObject o = readJson(s.read);
            o.insert(QStringLiteral("window"), s.window);
            sightings.append(o);
        }
        common.append(QJsonObject{{QStringLiteral("plate"), p.plate},
                                  {QStringLiteral("windows"), indexes},
                                  {QStringLiteral("sightings"), sightings}});
    }
    return {{QStringLiteral("search_id"), outcome.searchId},
            {QStringLiteral("case"), request.caseNumber},
            {QStringLiteral("purpose"), request.purpose},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("read_count"), outcome.readCount},
            {QStringLiteral("min_windows"), outcome.minWindows},
            {QStringLiteral("common_plates"), common}};
}

void printReads(const QList<ReadRecord>& reads, const QString& indent, const QList<int>* windows)
{
    QStringList headers{QStringLiteral("READ"),     QStringLiteral("PLATE"),
                        QStringLiteral("STATE"),    QStringLiteral("CAPTURED (local)"),
                        QStringLiteral("POSITION"), QStringLiteral("CAMERA")};
    if (windows)
        headers.prepend(QStringLiteral("WINDOW"));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const ReadRecord& r = reads[i];
        QStringList row{QString::number(r.id),
                        r.plate,
                        r.state.isEmpty() ? QStringLiteral("-") : r.state,
                        localTime(r.capturedAt),
                        position(r.latitude, r.longitude),
                        r.cameraName};
        if (windows)
            row.prepend(QString::number(windows->at(i) + 1));
        rows.append(row);
    }
    printTable(headers, rows, indent);
}

void printOutcome(const CanvassRequest& request, const CanvassOutcome& outcome)
{
    const int count = int(outcome.windows.size());
    printOut(QStringLiteral("Canvass %1, case %2 (%3): %4 window(s), %5 read(s)")
                 .arg(outcome.searchId)
                 .arg(request.caseNumber, request.purpose)
                 .arg(count)
                 .arg(outcome.readCount));
    for (int i = 0; i < count; ++i) {
        const CanvassWindowResult& w = outcome.windows[i];
        printOut(QStringLiteral("\nWindow %1: within %2 m of %3,%4, %5 to %6 (local): %7 read(s)")
                     .arg(i + 1)
                     .arg(w.window.radiusMetres)
                     .arg(QString::number(w.window.latitude, 'f', 5),
                          QString::number(w.window.longitude, 'f', 5), localTime(w.window.from),
                          localTime(w.window.to))
                     .arg(w.reads.size()));
        if (!w.reads.isEmpty())
            printReads(w.reads, QString(), nullptr);
    }
    if (count < 2)
        return;
    printOut(QStringLiteral("\nPlates seen in at least %1 of the %2 windows: %3")
                 .arg(outcome.minWindows)
                 .arg(count)
                 .arg(outcome.commonPlates.size()));
    for (const CanvassPlate& p : outcome.commonPlates) {
        QStringList windows;
        for (int i : p.windows)
            windows << QString::number(i + 1);
        printOut(QStringLiteral("\n%1: windows %2, %3 sighting(s)")
                     .arg(p.plate, windows.join(u','))
                     .arg(p.sightings.size()));
        QList<ReadRecord> reads;
        QList<int> of;
        for (const CanvassSighting& s : p.sightings) {
            reads << s.read;
            of << s.window;
        }
        printReads(reads, QStringLiteral("  "), &of);
    }
}

int cmdCanvass(Options& o)
{
    if (auto r = applyQueryFile(o, QueryKind::Canvass); !r)
        return usage(r.error().message);
    if (o.positional.size() != 1)
        return usage(QStringLiteral("canvass takes no words after it; give the windows with "
                                    "--at LAT,LON,METRES,FROM,TO"));
    CanvassRequest request;
    request.caseNumber = o.value("case");
    request.purpose = o.value("purpose");
    request.note = o.value("note");
    const QStringList at = o.values("at");
    if (at.isEmpty())
        return usage(QStringLiteral("canvass needs at least one --at LAT,LON,METRES,FROM,TO"));
    for (const QString& text : at) {
        auto window = parseWindow(text);
        if (!window)
            return usage(window.error().message);
        request.windows.append(window.value());
    }
    auto minWindows = countOption(o, "min-windows");
    if (!minWindows)
        return usage(minWindows.error().message);
    if (minWindows.value())
        request.minWindows = *minWindows.value();

    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto outcome = CanvassService(*session.value()).canvass(request);
    if (!outcome) {
        // Windows out of range are the command line's fault: a usage error
        // (the canvass service has recorded it).
        if (outcome.error().code == ErrorCode::Invalid)
            return usage(outcome.error().message);
        return fail(outcome.error());
    }
    if (o.isSet("json"))
        printOut(toJsonText(outcomeJson(request, outcome.value())));
    else
        printOutcome(request, outcome.value());
    return ExitOk;
}

} // namespace

QList<Command> canvassCommands()
{
    return {
        {"canvass",
         "canvass --case CASE --purpose PURPOSE --at LAT,LON,METRES,FROM,TO [--at ...]\n"
         "        [--min-windows K] [--note TEXT] [--query-file FILE|-] [--json]\n"
         "                                     the reads within METRES of a point between FROM and "
         "TO;\n"
         "                                     with several --at, the plates seen in K of them "
         "(default: all)",
         {{QStringLiteral("at"),
           QStringLiteral("A canvass window: latitude, longitude, radius in metres, from, to."),
           QStringLiteral("LAT,LON,METRES,FROM,TO")},
          {QStringLiteral("min-windows"),
           QStringLiteral("Plates seen in at least K windows (default: all)."),
           QStringLiteral("K")},
          queryFileOption()},
         cmdCanvass},
    };
}

} // namespace alpr::cli
