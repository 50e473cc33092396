// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/openalprparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace alpr;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray testData(const QString& name)
{
    QFile file(QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject testObject(const QString& name)
{
    QByteArray data = testData(name);
    if (data.startsWith(kBom))
        data.remove(0, kBom.size());
    return QJsonDocument::fromJson(data).object();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets object["a"]["b"] for the path "a/b"; an undefined value removes the key.
void setPath(QJsonObject& object, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, path, value);
    object.insert(key, child);
}

QJsonValue fromJsonText(const char* text)
{
    const QByteArray wrapped = QByteArrayLiteral("[") + text + QByteArrayLiteral("]");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", text);
    return document.array().at(0);
}

QString candidatesText(const QList<PlateCandidate>& candidates)
{
    QStringList parts;
    for (const PlateCandidate& c : candidates)
        parts.append(QStringLiteral("%1:%2").arg(c.plate).arg(c.confidence));
    return parts.join(QLatin1Char(','));
}

QStringList platesOf(const QList<ReadRecord>& reads)
{
    QStringList plates;
    for (const ReadRecord& read : reads)
        plates.append(read.plate);
    return plates;
}

QByteArray base64Of(const QByteArray& bytes)
{
    return bytes.toBase64();
}

} // namespace

class TestOpenAlprParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFixtures_data();
    void realFixtures();
    void bestPlateNumberWinsOverBestPlate();
    void multipleRecords_data();
    void multipleRecords();
    void jsonLinesSyntheticRecord();
    void byteOrderMark_data();
    void byteOrderMark();
    void wrongDataType_data();
    void wrongDataType();
    void malformedField_data();
    void malformedField();
    void exactMessage();
    void recordNumberInMessage_data();
    void recordNumberInMessage();
    void region_data();
    void region();
    void position_data();
    void position();
    void candidates_data();
    void candidates();
    void vehicle_data();
    void vehicle();
    void cameraName();
    void imageSizeLimit();
    void hostileInput_data();
    void hostileInput();
    void mutatedFixtureNeverCrashes();
};

void TestOpenAlprParser::realFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("capturedAt");
    QTest::addColumn<QString>("cameraCode");
    QTest::addColumn<QString>("cameraName");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("plateJpegSize");
    QTest::addColumn<int>("vehicleJpegSize");
    QTest::addColumn<int>("overviewJpegSize");
    QTest::addColumn<QByteArray>("plateJpegSha256");

    QTest::newRow("v2")
        << QStringLiteral("alpr_group_v2.json") << QStringLiteral("A424761") << QStringLiteral("IN")
        << QStringLiteral("2020-12-31T16:55:31.402Z")
        << QStringLiteral("openalpr:U8HGWA66CW58AV9Q7YB4JJ749CV7WXNQLLNIBT4N:106232737")
        << QStringLiteral("mailbox-east") << 40.00997543334961 << -86.14463806152344
        << 93.50499725341797 << QStringLiteral("kenworth") << QStringLiteral("daily")
        << QStringLiteral("white") << QStringLiteral("tractor-trailer")
        << QStringLiteral("U8HGWA66CW58AV9Q7YB4JJ749CV7WXNQLLNIBT4N-106232737-1609433731402")
        << 3636 << 7108 << 0
        << QByteArrayLiteral("ee260049b98d0b30deabbe1968d47e2f6668f10cb32a078d4fc0c178a6f3e53d");
    QTest::newRow("v3")
        << QStringLiteral("alpr_group_v3.json") << QStringLiteral("19462SH") << QStringLiteral("MA")
        << QStringLiteral("2021-10-17T13:05:47.845Z")
        << QStringLiteral("openalpr:TESTTESTTESTTESTTESTTESTTESTTESTTESTTEST:1000")
        << QStringLiteral("unnamed") << 39.6505 << -78.7661 << 93.25465393 << QStringLiteral("bmw")
        << QStringLiteral("x3") << QStringLiteral("white") << QStringLiteral("suv-crossover")
        << QStringLiteral("63PHH1MHEXF9U245NFI66RGPUXTQEREKAJI7K44Y-177622-1627675927855") << 2432
        << 8718 << 32547
        << QByteArrayLiteral("7621536dc2164d4f77fecbae8045068a4a461fe2150320f8360f278c61d35680");
}

