// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/openalprparser.h"

#include "ingest/readfieldchecks.h"
#include "search/platetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

namespace alpr {

namespace {

// 9999-12-31T23:59:59.999Z; later times are not plausible capture times.
constexpr qint64 kMaxEpochMs = 253402300799999LL;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

QString typeDescription(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("alpr::OpenAlprParser", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("alpr::OpenAlprParser", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("alpr::OpenAlprParser", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("alpr::OpenAlprParser", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

Error wrongType(const QString& field, const QJsonValue& value, const QString& wanted)
{
    return invalid(QCoreApplication::translate("alpr::OpenAlprParser", "%1 is %2, not %3")
                       .arg(field, typeDescription(value), wanted));
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

// A string field that may be absent (null or missing -> empty). Trimmed.
Result<QString> optionalText(const QJsonObject& object, const QString& prefix, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString field = prefix + QLatin1String(key);
    if (isAbsent(value))
        return QString();
    if (!value.isString())
        return wrongType(field, value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a string"));
    PlainText text = plainText(field, value.toString());
    if (!text.problem.isEmpty())
        return invalid(text.problem);
    return text.text;
}

// A number field that may be absent.
Result<std::optional<double>> optionalNumber(const QJsonObject& object, const QString& prefix,
                                             const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value))
        return std::optional<double>();
    if (!value.isDouble())
        return wrongType(prefix + QLatin1String(key), value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a number"));
    return std::optional<double>(value.toDouble());
}

// An object field that may be absent (-> empty object).
Result<QJsonObject> optionalObject(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (isAbsent(value))
        return QJsonObject();
    if (!value.isObject())
        return wrongType(QLatin1String(key), value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "an object"));
    return value.toObject();
}

Result<QString> checkDataType(const QJsonObject& group)
{
    const QJsonValue value = group.value(QLatin1String("data_type"));
    if (value.isUndefined())
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                   "data_type is missing; this is not an OpenALPR "
                                                   "alpr_group record"));
    if (!value.isString())
        return wrongType(QStringLiteral("data_type"), value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a string"));
    const QString type = value.toString();
    if (type != QLatin1String("alpr_group"))
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser",
                                        "data_type is %1, not \"alpr_group\"; only alpr_group "
                                        "records are plate reads")
                .arg(quotedForMessage(type)));
    const QJsonValue version = group.value(QLatin1String("version"));
    if (!isAbsent(version)) {
        if (!version.isDouble())
            return wrongType(QStringLiteral("version"), version,
                             QCoreApplication::translate("alpr::OpenAlprParser", "a number"));
        const double v = version.toDouble();
        if (v != 2.0 && v != 3.0)
            return invalid(
                QCoreApplication::translate("alpr::OpenAlprParser",
                                            "alpr_group version %1 is not supported (2 and 3 are)")
                    .arg(v));
    }
    return type;
}

Result<QString> plateOf(const QJsonObject& group)
{
    const QJsonValue value = group.value(QLatin1String("best_plate_number"));
    if (isAbsent(value))
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "best_plate_number is missing"));
    if (!value.isString())
        return wrongType(QStringLiteral("best_plate_number"), value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a string"));
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "best_plate_number is empty"));
    QString plate = normalizePlate(text);
    if (plate.isEmpty())
        return invalid(plateProblem(QStringLiteral("best_plate_number"), text));
    return plate;
}

// "us-ca" -> "CA"; "ca-on" -> "ON"; "gb" -> "" (a country without a state).
Result<QString> stateOf(const QJsonObject& group)
{
    Result<QString> region = optionalText(group, QString(), "best_region");
    if (!region)
        return region.error();
    const qsizetype dash = region->indexOf(QLatin1Char('-'));
    if (dash < 0)
        return QString();
    QString state = stateCode(region->mid(dash + 1));
    if (state.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser",
                                        "best_region %1 is not a country-state code such as us-ca")
                .arg(quotedForMessage(*region)));
    return state;
}

Result<QDateTime> capturedAtOf(const QJsonObject& group)
{
    const QJsonValue value = group.value(QLatin1String("epoch_start"));
    if (isAbsent(value))
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "epoch_start is missing"));
    if (!value.isDouble())
        return wrongType(QStringLiteral("epoch_start"), value,
                         QCoreApplication::translate("alpr::OpenAlprParser",
                                                     "a number of milliseconds since 1970"));
    const double ms = value.toDouble();
    if (!(ms >= 0.0 && ms <= double(kMaxEpochMs)) || std::floor(ms) != ms)
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser",
                                        "epoch_start %1 is not a time in milliseconds since 1970")
                .arg(QString::number(ms, 'g', 17)));
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
}

