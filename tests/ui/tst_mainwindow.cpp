// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Drives the real sign-in dialog and main window on a real demo store.
#include "../support/uitest.h"
#include "auditorwindow.h"
#include "auth/sessionaccess.h"
#include "canvasspanel.h"
#include "imageview.h"
#include "imagewindow.h"
#include "mainwindow.h"
#include "readtablemodel.h"
#include "signindialog.h"
#include "zoomimageview.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::auditEvents;
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

    // Clicks a row of a table, as a user does with the mouse.
    static void clickRow(QTableView* view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // The read a row of the results shows (the view's order).
    static qint64 readIdOfRow(MainWindow& window, int row)
    {
        auto* view = child<QTableView>(&window, "resultsView");
        auto* proxy = qobject_cast<QAbstractProxyModel*>(view->model());
        const SearchHit* hit = child<ReadTableModel>(&window, QString())
                                   ->hit(proxy->mapToSource(proxy->index(row, 0)).row());
        return hit ? hit->read.id : 0;
    }

    static QString objectOfRead(qint64 readId) { return u"read:%1"_s.arg(readId); }

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

        // Nothing is open until the user opens a read; a click on row 2 shows
        // both of its images.
        auto* plate = child<ImageView>(&window, "plateImage");
        auto* overview = child<ImageView>(&window, "overviewImage");
        QVERIFY(!plate->hasImage());
        QCOMPARE(plate->placeholder(), u"Press Enter or click a read to open it."_s);
        clickRow(view, 2);
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
        // Only row 2 was opened (a click): one read, its two images.
        QCOMPARE(views->size(), 2);
        for (const AuditEvent& e : views.value()) {
            QCOMPARE(e.details.value(QStringLiteral("case")).toString(),
                     QStringLiteral("26-004211"));
            QCOMPARE(e.details.value(QStringLiteral("purpose")).toString(),
                     QStringLiteral("criminal-investigation"));
        }
        // Each read opened is recorded once, with its case and purpose.
        f.action = QStringLiteral("view-read");
        auto opened = trailOf(*session.value()).list(f);
        QCOMPARE(opened->size(), 1);
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
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 0);
        clickRow(results, 0);
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
    // The access record says what the user chose to see: the search opens
    // nothing, the arrow keys only highlight rows, and Enter, a click or a
    // double-click opens exactly one read and records the images shown.
    void onlyTheReadsTheUserOpensAreRecorded()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qsizetype readsBefore = auditEvents(*raw, u"view-read"_s).size();
        const qsizetype imagesBefore = auditEvents(*raw, u"view-image"_s).size();

        fillSearch(window, u"*1*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 21);
        QVERIFY(!window.isSearching());
        auto* plate = child<ImageView>(&window, "plateImage");
        auto* overview = child<ImageView>(&window, "overviewImage");
        auto* details = child<QLabel>(&window, "readDetails");
        const QString hint = u"Press Enter or click a read to open it."_s;
        QVERIFY(!plate->hasImage());
        QVERIFY(!overview->hasImage());
        QCOMPARE(plate->placeholder(), hint);
        QCOMPARE(overview->placeholder(), hint);
        QCOMPARE(details->text(), hint);
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore);

        // Twenty presses of Down: rows highlighted, nothing opened or recorded.
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        const int start = view->currentIndex().row();
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        const int row = start + 20;
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore);
        QVERIFY(!plate->hasImage());
        QVERIFY(!overview->hasImage());
        QCOMPARE(details->text(), hint);

        // Enter opens the highlighted read: one view-read and its two images.
        QTest::keyClick(view, Qt::Key_Return);
        const qint64 entered = readIdOfRow(window, row);
        QList<AuditEvent> reads = auditEvents(*raw, u"view-read"_s);
        QList<AuditEvent> images = auditEvents(*raw, u"view-image"_s);
        QCOMPARE(reads.size(), readsBefore + 1);
        QCOMPARE(reads.last().object, objectOfRead(entered));
        QCOMPARE(images.size(), imagesBefore + 2);
        QCOMPARE(images.at(images.size() - 2).object, objectOfRead(entered));
        QCOMPARE(images.at(images.size() - 2).details.value(u"image"_s).toString(), u"plate"_s);
        QCOMPARE(images.last().object, objectOfRead(entered));
        QCOMPARE(images.last().details.value(u"image"_s).toString(), u"overview"_s);
        QVERIFY(plate->hasImage());
        QVERIFY(overview->hasImage());
        QVERIFY(details->text().contains(
            view->model()->index(row, ReadTableModel::Plate).data().toString()));
        // Enter again on the open read shows nothing new and records nothing.
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore + 1);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 2);

        // Moving on with the keyboard keeps the open read and records nothing.
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), row - 1);
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore + 1);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 2);

        // A mouse click on a row opens that read.
        clickRow(view, row - 5);
        reads = auditEvents(*raw, u"view-read"_s);
        QCOMPARE(reads.size(), readsBefore + 2);
        QCOMPARE(reads.last().object, objectOfRead(readIdOfRow(window, row - 5)));
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 4);

        // A double-click opens one read once. (What the window system sends:
        // press, release, press, double-click, release.)
        const QModelIndex other = view->model()->index(row - 3, 0);
        view->scrollTo(other);
        const QPoint at = view->visualRect(other).center();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        reads = auditEvents(*raw, u"view-read"_s);
        QCOMPARE(reads.size(), readsBefore + 3);
        QCOMPARE(reads.last().object, objectOfRead(readIdOfRow(window, row - 3)));
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 6);

        // A new search closes the open read and opens none.
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        QTRY_VERIFY(!window.isSearching());
        QTRY_COMPARE(details->text(), hint);
        QVERIFY(!plate->hasImage());
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore + 3);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 6);
        saveScreenshot(&window, u"main-window-nothing-open.png"_s);
    }

    // The canvass panel's sightings follow the same rule.
    void canvassSightingsOpenOnlyWhenChosen()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, u"7*"_s);
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 3);
        results->selectRow(3);
        child<QTabWidget>(&window, "workTabs")
            ->setCurrentWidget(child<QWidget>(&window, "canvassPanel"));
        const qsizetype readsBefore = auditEvents(*raw, u"view-read"_s).size();
        const qsizetype imagesBefore = auditEvents(*raw, u"view-image"_s).size();
        QTest::mouseClick(child<QPushButton>(&window, "canvassRunButton"), Qt::LeftButton);
        auto* plates = child<QTableView>(&window, "canvassPlateTable");
        auto* sightings = child<QTableView>(&window, "canvassSightingTable");
        QTRY_VERIFY(plates->model()->rowCount() > 0);
        QTRY_VERIFY(sightings->model()->rowCount() > 0);

        sightings->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(sightings, Qt::Key_Down);
        QVERIFY(sightings->currentIndex().isValid());
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), readsBefore);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore);
        QVERIFY(!child<ImageView>(&window, "plateImage")->hasImage());

        QTest::keyClick(sightings, Qt::Key_Return);
        const QList<AuditEvent> reads = auditEvents(*raw, u"view-read"_s);
        QCOMPARE(reads.size(), readsBefore + 1);
        QCOMPARE(reads.last().details.value(u"search"_s).toInteger(),
                 child<CanvassPanel>(&window, "canvassPanel")->lastSearchId());
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), imagesBefore + 2);
        QVERIFY(child<ImageView>(&window, "plateImage")->hasImage());
    }

    void enterSearchesFromEveryField_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* name :
             {"patternEdit", "caseEdit", "purposeCombo", "noteEdit", "fromEdit", "toEdit",
              "stateEdit", "fromCheck", "misreadCheck", "maxEditsSpin", "candidatesCheck"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void enterSearchesFromEveryField()
    {
        QFETCH(QString, field);
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, u"7*"_s);
        if (field == u"fromEdit"_s)
            child<QCheckBox>(&window, "fromCheck")->setChecked(true);
        if (field == u"toEdit"_s)
            child<QCheckBox>(&window, "toCheck")->setChecked(true);
        auto* widget = child<QWidget>(&window, field);
        QVERIFY(widget->isEnabled());
        const qsizetype searches = auditEvents(*raw, u"search"_s).size();
        QTest::keyClick(widget, Qt::Key_Return);
        QTRY_VERIFY(!window.isSearching());
        QCOMPARE(auditEvents(*raw, u"search"_s).size(), searches + 1);
        QCOMPARE(auditEvents(*raw, u"search"_s).last().outcome, u"success"_s);
        QVERIFY2(child<QLabel>(&window, "statusCount")->text().contains(u"match 7*"_s),
                 qPrintable(child<QLabel>(&window, "statusCount")->text()));
    }

    // The window works at 1024x700: nothing in it is cut, the lists scroll.
    void worksAt1024x700()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillSearch(window, u"*1*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 20);
        clickRow(view, 0);
        QTRY_VERIFY(child<ImageView>(&window, "plateImage")->hasImage());
        QCoreApplication::processEvents();
        saveScreenshot(&window, u"main-1024x700.png"_s);
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY2(window.minimumSizeHint().height() <= 700,
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), QSize(1024, 700));
        // Every field of the search bar is on screen whole, at least as wide as it needs.
        for (const char* name :
             {"patternEdit", "caseEdit", "purposeCombo", "searchButton", "fromCheck", "fromEdit",
              "toCheck", "toEdit", "stateEdit", "misreadCheck", "maxEditsSpin", "candidatesCheck",
              "noteEdit", "enhanceCheck"}) {
            auto* w = child<QWidget>(&window, name);
            QVERIFY2(w->isVisible(), name);
            const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
            QVERIFY2(window.rect().contains(r), name);
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
        }
    }

    // The button with the keyboard focus is marked plainly (a frame in the
    // highlight colour); without the focus it is not.
    void focusedButtonIsMarked()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* button = child<QPushButton>(&window, "searchButton");
        const QColor highlight = button->palette().color(QPalette::Active, QPalette::Highlight);
        auto marked = [&] {
            const QImage image = button->grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == highlight;
            return count;
        };
        QTRY_VERIFY(child<QWidget>(&window, "patternEdit")->hasFocus());
        const int without = marked();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to the case
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the purpose
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the button
        QTRY_VERIFY(button->hasFocus());
        const int with = marked();
        QVERIFY2(with >= 2 * (button->width() + button->height()) && with > 4 * (without + 1),
                 qPrintable(
                     u"%1 highlighted pixels with the focus, %2 without"_s.arg(with).arg(without)));
        saveScreenshot(&window, u"main-focus-on-search.png"_s);
    }

    // A refusal's banner is a sentence, and it goes away once the search bar is right.
    void refusalBannerGoesAwayOnceFixed()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QTest::keyClicks(child<QLineEdit>(&window, "patternEdit"), u"7*"_s);
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        auto* banner = child<QLabel>(&window, "errorBanner");
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.front().isUpper() && text.endsWith(u'.'), qPrintable(text));
        QVERIFY(text.startsWith(u"A case or incident number is required"_s));
        // The case alone does not fix it (the purpose is missing too).
        QTest::keyClicks(child<QComboBox>(&window, "caseEdit")->lineEdit(), u"26-004211"_s);
        QVERIFY(banner->isVisible());
        auto* purpose = child<QComboBox>(&window, "purposeCombo");
        purpose->setCurrentIndex(purpose->findData(u"criminal-investigation"_s));
        QTRY_VERIFY(!banner->isVisible());

        // A bad pattern: the banner stays while the pattern is bad, goes when it is right.
        auto* pattern = child<QLineEdit>(&window, "patternEdit");
        pattern->setText(u"7[AB"_s);
        QTest::mouseClick(child<QPushButton>(&window, "searchButton"), Qt::LeftButton);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().front().isUpper() && banner->text().endsWith(u'.'),
                 qPrintable(banner->text()));
        QTest::keyClick(pattern, Qt::Key_Backspace);
        QVERIFY(banner->isVisible()); // "7[A" is still wrong
        QTest::keyClicks(pattern, u"B]*"_s);
        QTRY_VERIFY(!banner->isVisible());
    }

    // The Match column is as wide as its words, on one line, at 1024x700.
    void matchColumnFitsItsWords()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillSearch(window, u"*1*"_s);
        child<QCheckBox>(&window, "misreadCheck")->setChecked(true);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(!view->wordWrap());
        const int width = view->columnWidth(ReadTableModel::Match);
        bool misread = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, ReadTableModel::Match).data().toString();
            misread = misread || text.startsWith(u"misread, "_s);
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) < width,
                     qPrintable(u"%1 in %2 px"_s.arg(text).arg(width)));
        }
        QVERIFY(misread);
        // So are the plate and the time.
        for (int column : {ReadTableModel::Plate, ReadTableModel::Captured}) {
            const QModelIndex cell = view->model()->index(0, column);
            const QVariant font = cell.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
            QVERIFY(metrics.horizontalAdvance(cell.data().toString()) < view->columnWidth(column));
        }
    }

    // Ctrl+C copies the selected rows as tab-separated text, and records nothing.
    void copyTakesTheSelectedRowsAndRecordsNothing()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        fillSearch(window, u"7*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 4);
        const qsizetype events = trailOf(*raw).list({})->size();

        // Rows 1 to 3, chosen with the keyboard: Down, then Shift+Down twice.
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
        // Ctrl+click adds a row to the choice and opens nothing.
        const QModelIndex fifth = view->model()->index(5, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(fifth).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 4);
        QCOMPARE(trailOf(*raw).list({})->size(), events);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(fifth).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        const QStringList lines = copied.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = lines[i].split(u'\t');
            QCOMPARE(cells.size(), 5);
            QAbstractItemModel* m = view->model();
            QCOMPARE(cells[0], m->index(1 + i, ReadTableModel::Plate).data().toString());
            QCOMPARE(cells[1], m->index(1 + i, ReadTableModel::State).data().toString());
            QCOMPARE(cells[2], m->index(1 + i, ReadTableModel::Captured).data().toString());
            QCOMPARE(cells[3], m->index(1 + i, ReadTableModel::Camera).data().toString());
            QCOMPARE(cells[4], m->index(1 + i, ReadTableModel::Location).data().toString());
        }
        // Copying is not opening: no read opened, no image, no event at all.
        QCOMPARE(trailOf(*raw).list({})->size(), events);
        QVERIFY(!child<ImageView>(&window, "plateImage")->hasImage());
    }

    // A right-click on a result offers Open and Copy; Open opens that read.
    void contextMenuOffersOpenAndCopy()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        fillSearch(window, u"7*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* view = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(view->model()->rowCount() > 4);
        const qsizetype reads = auditEvents(*raw, u"view-read"_s).size();
        QStringList offered;
        QTimer::singleShot(0, &window, [&offered] {
            QMenu* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions())
                if (!action->isSeparator())
                    offered << action->text().remove(u'&');
            for (QAction* action : menu->actions())
                if (action->objectName() == u"openAction"_s)
                    menu->setActiveAction(action);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QModelIndex row4 = view->model()->index(4, ReadTableModel::Camera);
        const QPoint at = view->visualRect(row4).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &click);
        QCOMPARE(offered, (QStringList{u"Open"_s, u"Copy"_s}));
        const QList<AuditEvent> opened = auditEvents(*raw, u"view-read"_s);
        QCOMPARE(opened.size(), reads + 1);
        QCOMPARE(opened.last().object, objectOfRead(readIdOfRow(window, 4)));
    }

    // The detail pane shows the read the user opened last, also across the tabs.
    void detailPaneShowsTheReadOpenedAcrossTabs()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.resize(1024, 700);
        window.show();
        fillSearch(window, u"7*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 3);
        clickRow(results, 3);
        auto* details = child<QLabel>(&window, "readDetails");
        const qint64 opened = readIdOfRow(window, 3);
        QVERIFY(details->text().contains(u"%1, opened from search"_s.arg(opened)));

        // To the canvass and back without opening anything: the same read, the same row.
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        tabs->setCurrentWidget(child<QWidget>(&window, "canvassPanel"));
        tabs->setCurrentWidget(results);
        QVERIFY(details->text().contains(u"%1, opened from search"_s.arg(opened)));
        QCOMPARE(results->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(results->selectionModel()->selectedRows().first().row(), 3);

        // A sighting opened in the canvass: the pane says so, and no result row
        // is highlighted as if it were shown.
        tabs->setCurrentWidget(child<QWidget>(&window, "canvassPanel"));
        QTest::mouseClick(child<QPushButton>(&window, "canvassRunButton"), Qt::LeftButton);
        auto* sightings = child<QTableView>(&window, "canvassSightingTable");
        QTRY_VERIFY(sightings->model()->rowCount() > 0);
        clickRow(sightings, 0);
        QTRY_VERIFY(details->text().contains(u"opened from canvass"_s));
        saveScreenshot(&window, u"main-canvass-1024x700.png"_s);
        tabs->setCurrentWidget(results);
        QVERIFY(details->text().contains(u"opened from canvass"_s));
        QVERIFY(results->selectionModel()->selectedRows().isEmpty());

        // Opening a result again: that read, and no canvass sighting highlighted.
        clickRow(results, 3);
        QVERIFY(details->text().contains(u"%1, opened from search"_s.arg(opened)));
        QVERIFY(sightings->selectionModel()->selectedRows().isEmpty());
    }

    // The full-size window: both images at full size, zoom and pan, the
    // enhancement, and each image shown recorded like the detail pane's.
    void fullSizeImagesAreZoomedAndRecorded()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.resize(1024, 700);
        window.show();
        fillSearch(window, u"7*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 1);
        auto* fullSize = child<QPushButton>(&window, "fullSizeButton");
        QVERIFY(!fullSize->isEnabled()); // nothing open, nothing to show
        clickRow(results, 1);
        const qint64 read = readIdOfRow(window, 1);
        QTRY_VERIFY(fullSize->isEnabled());
        const qsizetype images = auditEvents(*raw, u"view-image"_s).size();
        const qsizetype reads = auditEvents(*raw, u"view-read"_s).size();

        QTest::mouseClick(fullSize, Qt::LeftButton);
        auto* imageWindow = window.findChild<ImageWindow*>();
        QVERIFY(imageWindow);
        QVERIFY(QTest::qWaitForWindowExposed(imageWindow));
        auto* plate = child<ZoomImageView>(imageWindow, "fullPlateView");
        auto* overview = child<ZoomImageView>(imageWindow, "fullOverviewView");
        QCOMPARE(plate->image().width(), 240);
        QCOMPARE(overview->image().width(), 640);
        QList<AuditEvent> shown = auditEvents(*raw, u"view-image"_s);
        QCOMPARE(shown.size(), images + 2);
        for (const AuditEvent& e : shown.mid(images)) {
            QCOMPARE(e.object, objectOfRead(read));
            QCOMPARE(e.details.value(u"case"_s).toString(), u"26-004211"_s);
            QCOMPARE(e.details.value(u"purpose"_s).toString(), u"criminal-investigation"_s);
        }
        QCOMPARE(shown.at(images).details.value(u"image"_s).toString(), u"plate"_s);
        QCOMPARE(shown.last().details.value(u"image"_s).toString(), u"overview"_s);
        QCOMPARE(auditEvents(*raw, u"view-read"_s).size(), reads); // the read was open already

        // Zoom: + and - on the image, 1 for 100%, the wheel, Fit.
        plate->setFocus();
        QTest::keyClick(plate, Qt::Key_1);
        QCOMPARE(plate->zoom(), 1.0);
        QTest::keyClick(plate, Qt::Key_Plus);
        QVERIFY(plate->zoom() > 1.2);
        QTest::keyClick(plate, Qt::Key_Minus);
        QTest::keyClick(plate, Qt::Key_Minus);
        QVERIFY(plate->zoom() < 0.9);
        const double before = overview->zoom();
        QWheelEvent wheel(QPointF(40, 40), overview->viewport()->mapToGlobal(QPointF(40, 40)), {},
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(overview->viewport(), &wheel);
        QVERIFY(overview->zoom() > before * 1.5);
        // Pan: zoomed in, the overview scrolls; the arrow keys move it.
        QTest::mouseClick(child<QPushButton>(imageWindow, "actualSizeButton"), Qt::LeftButton);
        QCOMPARE(overview->zoom(), 1.0); // the buttons act on the image last used
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(child<QPushButton>(imageWindow, "zoomInButton"), Qt::LeftButton);
        QVERIFY(overview->zoom() > 2.0);
        QScrollBar* across = overview->horizontalScrollBar();
        QVERIFY(across->maximum() > 0);
        const int left = across->value();
        QTest::keyClick(overview, Qt::Key_Right);
        QVERIFY(across->value() > left);
        QTest::mouseClick(child<QPushButton>(imageWindow, "fitButton"), Qt::LeftButton);
        QVERIFY(overview->fitsWindow());
        const QSize area = overview->viewport()->size();
        const QSize picture = overview->image().size();
        QCOMPARE(overview->zoom(), std::min(double(area.width()) / picture.width(),
                                            double(area.height()) / picture.height()));
        saveScreenshot(imageWindow, u"image-window.png"_s);

        // The enhancement: the enhanced plate, recorded as such.
        child<QCheckBox>(imageWindow, "fullEnhanceCheck")->setChecked(true);
        QTRY_COMPARE(plate->image().width(), 480);
        shown = auditEvents(*raw, u"view-image"_s);
        QCOMPARE(shown.size(), images + 3);
        QVERIFY(shown.last().details.value(u"enhanced"_s).toBool());
        saveScreenshot(imageWindow, u"image-window-enhanced.png"_s);

        // A double-click on the pane's overview brings the same window, records nothing new.
        auto* paneOverview = child<ImageView>(&window, "overviewImage");
        QTest::mouseDClick(paneOverview, Qt::LeftButton);
        QCOMPARE(window.findChildren<ImageWindow*>().size(), 1);
        QCOMPARE(auditEvents(*raw, u"view-image"_s).size(), images + 3);

        // A new search closes the open read, and its full-size window with it.
        QPointer<ImageWindow> guard(imageWindow);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        QTRY_VERIFY(!window.isSearching());
        QTRY_VERIFY(!guard);
    }

    // A double-click on an image opens the full-size window too.
    void doubleClickOnAnImageOpensItFullSize()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        fillSearch(window, u"7*"_s);
        QTest::keyClick(child<QLineEdit>(&window, "patternEdit"), Qt::Key_Return);
        auto* results = child<QTableView>(&window, "resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 0);
        auto* plate = child<ImageView>(&window, "plateImage");
        QTest::mouseDClick(plate, Qt::LeftButton); // nothing open: nothing to show
        QVERIFY(!window.findChild<ImageWindow*>());
        clickRow(results, 0);
        QTRY_VERIFY(plate->hasImage());
        QTest::mouseDClick(plate, Qt::LeftButton);
        auto* imageWindow = window.findChild<ImageWindow*>();
        QVERIFY(imageWindow);
        QTRY_VERIFY(child<ZoomImageView>(imageWindow, "fullPlateView")->hasImage());
    }

    void tabOrderFollowsTheScreen()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&window, "patternEdit"));
        QStringList seen;
        for (int i = 0; i < 16; ++i) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            // A part of a compound widget is named by the widget it belongs to.
            while (focus->objectName().isEmpty() || focus->objectName().startsWith(u"qt_"_s))
                focus = focus->parentWidget();
            seen << focus->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{
            u"patternEdit"_s,  u"caseEdit"_s,        u"purposeCombo"_s, u"searchButton"_s,
            u"fromCheck"_s,    u"toCheck"_s,         u"stateEdit"_s,    u"misreadCheck"_s,
            u"maxEditsSpin"_s, u"candidatesCheck"_s, u"noteEdit"_s,     u"workTabs"_s,
            u"resultsView"_s,  u"enhanceCheck"_s,    u"patternEdit"_s,  u"caseEdit"_s};
        QCOMPARE(seen, expected);
    }

    void ctrlFGoesToThePattern()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* pattern = child<QLineEdit>(&window, "patternEdit");
        QTest::keyClicks(pattern, u"7ABC"_s);
        auto* note = child<QLineEdit>(&window, "noteEdit");
        note->setFocus();
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClick(note, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pattern->hasFocus());
        QCOMPARE(pattern->selectedText(), u"7ABC"_s);
        QVERIFY(note->text().isEmpty()); // the key went to no field
    }

    void escapeCancelsARunningSearch()
    {
        auto session = signInThroughDialog(u"detective"_s, demoPassword());
        QVERIFY(session);
        Session* raw = session.get();
        MainWindow window(std::move(session));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        fillSearch(window, u"7*"_s);
        const qsizetype searches = auditEvents(*raw, u"search"_s).size();
        window.runSearch();
        QVERIFY(window.isSearching()); // the scan's end arrives through the event loop
        QVERIFY(child<QPushButton>(&window, "cancelButton")->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.isSearching());
        QVERIFY2(child<QLabel>(&window, "statusCount")->text().contains(u"cancelled"_s),
                 qPrintable(child<QLabel>(&window, "statusCount")->text()));
        QCOMPARE(child<QTableView>(&window, "resultsView")->model()->rowCount(), 0);
        QCOMPARE(auditEvents(*raw, u"search"_s).size(), searches);
        QVERIFY(!child<QPushButton>(&window, "cancelButton")->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