void TestOpenAlprParser::realFixtures()
{
    QFETCH(QString, file);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(testData(file), file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 1);
    const ReadRecord& read = result->first();

    QTEST(read.plate, "plate");
    QTEST(read.state, "state");
    QCOMPARE(read.capturedAt.timeSpec(), Qt::UTC);
    QTEST(read.capturedAt.toString(Qt::ISODateWithMs), "capturedAt");
    QTEST(read.cameraCode, "cameraCode");
    QTEST(read.cameraName, "cameraName");
    QVERIFY(read.latitude.has_value());
    QVERIFY(read.longitude.has_value());
    QTEST(*read.latitude, "latitude");
    QTEST(*read.longitude, "longitude");
    QTEST(read.confidence, "confidence");
    // Both fixtures offer only the plate itself as a candidate.
    QVERIFY2(read.candidates.isEmpty(), qPrintable(candidatesText(read.candidates)));
    QTEST(read.make, "make");
    QTEST(read.model, "model");
    QTEST(read.color, "color");
    QTEST(read.body, "body");
    QCOMPARE(read.sourceKind, SourceKind::Fixed);
    QTEST(read.externalId, "externalId");
    QCOMPARE(read.id, qint64(0));
    QCOMPARE(read.legalHold, false);

    QTEST(int(read.plateJpeg.size()), "plateJpegSize");
    QTEST(int(read.vehicleJpeg.size()), "vehicleJpegSize");
    QTEST(int(read.overviewJpeg.size()), "overviewJpegSize");
    for (const QByteArray* image : {&read.plateJpeg, &read.vehicleJpeg, &read.overviewJpeg}) {
        if (!image->isEmpty())
            QVERIFY(image->startsWith(QByteArrayLiteral("\xFF\xD8\xFF")));
    }
    QTEST(QCryptographicHash::hash(read.plateJpeg, QCryptographicHash::Sha256).toHex(),
          "plateJpegSha256");
    // Both give the plate's corners in the frame, clockwise from the top left.
    QCOMPARE(read.plateCorners.size(), 4);
    QVERIFY(read.plateCorners[0].x() < read.plateCorners[1].x());
    QVERIFY(read.plateCorners[1].y() < read.plateCorners[2].y());
    QCOMPARE(cornersFromText(cornersToText(read.plateCorners)), read.plateCorners);
}

void TestOpenAlprParser::bestPlateNumberWinsOverBestPlate()
{
    // The premise: the v2 fixture's best_plate.plate disagrees with best_plate_number.
    const QJsonObject group = testObject(QStringLiteral("alpr_group_v2.json"));
    QCOMPARE(group.value(QLatin1String("best_plate")).toObject().value(QLatin1String("plate")),
             QJsonValue(QStringLiteral("TEST123")));
    QCOMPARE(group.value(QLatin1String("best_plate_number")),
             QJsonValue(QStringLiteral("A424761")));

    const Result<QList<ReadRecord>> result =
        parseOpenAlprJson(testData(QStringLiteral("alpr_group_v2.json")), QStringLiteral("v2"));
    QVERIFY(result.ok());
    QCOMPARE(result->first().plate, QStringLiteral("A424761"));
    for (const PlateCandidate& c : result->first().candidates)
        QVERIFY(c.plate != QStringLiteral("TEST123"));
}

void TestOpenAlprParser::multipleRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("plates");

    const QStringList arrayPlates = {QStringLiteral("19462SH"), QStringLiteral("A424761")};
    const QStringList linesPlates = {QStringLiteral("A424761"), QStringLiteral("19462SH"),
                                     QStringLiteral("7ABC123")};
    const QByteArray array = testData(QStringLiteral("alpr_group_array2.json"));
    const QByteArray lines = testData(QStringLiteral("alpr_group_lines3.jsonl"));
    QByteArray crlf = lines;
    crlf.replace("\n", "\r\n");
    QByteArray noFinalNewline = lines;
    noFinalNewline.chop(1);
    QByteArray blankPadded = lines;
    blankPadded.replace("\n", "\n  \t\n");

    QTest::newRow("array of 2") << array << arrayPlates;
    QTest::newRow("JSON Lines of 3") << lines << linesPlates;
    QTest::newRow("JSON Lines, CRLF") << crlf << linesPlates;
    QTest::newRow("JSON Lines, no final newline") << noFinalNewline << linesPlates;
    QTest::newRow("JSON Lines, blank lines of spaces") << blankPadded << linesPlates;
    QTest::newRow("array of 1") << (QByteArrayLiteral("[") +
                                    toJson(testObject(QStringLiteral("alpr_group_v3.json"))) +
                                    QByteArrayLiteral("]"))
                                << QStringList{QStringLiteral("19462SH")};
}

