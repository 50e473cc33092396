// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl purpose and settings through the real binary: who may give which
// purpose (listed, changed, refused in a search), and the agency's settings,
// each change audited the same as the GUI's. Built twice: on a demo store
// file, and with ALPR_TEST_DEPARTMENT on a throwaway PostgreSQL server the
// same demo file was migrated into (cli_department_settingscommands), where
// the server checks each change again and records it.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDemoPassword = u"demo-password-2026"_s;
using Run = alpr::test::CliRun;
} // namespace

class TestSettingsCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Run as(const QString& user, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, kDemoPassword}});
    }

    Run search(const QString& user, const QString& purpose)
    {
        return as(user,
                  {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s, purpose, u"7*"_s});
    }

    static QStringList codes(const Run& run)
    {
        QStringList list;
        for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            list << v[u"code"_s].toString();
        return list;
    }

    // The newest settings-changed or purpose-saved events, as JSON.
    QJsonArray trail(const QString& action)
    {
        const Run r = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, action, u"--json"_s});
        if (r.exitCode != 0)
            qFatal("audit list failed: %s", qPrintable(r.err));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? doc.array() : doc.object()[u"events"_s].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"settings.alprdb"_s);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ALPRCTL),
                {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"50"_s, u"--no-images"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store = alpr::test::DepartmentFixture::migrateDemo(u"settings"_s, m_store, kDemoPassword,
                                                             &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
    }

    void eachUserListsTheirPurposes()
    {
        const Run detective = as(u"detective"_s, {u"purpose"_s, u"list"_s, u"--json"_s});
        QCOMPARE(detective.exitCode, 0);
        QVERIFY(codes(detective).contains(u"stolen-vehicle"_s));
        QVERIFY(!codes(detective).contains(u"audit"_s));
        const Run auditor = as(u"auditor"_s, {u"purpose"_s, u"list"_s, u"--json"_s});
        QCOMPARE(codes(auditor), QStringList{u"audit"_s});
        // --all: every purpose with its roles.
        const Run all = as(u"detective"_s, {u"purpose"_s, u"list"_s, u"--all"_s, u"--json"_s});
        QVERIFY(codes(all).contains(u"audit"_s));
        for (const QJsonValue& v : QJsonDocument::fromJson(all.out.toUtf8()).array())
            if (v[u"code"_s] == u"audit"_s) {
                QCOMPARE(v[u"roles"_s].toArray(), QJsonArray{u"auditor"_s});
                QCOMPARE(v[u"yours"_s].toBool(), false);
            }
        const Run text = as(u"admin"_s, {u"purpose"_s, u"list"_s});
        QVERIFY2(text.out.contains(u"detective, dispatcher, records"_s), qPrintable(text.out));
    }

    void aPurposeOfAnotherRoleIsRefused()
    {
        const Run refused = search(u"detective"_s, u"audit"_s);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(u"\"audit\" is for auditor"_s), qPrintable(refused.err));
        QCOMPARE(search(u"auditor"_s, u"audit"_s).exitCode, 0);
        QCOMPARE(search(u"auditor"_s, u"stolen-vehicle"_s).exitCode, 4);
    }

    void administratorsChangeTheRoles()
    {
        QCOMPARE(search(u"dispatcher"_s, u"event-protection"_s).exitCode, 0);
        // Usage errors come before any password.
        QCOMPARE(as(u"admin"_s, {u"purpose"_s, u"roles"_s, u"event-protection"_s}).exitCode, 2);
        const Run unknown =
            as(u"admin"_s, {u"purpose"_s, u"roles"_s, u"event-protection"_s, u"sheriff"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"sheriff"_s));
        const Run admin =
            as(u"admin"_s, {u"purpose"_s, u"roles"_s, u"event-protection"_s, u"administrator"_s});
        QCOMPARE(admin.exitCode, 1);
        QVERIFY2(admin.err.contains(u"may not search"_s), qPrintable(admin.err));
        // A detective may not change them.
        QCOMPARE(
            as(u"detective"_s, {u"purpose"_s, u"roles"_s, u"event-protection"_s, u"detective"_s})
                .exitCode,
            4);

        const Run ok = as(
            u"admin"_s, {u"purpose"_s, u"roles"_s, u"event-protection"_s, u"detective,records"_s});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(u"detective, records"_s), qPrintable(ok.out));
        QCOMPARE(search(u"dispatcher"_s, u"event-protection"_s).exitCode, 4);
        QCOMPARE(search(u"records"_s, u"event-protection"_s).exitCode, 0);

        // A new purpose without --roles is the case workers'; with --roles, theirs.
        QCOMPARE(as(u"admin"_s, {u"purpose"_s, u"add"_s, u"hit-and-run"_s, u"--description"_s,
                                 u"Hit-and-run collision"_s})
                     .exitCode,
                 0);
        QCOMPARE(as(u"admin"_s, {u"purpose"_s, u"add"_s, u"audit-review"_s, u"--description"_s,
                                 u"Follow-up of an audit finding"_s, u"--roles"_s, u"auditor"_s})
                     .exitCode,
                 0);
        QVERIFY(codes(as(u"dispatcher"_s, {u"purpose"_s, u"list"_s, u"--json"_s}))
                    .contains(u"hit-and-run"_s));
        QCOMPARE(codes(as(u"auditor"_s, {u"purpose"_s, u"list"_s, u"--json"_s})),
                 (QStringList{u"audit"_s, u"audit-review"_s}));

        // Audited with the roles before and after.
        const QJsonArray saved = trail(u"purpose-saved"_s);
        bool found = false;
        for (const QJsonValue& e : saved) {
            const QJsonObject d = e[u"details"_s].toObject();
            if (e[u"object"_s] == u"purpose:event-protection"_s &&
                d[u"after"_s][u"roles"_s] == u"detective,records"_s)
                found = d[u"before"_s][u"roles"_s] == u"detective,dispatcher,records,supervisor"_s;
        }
        QVERIFY(found);
    }

    // The format a whole case number matches: a search, a BOLO and a hit's
    // incident are held to the new one at once; a format that is no regular
    // expression, or accepts no number, is refused.
    void caseNumberFormat()
    {
        const Run set = as(u"admin"_s, {u"settings"_s, u"set"_s, u"--case-format"_s,
                                        u"[0-9]{2}-[0-9]{6}"_s, u"--case-example"_s, u"26-004211"_s,
                                        u"--misread-table"_s, u"0OQ 1I 8B"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(u"misread table:       0OQ 1I 8B"_s), qPrintable(set.out));
        QCOMPARE(search(u"detective"_s, u"stolen-vehicle"_s).exitCode, 0);
        // Matched whole: no more before it or after it.
        for (const QString& number : {u"26-0042119"_s, u"x26-004211"_s, u"26-04211"_s}) {
            const Run refused = as(u"detective"_s, {u"search"_s, u"--case"_s, number,
                                                    u"--purpose"_s, u"stolen-vehicle"_s, u"7*"_s});
            QVERIFY2(refused.exitCode == 4, qPrintable(number + u": "_s + refused.err));
            QVERIFY2(refused.err.contains(u"format"_s), qPrintable(refused.err));
        }
        const Run empty = as(u"admin"_s, {u"settings"_s, u"set"_s, u"--case-format"_s, u"[0-9]*"_s,
                                          u"--case-example"_s, u"26"_s});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"accepts an empty case number"_s), qPrintable(empty.err));
        const Run twice =
            as(u"admin"_s, {u"settings"_s, u"set"_s, u"--misread-table"_s, u"0OQ 1I0"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(u"two classes"_s), qPrintable(twice.err));
        QCOMPARE(
            as(u"detective"_s, {u"settings"_s, u"set"_s, u"--stale-hours"_s, u"12"_s}).exitCode, 4);

        bool found = false;
        for (const QJsonValue& e : trail(u"settings-changed"_s))
            if (e[u"object"_s] == u"settings:department"_s) {
                const QJsonObject d = e[u"details"_s].toObject();
                found = d[u"after"_s][u"misread_table"_s] == u"0OQ 1I 8B"_s &&
                        d[u"before"_s][u"misread_table"_s] == u"0ODQ 1I 2Z 5S 8B 6G"_s &&
                        d[u"after"_s][u"case_number_pattern"_s] == u"[0-9]{2}-[0-9]{6}"_s;
            }
        QVERIFY(found);
        // Back to the demo's, for the tests after this one.
        QCOMPARE(
            as(u"admin"_s, {u"settings"_s, u"set"_s, u"--case-format"_s, u"^[0-9]{2}-[0-9]{4,8}$"_s,
                            u"--misread-table"_s, u"0ODQ 1I 2Z 5S 8B 6G"_s})
                .exitCode,
            0);
    }

    // A purpose that names a use the law forbids is refused, and recorded.
    void prohibitedPurposeRefused()
    {
        const Run refused = as(u"admin"_s, {u"purpose"_s, u"add"_s, u"deport-check"_s,
                                            u"--description"_s, u"Checks for removal orders"_s});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(u"immigration enforcement"_s), qPrintable(refused.err));
        QVERIFY(!codes(as(u"admin"_s, {u"purpose"_s, u"list"_s, u"--all"_s, u"--json"_s}))
                     .contains(u"deport-check"_s));
        bool found = false;
        for (const QJsonValue& e : trail(u"purpose-saved"_s))
            found = found || (e[u"object"_s] == u"purpose:deport-check"_s &&
                              e[u"outcome"_s] == u"refused"_s);
        QVERIFY(found);
        // Retired, it cannot be given; reinstated, it can again.
        QCOMPARE(as(u"admin"_s, {u"purpose"_s, u"retire"_s, u"event-protection"_s}).exitCode, 0);
        QCOMPARE(search(u"records"_s, u"event-protection"_s).exitCode, 4);
        QCOMPARE(as(u"admin"_s, {u"purpose"_s, u"reinstate"_s, u"event-protection"_s}).exitCode, 0);
        QCOMPARE(search(u"records"_s, u"event-protection"_s).exitCode, 0);
    }

    void agencySettings()
    {
        const Run shown = as(u"detective"_s, {u"settings"_s, u"agency"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json()[u"time_zone"_s].toString(), u"America/Los_Angeles"_s);

        const Run badOri = as(u"admin"_s, {u"settings"_s, u"agency"_s, u"--agency-name"_s,
                                           u"Demo PD"_s, u"--ori"_s, u"CA04310"_s});
        QCOMPARE(badOri.exitCode, 1);
        QVERIFY2(badOri.err.contains(u"not 7;"_s), qPrintable(badOri.err));
        const Run badZone =
            as(u"admin"_s, {u"settings"_s, u"agency"_s, u"--agency-name"_s, u"Demo PD"_s,
                            u"--ori"_s, u"CA0431000"_s, u"--time-zone"_s, u"Pacific"_s});
        QCOMPARE(badZone.exitCode, 1);
        QVERIFY2(badZone.err.contains(u"IANA"_s), qPrintable(badZone.err));
        QCOMPARE(as(u"detective"_s, {u"settings"_s, u"agency"_s, u"--agency-name"_s, u"Mine"_s})
                     .exitCode,
                 4);
        // The demo store names its made-up agency.
        QCOMPARE(as(u"admin"_s, {u"settings"_s, u"agency"_s, u"--json"_s}).json()[u"ori"_s],
                 u"CA0000000"_s);

        const Run set = as(u"admin"_s, {u"settings"_s, u"agency"_s, u"--agency-name"_s,
                                        u"Los Altos Police Department"_s, u"--ori"_s,
                                        u"ca0431000"_s, u"--address"_s, u"1 N San Antonio Rd"_s,
                                        u"--contact"_s, u"(650) 947-2770"_s});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(u"CA0431000"_s), qPrintable(set.out));
        const Run all = as(u"records"_s, {u"settings"_s, u"show"_s});
        QVERIFY2(all.out.contains(u"Los Altos Police Department (ORI CA0431000)"_s),
                 qPrintable(all.out));

        bool found = false;
        for (const QJsonValue& e : trail(u"settings-changed"_s))
            if (e[u"object"_s] == u"settings:agency"_s) {
                const QJsonObject d = e[u"details"_s].toObject();
                found = d[u"after"_s][u"ori"_s] == u"CA0431000"_s &&
                        d[u"before"_s][u"ori"_s] == u"CA0000000"_s;
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSettingsCommands)
#include "tst_settingscommands.moc"
