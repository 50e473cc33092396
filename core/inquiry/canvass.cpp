// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/canvass.h"
#include "inquiry/departmentsearch.h"

#include "auth/sessionaccess.h"
#include "common/geo.h"

#include "auth/session.h"
#include "inquiry/searchrecord.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace alpr {

namespace {

constexpr double kDegrees = 180.0 / std::numbers::pi;
constexpr double kRadians = std::numbers::pi / 180.0;
// Widens the SQL box a little so that rounding never drops a read the
// haversine test would keep (1e-6 degrees is about 0.1 m).
constexpr double kBoxMargin = 1e-6;

QString isoTime(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QString windowName(int index)
{
    return QCoreApplication::translate("alpr::Canvass", "window %1").arg(index + 1);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

// The latitude/longitude box around a circle, as up to two longitude ranges
// (a circle across the 180th meridian needs both).
struct BoundingBox
{
    double minLat = 0, maxLat = 0;
    double minLon1 = 0, maxLon1 = 0;
    double minLon2 = 1, maxLon2 = 0; // empty unless the box crosses the 180th meridian
};

BoundingBox boxAround(const CanvassWindow& w)
{
    const double angle = w.radiusMetres / kEarthRadiusMetres; // radians
    BoundingBox box;
    box.minLat = w.latitude - angle * kDegrees - kBoxMargin;
    box.maxLat = w.latitude + angle * kDegrees + kBoxMargin;
    if (box.minLat <= -90.0 || box.maxLat >= 90.0) {
        // The circle holds a pole: every longitude.
        box.minLon1 = -180.0;
        box.maxLon1 = 180.0;
        return box;
    }
    const double ratio = std::sin(angle) / std::cos(w.latitude * kRadians);
    const double spread = ratio >= 1.0 ? 180.0 : std::asin(ratio) * kDegrees + kBoxMargin;
    const double minLon = w.longitude - spread;
    const double maxLon = w.longitude + spread;
    if (spread >= 180.0) {
        box.minLon1 = -180.0;
        box.maxLon1 = 180.0;
    } else if (minLon < -180.0) {
        box.minLon1 = -180.0;
        box.maxLon1 = maxLon;
        box.minLon2 = minLon + 360.0;
        box.maxLon2 = 180.0;
    } else if (maxLon > 180.0) {
        box.minLon1 = minLon;
        box.maxLon1 = 180.0;
        box.minLon2 = -180.0;
        box.maxLon2 = maxLon - 360.0;
    } else {
        box.minLon1 = minLon;
        box.maxLon1 = maxLon;
    }
    return box;
}

bool sightingEarlier(const CanvassSighting& a, const CanvassSighting& b)
{
    if (a.read.capturedAt != b.read.capturedAt)
        return a.read.capturedAt < b.read.capturedAt;
    if (a.read.id != b.read.id)
        return a.read.id < b.read.id;
    return a.window < b.window;
}

// The windows' reads and the plates seen in at least minWindows of them,
// from each window's read ids and the reads fetched (a read removed since
// the windows were found is left out).
CanvassOutcome assemble(const CanvassRequest& request,
                        const std::vector<std::vector<qint64>>& idsOf,
                        const QList<ReadRecord>& fetched)
{
    const int count = int(request.windows.size());
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(fetched.size());
    for (qsizetype i = 0; i < fetched.size(); ++i)
        rowOf.insert(fetched.at(i).id, i);

    CanvassOutcome outcome;
    outcome.minWindows = request.effectiveMinWindows();
    outcome.readCount = fetched.size();
    // plate -> its sightings, in window order
    QMap<QString, QList<CanvassSighting>> sightingsOf;
    for (int i = 0; i < count && std::size_t(i) < idsOf.size(); ++i) {
        CanvassWindowResult result;
        result.window = request.windows[i];
        result.reads.reserve(qsizetype(idsOf[std::size_t(i)].size()));
        for (qint64 id : idsOf[std::size_t(i)]) {
            const auto row = rowOf.constFind(id);
            if (row == rowOf.constEnd())
                continue; // removed since the window query ran
            const ReadRecord& read = fetched.at(row.value());
            result.reads.append(read);
            if (count > 1)
                sightingsOf[read.plate].append({i, read});
        }
        outcome.windows.append(std::move(result));
    }

    if (count > 1) {
        for (auto it = sightingsOf.begin(); it != sightingsOf.end(); ++it) {
            QList<int> windows;
            for (const CanvassSighting& s : it.value())
                if (windows.isEmpty() || windows.last() != s.window)
                    windows.append(s.window); // sightings are in window order
            if (windows.size() < outcome.minWindows)
                continue;
            CanvassPlate plate{it.key(), windows, std::move(it.value())};
            std::sort(plate.sightings.begin(), plate.sightings.end(), sightingEarlier);
            outcome.commonPlates.append(std::move(plate));
        }
        std::stable_sort(outcome.commonPlates.begin(), outcome.commonPlates.end(),
                         [](const CanvassPlate& a, const CanvassPlate& b) {
                             if (a.windows.size() != b.windows.size())
                                 return a.windows.size() > b.windows.size();
                             return a.sightings.size() > b.sightings.size();
                         });
    }
    return outcome;
}

} // namespace

QJsonObject CanvassWindow::toJson() const
{
    return {{QStringLiteral("latitude"), latitude},
            {QStringLiteral("longitude"), longitude},
            {QStringLiteral("radius_m"), radiusMetres},
            {QStringLiteral("from"), isoTime(from)},
            {QStringLiteral("to"), isoTime(to)}};
}

QJsonObject CanvassRequest::queryJson() const
{
    QJsonArray list;
    for (const CanvassWindow& w : windows)
        list.append(w.toJson());
    return {{QStringLiteral("windows"), list},
            {QStringLiteral("min_windows"), effectiveMinWindows()}};
}

Result<void> CanvassService::validate(const CanvassRequest& request)
{
    const int count = int(request.windows.size());
    if (count == 0)
        return invalid(QCoreApplication::translate(
            "alpr::Canvass", "a canvass needs at least one window (a place, a radius "
                             "and a time range)"));
    if (count > kCanvassMaxWindows)
        return invalid(QCoreApplication::translate("alpr::Canvass",
                                                   "a canvass takes at most %1 windows, not %2")
                           .arg(kCanvassMaxWindows)
                           .arg(count));
    for (int i = 0; i < count; ++i) {
        const CanvassWindow& w = request.windows[i];
        const QString name = windowName(i);
        if (!std::isfinite(w.latitude) || w.latitude < -90.0 || w.latitude > 90.0)
            return invalid(QCoreApplication::translate(
                               "alpr::Canvass", "%1: latitude %2 is not between -90 and 90 degrees")
                               .arg(name)
                               .arg(w.latitude));
        if (!std::isfinite(w.longitude) || w.longitude < -180.0 || w.longitude > 180.0)
            return invalid(
                QCoreApplication::translate("alpr::Canvass",
                                            "%1: longitude %2 is not between -180 and 180 degrees")
                    .arg(name)
                    .arg(w.longitude));
        if (!std::isfinite(w.radiusMetres) || w.radiusMetres <= 0.0 ||
            w.radiusMetres > kCanvassMaxRadiusMetres)
            return invalid(
                QCoreApplication::translate("alpr::Canvass",
                                            "%1: radius %2 m is not more than 0 and at most %3 m "
                                            "(50 km)")
                    .arg(name)
                    .arg(w.radiusMetres)
                    .arg(kCanvassMaxRadiusMetres));
        if (!w.from.isValid() || !w.to.isValid())
            return invalid(QCoreApplication::translate(
                               "alpr::Canvass", "%1: give both the start and the end of the time "
                                                "range")
                               .arg(name));
        if (w.from >= w.to)
            return invalid(QCoreApplication::translate(
                               "alpr::Canvass", "%1: the time range must start (%2) before it ends "
                                                "(%3)")
                               .arg(name, isoTime(w.from), isoTime(w.to)));
        if (w.from.addDays(kCanvassMaxWindowDays) < w.to)
            return invalid(
                QCoreApplication::translate("alpr::Canvass",
                                            "%1: the time range %2 to %3 is longer than %4 days; "
                                            "split it into several windows")
                    .arg(name, isoTime(w.from), isoTime(w.to))
                    .arg(kCanvassMaxWindowDays));
    }
    if (request.minWindows < 0 || request.minWindows > count)
        return invalid(QCoreApplication::translate(
                           "alpr::Canvass", "min-windows %1 must be between 1 and the number of "
                                            "windows (%2)")
                           .arg(request.minWindows)
                           .arg(count));
    return {};
}

Result<std::vector<qint64>> CanvassService::readsInWindow(const CanvassWindow& w, int index) const
{
    const BoundingBox box = boxAround(w);
    ReadArea area;
    area.fromMs = w.from.toMSecsSinceEpoch();
    area.toMs = w.to.toMSecsSinceEpoch();
    area.minLatitude = box.minLat;
    area.maxLatitude = box.maxLat;
    area.minLongitude1 = box.minLon1;
    area.maxLongitude1 = box.maxLon1;
    area.minLongitude2 = box.minLon2;
    area.maxLongitude2 = box.maxLon2;
    // The store narrows by time and the box; the exact distance is computed here.
    std::vector<qint64> ids;
    bool tooMany = false;
    auto found = storeOf(m_session).reads().readsInArea(area, [&](const PlacedRead& read) {
        if (distanceMetres(w.latitude, w.longitude, read.latitude, read.longitude) > w.radiusMetres)
            return true;
        if (ids.size() >= std::size_t(kCanvassMaxReadsPerWindow)) {
            tooMany = true;
            return false;
        }
        ids.push_back(read.id);
        return true;
    });
    if (!found)
        return makeError(found.error().code,
                         QCoreApplication::translate("alpr::Canvass", "finding the reads in %1: %2")
                             .arg(windowName(index), found.error().message));
    if (tooMany)
        return invalid(QCoreApplication::translate(
                           "alpr::Canvass", "%1 holds more than %2 reads; make its radius or its "
                                            "time range smaller")
                           .arg(windowName(index))
                           .arg(kCanvassMaxReadsPerWindow));
    return ids;
}

Result<CanvassOutcome> CanvassService::canvass(const CanvassRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    // The department store's server checks, finds the reads and records the
    // search itself; the plates common to the windows are worked out here.
    if (m_session.isDepartment()) {
        auto found = departmentsearch::canvass(m_session, request);
        if (!found)
            return found.error();
        CanvassOutcome outcome = assemble(request, found->windows, found->reads);
        outcome.searchId = found->searchId;
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    SearchAccess access;
    access.action = QStringLiteral("canvass");
    access.permission = Action::Canvass;
    access.caseNumber = request.caseNumber;
    access.purpose = request.purpose;
    access.query = request.queryJson();
    access.note = request.note;
    if (auto r = checkSearchAllowed(m_session, access); !r)
        return r.error();
    if (auto r = validate(request); !r) {
        if (auto logged = recordInvalidSearch(m_session, access, r.error().message); !logged)
            return logged.error();
        return r.error();
    }

    // Which reads lie in which window.
    const int count = int(request.windows.size());
    std::vector<std::vector<qint64>> idsOf;
    idsOf.reserve(std::size_t(count));
    std::vector<qint64> allIds;
    QSet<qint64> seen;
    for (int i = 0; i < count; ++i) {
        auto ids = readsInWindow(request.windows[i], i);
        if (!ids) {
            if (ids.error().code == ErrorCode::Invalid) {
                if (auto logged = recordInvalidSearch(m_session, access, ids.error().message);
                    !logged)
                    return logged.error();
            }
            return ids.error();
        }
        for (qint64 id : ids.value())
            if (!seen.contains(id)) {
                seen.insert(id);
                allIds.push_back(id);
            }
        idsOf.push_back(std::move(ids.value()));
    }

    auto fetched = storeOf(m_session).reads().fetch(allIds);
    if (!fetched)
        return fetched.error();
    CanvassOutcome outcome = assemble(request, idsOf, *fetched);

    // The search record and its audit event commit together, before any
    // result is returned.
    access.resultCount = outcome.readCount;
    QJsonArray windowCounts;
    for (const CanvassWindowResult& w : outcome.windows)
        windowCounts.append(w.reads.size());
    access.extra.insert(QStringLiteral("window_counts"), windowCounts);
    access.extra.insert(QStringLiteral("common_plates"), outcome.commonPlates.size());
    auto searchId = recordSearch(m_session, access);
    if (!searchId)
        return searchId.error();
    outcome.searchId = searchId.value();
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace alpr
