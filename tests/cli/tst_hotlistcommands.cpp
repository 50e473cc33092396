// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hotlist and hits as a user types them, on a real demo store: lists
// by role, CLEW imports with the shrink refusal and broken files, the BOLO
// rules (Los Altos 462.4(h)), and the hits that imported reads make. Built
// twice: on the store file (cli_hotlistcommands), and with
// ALPR_TEST_DEPARTMENT on a throwaway PostgreSQL server that the same demo
// file was migrated into (cli_department_hotlistcommands), where the server
// checks the rules, records each access and matches the reads.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"demo-password-2026"_s;
const QString kBolos = u"Test BOLOs"_s;
const QString kCase = u"26-004211"_s;

// A CLEW extract as the DOJ lays it out: DATE line (California local time),
// plate 1-8, state 9-10, county 11-12, date 13-20, then the trailer.
QByteArray clew(const QStringList& plates, int trailerCount = -1)
{
    const QDateTime extract = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(
        QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
    QByteArray out = "DATE" + extract.toString(u"MM/dd/yyyy hh:mm"_s).toLatin1() + "\r\n";
    for (const QString& p : plates)
        out += p.leftJustified(8).toLatin1() + "CA0120261201\r\n";
    if (trailerCount != -2)
        out += "TOTAL RECORD " +
               QByteArray::number(trailerCount < 0 ? plates.size() : trailerCount)
                   .rightJustified(7, '0') +
               "\r\n";
    return out;
}

} // namespace

class TestHotListCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    int m_plate = 0;
    QMap<QString, QString> m_passwords; // of the accounts the test adds

    CliRun as(const QString& user, const QStringList& args, const QString& password = kPassword)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, password}});
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int entryCount(const QString& list)
    {
        const CliRun r = as(u"admin"_s, {u"hotlist"_s, u"show"_s, list, u"--json"_s});
        return r.exitCode == 0 ? r.json().value(u"entries"_s).toInt() : -1;
    }

    // A BOLO no other row uses: plates "BL" + a running number, a whole plate.
    CliRun addEntry(const QString& user, const QStringList& overrides = {})
    {
        QStringList args{u"hotlist"_s,
                         u"entry"_s,
                         u"add"_s,
                         u"--list"_s,
                         kBolos,
                         u"--plate"_s,
                         nextPlate(),
                         u"--reason"_s,
                         u"theft"_s,
                         u"--case"_s,
                         kCase,
                         u"--synopsis"_s,
                         u"Grey sedan seen leaving the scene"_s};
        for (qsizetype i = 0; i + 1 < overrides.size(); i += 2) {
            const qsizetype at = args.indexOf(overrides.at(i));
            if (at < 0)
                args << overrides.at(i) << overrides.at(i + 1);
            else
                args[at + 1] = overrides.at(i + 1);
        }
        return as(user, args, m_passwords.value(user, kPassword));
    }

    QString nextPlate() { return u"BL%1"_s.arg(++m_plate, 4, 10, QLatin1Char('0')); }

    static qint64 addedId(const CliRun& r)
    {
        // "Entry 57 added to ..."
        return r.out.section(u' ', 1, 1).toLongLong();
    }

    QJsonObject entry(qint64 id)
    {
        return as(u"admin"_s,
                  {u"hotlist"_s, u"entry"_s, u"show"_s, QString::number(id), u"--json"_s})
            .json();
    }

    QJsonArray auditEvents(const QString& action)
    {
        const CliRun r = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, action,
                                           u"--limit"_s, u"5000"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // A person's account with several roles, signed in once to set its own
    // password and trained, so it reaches ALPR data.
    void addPerson(const QString& name, const QString& roles)
    {
        const QString temporary = u"first-temporary-ember"_s;
        const QString own = u"walnut-glacier-sonnet"_s;
        CliRun r =
            runAlprctl({u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, name,
                        u"--roles"_s, roles},
                       {{u"ALPR_PASSWORD"_s, kPassword}, {u"ALPR_NEW_PASSWORD"_s, temporary}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAlprctl({u"--store"_s, m_store, u"--user"_s, name, u"user"_s, u"passwd"_s, name},
                       {{u"ALPR_PASSWORD"_s, temporary}, {u"ALPR_NEW_PASSWORD"_s, own}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"admin"_s,
               {u"user"_s, u"train"_s, name, u"--course"_s, u"ALPR policy"_s, u"--completed"_s,
                QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_passwords.insert(name, own);
    }

    CliRun asAny(const QString& user, const QStringList& args)
    {
        return as(user, args, m_passwords.value(user, kPassword));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"hotlists.alprdb"_s);
        const CliRun demo = runAlprctl({u"demo"_s, u"--store"_s, m_store, u"--no-images"_s,
                                        u"--reads"_s, u"200"_s, u"--seed"_s, u"13"_s},
                                       {{u"ALPR_PASSWORD"_s, kPassword}});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store =
            alpr::test::DepartmentFixture::migrateDemo(u"hotlists"_s, m_store, kPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
        const CliRun bolos =
            as(u"admin"_s, {u"hotlist"_s, u"create"_s, kBolos, u"--kind"_s, u"department"_s,
                            u"--purpose"_s, u"criminal-investigation"_s});
        QVERIFY2(bolos.exitCode == 0, qPrintable(bolos.err));
        // An administrator who is also a detective, a supervisor who is also
        // a dispatcher: the accounts for whom "never your own" matters.
        addPerson(u"admdet"_s, u"administrator,detective"_s);
        addPerson(u"sgtdisp"_s, u"dispatcher,supervisor"_s);
    }

    void createListByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("administrator") << u"admin"_s << 0;
        QTest::newRow("detective") << u"detective"_s << 4;
        QTest::newRow("dispatcher") << u"dispatcher"_s << 4;
        QTest::newRow("supervisor") << u"supervisor"_s << 4;
        QTest::newRow("auditor") << u"auditor"_s << 4;
    }

    void createListByRole()
    {
        QFETCH(QString, user);
        QFETCH(int, exitCode);
        const QString name = u"Made by %1"_s.arg(user);
        const CliRun r = as(user, {u"hotlist"_s, u"create"_s, name, u"--kind"_s, u"department"_s,
                                   u"--purpose"_s, u"stolen-vehicle"_s, u"--priority"_s, u"40"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        const CliRun list = as(u"admin"_s, {u"hotlist"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.contains(u"\"%1\""_s.arg(name)), exitCode == 0);
    }

    // Records staff and auditors do not work with hot lists: their entries
    // hold plates, so not even a listing.
    void listsRefusedToOthers()
    {
        for (const QString& user : {u"records"_s, u"auditor"_s})
            for (const QStringList& args :
                 {QStringList{u"hotlist"_s, u"list"_s},
                  QStringList{u"hotlist"_s, u"show"_s, kBolos},
                  QStringList{u"hotlist"_s, u"entry"_s, u"show"_s, u"1"_s}}) {
                const CliRun r = as(user, args);
                QVERIFY2(r.exitCode == 4, qPrintable(user + u": "_s + args.join(u' ') + r.err));
            }
        // Nor a dispatcher whose training is not on record.
        const QString temporary = u"first-temporary-ember"_s;
        CliRun r =
            runAlprctl({u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s,
                        u"newdisp"_s, u"--roles"_s, u"dispatcher"_s},
                       {{u"ALPR_PASSWORD"_s, kPassword}, {u"ALPR_NEW_PASSWORD"_s, temporary}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runAlprctl({u"--store"_s, m_store, u"--user"_s, u"newdisp"_s, u"user"_s, u"passwd"_s,
                        u"newdisp"_s},
                       {{u"ALPR_PASSWORD"_s, temporary}, {u"ALPR_NEW_PASSWORD"_s, kPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"newdisp"_s, {u"hotlist"_s, u"show"_s, kBolos});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"training"_s), qPrintable(r.err));
    }

    void hostileListNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("line break") << u"Stolen\nFAKE LINE"_s << u"control character"_s;
        QTest::newRow("terminal code") << u"Stolen\x1b[2J"_s << u"control character"_s;
        QTest::newRow("100 kB") << QString(100'000, u'A') << u"at most 64"_s;
    }

    // Refused, never echoed back: a line break cannot fake an output line.
    void hostileListNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        for (const QStringList& args :
             {QStringList{u"hotlist"_s, u"create"_s, name, u"--kind"_s, u"general"_s,
                          u"--purpose"_s, u"stolen-vehicle"_s},
              QStringList{u"hotlist"_s, u"show"_s, name},
              QStringList{u"hotlist"_s, u"entry"_s, u"add"_s, u"--list"_s, name, u"--plate"_s,
                          u"7AB*"_s, u"--reason"_s, u"theft"_s, u"--case"_s, kCase, u"--synopsis"_s,
                          u"x"_s}}) {
            const CliRun r = as(args.at(1) == u"entry"_s ? u"detective"_s : u"admin"_s, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err.left(300)));
            QVERIFY(!r.err.contains(u"FAKE LINE"_s));
            QVERIFY(r.err.size() < 1000);
        }
    }

    void importCountsShrinkAndAllowShrink()
    {
        const QString list = u"Test SVS"_s;
        CliRun r = as(u"admin"_s, {u"hotlist"_s, u"create"_s, list, u"--kind"_s, u"general"_s,
                                   u"--purpose"_s, u"stolen-vehicle"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Six plates, one row repeated: six entries, one duplicate dropped.
        const QString full =
            writeFile(u"svs.tbl"_s, clew({u"6SVS001"_s, u"6SVS002"_s, u"6SVS003"_s, u"6SVS004"_s,
                                          u"6SVS005"_s, u"SVS006"_s, u"6SVS001"_s}));
        r = as(u"admin"_s, {u"hotlist"_s, u"import"_s, full, u"--list"_s, list, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"format"_s).toString(), u"clew"_s);
        QCOMPARE(r.json().value(u"before"_s).toInt(), 0);
        QCOMPARE(r.json().value(u"loaded"_s).toInt(), 6);
        QCOMPARE(r.json().value(u"duplicates"_s).toInt(), 1);
        QVERIFY(!r.json().value(u"extract_time"_s).toString().isEmpty());
        QCOMPARE(entryCount(list), 6);

        // Not stale: the extract is an hour old.
        r = as(u"admin"_s, {u"hotlist"_s, u"stale"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(list), qPrintable(r.out));

        // Two of six: a truncated download must not clear the list.
        const QString small = writeFile(u"svs-small.tbl"_s, clew({u"6SVS001"_s, u"6SVS002"_s}));
        r = as(u"admin"_s, {u"hotlist"_s, u"import"_s, small, u"--list"_s, list});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"svs-small.tbl"_s) && r.err.contains(u"--allow-shrink"_s),
                 qPrintable(r.err));
        QCOMPARE(entryCount(list), 6);

        // Three of six is not less than half: loaded.
        r = as(u"admin"_s,
               {u"hotlist"_s, u"import"_s,
                writeFile(u"svs-half.tbl"_s, clew({u"6SVS001"_s, u"6SVS002"_s, u"6SVS003"_s})),
                u"--list"_s, list});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entryCount(list), 3);

        // One of three with --allow-shrink: the administrator says it shrank.
        r = as(u"admin"_s,
               {u"hotlist"_s, u"import"_s, writeFile(u"svs-one.tbl"_s, clew({u"6SVS001"_s})),
                u"--list"_s, list, u"--allow-shrink"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entryCount(list), 1);

        // Only administrators (and the maintenance account) import.
        r = as(u"detective"_s, {u"hotlist"_s, u"import"_s, full, u"--list"_s, list});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(entryCount(list), 1);

        // The refusal is in the trail with its counts.
        bool refused = false;
        for (const QJsonValue& v : auditEvents(u"hotlist-imported"_s)) {
            const QJsonObject e = v.toObject();
            refused = refused || (e.value(u"outcome"_s).toString() == u"refused"_s &&
                                  e.value(u"details"_s).toObject().value(u"file"_s).toString() ==
                                      u"svs-small.tbl"_s &&
                                  e.value(u"details"_s).toObject().value(u"loaded"_s).toInt() == 2);
        }
        QVERIFY(refused);
    }

    void brokenFileRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QStringList three{u"5BRK001"_s, u"5BRK002"_s, u"5BRK003"_s};
        QTest::newRow("no trailer") << clew(three, -2) << u", line 4"_s << u"truncated"_s;
        QTest::newRow("trailer counts more")
            << clew(three, 9) << u", line 5"_s << u"the trailer counts 9 records"_s;
        QByteArray control = clew(three);
        control.replace("5BRK002", "5BR\x01K02");
        QTest::newRow("control character") << control << u", line 3"_s << u"control character"_s;
        QByteArray cut = clew(three);
        cut.replace("5BRK002 CA0120261201", "5BRK002 CA01202612");
        QTest::newRow("short record") << cut << u", line 3"_s << u"columns 1-8"_s;
        QTest::newRow("no DATE line") << clew(three).mid(22) << u", line 1"_s << u""_s;
    }

    void brokenFileRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QString list = u"Broken target"_s;
        if (entryCount(list) < 0) {
            QCOMPARE(as(u"admin"_s, {u"hotlist"_s, u"create"_s, list, u"--kind"_s, u"general"_s,
                                     u"--purpose"_s, u"stolen-vehicle"_s})
                         .exitCode,
                     0);
            const CliRun loaded =
                as(u"admin"_s, {u"hotlist"_s, u"import"_s,
                                writeFile(u"good.tbl"_s, clew({u"4GOD001"_s, u"4GOD002"_s})),
                                u"--list"_s, list, u"--format"_s, u"clew"_s});
            QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        }
        const CliRun r =
            as(u"admin"_s, {u"hotlist"_s, u"import"_s, writeFile(u"broken.tbl"_s, content),
                            u"--list"_s, list, u"--format"_s, u"clew"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"broken.tbl"_s + where), qPrintable(r.err));
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
        QCOMPARE(entryCount(list), 2);
    }

    void entryAddByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("detective") << u"detective"_s << 0;
        QTest::newRow("dispatcher") << u"dispatcher"_s << 0;
        QTest::newRow("administrator") << u"admin"_s << 4;
        QTest::newRow("supervisor") << u"supervisor"_s << 4;
        QTest::newRow("records") << u"records"_s << 4;
        QTest::newRow("auditor") << u"auditor"_s << 4;
    }

    // Detectives and dispatchers enter BOLOs; each waits for an administrator.
    void entryAddByRole()
    {
        QFETCH(QString, user);
        QFETCH(int, exitCode);
        const CliRun r = addEntry(user);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (exitCode != 0)
            return;
        const QJsonObject e = entry(addedId(r));
        QCOMPARE(e.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(e.value(u"entered_by"_s).toString(), user);
        QCOMPARE(e.value(u"case"_s).toString(), kCase);
        // Thirty days unless the entry says.
        QCOMPARE(QDateTime::fromString(e.value(u"expires"_s).toString(), Qt::ISODate).date(),
                 QDateTime::currentDateTimeUtc().date().addDays(31));
    }

    void entryInputs_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QTest::newRow("partial plate, 3 fixed")
            << QStringList{u"--plate"_s, u"7AB*"_s} << 0 << u""_s;
        QTest::newRow("partial plate, 2 fixed")
            << QStringList{u"--plate"_s, u"7A*"_s} << 1 << u"2 fixed characters"_s;
        QTest::newRow("class counts as none")
            << QStringList{u"--plate"_s, u"[78]A?"_s} << 1 << u"1 fixed characters"_s;
        QTest::newRow("all zeros")
            << QStringList{u"--plate"_s, u"000"_s} << 1 << u"cannot be a plate"_s;
        QTest::newRow("no case number") << QStringList{u"--case"_s, u""_s} << 1 << u"462.4(h)(5)"_s;
        QTest::newRow("case in another format")
            << QStringList{u"--case"_s, u"bogus"_s} << 1 << u"case number"_s;
        QTest::newRow("no synopsis")
            << QStringList{u"--synopsis"_s, u"  "_s} << 1 << u"462.4(h)(5)"_s;
        QTest::newRow("synopsis of two lines")
            << QStringList{u"--synopsis"_s, u"Grey sedan\nrear bumper dented"_s} << 0 << u""_s;
        QTest::newRow("line break in reason") << QStringList{u"--reason"_s, u"theft\nFAKE LINE"_s}
                                              << 1 << u"the reason holds a control character"_s;
        QTest::newRow("terminal code in synopsis")
            << QStringList{u"--synopsis"_s, u"x\x1b]0;owned\x07"_s} << 1
            << u"the synopsis holds a control character"_s;
        QTest::newRow("100 kB synopsis")
            << QStringList{u"--synopsis"_s, QString(100'000, u'x')} << 1 << u"at most 2000"_s;
        QTest::newRow("expiry in a year")
            << QStringList{u"--expires"_s, today.addDays(365).toString(Qt::ISODate)} << 0 << u""_s;
        QTest::newRow("expiry past a year")
            << QStringList{u"--expires"_s, today.addDays(366).toString(Qt::ISODate)} << 1
            << u"one year"_s;
        QTest::newRow("expiry yesterday")
            << QStringList{u"--expires"_s, today.addDays(-1).toString(Qt::ISODate)} << 1
            << u"one year"_s;
        QTest::newRow("immigration enforcement")
            << QStringList{u"--reason"_s, u"assist ICE"_s} << 4 << u"immigration"_s;
        QTest::newRow("unknown list")
            << QStringList{u"--list"_s, u"No such list"_s} << 1 << u"no hot list"_s;
        QTest::newRow("general list")
            << QStringList{u"--list"_s, u"Test SVS"_s} << 1 << u"general list"_s;
    }

    void entryInputs()
    {
        QFETCH(QStringList, overrides);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = addEntry(u"detective"_s, overrides);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err.left(300)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err.left(300)));
        QVERIFY(!r.err.contains(u"FAKE LINE"_s));
        QVERIFY(!r.err.contains(u"the the"_s));
    }

    // The refusal is recorded with what was asked, for the auditor to see.
    void prohibitedUseIsRecorded()
    {
        const CliRun r =
            addEntry(u"dispatcher"_s, {u"--synopsis"_s, u"Locate for immigration enforcement"_s});
        QCOMPARE(r.exitCode, 4);
        bool found = false;
        for (const QJsonValue& v : auditEvents(u"hotlist-entry-added"_s)) {
            const QJsonObject e = v.toObject();
            found = found || (e.value(u"user"_s).toString() == u"dispatcher"_s &&
                              e.value(u"outcome"_s).toString() == u"refused"_s &&
                              e.value(u"details"_s)
                                  .toObject()
                                  .value(u"refusal"_s)
                                  .toString()
                                  .contains(u"immigration"_s));
        }
        QVERIFY(found);
    }

    void approveEntry_data()
    {
        QTest::addColumn<QString>("enteredBy");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("administrator approves") << u"detective"_s << u"admin"_s << 0;
        QTest::newRow("detective may not") << u"dispatcher"_s << u"detective"_s << 4;
        QTest::newRow("dispatcher may not") << u"detective"_s << u"dispatcher"_s << 4;
        QTest::newRow("supervisor may not") << u"detective"_s << u"supervisor"_s << 4;
        QTest::newRow("never your own") << u"admdet"_s << u"admdet"_s << 4;
        QTest::newRow("another administrator") << u"admdet"_s << u"admin"_s << 0;
    }

    void approveEntry()
    {
        QFETCH(QString, enteredBy);
        QFETCH(QString, approver);
        QFETCH(int, exitCode);
        const CliRun added = addEntry(enteredBy);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = addedId(added);
        const CliRun r =
            asAny(approver, {u"hotlist"_s, u"entry"_s, u"approve"_s, QString::number(id)});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (enteredBy == approver)
            QVERIFY2(r.err.contains(u"Nobody approves"_s), qPrintable(r.err));
        const QJsonObject after = entry(id);
        QCOMPARE(after.value(u"status"_s).toString(), exitCode == 0 ? u"approved"_s : u"pending"_s);
        QCOMPARE(after.value(u"approved_by"_s).toString(), exitCode == 0 ? approver : QString());
    }

    void decideChange_data()
    {
        QTest::addColumn<QString>("enteredBy");
        QTest::addColumn<QString>("proposer");
        QTest::addColumn<QString>("decider");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("supervisor decides")
            << u"detective"_s << u"detective"_s << u"supervisor"_s << 0;
        QTest::newRow("detective may not")
            << u"dispatcher"_s << u"dispatcher"_s << u"detective"_s << 4;
        QTest::newRow("administrator may not")
            << u"detective"_s << u"detective"_s << u"admin"_s << 4;
        QTest::newRow("proposer may not") << u"detective"_s << u"sgtdisp"_s << u"sgtdisp"_s << 4;
        QTest::newRow("entering member may not")
            << u"sgtdisp"_s << u"detective"_s << u"sgtdisp"_s << 4;
        QTest::newRow("another supervisor")
            << u"sgtdisp"_s << u"detective"_s << u"supervisor"_s << 0;
    }

    // A change to an approved entry waits for a supervisor who neither
    // entered the entry nor proposed the change.
    void decideChange()
    {
        QFETCH(QString, enteredBy);
        QFETCH(QString, proposer);
        QFETCH(QString, decider);
        QFETCH(int, exitCode);
        const CliRun added = addEntry(enteredBy);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = QString::number(addedId(added));
        QCOMPARE(as(u"admin"_s, {u"hotlist"_s, u"entry"_s, u"approve"_s, id}).exitCode, 0);
        const QString synopsis = u"Now with a roof rack"_s;
        const CliRun proposed =
            asAny(proposer, {u"hotlist"_s, u"entry"_s, u"edit"_s, id, u"--synopsis"_s, synopsis});
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.err));
        const QString change = proposed.out.section(u' ', 1, 1); // "Change 3 to entry ..."
        QCOMPARE(entry(id.toLongLong()).value(u"synopsis"_s).toString(),
                 u"Grey sedan seen leaving the scene"_s);
        const CliRun r =
            asAny(decider, {u"hotlist"_s, u"entry"_s, u"decide"_s, change, u"approve"_s});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (decider == proposer || decider == enteredBy)
            QVERIFY2(r.err.contains(u"Nobody approves"_s), qPrintable(r.err));
        QCOMPARE(entry(id.toLongLong()).value(u"synopsis"_s).toString(),
                 exitCode == 0 ? synopsis : u"Grey sedan seen leaving the scene"_s);
    }

    // A change cannot take away what 462.4(h)(5) requires, nor slip in a
    // prohibited use.
    void changeKeepsTheRules()
    {
        const CliRun added = addEntry(u"detective"_s);
        const QString id = QString::number(addedId(added));
        CliRun r =
            as(u"detective"_s, {u"hotlist"_s, u"entry"_s, u"edit"_s, id, u"--synopsis"_s, u" "_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"462.4(h)(5)"_s), qPrintable(r.err));
        r = as(u"detective"_s,
               {u"hotlist"_s, u"entry"_s, u"edit"_s, id, u"--reason"_s, u"theft\nFAKE"_s});
        QCOMPARE(r.exitCode, 1);
        r = as(u"detective"_s,
               {u"hotlist"_s, u"entry"_s, u"edit"_s, id, u"--reason"_s, u"assist ICE"_s});
        QCOMPARE(r.exitCode, 4);
        r = as(u"detective"_s, {u"hotlist"_s, u"entry"_s, u"show"_s, id, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"changes"_s).toArray().isEmpty());
    }

    // Reads imported as a user would: every read is matched as it enters.
    void importedReadsMakeHits()
    {
        // A general list, and a covert list whose only member is the dispatcher.
        CliRun r = as(u"admin"_s, {u"hotlist"_s, u"create"_s, u"Hits SVS"_s, u"--kind"_s,
                                   u"general"_s, u"--purpose"_s, u"stolen-vehicle"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"admin"_s, {u"hotlist"_s, u"import"_s,
                            writeFile(u"hits.tbl"_s, clew({u"9HLT001"_s, u"9HLT002"_s})),
                            u"--list"_s, u"Hits SVS"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"admin"_s, {u"hotlist"_s, u"create"_s, u"Hits covert"_s, u"--kind"_s,
                            u"department"_s, u"--purpose"_s, u"criminal-investigation"_s,
                            u"--covert"_s, u"--members"_s, u"dispatcher"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The list does not exist for anyone else, not even by name.
        r = as(u"detective"_s, {u"hotlist"_s, u"entry"_s, u"add"_s, u"--list"_s, u"Hits covert"_s,
                                u"--plate"_s, u"8CV*"_s, u"--reason"_s, u"narcotics"_s, u"--case"_s,
                                kCase, u"--synopsis"_s, u"x"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no hot list"_s), qPrintable(r.err));
        r = as(u"dispatcher"_s, {u"hotlist"_s, u"entry"_s, u"add"_s, u"--list"_s, u"Hits covert"_s,
                                 u"--plate"_s, u"8CV*"_s, u"--reason"_s, u"narcotics"_s,
                                 u"--case"_s, kCase, u"--synopsis"_s, u"Task force vehicle"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            as(u"admin"_s, {u"hotlist"_s, u"entry"_s, u"approve"_s, QString::number(addedId(r))})
                .exitCode,
            0);

        const QString at = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate);
        QByteArray csv = "plate,state,captured_at,camera,latitude,longitude\n";
        for (const char* row : {"9HLT001,CA", "9HLT002,NV", "9HLTOO1,CA", "8CVT123,CA"})
            csv += QByteArray(row) + ',' + at.toLatin1() + ",HLTEST,37.3799,-122.1141\n";
        r = as(u"admin"_s, {u"import"_s, u"reads"_s, writeFile(u"reads.csv"_s, csv)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const auto hitsOf = [](const CliRun& run) {
            QMap<QString, QJsonObject> byPlate;
            for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8()).array())
                byPlate.insert(v.toObject().value(u"plate_read"_s).toString(), v.toObject());
            return byPlate;
        };
        const int listedBefore = int(auditEvents(u"hits-listed"_s).size());
        r = as(u"dispatcher"_s, {u"hits"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QMap<QString, QJsonObject> dispatcher = hitsOf(r);
        QCOMPARE(dispatcher.value(u"9HLT001"_s).value(u"match"_s).toString(), u"exact"_s);
        QCOMPARE(dispatcher.value(u"9HLT001"_s).value(u"state_differs"_s).toBool(), false);
        // Another state flags the hit and never drops it.
        QCOMPARE(dispatcher.value(u"9HLT002"_s).value(u"match"_s).toString(), u"exact"_s);
        QCOMPARE(dispatcher.value(u"9HLT002"_s).value(u"state_differs"_s).toBool(), true);
        QCOMPARE(dispatcher.value(u"9HLTOO1"_s).value(u"match"_s).toString(), u"misread"_s);
        QCOMPARE(dispatcher.value(u"9HLTOO1"_s)
                     .value(u"listed"_s)
                     .toObject()
                     .value(u"plate"_s)
                     .toString(),
                 u"9HLT001"_s);
        QCOMPARE(dispatcher.value(u"8CVT123"_s).value(u"match"_s).toString(), u"pattern"_s);
        QCOMPARE(dispatcher.value(u"8CVT123"_s).value(u"covert"_s).toBool(), true);

        // Another dispatcher (a supervisor verifies hits too) never sees the covert hit.
        r = as(u"supervisor"_s, {u"hits"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QMap<QString, QJsonObject> supervisor = hitsOf(r);
        QVERIFY(supervisor.contains(u"9HLT001"_s));
        QVERIFY(!supervisor.contains(u"8CVT123"_s));

        // Every listing and every view is an access event.
        QCOMPARE(auditEvents(u"hits-listed"_s).size(), listedBefore + 2);

        // Detectives do not verify hits.
        r = as(u"detective"_s, {u"hits"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.out.contains(u"9HLT001"_s));
        const QString covertHit =
            QString::number(dispatcher.value(u"8CVT123"_s).value(u"id"_s).toInteger());
        r = as(u"supervisor"_s, {u"hits"_s, u"show"_s, covertHit});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.contains(u"8CVT123"_s));
        r = as(u"dispatcher"_s, {u"hits"_s, u"show"_s, covertHit});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"never a basis for a stop"_s));
        bool viewed = false;
        for (const QJsonValue& v : auditEvents(u"hit-viewed"_s))
            viewed =
                viewed || (v.toObject().value(u"object"_s).toString() == u"hit:"_s + covertHit &&
                           v.toObject().value(u"user"_s).toString() == u"dispatcher"_s);
        QVERIFY(viewed);
    }
};

QTEST_GUILESS_MAIN(TestHotListCommands)
#include "tst_hotlistcommands.moc"