void TestOpenAlprParser::multipleRecords()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, plates);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(data, QStringLiteral("reads.json"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(platesOf(*result), plates);
}

void TestOpenAlprParser::jsonLinesSyntheticRecord()
{
    // Line 4 of the JSON Lines file: no camera label, no GPS, a Canadian region,
    // extra candidates and only a make_model guess.
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(
        testData(QStringLiteral("alpr_group_lines3.jsonl")), QStringLiteral("lines"));
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 3);
    const ReadRecord& read = result->at(2);
    QCOMPARE(read.plate, QStringLiteral("7ABC123"));
    QCOMPARE(read.state, QStringLiteral("ON"));
    QCOMPARE(read.capturedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(read.capturedAt.timeSpec(), Qt::UTC);
    QCOMPARE(read.cameraCode, QStringLiteral("openalpr:SYNTHETICAGENT:7"));
    QCOMPARE(read.cameraName, QStringLiteral("camera 7"));
    QVERIFY(!read.latitude.has_value());
    QVERIFY(!read.longitude.has_value());
    QCOMPARE(read.confidence, 90.0);
    QCOMPARE(candidatesText(read.candidates), QStringLiteral("7ABCI23:75,7ABC12B:70"));
    QCOMPARE(read.make, QStringLiteral("toyota"));
    QCOMPARE(read.model, QStringLiteral("camry"));
    QCOMPARE(read.color, QString());
    QCOMPARE(read.body, QString());
    QCOMPARE(read.externalId, QStringLiteral("SYNTHETICAGENT-7-1767225600000"));
    QVERIFY(read.plateJpeg.isEmpty());
    QVERIFY(read.overviewJpeg.isEmpty());
    QVERIFY(read.vehicleJpeg.isEmpty());
}

void TestOpenAlprParser::byteOrderMark_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("v2 (has a BOM)") << QStringLiteral("alpr_group_v2.json");
    QTest::newRow("v3 (has none)") << QStringLiteral("alpr_group_v3.json");
    QTest::newRow("array") << QStringLiteral("alpr_group_array2.json");
    QTest::newRow("JSON Lines") << QStringLiteral("alpr_group_lines3.jsonl");
}

void TestOpenAlprParser::byteOrderMark()
{
    QFETCH(QString, file);
    QByteArray withBom = testData(file);
    if (!withBom.startsWith(kBom))
        withBom.prepend(kBom);
    const QByteArray withoutBom = withBom.sliced(kBom.size());

    const Result<QList<ReadRecord>> a = parseOpenAlprJson(withBom, file);
    const Result<QList<ReadRecord>> b = parseOpenAlprJson(withoutBom, file);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(a->size(), b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        QCOMPARE(a->at(i).plate, b->at(i).plate);
        QCOMPARE(a->at(i).capturedAt, b->at(i).capturedAt);
        QCOMPARE(a->at(i).cameraCode, b->at(i).cameraCode);
        QCOMPARE(a->at(i).plateJpeg, b->at(i).plateJpeg);
    }
}

void TestOpenAlprParser::wrongDataType_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QJsonObject results = testObject(QStringLiteral("alpr_group_v3.json"));
    results.insert(QStringLiteral("data_type"), QStringLiteral("alpr_results"));
    const QByteArray group = toJson(testObject(QStringLiteral("alpr_group_v3.json")));
    const QByteArray heartbeat = toJson(testObject(QStringLiteral("alpr_heartbeat.json")));

    QTest::newRow("heartbeat file")
        << testData(QStringLiteral("alpr_heartbeat.json"))
        << QStringLiteral("f, record 1: data_type is \"heartbeat\", not \"alpr_group\"; only "
                          "alpr_group records are plate reads");
    QTest::newRow("alpr_results")
        << toJson(results)
        << QStringLiteral("f, record 1: data_type is \"alpr_results\", not \"alpr_group\"; only "
                          "alpr_group records are plate reads");
    QTest::newRow("heartbeat on line 3 of JSON Lines")
        << (group + "\n" + group + "\n" + heartbeat + "\n")
        << QStringLiteral("f, line 3: data_type is \"heartbeat\", not \"alpr_group\"; only "
                          "alpr_group records are plate reads");
    QTest::newRow("heartbeat as record 2 of an array")
        << ("[" + group + "," + heartbeat + "]")
        << QStringLiteral("f, record 2: data_type is \"heartbeat\", not \"alpr_group\"; only "
                          "alpr_group records are plate reads");
}