struct Camera
{
    QString code;
    QString name;
};

Result<Camera> cameraOf(const QJsonObject& group)
{
    Result<QString> agent = optionalText(group, QString(), "agent_uid");
    if (!agent)
        return agent.error();
    if (agent->isEmpty())
        return invalid(QCoreApplication::translate(
            "alpr::OpenAlprParser", "agent_uid is missing or empty; it is needed to tell "
                                    "cameras apart"));

    const QJsonValue idValue = group.value(QLatin1String("camera_id"));
    QString id;
    if (idValue.isDouble()) {
        const double number = idValue.toDouble();
        if (!(number >= 0.0 && number <= 9007199254740991.0) || std::floor(number) != number)
            return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                       "camera_id %1 is not a whole number")
                               .arg(QString::number(number, 'g', 17)));
        id = QString::number(qint64(number));
    } else if (idValue.isString()) {
        PlainText text = plainText(QStringLiteral("camera_id"), idValue.toString());
        if (!text.problem.isEmpty())
            return invalid(text.problem);
        id = text.text;
    } else if (!isAbsent(idValue)) {
        return wrongType(QStringLiteral("camera_id"), idValue,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a number"));
    }
    if (id.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "camera_id is missing or empty"));

    Result<QJsonObject> config = optionalObject(group, "web_server_config");
    if (!config)
        return config.error();
    Result<QString> label =
        optionalText(*config, QStringLiteral("web_server_config."), "camera_label");
    if (!label)
        return label.error();

    Camera camera;
    camera.code = QStringLiteral("openalpr:%1:%2").arg(*agent, id);
    camera.name = label->isEmpty()
                      ? QCoreApplication::translate("alpr::OpenAlprParser", "camera %1").arg(id)
                      : *label;
    return camera;
}

struct Position
{
    std::optional<double> latitude;
    std::optional<double> longitude;
};

Result<Position> positionOf(const QJsonObject& group)
{
    Result<std::optional<double>> latitude = optionalNumber(group, QString(), "gps_latitude");
    if (!latitude)
        return latitude.error();
    Result<std::optional<double>> longitude = optionalNumber(group, QString(), "gps_longitude");
    if (!longitude)
        return longitude.error();
    if (!latitude->has_value() && !longitude->has_value())
        return Position{};
    if (!latitude->has_value() || !longitude->has_value())
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                   "%1 is given without %2; give both or neither")
                           .arg(latitude->has_value() ? QStringLiteral("gps_latitude")
                                                      : QStringLiteral("gps_longitude"),
                                latitude->has_value() ? QStringLiteral("gps_longitude")
                                                      : QStringLiteral("gps_latitude")));
    const double lat = **latitude;
    const double lon = **longitude;
    if (lat == 0.0 && lon == 0.0) // what agents without GPS send
        return Position{};
    if (const QString problem = positionProblem(lat, lon); !problem.isEmpty())
        return invalid(QStringLiteral("gps_") + problem);
    return Position{lat, lon};
}

Result<double> confidenceOf(const QJsonObject& group, const QJsonObject& bestPlate)
{
    Result<std::optional<double>> best = optionalNumber(group, QString(), "best_confidence");
    if (!best)
        return best.error();
    QString field = QStringLiteral("best_confidence");
    std::optional<double> confidence = *best;
    if (!confidence) {
        Result<std::optional<double>> plate =
            optionalNumber(bestPlate, QStringLiteral("best_plate."), "confidence");
        if (!plate)
            return plate.error();
        confidence = *plate;
        field = QStringLiteral("best_plate.confidence");
    }
    if (!confidence)
        return 0.0;
    if (const QString problem = confidenceProblem(field, *confidence); !problem.isEmpty())
        return invalid(problem);
    return *confidence;
}

// Appends the alternative readings in object[key] to out.
Result<bool> collectCandidates(const QJsonObject& object, const QString& prefix, const char* key,
                               QList<PlateCandidate>& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString field = prefix + QLatin1String(key);
    if (isAbsent(value))
        return true;
    if (!value.isArray())
        return wrongType(field, value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "an array"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return wrongType(itemField, item,
                             QCoreApplication::translate("alpr::OpenAlprParser", "an object"));
        const QJsonObject candidate = item.toObject();
        const QJsonValue plateValue = candidate.value(QLatin1String("plate"));
        if (!plateValue.isString())
            return wrongType(itemField + QStringLiteral(".plate"), plateValue,
                             QCoreApplication::translate("alpr::OpenAlprParser", "a string"));
        Result<std::optional<double>> confidence =
            optionalNumber(candidate, itemField + QLatin1Char('.'), "confidence");
        if (!confidence)
            return confidence.error();
        const double c = confidence->value_or(0.0);
        if (const QString problem = confidenceProblem(itemField + QStringLiteral(".confidence"), c);
            !problem.isEmpty())
            return invalid(problem);
        const QString plate = normalizePlate(plateValue.toString());
        if (!plate.isEmpty())
            out.append(PlateCandidate{plate, c});
    }
    return true;
}

