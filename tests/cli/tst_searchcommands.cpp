// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl search, as detectives run it, through the real binary on a demo
// store's 300 reads. Built twice: on the store file (cli_searchcommands), and
// with ALPR_TEST_DEPARTMENT on a department store on a throwaway PostgreSQL
// server that the same demo file was migrated into (cli_department_
// searchcommands), where the server matches, checks and records; there every
// answer is also compared with the file store's, read id for read id.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using alpr::test::runDetectiveSearch;

namespace {

using Run = alpr::test::CliRun;

const QString kDemoPassword = QStringLiteral("demo-password-2026");

} // namespace

class TestSearchCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store; // the store searched: the demo file, or the department store
    QString m_file;  // a demo file with the same reads (the same seed)

    Run run(const QStringList& args, const QString& password = kDemoPassword)
    {
        return alpr::test::runAlprctl(args, {{QStringLiteral("ALPR_PASSWORD"), password}});
    }

    QString makeDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Run r =
            run({QStringLiteral("demo"), QStringLiteral("--store"), path, QStringLiteral("--reads"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--last-day"), QStringLiteral("2026-11-01")});
        if (r.exitCode != 0)
            qFatal("demo failed: %s", qPrintable(r.err));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = makeDemo(QStringLiteral("demo.alprdb"));
        m_store = m_file;
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store = alpr::test::DepartmentFixture::migrateDemo(
            u"searches"_s, makeDemo(QStringLiteral("migrated.alprdb")), kDemoPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
    }

    void searchPrintsJson_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("regex");
        QTest::newRow("prefix") << u"7*"_s << u"^7[A-Z0-9]*$"_s;
        QTest::newRow("contains") << u"*AB*"_s << u"^[A-Z0-9]*AB[A-Z0-9]*$"_s;
        QTest::newRow("gaps") << u"7???1??"_s << u"^7...1..$"_s;
        QTest::newRow("set") << u"[78]*"_s << u"^[78][A-Z0-9]*$"_s;
        QTest::newRow("spaces and case") << u"7a b*"_s << u"^7AB[A-Z0-9]*$"_s;
    }

    void searchPrintsJson()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, regex);
        const Run r = runDetectiveSearch(m_store, pattern,
                                         {QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("search_id")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("case")).toString(), QStringLiteral("26-004211"));
        QCOMPARE(o.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("criminal-investigation"));
        const QJsonArray reads = o.value(QStringLiteral("reads")).toArray();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), reads.size());
        QVERIFY(reads.size() > 0);
        const QRegularExpression re(regex);
        for (const QJsonValue& v : reads) {
            const QJsonObject read = v.toObject();
            QVERIFY2(re.match(read.value(QStringLiteral("plate")).toString()).hasMatch(),
                     qPrintable(read.value(QStringLiteral("plate")).toString()));
            QVERIFY(QDateTime::fromString(read.value(QStringLiteral("captured_at")).toString(),
                                          Qt::ISODate)
                        .isValid());
            QVERIFY(read.value(QStringLiteral("captured_at")).toString().endsWith(u'Z'));
            for (const char* key : {"id", "state", "camera", "latitude", "longitude"})
                QVERIFY2(read.contains(QLatin1String(key)), key);
        }
    }

    void limitCutsTheListNotTheCount()
    {
        const QJsonObject all =
            runDetectiveSearch(m_store, QStringLiteral("*1*"),
                               {QStringLiteral("--limit"), QStringLiteral("100000")})
                .json();
        const QJsonObject cut = runDetectiveSearch(m_store, QStringLiteral("*1*"),
                                                   {QStringLiteral("--limit"), QStringLiteral("3")})
                                    .json();
        QVERIFY(all.value(QStringLiteral("count")).toInt() > 3);
        QCOMPARE(cut.value(QStringLiteral("count")), all.value(QStringLiteral("count")));
        QCOMPARE(cut.value(QStringLiteral("reads")).toArray().size(), 3);
    }

    // The table a detective reads: every column two spaces or more from the
    // next, whatever its widest cell, and an alternative reading's match
    // names the reading that matched (as the JSON's matched_reading does).
    void tableKeepsColumnsApart()
    {
        const QStringList search{u"search"_s,    u"--store"_s,   m_store,
                                 u"--user"_s,    u"detective"_s, u"--case"_s,
                                 u"26-004211"_s, u"--purpose"_s, u"criminal-investigation"_s,
                                 u"--limit"_s,   u"1000"_s};
        const Run table = run(search + QStringList{u"*1*"_s});
        QCOMPARE(table.exitCode, 0);
        const QJsonArray reads = runDetectiveSearch(m_store, u"*1*"_s, {u"--limit"_s, u"1000"_s})
                                     .json()
                                     .value(u"reads"_s)
                                     .toArray();
        QMap<qint64, QString> readings; // read id -> the alternative reading that matched
        for (const QJsonValue& v : reads) {
            const QJsonObject r = v.toObject();
            if (r.value(u"match"_s).toString() == u"candidate"_s)
                readings.insert(r.value(u"id"_s).toInteger(),
                                r.value(u"matched_reading"_s).toString());
        }
        QVERIFY2(!readings.isEmpty(), "the demo has no read matched by an alternative reading");
        QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        lines.removeFirst(); // "Search N, case …"
        const QRegularExpression apart(u"\\s{2,}"_s);
        QCOMPARE(lines.takeFirst().split(apart),
                 (QStringList{u"READ"_s, u"PLATE"_s, u"STATE"_s, u"CAPTURED (local)"_s, u"MATCH"_s,
                              u"POSITION"_s, u"CAMERA"_s}));
        QCOMPARE(lines.size(), reads.size());
        int candidates = 0;
        for (const QString& line : lines) {
            const QStringList cells = line.split(apart);
            QVERIFY2(cells.size() == 7, qPrintable(line));
            const qint64 id = cells[0].toLongLong();
            if (readings.contains(id)) {
                QCOMPARE(cells[4], u"candidate "_s + readings.value(id));
                ++candidates;
            }
            QVERIFY2(QRegularExpression(u"^(-|-?\\d+\\.\\d{5}),(-|-?\\d+\\.\\d{5})$"_s)
                         .match(cells[5])
                         .hasMatch(),
                     qPrintable(line));
        }
        QCOMPARE(candidates, readings.size());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base{u"search"_s, u"--user"_s, u"detective"_s};
        QTest::newRow("no case") << base + QStringList{u"--purpose"_s, u"audit"_s, u"7*"_s}
                                 << kDemoPassword << 4 << u"case or incident number is required"_s;
        QTest::newRow("bad case") << base + QStringList{u"--case"_s, u"4211"_s, u"--purpose"_s,
                                                        u"audit"_s, u"7*"_s}
                                  << kDemoPassword << 4 << u"not a case number"_s;
        // $'26-004211\n' was filed as a second case.
        QTest::newRow("case with trailing line break")
            << base +
                   QStringList{u"--case"_s, u"26-004211\n"_s, u"--purpose"_s, u"audit"_s, u"7*"_s}
            << kDemoPassword << 4 << u"the case number holds a control character"_s;
        QTest::newRow("case with zero-width space")
            << base + QStringList{u"--case"_s, u"26-0042\u200B11"_s, u"--purpose"_s, u"audit"_s,
                                  u"7*"_s}
            << kDemoPassword << 4 << u"not part of a case number"_s;
        QTest::newRow("no purpose") << base + QStringList{u"--case"_s, u"26-004211"_s, u"7*"_s}
                                    << kDemoPassword << 4 << u"purpose is required"_s;
        QTest::newRow("bad purpose")
            << base + QStringList{u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                  u"immigration-enforcement"_s, u"7*"_s}
            << kDemoPassword << 4 << u"not an authorized purpose"_s;
        QTest::newRow("wrong password")
            << base + QStringList{u"--case"_s, u"26-004211"_s, u"--purpose"_s, u"audit"_s, u"7*"_s}
            << u"not-my-password"_s << 3 << u"wrong user name or password"_s;
        QTest::newRow("bad pattern")
            << base + QStringList{u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                  u"criminal-investigation"_s, u"7[AB"_s}
            << kDemoPassword << 1 << u"never closed"_s;
        QTest::newRow("records cannot read audit")
            << QStringList{u"audit"_s, u"verify"_s, u"--user"_s, u"records"_s} << kDemoPassword << 4
            << u"may not read-audit"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args + QStringList{QStringLiteral("--store"), m_store}, password);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A case's title: its first user, or an auditor, gives it; another user
    // who worked the case may not; nor may a title or a note carry what
    // looks like a personal identifier.
    void caseTitlesAndNotes()
    {
        const QString caseNumber = u"26-027182"_s;
        const auto as = [this](const QString& user, const QStringList& args) {
            return run(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args);
        };
        const auto search = [&](const QString& user, const QString& note) {
            QStringList args{
                u"search"_s, u"--case"_s, caseNumber, u"--purpose"_s, u"criminal-investigation"_s,
                u"7*"_s};
            if (!note.isEmpty())
                args << u"--note"_s << note;
            return as(user, args);
        };
        const Run ssn = search(u"detective"_s, u"Owner SSN 123​-45-6789"_s);
        QCOMPARE(ssn.exitCode, 1);
        QVERIFY2(ssn.err.contains(u"Social Security number"_s), qPrintable(ssn.err));
        QVERIFY(!ssn.err.contains(u"6789"_s));
        QCOMPARE(search(u"detective"_s, u"Grey sedan, 2 occupants"_s).exitCode, 0);
        QCOMPARE(search(u"dispatcher"_s, QString()).exitCode, 0);

        const Run titled =
            as(u"detective"_s, {u"case"_s, u"title"_s, caseNumber, u"Burglary at 100 Main St"_s});
        QVERIFY2(titled.exitCode == 0, qPrintable(titled.err));
        const Run dob =
            as(u"detective"_s, {u"case"_s, u"title"_s, caseNumber, u"Victim born 03/04/1985"_s});
        QCOMPARE(dob.exitCode, 1);
        QVERIFY2(dob.err.contains(u"date of birth"_s), qPrintable(dob.err));
        const Run notFirst =
            as(u"dispatcher"_s, {u"case"_s, u"title"_s, caseNumber, u"Mine now"_s});
        QCOMPARE(notFirst.exitCode, 4);
        QVERIFY2(notFirst.err.contains(u"only detective, who first used case"_s),
                 qPrintable(notFirst.err));
        QCOMPARE(as(u"records"_s, {u"case"_s, u"title"_s, caseNumber, u"Records'"_s}).exitCode, 4);
        QCOMPARE(as(u"detective"_s, {u"case"_s, u"show"_s, caseNumber, u"--json"_s})
                     .json()
                     .value(u"title"_s)
                     .toString(),
                 u"Burglary at 100 Main St"_s);
        const Run audited =
            as(u"auditor"_s, {u"case"_s, u"title"_s, caseNumber, u"Burglary at 100 Main Street"_s});
        QVERIFY2(audited.exitCode == 0, qPrintable(audited.err));
        const Run shown = as(u"auditor"_s, {u"case"_s, u"show"_s, caseNumber, u"--json"_s});
        QCOMPARE(shown.json().value(u"title"_s).toString(), u"Burglary at 100 Main Street"_s);
        QStringList titles;
        for (const QJsonValue& e : shown.json().value(u"events"_s).toArray())
            if (e[u"action"_s] == u"case-title"_s)
                titles << e[u"details"_s][u"before"_s].toString() + u" > "_s +
                              e[u"details"_s][u"title"_s].toString();
        QCOMPARE(titles, (QStringList{u" > Burglary at 100 Main St"_s,
                                      u"Burglary at 100 Main St > Burglary at 100 Main Street"_s}));
    }

    // The auditor's filters select what the whole listing, filtered by hand,
    // holds: on the department store the server applies them.
    void auditFiltersSelectFromTheWholeTrail()
    {
        const QMap<QString, QString> password{{u"ALPR_PASSWORD"_s, kDemoPassword}};
        auto search = [&](const QString& caseNumber, const QString& purpose) {
            return alpr::test::runAlprctl({u"search"_s, u"--store"_s, m_store, u"--user"_s,
                                           u"detective"_s, u"--case"_s, caseNumber, u"--purpose"_s,
                                           purpose, u"7*"_s},
                                          password);
        };
        QCOMPARE(search(u"26-004211"_s, u"criminal-investigation"_s).exitCode, 0);
        QCOMPARE(search(u"26-009120"_s, u"criminal-investigation"_s).exitCode, 0);
        QCOMPARE(search(u"26-009120"_s, u"audit"_s).exitCode, 4); // not a detective's purpose
        auto listed = [&](const QStringList& filter) {
            const Run r =
                alpr::test::runAlprctl(QStringList{u"audit"_s, u"list"_s, u"--json"_s, u"--store"_s,
                                                   m_store, u"--user"_s, u"auditor"_s} +
                                           filter,
                                       password);
            if (r.exitCode != 0)
                qWarning("audit list %s: %s", qPrintable(filter.join(u' ')), qPrintable(r.err));
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        };
        const QJsonArray all = listed({});
        QVERIFY(all.size() > 10);
        const qint64 last = all.last().toObject().value(u"seq"_s).toInteger();
        const QString middle = all.at(all.size() / 2).toObject().value(u"at"_s).toString();

        struct Case
        {
            QStringList options;
            std::function<bool(const QJsonObject&)> wanted;
        };
        auto detail = [](const QJsonObject& e, const QString& key) {
            return e.value(u"details"_s).toObject().value(key).toString();
        };
        const QList<Case> cases{
            {{u"--by"_s, u"detective"_s},
             [](const QJsonObject& e) { return e.value(u"user"_s).toString() == u"detective"_s; }},
            {{u"--action"_s, u"search,sign-out"_s},
             [](const QJsonObject& e) {
                 const QString a = e.value(u"action"_s).toString();
                 return a == u"search"_s || a == u"sign-out"_s;
             }},
            {{u"--case"_s, u"26-009120"_s},
             [&](const QJsonObject& e) { return detail(e, u"case"_s) == u"26-009120"_s; }},
            {{u"--purpose"_s, u"audit"_s},
             [&](const QJsonObject& e) { return detail(e, u"purpose"_s) == u"audit"_s; }},
            {{u"--outcome"_s, u"refused"_s},
             [](const QJsonObject& e) { return e.value(u"outcome"_s).toString() == u"refused"_s; }},
            {{u"--from"_s, middle},
             [&](const QJsonObject& e) {
                 return QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs) >=
                        QDateTime::fromString(middle, Qt::ISODateWithMs);
             }},
            {{u"--to"_s, middle},
             [&](const QJsonObject& e) {
                 return QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs) <
                        QDateTime::fromString(middle, Qt::ISODateWithMs);
             }},
            {{u"--by"_s, u"detective"_s, u"--case"_s, u"26-009120"_s, u"--outcome"_s, u"success"_s},
             [&](const QJsonObject& e) {
                 return e.value(u"user"_s).toString() == u"detective"_s &&
                        detail(e, u"case"_s) == u"26-009120"_s &&
                        e.value(u"outcome"_s).toString() == u"success"_s;
             }},
        };
        for (const Case& c : cases) {
            QList<qint64> expected;
            for (const QJsonValue& v : all)
                if (c.wanted(v.toObject()))
                    expected.append(v.toObject().value(u"seq"_s).toInteger());
            QList<qint64> got;
            for (const QJsonValue& v : listed(c.options)) // later readings are events too
                if (const qint64 seq = v.toObject().value(u"seq"_s).toInteger(); seq <= last)
                    got.append(seq);
            const QString name = c.options.join(u' ');
            QVERIFY2(!expected.isEmpty() && expected.size() < all.size(), qPrintable(name));
            QVERIFY2(got == expected, qPrintable(u"%1: %2 events, %3 expected"_s.arg(name)
                                                     .arg(got.size())
                                                     .arg(expected.size())));
        }
    }

