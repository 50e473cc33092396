// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/csvreadparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace alpr;

namespace {

const QByteArray kHeader = QByteArrayLiteral("plate,state,captured_at,camera,latitude,longitude\n");
const QByteArray kGood = QByteArrayLiteral("7ABC123,CA,2026-03-01T14:05:09Z,cam-1,34.05,-118.24\n");
const QByteArray kFullHeader = QByteArrayLiteral(
    "plate,state,captured_at,camera,latitude,longitude,confidence,make,model,color,body,source\n");

QByteArray testData(const QString& name)
{
    QFile file(QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A record of the full header with one value replaced.
QByteArray fullRow(int column, const QByteArray& value)
{
    QList<QByteArray> fields = {"7ABC123", "CA",     "2026-03-01T14:05:09Z",
                                "cam-1",   "34.05",  "-118.24",
                                "90",      "Toyota", "Camry",
                                "silver",  "sedan",  "mobile"};
    fields[column] = value;
    QByteArray row;
    for (const QByteArray& field : fields)
        row += field + ',';
    row.chop(1);
    return row + '\n';
}

QString describe(const ReadRecord& read)
{
    QString position = QStringLiteral("none");
    if (read.latitude && read.longitude)
        position = QStringLiteral("%1 %2").arg(*read.latitude).arg(*read.longitude);
    return QStringList{read.plate,
                       read.state,
                       read.capturedAt.toString(Qt::ISODateWithMs),
                       read.cameraCode,
                       read.cameraName,
                       position,
                       QString::number(read.confidence),
                       read.make,
                       read.model,
                       read.color,
                       read.body,
                       sourceKindName(read.sourceKind)}
        .join(QLatin1Char('|'));
}

} // namespace

class TestCsvReadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFile();
    void minimalFile();
    void capturedAt_data();
    void capturedAt();
    void malformed_data();
    void malformed();
    void hostileInput_data();
    void hostileInput();
    void manyRows();
    void externalIds();
    void mutatedFileNeverCrashes();
};

void TestCsvReadParser::validFile()
{
    // BOM, CRLF, columns in another order and case, quotes with commas, doubled
    // quotes and a line break (folded to a space), a blank line, no newline at the end.
    const QByteArray data = testData(QStringLiteral("reads_valid.csv"));
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
    const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("reads_valid.csv"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 4);

    QCOMPARE(describe(result->at(0)),
             QStringLiteral("7ABC123|CA|2026-03-01T14:05:09.000Z|Main St & 5th, northbound|"
                            "Main St & 5th, northbound|34.0522 -118.244|91.5|Toyota|Camry|silver|"
                            "sedan|mobile"));
    QCOMPARE(*result->at(0).longitude, -118.2437);
    QCOMPARE(describe(result->at(1)),
             QStringLiteral("8XYZ999|CA|2026-03-01T14:05:09.250Z|Unit \"12\" dash cam|"
                            "Unit \"12\" dash cam|none|0|||||fixed"));
    QCOMPARE(describe(result->at(2)),
             QStringLiteral("AB12CD||2026-03-01T18:30:00.000Z|Lot North|Lot North|"
                            "-33.8688 151.209|0|||||unknown"));
    QCOMPARE(*result->at(2).longitude, 151.2093);
    QCOMPARE(describe(result->at(3)),
             QStringLiteral("TEST1|TX|2026-12-31T23:59:59.999Z|cam-9|cam-9|none|100|Ford|F-150|"
                            "blue|pickup|mobile"));
    for (const ReadRecord& read : *result) {
        QCOMPARE(read.capturedAt.timeSpec(), Qt::UTC);
        QVERIFY(read.candidates.isEmpty());
        QVERIFY(read.externalId.startsWith(QStringLiteral("csv:"))); // see externalIds()
        QVERIFY(read.plateJpeg.isEmpty());
        QCOMPARE(read.id, qint64(0));
    }
}

void TestCsvReadParser::minimalFile()
{
    const Result<QList<ReadRecord>> result =
        parseCsvReads(kHeader + kGood + kGood, QStringLiteral("reads.csv"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 2);
    QCOMPARE(describe(result->at(0)),
             QStringLiteral("7ABC123|CA|2026-03-01T14:05:09.000Z|cam-1|cam-1|34.05 -118.24|0|||||"
                            "unknown"));
}

void TestCsvReadParser::capturedAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc");

    QTest::newRow("Z") << QByteArrayLiteral("2026-03-01T14:05:09Z")
                       << QStringLiteral("2026-03-01T14:05:09.000Z");
    QTest::newRow("no seconds") << QByteArrayLiteral("2026-03-01T14:05Z")
                                << QStringLiteral("2026-03-01T14:05:00.000Z");
    QTest::newRow("+02:00") << QByteArrayLiteral("2026-03-01T14:05:09+02:00")
                            << QStringLiteral("2026-03-01T12:05:09.000Z");
    QTest::newRow("+0200") << QByteArrayLiteral("2026-03-01T14:05:09+0200")
                           << QStringLiteral("2026-03-01T12:05:09.000Z");
    QTest::newRow("+02") << QByteArrayLiteral("2026-03-01T14:05:09+02")
                         << QStringLiteral("2026-03-01T12:05:09.000Z");
    QTest::newRow("+05:30") << QByteArrayLiteral("2026-03-01T14:05:09+05:30")
                            << QStringLiteral("2026-03-01T08:35:09.000Z");
    QTest::newRow("-08:00 crosses midnight") << QByteArrayLiteral("2026-03-01T23:30:00-08:00")
                                             << QStringLiteral("2026-03-02T07:30:00.000Z");
    QTest::newRow("space, fraction") << QByteArrayLiteral("2026-03-01 14:05:09.5Z")
                                     << QStringLiteral("2026-03-01T14:05:09.500Z");
    QTest::newRow("lower case, comma, microseconds")
        << QByteArrayLiteral("\"2026-03-01t14:05:09,123456z\"")
        << QStringLiteral("2026-03-01T14:05:09.123Z");
    QTest::newRow("leap day") << QByteArrayLiteral("2024-02-29T00:00:00Z")
                              << QStringLiteral("2024-02-29T00:00:00.000Z");
    QTest::newRow("surrounding spaces, quoted") << QByteArrayLiteral("\" 2026-03-01T14:05:09Z \"")
                                                << QStringLiteral("2026-03-01T14:05:09.000Z");
}

void TestCsvReadParser::capturedAt()
{
    QFETCH(QByteArray, text);
    const QByteArray data = kFullHeader + fullRow(2, text);
    const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("reads.csv"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->first().capturedAt.timeSpec(), Qt::UTC);
    QTEST(result->first().capturedAt.toString(Qt::ISODateWithMs), "utc");
}

void TestCsvReadParser::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line"); // 0: the message names no line
    QTest::addColumn<QString>("message");

