// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace alpr {

class Session;

// The limits a canvass request must keep; messages name them.
inline constexpr double kCanvassMaxRadiusMetres = 50000.0;
inline constexpr int kCanvassMaxWindows = 10;
inline constexpr int kCanvassMaxWindowDays = 31;
inline constexpr int kCanvassMaxReadsPerWindow = 100000;

// A place and a time: a circle of radiusMetres around (latitude, longitude)
// and the time range [from, to), both UTC.
struct CanvassWindow
{
    double latitude = 0.0;
    double longitude = 0.0;
    double radiusMetres = 0.0;
    QDateTime from;
    QDateTime to;

    QJsonObject toJson() const; // latitude, longitude, radius_m, from, to
};

// One canvass: the windows, how many of them a plate must be seen in to be
// listed as common, and the case and purpose it is for.
struct CanvassRequest
{
    QString caseNumber;
    QString purpose;
    QList<CanvassWindow> windows;
    int minWindows = 0; // 0: all windows
    QString note;       // optional; screened for personal identifiers (screenNote)

    int effectiveMinWindows() const { return minWindows > 0 ? minWindows : int(windows.size()); }
    QJsonObject queryJson() const; // the query as the audit record keeps it
};

// The reads inside one window, oldest first.
struct CanvassWindowResult
{
    CanvassWindow window;
    QList<ReadRecord> reads; // without images
};

// One read of a common plate, in one of the windows (a read in two
// overlapping windows is two sightings).
struct CanvassSighting
{
    int window = 0; // index into CanvassOutcome::windows
    ReadRecord read;
};

// A plate seen in at least minWindows windows.
struct CanvassPlate
{
    QString plate;
    QList<int> windows;               // indexes, ascending
    QList<CanvassSighting> sightings; // oldest first
};

struct CanvassOutcome
{
    qint64 searchId = 0;
    QList<CanvassWindowResult> windows; // in request order
    int minWindows = 0;                 // as applied
    QList<CanvassPlate> commonPlates;   // only with two or more windows; most windows first
    qint64 readCount = 0;               // distinct reads over all windows
    qint64 elapsedMs = 0;
};

// "Which vehicles were here then, and there later?" A canvass is one
// audited search: permission and case policy checked first, malformed
// windows recorded as invalid, and the search record written before any
// result is returned.
class CanvassService final
{
public:
    explicit CanvassService(Session& session) : m_session(session) {}

    Result<CanvassOutcome> canvass(const CanvassRequest& request);

    // Says what is wrong with a request, or nothing (no store access).
    static Result<void> validate(const CanvassRequest& request);

private:
    Result<std::vector<qint64>> readsInWindow(const CanvassWindow& window, int index) const;

    Session& m_session;
};

} // namespace alpr
