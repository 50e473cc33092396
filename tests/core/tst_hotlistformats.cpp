// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/hotlistfile.h"
#include "hits/ncictables.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(ALPR_TEST_DATA_DIR "/hotlists/") + name;
}

QByteArray testData(const QString& name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// One entry as a line of text, every field the format fills.
QString describe(const HotListFileEntry& e)
{
    return QStringList{QString::number(e.line),
                       e.plate,
                       e.state,
                       e.reason,
                       e.caseNumber,
                       e.synopsis,
                       e.expires.toString(Qt::ISODate),
                       e.note,
                       e.listedOn.toString(Qt::ISODate),
                       e.county,
                       e.nic,
                       e.ori,
                       e.plateYear,
                       e.plateType,
                       e.vehicleYear,
                       e.make,
                       e.model,
                       e.style,
                       e.color}
        .join(u'|');
}

QStringList describeAll(const HotListFile& file)
{
    QStringList out;
    for (const HotListFileEntry& e : file.entries)
        out << describe(e);
    return out;
}

// The plates and states only: "7ABC123/CA".
QStringList platesOf(const HotListFile& file)
{
    QStringList out;
    for (const HotListFileEntry& e : file.entries)
        out << e.plate + u'/' + e.state;
    return out;
}

// The error message of a result, empty when it holds a value.
template <typename T> QString errorOf(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

const QByteArray kPlainHeader = "plate,state,reason,case_number,synopsis,expires,note\n";
const QByteArray kNcicHeader = "NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST,VCO\n";
const QByteArray kClewDate = "DATE03/01/2026 05:30\n";

QByteArray plainRow(const QByteArray& plate, const QByteArray& state)
{
    return plate + ',' + state + ",stolen-vehicle,26-004211,taken,2026-12-31,\n";
}

// A good NCIC record with one field replaced.
QByteArray ncicRow(int column, const QByteArray& value)
{
    QList<QByteArray> fields = {"V123456789", "CA0194200", "20260215", "7ABC123", "CA", "2026",
                                "PC",         "2019",      "CHEV",     "MAL",     "4D", "RED/BLK"};
    fields[column] = value;
    return fields.join(',') + '\n';
}

} // namespace

class TestHotListFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFiles_data();
    void goodFiles();
    void broken_data();
    void broken();
    void oversizeFile();
    void unreadableFile();
    void cleaning_data();
    void cleaning();
    void decoding_data();
    void decoding();
    void codeTablesComplete();
    void detection_data();
    void detection();
    void formatNames();
    void mutatedFilesNeverCrash();
};

void TestHotListFormats::goodFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extractTime");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("refused");
    QTest::addColumn<int>("corrected");

    // line|plate|state|reason|case|synopsis|expires|note|listed|county|nic|ori|liy|lit|vyr|make|model|style|color
    QTest::newRow("clew svs: CRLF, trailing spaces, 6-character plate, 0H, repeat")
        << u"svs.tbl"_s << u"clew"_s << u"2026-03-01T13:30:00Z"_s // PST, UTC-8
        << QStringList{
               u"2|7ABC123|CA|stolen vehicle|||||2026-02-15|01|||||||||"_s,
               u"3|ABC123|NV|stolen vehicle|||||2026-01-10||||||||||"_s,
               u"4|8XYZ999|OH|stolen vehicle|||||2025-12-31|44|||||||||"_s,
               u"6|7ABC123|AZ|stolen vehicle|||||2026-01-01|19|||||||||"_s,
           }
        << 1 << 0 << 1;
    QTest::newRow("clew sfr: LF, summer time, blank plate, blank line after the trailer")
        << u"sfr.tbl"_s << u"clew"_s << u"2026-07-05T06:15:00Z"_s // PDT, UTC-7
        << QStringList{
               u"2|4DEF567|CA|felony vehicle|||||2026-06-01|19|||||||||"_s,
               u"4|5GHJ890|OR|felony vehicle|||||2026-06-03||||||||||"_s,
           }
        << 0 << 1 << 0;
    QTest::newRow("ncic csv: decoded make, style, colour; unknown codes kept")
        << u"ncic.csv"_s << u"ncic-csv"_s << QString()
        << QStringList{
               u"2|7ABC123|CA||||||2026-02-15||V123456789|CA0194200|2026|PC|2019|Chevrolet|MAL|"
               "4 door sedan; truck/pick-up 4 door|red/black"_s,
               u"3|8XYZ999|OH||||||2026-02-16||V123456790|CA0194200|2025|PC|2015|Toyota|CAM|"
               "2 door sedan|silver"_s,
               u"4|ABC123|NV||||||2026-02-17||V123456791|CA0194200|2026|PC|2020|ZZZZ|XYZ|QQ|"
               "red/XYZ"_s,
           }
        << 0 << 0 << 1;
    QTest::newRow("plain csv: quoted synopsis with a comma and a line break")
        << u"department.csv"_s << u"csv"_s << QString()
        << QStringList{
               u"2|7ABC123|CA|stolen-vehicle|26-004211|Silver sedan, taken from driveway\nkeys "
               "left inside|2026-12-31||||||||||||"_s,
               u"4|6TRK001|AZ|felony-vehicle|26-004300|Suspect vehicle in robbery||seen twice "
               "near Main St|||||||||||"_s,
           }
        << 0 << 0 << 0;
}

