// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl search and canvass --query-file: the query off the command line
// (ps shows a command line to every local user), checked strictly.
#include "../support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using alpr::test::CliRun;

class TestQueryFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString writeQuery(const QString& name, const QByteArray& json)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            return {};
        return path;
    }

    CliRun run(const QStringList& args)
    {
        return alpr::test::runAlprctl(
            QStringList{u"--store"_s, m_store, u"--user"_s, u"detective"_s} + args,
            {{u"ALPR_PASSWORD"_s, u"demo-password-2026"_s}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"query.alprdb"_s);
        const CliRun made = alpr::test::runAlprctl(
            {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"60"_s, u"--no-images"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    // The same search from a file as from options: same case, purpose,
    // pattern and reads; the note goes into the record.
    void searchFromAFile()
    {
        const CliRun direct = run({u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                   u"stolen-vehicle"_s, u"--json"_s, u"*1*"_s});
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        const QString file =
            writeQuery(u"search.json"_s,
                       "{\"case\": \"26-004211\", \"purpose\": \"stolen-vehicle\", \"pattern\": "
                       "\"*1*\", \"note\": \"from a file\", \"candidates\": true}");
        const CliRun fromFile = run({u"search"_s, u"--query-file"_s, file, u"--json"_s});
        QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
        QCOMPARE(fromFile.json().value(u"case"_s).toString(), u"26-004211"_s);
        QCOMPARE(fromFile.json().value(u"purpose"_s).toString(), u"stolen-vehicle"_s);
        QCOMPARE(fromFile.json().value(u"count"_s), direct.json().value(u"count"_s));
        QVERIFY(fromFile.json().value(u"count"_s).toInt() > 0);
    }

    void searchFromStandardInput()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALPR_PASSWORD"_s, u"demo-password-2026"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ALPRCTL), {u"--store"_s, m_store, u"--user"_s, u"detective"_s,
                                          u"search"_s, u"--query-file"_s, u"-"_s, u"--json"_s});
        QVERIFY(p.waitForStarted());
        p.write("{\"case\": \"26-004212\", \"purpose\": \"witness-victim\", \"pattern\": \"*2*\"}");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(out.value(u"case"_s).toString(), u"26-004212"_s);
        QCOMPARE(out.value(u"pattern"_s).toString(), u"*2*"_s);
    }

    void canvassFromAFile()
    {
        const QString file =
            writeQuery(u"canvass.json"_s,
                       "{\"case\": \"26-004213\", \"purpose\": \"criminal-investigation\", \"at\": "
                       "[\"37.4021,-122.1125,50000,2020-01-01,2020-01-31\"], \"min_windows\": 1}");
        const CliRun r = run({u"canvass"_s, u"--query-file"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"case"_s).toString(), u"26-004213"_s);
        QCOMPARE(r.json().value(u"windows"_s).toArray().size(), 1);
    }

    // Each refusal names the key (or the option) and nothing is searched.
    void badFilesAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("said");
        const QByteArray ok = "\"case\": \"26-004211\", \"purpose\": \"stolen-vehicle\"";
        QTest::newRow("unknown key")
            << u"search"_s << "{" + ok + ", \"pattern\": \"7*\", \"cse\": \"x\"}" << QStringList{}
            << u"\"cse\" is not a search key"_s;
        QTest::newRow("wrong type")
            << u"search"_s
            << QByteArray("{\"case\": 26004211, \"purpose\": \"x\", \"pattern\": \"7*\"}")
            << QStringList{} << u"\"case\" must be a string, not a number"_s;
        QTest::newRow("flag not a bool")
            << u"search"_s << "{" + ok + ", \"pattern\": \"7*\", \"misread\": \"yes\"}"
            << QStringList{} << u"\"misread\" must be true or false"_s;
        QTest::newRow("over-long note")
            << u"search"_s
            << "{" + ok + ", \"pattern\": \"7*\", \"note\": \"" + QByteArray(501, 'n') + "\"}"
            << QStringList{} << u"\"note\" is 501 characters long; at most 500"_s;
        QTest::newRow("also on the command line")
            << u"search"_s << "{" + ok + ", \"pattern\": \"7*\"}"
            << QStringList{u"--case"_s, u"26-000001"_s}
            << u"\"case\" is also given on the "
               u"command line (--case)"_s;
        QTest::newRow("pattern twice") << u"search"_s << "{" + ok + ", \"pattern\": \"7*\"}"
                                       << QStringList{u"8*"_s} << u"(the PATTERN)"_s;
        QTest::newRow("not an object") << u"search"_s << QByteArray("[\"26-004211\"]")
                                       << QStringList{} << u"must hold one JSON object"_s;
        QTest::newRow("not JSON") << u"search"_s << QByteArray("{\"case\": ") << QStringList{}
                                  << u"is not JSON"_s;
        QTest::newRow("canvass key in a search")
            << u"search"_s << "{" + ok + ", \"pattern\": \"7*\", \"at\": []}" << QStringList{}
            << u"\"at\" is not a search key"_s;
        QTest::newRow("too many windows")
            << u"canvass"_s
            << "{" + ok + ", \"at\": [" + QByteArray("\"a\",").repeated(11) + "\"a\"]}"
            << QStringList{} << u"\"at\" has 12 entries; at most 10"_s;
        QTest::newRow("window not a string")
            << u"canvass"_s << "{" + ok + ", \"at\": [1]}" << QStringList{}
            << u"\"at\" must hold strings, not a number"_s;
    }

    void badFilesAreRefusedNamingTheKey()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, json);
        QFETCH(QStringList, extra);
        QFETCH(QString, said);
        const QString file = writeQuery(u"bad.json"_s, json);
        QVERIFY(!file.isEmpty());
        const CliRun r = run(QStringList{command, u"--query-file"_s, file} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void overLargeFileIsRefused()
    {
        const QString file = writeQuery(u"large.json"_s, QByteArray(70000, ' ') + "{}");
        const CliRun r = run({u"search"_s, u"--query-file"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is over 65536 bytes"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestQueryFile)
#include "tst_queryfile.moc"
