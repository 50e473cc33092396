// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The windows on the department store: the real sign-in dialog, main,
// administration and auditor's windows, signed in to a throwaway PostgreSQL
// server (pg_virtualenv) that real camera output was imported into. What
// each user does is checked in the server's own trail.
#include "../support/departmentfixture.h"
#include "../support/uitest.h"
#include "adminwindow.h"
#include "alertqueuemodel.h"
#include "alertspanel.h"
#include "auditorwindow.h"
#include "auditsamplespage.h"
#include "audittrailpage.h"
#include "canvasspanel.h"
#include "evidenceexportdialog.h"
#include "evidencepackagemodel.h"
#include "evidencepackagespage.h"
#include "hitchecklistdialog.h"
#include "hotlistspage.h"
#include "idlelock.h"
#include "imageview.h"
#include "mainwindow.h"
#include "readtablemodel.h"
#include "settingspage.h"
#include "signindialog.h"
#include "userspage.h"

#include "auditing/auditsample.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "evidence/evidenceexport.h"
#include "inquiry/changenotice.h"
#include "inquiry/searchservice.h"
#include "retention/legalholds.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDate>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::child;
using alpr::test::CliRun;
using alpr::test::DepartmentFixture;
using alpr::test::PgTestServer;
using alpr::test::runAlprctl;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPlate = u"A424761"_s; // in tests/data/ingest/alpr_group_v2.json
const QString kDatabase = u"alpr_gui"_s;

QStringList tabTitles(const QTabWidget* tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->isTabVisible(i))
            titles << tabs->tabText(i).remove(u'&');
    return titles;
}

} // namespace

class TestDepartmentWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store; // the workstations' address, the login role's password in it

    static void saveScreenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // The layouts take the text just set, as before the window paints.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        w->grab().save(dir + u'/' + name);
    }

    // Rows of the server's trail, "action|user|object|outcome", as its superuser reads them.
    static QStringList trail(const QString& where)
    {
        return PgTestServer::superRows(
            kDatabase, u"SELECT action || '|' || username || '|' || object || '|' || outcome "
                       "FROM alpr.audit_events WHERE %1 ORDER BY seq"_s.arg(where));
    }

    // alprctl as one of the fixture's people, as a department's staff type it.
    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, demoPassword()}});
    }

    std::unique_ptr<Session> signInThroughDialog(const QString& user)
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        // The address is shown without the login role's password.
        const QString shown = child<QLabel>(&dialog, "storeLabel")->text();
        if (shown.contains(u"login-role-pw"_s) || !shown.contains(u"alpr_gui"_s))
            qFatal("the sign-in dialog shows the store as %s", qPrintable(shown));
        QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), user);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), demoPassword());
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        return dialog.takeSession();
    }

    // Stops or starts the test's PostgreSQL cluster (pg_virtualenv's "regress").
    static bool cluster(const QString& action)
    {
        QProcess ctl;
        ctl.start(u"pg_ctlcluster"_s,
                  {qEnvironmentVariable("PGVERSION"), u"regress"_s, action, u"-m"_s, u"fast"_s});
        return ctl.waitForFinished(60000) && ctl.exitStatus() == QProcess::NormalExit &&
               ctl.exitCode() == 0;
    }

    // Whether the server takes connections (it has just been started).
    static bool serverAnswers()
    {
        for (int i = 0; i < 100; ++i) {
            int rc = -1;
            PgTestServer::psql(PgTestServer::superUser(), PgTestServer::superPassword(), kDatabase,
                               u"SELECT 1"_s, &rc);
            if (rc == 0)
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    // The server drops the connection of user's session (as a restart or
    // a network failure would), as its superuser does.
    static void dropConnectionOf(const QString& user)
    {
        const QStringList ended = PgTestServer::superRows(
            kDatabase, u"SELECT pg_terminate_backend(s.backend_pid) FROM alpr.sessions s JOIN "
                       "alpr.users u ON u.id = s.user_id WHERE u.username = '%1' AND "
                       "s.ended_at IS NULL AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE "
                       "a.pid = s.backend_pid)"_s.arg(user));
        if (ended != QStringList{u"t"_s})
            qFatal("the connection of %s was not ended: %s", qPrintable(user),
                   qPrintable(ended.join(u' ')));
    }

    // The lock screen's password typed and Unlock pressed.
    static void typeOnLockScreen(QWidget* window, const QString& password)
    {
        QTest::keyClicks(child<QLineEdit>(window, "lockPasswordEdit"), password);
        QTest::mouseClick(child<QPushButton>(window, "unlockScreenButton"), Qt::LeftButton);
    }

    static void search(MainWindow& window, const QString& pattern, const QString& purpose)
    {
        auto* edit = child<QLineEdit>(&window, "patternEdit");
        edit->clear();
        QTest::keyClicks(edit, pattern);
        auto* caseEdit = child<QComboBox>(&window, "caseEdit");
        caseEdit->lineEdit()->clear();
        QTest::keyClicks(caseEdit->lineEdit(), u"26-004211"_s);
        auto* purposes = child<QComboBox>(&window, "purposeCombo");
        purposes->setCurrentIndex(purposes->findData(purpose));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = DepartmentFixture::create(kDatabase, demoPassword(), &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        // The ingest service account imports real camera output, with its images.
        const QString passwordFile = m_dir.filePath(u"ingest.pw"_s);
        CliRun r =
            runAlprctl({u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s,
                        u"ingest"_s, u"--roles"_s, u"ingest"_s, u"--password-file"_s, passwordFile},
                       {{u"ALPR_PASSWORD"_s, demoPassword()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runAlprctl({u"--store"_s, m_store, u"--user"_s, u"ingest"_s, u"--password-file"_s,
                        passwordFile, u"import"_s, u"reads"_s,
                        QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/alpr_group_v2.json"),
                        QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/reads_valid.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void detectiveSearchesAndSeesTheImages()
    {
        auto session = signInThroughDialog(u"detective"_s);
        QVERIFY(session);
        QVERIFY(session->isDepartment());
        MainWindow window(std::move(session));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"alpr_gui"_s));
        QVERIFY(!window.windowTitle().contains(u"login-role-pw"_s));
        QCOMPARE(tabTitles(child<QTabWidget>(&window, "workTabs")),
                 (QStringList{u"Search results"_s, u"Canvass"_s}));
        // The purposes come from the server: a detective is not offered the auditors' one.
        auto* purposes = child<QComboBox>(&window, "purposeCombo");
        QVERIFY(purposes->findData(u"criminal-investigation"_s) > 0);
        QCOMPARE(purposes->findData(u"audit"_s), -1);

        search(window, u"A4?4761"_s, u"criminal-investigation"_s);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ReadTableModel::Plate).data().toString(), kPlate);
        QVERIFY(!child<QLabel>(&window, "errorBanner")->isVisible());
        QVERIFY2(child<QLabel>(&window, "statusCount")->text().contains(u"match A4?4761"_s),
                 qPrintable(child<QLabel>(&window, "statusCount")->text()));
        // The search is on the server's record before the row shows.
        QCOMPARE(trail(u"action = 'search' AND username = 'detective'"_s).size(), 1);
        QVERIFY(trail(u"action IN ('view-read', 'view-image')"_s).isEmpty());

        // Opening the read shows its plate image, each recorded by the server.
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return);
        auto* plate = child<ImageView>(&window, "plateImage");
        QTRY_VERIFY(plate->hasImage());
        QVERIFY(child<QLabel>(&window, "readDetails")->text().contains(kPlate));
        const QStringList views = trail(u"action IN ('view-read', 'view-image') AND "
                                        "username = 'detective'"_s);
        QVERIFY2(views.size() >= 2, qPrintable(views.join(u'\n')));
        QVERIFY(views.first().startsWith(u"view-read|detective|read:"_s));
        saveScreenshot(&window, u"department-main-window.png"_s);

        // A canvass around the read: the server finds the reads and records it.
        auto* canvass = window.findChild<CanvassPanel*>(u"canvassPanel"_s);
        QVERIFY(canvass);
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        tabs->setCurrentWidget(canvass); // takes the case and the read's place and time
        canvass->runCanvass();
        QTRY_VERIFY(canvass->lastSearchId() > 0);
        QCOMPARE(trail(u"action = 'canvass' AND username = 'detective' AND outcome = 'success'"_s)
                     .size(),
                 1);
        saveScreenshot(&window, u"department-canvass.png"_s);
        tabs->setCurrentIndex(0);

        // The recent case comes back from the server's record.
        QVERIFY(child<QComboBox>(&window, "caseEdit")->findText(u"26-004211"_s) >= 0);

        // Case history: the case in the search bar, from the server, which
        // records the view; the detective sees that page alone.
        auto* history = window.findChild<QAction*>(u"caseHistoryAction"_s);
        QVERIFY(history && history->isEnabled());
        history->trigger();
        auto* cases = window.findChild<AuditorWindow*>();
        QVERIFY(cases);
        QCOMPARE(tabTitles(child<QTabWidget>(cases, "auditorTabs")), QStringList{u"Case"_s});
        auto* caseEvents = child<QTableView>(cases, "caseEventsTable");
        QTRY_VERIFY(caseEvents->model()->rowCount() >= 3); // the search, the read, its image
        QVERIFY(child<QLabel>(cases, "caseFirstUse")->text().contains(u"detective"_s));
        saveScreenshot(cases, u"department-case-history.png"_s);
        cases->close();
        QCOMPARE(trail(u"action = 'case-view' AND username = 'detective' AND "
                       "object = 'case:26-004211'"_s)
                     .size(),
                 1);

        // The lock screen: a wrong password keeps it locked, the right one
        // (checked by the server) opens it; both recorded there.
        auto* lock = child<IdleLock>(&window);
        lock->lockNow(u"test"_s);
        QVERIFY(lock->isLocked());
        auto* password = child<QLineEdit>(&window, "lockPasswordEdit");
        auto* unlock = child<QPushButton>(&window, "unlockScreenButton");
        QTest::keyClicks(password, u"not the password"_s);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(lock->isLocked());
        QTest::keyClicks(password, demoPassword());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QCOMPARE(trail(u"username = 'detective' AND action IN ('session-locked', "
                       "'session-unlocked')"_s)
                     .size(),
                 2);
        QCOMPARE(trail(u"username = 'detective' AND action = 'password-check' AND "
                       "outcome <> 'success'"_s)
                     .size(),
                 1);
    }

    void serverRefusesAPurposeTheRolesMayNotGive()
    {
        // The combo does not offer it; a modified client that sends it anyway
        // is refused by the server, and the refusal is on the record.
        auto session = signInThroughDialog(u"detective"_s);
        QVERIFY(session);
        SearchService service(*session);
        SearchRequest request;
        request.pattern = kPlate;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"audit"_s;
        request.limit = 10;
        auto outcome = service.search(request);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        QVERIFY2(outcome.error().message.contains(u"audit"_s), qPrintable(outcome.error().message));
        QCOMPARE(trail(u"action = 'search' AND outcome = 'refused' AND "
                       "details->>'purpose' = 'audit'"_s)
                     .size(),
                 1);
    }

    void recordsSeeTheHoldTheyPlaced()
    {
        auto session = signInThroughDialog(u"records"_s);
        QVERIFY(session);
        Session& records = *session; // one session per user: the window's
        MainWindow window(std::move(session));
        window.show();
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        QCOMPARE(tabTitles(tabs), (QStringList{u"Search results"_s, u"Evidence packages"_s,
                                               u"Legal holds"_s, u"Release requests"_s}));
        search(window, kPlate, u"criminal-investigation"_s);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        auto* model = child<ReadTableModel>(&window, QString());
        QVERIFY(!model->isHeld(0));

        // A hold on the search's result, as the window's Place legal hold does.
        const QString status = child<QLabel>(&window, "statusCount")->text();
        HoldRequest request;
        request.selection.readIds = {model->hit(0)->read.id};
        request.selection.searchId =
            status.section(u"search "_s, 1).section(u',', 0, 0).toLongLong();
        request.caseNumber = u"26-004211"_s;
        request.reason = u"evidence"_s;
        request.requestingParty = u"DA's office"_s;
        request.reviewOn = QDate(2027, 6, 1);
        auto placed = LegalHolds(records).place(request);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(placed->readCount, 1);
        // The next search marks the read as held.
        search(window, kPlate, u"criminal-investigation"_s);
        QTRY_VERIFY(model->rowCount() == 1 && model->isHeld(0));
        saveScreenshot(&window, u"department-records.png"_s);
    }

    void auditorReadsTheServersTrail()
    {
        auto session = signInThroughDialog(u"auditor"_s);
        QVERIFY(session);
        Session& signedIn = *session;
        MainWindow main(std::move(session));
        auto* auditor = AuditorWindow::showFor(signedIn, &main);
        // The same pages as on a store file: the Purposes page is an
        // administrator's, shown to an auditor disabled.
        QCOMPARE(
            tabTitles(child<QTabWidget>(auditor, "auditorTabs")),
            (QStringList{u"Trail"_s, u"Samples"_s, u"Case"_s, u"Purposes"_s, u"Evidence packages"_s,
                         u"Release requests"_s, u"Legal holds"_s, u"Purge certificates"_s}));
        auto* events = child<QTableView>(auditor->trailPage(), QString());
        QTRY_VERIFY(events->model()->rowCount() > 10);
        saveScreenshot(auditor, u"department-auditor.png"_s);
        // Reading the trail is itself on the record.
        QVERIFY(!trail(u"username = 'auditor' AND action LIKE 'audit%'"_s).isEmpty());

        // A sample of this half-year's searches, drawn by the server, and a
        // finding on its first item, recorded by it.
        auto* tabs = child<QTabWidget>(auditor, "auditorTabs");
        tabs->setCurrentWidget(auditor->samplesPage());
        auto* kind = child<QComboBox>(auditor, u"sampleKind"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto* period = child<QLineEdit>(auditor, u"samplePeriod"_s);
        period->clear();
        QTest::keyClicks(period, u"%1-H%2"_s.arg(today.year()).arg(today.month() <= 6 ? 1 : 2));
        QTest::mouseClick(child<QPushButton>(auditor, u"drawSampleButton"_s), Qt::LeftButton);
        const qint64 id = auditor->samplesPage()->currentSampleId();
        QVERIFY(id > 0);
        QVERIFY(auditor->samplesPage()->selectItem(1));
        QCOMPARE(child<QLabel>(auditor, u"checkCaseFormat"_s)->text(), u"Yes"_s);
        QCOMPARE(child<QLabel>(auditor, u"checkDataErrors"_s)->text(), u"None"_s);
        auto* finding = child<QComboBox>(auditor, u"worksheetFinding"_s);
        finding->setCurrentIndex(finding->findData(int(Finding::Complies)));
        QTest::mouseClick(child<QPushButton>(auditor, u"saveFindingButton"_s), Qt::LeftButton);
        const QString message = child<QLabel>(auditor, u"worksheetMessage"_s)->text();
        QVERIFY2(message.contains(u"saved"_s), qPrintable(message));
        saveScreenshot(auditor, u"department-auditor-sample.png"_s);
        QCOMPARE(trail(u"username = 'auditor' AND action = 'audit-sample'"_s).size(), 1);
        QCOMPARE(trail(u"username = 'auditor' AND action = 'audit-finding'"_s).size(), 1);
    }

    void administratorManagesTheAccounts()
    {
        auto session = signInThroughDialog(u"admin"_s);
        QVERIFY(session);
        AdminWindow window(*session);
        window.show();
        const QStringList titles = tabTitles(child<QTabWidget>(&window, "adminTabs"));
        QCOMPARE(titles.first(), u"Users"_s);
        // No Hot lists page yet: pg init's administrator has no training
        // record (administratorApprovesABolo gives one).
        QVERIFY2(titles.contains(u"Purposes"_s) && titles.contains(u"Settings"_s) &&
                     !titles.contains(u"Hot lists"_s),
                 qPrintable(titles.join(u", ")));
        auto* users = child<QTableView>(window.usersPage(), QString());
        QTRY_VERIFY(users->model()->rowCount() >= 7); // admin, the five, ingest
        saveScreenshot(&window, u"department-admin.png"_s);
    }

    // The Settings page on the server: the department's settings and the
    // account rules saved there and recorded by it.
    void administratorChangesTheSettings()
    {
        auto session = signInThroughDialog(u"admin"_s);
        QVERIFY(session);
        AdminWindow window(*session);
        window.show();
        SettingsPage* page = window.settingsPage();
        QVERIFY(page);
        child<QTabWidget>(&window, "adminTabs")->setCurrentWidget(page);
        // The account rules the server keeps: the idle lock shortened, a
        // lockout below CJIS's refused by the workstation first.
        QCOMPARE(child<QSpinBox>(page, "minPasswordLengthSpin")->value(), 12);
        auto* idle = child<QSpinBox>(page, "idleMinutesSpin");
        QCOMPARE(idle->value(), 30);
        idle->setValue(20);
        QTest::mouseClick(child<QPushButton>(page, "saveAccountPolicyButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "accountPolicyMessage")->text().startsWith(u"Saved"_s));
        QCOMPARE(PgTestServer::superRows(
                     kDatabase, u"SELECT (details->'before'->>'idle_lock_minutes') || '>' || "
                                "(details->>'idle_lock_minutes') FROM alpr.audit_events WHERE "
                                "object = 'settings:accounts' AND username = 'admin'"_s),
                 QStringList{u"30>20"_s});
        auto* lockout = child<QSpinBox>(page, "lockoutMinutesSpin");
        lockout->setValue(5);
        QTest::mouseClick(child<QPushButton>(page, "saveAccountPolicyButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "accountPolicyMessage")->text().contains(u"CJIS 5.5.3"_s));
        lockout->setValue(10);
        idle->setValue(30);
        QTest::mouseClick(child<QPushButton>(page, "saveAccountPolicyButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "accountPolicyMessage")->text().startsWith(u"Saved"_s));
        QCOMPARE(child<QLineEdit>(page, "caseFormatEdit")->text(), u"^[0-9]{2}-[0-9]{4,8}$"_s);
        auto* hold = child<QSpinBox>(page, "alertHoldSpin");
        QCOMPARE(hold->value(), 30);
        hold->setValue(45);
        auto* misread = child<QLineEdit>(page, "misreadTableEdit");
        misread->setText(u"0OQ 1I"_s);
        QTest::mouseClick(child<QPushButton>(page, "saveDepartmentButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "departmentMessage")->text().startsWith(u"Saved"_s));
        const QStringList changed = PgTestServer::superRows(
            kDatabase, u"SELECT (details->'before'->>'alert_hold_minutes') || '>' || "
                       "(details->'after'->>'alert_hold_minutes') || ' ' || "
                       "(details->'after'->>'misread_table') FROM alpr.audit_events "
                       "WHERE action = 'settings-changed' AND object = 'settings:department' "
                       "AND username = 'admin'"_s);
        QCOMPARE(changed, QStringList{u"30>45 0OQ 1I"_s});
        saveScreenshot(&window, u"department-settings.png"_s);
        // A misread table the server refuses: said on the page, nothing saved.
        misread->setText(u"0OQ 1I0"_s);
        QTest::mouseClick(child<QPushButton>(page, "saveDepartmentButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "departmentMessage")->text().contains(u"two classes"_s));
        // Back to the default table, for the tests after this one.
        misread->setText(u"0ODQ 1I 2Z 5S 8B 6G"_s);
        QTest::mouseClick(child<QPushButton>(page, "saveDepartmentButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, "departmentMessage")->text().startsWith(u"Saved"_s));
    }

    // Records staff export reads as a signed evidence package: the server
    // records it, gives the reads and images, and signs with its key; the
    // Evidence packages tab lists it.
    void recordsExportsEvidence()
    {
        const QStringList reads =
            PgTestServer::superRows(kDatabase, u"SELECT id FROM alpr.reads ORDER BY id LIMIT 2"_s);
        QCOMPARE(reads.size(), 2);
        auto session = signInThroughDialog(u"records"_s);
        QVERIFY(session);
        QTemporaryDir medium;
        QVERIFY(medium.isValid());
        EvidenceRequest request;
        request.readIds = {reads.at(0).toLongLong(), reads.at(1).toLongLong()};
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"criminal-investigation"_s;
        EvidenceExportDialog dialog(*session, request);
        dialog.show();
        child<QLineEdit>(&dialog, "evidenceFolderEdit")->setText(medium.path());
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY2(dialog.exported().has_value(),
                 qPrintable(child<QLabel>(&dialog, "evidenceResult")->text()));
        const ExportedPackage made = *dialog.exported();
        QCOMPARE(made.reads, 2);
        QVERIFY(QFileInfo(made.folder + u"/tagmanifest-sha256.txt.sshsig"_s).isFile());
        saveScreenshot(&dialog, u"department-evidence-export.png"_s);
        const QString object = u"object = 'evidence:%1'"_s.arg(made.id);
        QCOMPARE(trail(object + u" AND action IN ('evidence-export', 'evidence-signed')"_s),
                 (QStringList{u"evidence-export|records|evidence:%1|started"_s.arg(made.id),
                              u"evidence-signed|records|evidence:%1|success"_s.arg(made.id),
                              u"evidence-export|records|evidence:%1|success"_s.arg(made.id)}));

        MainWindow window(std::move(session));
        window.show();
        auto* packages = window.findChild<EvidencePackagesPage*>();
        QVERIFY(packages);
        QTRY_VERIFY(packages->packages().rowCount() >= 1);
        QCOMPARE(packages->packages().package(0)->id, made.id);
    }

    // A detective's BOLO waits on the server for an administrator, who
    // approves it on the Hot lists page; the server records both.
    void administratorApprovesABolo()
    {
        CliRun r = as(u"admin"_s, {u"user"_s, u"train"_s, u"admin"_s, u"--course"_s, u"ALPR use"_s,
                                   u"--completed"_s, u"2026-01-05"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = as(u"admin"_s, {u"hotlist"_s, u"create"_s, u"Department BOLOs"_s, u"--kind"_s,
                            u"department"_s, u"--purpose"_s, u"criminal-investigation"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = as(u"detective"_s,
               {u"hotlist"_s, u"entry"_s, u"add"_s, u"--list"_s, u"Department BOLOs"_s,
                u"--plate"_s, u"6TRJ244"_s, u"--reason"_s, u"burglary suspect"_s, u"--case"_s,
                u"26-004211"_s, u"--synopsis"_s, u"Grey sedan seen leaving the scene"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        auto session = signInThroughDialog(u"admin"_s);
        QVERIFY(session);
        AdminWindow window(*session);
        window.show();
        HotListsPage* page = window.hotListsPage();
        QVERIFY(page);
        QVERIFY(tabTitles(child<QTabWidget>(&window, "adminTabs")).contains(u"Hot lists"_s));
        child<QTabWidget>(&window, "adminTabs")->setCurrentWidget(page);
        auto* lists = child<QTableView>(page, "hotListsTable");
        QTRY_COMPARE(lists->model()->rowCount(), 1);
        auto* pending = child<QTableView>(page, "pendingEntriesTable");
        QTRY_COMPARE(pending->model()->rowCount(), 1);
        saveScreenshot(&window, u"department-hotlists-pending.png"_s);
        pending->selectRow(0);
        QTest::mouseClick(child<QPushButton>(page, "approveEntryButton"), Qt::LeftButton);
        QTRY_COMPARE(pending->model()->rowCount(), 0);
        QCOMPARE(trail(u"action = 'hotlist-entry-approved' AND outcome = 'success'"
                       " AND username = 'admin'"_s)
                     .size(),
                 1);
        // Showing the pending entries is an access the server recorded.
        QVERIFY(!trail(u"action = 'hotlist-viewed' AND username = 'admin'"_s).isEmpty());
        saveScreenshot(&window, u"department-hotlists.png"_s);
    }

    // The server matches a read against a general list; the dispatcher's
    // Alerts tab shows the hit, takes it under an incident number and opens
    // its checklist, each recorded by the server.
    void dispatcherTakesAnAlert()
    {
        CliRun r = as(u"admin"_s, {u"user"_s, u"train"_s, u"admin"_s, u"--course"_s, u"ALPR use"_s,
                                   u"--completed"_s, u"2026-01-05"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = as(u"admin"_s, {u"hotlist"_s, u"create"_s, u"CA stolen vehicles"_s, u"--kind"_s,
                            u"general"_s, u"--purpose"_s, u"stolen-vehicle"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString extract =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(u"MM/dd/yyyy hh:mm"_s);
        const QString clew = m_dir.filePath(u"svs.tbl"_s);
        QFile f(clew);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DATE" + extract.toLatin1() +
                "\r\n7WXY512 CA0120261201\r\nTOTAL RECORD 0000001\r\n");
        f.close();
        r = as(u"admin"_s, {u"hotlist"_s, u"import"_s, clew, u"--list"_s, u"CA stolen vehicles"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString csv = m_dir.filePath(u"hit.csv"_s);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("plate,state,captured_at,camera,latitude,longitude\n7WXY512,CA," +
                QDateTime::currentDateTimeUtc().addSecs(-90).toString(Qt::ISODate).toLatin1() +
                ",CAM-ELM-01,37.3801,-122.1142\n");
        c.close();
        r = as(u"admin"_s, {u"import"_s, u"reads"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        auto session = signInThroughDialog(u"dispatcher"_s);
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        auto* panel = child<AlertsPanel>(&window, "alertsPanel");
        auto* view = child<QTableView>(panel, "alertsView");
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(!trail(u"action = 'alerts-listed' AND username = 'dispatcher'"_s).isEmpty());
        saveScreenshot(&window, u"department-alerts.png"_s);
        view->selectRow(0);
        QTest::keyClicks(child<QLineEdit>(panel, "incidentEdit"), u"26-000777"_s);
        QTest::mouseClick(child<QPushButton>(panel, "takeButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->checklist());
        QCOMPARE(trail(u"action = 'hit-taken' AND username = 'dispatcher'"_s).size(), 1);
        QCOMPARE(trail(u"action = 'hit-viewed' AND username = 'dispatcher'"_s).size(), 1);
        saveScreenshot(panel->checklist(), u"department-checklist.png"_s);
        panel->checklist()->close();

        // Another workstation stores a read of the same plate: the server
        // pushes its change notice to the window, which asks for the counter
        // and lists the new hit, without waiting for its sweep or its poll
        // (made ten minutes here, so only the notice can bring it).
        auto* notice = child<ChangeNotice>(&window, "changeNotice");
        QVERIFY(notice->listening());
        notice->check(); // the dispatcher's own take moved it
        QVERIFY(!notice->check());
        notice->start(10 * 60 * 1000);
        QSignalSpy told(notice, &ChangeNotice::changed);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("plate,state,captured_at,camera,latitude,longitude\n7WXY512,CA," +
                QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate).toLatin1() +
                ",CAM-ELM-02,37.3811,-122.1140\n");
        c.close();
        r = as(u"admin"_s, {u"import"_s, u"reads"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QTRY_VERIFY_WITH_TIMEOUT(told.count() > 0, 30000);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        told.clear();

        // The watch supervisor takes the new hit at another desk: shown as
        // taken here too.
        const QStringList untaken =
            PgTestServer::superRows(kDatabase, u"SELECT id FROM alpr.hits WHERE taken_by = ''"_s);
        QCOMPARE(untaken.size(), 1);
        r = as(u"supervisor"_s,
               {u"hits"_s, u"take"_s, untaken[0], u"--incident"_s, u"26-000778"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QTRY_VERIFY_WITH_TIMEOUT(told.count() > 0, 30000);
        auto* queue = qobject_cast<AlertQueueModel*>(view->model());
        QVERIFY(queue);
        QTRY_COMPARE(queue->untakenCount(), 0);
        saveScreenshot(&window, u"department-alerts-pushed.png"_s);
    }

    // The server restarts under the dispatcher's window (after
    // dispatcherTakesAnAlert, whose list matches 7WXY512): the window locks
    // at once and says the connection was lost, its queue hidden. Signing in
    // again while the server is down says so and stays locked; once it is
    // back, a wrong password counts as any does, and the right one signs in
    // again on a new connection, recorded by the server as any sign-in. The
    // window goes on: a hit stored after it reaches the queue by the change
    // notice of the new connection.
    void dispatcherSignsInAgainAfterTheServerRestarts()
    {
        auto session = signInThroughDialog(u"dispatcher"_s);
        QVERIFY(session);
        Session& dispatcher = *session;
        MainWindow window(std::move(session));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = child<AlertsPanel>(&window, "alertsPanel");
        child<QTimer>(panel, "alertsSweepTimer")->stop(); // only the notices refresh it here
        auto* view = child<QTableView>(panel, "alertsView");
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const int hits = view->model()->rowCount();
        const QString signIns =
            u"action = 'sign-in' AND username = 'dispatcher' AND outcome = 'success'"_s;
        const qsizetype signedInBefore = trail(signIns).size();
        auto* lock = child<IdleLock>(&window);
        QVERIFY(!lock->isLocked());

        QVERIFY(cluster(u"stop"_s));
        // Started again however this function ends: the later ones need it.
        auto restart = qScopeGuard([] { cluster(u"start"_s); });
        // The server's farewell on the change notices' socket locks the window.
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 10000);
        QVERIFY(lock->isConnectionLost());
        QVERIFY(dispatcher.storeLost());
        auto* message = child<QLabel>(&window, "lockMessage");
        QVERIFY2(message->text().contains(u"The connection to the department store"_s) &&
                     message->text().contains(u"was lost"_s),
                 qPrintable(message->text()));
        QCOMPARE(child<QLabel>(&window, "lockTitle")->text(), u"<h2>Connection lost</h2>"_s);
        QCOMPARE(child<QPushButton>(&window, "unlockScreenButton")->text(), u"Sign in again"_s);
        QVERIFY(child<QWidget>(&window, "lockScreen")->isVisible());
        QVERIFY(!window.centralWidget()->isVisible());
        QVERIFY(!view->isVisible());
        QVERIFY(child<QLabel>(&window, "errorBanner")->isHidden()); // said by the lock instead
        saveScreenshot(&window, u"department-connection-lost.png"_s);
        // The queue's sweep meanwhile fails, and says so behind the lock.
        panel->refresh();
        auto* queueMessage = child<QLabel>(panel, "alertsMessage");
        QVERIFY(!queueMessage->isHidden());

        // The server is still down: said so, and the screen stays locked.
        typeOnLockScreen(&window, demoPassword());
        QVERIFY(lock->isLocked());
        QVERIFY2(message->text().startsWith(u"The department store still cannot be reached"_s),
                 qPrintable(message->text()));
        saveScreenshot(&window, u"department-connection-still-lost.png"_s);

        QVERIFY(cluster(u"start"_s));
        restart.dismiss();
        QVERIFY(serverAnswers());
        // A wrong password is a failed sign-in, counted toward the lockout.
        typeOnLockScreen(&window, u"not the password"_s);
        QVERIFY(lock->isLocked());
        QCOMPARE(message->text(), u"Wrong user name or password."_s);
        QCOMPARE(trail(u"action = 'sign-in' AND username = 'dispatcher' AND "
                       "outcome = 'failure' AND details->>'reason' = 'wrong password'"_s)
                     .size(),
                 1);
        QCOMPARE(PgTestServer::superRows(kDatabase, u"SELECT failed_sign_ins FROM alpr.users WHERE "
                                                    "username = 'dispatcher'"_s),
                 QStringList{u"1"_s});

        typeOnLockScreen(&window, demoPassword());
        QVERIFY2(!lock->isLocked(), qPrintable(message->text()));
        QVERIFY(!lock->isConnectionLost());
        QVERIFY(!dispatcher.storeLost());
        QVERIFY(view->isVisible());
        QCOMPARE(trail(signIns).size(), signedInBefore + 1);
        QCOMPARE(PgTestServer::superRows(kDatabase,
                                         u"SELECT count(*) FROM alpr.sessions s JOIN alpr.users u "
                                         "ON u.id = s.user_id WHERE u.username = 'dispatcher' "
                                         "AND s.ended_at IS NULL"_s),
                 QStringList{u"1"_s});

        // The change notices come over the new connection: a hit stored now
        // is listed without the poll (made ten minutes) or the sweep.
        auto* notice = child<ChangeNotice>(&window, "changeNotice");
        QVERIFY(notice->listening());
        notice->start(10 * 60 * 1000);
        const QString csv = m_dir.filePath(u"after-restart.csv"_s);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("plate,state,captured_at,camera,latitude,longitude\n7WXY512,CA," +
                QDateTime::currentDateTimeUtc().addSecs(-10).toString(Qt::ISODate).toLatin1() +
                ",CAM-ELM-03,37.3821,-122.1138\n");
        c.close();
        const CliRun r = as(u"admin"_s, {u"import"_s, u"reads"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), hits + 1, 10000);
        QVERIFY2(queueMessage->isHidden(), qPrintable(queueMessage->text()));
    }

    // The connection of a user with a second factor is lost: the lock
    // screen asks for the one-time code after the password, as the sign-in
    // dialog does; a wrong code counts; the password is not asked again.
    void signingInAgainAsksForTheOneTimeCode()
    {
        CliRun r = as(u"admin"_s, {u"user"_s, u"totp"_s, u"records"_s, u"--no-qr"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto forget = qScopeGuard([] {
            PgTestServer::superRows(kDatabase, u"UPDATE alpr.users SET totp_secret = NULL, "
                                               "failed_sign_ins = 0 WHERE username = 'records'"_s);
        });
        const auto m = QRegularExpression(u"Secret \\(base32\\): ([A-Z2-7]+)"_s).match(r.out);
        QVERIFY(m.hasMatch());
        const auto secret = totp::fromBase32(m.captured(1));
        QVERIFY(secret.ok());
        const auto codeIn = [&](int seconds) {
            return totp::codeAt(secret.value(), QDateTime::currentDateTimeUtc().addSecs(seconds));
        };
        auto session = SignIn::signIn(m_store, u"records"_s, SecureBytes::fromUtf8(demoPassword()),
                                      Clock::system(), [&] { return codeIn(0); });
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        MainWindow window(std::move(session.value()));
        window.show();
        auto* lock = child<IdleLock>(&window);
        dropConnectionOf(u"records"_s);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked() && lock->isConnectionLost(), 10000);

        auto* message = child<QLabel>(&window, "lockMessage");
        auto* code = child<QLineEdit>(&window, "lockCodeEdit");
        QVERIFY(code->isHidden());
        typeOnLockScreen(&window, demoPassword());
        QVERIFY(lock->isLocked());
        QVERIFY(code->isVisible());
        QCOMPARE(message->text(), u"Enter the 6-digit code from your authenticator app."_s);
        // Ten minutes off: wrong, and a failure on the record.
        QTest::keyClicks(code, codeIn(600));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(lock->isLocked());
        QCOMPARE(message->text(), u"Wrong user name, password or one-time code."_s);
        QCOMPARE(trail(u"action = 'sign-in' AND username = 'records' AND outcome = 'failure' "
                       "AND details->>'reason' = 'wrong one-time code'"_s)
                     .size(),
                 1);
        saveScreenshot(&window, u"department-connection-lost-code.png"_s);
        // The next step's code: the sign-in used this one's.
        QTest::keyClicks(code, codeIn(30));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY2(!lock->isLocked(), qPrintable(message->text()));
        QVERIFY(code->isHidden());
    }

    // Wrong passwords on the lost connection's lock screen lock the account
    // as any do; the window then closes, ending the session.
    void aLockedAccountClosesTheWindow()
    {
        auto session = signInThroughDialog(u"supervisor"_s);
        QVERIFY(session);
        auto unlockAccount = qScopeGuard([] {
            PgTestServer::superRows(kDatabase,
                                    u"UPDATE alpr.users SET locked_until = NULL, "
                                    "failed_sign_ins = 0 WHERE username = 'supervisor'"_s);
        });
        MainWindow window(std::move(session));
        window.show();
        auto* lock = child<IdleLock>(&window);
        QSignalSpy ended(lock, &IdleLock::sessionEnded);
        dropConnectionOf(u"supervisor"_s);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked() && lock->isConnectionLost(), 10000);
        for (int i = 0; i < 4; ++i) {
            typeOnLockScreen(&window, u"not the password"_s);
            QVERIFY(window.isVisible());
        }
        QCOMPARE(ended.count(), 0);
        typeOnLockScreen(&window, u"not the password"_s);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!window.isVisible());
        const QString message = child<QLabel>(&window, "lockMessage")->text();
        QVERIFY2(message.contains(u"locked"_s) && message.endsWith(u"The session ends now."_s),
                 qPrintable(message));
        QCOMPARE(trail(u"action = 'account-locked' AND username = 'supervisor'"_s).size(), 1);
    }

    // A call of any page finds the connection gone (the administration
    // window has no change notices): the window locks, and signing in
    // again brings the page back.
    void aCallFindsTheLostConnection()
    {
        auto session = signInThroughDialog(u"admin"_s);
        QVERIFY(session);
        Session& admin = *session;
        // Nothing to sign in again for while the connection lives.
        const auto refused = admin.reconnect(SecureBytes::fromUtf8(demoPassword()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        AdminWindow window(std::move(session));
        window.show();
        auto* lock = child<IdleLock>(&window);
        lock->setCheckInterval(100);
        auto* users = child<QTableView>(window.usersPage(), QString());
        QTRY_VERIFY(users->model()->rowCount() >= 7);
        dropConnectionOf(u"admin"_s);
        window.usersPage()->refresh();
        QCOMPARE(users->model()->rowCount(), 0);
        QVERIFY(admin.storeLost());
        QTRY_VERIFY(lock->isLocked() && lock->isConnectionLost());
        typeOnLockScreen(&window, demoPassword());
        QVERIFY2(!lock->isLocked(), qPrintable(child<QLabel>(&window, "lockMessage")->text()));
        window.usersPage()->refresh();
        QVERIFY(users->model()->rowCount() >= 7);
        QVERIFY(!admin.storeLost());
    }
};

QTEST_MAIN(TestDepartmentWindows)
#include "tst_department_windows.moc"
