// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The role x action table, row by row (the README shows the same table).
#include "auth/permissions.h"

#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        // Columns: search canvass view-image verify-hit export import-reads
        //          manage-users manage-hotlists change-settings read-audit
        //          maintain-store purge-reads import-hotlists
        //          enter-hotlist-entries approve-entry-changes supervise-alerts
        //          approve-releases
        const QList<std::pair<const char*, QList<int>>> rows{
            {"detective", {1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}},
            {"dispatcher", {1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}},
            {"records", {1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
            {"administrator", {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1}},
            {"auditor", {1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}},
            // Approves changes to BOLOs and releases of data, oversees the alert queue.
            {"supervisor", {1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1}},
            // Service accounts: the receiver and imports; the nightly jobs.
            {"ingest", {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
            {"maintenance", {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0}},
        };
        const QList<Action> actions = allActions();
        QCOMPARE(actions.size(), 17);
        for (const auto& [role, allowed] : rows)
            for (int i = 0; i < actions.size(); ++i)
                QTest::addRow("%s %s", role, qPrintable(actionName(actions[i])))
                    << QString::fromLatin1(role) << actionName(actions[i]) << (allowed[i] != 0);
    }
    void table()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        const auto r = roleFromName(role);
        QVERIFY(r);
        Action a{};
        for (Action candidate : allActions())
            if (actionName(candidate) == action)
                a = candidate;
        QCOMPARE(roleAllows(*r, a), allowed);
        QCOMPARE(rolesAllow({*r}, a), allowed);
    }

    void severalRolesAddUp()
    {
        QVERIFY(rolesAllow({Role::Detective, Role::Records}, Action::Export));
        QVERIFY(rolesAllow({Role::Detective, Role::Records}, Action::Canvass));
        QVERIFY(!rolesAllow({}, Action::Search));
    }

    void onlyAccountWorkIsOpenWithoutTraining()
    {
        for (Action a : allActions())
            QCOMPARE(reachesAlprData(a), a != Action::ManageUsers && a != Action::ChangeSettings &&
                                             a != Action::MaintainStore);
    }

    void serviceRolesAreTheirOwnKind()
    {
        QCOMPARE(serviceRoles(), (QList<Role>{Role::Ingest, Role::Maintenance}));
        QCOMPARE(personRoles().size() + serviceRoles().size(), allRoles().size());
        for (Role r : personRoles())
            QVERIFY(!isServiceRole(r));
        QCOMPARE(roleFromName(u"maintenance"_s), Role::Maintenance);
        QCOMPARE(roleFromName(u"ingest"_s), Role::Ingest);
    }

    void parseRoles()
    {
        QString unknown;
        QVERIFY(!alpr::parseRoles(u"detective,sheriff"_s, &unknown));
        QCOMPARE(unknown, u"sheriff"_s);
        QCOMPARE(alpr::parseRoles(u"records, detective,records"_s).value(),
                 (QList<Role>{Role::Records, Role::Detective}));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
