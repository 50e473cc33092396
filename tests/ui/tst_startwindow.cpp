// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The window each user gets, on a real demo store: an administrator, who may
// not search, the administration window and no search form; everyone else the
// search window, offering only the purposes of their roles; and case history
// for a detective, without a refusal, brought forward when opened again.
#include "../support/uitest.h"
#include "adminwindow.h"
#include "auditorwindow.h"
#include "mainwindow.h"
#include "startwindow.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "inquiry/searchservice.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

class TestStartWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s =
            SignIn::signIn(m_store, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!s)
            qFatal("sign-in failed: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    static QStringList offered(QComboBox* combo)
    {
        QStringList codes;
        for (int i = 0; i < combo->count(); ++i)
            if (!combo->itemData(i).toString().isEmpty())
                codes << combo->itemData(i).toString();
        return codes;
    }

    static void saveScreenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"start.alprdb"_s);
        DemoOptions options;
        options.reads = 20;
        options.images = false;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
    }

    void byRole_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("administers");
        QTest::newRow("administrator") << QStringList{u"administrator"_s} << true;
        QTest::newRow("detective") << QStringList{u"detective"_s} << false;
        QTest::newRow("auditor") << QStringList{u"auditor"_s} << false;
        QTest::newRow("administrator and detective")
            << QStringList{u"administrator"_s, u"detective"_s} << false;
        QTest::newRow("administrator and auditor")
            << QStringList{u"administrator"_s, u"auditor"_s} << false;
    }

    void byRole()
    {
        QFETCH(QStringList, roles);
        QFETCH(bool, administers);
        QCOMPARE(administersOnly(parseRoles(roles.join(u',')).value()), administers);
    }

    void theAdministratorGetsTheAdministrationWindow()
    {
        auto window = makeStartWindow(signIn(u"admin"_s));
        auto* admin = qobject_cast<AdminWindow*>(window.get());
        QVERIFY(admin);
        admin->show();
        QVERIFY(QTest::qWaitForWindowExposed(admin));
        // No search form at all, but the pages of their work.
        QVERIFY(!admin->findChild<QWidget*>(u"patternEdit"_s));
        QVERIFY(!admin->findChild<QWidget*>(u"purposeCombo"_s));
        QVERIFY(!admin->findChild<QWidget*>(u"resultsView"_s));
        auto* tabs = child<QTabWidget>(admin, u"adminTabs"_s);
        // users, purposes, settings, hot lists, release requests, legal holds, purge certificates
        QCOMPARE(tabs->count(), 7);
        QVERIFY(child<QTableView>(admin, u"userTable"_s)->model()->rowCount() >= 5);
        QVERIFY(child<QLabel>(admin, u"signedInAs"_s)->text().contains(u"administrator"_s));
        // Its own menus: sign out, change password, the auditor's console.
        QVERIFY(admin->menuBar()->isVisible());
        auto* console = admin->findChild<QAction*>(u"auditorConsoleAction"_s);
        QVERIFY(console);
        console->trigger();
        QVERIFY(admin->findChild<AuditorWindow*>());
        console->trigger();
        QCOMPARE(admin->findChildren<AuditorWindow*>().size(), 1);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            saveScreenshot(admin, u"admin-window-%1.png"_s.arg(i + 1));
        }
    }

    void othersGetTheSearchWindowWithTheirPurposes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("purposes");
        const QStringList cases{u"civil-administrative"_s, u"criminal-investigation"_s,
                                u"event-protection"_s,     u"infrastructure-protection"_s,
                                u"missing-person"_s,       u"stolen-vehicle"_s,
                                u"wanted-person"_s,        u"witness-victim"_s};
        QTest::newRow("detective") << u"detective"_s << cases;
        QTest::newRow("dispatcher") << u"dispatcher"_s << cases;
        QTest::newRow("records") << u"records"_s << cases;
        QTest::newRow("auditor") << u"auditor"_s << QStringList{u"audit"_s};
    }

    void othersGetTheSearchWindowWithTheirPurposes()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, purposes);
        auto window = makeStartWindow(signIn(user));
        QVERIFY(qobject_cast<MainWindow*>(window.get()));
        window->show();
        auto* combo = child<QComboBox>(window.get(), u"purposeCombo"_s);
        QStringList got = offered(combo);
        got.sort();
        QCOMPARE(got, purposes);
        // The canvass offers the same (detectives canvass).
        if (auto* canvass = window->findChild<QComboBox*>(u"canvassPurposeCombo"_s)) {
            QStringList inCanvass = offered(canvass);
            inCanvass.sort();
            QCOMPARE(inCanvass, purposes);
        }
    }

    // Case history: a detective's own case opens without a refusal, and a
    // second "Case history…" brings the open window forward.
    void caseHistoryComesForward()
    {
        auto session = signIn(u"detective"_s);
        SearchRequest request;
        request.caseNumber = u"26-007001"_s;
        request.purpose = u"stolen-vehicle"_s;
        request.pattern = u"7*"_s;
        QVERIFY(SearchService(*session).search(request).ok());
        auto window = makeStartWindow(std::move(session));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClicks(child<QComboBox>(window.get(), u"caseEdit"_s)->lineEdit(), u"26-007001"_s);
        auto* history = child<QAction>(window.get(), u"caseHistoryAction"_s);
        history->trigger();
        auto* auditor = window->findChild<AuditorWindow*>();
        QVERIFY(auditor);
        QVERIFY(QTest::qWaitForWindowActive(auditor));
        QVERIFY(!auditor->findChild<QLabel*>(u"auditorNoAccess"_s));
        auto* tabs = child<QTabWidget>(auditor, u"auditorTabs"_s);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(auditor, u"trailTab"_s))));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(auditor, u"samplesTab"_s))));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(auditor, u"caseTab"_s));
        QVERIFY(auditor->windowTitle().startsWith(u"Case history"_s));
        QTRY_VERIFY(child<QTableView>(auditor, u"caseEventsTable"_s)->model()->rowCount() >= 1);
        QVERIFY(child<QLabel>(auditor, u"caseMessage"_s)->text().startsWith(u"Events under"_s));
        saveScreenshot(auditor, u"case-history.png"_s);

        // Back to the search window, then Case history again: the same window, in front.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(!auditor->isActiveWindow());
        history->trigger();
        QCOMPARE(window->findChildren<AuditorWindow*>().size(), 1);
        QTRY_VERIFY(auditor->isActiveWindow());
        QVERIFY(auditor->isVisible());
    }
};

QTEST_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
