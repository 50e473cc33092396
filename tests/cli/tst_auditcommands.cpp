// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The auditor's commands end to end through the real alprctl on a demo store:
// notes, opened reads and images, samples, findings, the memo, cases, purposes.
#include "../support/clirunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassword = u"demo-password-2026"_s;
}

class TestAuditCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_searchId = 0;
    qint64 m_readId = 0;

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    CliRun search(const QString& pattern, const QStringList& extra = {})
    {
        return as(u"detective"_s, QStringList{u"search"_s, u"--case"_s, u"26-004211"_s,
                                              u"--purpose"_s, u"stolen-vehicle"_s, u"--json"_s} +
                                      extra + QStringList{pattern});
    }

    // The half-year we are in: the searches of this test fall into it.
    static QString thisHalf()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return QStringLiteral("%1-H%2").arg(today.year()).arg(today.month() <= 6 ? 1 : 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"demo.alprdb"_s);
        const CliRun demo = runAlprctl(
            {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"300"_s, u"--seed"_s, u"11"_s},
            {{u"ALPR_PASSWORD"_s, kPassword}});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QStringList patterns{u"7*"_s, u"*1"_s, u"6*"_s,  u"*9"_s, u"4*"_s, u"3*"_s,
                                   u"2*"_s, u"1*"_s, u"*A*"_s, u"*2"_s, u"5*"_s, u"8*"_s};
        for (const QString& p : patterns) {
            const CliRun r = search(p, {u"--limit"_s, u"1"_s});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = r.json();
            if (m_readId == 0 && !o.value(u"reads"_s).toArray().isEmpty()) {
                m_searchId = o.value(u"search_id"_s).toInteger();
                m_readId =
                    o.value(u"reads"_s).toArray().first().toObject().value(u"id"_s).toInteger();
            }
        }
        QVERIFY(m_readId > 0);
    }

    void noteIsKeptOrRefused()
    {
        CliRun ok = search(u"7*"_s, {u"--note"_s, u"witness: started with 7"_s});
        QCOMPARE(ok.exitCode, 0);
        CliRun ssn = search(u"7*"_s, {u"--note"_s, u"owner 123-45-6789"_s});
        QCOMPARE(ssn.exitCode, 1);
        QVERIFY(ssn.err.contains(u"Social Security number"_s));
        QVERIFY(!ssn.err.contains(u"6789"_s));
        CliRun dob = search(u"7*"_s, {u"--note"_s, u"DOB 04/05/1985"_s});
        QCOMPARE(dob.exitCode, 1);
        QVERIFY(dob.err.contains(u"date of birth"_s));
        // Even a user refused for want of permission has the note kept out of the record.
        CliRun dispatcher = as(u"dispatcher"_s, {u"canvass"_s, u"--case"_s, u"26-004211"_s,
                                                 u"--purpose"_s, u"stolen-vehicle"_s, u"--at"_s,
                                                 u"37.4,-122.1,500,2026-11-01,2026-11-02"_s,
                                                 u"--note"_s, u"owner 123-45-6789"_s});
        QCOMPARE(dispatcher.exitCode, 2); // canvass reports bad input as a usage error
        QVERIFY(dispatcher.err.contains(u"Social Security number"_s));
        const CliRun list = as(
            u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, u"search,canvass"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"witness: started with 7"_s));
        // In what the events say, not in their hashes and signatures (hex
        // and base64, where any four digits turn up by chance).
        QString said;
        for (const QJsonValue& e : QJsonDocument::fromJson(list.out.toUtf8()).array())
            said += QString::fromUtf8(
                QJsonDocument(e.toObject().value(u"details"_s).toObject()).toJson());
        QVERIFY(said.contains(u"witness: started with 7"_s));
        QVERIFY(!said.contains(u"6789"_s));
        QVERIFY(!said.contains(u"1985"_s));
    }

    void readAndImageUnderASearch()
    {
        CliRun read = as(u"detective"_s, {u"read"_s, u"show"_s, QString::number(m_readId),
                                          u"--search"_s, QString::number(m_searchId), u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QCOMPARE(read.json().value(u"id"_s).toInteger(), m_readId);
        const QString jpeg = m_dir.filePath(u"plate.jpg"_s);
        CliRun image = as(u"detective"_s, {u"read"_s, u"show"_s, QString::number(m_readId),
                                           u"--search"_s, QString::number(m_searchId), u"--image"_s,
                                           u"plate"_s, u"--out"_s, jpeg});
        QVERIFY2(image.exitCode == 0, qPrintable(image.err));
        QFile f(jpeg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(3) == QByteArray("\xFF\xD8\xFF", 3));
        const QString png = m_dir.filePath(u"plate-enhanced.png"_s);
        CliRun enhanced =
            as(u"detective"_s, {u"read"_s, u"show"_s, QString::number(m_readId), u"--search"_s,
                                QString::number(m_searchId), u"--image"_s, u"plate"_s,
                                u"--enhance"_s, u"--out"_s, png});
        QVERIFY2(enhanced.exitCode == 0, qPrintable(enhanced.err));
        QFile e(png);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QVERIFY(e.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        // Someone else's search does not cover this user.
        CliRun other = as(u"records"_s, {u"read"_s, u"show"_s, QString::number(m_readId),
                                         u"--search"_s, QString::number(m_searchId)});
        QCOMPARE(other.exitCode, 4);
        CliRun list = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s,
                                        u"view-read,view-image"_s, u"--json"_s});
        const QJsonArray events = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(events.size(), 3);
        QVERIFY(
            events.last().toObject().value(u"details"_s).toObject().value(u"enhanced"_s).toBool());
        for (const QJsonValue& v : events) {
            const QJsonObject d = v.toObject().value(u"details"_s).toObject();
            QCOMPARE(d.value(u"case"_s).toString(), u"26-004211"_s);
            QCOMPARE(d.value(u"purpose"_s).toString(), u"stolen-vehicle"_s);
            QVERIFY(!d.value(u"organization"_s).toString().isEmpty());
        }
    }

    void listFilters()
    {
        // A second --user names whose events; the first is who signs in.
        CliRun byUser = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--user"_s, u"detective"_s,
                                          u"--action"_s, u"search"_s, u"--json"_s});
        QCOMPARE(byUser.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(byUser.out.toUtf8()).array();
        QVERIFY(events.size() >= 12);
        for (const QJsonValue& v : events)
            QCOMPARE(v.toObject().value(u"user"_s).toString(), u"detective"_s);
        CliRun csv = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--case"_s, u"26-004211"_s,
                                       u"--csv"_s, m_dir.filePath(u"trail.csv"_s)});
        QCOMPARE(csv.exitCode, 0);
        QFile f(m_dir.filePath(u"trail.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("seq,at_utc,user,organization"));
        CliRun bad = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--from"_s, u"yesterday"_s});
        QCOMPARE(bad.exitCode, 2);
        CliRun detective = as(u"detective"_s, {u"audit"_s, u"list"_s});
        QCOMPARE(detective.exitCode, 4);
    }

    void caseShow()
    {
        CliRun c = as(u"detective"_s, {u"case"_s, u"show"_s, u"26-004211"_s, u"--json"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const QJsonObject o = c.json();
        QCOMPARE(o.value(u"case"_s).toString(), u"26-004211"_s);
        QCOMPARE(o.value(u"first_user"_s).toString(), u"detective"_s);
        QVERIFY(o.value(u"searches"_s).toInt() >= 13);
        QVERIFY(o.value(u"refused"_s).toInt() >= 2);
        // Someone who never worked the case may not see it.
        CliRun records = as(u"records"_s, {u"case"_s, u"show"_s, u"26-004211"_s});
        QCOMPARE(records.exitCode, 4);
        CliRun auditor = as(u"auditor"_s, {u"case"_s, u"show"_s, u"26-004211"_s});
        QCOMPARE(auditor.exitCode, 0);
        QVERIFY(auditor.out.contains(u"7*"_s));
    }

    void purposes()
    {
        CliRun list = as(u"detective"_s, {u"purpose"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"stolen-vehicle"_s));
        CliRun add = as(u"admin"_s,
                        {u"purpose"_s, u"add"_s, u"hit-and-run"_s, u"--description"_s,
                         u"Hit-and-run collision"_s, u"--policy-ref"_s, u"Los Altos 462.6(c)"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        CliRun prohibited = as(u"admin"_s, {u"purpose"_s, u"add"_s, u"immigration-status"_s,
                                            u"--description"_s, u"Check immigration status"_s});
        QCOMPARE(prohibited.exitCode, 4);
        QVERIFY(prohibited.err.contains(u"immigration"_s));
        CliRun detective = as(u"detective"_s, {u"purpose"_s, u"retire"_s, u"hit-and-run"_s});
        QCOMPARE(detective.exitCode, 4);
        CliRun retire = as(u"admin"_s, {u"purpose"_s, u"retire"_s, u"hit-and-run"_s});
        QCOMPARE(retire.exitCode, 0);
        CliRun search = as(u"detective"_s, {u"search"_s, u"--case"_s, u"26-004211"_s,
                                            u"--purpose"_s, u"hit-and-run"_s, u"7*"_s});
        QCOMPARE(search.exitCode, 4);
    }

    // audit show reads the checks through core's checkSummary, as the console
    // and the memo do: a search under a purpose retired since is said, not
    // flagged.
    void showSaysAPurposeRetiredSince()
    {
        CliRun retire = as(u"admin"_s, {u"purpose"_s, u"retire"_s, u"stolen-vehicle"_s});
        QVERIFY2(retire.exitCode == 0, qPrintable(retire.err));
        CliRun drawn = as(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"searches"_s,
                                         u"--period"_s, thisHalf(), u"--seed"_s, u"5"_s});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QVERIFY2(drawn.out.contains(u"checks: record complete, case and purpose valid; purpose "
                                    u"\"stolen-vehicle\" has been retired since"_s),
                 qPrintable(drawn.out));
        QVERIFY(!drawn.out.contains(u"not an authorized purpose"_s));
        CliRun reinstate = as(u"admin"_s, {u"purpose"_s, u"reinstate"_s, u"stolen-vehicle"_s});
        QVERIFY2(reinstate.exitCode == 0, qPrintable(reinstate.err));
    }

    void compactTheStore()
    {
        CliRun detective = as(u"detective"_s, {u"store"_s, u"compact"_s});
        QCOMPARE(detective.exitCode, 4);
        CliRun admin = as(u"admin"_s, {u"store"_s, u"compact"_s});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QVERIFY(admin.out.contains(u"MB after"_s));
        CliRun verify = as(u"auditor"_s, {u"audit"_s, u"verify"_s});
        QCOMPARE(verify.exitCode, 0);
    }

    // Last: it changes the case number format of the store.
    void settingsChangeTheCaseFormatAndMisreads()
    {
        CliRun detective =
            as(u"detective"_s, {u"settings"_s, u"set"_s, u"--misread-table"_s, u"0O"_s});
        QCOMPARE(detective.exitCode, 4);
        CliRun badExample =
            as(u"admin"_s, {u"settings"_s, u"set"_s, u"--case-format"_s, u"^LA[0-9]{6}$"_s});
        QCOMPARE(badExample.exitCode, 1);
        QVERIFY(badExample.err.contains(u"26-004211"_s));
        CliRun badTable =
            as(u"admin"_s, {u"settings"_s, u"set"_s, u"--misread-table"_s, u"0O 0D"_s});
        QCOMPARE(badTable.exitCode, 1);
        CliRun set = as(u"admin"_s, {u"settings"_s, u"set"_s, u"--case-format"_s, u"^LA[0-9]{6}$"_s,
                                     u"--case-example"_s, u"LA004211"_s, u"--json"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.json().value(u"case_number_example"_s).toString(), u"LA004211"_s);
        CliRun old = search(u"7*"_s);
        QCOMPARE(old.exitCode, 4);
        QVERIFY(old.err.contains(u"LA004211"_s));
        CliRun audit = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s,
                                         u"settings-changed"_s, u"--json"_s});
        // The demo store's agency is one change; the case number format the other.
        int department = 0;
        for (const QJsonValue& e : QJsonDocument::fromJson(audit.out.toUtf8()).array())
            department += e[u"object"_s] == u"settings:department"_s ? 1 : 0;
        QCOMPARE(department, 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommands)
#include "tst_auditcommands.moc"