    const QByteArray H = kHeader;
    const QByteArray G = kGood;
    const QByteArray F = kFullHeader;
    QByteArray crlf = H + G + "7ABC123,CA,2026-03-01T14:05:09,cam-1,1,2\n";
    crlf.replace("\n", "\r\n");
    QByteArray wide = H;
    wide.chop(1);
    wide += QByteArray(1000, ',') + '\n';

    struct Row
    {
        const char* name;
        QByteArray data;
        int line;
        const char* message;
    };
    const QList<Row> rows = {
        {"month 13 (the example)", H + G + G + "7ABC123,CA,2026-13-01,cam-1,34.05,-118.24\n", 4,
         "captured_at \"2026-13-01\" is not an ISO 8601 time (write it like 2026-03-01T14:05:09Z)"},
        {"month 13 with a time", H + "7ABC123,CA,2026-13-01T00:00:00Z,cam-1,1,2\n", 2,
         "captured_at \"2026-13-01T00:00:00Z\" is not an ISO 8601 time"},
        {"30 February", H + "7ABC123,CA,2026-02-30T00:00:00Z,cam-1,1,2\n", 2,
         "captured_at \"2026-02-30T00:00:00Z\" is not an ISO 8601 time"},
        {"hour 24", H + "7ABC123,CA,2026-03-01T24:00:00Z,cam-1,1,2\n", 2,
         "captured_at \"2026-03-01T24:00:00Z\" is not an ISO 8601 time"},
        {"date without time", H + "7ABC123,CA,2026-03-01,cam-1,1,2\n", 2,
         "captured_at \"2026-03-01\" is not an ISO 8601 time"},
        {"words", H + "7ABC123,CA,yesterday,cam-1,1,2\n", 2,
         "captured_at \"yesterday\" is not an ISO 8601 time"},
        {"empty time", H + "7ABC123,CA,,cam-1,1,2\n", 2,
         "captured_at \"\" is not an ISO 8601 time"},
        {"no zone", H + G + "7ABC123,CA,2026-03-01T14:05:09,cam-1,1,2\n", 3,
         "captured_at \"2026-03-01T14:05:09\" has no time zone; add Z for UTC or an offset such "
         "as -08:00"},
        {"offset +15:00", H + "7ABC123,CA,2026-03-01T14:05:09+15:00,cam-1,1,2\n", 2,
         "captured_at \"2026-03-01T14:05:09+15:00\" has an impossible UTC offset"},
        {"too many fields", H + G + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1,2,3\n", 3,
         "7 fields, but the header has 6"},
        {"too few fields", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1\n", 2,
         "5 fields, but the header has 6"},
        {"one field", H + G + "7ABC123\n", 3, "1 field, but the header has 6"},
        {"unterminated quote", H + G + "7ABC123,CA,2026-03-01T14:05:09Z,\"cam-1,1,2\n" + G + G, 3,
         "a quoted field that starts on this line is never closed"},
        {"quote inside an unquoted field", H + "7AB\"C123,CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 2,
         "a quote inside a field that does not start with a quote"},
        {"text after a closing quote", H + G + "\"7ABC\"123,CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 3,
         "text after the closing quote of a field"},
        {"empty plate", H + ",CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 2, "plate is empty"},
        {"blank plate", H + "\"  \",CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 2, "plate is empty"},
        {"bad plate characters", H + "7AB?123,CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 2,
         "plate \"7AB?123\" is not a plate: use A-Z and 0-9"},
        {"plate too long", H + "ABCDEFGHIJK,CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 2,
         "plate \"ABCDEFGHIJK\" is not a plate"},
        {"latitude not a number", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,abc,2\n", 2,
         "latitude \"abc\" is not a number"},
        {"latitude nan", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,nan,2\n", 2,
         "latitude \"nan\" is not a number"},
        {"latitude with a decimal comma", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,\"34,05\",2\n",
         2, "latitude \"34,05\" is not a number"},
        {"latitude 91", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,91,2\n", 2,
         "latitude 91 is outside -90..90"},
        {"longitude 181", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1,181\n", 2,
         "longitude 181 is outside -180..180"},
        {"latitude only", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1,\n", 2,
         "latitude is given but longitude is empty; give both or neither"},
        {"longitude only", H + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,,2\n", 2,
         "longitude is given but latitude is empty; give both or neither"},
        {"confidence 101", F + fullRow(6, "101"), 2, "confidence 101 is outside 0..100"},
        {"confidence words", F + fullRow(6, "high"), 2, "confidence \"high\" is not a number"},
        {"source car", F + fullRow(11, "car"), 2, "source \"car\" is neither mobile nor fixed"},
        {"state California", H + "7ABC123,California,2026-03-01T14:05:09Z,cam-1,1,2\n", 2,
         "state \"California\" is not a state or province code"},
        {"state with a dot", H + "7ABC123,C.A,2026-03-01T14:05:09Z,cam-1,1,2\n", 2,
         "state \"C.A\" is not a state or province code"},
        {"empty camera", H + "7ABC123,CA,2026-03-01T14:05:09Z,,1,2\n", 2, "camera is empty"},
        {"make too long", F + fullRow(7, QByteArray(300, 'x')), 2,
         "make is 300 characters long; at most 200 are allowed"},
        {"camera with a terminal code", H + "7ABC123,CA,2026-03-01T14:05:09Z,Gate\x1b[2J,1,2\n", 2,
         "camera \"Gate\\x1b[2J\" holds a control character (U+001b) at character 5"},
        {"make not UTF-8", F + fullRow(7, "\xff\xfe"), 2, "make is not UTF-8 text"},
        {"unknown column", "plate,state,captured_at,camera,latitude,longitude,plat\n" + G, 1,
         "unknown column \"plat\" in the header; the columns are plate, state, captured_at, "
         "camera, "
         "latitude, longitude (required) and confidence, make, model, color, body, source, "
         "external_id (optional)"},
        {"misspelt required column", "plate,state,capturedat,camera,latitude,longitude\n" + G, 1,
         "unknown column \"capturedat\" in the header"},
        {"two unknown columns", "Plate,State,Captured_At,Camera,Lat,Lon\n" + G, 1,
         "unknown columns \"lat\", \"lon\" in the header"},
        {"empty column name", "plate,state,captured_at,camera,latitude,longitude,\n" + G, 1,
         "unknown column \"\" in the header"},
        {"missing column", "plate,state,captured_at,camera,latitude\n" + G, 1,
         "the header lacks the column longitude; a read file needs plate, state, captured_at, "
         "camera, latitude, longitude"},
        {"missing columns", "plate,camera\n" + G, 1,
         "the header lacks the columns state, captured_at, latitude, longitude"},
        {"duplicate column", "plate,state,captured_at,camera,latitude,longitude,PLATE\n" + G, 1,
         "the header names the column plate twice"},
        {"header with BOM", "\xEF\xBB\xBFplate,state,captured_at,camera,latitude,lng\n" + G, 1,
         "unknown column \"lng\""},
        {"header after blank lines", "\n\nplate,state\n" + G, 3,
         "the header lacks the columns captured_at, camera, latitude, longitude"},
        {"line break in a quoted field",
         H + "7ABC123,CA,2026-03-01T14:05:09Z,\"cam\nwith\nbreaks\",1,2\n" +
             "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,95,1\n",
         5, "latitude 95 is outside -90..90"},
        {"CRLF", crlf, 3, "captured_at \"2026-03-01T14:05:09\" has no time zone"},
        {"blank lines counted", H + "\n\n  \n" + G + "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1\n", 6,
         "5 fields"},
        {"lone CR line ends",
         "plate,state,captured_at,camera,latitude,longitude\r"
         "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1,2\r"
         "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,1\r",
         3, "5 fields"},
        {"NUL byte", H + G + QByteArray("7ABC\0,CA,2026-03-01T14:05:09Z,cam-1,1,2\n", 41), 3,
         "a NUL byte; this is not a CSV text file"},
        {"1001 fields", wide, 1, "more than 1000 fields; is this a CSV read file?"},
        {"empty file", QByteArray(), 0, "no reads (the file is empty)"},
        {"BOM only", QByteArrayLiteral("\xEF\xBB\xBF"), 0, "no reads (the file is empty)"},
        {"blank lines only", QByteArrayLiteral("\n\r\n \n"), 0, "no reads (the file is empty)"},
        {"header only", H, 0, "no reads (only a header)"},
        {"header and blank lines", H + "\n\n", 0, "no reads (only a header)"},
    };
    for (const Row& row : rows)
        QTest::newRow(row.name) << row.data << row.line << QString::fromUtf8(row.message);
}

void TestCsvReadParser::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);