#ifdef ALPR_TEST_DEPARTMENT
    void sameAnswersAsTheFile_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("options");
        const QStringList none;
        const QStringList misread{u"--misread"_s};
        for (const QString& pattern : {u"7*"_s, u"*AB*"_s, u"7???1??"_s, u"[78]*"_s, u"*1*"_s,
                                       u"?B*"_s, u"*9"_s, u"[A-C]*[0-4]"_s, u"8*1?"_s})
            QTest::newRow(qPrintable(pattern)) << pattern << none;
        for (const QString& pattern : {u"*0*"_s, u"*5*"_s, u"?1*"_s, u"[0-3]*8"_s})
            QTest::newRow(qPrintable(u"misread "_s + pattern)) << pattern << misread;
        QTest::newRow("no alternative readings") << u"*1*"_s << QStringList{u"--no-candidates"_s};
        QTest::newRow("state") << u"*1*"_s << QStringList{u"--state"_s, u"NV"_s};
        QTest::newRow("time range") << u"*1*"_s
                                    << QStringList{u"--from"_s, u"2026-10-28T00:00:00Z"_s,
                                                   u"--to"_s, u"2026-10-30T12:00:00Z"_s};
    }

    // The server's matching against the file store's engine, on the same
    // reads: the same count, the same reads (by id), the same reasons.
    void sameAnswersAsTheFile()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, options);
        const QStringList all = options + QStringList{u"--limit"_s, u"100000"_s};
        const QJsonObject file = runDetectiveSearch(m_file, pattern, all).json();
        const QJsonObject server = runDetectiveSearch(m_store, pattern, all).json();
        QVERIFY2(file.value(u"count"_s).toInt() > 0, "the pattern finds nothing in the demo");
        QCOMPARE(server.value(u"count"_s).toInt(), file.value(u"count"_s).toInt());
        auto answers = [](const QJsonObject& o) {
            QStringList rows;
            for (const QJsonValue& v : o.value(u"reads"_s).toArray()) {
                const QJsonObject r = v.toObject();
                rows << u"%1 %2 %3"_s.arg(r.value(u"id"_s).toInteger())
                            .arg(r.value(u"plate"_s).toString(), r.value(u"match"_s).toString());
            }
            rows.sort();
            return rows;
        };
        QCOMPARE(answers(server), answers(file));
    }

    void nearMissesAsTheFile()
    {
        // A whole plate of the demo, one and two edits away.
        const QJsonArray reads =
            runDetectiveSearch(m_file, u"7*"_s).json().value(u"reads"_s).toArray();
        QVERIFY(!reads.isEmpty());
        const QString plate = reads.first().toObject().value(u"plate"_s).toString();
        for (const QString& edits : {u"1"_s, u"2"_s}) {
            const QStringList options{u"--max-edits"_s, edits, u"--limit"_s, u"100000"_s};
            const QJsonObject file = runDetectiveSearch(m_file, plate, options).json();
            const QJsonObject server = runDetectiveSearch(m_store, plate, options).json();
            QVERIFY(file.value(u"count"_s).toInt() > 0);
            QCOMPARE(server.value(u"count"_s).toInt(), file.value(u"count"_s).toInt());
        }
    }

    // A case's history is the same on both stores: who worked under it and
    // what they did, for the detective who searched under it and for an
    // auditor; refused to records staff who never did; recorded as a view.
    void caseHistoryAsTheFile()
    {
        const QMap<QString, QString> password{{u"ALPR_PASSWORD"_s, kDemoPassword}};
        const QString caseNumber = u"26-031415"_s;
        auto history = [&](const QString& store) {
            const QJsonObject found =
                alpr::test::runAlprctl({u"search"_s, u"--store"_s, store, u"--user"_s,
                                        u"detective"_s, u"--case"_s, caseNumber, u"--purpose"_s,
                                        u"criminal-investigation"_s, u"--json"_s, u"7*"_s},
                                       password)
                    .json();
            const QString readId = QString::number(
                found.value(u"reads"_s).toArray().first().toObject().value(u"id"_s).toInteger());
            const QString searchId = QString::number(found.value(u"search_id"_s).toInteger());
            alpr::test::runAlprctl({u"read"_s, u"show"_s, readId, u"--search"_s, searchId,
                                    u"--store"_s, store, u"--user"_s, u"detective"_s},
                                   password);
            QStringList out;
            for (const QString& user : {u"detective"_s, u"auditor"_s, u"records"_s}) {
                const Run r = alpr::test::runAlprctl({u"case"_s, u"show"_s, caseNumber, u"--json"_s,
                                                      u"--store"_s, store, u"--user"_s, user},
                                                     password);
                if (r.exitCode != 0) {
                    out << u"%1: exit %2"_s.arg(user).arg(r.exitCode);
                    continue;
                }
                const QJsonObject c = r.json();
                QStringList actions;
                for (const QJsonValue& e : c.value(u"events"_s).toArray())
                    actions << e.toObject().value(u"action"_s).toString();
                out << u"%1: first %2, users %3, %4 searches, %5 opened, %6 refused; %7"_s
                           .arg(user, c.value(u"first_user"_s).toString(),
                                c.value(u"users"_s).toVariant().toStringList().join(u','))
                           .arg(c.value(u"searches"_s).toInt())
                           .arg(c.value(u"reads_opened"_s).toInt())
                           .arg(c.value(u"refused"_s).toInt())
                           .arg(actions.join(u','));
            }
            return out;
        };
        const QStringList file = history(m_file);
        const QStringList server = history(m_store);
        QCOMPARE(server, file);
        QVERIFY2(file.value(0).contains(u"1 searches, 1 opened"_s), qPrintable(file.join(u'\n')));
        QCOMPARE(file.value(2), u"records: exit 4"_s);
        // Each view is on the server's record, the refusal too.
        const Run views =
            alpr::test::runAlprctl({u"audit"_s, u"list"_s, u"--action"_s, u"case-view"_s,
                                    u"--json"_s, u"--store"_s, m_store, u"--user"_s, u"auditor"_s},
                                   password);
        int viewed = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(views.out.toUtf8()).array())
            viewed += v.toObject().value(u"object"_s).toString() == u"case:"_s + caseNumber;
        QCOMPARE(viewed, 2);
    }

    // The same work on both stores leaves events of the same shape: the
    // auditor's console, its filters (case, purpose, plate) and the audit
    // samples read both alike. The server's sign-in also says "store".
    void auditEventsAsTheFile()
    {
        auto shapes = [](const QString& store) {
            const QJsonObject found = runDetectiveSearch(store, u"7*"_s).json();
            const QString readId = QString::number(
                found.value(u"reads"_s).toArray().first().toObject().value(u"id"_s).toInteger());
            const QString searchId = QString::number(found.value(u"search_id"_s).toInteger());
            const QMap<QString, QString> password{{u"ALPR_PASSWORD"_s, kDemoPassword}};
            alpr::test::runAlprctl({u"read"_s, u"show"_s, readId, u"--search"_s, searchId,
                                    u"--store"_s, store, u"--user"_s, u"detective"_s},
                                   password);
            runDetectiveSearch(store, u"7*"_s, {u"--purpose"_s, u"audit"_s});
            const Run listed =
                alpr::test::runAlprctl({u"audit"_s, u"list"_s, u"--json"_s, u"--store"_s, store,
                                        u"--user"_s, u"auditor"_s, u"--user"_s, u"detective"_s},
                                       password);
            QMap<QString, QStringList> keys; // "action outcome" -> the latest one's detail keys
            for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
                const QJsonObject e = v.toObject();
                QStringList names = e.value(u"details"_s).toObject().keys();
                names.removeAll(u"store"_s);
                keys.insert(e.value(u"action"_s).toString() + u' ' +
                                e.value(u"outcome"_s).toString(),
                            names);
            }
            return keys;
        };
        const QMap<QString, QStringList> file = shapes(m_file);
        const QMap<QString, QStringList> server = shapes(m_store);
        for (const QString& event : {u"sign-in success"_s, u"search success"_s, u"search refused"_s,
                                     u"view-read success"_s, u"sign-out success"_s}) {
            QVERIFY2(file.contains(event), qPrintable(event));
            QVERIFY2(server.value(event) == file.value(event),
                     qPrintable(u"%1: the file's %2, the server's %3"_s.arg(
                         event, file.value(event).join(u','), server.value(event).join(u','))));
        }
    }
#endif
};

QTEST_MAIN(TestSearchCommands)
#include "tst_searchcommands.moc"
