// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The Alerts tab on a real demo store: an alert another connection stored
// reaches the dispatcher's queue through the change notice, is taken, worked
// through the checklist's widgets and confirmed; the trail has every step;
// the screen lock gives a held alert back; covert hits stay with their members.
#include "../support/uitest.h"
#include "alertqueuemodel.h"
#include "alertspanel.h"
#include "hitchecklistdialog.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "zoomimageview.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "hits/alerts.h"
#include "hits/hotlists.h"
#include "ingest/readimporter.h"
#include "inquiry/changenotice.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::auditEvents;
using alpr::test::child;
using namespace Qt::Literals::StringLiterals;

namespace {

// A CLEW extract written here from the layout (not by the product), made now.
QByteArray clew(const QList<ReadRecord>& reads)
{
    QByteArray out =
        "DATE" + QDateTime::currentDateTime().toString(u"MM/dd/yyyy HH:mm"_s).toLatin1() + "\r\n";
    for (const ReadRecord& r : reads)
        out += r.plate.leftJustified(8, u' ').toLatin1() + r.state.toLatin1() + "0720261101\r\n";
    out += "TOTAL RECORD " + QByteArray::number(reads.size()).rightJustified(7, '0') + "\r\n";
    return out;
}

template <typename T> QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QList<ReadRecord> m_reads; // with images; [0], [1] listed, [2] on a covert BOLO
    std::unique_ptr<Session>
        m_feeder; // another connection: the receiver, as far as the store knows

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s =
            SignIn::signIn(m_store, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!s)
            qFatal("%s cannot sign in: %s", qPrintable(user), qPrintable(why(s)));
        return std::move(s.value());
    }

    // The camera's read stored by the other connection, as a receiver would.
    void feed(const ReadRecord& read)
    {
        QList<ReadRecord> reads{read};
        reads.first().capturedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        auto imported = ReadImporter(*m_feeder).importReads(reads, u"camera feed"_s);
        QVERIFY2(imported.ok(), qPrintable(why(imported)));
        QCOMPARE(imported->hits, 1);
    }

    static int rowOfPlate(AlertsPanel* panel, const QString& plate)
    {
        const AlertQueueModel& model = panel->queue();
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.hit(row)->readPlate == plate)
                return row;
        return -1;
    }

    // The window learns of the other connection's commit: the poll the
    // timer makes each second, made now.
    static void noticeChange(MainWindow& window)
    {
        child<ChangeNotice>(&window, "changeNotice")->check();
    }

    static void take(AlertsPanel* panel, int row, const QString& incident)
    {
        auto* view = child<QTableView>(panel, "alertsView");
        view->setCurrentIndex(view->model()->index(row, 0));
        auto* edit = child<QLineEdit>(panel, "incidentEdit");
        edit->clear();
        QTest::keyClicks(edit, incident);
        QTest::mouseClick(child<QPushButton>(panel, "takeButton"), Qt::LeftButton);
    }

    static void click(QWidget* parent, const char* name)
    {
        auto* button = child<QAbstractButton>(parent, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
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
        m_store = m_dir.filePath(u"alerts.alprdb"_s);
        DemoOptions options;
        options.reads = 40;
        options.seed = 11;
        auto created = createOrFillDemoStore(m_store, options);
        QVERIFY2(created.ok(), qPrintable(why(created)));

        // Three vehicles of another demo seed, with their images.
        DemoOptions other;
        other.reads = 30;
        other.seed = 77;
        const QList<ReadRecord> generated = DemoGenerator(other).reads(0, 30);
        QSet<QString> plates;
        for (const ReadRecord& r : generated)
            if (!r.plateJpeg.isEmpty() && !r.overviewJpeg.isEmpty() && !r.state.isEmpty() &&
                !plates.contains(r.plate) && m_reads.size() < 3) {
                plates.insert(r.plate);
                m_reads << r;
            }
        QCOMPARE(m_reads.size(), 3);
        for (ReadRecord& r : m_reads)
            r.candidates.clear(); // the plate itself is what is listed
        // The camera gave the first one's plate corners (a tilted quadrilateral
        // in the overview frame): the plate can be rectified from the overview.
        const QImage frame = QImage::fromData(m_reads[0].overviewJpeg);
        QVERIFY(!frame.isNull());
        const int w = frame.width();
        const int h = frame.height();
        m_reads[0].plateCorners = {QPoint(w * 4 / 10, h * 6 / 10), QPoint(w * 6 / 10, h * 62 / 100),
                                   QPoint(w * 6 / 10, h * 7 / 10),
                                   QPoint(w * 4 / 10, h * 68 / 100)};

        auto admin = signIn(u"admin"_s);
        HotLists lists(*admin);
        HotList general;
        general.name = u"Test stolen vehicles"_s;
        general.purpose = u"stolen-vehicle"_s;
        general.priority = 85;
        QVERIFY(lists.createList(general).ok());
        const HotListFormat format = HotListFormat::Clew;
        auto loaded =
            lists.importData(general.name, clew(m_reads.mid(0, 2)), u"test.tbl"_s, &format, false);
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));

        HotList covert;
        covert.name = u"Test covert"_s;
        covert.kind = HotListKind::Department;
        covert.purpose = u"criminal-investigation"_s;
        covert.covert = true;
        covert.alert = false;
        covert.members = {u"detective"_s, u"supervisor"_s};
        QVERIFY(lists.createList(covert).ok());
        {
            auto detective = signIn(u"detective"_s);
            EntryRequest bolo;
            bolo.list = covert.name;
            bolo.plate = m_reads[2].plate;
            bolo.state = m_reads[2].state;
            bolo.reason = u"narcotics investigation"_s;
            bolo.caseNumber = u"26-004300"_s;
            bolo.synopsis = u"Seen at the stash house."_s;
            auto id = HotLists(*detective).addEntry(bolo);
            QVERIFY2(id.ok(), qPrintable(why(id)));
            QVERIFY(lists.approveEntry(id.value()).ok());
        }
        m_feeder = signIn(u"records"_s);
    }

    void cleanupTestCase() { m_feeder.reset(); }

    void anotherProcesssAlertIsTakenCheckedAndConfirmed()
    {
        MainWindow window(signIn(u"dispatcher"_s));
        window.show();
        auto* tabs = child<QTabWidget>(&window, "workTabs");
        auto* panel = child<AlertsPanel>(&window, "alertsPanel");
        QCOMPARE(tabs->widget(0), panel);
        QCOMPARE(tabs->currentWidget(), panel);
        const int untaken = panel->untakenCount();
        QSignalSpy announced(panel, &AlertsPanel::announced);

        const QString plate = m_reads[0].plate;
        QCOMPARE(rowOfPlate(panel, plate), -1);
        feed(m_reads[0]);
        noticeChange(window);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPlate(panel, plate) >= 0, 2000);
        const HitRecord hit = *panel->queue().hit(rowOfPlate(panel, plate));
        QCOMPARE(panel->untakenCount(), untaken + 1);
        QCOMPARE(tabs->tabText(0), u"Alerts (%1)"_s.arg(untaken + 1));
        QVERIFY(!announced.isEmpty());
        QVERIFY(announced.last().first().value<QList<qint64>>().contains(hit.id));
        saveScreenshot(&window, u"alerts-queue.png"_s);

        // The incident number is checked by core, and its refusal shown.
        take(panel, rowOfPlate(panel, plate), u"not an incident"_s);
        auto* message = child<QLabel>(panel, "alertsMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"not an incident number"_s),
                 qPrintable(message->text()));
        QVERIFY(!panel->checklist());

        take(panel, rowOfPlate(panel, plate), u"26-004211"_s);
        QTRY_VERIFY(panel->checklist());
        HitChecklistDialog* dialog = panel->checklist();
        QCOMPARE(dialog->hitId(), hit.id);
        QCOMPARE(panel->queue().hit(rowOfPlate(panel, plate))->takenBy, u"dispatcher"_s);
        QCOMPARE(panel->untakenCount(), untaken);
        // The enhanced plate is shown at once: its view is what step 1 needs.
        QVERIFY(dialog->imageView().hasImage());

        // The steps open in order.
        QVERIFY(child<QGroupBox>(dialog, "charactersStep")->isEnabled());
        QVERIFY(!child<QGroupBox>(dialog, "stateStep")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "confirmHitButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "recordCharactersButton")->isEnabled());
        for (int i = 0; i < plate.size(); ++i) {
            QCOMPARE(child<QLabel>(dialog, u"readChar%1"_s.arg(i))->text(), QString(plate.at(i)));
            click(dialog, qPrintable(u"charMark%1"_s.arg(i)));
        }
        click(dialog, "recordCharactersButton");
        QVERIFY(child<QGroupBox>(dialog, "stateStep")->isEnabled());
        click(dialog, "stateMatchesButton");
        // The plate also rectified from the overview, zoomed as in the image window.
        click(dialog, "rectifiedImageButton");
        QCOMPARE(child<QLabel>(dialog, "imageCaption")->text(),
                 u"Plate rectified from the overview, enhanced"_s);
        QVERIFY(dialog->imageView().hasImage());
        const double fitted = dialog->imageView().zoom();
        click(dialog, "zoomInButton");
        QVERIFY(dialog->imageView().zoom() > fitted);
        click(dialog, "showVehicleButton");
        click(dialog, "vehicleMatchesButton");
        click(dialog, "currencyCheckedButton");
        // No CLETS result chosen: core's refusal is shown as it words it.
        QTest::keyClicks(child<QLineEdit>(dialog, "cletsReferenceEdit"), u"NIC/V123456789"_s);
        click(dialog, "recordCletsButton");
        auto* said = child<QLabel>(dialog, "checklistMessage");
        QVERIFY2(said->text().contains(u"not a CLETS result"_s), qPrintable(said->text()));
        QVERIFY(!child<QPushButton>(dialog, "confirmHitButton")->isEnabled());
        auto* clets = child<QComboBox>(dialog, "cletsResultCombo");
        clets->setCurrentIndex(clets->findData(u"still-wanted"_s));
        click(dialog, "recordCletsButton");
        saveScreenshot(dialog, u"alerts-checklist.png"_s);
        click(dialog, "confirmHitButton");
        QVERIFY2(said->text().contains(u"confirmed"_s), qPrintable(said->text()));
        QVERIFY(child<QGroupBox>(dialog, "dispositionBox")->isVisible());
        // Decided: out of the queue.
        QTRY_COMPARE(rowOfPlate(panel, plate), -1);

        click(dialog, "copyConfirmationButton");
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(u"CONFIRMED"_s) && text.contains(plate) &&
                     text.contains(u"NIC/V123456789"_s),
                 qPrintable(text));
        auto* outcome = child<QComboBox>(dialog, "dispositionCombo");
        outcome->setCurrentIndex(outcome->findData(u"vehicle-recovered"_s));
        click(dialog, "recordDispositionButton");
        QVERIFY2(said->text().contains(u"vehicle recovered"_s), qPrintable(said->text()));

        // The trail has each step of this hit, by this dispatcher.
        const QString object = u"hit:%1"_s.arg(hit.id);
        for (const QString& action :
             {u"hit-taken"_s, u"hit-image-viewed"_s, u"hit-characters"_s, u"hit-plate-state"_s,
              u"hit-vehicle"_s, u"hit-currency"_s, u"hit-clets"_s, u"hit-decided"_s,
              u"hit-disposed"_s, u"hit-confirmation"_s}) {
            bool found = false;
            for (const AuditEvent& e : auditEvents(*m_feeder, action))
                found = found || (e.object == object && e.username == u"dispatcher"_s &&
                                  e.outcome == u"success"_s);
            QVERIFY2(found, qPrintable(action));
        }
        bool allSame = false;
        for (const AuditEvent& e : auditEvents(*m_feeder, u"hit-characters"_s))
            allSame = allSame || (e.object == object && e.details.value(u"marks"_s).toString() ==
                                                            QString(plate.size(), u'y'));
        QVERIFY(allSame);
    }

    void theScreenLockGivesTheAlertBack()
    {
        MainWindow window(signIn(u"dispatcher"_s));
        window.show();
        auto* panel = child<AlertsPanel>(&window, "alertsPanel");
        const QString plate = m_reads[1].plate;
        feed(m_reads[1]);
        noticeChange(window);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPlate(panel, plate) >= 0, 2000);
        const qint64 hitId = panel->queue().hit(rowOfPlate(panel, plate))->id;
        take(panel, rowOfPlate(panel, plate), u"26-004212"_s);
        QTRY_VERIFY(panel->checklist());
        QCOMPARE(panel->queue().hit(rowOfPlate(panel, plate))->takenBy, u"dispatcher"_s);

        child<IdleLock>(&window, QString())->lockNow(u"test"_s);
        QTRY_VERIFY(!panel->checklist());
        // Another dispatcher's view of it: nobody holds it.
        auto supervisor = signIn(u"supervisor"_s);
        Alerts other(*supervisor);
        auto queue = other.queue();
        QVERIFY2(queue.ok(), qPrintable(why(queue)));
        bool free = false;
        for (const HitRecord& h : queue.value())
            free = free || (h.id == hitId && h.takenBy.isEmpty() && h.status == hitstatus::kNew);
        QVERIFY(free);
        bool released = false;
        for (const AuditEvent& e : auditEvents(*m_feeder, u"hit-released"_s))
            released = released || (e.object == u"hit:%1"_s.arg(hitId) &&
                                    e.details.value(u"reason"_s).toString() == u"locked"_s);
        QVERIFY(released);
    }

    void covertHitsStayWithTheirMembers()
    {
        MainWindow window(signIn(u"dispatcher"_s));
        window.show();
        auto* panel = child<AlertsPanel>(&window, "alertsPanel");
        QSignalSpy announced(panel, &AlertsPanel::announced);
        const QString plate = m_reads[2].plate;
        feed(m_reads[2]);
        noticeChange(window);
        // The member sees it, and it does not announce itself.
        auto supervisor = signIn(u"supervisor"_s);
        auto queue = Alerts(*supervisor).queue();
        QVERIFY2(queue.ok(), qPrintable(why(queue)));
        qint64 covertId = 0;
        for (const HitRecord& h : queue.value())
            if (h.readPlate == plate && h.covert)
                covertId = h.id;
        QVERIFY(covertId > 0);
        // The other dispatcher's queue has caught up with the store, without it.
        QTRY_VERIFY_WITH_TIMEOUT(!child<ChangeNotice>(&window, "changeNotice")->check(), 2000);
        QCOMPARE(rowOfPlate(panel, plate), -1);
        QCOMPARE(panel->queue().rowOfHit(covertId), -1);
        for (const QList<QVariant>& call : std::as_const(announced))
            QVERIFY(!call.first().value<QList<qint64>>().contains(covertId));

        // The detective who entered the BOLO is told at sign-in, once.
        {
            MainWindow detective(signIn(u"detective"_s));
            detective.resize(1024, 700);
            detective.show();
            auto* notice = child<QLabel>(&detective, "boloNotice");
            QVERIFY(!notice->isHidden());
            QVERIFY2(notice->toolTip().contains(plate), qPrintable(notice->toolTip()));
            saveScreenshot(&detective, u"alerts-bolo-notice.png"_s);
            QVERIFY(!detective.findChild<AlertsPanel*>());
        }
        {
            MainWindow detective(signIn(u"detective"_s));
            QVERIFY(child<QLabel>(&detective, "boloNotice")->isHidden());
        }
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