    const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("reads.csv"));
    QVERIFY2(!result.ok(), "a malformed file was accepted");
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    const QString expected = line > 0
                                 ? QStringLiteral("reads.csv, line %1: %2").arg(line).arg(message)
                                 : QStringLiteral("reads.csv: %1").arg(message);
    QVERIFY2(result.error().message.startsWith(expected),
             qPrintable(QStringLiteral("\n   actual: %1\n expected: %2...")
                            .arg(result.error().message, expected)));
}

void TestCsvReadParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");

    QRandomGenerator random(1798);
    QByteArray garbage(1 << 16, '\0');
    for (char& c : garbage)
        c = char(1 + random.bounded(255)); // no NUL: the tokenizer must cope by itself
    QByteArray garbageWithNul = garbage;
    garbageWithNul[1000] = '\0';

    QByteArray manyBadRows = kHeader;
    for (int i = 0; i < 100000; ++i)
        manyBadRows += ",\n";

    QTest::newRow("binary garbage") << garbage;
    QTest::newRow("binary garbage with a NUL") << garbageWithNul;
    QTest::newRow("20 MiB line") << QByteArray(20 << 20, 'A');
    QTest::newRow("20 MiB unterminated quote") << ('"' + QByteArray(20 << 20, 'A'));
    QTest::newRow("header, then a 20 MiB quoted field")
        << (kHeader + '"' + QByteArray(20 << 20, 'A') + "\",CA,x,y,1,2\n");
    QTest::newRow("a million commas") << QByteArray(1 << 20, ',');
    QTest::newRow("a million quotes") << QByteArray(1 << 20, '"');
    QTest::newRow("a million line breaks") << QByteArray(1 << 20, '\n');
    QTest::newRow("a million CRs") << QByteArray(1 << 20, '\r');
    QTest::newRow("100000 rows of one comma") << manyBadRows;
    QTest::newRow("JSON") << QByteArrayLiteral("plate: {\"a\": 1}");
}

