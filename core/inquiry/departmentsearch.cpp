// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "inquiry/departmentsearch.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "inquiry/canvass.h"
#include "inquiry/searchservice.h"
#include "store/departmentlink.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace alpr::departmentsearch {

namespace {

MatchReason reasonFromName(const QString& name)
{
    if (name == QLatin1String("exact"))
        return MatchReason::Exact;
    if (name == QLatin1String("misread"))
        return MatchReason::Misread;
    if (name == QLatin1String("candidate"))
        return MatchReason::Candidate;
    if (name == QLatin1String("edit"))
        return MatchReason::Edit;
    return MatchReason::Pattern;
}

std::optional<double> optionalNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

ReadRecord readFromJson(const QJsonObject& o)
{
    ReadRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.plate = o.value(QStringLiteral("plate")).toString();
    r.state = o.value(QStringLiteral("state")).toString();
    r.capturedAt =
        QDateTime::fromString(o.value(QStringLiteral("captured_at")).toString(), Qt::ISODateWithMs)
            .toUTC();
    r.cameraCode = o.value(QStringLiteral("camera_code")).toString();
    r.cameraName = o.value(QStringLiteral("camera_name")).toString();
    r.latitude = optionalNumber(o.value(QStringLiteral("latitude")));
    r.longitude = optionalNumber(o.value(QStringLiteral("longitude")));
    r.confidence = o.value(QStringLiteral("confidence")).toDouble();
    r.make = o.value(QStringLiteral("make")).toString();
    r.model = o.value(QStringLiteral("model")).toString();
    r.color = o.value(QStringLiteral("color")).toString();
    r.body = o.value(QStringLiteral("body")).toString();
    r.sourceKind = sourceKindFromName(o.value(QStringLiteral("source_kind")).toString());
    r.externalId = o.value(QStringLiteral("external_id")).toString();
    r.plateCorners = cornersFromText(o.value(QStringLiteral("plate_corners")).toString());
    for (const QJsonValue& v : o.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        r.candidates.append({c.value(QStringLiteral("plate")).toString(),
                             c.value(QStringLiteral("confidence")).toDouble()});
    }
    return r;
}

Result<SearchOutcome> search(Session& session, const SearchRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    auto answer = departmentOf(session).call(
        "search", {DepartmentArg::text(request.caseNumber), DepartmentArg::text(request.purpose),
                   DepartmentArg::json(request.queryJson()), DepartmentArg::text(request.note)});
    if (!answer)
        return answer.error();
    SearchOutcome out;
    out.searchId = answer->value(QStringLiteral("search_id")).toInteger();
    out.pattern = answer->value(QStringLiteral("pattern")).toString();
    out.totalCount = answer->value(QStringLiteral("count")).toInteger();
    for (const QJsonValue& v : answer->value(QStringLiteral("hits")).toArray()) {
        const QJsonObject h = v.toObject();
        SearchHit hit;
        hit.read = readFromJson(h.value(QStringLiteral("read")).toObject());
        hit.reason = reasonFromName(h.value(QStringLiteral("reason")).toString());
        hit.cost = h.value(QStringLiteral("cost")).toInt();
        hit.matchedReading = h.value(QStringLiteral("reading")).toString();
        out.hits.append(hit);
    }
    out.elapsedMs = timer.elapsed();
    out.engineMs = out.elapsedMs;
    return out;
}

Result<Opened> open(Session& session, qint64 readId, qint64 searchId,
                    std::optional<ImageKind> image, bool enhanced)
{
    auto answer = departmentOf(session).call(
        "open_read",
        {DepartmentArg::integer(readId), DepartmentArg::integer(searchId),
         image ? DepartmentArg::text(imageKindName(*image)) : DepartmentArg::null("text"),
         DepartmentArg::boolean(enhanced)});
    if (!answer)
        return answer.error();
    Opened out;
    out.read = readFromJson(answer->value(QStringLiteral("read")).toObject());
    for (const QJsonValue& v : answer->value(QStringLiteral("images")).toArray())
        if (auto kind = imageKindFromName(v.toString()))
            out.images.append(*kind);
    out.jpeg = QByteArray::fromBase64(answer->value(QStringLiteral("jpeg")).toString().toLatin1());
    return out;
}

Result<Canvassed> canvass(Session& session, const CanvassRequest& request)
{
    auto answer = departmentOf(session).call(
        "canvass", {DepartmentArg::text(request.caseNumber), DepartmentArg::text(request.purpose),
                    DepartmentArg::json(request.queryJson()), DepartmentArg::text(request.note)});
    if (!answer)
        return answer.error();
    Canvassed out;
    out.searchId = answer->value(QStringLiteral("search_id")).toInteger();
    for (const QJsonValue& window : answer->value(QStringLiteral("windows")).toArray()) {
        std::vector<qint64> ids;
        for (const QJsonValue& id : window.toArray())
            ids.push_back(id.toInteger());
        out.windows.push_back(std::move(ids));
    }
    for (const QJsonValue& read : answer->value(QStringLiteral("reads")).toArray())
        out.reads.append(readFromJson(read.toObject()));
    return out;
}

} // namespace alpr::departmentsearch