void TestOpenAlprParser::wrongDataType()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(data, QStringLiteral("f"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QCOMPARE(result.error().message, message);
}

void TestOpenAlprParser::malformedField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    const QJsonValue removed(QJsonValue::Undefined);
    const auto b64 = [](const QByteArray& bytes) {
        return QJsonValue(QString::fromLatin1(base64Of(bytes)));
    };
    const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    const QByteArray gif = QByteArrayLiteral("GIF89a\x01\x00\x01\x00");

    struct Row
    {
        const char* name;
        const char* path;
        QJsonValue value;
        const char* message;
    };
    const QList<Row> rows = {
        {"best_plate_number missing", "best_plate_number", removed, "best_plate_number is missing"},
        {"best_plate_number null", "best_plate_number", QJsonValue(QJsonValue::Null),
         "best_plate_number is missing"},
        {"best_plate_number empty", "best_plate_number", QStringLiteral(""),
         "best_plate_number is empty"},
        {"best_plate_number blank", "best_plate_number", QStringLiteral("   "),
         "best_plate_number is empty"},
        {"best_plate_number bad characters", "best_plate_number", QStringLiteral("AB?123"),
         "best_plate_number \"AB?123\" is not a plate"},
        {"best_plate_number too long", "best_plate_number", QStringLiteral("ABCDEFGHIJK"),
         "best_plate_number \"ABCDEFGHIJK\" is not a plate"},
        {"best_plate_number a number", "best_plate_number", 123,
         "best_plate_number is a number, not a string"},
        {"data_type missing", "data_type", removed, "data_type is missing"},
        {"data_type a number", "data_type", 5, "data_type is a number, not a string"},
        {"version 4", "version", 4, "alpr_group version 4 is not supported (2 and 3 are)"},
        {"plate crop not base64", "best_plate/plate_crop_jpeg", QStringLiteral("not base64!"),
         "best_plate.plate_crop_jpeg is not valid base64"},
        {"plate crop one stray character", "best_plate/plate_crop_jpeg", QStringLiteral("/9j/4"),
         "best_plate.plate_crop_jpeg is not valid base64"},
        {"plate crop padding inside", "best_plate/plate_crop_jpeg", QStringLiteral("/9j=/4AA"),
         "best_plate.plate_crop_jpeg is not valid base64"},
        {"plate crop line breaks", "best_plate/plate_crop_jpeg", QStringLiteral("/9j/\n4AAQ"),
         "best_plate.plate_crop_jpeg is not valid base64"},
        {"plate crop is PNG", "best_plate/plate_crop_jpeg", b64(png),
         "best_plate.plate_crop_jpeg is not a JPEG image (it does not start with FF D8 FF)"},
        {"plate crop two bytes", "best_plate/plate_crop_jpeg", b64(QByteArrayLiteral("\xFF\xD8")),
         "best_plate.plate_crop_jpeg is not a JPEG image"},
        {"vehicle crop is GIF", "vehicle_crop_jpeg", b64(gif),
         "vehicle_crop_jpeg is not a JPEG image (it does not start with FF D8 FF)"},
        {"vehicle crop not base64", "vehicle_crop_jpeg", QStringLiteral("%%%%"),
         "vehicle_crop_jpeg is not valid base64"},
        {"overview not base64", "overview_jpeg", QStringLiteral("/9j/4AAQ*kZJRg=="),
         "overview_jpeg is not valid base64"},
        {"overview a number", "overview_jpeg", 7, "overview_jpeg is a number, not a base64 string"},
        {"epoch_start missing", "epoch_start", removed, "epoch_start is missing"},
        {"epoch_start a string", "epoch_start", QStringLiteral("1634475947845"),
         "epoch_start is a string, not a number of milliseconds since 1970"},
        {"epoch_start negative", "epoch_start", -1,
         "epoch_start -1 is not a time in milliseconds since 1970"},
        {"epoch_start fractional", "epoch_start", 1634475947845.5,
         "epoch_start 1634475947845.5 is not a time in milliseconds since 1970"},
        {"epoch_start past year 9999", "epoch_start", 1e300,
         "epoch_start 1.0000000000000001e+300 is not a time"},
        {"agent_uid missing", "agent_uid", removed, "agent_uid is missing or empty"},
        {"agent_uid a number", "agent_uid", 3, "agent_uid is a number, not a string"},
        {"camera_id missing", "camera_id", removed, "camera_id is missing or empty"},
        {"camera_id an object", "camera_id", QJsonObject(), "camera_id is an object, not a number"},
        {"camera_id fractional", "camera_id", 1.5, "camera_id 1.5 is not a whole number"},
        {"camera_label too long", "web_server_config/camera_label", QString(300, u'x'),
         "web_server_config.camera_label is 300 characters long; at most 200 are allowed"},
        {"camera_label with a direction override", "web_server_config/camera_label",
         QStringLiteral("Gate \u202e1 tsE"),
         "web_server_config.camera_label \"Gate \\u202e1 tsE\" holds a control character "
         "(U+202e) at character 6"},
        {"web_server_config a string", "web_server_config", QStringLiteral("x"),
         "web_server_config is a string, not an object"},
        {"latitude 91", "gps_latitude", 91, "gps_latitude 91 is outside -90..90"},
        {"longitude -180.5", "gps_longitude", -180.5, "gps_longitude -180.5 is outside -180..180"},
        {"latitude missing", "gps_latitude", removed,
         "gps_longitude is given without gps_latitude; give both or neither"},
        {"longitude missing", "gps_longitude", removed,
         "gps_latitude is given without gps_longitude; give both or neither"},
        {"latitude a string", "gps_latitude", QStringLiteral("39.6"),
         "gps_latitude is a string, not a number"},
        {"best_confidence 100.5", "best_confidence", 100.5,
         "best_confidence 100.5 is outside 0..100"},
        {"best_confidence -1", "best_confidence", -1, "best_confidence -1 is outside 0..100"},
        {"best_confidence a string", "best_confidence", QStringLiteral("high"),
         "best_confidence is a string, not a number"},
        {"candidates a number", "candidates", 5, "candidates is a number, not an array"},
        {"candidate a number", "candidates", fromJsonText("[5]"),
         "candidates[0] is a number, not an object"},
        {"candidate without plate", "candidates", fromJsonText("[{\"confidence\": 5}]"),
         "candidates[0].plate is missing, not a string"},
        {"candidate confidence 500", "best_plate/candidates",
         fromJsonText("[{\"plate\": \"ABC\", \"confidence\": 500}]"),
         "best_plate.candidates[0].confidence 500 is outside 0..100"},
        {"best_plate a number", "best_plate", 5, "best_plate is a number, not an object"},
        {"vehicle an array", "vehicle", fromJsonText("[]"), "vehicle is an array, not an object"},
        {"vehicle.make a string", "vehicle/make", QStringLiteral("bmw"),
         "vehicle.make is a string, not an array"},
        {"vehicle.color name a number", "vehicle/color", fromJsonText("[{\"name\": 3}]"),
         "vehicle.color[0].name is a number, not a string"},
        {"vehicle.body_type confidence 101", "vehicle/body_type",
         fromJsonText("[{\"name\": \"suv\", \"confidence\": 101}]"),
         "vehicle.body_type[0].confidence 101 is outside 0..100"},
        {"best_region without a state", "best_region", QStringLiteral("us-california"),
         "best_region \"us-california\" is not a country-state code such as us-ca"},
        {"best_region a number", "best_region", 1, "best_region is a number, not a string"},
        {"best_uuid a number", "best_uuid", 5, "best_uuid is a number, not a string"},
        {"coordinates an object", "best_plate/coordinates", fromJsonText("{}"),
         "best_plate.coordinates is an object, not an array"},
        {"coordinates three points", "best_plate/coordinates",
         fromJsonText("[{\"x\":1,\"y\":1},{\"x\":9,\"y\":1},{\"x\":9,\"y\":5}]"),
         "best_plate.coordinates has 3 points, not the plate's 4 corners"},
        {"coordinate y missing", "best_plate/coordinates",
         fromJsonText("[{\"x\":1,\"y\":1},{\"x\":9,\"y\":1},{\"x\":9},{\"x\":1,\"y\":5}]"),
         "best_plate.coordinates[2].y is missing, not a pixel position"},
        {"coordinate far away", "best_plate/coordinates",
         fromJsonText("[{\"x\":1e9,\"y\":1},{\"x\":9,\"y\":1},{\"x\":9,\"y\":5},"
                      "{\"x\":1,\"y\":5}]"),
         "best_plate.coordinates[0].x is a number, not a pixel position"},
    };
    for (const Row& row : rows)
        QTest::newRow(row.name) << QString::fromLatin1(row.path) << row.value
                                << QString::fromUtf8(row.message);
}