void TestCsvReadParser::hostileInput()
{
    QFETCH(QByteArray, data);
    const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("evil.csv"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("evil.csv")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.size() < 500, qPrintable(result.error().message.left(600)));
}

// A row's own external_id is kept; without one the id is made of camera,
// time, plate and state, so the same row sent twice has the same id and is
// stored once, and rows that differ in any of those have different ids.
void TestCsvReadParser::externalIds()
{
    const auto ids = [](const QByteArray& data) {
        QStringList out;
        const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("r.csv"));
        if (result)
            for (const ReadRecord& r : *result)
                out << r.externalId;
        return out;
    };
    const QStringList derived = ids(kHeader + kGood + kGood +
                                    "7ABC124,CA,2026-03-01T14:05:09Z,cam-1,34.05,-118.24\n"
                                    "7ABC123,CA,2026-03-01T14:05:10Z,cam-1,34.05,-118.24\n"
                                    "7ABC123,CA,2026-03-01T14:05:09Z,cam-2,34.05,-118.24\n");
    QCOMPARE(derived.size(), 5);
    QVERIFY(derived[0].startsWith(QStringLiteral("csv:")));
    QCOMPARE(derived[0], derived[1]);
    QCOMPARE(QSet<QString>(derived.begin(), derived.end()).size(), 4);
    const QByteArray withIds = "plate,state,captured_at,camera,latitude,longitude,external_id\n"
                               "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,,,agent-7:0001\n";
    QCOMPARE(ids(withIds), QStringList{QStringLiteral("agent-7:0001")});
    QVERIFY(ids("plate,state,captured_at,camera,latitude,longitude,external_id\n"
                "7ABC123,CA,2026-03-01T14:05:09Z,cam-1,,," +
                QByteArray(129, 'x') + "\n")
                .isEmpty());
}