void TestHotListFormats::goodFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, extractTime);
    QFETCH(QStringList, entries);
    QFETCH(int, duplicates);
    QFETCH(int, refused);
    QFETCH(int, corrected);

    HotListFormat expected = HotListFormat::Csv;
    QVERIFY(parseHotListFormat(format, &expected));

    // Detected from the content, and told.
    for (const HotListFormat* told : {static_cast<const HotListFormat*>(nullptr),
                                      static_cast<const HotListFormat*>(&expected)}) {
        const Result<HotListFile> parsed = parseHotListFile(dataPath(file), told);
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        QCOMPARE(hotListFormatName(parsed->format), format);
        QCOMPARE(describeAll(*parsed), entries);
        QCOMPARE(parsed->duplicates, duplicates);
        QCOMPARE(parsed->refusedPlates, refused);
        QCOMPARE(parsed->statesCorrected, corrected);
        if (extractTime.isEmpty()) {
            QVERIFY(!parsed->extractTime.isValid());
        } else {
            QCOMPARE(parsed->extractTime.timeSpec(), Qt::UTC);
            QCOMPARE(parsed->extractTime.toString(Qt::ISODate), extractTime);
        }
    }
}

void TestHotListFormats::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    const QByteArray svs = testData(QStringLiteral("svs.tbl"));
    const QByteArray rec = "7ABC123 CA0120260215\n";
    const QByteArray trailer1 = "TOTAL RECORD 0000001\n";

    // CLEW
    QByteArray noTrailer = svs;
    noTrailer.truncate(noTrailer.lastIndexOf("TOTAL"));
    QTest::newRow("clew missing trailer") << u"svs.tbl"_s << noTrailer << 6 << u"truncated"_s;
    QByteArray halfLine = kClewDate + rec + "8XYZ99";
    QTest::newRow("clew cut inside a record") << u"svs.tbl"_s << halfLine << 3 << u"truncated"_s;
    QTest::newRow("clew wrong count")
        << u"slr.tbl"_s << kClewDate + rec + rec + "TOTAL RECORD 0000003\n"
        << 4 << u"counts 3 records but the file has 2"_s;
    QTest::newRow("clew count of none") << u"slr.tbl"_s << kClewDate + "TOTAL RECORD 0000000\n"
                                        << 2 << u"counts none"_s;
    QTest::newRow("clew only a date line") << u"slr.tbl"_s << kClewDate << 1 << u"truncated"_s;
    QTest::newRow("clew bad DATE line: month 13")
        << u"svs.tbl"_s << "DATE13/01/2026 05:30\n" + rec + trailer1 << 1
        << u"DATEmm/dd/yyyy hh:mm"_s;
    QTest::newRow("clew bad DATE line: no time")
        << u"svs.tbl"_s << "DATE03/01/2026\n" + rec + trailer1 << 1 << u"DATEmm/dd/yyyy hh:mm"_s;
    QTest::newRow("clew DATE in the spring-forward gap")
        << u"svs.tbl"_s << "DATE03/08/2026 02:30\n" + rec + trailer1 << 1 << u"does not exist"_s;
    QTest::newRow("clew short line")
        << u"svs.tbl"_s << kClewDate + "7ABC123 CA01202602\n" + trailer1 << 2 << u"18 characters"_s;
    QTest::newRow("clew blank line inside")
        << u"svs.tbl"_s << kClewDate + rec + "\n" + rec + "TOTAL RECORD 0000003\n"
        << 3 << u"0 characters"_s;
    QTest::newRow("clew bad state")
        << u"svs.tbl"_s << kClewDate + rec + "7ABC123 ZZ0120260215\n" + "TOTAL RECORD 0000002\n"
        << 3 << u"state \"ZZ\""_s;
    QTest::newRow("clew bad record date")
        << u"svs.tbl"_s << kClewDate + "7ABC123 CA0120261340\n" + trailer1 << 2 << u"not a date"_s;
    QTest::newRow("clew control character") << u"svs.tbl"_s
                                            << kClewDate +
                                                   "7ABC\x1b"
                                                   "23 CA0120260215\n" +
                                                   trailer1
                                            << 2 << u"control character (byte 0x1b) at column 5"_s;
    QTest::newRow("clew lone carriage return")
        << u"svs.tbl"_s << kClewDate + "7ABC123 CA01\r20260215\n" + trailer1 << 2
        << u"control character (byte 0x0d)"_s;
    QTest::newRow("clew not ASCII") << u"svs.tbl"_s
                                    << kClewDate +
                                           "7ABC\xc3\xa9"
                                           "3 CA0120260215\n" +
                                           trailer1
                                    << 2 << u"not plain ASCII"_s;
    QTest::newRow("clew NUL byte")
        << u"svs.tbl"_s << kClewDate + rec + QByteArray("7AB\0", 4) + "\n" + trailer1 << 3
        << u"NUL"_s;
    QTest::newRow("clew oversize line")
        << u"svs.tbl"_s << kClewDate + rec + QByteArray(300, 'A') + "\n" + "TOTAL RECORD 0000002\n"
        << 3 << u"longer than 256"_s;
    QTest::newRow("clew trailer inside")
        << u"svs.tbl"_s << kClewDate + rec + trailer1 + rec + "TOTAL RECORD 0000003\n"
        << 3 << u"TOTAL RECORD line before the last"_s;

    // NCIC CSV
    QTest::newRow("ncic bad header")
        << u"ncic.csv"_s << "NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST\n" + ncicRow(0, "V1") << 1
        << u"not a hot-list file"_s;
    QTest::newRow("ncic bad header, format told")
        << u"ncic-told.csv"_s << "NIC,ORI,DATE,LIC,LIS\n" + ncicRow(0, "V1") << 1
        << u"the header is not NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST,VCO"_s;
    QTest::newRow("ncic bad state")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(0, "V1") + ncicRow(4, "C4") << 3
        << u"state \"C4\""_s;
    QTest::newRow("ncic bad date") << u"ncic.csv"_s << kNcicHeader + ncicRow(2, "2026-02-30") << 2
                                   << u"DATE \"2026-02-30\" is not a date"_s;
    QTest::newRow("ncic field count")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(0, "V1") + "V2,ORI\n"
        << 3 << u"2 fields, but the header has 12"_s;
    QTest::newRow("ncic unterminated quote")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(0, "V1") + ncicRow(9, "\"MAL") << 3
        << u"never closed"_s;
    QTest::newRow("ncic control character")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(9, "MA\x1b[2JL") << 2 << u"control character"_s;
    QTest::newRow("ncic oversize field")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(9, QByteArray(65, 'M')) << 2
        << u"at most 64 are allowed"_s;
    QTest::newRow("ncic not UTF-8")
        << u"ncic.csv"_s << kNcicHeader + ncicRow(9, "MA\xff") << 2 << u"VMO is not UTF-8"_s;
    QTest::newRow("ncic only a header") << u"ncic.csv"_s << kNcicHeader << 0 << u"no records"_s;

    // Plain CSV
    QTest::newRow("csv bad header")
        << u"dept.csv"_s
        << QByteArray("plate,state,reason,case,synopsis,expires,note\n") + plainRow("7ABC123", "CA")
        << 1 << u"not a hot-list file"_s;
    QTest::newRow("csv unterminated quote")
        << u"dept.csv"_s
        << kPlainHeader + plainRow("7ABC123", "CA") +
               "8XYZ999,CA,stolen,26-1,\"never closed,2026-12-31,\n"
        << 3 << u"never closed"_s;
    QTest::newRow("csv bad expires")
        << u"dept.csv"_s << kPlainHeader + "7ABC123,CA,stolen,26-1,taken,12/31/2026,\n"
        << 2 << u"expires \"12/31/2026\" is not a date (write it like 2026-12-31)"_s;
    QTest::newRow("csv impossible expires")
        << u"dept.csv"_s << kPlainHeader + "7ABC123,CA,stolen,26-1,taken,2026-02-29,\n"
        << 2 << u"expires \"2026-02-29\" is not a date"_s;
    QTest::newRow("csv bad state")
        << u"dept.csv"_s << kPlainHeader + plainRow("7ABC123", "California") << 2
        << u"state \"California\""_s;
    QTest::newRow("csv control character in the reason")
        << u"dept.csv"_s << kPlainHeader + "7ABC123,CA,stolen\xe2\x80\xae,26-1,taken,,\n"
        << 2 << u"the reason holds a control character"_s;
    QTest::newRow("csv control character in the plate")
        << u"dept.csv"_s << kPlainHeader + "\"7ABC\n123\",CA,stolen,26-1,taken,,\n"
        << 2 << u"the plate holds a control character"_s;
    QTest::newRow("csv oversize synopsis")
        << u"dept.csv"_s
        << kPlainHeader + "7ABC123,CA,stolen,26-1," + QByteArray(2001, 's') + ",,\n"
        << 2 << u"the synopsis is 2001 characters long"_s;
    QTest::newRow("csv huge field")
        << u"dept.csv"_s << kPlainHeader + "7ABC123,CA,stolen," + QByteArray(100000, 'c') + ",s,,\n"
        << 2 << u"case_number is longer than 64"_s;
    QTest::newRow("csv empty file")
        << u"dept.csv"_s << QByteArray() << 1 << u"not a hot-list file"_s;
}

