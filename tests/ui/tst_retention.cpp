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
#include "../support/teststore.h"
#include "../support/uitest.h"
#include "adminwindow.h"
#include "auditorwindow.h"
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
#include "ingest/readimporter.h"
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
#include <QSpinBox>
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
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
