// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/misreadtable.h"

#include <QTest>

using namespace alpr;

namespace {

quint64 maskOf(const char* chars)
{
    quint64 mask = 0;
    for (const char* c = chars; *c; ++c)
        mask |= quint64(1) << plateSymbolIndex(*c);
    return mask;
}

} // namespace

class TestMisreadTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbolIndex_data();
    void symbolIndex();
    void defaults_data();
    void defaults();
    void defaultsLeaveOthersAlone();
    void emptyTable();
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
};

void TestMisreadTable::symbolIndex_data()
{
    QTest::addColumn<char>("c");
    QTest::addColumn<int>("index");
    QTest::newRow("A") << 'A' << 0;
    QTest::newRow("M") << 'M' << 12;
    QTest::newRow("Z") << 'Z' << 25;
    QTest::newRow("0") << '0' << 26;
    QTest::newRow("5") << '5' << 31;
    QTest::newRow("9") << '9' << 35;
    QTest::newRow("lower a") << 'a' << -1;
    QTest::newRow("space") << ' ' << -1;
    QTest::newRow("@ before A") << '@' << -1;
    QTest::newRow("[ after Z") << '[' << -1;
    QTest::newRow("/ before 0") << '/' << -1;
    QTest::newRow(": after 9") << ':' << -1;
    QTest::newRow("NUL") << '\0' << -1;
    QTest::newRow("high byte") << char(0xC9) << -1;
}

void TestMisreadTable::symbolIndex()
{
    QFETCH(char, c);
    QFETCH(int, index);
    QCOMPARE(plateSymbolIndex(c), index);
}

void TestMisreadTable::defaults_data()
{
    QTest::addColumn<char>("c");
    QTest::addColumn<QString>("confusable");
    const char* classes[] = {"0ODQ", "1I", "2Z", "5S", "8B", "6G"};
    for (const char* cls : classes) {
        for (const char* c = cls; *c; ++c) {
            QTest::addRow("%c in %s", *c, cls) << *c << QString::fromLatin1(cls);
        }
    }
}

void TestMisreadTable::defaults()
{
    QFETCH(char, c);
    QFETCH(QString, confusable);
    const MisreadTable table = MisreadTable::defaults();
    QCOMPARE(table.classMask(c), maskOf(confusable.toLatin1().constData()));
}

void TestMisreadTable::defaultsLeaveOthersAlone()
{
    const MisreadTable table = MisreadTable::defaults();
    QCOMPARE(table.toString(), QStringLiteral("0ODQ 1I 2Z 5S 8B 6G"));
    QVERIFY(!table.isEmpty());
    for (char c : {'A', 'C', 'E', 'H', 'M', 'X', '3', '4', '7', '9'})
        QCOMPARE(table.classMask(c), maskOf(QByteArray(1, c).constData()));
    QCOMPARE(table.classMask('o'), quint64(0));
    QCOMPARE(table.classMask('-'), quint64(0));
}

void TestMisreadTable::emptyTable()
{
    const MisreadTable table;
    QVERIFY(table.isEmpty());
    QCOMPARE(table.toString(), QString());
    QCOMPARE(table.classMask('0'), maskOf("0"));
    QCOMPARE(table.classMask('O'), maskOf("O"));

    const Result<MisreadTable> parsed = MisreadTable::parse(QStringLiteral(" , "));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->isEmpty());
    QVERIFY(*parsed == table);
    QVERIFY(!(*parsed == MisreadTable::defaults()));
}

void TestMisreadTable::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<char>("probe");
    QTest::addColumn<QString>("probeClass");

    QTest::newRow("defaults written out")
        << QStringLiteral("0ODQ 1I 2Z 5S 8B 6G") << QStringLiteral("0ODQ 1I 2Z 5S 8B 6G") << 'D'
        << QStringLiteral("0ODQ");
    QTest::newRow("commas") << QStringLiteral("0ODQ,1I,2Z") << QStringLiteral("0ODQ 1I 2Z") << 'I'
                            << QStringLiteral("1I");
    QTest::newRow("commas and spaces")
        << QStringLiteral("  0O , 1IL,,  7T  ") << QStringLiteral("0O 1IL 7T") << 'L'
        << QStringLiteral("1IL");
    QTest::newRow("lower case") << QStringLiteral("0odq 1i") << QStringLiteral("0ODQ 1I") << 'Q'
                                << QStringLiteral("0ODQ");
    QTest::newRow("tabs and newline")
        << QStringLiteral("8B\t6G\n") << QStringLiteral("8B 6G") << 'G' << QStringLiteral("6G");
    QTest::newRow("custom class") << QStringLiteral("HMN") << QStringLiteral("HMN") << 'M'
                                  << QStringLiteral("HMN");
    QTest::newRow("char outside any class")
        << QStringLiteral("HMN") << QStringLiteral("HMN") << '0' << QStringLiteral("0");
}

void TestMisreadTable::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(char, probe);
    QFETCH(QString, probeClass);

    const Result<MisreadTable> table = MisreadTable::parse(text);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->toString(), canonical);
    QCOMPARE(table->classMask(probe), maskOf(probeClass.toLatin1().constData()));

    // Written back and read again, it is the same table.
    const Result<MisreadTable> again = MisreadTable::parse(table->toString());
    QVERIFY(again.ok());
    QVERIFY(*again == *table);
    QCOMPARE(again->toString(), canonical);
}

void TestMisreadTable::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("percent") << QStringLiteral("0ODQ 1%") << QStringLiteral("\"%\" at position 7");
    QTest::newRow("dash") << QStringLiteral("0-O") << QStringLiteral("\"-\" at position 2");
    QTest::newRow("semicolon") << QStringLiteral("0O;1I") << QStringLiteral("\";\" at position 3");
    QTest::newRow("accented") << QStringLiteral("0O 1\u00C9") << QStringLiteral("\"\u00C9\"");
    QTest::newRow("control") << QStringLiteral("0O\u00011I") << QStringLiteral("U+0001");
    QTest::newRow("char in two classes")
        << QStringLiteral("0OD 8B DQ")
        << QStringLiteral("\"D\" is in two classes, \"0OD\" and \"DQ\"");
    QTest::newRow("same char twice in a class") << QStringLiteral("0O0") << QStringLiteral("twice");
    QTest::newRow("same char twice, other case") << QStringLiteral("Oo") << QStringLiteral("twice");
    QTest::newRow("class of one") << QStringLiteral("0ODQ 1 2Z")
                                  << QStringLiteral("class \"1\" has only one character");
    QTest::newRow("class of one at the end")
        << QStringLiteral("0ODQ,Z") << QStringLiteral("class \"Z\" has only one character");
}

void TestMisreadTable::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const Result<MisreadTable> table = MisreadTable::parse(text);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::Invalid);
    QVERIFY2(table.error().message.contains(fragment), qPrintable(table.error().message));
    QVERIFY2(table.error().message.contains(text), qPrintable(table.error().message));
}

QTEST_GUILESS_MAIN(TestMisreadTable)
#include "tst_misreadtable.moc"