void TestHotListFormats::broken()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, says);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(file);
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(data), data.size());
    }
    HotListFormat told = HotListFormat::NcicCsv;
    const bool tell = file.contains(u"told");
    const Result<HotListFile> parsed = parseHotListFile(path, tell ? &told : nullptr);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? describeAll(*parsed).join(u'\n') : QString()));
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    const QString message = parsed.error().message;
    // The file by its name, and the line (0: the file as a whole).
    const QString where = line > 0 ? QStringLiteral("%1, line %2: ").arg(file).arg(line)
                                   : QStringLiteral("%1: ").arg(file);
    QVERIFY2(message.startsWith(where), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(dir.path()), qPrintable(message));
}

void TestHotListFormats::oversizeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.tbl"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write("DATE03/01/2026 05:30\n") > 0);
    QVERIFY(out.resize(kMaxHotListFileBytes + 1)); // sparse: nothing is written
    out.close();
    const Result<HotListFile> parsed = parseHotListFile(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("huge.tbl: the file is 257 MiB")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("256 MiB")),
             qPrintable(parsed.error().message));
}

void TestHotListFormats::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<HotListFile> missing = parseHotListFile(dir.filePath(QStringLiteral("no.tbl")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY2(missing.error().message.startsWith(QStringLiteral("no.tbl: cannot be opened")),
             qPrintable(missing.error().message));
    const Result<HotListFile> folder = parseHotListFile(dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, ErrorCode::Io);
}

void TestHotListFormats::cleaning_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("plates");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("refused");
    QTest::addColumn<int>("corrected");

    QTest::newRow("lower case") << plainRow("7abc123", "ca") << QStringList{u"7ABC123/CA"_s} << 0
                                << 0 << 0;
    QTest::newRow("spaces and dashes")
        << plainRow("7 ABC-123", "CA") + plainRow(" 8-XY Z-99 ", "NV")
        << QStringList{u"7ABC123/CA"_s, u"8XYZ99/NV"_s} << 0 << 0 << 0;
    QTest::newRow("0H is OH, C0 is CO")
        << plainRow("7ABC123", "0H") + plainRow("8ABC123", "C0")
        << QStringList{u"7ABC123/OH"_s, u"8ABC123/CO"_s} << 0 << 0 << 2;
    QTest::newRow("no state") << plainRow("7ABC123", "") << QStringList{u"7ABC123/"_s} << 0 << 0
                              << 0;
    QTest::newRow("duplicate plate+state dropped and counted")
        << plainRow("7ABC123", "CA") + plainRow("7abc-123", "ca") + plainRow("7ABC123", "CA")
        << QStringList{u"7ABC123/CA"_s} << 2 << 0 << 0;
    QTest::newRow("0H and OH are one state")
        << plainRow("7ABC123", "OH") + plainRow("7ABC123", "0H") << QStringList{u"7ABC123/OH"_s}
        << 1 << 0 << 1;
    QTest::newRow("same plate in two states kept")
        << plainRow("7ABC123", "CA") + plainRow("7ABC123", "NV")
        << QStringList{u"7ABC123/CA"_s, u"7ABC123/NV"_s} << 0 << 0 << 0;
    QTest::newRow("refused plates counted")
        << plainRow("", "CA") + plainRow("0", "CA") + plainRow("00", "CA") + plainRow("000", "CA") +
               plainRow("0 0-0", "CA") + plainRow("123456789", "CA") + plainRow("AB?123", "CA") +
               plainRow("12345678", "CA")
        << QStringList{u"12345678/CA"_s} << 0 << 7 << 0;
    QTest::newRow("eight characters is the longest plate")
        << plainRow("ABCD1234", "CA") + plainRow("ABCD12345", "CA") << QStringList{u"ABCD1234/CA"_s}
        << 0 << 1 << 0;
}

