// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/readfileparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;

namespace {

QString testPath(const char* name)
{
    return QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/") + QLatin1String(name);
}

} // namespace

class TestReadFileParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectFormat_data();
    void detectFormat();
    void parseFile_data();
    void parseFile();
    void missingFile();
    void folder();
    void emptyFile();
    void tooLarge();
};

void TestReadFileParser::detectFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ReadFileFormat>("format");

    const auto json = ReadFileFormat::OpenAlprJson;
    const auto csv = ReadFileFormat::Csv;
    QTest::newRow("object") << QByteArrayLiteral("{\"data_type\":\"alpr_group\"}") << json;
    QTest::newRow("array") << QByteArrayLiteral("[]") << json;
    QTest::newRow("white space, then array") << QByteArrayLiteral(" \t\r\n [") << json;
    QTest::newRow("BOM, object") << QByteArrayLiteral("\xEF\xBB\xBF{") << json;
    QTest::newRow("BOM, white space, array") << QByteArrayLiteral("\xEF\xBB\xBF\n  [") << json;
    QTest::newRow("CSV header") << QByteArrayLiteral("plate,state,captured_at") << csv;
    QTest::newRow("BOM, CSV header") << QByteArrayLiteral("\xEF\xBB\xBFplate,state") << csv;
    QTest::newRow("quoted CSV header") << QByteArrayLiteral("\"plate\",\"state\"") << csv;
    QTest::newRow("CSV with a brace later") << QByteArrayLiteral("plate\n{") << csv;
    QTest::newRow("empty") << QByteArray() << csv;
    QTest::newRow("BOM only") << QByteArrayLiteral("\xEF\xBB\xBF") << csv;
    QTest::newRow("white space only") << QByteArrayLiteral("  \n") << csv;
    QTest::newRow("broken BOM, brace") << QByteArrayLiteral("\xEF\xBB{") << csv;
    QTest::newRow("UTF-16 BOM, brace") << QByteArrayLiteral("\xFF\xFE{\0") << csv;
}

void TestReadFileParser::detectFormat()
{
    QFETCH(QByteArray, data);
    QTEST(detectReadFileFormat(data), "format");
}

void TestReadFileParser::parseFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("plates");

    QTest::newRow("OpenALPR v2") << testPath("alpr_group_v2.json")
                                 << QStringList{QStringLiteral("A424761")};
    QTest::newRow("OpenALPR array")
        << testPath("alpr_group_array2.json")
        << QStringList{QStringLiteral("19462SH"), QStringLiteral("A424761")};
    QTest::newRow("OpenALPR JSON Lines")
        << testPath("alpr_group_lines3.jsonl")
        << QStringList{QStringLiteral("A424761"), QStringLiteral("19462SH"),
                       QStringLiteral("7ABC123")};
    QTest::newRow("CSV") << testPath("reads_valid.csv")
                         << QStringList{QStringLiteral("7ABC123"), QStringLiteral("8XYZ999"),
                                        QStringLiteral("AB12CD"), QStringLiteral("TEST1")};
}

void TestReadFileParser::parseFile()
{
    QFETCH(QString, path);
    QFETCH(QStringList, plates);
    const Result<QList<ReadRecord>> result = parseReadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QStringList parsed;
    for (const ReadRecord& read : *result)
        parsed.append(read.plate);
    QCOMPARE(parsed, plates);
}

void TestReadFileParser::missingFile()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<QList<ReadRecord>> result =
        parseReadFile(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Io);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("nope.json: cannot be opened: ")),
             qPrintable(result.error().message));
}

void TestReadFileParser::folder()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<QList<ReadRecord>> result = parseReadFile(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Io);
    QVERIFY2(result.error().message.endsWith(QStringLiteral(": is a folder, not a read file")),
             qPrintable(result.error().message));
}

void TestReadFileParser::emptyFile()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("reads.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<QList<ReadRecord>> result = parseReadFile(file.fileName());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QCOMPARE(result.error().message, QStringLiteral("reads.csv: no reads (the file is empty)"));
}

void TestReadFileParser::tooLarge()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!file.resize(kMaxReadFileBytes + 1)) // sparse: no disk space is used
        QSKIP("cannot make a sparse file here");
    file.close();
    const Result<QList<ReadRecord>> result = parseReadFile(file.fileName());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QCOMPARE(result.error().message,
             QStringLiteral("huge.json: the file is 1025 MiB; the largest read file accepted is "
                            "1024 MiB; split it into smaller files"));
}

QTEST_GUILESS_MAIN(TestReadFileParser)
#include "tst_readfileparser.moc"