Result<QList<PlateCandidate>> candidatesOf(const QJsonObject& group, const QJsonObject& bestPlate,
                                           const QString& plate)
{
    QList<PlateCandidate> all;
    if (Result<bool> r =
            collectCandidates(bestPlate, QStringLiteral("best_plate."), "candidates", all);
        !r)
        return r.error();
    if (Result<bool> r = collectCandidates(group, QString(), "candidates", all); !r)
        return r.error();

    QList<PlateCandidate> unique;
    for (const PlateCandidate& candidate : std::as_const(all)) {
        if (candidate.plate == plate)
            continue;
        auto same = std::find_if(unique.begin(), unique.end(), [&](const PlateCandidate& c) {
            return c.plate == candidate.plate;
        });
        if (same == unique.end())
            unique.append(candidate);
        else
            same->confidence = std::max(same->confidence, candidate.confidence);
    }
    std::stable_sort(unique.begin(), unique.end(),
                     [](const PlateCandidate& a, const PlateCandidate& b) {
                         return a.confidence > b.confidence;
                     });
    return unique;
}

// The name of the most confident entry of vehicle[key], or empty.
Result<QString> topVehicleGuess(const QJsonObject& vehicle, const char* key)
{
    const QJsonValue value = vehicle.value(QLatin1String(key));
    const QString field = QStringLiteral("vehicle.") + QLatin1String(key);
    if (isAbsent(value))
        return QString();
    if (!value.isArray())
        return wrongType(field, value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "an array"));
    const QJsonArray list = value.toArray();
    QString best;
    double bestConfidence = -1.0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return wrongType(itemField, item,
                             QCoreApplication::translate("alpr::OpenAlprParser", "an object"));
        const QJsonObject guess = item.toObject();
        Result<QString> name = optionalText(guess, itemField + QLatin1Char('.'), "name");
        if (!name)
            return name.error();
        Result<std::optional<double>> confidence =
            optionalNumber(guess, itemField + QLatin1Char('.'), "confidence");
        if (!confidence)
            return confidence.error();
        const double c = confidence->value_or(0.0);
        if (const QString problem = confidenceProblem(itemField + QStringLiteral(".confidence"), c);
            !problem.isEmpty())
            return invalid(problem);
        if (!name->isEmpty() && c > bestConfidence) {
            best = *name;
            bestConfidence = c;
        }
    }
    return best;
}

struct Vehicle
{
    QString make;
    QString model;
    QString color;
    QString body;
};

Result<Vehicle> vehicleOf(const QJsonObject& group)
{
    Result<QJsonObject> object = optionalObject(group, "vehicle");
    if (!object)
        return object.error();
    Vehicle vehicle;
    Result<QString> make = topVehicleGuess(*object, "make");
    Result<QString> makeModel = topVehicleGuess(*object, "make_model");
    Result<QString> color = topVehicleGuess(*object, "color");
    Result<QString> body = topVehicleGuess(*object, "body_type");
    for (const Result<QString>* r : {&make, &makeModel, &color, &body}) {
        if (!*r)
            return r->error();
    }
    vehicle.make = *make;
    vehicle.color = *color;
    vehicle.body = *body;
    // "bmw_x3": make "bmw", model "x3"; the make list is the better guess of the make.
    const qsizetype underscore = makeModel->indexOf(QLatin1Char('_'));
    if (underscore < 0) {
        vehicle.model = *makeModel;
    } else {
        vehicle.model = makeModel->mid(underscore + 1);
        if (vehicle.make.isEmpty())
            vehicle.make = makeModel->left(underscore);
    }
    return vehicle;
}

bool isBase64Text(const QString& text)
{
    qsizetype padding = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'=') {
            ++padding;
            continue;
        }
        if (padding > 0) // data after '='
            return false;
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
              u == u'+' || u == u'/'))
            return false;
    }
    if (padding > 2)
        return false;
    const qsizetype data = text.size() - padding;
    if (data % 4 == 1) // one leftover character carries no whole byte
        return false;
    if (padding > 0 && text.size() % 4 != 0)
        return false;
    return true;
}