void TestHotListFormats::cleaning()
{
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, plates);
    QFETCH(int, duplicates);
    QFETCH(int, refused);
    QFETCH(int, corrected);

    const Result<HotListFile> parsed =
        parseHotListData(kPlainHeader + rows, QStringLiteral("dept.csv"));
    QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
    QCOMPARE(platesOf(*parsed), plates);
    QCOMPARE(parsed->duplicates, duplicates);
    QCOMPARE(parsed->refusedPlates, refused);
    QCOMPARE(parsed->statesCorrected, corrected);

    // The same cleaning in the NCIC format.
    QByteArray ncic = kNcicHeader;
    for (const QByteArray& row : rows.split('\n')) {
        if (row.isEmpty())
            continue;
        const QList<QByteArray> f = row.split(',');
        ncic += ncicRow(3, f[0]).replace(",CA,2026,", ',' + f[1] + ",2026,");
    }
    const Result<HotListFile> asNcic = parseHotListData(ncic, QStringLiteral("ncic.csv"));
    QVERIFY2(asNcic.ok(), qPrintable(errorOf(asNcic)));
    QCOMPARE(platesOf(*asNcic), plates);
    QCOMPARE(asNcic->duplicates, duplicates);
    QCOMPARE(asNcic->refusedPlates, refused);
    QCOMPARE(asNcic->statesCorrected, corrected);
}

