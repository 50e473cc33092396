// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Drives the canvass panel offscreen on a hand-built store.
#include "../support/teststore.h"
#include "../support/uitest.h"
#include "auth/sessionaccess.h"

#include "canvasspanel.h"

#include "audit/auditlog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

constexpr double kLatA = 37.4, kLonA = -122.1;
constexpr double kLatB = 37.7, kLonB = -122.15;

QDateTime at(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 10, day), QTime(h, m), Qt::UTC);
}

ReadRecord read(const QString& plate, const QDateTime& t, double lat, double lon)
{
    ReadRecord r = test::makeRead(plate, t);
    r.latitude = lat;
    r.longitude = lon;
    return r;
}

enum WindowColumn
{
    Latitude,
    Longitude,
    Radius,
    From,
    To
};

} // namespace

class TestCanvassPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> m_session;

    static QString cell(QTableView* view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    static void setWindow(QAbstractItemModel* model, int row, double lat, double lon, double radius,
                          const QDateTime& from, const QDateTime& to)
    {
        QVERIFY(model->setData(model->index(row, Latitude), QString::number(lat, 'f', 6)));
        QVERIFY(model->setData(model->index(row, Longitude), QString::number(lon, 'f', 6)));
        QVERIFY(model->setData(model->index(row, Radius), QString::number(radius)));
        QVERIFY(model->setData(model->index(row, From), from));
        QVERIFY(model->setData(model->index(row, To), to));
    }

    // Two windows: A on 1 October, B on 2 October, 300 m each.
    void enterTwoWindows(CanvassPanel& panel)
    {
        auto* table = child<QTableView>(&panel, "canvassWindowTable");
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(&panel, "canvassAddWindowButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        setWindow(table->model(), 0, kLatA, kLonA, 300, at(1, 10), at(1, 12));
        setWindow(table->model(), 1, kLatB, kLonB, 300, at(2, 10), at(2, 12));
    }

    void enterCase(CanvassPanel& panel, const QString& caseNumber, const QString& purpose)
    {
        auto* caseEdit = child<QComboBox>(&panel, "canvassCaseEdit");
        caseEdit->lineEdit()->clear();
        QTest::keyClicks(caseEdit->lineEdit(), caseNumber);
        auto* purposeCombo = child<QComboBox>(&panel, "canvassPurposeCombo");
        const int index = purposeCombo->findData(purpose);
        purposeCombo->setCurrentIndex(std::max(0, index));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session =
            test::createStore(m_dir.filePath(u"panel.alprdb"_s), m_clock, {Role::Detective});
        QList<ReadRecord> reads{
            read(u"AAA111"_s, at(1, 11), kLatA, kLonA),
            read(u"BBB222"_s, at(1, 11, 5), kLatA + 0.001, kLonA),  // 111 m
            read(u"CCC333"_s, at(1, 11, 10), kLatA + 0.005, kLonA), // 556 m: outside A
            read(u"DDD444"_s, at(1, 10, 30), kLatA, kLonA),
            read(u"AAA111"_s, at(2, 10, 15), kLatB, kLonB),
            read(u"AAA111"_s, at(2, 11, 45), kLatB, kLonB + 0.001),
            read(u"BBB222"_s, at(2, 10, 20), kLatB, kLonB),
            read(u"CCC333"_s, at(2, 10, 25), kLatB, kLonB),
            read(u"DDD444"_s, at(2, 13), kLatB, kLonB), // after B
        };
        auto imported = ReadImporter(*m_session).importReads(reads, u"hand-built"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    }

    void twoWindowsListTheCommonPlatesAndTheirSightings()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.resize(1000, 700);
        panel.show();
        QSignalSpy finished(&panel, &CanvassPanel::canvassFinished);
        QSignalSpy opened(&panel, &CanvassPanel::readOpened);
        enterTwoWindows(panel);
        enterCase(panel, u"26-004211"_s, u"stolen-vehicle"_s);
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);

        QTRY_COMPARE(finished.size(), 1);
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");
        QCOMPARE(plates->model()->rowCount(), 2);
        QCOMPARE(cell(plates, 0, 0), u"AAA111"_s); // three sightings
        QCOMPARE(cell(plates, 0, 1), u"1, 2"_s);
        QCOMPARE(cell(plates, 0, 2), u"3"_s);
        QCOMPARE(cell(plates, 1, 0), u"BBB222"_s);
        const QString status = child<QLabel>(&panel, "canvassStatusLabel")->text();
        // (English plural forms come from a translation the test does not load.)
        QVERIFY2(status.contains(u"Window 1: 3 read"_s), qPrintable(status));
        QVERIFY2(status.contains(u"window 2: 4 read"_s), qPrintable(status));
        QVERIFY2(status.contains(u"seen in at least 2 of the 2 windows"_s), qPrintable(status));

        // The first plate is selected: its sightings, oldest first.
        auto* sightings = child<QTableView>(&panel, "canvassSightingTable");
        QTRY_COMPARE(sightings->model()->rowCount(), 3);
        QCOMPARE(cell(sightings, 0, 0), u"1"_s);
        QCOMPARE(cell(sightings, 1, 0), u"2"_s);
        QCOMPARE(cell(sightings, 2, 0), u"2"_s);

        // Selecting another plate shows its sightings.
        plates->selectRow(1);
        QTRY_COMPARE(sightings->model()->rowCount(), 2);
        // Highlighting a sighting with the keyboard opens nothing; Enter opens it.
        sightings->setFocus();
        QTest::keyClick(sightings, Qt::Key_Down);
        QTest::keyClick(sightings, Qt::Key_Down);
        QCOMPARE(sightings->currentIndex().row(), 1);
        QCOMPARE(opened.size(), 0);
        QTest::keyClick(sightings, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        const auto chosen = opened.first().at(0).value<ReadRecord>();
        QCOMPARE(chosen.plate, u"BBB222"_s);
        QCOMPARE(chosen.capturedAt, at(2, 10, 20));
        QCOMPARE(opened.first().at(1).toLongLong(), panel.lastSearchId());
        // So does a click on a row.
        QTest::mouseClick(sightings->viewport(), Qt::LeftButton, {},
                          sightings->visualRect(sightings->model()->index(0, 0)).center());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().at(0).value<ReadRecord>().capturedAt, at(1, 11, 5));

        // One audited search.
        AuditFilter f;
        f.action = u"canvass"_s;
        const AuditEvent e = trailOf(*m_session).list(f)->last();
        QCOMPARE(e.object, u"search:%1"_s.arg(panel.lastSearchId()));
        QCOMPARE(e.details.value(u"query"_s).toObject().value(u"windows"_s).toArray().size(), 2);
    }

    void minWindowsOneListsEveryPlateSeen()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.show();
        enterTwoWindows(panel);
        enterCase(panel, u"26-004211"_s, u"stolen-vehicle"_s);
        child<QSpinBox>(&panel, "canvassMinWindowsSpin")->setValue(1);
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");
        QTRY_COMPARE(plates->model()->rowCount(), 4);
    }

    void radiusTypedIntoTheTable()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.show();
        enterTwoWindows(panel);
        enterCase(panel, u"26-004211"_s, u"stolen-vehicle"_s);
        // Widen window A to 600 m by typing, so CCC333 (556 m) is in both.
        auto* table = child<QTableView>(&panel, "canvassWindowTable");
        const QModelIndex radius = table->model()->index(0, Radius);
        table->setCurrentIndex(radius);
        table->edit(radius);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"600"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(radius.data().toString(), u"600 m"_s);
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");
        QTRY_COMPARE(plates->model()->rowCount(), 3);
        QStringList found;
        for (int row = 0; row < 3; ++row)
            found << cell(plates, row, 0);
        QVERIFY2(found.contains(u"CCC333"_s), qPrintable(found.join(u' ')));
    }

    void refusalAndBadWindowAreShownAndNothingIsListed()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.show();
        enterTwoWindows(panel);
        auto* status = child<QLabel>(&panel, "canvassStatusLabel");
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");

        enterCase(panel, QString(), u"stolen-vehicle"_s);
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);
        QTRY_VERIFY2(status->text().contains(u"required"_s), qPrintable(status->text()));
        QCOMPARE(plates->model()->rowCount(), 0);
        QCOMPARE(trailOf(*m_session).list({})->last().outcome, u"refused"_s);

        enterCase(panel, u"26-004211"_s, u"stolen-vehicle"_s);
        auto* windows = child<QTableView>(&panel, "canvassWindowTable")->model();
        QVERIFY(windows->setData(windows->index(1, Radius), u"0"_s));
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);
        QTRY_VERIFY2(status->text().startsWith(u"Window 2: radius 0 m"_s),
                     qPrintable(status->text()));
        QCOMPARE(plates->model()->rowCount(), 0);
        QCOMPARE(trailOf(*m_session).list({})->last().outcome, u"invalid"_s);
    }

    // A time is shown one way: in its cell, in the cell's editor and in a
    // refusal, local and to the minute, as the user typed it.
    void timesShowOneWayInCellEditorAndErrors()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        enterTwoWindows(panel);
        enterCase(panel, u"26-004211"_s, u"stolen-vehicle"_s);
        auto* table = child<QTableView>(&panel, "canvassWindowTable");
        const QModelIndex from = table->model()->index(1, From);
        const QString shown = from.data().toString();
        QCOMPARE(shown, at(2, 10).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));

        // The editor shows the cell's text; a time typed into it is the cell's new text.
        table->setFocus();
        table->setCurrentIndex(from);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->findChild<QDateTimeEdit*>(u"canvassTimeEditor"_s);
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->text(), shown);
        const QString typed = at(2, 13).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(from.data().toString(), typed);

        // Window 2 now starts (13:00) after it ends (12:00): the refusal says
        // so with the times as typed, as a sentence, and core recorded it.
        QTest::mouseClick(child<QPushButton>(&panel, "canvassRunButton"), Qt::LeftButton);
        const QString to = table->model()->index(1, To).data().toString();
        const QString status = child<QLabel>(&panel, "canvassStatusLabel")->text();
        QCOMPARE(status,
                 u"Window 2: the time range must start (%1) before it ends (%2)."_s.arg(typed, to));
        QCOMPARE(trailOf(*m_session).list({})->last().outcome, u"invalid"_s);
    }

    void oneWindowListsThePlatesInIt()
    {
        CanvassPanel panel(*m_session, nullptr);
        panel.show();
        auto* table = child<QTableView>(&panel, "canvassWindowTable");
        setWindow(table->model(), 0, kLatA, kLonA, 300, at(1, 10), at(1, 12));
        QVERIFY(!child<QPushButton>(&panel, "canvassRemoveWindowButton")->isEnabled());
        panel.setCase(u"26-004211"_s, u"stolen-vehicle"_s);
        panel.runCanvass();
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");
        QCOMPARE(plates->model()->rowCount(), 3); // AAA111, BBB222, DDD444
        QVERIFY(child<QLabel>(&panel, "canvassStatusLabel")->text().contains(u"3 plate"_s));
    }

    void windowsCanBeRemovedButNotBeyondTen()
    {
        CanvassPanel panel(*m_session, nullptr);
        auto* add = child<QPushButton>(&panel, "canvassAddWindowButton");
        auto* remove = child<QPushButton>(&panel, "canvassRemoveWindowButton");
        auto* table = child<QTableView>(&panel, "canvassWindowTable");
        for (int i = 0; i < 12; ++i)
            add->click();
        QCOMPARE(table->model()->rowCount(), kCanvassMaxWindows);
        QVERIFY(!add->isEnabled());
        table->selectRow(3);
        remove->click();
        QCOMPARE(table->model()->rowCount(), kCanvassMaxWindows - 1);
        QVERIFY(add->isEnabled());
    }
};

QTEST_MAIN(TestCanvassPanel)
#include "tst_canvasspanel.moc"