// Decodes a base64 JPEG field; absent or empty -> no image.
Result<QByteArray> jpegOf(const QJsonObject& object, const QString& prefix, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString field = prefix + QLatin1String(key);
    if (isAbsent(value))
        return QByteArray();
    if (!value.isString())
        return wrongType(field, value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "a base64 string"));
    const QString text = value.toString();
    if (text.isEmpty())
        return QByteArray();
    constexpr qint64 kMaxEncoded = (kMaxReadImageBytes + 2) / 3 * 4;
    const QString limit =
        QCoreApplication::translate("alpr::OpenAlprParser",
                                    "%1 is larger than %2 MiB, the largest image accepted")
            .arg(field)
            .arg(kMaxReadImageBytes >> 20);
    if (text.size() > kMaxEncoded)
        return invalid(limit);
    if (!isBase64Text(text))
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser", "%1 is not valid base64")
                           .arg(field));
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser", "%1 is not valid base64")
                           .arg(field));
    if (decoded.decoded.size() > kMaxReadImageBytes)
        return invalid(limit);
    if (!looksLikeJpeg(decoded.decoded))
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser",
                                        "%1 is not a JPEG image (it does not start with FF D8 FF)")
                .arg(field));
    return decoded.decoded;
}

// best_plate.coordinates: the plate's four corners in the frame, or none.
Result<QList<QPoint>> cornersOf(const QJsonObject& bestPlate)
{
    const QString field = QStringLiteral("best_plate.coordinates");
    const QJsonValue value = bestPlate.value(QLatin1String("coordinates"));
    if (isAbsent(value))
        return QList<QPoint>();
    if (!value.isArray())
        return wrongType(field, value,
                         QCoreApplication::translate("alpr::OpenAlprParser", "an array"));
    const QJsonArray points = value.toArray();
    if (points.size() != 4)
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                   "%1 has %2 points, not the plate's 4 corners")
                           .arg(field)
                           .arg(points.size()));
    // Frames are at most a few thousand pixels; anything far outside is not a corner.
    constexpr double kLimit = 100000;
    QList<QPoint> corners;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString pointField = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonObject point = points.at(i).toObject();
        if (!points.at(i).isObject())
            return wrongType(pointField, points.at(i),
                             QCoreApplication::translate("alpr::OpenAlprParser", "an object"));
        QPoint p;
        for (const char* axis : {"x", "y"}) {
            const QJsonValue v = point.value(QLatin1String(axis));
            if (!v.isDouble() || std::abs(v.toDouble()) > kLimit)
                return wrongType(
                    pointField + QLatin1Char('.') + QLatin1String(axis), v,
                    QCoreApplication::translate("alpr::OpenAlprParser", "a pixel position"));
            (axis[0] == 'x' ? p.rx() : p.ry()) = qRound(v.toDouble());
        }
        corners.append(p);
    }
    return corners;
}

// One alpr_group object -> one read. Errors carry what is wrong, not where.
Result<ReadRecord> readFromGroup(const QJsonObject& group)
{
    if (Result<QString> type = checkDataType(group); !type)
        return type.error();

    ReadRecord read;
    read.sourceKind = SourceKind::Fixed;

    Result<QString> plate = plateOf(group);
    if (!plate)
        return plate.error();
    read.plate = *plate;

    Result<QJsonObject> bestPlate = optionalObject(group, "best_plate");
    if (!bestPlate)
        return bestPlate.error();

    Result<QString> state = stateOf(group);
    if (!state)
        return state.error();
    read.state = *state;

    Result<QDateTime> capturedAt = capturedAtOf(group);
    if (!capturedAt)
        return capturedAt.error();
    read.capturedAt = *capturedAt;

    Result<Camera> camera = cameraOf(group);
    if (!camera)
        return camera.error();
    read.cameraCode = camera->code;
    read.cameraName = camera->name;

    Result<Position> position = positionOf(group);
    if (!position)
        return position.error();
    read.latitude = position->latitude;
    read.longitude = position->longitude;

    Result<double> confidence = confidenceOf(group, *bestPlate);
    if (!confidence)
        return confidence.error();
    read.confidence = *confidence;

    Result<QList<PlateCandidate>> candidates = candidatesOf(group, *bestPlate, read.plate);
    if (!candidates)
        return candidates.error();
    read.candidates = std::move(*candidates);

    Result<Vehicle> vehicle = vehicleOf(group);
    if (!vehicle)
        return vehicle.error();
    read.make = vehicle->make;
    read.model = vehicle->model;
    read.color = vehicle->color;
    read.body = vehicle->body;

    Result<QString> uuid = optionalText(group, QString(), "best_uuid");
    if (!uuid)
        return uuid.error();
    read.externalId = *uuid;

    Result<QByteArray> plateJpeg =
        jpegOf(*bestPlate, QStringLiteral("best_plate."), "plate_crop_jpeg");
    if (!plateJpeg)
        return plateJpeg.error();
    read.plateJpeg = std::move(*plateJpeg);
    Result<QByteArray> overviewJpeg = jpegOf(group, QString(), "overview_jpeg");
    if (!overviewJpeg)
        return overviewJpeg.error();
    read.overviewJpeg = std::move(*overviewJpeg);
    Result<QByteArray> vehicleJpeg = jpegOf(group, QString(), "vehicle_crop_jpeg");
    if (!vehicleJpeg)
        return vehicleJpeg.error();
    read.vehicleJpeg = std::move(*vehicleJpeg);

    Result<QList<QPoint>> corners = cornersOf(*bestPlate);
    if (!corners)
        return corners.error();
    read.plateCorners = std::move(*corners);

    return read;
}