void TestHotListFormats::decoding_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");

    QTest::newRow("make CHEV") << u"VMA"_s << u"CHEV"_s << u"Chevrolet"_s;
    QTest::newRow("make TOYT") << u"VMA"_s << u"TOYT"_s << u"Toyota"_s;
    QTest::newRow("make BMW, an abbreviation") << u"VMA"_s << u"BMW"_s << u"BMW"_s;
    QTest::newRow("make HOND") << u"VMA"_s << u"HOND"_s << u"Honda Motor CO., LTD"_s;
    QTest::newRow("make lower-case code") << u"VMA"_s << u"chev"_s << u"Chevrolet"_s;
    QTest::newRow("make unknown kept") << u"VMA"_s << u"ZZZZ"_s << u"ZZZZ"_s;
    QTest::newRow("style 2D") << u"VST"_s << u"2D"_s << u"2 door sedan"_s;
    QTest::newRow("style PK") << u"VST"_s << u"PK"_s << u"pickup"_s;
    QTest::newRow("style MC") << u"VST"_s << u"MC"_s << u"motorcycle"_s;
    QTest::newRow("style unknown kept") << u"VST"_s << u"Q9"_s << u"Q9"_s;
    QTest::newRow("colour RED") << u"VCO"_s << u"RED"_s << u"red"_s;
    QTest::newRow("colour DBL") << u"VCO"_s << u"DBL"_s << u"dark blue"_s;
    QTest::newRow("colour RED/BLK") << u"VCO"_s << u"RED/BLK"_s << u"red/black"_s;
    QTest::newRow("colour WHI/SIL") << u"VCO"_s << u"WHI/SIL"_s << u"white/silver"_s;
    QTest::newRow("colour MUL/COL, one code") << u"VCO"_s << u"MUL/COL"_s << u"multi colored"_s;
    QTest::newRow("colour one of two unknown") << u"VCO"_s << u"RED/XYZ"_s << u"red/XYZ"_s;
    QTest::newRow("colour unknown kept") << u"VCO"_s << u"PUR"_s << u"PUR"_s;
    QTest::newRow("colour empty") << u"VCO"_s << u""_s << u""_s;
}