void TestOpenAlprParser::malformedField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    setPath(group, path.split(QLatin1Char('/')), value);
    const Result<QList<ReadRecord>> result =
        parseOpenAlprJson(toJson(group), QStringLiteral("reads.json"));
    QVERIFY2(!result.ok(), "a malformed record was accepted");
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    const QString prefix = QStringLiteral("reads.json, record 1: ");
    QVERIFY2(result.error().message.startsWith(prefix + message),
             qPrintable(result.error().message));
}

void TestOpenAlprParser::exactMessage()
{
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    group.remove(QStringLiteral("best_plate_number"));
    const Result<QList<ReadRecord>> result =
        parseOpenAlprJson(toJson(group), QStringLiteral("camera7.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("camera7.json, record 1: best_plate_number is missing"));
}

void TestOpenAlprParser::recordNumberInMessage_data()
{
    // Where Qt's parser reports a syntax error (the column) is Qt's business; the
    // record or line, and what the message says to do, are ours.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("messageEnd");

    QJsonObject bad = testObject(QStringLiteral("alpr_group_v3.json"));
    bad.insert(QStringLiteral("best_plate_number"), QStringLiteral(""));
    const QByteArray good = toJson(testObject(QStringLiteral("alpr_group_v3.json")));
    const QByteArray broken = toJson(bad);
    const QString hint = QStringLiteral(" (a file of several records needs one whole object per "
                                        "line, or a JSON array)");

    QTest::newRow("array, record 3")
        << ("[" + good + "," + good + "," + broken + "," + good + "]")
        << QStringLiteral("f, record 3: best_plate_number is empty") << QString();
    QTest::newRow("array, record 2 not an object")
        << ("[" + good + ", [1], " + good + "]")
        << QStringLiteral("f, record 2 is an array, not an object") << QString();
    QTest::newRow("JSON Lines, line 4 after a blank line")
        << (good + "\n" + good + "\n\n" + broken + "\n" + good + "\n")
        << QStringLiteral("f, line 4: best_plate_number is empty") << QString();
    QTest::newRow("JSON Lines, line 2 not JSON")
        << (good + "\n{\"data_type\": \n" + good + "\n")
        << QStringLiteral("f, line 2: not valid JSON at column ") << hint;
    QTest::newRow("JSON Lines, line 3 a number")
        << (good + "\n" + good + "\n42\n") << QStringLiteral("f, line 3: not valid JSON at column ")
        << hint;
    QTest::newRow("JSON Lines, line 2 an array")
        << (good + "\n[" + good + "]\n") << QStringLiteral("f, line 2 is an array, not an object")
        << hint;
    QTest::newRow("concatenated pretty-printed objects")
        << (QJsonDocument(bad).toJson() + QJsonDocument(bad).toJson())
        << QStringLiteral("f, line 1: not valid JSON at column ") << hint;
    QTest::newRow("syntax error in a pretty-printed array")
        << QByteArrayLiteral("[\n  {\"data_type\": \"alpr_group\",\n   \"version\": 3,,\n  }\n]")
        << QStringLiteral("f: not valid JSON at line 3, column ") << QString();
    QTest::newRow("error at the very start, line breaks later")
        << QByteArrayLiteral("}\n\n{") << QStringLiteral("f: not valid JSON at line 1, column ")
        << QString();
    QTest::newRow("empty array") << QByteArrayLiteral(" [ ] ")
                                 << QStringLiteral("f: no reads (the array is empty)") << QString();
}

void TestOpenAlprParser::recordNumberInMessage()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messageStart);
    QFETCH(QString, messageEnd);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(data, QStringLiteral("f"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    const QString& message = result.error().message;
    QVERIFY2(message.startsWith(messageStart) && message.endsWith(messageEnd), qPrintable(message));
    if (messageEnd.isEmpty() && !messageStart.endsWith(QLatin1Char(' ')))
        QCOMPARE(message, messageStart);
}

void TestOpenAlprParser::region_data()
{
    QTest::addColumn<QJsonValue>("region");
    QTest::addColumn<QString>("state");

    QTest::newRow("us-ca") << QJsonValue(QStringLiteral("us-ca")) << QStringLiteral("CA");
    QTest::newRow("upper case") << QJsonValue(QStringLiteral("US-NY")) << QStringLiteral("NY");
    QTest::newRow("Canada") << QJsonValue(QStringLiteral("ca-on")) << QStringLiteral("ON");
    QTest::newRow("three letters") << QJsonValue(QStringLiteral("mx-bcn")) << QStringLiteral("BCN");
    QTest::newRow("country only") << QJsonValue(QStringLiteral("gb")) << QString();
    QTest::newRow("empty") << QJsonValue(QStringLiteral("")) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
}

void TestOpenAlprParser::region()
{
    QFETCH(QJsonValue, region);
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    setPath(group, {QStringLiteral("best_region")}, region);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QTEST(result->first().state, "state");
}

void TestOpenAlprParser::position_data()
{
    QTest::addColumn<QJsonValue>("latitude");
    QTest::addColumn<QJsonValue>("longitude");
    QTest::addColumn<bool>("hasPosition");
    QTest::addColumn<double>("expectedLatitude");
    QTest::addColumn<double>("expectedLongitude");

    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("absent") << absent << absent << false << 0.0 << 0.0;
    QTest::newRow("null") << null << null << false << 0.0 << 0.0;
    QTest::newRow("both 0") << QJsonValue(0) << QJsonValue(0.0) << false << 0.0 << 0.0;
    QTest::newRow("equator") << QJsonValue(0) << QJsonValue(10.5) << true << 0.0 << 10.5;
    QTest::newRow("corner") << QJsonValue(-90) << QJsonValue(180) << true << -90.0 << 180.0;
}

void TestOpenAlprParser::position()
{
    QFETCH(QJsonValue, latitude);
    QFETCH(QJsonValue, longitude);
    QFETCH(bool, hasPosition);
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    setPath(group, {QStringLiteral("gps_latitude")}, latitude);
    setPath(group, {QStringLiteral("gps_longitude")}, longitude);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const ReadRecord& read = result->first();
    QCOMPARE(read.latitude.has_value(), hasPosition);
    QCOMPARE(read.longitude.has_value(), hasPosition);
    if (hasPosition) {
        QTEST(*read.latitude, "expectedLatitude");
        QTEST(*read.longitude, "expectedLongitude");
    }
}

void TestOpenAlprParser::candidates_data()
{
    QTest::addColumn<QJsonValue>("bestPlateCandidates");
    QTest::addColumn<QJsonValue>("topCandidates");
    QTest::addColumn<QString>("expected");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("none") << absent << absent << QString();
    QTest::newRow("only the plate itself")
        << fromJsonText("[{\"plate\": \"19462SH\", \"confidence\": 93}]")
        << fromJsonText("[{\"plate\": \"19462-sh\", \"confidence\": 91}]") << QString();
    QTest::newRow("merged, highest confidence kept, best first")
        << fromJsonText("[{\"plate\": \"I9462SH\", \"confidence\": 50},"
                        " {\"plate\": \"19462S8\", \"confidence\": 80}]")
        << fromJsonText("[{\"plate\": \"i9462sh\", \"confidence\": 85},"
                        " {\"plate\": \"l9462-sh\", \"confidence\": 60}]")
        << QStringLiteral("I9462SH:85,19462S8:80,L9462SH:60");
    QTest::newRow("not plates left out")
        << fromJsonText("[{\"plate\": \"??\", \"confidence\": 90},"
                        " {\"plate\": \"TOOLONGPLATE123\", \"confidence\": 80},"
                        " {\"plate\": \"\", \"confidence\": 80},"
                        " {\"plate\": \"1946 2SH\", \"confidence\": 70}]")
        << absent << QString();
    QTest::newRow("ties keep file order")
        << fromJsonText("[{\"plate\": \"AAA\", \"confidence\": 50}]")
        << fromJsonText("[{\"plate\": \"BBB\", \"confidence\": 50}, {\"plate\": \"CCC\"}]")
        << QStringLiteral("AAA:50,BBB:50,CCC:0");
}

void TestOpenAlprParser::candidates()
{
    QFETCH(QJsonValue, bestPlateCandidates);
    QFETCH(QJsonValue, topCandidates);
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    setPath(group, {QStringLiteral("best_plate"), QStringLiteral("candidates")},
            bestPlateCandidates);
    setPath(group, {QStringLiteral("candidates")}, topCandidates);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QTEST(candidatesText(result->first().candidates), "expected");
}

void TestOpenAlprParser::vehicle_data()
{
    QTest::addColumn<QJsonValue>("vehicle");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("body");

    QTest::newRow("no vehicle") << QJsonValue(QJsonValue::Undefined) << QString() << QString()
                                << QString() << QString();
    QTest::newRow("empty lists") << fromJsonText("{\"make\": [], \"color\": []}") << QString()
                                 << QString() << QString() << QString();
    QTest::newRow("make from make_model")
        << fromJsonText("{\"make_model\": [{\"name\": \"mercedes-benz_sprinter\", "
                        "\"confidence\": 80}]}")
        << QStringLiteral("mercedes-benz") << QStringLiteral("sprinter") << QString() << QString();
    QTest::newRow("make list wins over make_model")
        << fromJsonText(
               "{\"make\": [{\"name\": \"ford\", \"confidence\": 60}],"
               " \"make_model\": [{\"name\": \"chevrolet_silverado\", \"confidence\": 40}]}")
        << QStringLiteral("ford") << QStringLiteral("silverado") << QString() << QString();
    QTest::newRow("highest confidence, not first")
        << fromJsonText("{\"color\": [{\"name\": \"red\", \"confidence\": 10},"
                        " {\"name\": \"blue\", \"confidence\": 90}],"
                        " \"body_type\": [{\"name\": \"sedan-compact\", \"confidence\": 55}]}")
        << QString() << QString() << QStringLiteral("blue") << QStringLiteral("sedan-compact");
    QTest::newRow("model without make")
        << fromJsonText("{\"make_model\": [{\"name\": \"sprinter\", \"confidence\": 50}]}")
        << QString() << QStringLiteral("sprinter") << QString() << QString();
}

void TestOpenAlprParser::vehicle()
{
    QFETCH(QJsonValue, vehicle);
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    setPath(group, {QStringLiteral("vehicle")}, vehicle);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QTEST(result->first().make, "make");
    QTEST(result->first().model, "model");
    QTEST(result->first().color, "color");
    QTEST(result->first().body, "body");
}

void TestOpenAlprParser::cameraName()
{
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));
    group.insert(QStringLiteral("camera_id"), QStringLiteral("lane-2"));
    setPath(group, {QStringLiteral("web_server_config"), QStringLiteral("camera_label")},
            QStringLiteral("  "));
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->first().cameraCode,
             QStringLiteral("openalpr:TESTTESTTESTTESTTESTTESTTESTTESTTESTTEST:lane-2"));
    QCOMPARE(result->first().cameraName, QStringLiteral("camera lane-2"));
}