// Adds one record to reads, or returns the Error naming where it is.
Result<bool> addRecord(const QJsonValue& value, const QString& where, const QString& hint,
                       QList<ReadRecord>& reads)
{
    if (!value.isObject())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "%1 is %2, not an object%3")
                .arg(where, typeDescription(value), hint));
    Result<ReadRecord> read = readFromGroup(value.toObject());
    if (!read)
        return invalid(QStringLiteral("%1: %2").arg(where, read.error().message));
    reads.append(std::move(*read));
    return true;
}

// Line and column (both from 1) of a byte offset.
QString positionText(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype line = text.first(offset).count('\n') + 1;
    const qsizetype lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    return QCoreApplication::translate("alpr::OpenAlprParser", "line %1, column %2")
        .arg(line)
        .arg(offset - lineStart + 1);
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

Result<QList<ReadRecord>> parseJsonLines(const QByteArray& body, const QString& fileLabel)
{
    const QString hint = QCoreApplication::translate(
        "alpr::OpenAlprParser", " (a file of several records needs one whole object per "
                                "line, or a JSON array)");
    QList<ReadRecord> reads;
    qsizetype start = 0;
    qsizetype lineNumber = 0;
    while (start < body.size()) {
        ++lineNumber;
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArray line = QByteArray::fromRawData(body.constData() + start, end - start);
        start = end + 1;
        if (isBlank(line))
            continue;
        const QString where = QCoreApplication::translate("alpr::OpenAlprParser", "%1, line %2")
                                  .arg(fileLabel)
                                  .arg(lineNumber);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                       "%1: not valid JSON at column %2: %3%4")
                               .arg(where)
                               .arg(error.offset + 1)
                               .arg(error.errorString(), hint));
        const QJsonValue value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (Result<bool> added = addRecord(value, where, hint, reads); !added)
            return added.error();
    }
    if (reads.isEmpty())
        return invalid(QCoreApplication::translate("alpr::OpenAlprParser",
                                                   "%1: no reads (no records in the file)")
                           .arg(fileLabel));
    return reads;
}

} // namespace

Result<QList<ReadRecord>> parseOpenAlprJson(const QByteArray& data, const QString& fileLabel)
{
    QByteArray body = data;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = QByteArray::fromRawData(data.constData() + 3, data.size() - 3);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::GarbageAtEnd)
        return parseJsonLines(body, fileLabel); // more than one value: one per line
    if (error.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "%1: not valid JSON at %2: %3")
                .arg(fileLabel, positionText(body, error.offset), error.errorString()));

    if (!document.isObject() && !document.isArray())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "%1: not a JSON object or array")
                .arg(fileLabel));
    QList<ReadRecord> reads;
    if (document.isObject()) {
        if (Result<bool> added = addRecord(
                document.object(),
                QCoreApplication::translate("alpr::OpenAlprParser", "%1, record 1").arg(fileLabel),
                QString(), reads);
            !added)
            return added.error();
        return reads;
    }
    const QJsonArray records = document.array();
    if (records.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::OpenAlprParser", "%1: no reads (the array is empty)")
                .arg(fileLabel));
    reads.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString where = QCoreApplication::translate("alpr::OpenAlprParser", "%1, record %2")
                                  .arg(fileLabel)
                                  .arg(i + 1);
        if (Result<bool> added = addRecord(records.at(i), where, QString(), reads); !added)
            return added.error();
    }
    return reads;
}

} // namespace alpr