void TestHotListFormats::decoding()
{
    QFETCH(QString, table);
    QFETCH(QString, code);
    QFETCH(QString, words);

    int column = 0;
    QString decoded;
    if (table == u"VMA") {
        decoded = decodeVehicleMake(code);
        column = 8;
    } else if (table == u"VST") {
        decoded = decodeVehicleStyle(code);
        column = 10;
    } else {
        decoded = decodeVehicleColor(code);
        column = 11;
    }
    QCOMPARE(decoded, words);

    // And through the NCIC file parser.
    const Result<HotListFile> parsed =
        parseHotListData(kNcicHeader + ncicRow(column, code.toUtf8()), QStringLiteral("n.csv"));
    QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
    QCOMPARE(parsed->entries.size(), 1);
    const HotListFileEntry& e = parsed->entries.front();
    QCOMPARE(column == 8 ? e.make : column == 10 ? e.style : e.color, words);
}

void TestHotListFormats::codeTablesComplete()
{
    // The complete lists of the release (resources/ncic/README.md), compiled in.
    QCOMPARE(ncicCodeCount(NcicTable::Make), 9519);
    QCOMPARE(ncicCodeCount(NcicTable::Style), 145);
    QCOMPARE(ncicCodeCount(NcicTable::Color), 32);
    QCOMPARE(ncicCodeWords(NcicTable::Make, QStringLiteral("CHEV")), QStringLiteral("CHEVROLET"));
    QCOMPARE(ncicCodeWords(NcicTable::Make, QStringLiteral("NOPE")), QString());
}

