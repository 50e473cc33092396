// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Retention driven as records staff, an administrator and an auditor would:
// a legal hold placed through its dialog (not without the requesting party),
// seen on the Holds page with its reads, released there with a note (not
// without one); the results of a search marked where a hold keeps a read,
// and a hold placed on a chosen result from the results; shorter retention
// periods not saved unless the administrator confirms the count of reads the
// next purge then removes; and the certificate of a purge, run with the
// clock moved past the fixed cameras' period, listed in the auditor's console.
// Then the same mark, with the results' text, colour and tooltip, in the
// dispatcher's alert queue and the canvass sightings; a hold placed from a
// case's history and from an evidence package; and a hold whose review date
// the clock has passed marked "(due)" on the Holds page.
#include "../support/teststore.h"
#include "../support/uitest.h"
#include "adminwindow.h"
#include "alertqueuemodel.h"
#include "alertspanel.h"
#include "auditorwindow.h"
#include "canvasspanel.h"
#include "canvasssightingmodel.h"
#include "canvasswindowmodel.h"
#include "casehistorypage.h"
#include "evidencepackagemodel.h"
#include "evidencepackagespage.h"
#include "heldmark.h"
#include "holdspage.h"
#include "mainwindow.h"
#include "placeholddialog.h"
#include "purgecertificatespage.h"
#include "readtablemodel.h"
#include "resultsview.h"
#include "settingspage.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "hits/hotlists.h"
#include "ingest/readimporter.h"
#include "inquiry/searchservice.h"
#include "retention/legalholds.h"
#include "retention/retentionpurge.h"
#include "retention/retentionrules.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::child;
using namespace Qt::Literals::StringLiterals;

class TestRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 5), QTime(18, 0), Qt::UTC)};
    std::unique_ptr<Session> m_admin;
    QList<qint64> m_reads; // fixed cameras: 40, 20, 15 and 1 day old
    QList<qint64> m_bolo;  // two reads of a BOLO plate, after the purge

    std::unique_ptr<Session> signIn(const QString& name)
    {
        auto s = SignIn::signIn(m_path, name, test::password(), m_clock);
        if (!s)
            qFatal("sign-in of %s: %s", qPrintable(name), qPrintable(s.error().message));
        return std::move(s.value());
    }

    // Answers the next modal message box with this button, noting its text.
    void answer(QMessageBox::StandardButton button, QString* asked)
    {
        QTimer::singleShot(0, this, [asked, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = box->text();
            box->button(button)->click();
        });
    }

    // Whether a cell shows the held mark as the results table does, and
    // shows nothing when the read is not held.
    static bool marked(const QModelIndex& cell, bool held)
    {
        if (!held)
            return cell.data(Qt::DisplayRole).toString().isEmpty() &&
                   !cell.data(Qt::ToolTipRole).isValid();
        return cell.data(Qt::DisplayRole) == HeldMark::data(Qt::DisplayRole) &&
               cell.data(Qt::ToolTipRole) == HeldMark::data(Qt::ToolTipRole) &&
               cell.data(Qt::ForegroundRole) == HeldMark::data(Qt::ForegroundRole);
    }

    // Places a hold through the dialog the next modal turns out to be.
    void placeThroughDialog(bool* placed, QString* caseShown)
    {
        QTimer::singleShot(0, this, [placed, caseShown] {
            auto* dialog = qobject_cast<PlaceHoldDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *caseShown = child<QLineEdit>(dialog, "holdCaseEdit")->text();
            fillHold(dialog, u"Public Defender's office"_s);
            QTest::mouseClick(child<QPushButton>(dialog, "holdPlaceButton"), Qt::LeftButton);
            *placed = dialog->placed().has_value();
        });
    }

    static void fillHold(PlaceHoldDialog* dialog, const QString& party)
    {
        child<QLineEdit>(dialog, "holdCaseEdit")->setText(u"26-004211"_s);
        auto* reason = child<QComboBox>(dialog, "holdReasonCombo");
        reason->setCurrentIndex(reason->findData(u"discovery-request"_s));
        child<QLineEdit>(dialog, "holdPartyEdit")->setText(party);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"retention.alprdb"_s);
        m_admin = test::createStore(m_path, m_clock);
        QVERIFY(test::addTrainedUser(*m_admin, u"clerk"_s, {Role::Records}));
        QVERIFY(test::addTrainedUser(*m_admin, u"feeder"_s, {Role::Ingest}));
        QVERIFY(test::addTrainedUser(*m_admin, u"auditor"_s, {Role::Auditor}));
        QVERIFY(test::addTrainedUser(*m_admin, u"dispatcher"_s, {Role::Dispatcher}));
        QVERIFY(test::addTrainedUser(*m_admin, u"detective"_s, {Role::Detective}));
        QList<ReadRecord> reads;
        int i = 0;
        for (int daysOld : {40, 20, 15, 1})
            reads << test::makeRead(u"7ABC12%1"_s.arg(i++), m_clock.now().addDays(-daysOld));
        auto feeder = signIn(u"feeder"_s);
        QVERIFY(ReadImporter(*feeder).importReads(reads, u"test reads"_s).ok());
        for (const ReadRecord& r : std::as_const(reads))
            m_reads << r.id;
    }

    void aHoldIsPlacedSeenAndReleasedWithANote()
    {
        auto clerk = signIn(u"clerk"_s);
        HoldSelection selection;
        selection.readIds = {m_reads[0]};
        PlaceHoldDialog dialog(*clerk, selection, u"1 read"_s);
        auto* place = child<QPushButton>(&dialog, "holdPlaceButton");
        QCOMPARE(child<QDateEdit>(&dialog, "holdReviewDate")->date(),
                 m_clock.now().toLocalTime().date().addDays(90));
        // Without the requesting party there is nothing to place.
        child<QLineEdit>(&dialog, "holdCaseEdit")->setText(u"26-004211"_s);
        QVERIFY(!place->isEnabled());
        fillHold(&dialog, u"Deputy DA Okafor"_s);
        QVERIFY(place->isEnabled());
        QTest::mouseClick(place, Qt::LeftButton);
        QVERIFY(dialog.placed().has_value());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.placed()->id;

        HoldsPage page(*clerk);
        QCOMPARE(page.holds().size(), 1);
        auto* table = child<QTableWidget>(&page, "holdsTable");
        QCOMPARE(table->item(0, HoldsPage::Id)->text(), QString::number(id));
        QCOMPARE(table->item(0, HoldsPage::Reason)->text(),
                 PlaceHoldDialog::reasonLabel(u"discovery-request"_s));
        QCOMPARE(table->item(0, HoldsPage::Party)->text(), u"Deputy DA Okafor"_s);
        QCOMPARE(table->item(0, HoldsPage::Reads)->text(), u"1"_s);
        QCOMPARE(table->item(0, HoldsPage::PlacedBy)->text(), u"clerk"_s);
        QVERIFY(page.select(id));
        const QString details = child<QPlainTextEdit>(&page, "holdDetails")->toPlainText();
        QVERIFY2(details.endsWith(u": %1"_s.arg(m_reads[0])), qPrintable(details));
        QVERIFY(child<QPushButton>(&page, "releaseHoldButton")->isEnabled());

        // A release needs a note.
        QVERIFY(!page.releaseSelected(QString()));
        QVERIFY(!child<QLabel>(&page, "holdsMessage")->text().isEmpty());
        QCOMPARE(page.holds().size(), 1);
        QVERIFY(page.releaseSelected(u"Case closed, no appeal"_s));
        QVERIFY(page.holds().isEmpty()); // the active ones
        child<QCheckBox>(&page, "showReleasedHoldsCheck")->setChecked(true);
        QCOMPARE(page.holds().size(), 1);
        QCOMPARE(table->item(0, HoldsPage::ReleasedBy)->text(), u"clerk"_s);
        QCOMPARE(table->item(0, HoldsPage::ReleaseNote)->text(), u"Case closed, no appeal"_s);
        QVERIFY(!LegalHolds(*clerk).show(id)->active());

        // Auditors read the holds only.
        auto auditor = signIn(u"auditor"_s);
        HoldsPage readOnly(*auditor, true);
        QVERIFY(!readOnly.findChild<QPushButton*>(u"releaseHoldButton"_s));
        child<QCheckBox>(&readOnly, "showReleasedHoldsCheck")->setChecked(true);
        QCOMPARE(readOnly.holds().size(), 1);
    }

    void theResultsMarkHeldReadsAndPlaceHolds()
    {
        auto clerk = signIn(u"clerk"_s);
        HoldRequest request;
        request.selection.readIds = {m_reads[1]};
        request.caseNumber = u"26-004211"_s;
        request.reason = u"evidence"_s;
        request.requestingParty = u"Det. Rivera"_s;
        request.reviewOn = m_clock.now().date().addDays(30);
        QVERIFY(LegalHolds(*clerk).place(request).ok());
        clerk.reset();

        MainWindow window(signIn(u"clerk"_s));
        QTest::keyClicks(child<QLineEdit>(&window, "patternEdit"), u"7ABC12*"_s);
        QTest::keyClicks(child<QComboBox>(&window, "caseEdit")->lineEdit(), u"26-004211"_s);
        auto* purpose = child<QComboBox>(&window, "purposeCombo");
        purpose->setCurrentIndex(purpose->findData(u"criminal-investigation"_s));
        window.runSearch();
        auto* view = child<ResultsView>(&window, "resultsView");
        QTRY_COMPARE(view->hits().rowCount(), 4);
        QTRY_VERIFY(!window.isSearching());
        const auto heldRows = [view] {
            QSet<qint64> held;
            for (int row = 0; row < view->hits().rowCount(); ++row) {
                const QString mark =
                    view->hits().index(row, ReadTableModel::Hold).data().toString();
                if (mark.isEmpty() == view->hits().isHeld(row))
                    held << -1; // the mark and the model disagree
                if (view->hits().isHeld(row))
                    held << view->hits().hit(row)->read.id;
            }
            return held;
        };
        QCOMPARE(heldRows(), QSet<qint64>{m_reads[1]});

        // The open read's sightings carry the same mark.
        for (int row = 0; row < view->hits().rowCount(); ++row)
            if (view->hits().isHeld(row))
                Q_EMIT view->openRequested(row);
        auto* sightings = child<QTableView>(&window, "sightingsView")->model();
        QCOMPARE(sightings->rowCount(), 1);
        QVERIFY(marked(sightings->index(0, 1), true));

        // Place legal hold… on one chosen result: the newest read.
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, ReadTableModel::Plate).data().toString() == u"7ABC123"_s)
                view->selectRow(r);
        QCOMPARE(view->selectedSourceRows().size(), 1);
        auto* action = child<QAction>(&window, "placeHoldAction");
        QVERIFY(action->isEnabled());
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto* dialog = qobject_cast<PlaceHoldDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(child<QLineEdit>(dialog, "holdCaseEdit")->text(), u"26-004211"_s);
            fillHold(dialog, u"Superior Court subpoena"_s);
            QTest::mouseClick(child<QPushButton>(dialog, "holdPlaceButton"), Qt::LeftButton);
            filled = true;
        });
        action->trigger();
        QVERIFY(filled);
        QCOMPARE(heldRows(), (QSet<qint64>{m_reads[1], m_reads[3]}));
        auto* holds = window.findChild<HoldsPage*>();
        QVERIFY(holds);
        QCOMPARE(holds->holds().size(), 2);
        QVERIFY(holds->holds().first().source.startsWith(u"search:"_s));
    }

    void shorterPeriodsAreSavedOnlyWhenConfirmed()
    {
        SettingsPage page(*m_admin);
        auto* fixedDays = child<QSpinBox>(&page, "retentionReadDays_fixed");
        auto* fixedImages = child<QSpinBox>(&page, "retentionImageDays_fixed");
        QCOMPARE(fixedDays->value(), 30);
        // 10 days: the reads of 20 and 15 days ago expire too, but a hold
        // keeps the first: one more read for the next purge.
        fixedDays->setValue(10);
        fixedImages->setValue(10);
        auto change = previewRetentionRules(*m_admin, [&] {
            RetentionRules rules = RetentionRules::defaults();
            for (RetentionPeriod& p : rules.periods)
                if (p.sourceKind == u"fixed"_s)
                    p.readDays = p.imageDays = 10;
            return rules;
        }());
        QVERIFY(change.ok());
        QVERIFY(change->shortens);
        QCOMPARE(change->moreReads, 1);

        QString asked;
        answer(QMessageBox::No, &asked);
        QVERIFY(!page.saveRetention());
        QVERIFY2(asked.contains(u"remove %1 more reads"_s.arg(change->moreReads)),
                 qPrintable(asked));
        QVERIFY(child<QLabel>(&page, "retentionMessage")->text().startsWith(u"Not saved"_s));
        QCOMPARE(retentionRules(*m_admin)->period(u"fixed"_s).readDays, 30);

        asked.clear();
        answer(QMessageBox::Yes, &asked);
        QVERIFY(page.saveRetention());
        QVERIFY(!asked.isEmpty());
        QCOMPARE(retentionRules(*m_admin)->period(u"fixed"_s).readDays, 10);

        // Longer again: nothing to confirm.
        fixedDays->setValue(30);
        fixedImages->setValue(30);
        asked.clear();
        answer(QMessageBox::No, &asked);
        QVERIFY(page.saveRetention());
        QCoreApplication::processEvents(); // the answer finds no question
        QVERIFY(asked.isEmpty());
        QCOMPARE(retentionRules(*m_admin)->period(u"fixed"_s).readDays, 30);
    }

    void aPurgeCertificateIsListedForTheAuditor()
    {
        {
            PurgeCertificatesPage before(*m_admin);
            QVERIFY(before.runs().isEmpty());
        }
        // 35 days on, every read is past the fixed cameras' 30 days; the
        // holds keep the second and the newest.
        m_clock.advanceSecs(qint64(35) * 24 * 3600);
        auto run = RetentionPurge(*m_admin).run();
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
        QCOMPARE(run->summary.value(u"reads"_s).toInteger(), 2);
        QCOMPARE(run->idsSha256, RetentionPurge::idsSha256({m_reads[0], m_reads[2]}));

        auto auditor = signIn(u"auditor"_s);
        AuditorWindow window(*auditor);
        PurgeCertificatesPage* page = window.certificatesPage();
        QVERIFY(page);
        QVERIFY(window.holdsPage());
        QCOMPARE(page->runs().size(), 1);
        QVERIFY(!page->findChild<QPushButton*>(u"runPurgeButton"_s));
        auto* table = child<QTableWidget>(page, "certificatesTable");
        QCOMPARE(table->item(0, PurgeCertificatesPage::Id)->text(), QString::number(run->id));
        QCOMPARE(table->item(0, PurgeCertificatesPage::Reads)->text(), u"2"_s);
        QCOMPARE(table->item(0, PurgeCertificatesPage::Sha256)->text(), run->idsSha256);
        QVERIFY(page->select(run->id));
        const QString text = child<QPlainTextEdit>(page, "certificateText")->toPlainText();
        QVERIFY2(text.contains(run->idsSha256), qPrintable(text));
        const QString csv = m_dir.filePath(u"certificate.csv"_s);
        QVERIFY(page->saveSelected(csv, false));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("read_id,source_kind,capture_day,removed"));
        QVERIFY(lines.value(1).startsWith(QByteArray::number(m_reads[0]) + ",fixed,"));

        // The administrator's window has both pages, and may run a purge.
        AdminWindow admin(*m_admin);
        QVERIFY(admin.findChild<HoldsPage*>());
        auto* adminPage = admin.findChild<PurgeCertificatesPage*>();
        QVERIFY(adminPage);
        QVERIFY(adminPage->findChild<QPushButton*>(u"runPurgeButton"_s));
        QVERIFY(admin.findChild<QPushButton*>(u"releaseHoldButton"_s));
    }

    // After the purge (the clock 35 days on): two new reads of a BOLO plate,
    // a hit each, one of them held.
    void theAlertQueueMarksHeldReads()
    {
        HotList bolos;
        bolos.name = u"BOLOs"_s;
        bolos.kind = HotListKind::Department;
        bolos.purpose = u"criminal-investigation"_s;
        QVERIFY(HotLists(*m_admin).createList(bolos).ok());
        EntryRequest entry;
        entry.list = u"BOLOs"_s;
        entry.plate = u"6BOL123"_s;
        entry.state = u"CA"_s;
        entry.reason = u"robbery suspect vehicle"_s;
        entry.caseNumber = u"26-004211"_s;
        entry.synopsis = u"Seen leaving the robbery."_s;
        auto entryId = HotLists(*signIn(u"detective"_s)).addEntry(entry);
        QVERIFY2(entryId.ok(), entryId.ok() ? "" : qPrintable(entryId.error().message));
        QVERIFY(HotLists(*m_admin).approveEntry(entryId.value()).ok());

        QList<ReadRecord> reads{test::makeRead(u"6BOL123"_s, m_clock.now().addSecs(-3600)),
                                test::makeRead(u"6BOL123"_s, m_clock.now().addSecs(-1800))};
        auto imported = ReadImporter(*signIn(u"feeder"_s)).importReads(reads, u"camera feed"_s);
        QVERIFY(imported.ok());
        QCOMPARE(imported->hits, 2);
        m_bolo = {reads[0].id, reads[1].id};

        HoldRequest request;
        request.selection.readIds = {m_bolo[0]};
        request.caseNumber = u"26-004211"_s;
        request.reason = u"evidence"_s;
        request.requestingParty = u"Det. Rivera"_s;
        request.reviewOn = m_clock.now().date().addDays(30);
        QVERIFY(LegalHolds(*signIn(u"clerk"_s)).place(request).ok());

        auto dispatcher = signIn(u"dispatcher"_s);
        AlertsPanel panel(*dispatcher);
        const AlertQueueModel& queue = panel.queue();
        QCOMPARE(queue.rowCount(), 2);
        for (int row = 0; row < queue.rowCount(); ++row) {
            const bool held = queue.hit(row)->readId == m_bolo[0];
            QCOMPARE(queue.isHeld(row), held);
            QVERIFY(marked(queue.index(row, AlertQueueModel::Hold), held));
        }
        QCOMPARE(queue.headerData(AlertQueueModel::Hold, Qt::Horizontal).toString(),
                 HeldMark::header());
    }

    void theCanvassSightingsMarkHeldReads()
    {
        auto detective = signIn(u"detective"_s);
        CanvassPanel panel(*detective);
        panel.show();
        auto* windows = child<QTableView>(&panel, "canvassWindowTable")->model();
        QVERIFY(windows->setData(windows->index(0, CanvassWindowModel::Latitude), u"37.4"_s));
        QVERIFY(windows->setData(windows->index(0, CanvassWindowModel::Longitude), u"-122.1"_s));
        QVERIFY(windows->setData(windows->index(0, CanvassWindowModel::Radius), u"300"_s));
        QVERIFY(windows->setData(windows->index(0, CanvassWindowModel::From),
                                 m_clock.now().addSecs(-2 * 3600)));
        QVERIFY(windows->setData(windows->index(0, CanvassWindowModel::To), m_clock.now()));
        panel.setCase(u"26-004211"_s, u"criminal-investigation"_s);
        panel.runCanvass();
        auto* plates = child<QTableView>(&panel, "canvassPlateTable");
        QCOMPARE(plates->model()->rowCount(), 1); // 6BOL123, twice
        plates->selectRow(0);
        auto* view = child<QTableView>(&panel, "canvassSightingTable");
        auto* sightings = dynamic_cast<CanvassSightingModel*>(view->model());
        QVERIFY(sightings);
        QCOMPARE(sightings->rowCount(), 2);
        for (int row = 0; row < sightings->rowCount(); ++row) {
            const bool held = sightings->sighting(row)->read.id == m_bolo[0];
            QCOMPARE(sightings->isHeld(row), held);
            QVERIFY(marked(sightings->index(row, CanvassSightingModel::Hold), held));
        }
    }

    void aHoldIsPlacedFromACase()
    {
        // The clerk opens the unheld BOLO read under a case of their own.
        auto clerk = signIn(u"clerk"_s);
        SearchRequest search;
        search.caseNumber = u"26-005112"_s;
        search.purpose = u"criminal-investigation"_s;
        search.pattern = u"6BOL123"_s;
        auto found = SearchService(*clerk).search(search);
        QVERIFY(found.ok());
        QVERIFY(SearchService(*clerk).openRead(m_bolo[1], found->searchId).ok());
        QVERIFY(LegalHolds(*clerk).held({m_bolo[1]})->isEmpty());

        CaseHistoryPage page(*clerk);
        auto* button = child<QPushButton>(&page, "caseHoldButton");
        QVERIFY(!button->isEnabled()); // no case shown yet
        QVERIFY(page.showCase(u"26-005112"_s));
        QVERIFY(button->isEnabled());
        bool placed = false;
        QString caseShown;
        placeThroughDialog(&placed, &caseShown);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(placed);
        QCOMPARE(caseShown, u"26-005112"_s);
        QCOMPARE(*LegalHolds(*clerk).held({m_bolo[0], m_bolo[1]}),
                 (QSet<qint64>{m_bolo[0], m_bolo[1]}));
        const LegalHold hold = LegalHolds(*clerk).list()->first();
        QCOMPARE(*LegalHolds(*clerk).reads(hold.id), QList<qint64>{m_bolo[1]});
        QVERIFY(child<QLabel>(&page, "caseMessage")->text().contains(QString::number(hold.id)));
    }

    void aHoldIsPlacedFromAnEvidencePackage()
    {
        QList<ReadRecord> reads{test::makeRead(u"7PKG001"_s, m_clock.now().addSecs(-600))};
        QVERIFY(ReadImporter(*signIn(u"feeder"_s)).importReads(reads, u"test reads"_s).ok());
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok());
        auto clerk = signIn(u"clerk"_s);
        QTemporaryDir medium;
        QVERIFY(medium.isValid());
        EvidenceRequest request;
        request.readIds = {reads[0].id};
        request.caseNumber = u"26-005113"_s;
        request.purpose = u"criminal-investigation"_s;
        request.target = medium.path();
        auto exported = EvidenceExport(*clerk).exportPackage(request);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        QVERIFY(LegalHolds(*clerk).held({reads[0].id})->isEmpty());

        EvidencePackagesPage page(*clerk);
        QSignalSpy placedSignal(&page, &EvidencePackagesPage::holdPlaced);
        QCOMPARE(page.packages().package(0)->id, exported->id);
        auto* view = child<QTableView>(&page, "packagesView");
        view->setCurrentIndex(view->model()->index(0, 0));
        auto* button = child<QPushButton>(&page, "packageHoldButton");
        QVERIFY(button->isEnabled());
        bool placed = false;
        QString caseShown;
        placeThroughDialog(&placed, &caseShown);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(placed);
        QCOMPARE(caseShown, u"26-005113"_s); // the package's case
        QCOMPARE(placedSignal.count(), 1);
        const qint64 holdId = placedSignal.first().first().toLongLong();
        QCOMPARE(*LegalHolds(*clerk).reads(holdId), QList<qint64>{reads[0].id});
        QCOMPARE(*LegalHolds(*clerk).held({reads[0].id}), QSet<qint64>{reads[0].id});
    }

    void aHoldPastItsReviewDateIsDue()
    {
        auto clerk = signIn(u"clerk"_s);
        HoldRequest request;
        request.selection.readIds = {m_bolo[1]};
        request.caseNumber = u"26-005112"_s;
        request.reason = u"litigation"_s;
        request.requestingParty = u"County Counsel"_s;
        request.reviewOn = m_clock.now().date().addDays(3);
        auto placed = LegalHolds(*clerk).place(request);
        QVERIFY(placed.ok());
        const auto reviewText = [&clerk, id = placed->id] {
            HoldsPage page(*clerk);
            auto* table = child<QTableWidget>(&page, "holdsTable");
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, HoldsPage::Id)->text() == QString::number(id))
                    return table->item(row, HoldsPage::Review)->text();
            return u"not listed"_s;
        };
        QVERIFY2(!reviewText().contains(u"(due)"_s), qPrintable(reviewText()));
        m_clock.advanceSecs(qint64(4) * 24 * 3600);
        QVERIFY2(reviewText().endsWith(u" (due)"_s), qPrintable(reviewText()));
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