void TestOpenAlprParser::imageSizeLimit()
{
    QByteArray image(kMaxReadImageBytes, 'x');
    image[0] = char(0xFF);
    image[1] = char(0xD8);
    image[2] = char(0xFF);
    QJsonObject group = testObject(QStringLiteral("alpr_group_v3.json"));

    group.insert(QStringLiteral("overview_jpeg"), QString::fromLatin1(image.toBase64()));
    const Result<QList<ReadRecord>> atLimit = parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.ok() ? QString() : atLimit.error().message));
    QCOMPARE(qint64(atLimit->first().overviewJpeg.size()), kMaxReadImageBytes);

    image.append('x');
    group.insert(QStringLiteral("overview_jpeg"), QString::fromLatin1(image.toBase64()));
    const Result<QList<ReadRecord>> overLimit =
        parseOpenAlprJson(toJson(group), QStringLiteral("f"));
    QVERIFY(!overLimit.ok());
    QCOMPARE(overLimit.error().message,
             QStringLiteral("f, record 1: overview_jpeg is larger than 16 MiB, the largest image "
                            "accepted"));
}

void TestOpenAlprParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");

    QRandomGenerator random(20260301);
    QByteArray garbage(1 << 16, '\0');
    for (char& c : garbage)
        c = char(random.bounded(256));
    garbage[0] = '{';

    QByteArray hugeLine = QByteArrayLiteral("{\"data_type\":\"");
    hugeLine.append(QByteArray(20 << 20, 'A'));
    QByteArray hugePlate =
        QByteArrayLiteral("{\"data_type\":\"alpr_group\",\"best_plate_number\":\"");
    hugePlate.append(QByteArray(5 << 20, '7'));
    hugePlate.append("\"}");
    QByteArray deepObjects;
    for (int i = 0; i < 50000; ++i)
        deepObjects.append("{\"a\":");
    const QByteArray fixture = testData(QStringLiteral("alpr_group_v3.json"));
    QByteArray manyBlankLines(1 << 20, '\n');
    manyBlankLines.prepend(toJson(testObject(QStringLiteral("alpr_group_v3.json"))) + "\n");
    manyBlankLines.append("{");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("BOM only") << kBom;
    QTest::newRow("white space only") << QByteArrayLiteral(" \r\n\t ");
    QTest::newRow("null") << QByteArrayLiteral("null");
    QTest::newRow("a number") << QByteArrayLiteral("42");
    QTest::newRow("empty object") << QByteArrayLiteral("{}");
    QTest::newRow("array of numbers") << QByteArrayLiteral("[1, 2, 3]");
    QTest::newRow("array of arrays") << QByteArrayLiteral("[[{}]]");
    QTest::newRow("deeply nested arrays") << QByteArray(100000, '[');
    QTest::newRow("deeply nested, closed") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
    QTest::newRow("deeply nested objects") << deepObjects;
    QTest::newRow("binary garbage") << garbage;
    QTest::newRow("20 MiB unterminated string") << hugeLine;
    QTest::newRow("5 MiB plate") << hugePlate;
    QTest::newRow("NUL inside a string") << QByteArray("{\"data_type\":\"\0\"}", 18);
    QTest::newRow("invalid UTF-8") << QByteArrayLiteral("{\"data_type\":\"\xff\xfe\"}");
    QTest::newRow("truncated fixture") << fixture.first(fixture.size() / 2);
    QTest::newRow("a million blank lines") << manyBlankLines;
    QTest::newRow("JSON Lines of empty objects") << QByteArrayLiteral("{}\n{}\n{}\n");
}