void TestHotListFormats::detection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format"); // empty: refused

    QTest::newRow("clew") << testData(QStringLiteral("svs.tbl")) << u"clew"_s;
    QTest::newRow("clew with BOM") << "\xEF\xBB\xBF" + kClewDate << u"clew"_s;
    QTest::newRow("ncic") << testData(QStringLiteral("ncic.csv")) << u"ncic-csv"_s;
    QTest::newRow("ncic lower case, spaces")
        << QByteArray("nic, ori,date,lic,lis,liy,lit,vyr,vma,vmo,vst,vco\r\n") << u"ncic-csv"_s;
    QTest::newRow("plain") << testData(QStringLiteral("department.csv")) << u"csv"_s;
    QTest::newRow("plain CRLF") << QByteArray(kPlainHeader).replace("\n", "\r\n") << u"csv"_s;
    QTest::newRow("DATE without a digit") << QByteArray("DATE: 03/01/2026\n") << u""_s;
    QTest::newRow("read file") << QByteArray("plate,state,captured_at,camera,latitude,longitude\n")
                               << u""_s;
    QTest::newRow("NCIC header missing a column")
        << QByteArray("NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST\n") << u""_s;
    QTest::newRow("plain header with an extra column") << "x," + kPlainHeader << u""_s;
    QTest::newRow("empty") << QByteArray() << u""_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u""_s;
}

void TestHotListFormats::detection()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);

    const Result<HotListFormat> detected = detectHotListFormat(data, QStringLiteral("in.txt"));
    if (format.isEmpty()) {
        QVERIFY(!detected.ok());
        QVERIFY2(detected.error().message.startsWith(QStringLiteral("in.txt, line 1: ")),
                 qPrintable(detected.error().message));
        QVERIFY2(detected.error().message.contains(QStringLiteral("DATEmm/dd/yyyy hh:mm")),
                 qPrintable(detected.error().message));
    } else {
        QVERIFY2(detected.ok(), qPrintable(errorOf(detected)));
        QCOMPARE(hotListFormatName(*detected), format);
    }
}

void TestHotListFormats::formatNames()
{
    for (const HotListFormat f :
         {HotListFormat::Clew, HotListFormat::NcicCsv, HotListFormat::Csv}) {
        HotListFormat back = f == HotListFormat::Csv ? HotListFormat::Clew : HotListFormat::Csv;
        QVERIFY(parseHotListFormat(hotListFormatName(f), &back));
        QCOMPARE(back, f);
    }
    HotListFormat untouched = HotListFormat::Clew;
    QVERIFY(!parseHotListFormat(QStringLiteral("CLEW"), &untouched));
    QVERIFY(!parseHotListFormat(QStringLiteral("json"), &untouched));
    QVERIFY(!parseHotListFormat(QString(), &untouched));
    QCOMPARE(untouched, HotListFormat::Clew);
}

void TestHotListFormats::mutatedFilesNeverCrash()
{
    // Bytes flipped, cut and repeated in each good file: every result is either
    // clean entries or an error naming the file.
    QRandomGenerator random(20260301);
    const QStringList files = {QStringLiteral("svs.tbl"), QStringLiteral("sfr.tbl"),
                               QStringLiteral("ncic.csv"), QStringLiteral("department.csv")};
    int accepted = 0;
    int refused = 0;
    for (const QString& name : files) {
        const QByteArray good = testData(name);
        for (int round = 0; round < 400; ++round) {
            QByteArray data = good;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(data.size()));
                switch (random.bounded(4)) {
                case 0:
                    data[at] = char(random.bounded(256));
                    break;
                case 1:
                    data.truncate(at);
                    break;
                case 2:
                    data.insert(at, data.mid(random.bounded(int(data.size())), 8));
                    break;
                default:
                    data.remove(at, 1 + random.bounded(6));
                    break;
                }
                if (data.isEmpty())
                    data = "D";
            }
            const Result<HotListFile> parsed = parseHotListData(data, name);
            if (!parsed.ok()) {
                ++refused;
                QVERIFY2(parsed.error().message.startsWith(name + u':') ||
                             parsed.error().message.startsWith(name + u','),
                         qPrintable(parsed.error().message));
                continue;
            }
            ++accepted;
            for (const HotListFileEntry& e : parsed->entries) {
                QVERIFY(!e.plate.isEmpty() && e.plate.size() <= 8);
                for (const QChar c : e.plate)
                    QVERIFY((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'));
                QVERIFY(e.state.isEmpty() || e.state.size() == 2);
                QVERIFY(e.line >= 2);
            }
        }
    }
    QVERIFY(accepted > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestHotListFormats)
#include "tst_hotlistformats.moc"