void TestCsvReadParser::manyRows()
{
    QByteArray data = kFullHeader;
    const int rows = 50000;
    for (int i = 0; i < rows; ++i)
        data += fullRow(0, "P" + QByteArray::number(i));
    const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("big.csv"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), rows);
    QCOMPARE(result->last().plate, QStringLiteral("P49999"));
}

void TestCsvReadParser::mutatedFileNeverCrashes()
{
    const QByteArray original = testData(QStringLiteral("reads_valid.csv"));
    const QByteArray alphabet = QByteArrayLiteral("\",\r\n\"\"aZ9 :-+.\xff");
    QRandomGenerator random(4180);
    int accepted = 0;
    for (int round = 0; round < 1000; ++round) {
        QByteArray data = original;
        for (int i = 0; i < 3; ++i) {
            const int at = random.bounded(int(data.size()));
            const char c = alphabet[random.bounded(int(alphabet.size()))];
            if (random.bounded(2) == 0)
                data[at] = c;
            else
                data.insert(at, c);
        }
        const Result<QList<ReadRecord>> result = parseCsvReads(data, QStringLiteral("m.csv"));
        if (result.ok()) {
            ++accepted;
            for (const ReadRecord& read : *result) {
                QVERIFY(!read.plate.isEmpty());
                QVERIFY(read.capturedAt.isValid());
                QVERIFY(!read.cameraCode.isEmpty());
            }
        } else {
            QCOMPARE(result.error().code, ErrorCode::Invalid);
            QVERIFY2(result.error().message.startsWith(QStringLiteral("m.csv")),
                     qPrintable(result.error().message));
        }
    }
    qInfo("%d of 1000 mutated files were still valid reads", accepted);
}

QTEST_GUILESS_MAIN(TestCsvReadParser)
#include "tst_csvreadparser.moc"