void TestOpenAlprParser::hostileInput()
{
    QFETCH(QByteArray, data);
    const Result<QList<ReadRecord>> result = parseOpenAlprJson(data, QStringLiteral("evil.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("evil.json")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.size() < 500, qPrintable(result.error().message.left(600)));
}

void TestOpenAlprParser::mutatedFixtureNeverCrashes()
{
    const QByteArray fixture = testData(QStringLiteral("alpr_group_v2.json"));
    QRandomGenerator random(7);
    int accepted = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray data = fixture;
        switch (round % 4) {
        case 0: // truncate
            data.truncate(random.bounded(int(data.size())));
            break;
        case 1: // flip bytes
            for (int i = 0; i < 5; ++i)
                data[random.bounded(int(data.size()))] = char(random.bounded(256));
            break;
        case 2: // delete a run
            data.remove(random.bounded(int(data.size())), random.bounded(200));
            break;
        case 3: // duplicate a run
        {
            const int from = random.bounded(int(data.size()));
            data.insert(random.bounded(int(data.size())), data.mid(from, random.bounded(200)));
            break;
        }
        }
        const Result<QList<ReadRecord>> result = parseOpenAlprJson(data, QStringLiteral("m.json"));
        if (result.ok()) {
            ++accepted;
            for (const ReadRecord& read : *result) {
                QVERIFY(!read.plate.isEmpty());
                QVERIFY(read.capturedAt.isValid());
                QVERIFY(read.plateJpeg.isEmpty() || read.plateJpeg.startsWith("\xFF\xD8\xFF"));
            }
        } else {
            QCOMPARE(result.error().code, ErrorCode::Invalid);
            QVERIFY2(result.error().message.startsWith(QStringLiteral("m.json")),
                     qPrintable(result.error().message));
        }
    }
    qInfo("%d of 400 mutated files were still valid reads", accepted);
}

QTEST_GUILESS_MAIN(TestOpenAlprParser)
#include "tst_openalprparser.moc"
