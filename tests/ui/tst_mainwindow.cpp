// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Drives the real sign-in dialog and main window on a real demo store.
#include "../support/uitest.h"
#include "auditorwindow.h"
#include "auth/sessionaccess.h"
#include "imageview.h"
#include "mainwindow.h"
#include "readtablemodel.h"
#include "signindialog.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::child;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    static void saveScreenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name);
    }

    // The search bar as a detective fills it in: pattern, case 26-004211, a purpose.
    static void fillSearch(MainWindow& window, const QString& pattern)
    {
        QTest::keyClicks(child<QLineEdit>(&window, "patternEdit"), pattern);
        QTest::keyClicks(child<QComboBox>(&window, "caseEdit")->lineEdit(),
                         QStringLiteral("26-004211"));
        auto* purpose = child<QComboBox>(&window, "purposeCombo");
        const int index = purpose->findData(QStringLiteral("criminal-investigation"));
        QVERIFY(index > 0);
        purpose->setCurrentIndex(index);
    }

    std::unique_ptr<Session> signInThroughDialog(const QString& user, const QString& password)
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), user);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), password);
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        return dialog.takeSession();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("gui.alprdb"));
        DemoOptions options;
        options.reads = 400;
        options.seed = 11;
        options.lastDay = QDate(2026, 11, 20);
        auto created = createOrFillDemoStore(m_store, options);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void wrongPasswordIsSaidPlainly()
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("detective"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"),
                         QStringLiteral("guess-guess-guess"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        auto* message = child<QLabel>(&dialog, "signInMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(QStringLiteral("wrong user name or password")));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!dialog.takeSession());
        saveScreenshot(&dialog, QStringLiteral("signin-wrong-password.png"));
    }

    void searchWithoutCaseIsRefused()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QTest::keyClicks(child<QLineEdit>(&window, "patternEdit"), QStringLiteral("7*"));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* banner = child<QLabel>(&window, "errorBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("case or incident number")));
        QCOMPARE(child<QTableView>(&window, "resultsView")->model()->rowCount(), 0);
    }

    void signInSearchAndSeeImages()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        fillSearch(window, QStringLiteral("7*"));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);

        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(!child<QLabel>(&window, "errorBanner")->isVisible());
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()
                        ->index(row, ReadTableModel::Plate)
                        .data()
                        .toString()
                        .startsWith(u'7'));
        QVERIFY(child<QLabel>(&window, "statusCount")->text().contains(QStringLiteral("match 7*")));

        // The first read is selected and both of its images are shown.
        view->selectRow(2);
        auto* plate = child<ImageView>(&window, "plateImage");
        auto* overview = child<ImageView>(&window, "overviewImage");
        QTRY_VERIFY(plate->hasImage());
        QTRY_VERIFY(overview->hasImage());
        QCOMPARE(plate->image().width(), 240);
        QCOMPARE(overview->image().width(), 640);
        const QString shownPlate = view->model()->index(2, ReadTableModel::Plate).data().toString();
        QVERIFY(child<QLabel>(&window, "readDetails")->text().contains(shownPlate));
        QVERIFY(child<QLabel>(&window, "sightings")->text().contains(shownPlate));
        saveScreenshot(&window, QStringLiteral("main-window.png"));

        // Sorting by a column: oldest first after a click on "Captured".
        view->sortByColumn(ReadTableModel::Captured, Qt::AscendingOrder);
        QDateTime previous;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QDateTime t = QDateTime::fromString(
                view->model()->index(row, ReadTableModel::Captured).data().toString(),
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QVERIFY(!previous.isValid() || previous <= t);
            previous = t;
        }
    }

    void canvassTabTakesTheCase()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QTest::keyClicks(child<QComboBox>(&window, "caseEdit")->lineEdit(),
                         QStringLiteral("26-007700"));
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        QCOMPARE(tabs->count(), 2);
        tabs->setCurrentWidget(child<QWidget>(&window, "canvassPanel"));
        QCOMPARE(child<QComboBox>(&window, "canvassCaseEdit")->currentText(),
                 QStringLiteral("26-007700"));
    }

    void onlySqlCipherInTheProcess()
    {
        // After signing in, searching and decoding images, no plain SQLite is mapped.
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsqlcipher"));
        QVERIFY(!mapped.contains("libsqlite3"));
    }

    void everyImageViewIsAudited()
    {
        auto session = SignIn::signIn(m_store, QStringLiteral("auditor"),
                                      SecureBytes::fromUtf8(demoPassword()), Clock::system());
        QVERIFY(session.ok());
        AuditFilter f;
        f.action = QStringLiteral("view-image");
        f.username = QStringLiteral("detective");
        auto views = trailOf(*session.value()).list(f);
        QVERIFY(views.ok());
        // Row 0 selected after the search, then row 2: two reads, two images each.
        QCOMPARE(views->size(), 4);
        for (const AuditEvent& e : views.value()) {
            QCOMPARE(e.details.value(QStringLiteral("case")).toString(),
                     QStringLiteral("26-004211"));
            QCOMPARE(e.details.value(QStringLiteral("purpose")).toString(),
                     QStringLiteral("criminal-investigation"));
        }
        // Each read opened is recorded once, with its case and purpose.
        f.action = QStringLiteral("view-read");
        auto opened = trailOf(*session.value()).list(f);
        QCOMPARE(opened->size(), 2);
        QCOMPARE(opened->at(0).details.value(QStringLiteral("case")).toString(),
                 QStringLiteral("26-004211"));
        f.action = QStringLiteral("search");
        auto searches = trailOf(*session.value()).list(f);
        QCOMPARE(searches->size(), 2);
        QCOMPARE(searches->at(0).outcome, QStringLiteral("refused"));
        QCOMPARE(searches->at(1).outcome, QStringLiteral("success"));
        QVERIFY(trailOf(*session.value()).verify()->intact);
    }

    void noteWithAnSsnIsRefused()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, QStringLiteral("7*"));
        QTest::keyClicks(child<QLineEdit>(&window, "noteEdit"),
                         QStringLiteral("owner 123-45-6789"));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* banner = child<QLabel>(&window, "errorBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Social Security number")));
        QCOMPARE(child<QTableView>(&window, "resultsView")->model()->rowCount(), 0);
    }

    void enhancedPlateIsShownAndRecorded()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, QStringLiteral("7*"));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* plate = child<ImageView>(&window, "plateImage");
        QTRY_VERIFY(plate->hasImage());
        QCOMPARE(plate->image().width(), 240);
        child<QCheckBox>(&window, "enhanceCheck")->setChecked(true);
        QTRY_COMPARE(plate->image().width(), 480);
        AuditFilter f;
        f.action = QStringLiteral("view-image");
        f.username = QStringLiteral("detective");
        const QList<AuditEvent> views = trailOf(*raw).list(f).value();
        QVERIFY(views.last().details.value(QStringLiteral("enhanced")).toBool());
        QCOMPARE(views.last().details.value(QStringLiteral("image")).toString(),
                 QStringLiteral("plate"));
        child<QCheckBox>(&window, "enhanceCheck")->setChecked(false);
        QTRY_COMPARE(plate->image().width(), 240);
    }

    void canvassStartsAroundTheSelectedRead()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, QStringLiteral("7*"));
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 3);
        results->selectRow(3);
        const QString location =
            results->model()->index(3, ReadTableModel::Location).data().toString();
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        tabs->setCurrentWidget(child<QWidget>(&window, "canvassPanel"));
        auto* windows = child<QTableView>(&window, "canvassWindowTable");
        QCOMPARE(windows->model()->rowCount(), 1);
        // The window sits on the read (the table shows the same coordinates).
        const QString lat = windows->model()->index(0, 0).data().toString();
        QVERIFY2(location.startsWith(lat.left(6)), qPrintable(location + u" vs "_s + lat));
        QVERIFY(child<QLabel>(&window, "canvassStatusLabel")->text().contains(u"500 m"_s));
    }

    void caseHistoryFromTheMenu()
    {
        auto session = signInThroughDialog(QStringLiteral("detective"), demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        auto* console = window.findChild<QAction*>(QStringLiteral("auditorConsoleAction"));
        auto* history = window.findChild<QAction*>(QStringLiteral("caseHistoryAction"));
        QVERIFY(console && history);
        QVERIFY(!console->isEnabled()); // a detective does not read the trail
        QTest::keyClicks(child<QComboBox>(&window, "caseEdit")->lineEdit(),
                         QStringLiteral("26-004211"));
        history->trigger();
        auto* auditor = window.findChild<AuditorWindow*>();
        QVERIFY(auditor);
        auto* events = child<QTableView>(auditor, "caseEventsTable");
        // The detective's own searches, images and reads under the case.
        QTRY_VERIFY(events->model()->rowCount() >= 8);
        QVERIFY(
            child<QLabel>(auditor, "caseFirstUse")->text().contains(QStringLiteral("detective")));
        auditor->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
