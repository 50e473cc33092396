// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Custody and release requests driven as records staff and a supervisor
// would: a package exported through core, booked into evidence through the
// custody dialog (not without its item number) and seen in its details; a
// request from a California agency logged through the dialog, which says
// live what the rules make of it, then approved by a supervisor on the page
// (not by the clerk who logged it); a federal request refused with the
// reason and kept on file.
#include "../support/teststore.h"
#include "../support/uitest.h"
#include "adminwindow.h"
#include "auditorwindow.h"
#include "custodydialog.h"
#include "evidencepackagemodel.h"
#include "evidencepackagespage.h"
#include "mainwindow.h"
#include "releaserequestdialog.h"
#include "releaserequestspage.h"

#include "auth/session.h"
#include "auth/useradministration.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::child;
using namespace Qt::Literals::StringLiterals;

class TestCustodyRelease : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_medium;
    QString m_path;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    QList<qint64> m_reads;
    qint64 m_pending = 0;

    void addUser(const QString& name, QList<Role> roles)
    {
        QVERIFY(test::addTrainedUser(*m_admin, name, roles));
    }

    std::unique_ptr<Session> signIn(const QString& name)
    {
        return test::signInLikeTheApps(m_path, name);
    }

    static void choose(QComboBox* combo, const QString& code)
    {
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
    }

    static void fill(ReleaseRequestDialog& dialog, const QString& agency, const QString& type,
                     const QString& purpose)
    {
        child<QLineEdit>(&dialog, "releaseAgencyEdit")->setText(agency);
        choose(child<QComboBox>(&dialog, "releaseAgencyTypeCombo"), type);
        child<QLineEdit>(&dialog, "releaseRequesterEdit")->setText(u"Det. A. Rivera"_s);
        choose(child<QComboBox>(&dialog, "releasePurposeCombo"), purpose);
        child<QPlainTextEdit>(&dialog, "releaseDescriptionEdit")
            ->setPlainText(u"Reads near the scene of a robbery"_s);
        child<QLineEdit>(&dialog, "releaseCaseEdit")->setText(u"SJ-26-1187"_s);
    }

    static int rowOf(const ReleaseRequestsPage& page, qint64 id)
    {
        for (int row = 0; row < page.requests().size(); ++row)
            if (page.requests()[row].id == id)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_medium.isValid());
        m_path = m_dir.filePath(u"custody.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        addUser(u"clerk"_s, {Role::Records});
        addUser(u"feeder"_s, {Role::Ingest});
        addUser(u"sergeant"_s, {Role::Supervisor});
        addUser(u"auditor"_s, {Role::Auditor});
        addUser(u"clerksarge"_s, {Role::Records, Role::Supervisor});
        QList<ReadRecord> reads;
        for (int i = 0; i < 2; ++i)
            reads << test::makeRead(u"7ABC12%1"_s.arg(i),
                                    QDateTime(QDate(2026, 11, 3 + i), QTime(17, 5), Qt::UTC));
        auto feeder = signIn(u"feeder"_s);
        QVERIFY(ReadImporter(*feeder).importReads(reads, u"test reads"_s).ok());
        for (const ReadRecord& r : std::as_const(reads))
            m_reads << r.id;
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok());
        m_clerk = signIn(u"clerk"_s);
    }

    void bookingIsRecordedAndShownInTheDetails()
    {
        EvidenceRequest request;
        request.readIds = m_reads;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"criminal-investigation"_s;
        request.target = m_medium.path();
        auto exported = EvidenceExport(*m_clerk).exportPackage(request);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        const QString id = exported->id;

        EvidencePackagesPage page(*m_clerk);
        QCOMPARE(page.packages().package(0)->id, id);
        page.showDetails(0);
        QCOMPARE(page.shownPackage(), id);
        auto* custody = child<QTableWidget>(&page, "custodyTable");
        QCOMPARE(custody->rowCount(), 1); // the export itself
        QVERIFY(child<QPushButton>(&page, "recordCustodyButton")->isEnabled());

        CustodyDialog dialog(*m_clerk, id);
        choose(child<QComboBox>(&dialog, "custodyEventCombo"), u"booked"_s);
        // Booked without the item number: core says no, the dialog stays.
        QVERIFY(!dialog.record());
        QVERIFY(!child<QLabel>(&dialog, "custodyProblem")->text().isEmpty());
        QVERIFY(!dialog.recorded());
        child<QLineEdit>(&dialog, "custodyItemEdit")->setText(u"PR-2026-0042"_s);
        child<QLineEdit>(&dialog, "custodyNoteEdit")->setText(u"locker 3"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "custodyRecordButton"), Qt::LeftButton);
        QVERIFY(dialog.recorded().has_value());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        page.showDetails(0);
        QCOMPARE(custody->rowCount(), 2);
        QCOMPARE(custody->item(1, 1)->text(), CustodyDialog::eventLabel(u"booked"_s));
        QCOMPARE(custody->item(1, 2)->text(), u"clerk"_s);
        QCOMPARE(custody->item(1, 4)->text(), u"PR-2026-0042"_s);
        QCOMPARE(custody->item(1, 5)->text(), u"locker 3"_s);
    }

    void aLocalRequestWaitsAndIsApprovedByASupervisor()
    {
        ReleaseRequestDialog dialog(*m_clerk);
        auto* logButton = child<QPushButton>(&dialog, "releaseLogButton");
        QVERIFY(!logButton->isEnabled());
        fill(dialog, u"San José PD"_s, u"ca-local"_s, u"criminal-investigation"_s);
        QVERIFY(logButton->isEnabled());
        QVERIFY2(child<QLabel>(&dialog, "releaseRuling")->text().startsWith(u"Will wait"_s),
                 qPrintable(child<QLabel>(&dialog, "releaseRuling")->text()));
        QTest::mouseClick(logButton, Qt::LeftButton);
        QVERIFY(dialog.logged().has_value());
        QCOMPARE(dialog.logged()->status, u"pending"_s);
        m_pending = dialog.logged()->id;

        {
            // The clerk who logged it may not decide it (nor may records staff).
            ReleaseRequestsPage page(*m_clerk);
            QVERIFY(page.findChild<QPushButton*>(u"logReleaseButton"_s));
            QVERIFY(!page.findChild<QPushButton*>(u"approveReleaseButton"_s));
        }

        m_clerk.reset(); // one session at a time
        auto sergeant = signIn(u"sergeant"_s);
        ReleaseRequestsPage page(*sergeant);
        QVERIFY(!page.findChild<QPushButton*>(u"logReleaseButton"_s));
        QVERIFY(page.select(m_pending));
        QVERIFY(child<QPlainTextEdit>(&page, "releaseDetails")
                    ->toPlainText()
                    .contains(u"San José PD"_s));
        QVERIFY(child<QPushButton>(&page, "approveReleaseButton")->isEnabled());
        QVERIFY(page.decideSelected(true, u"Within SB 34"_s));
        const int row = rowOf(page, m_pending);
        QVERIFY(row >= 0);
        auto* table = child<QTableWidget>(&page, "releasesTable");
        QCOMPARE(table->item(row, ReleaseRequestsPage::Status)->text(), u"approved"_s);
        QCOMPARE(table->item(row, ReleaseRequestsPage::DecidedBy)->text(), u"sergeant"_s);
        QVERIFY(!child<QPushButton>(&page, "approveReleaseButton")->isEnabled());
        sergeant.reset();
        m_clerk = signIn(u"clerk"_s);
    }

    void aFederalRequestIsRefusedWithTheReason()
    {
        ReleaseRequestDialog dialog(*m_clerk);
        fill(dialog, u"Federal Task Force"_s, u"federal"_s, u"criminal-investigation"_s);
        const QString ruling = child<QLabel>(&dialog, "releaseRuling")->text();
        QVERIFY2(ruling.startsWith(u"Will be refused: "_s), qPrintable(ruling));
        QTest::mouseClick(child<QPushButton>(&dialog, "releaseLogButton"), Qt::LeftButton);
        QVERIFY(dialog.logged().has_value());
        QCOMPARE(dialog.logged()->status, u"refused"_s);
        QVERIFY(!dialog.logged()->reason.isEmpty());
        QCOMPARE(ruling, u"Will be refused: "_s + dialog.logged()->reason);

        ReleaseRequestsPage page(*m_clerk);
        const int row = rowOf(page, dialog.logged()->id);
        QVERIFY(row >= 0);
        QCOMPARE(child<QTableWidget>(&page, "releasesTable")
                     ->item(row, ReleaseRequestsPage::Status)
                     ->text(),
                 u"refused"_s);
        QVERIFY(page.select(dialog.logged()->id));
        QVERIFY(child<QPlainTextEdit>(&page, "releaseDetails")
                    ->toPlainText()
                    .contains(dialog.logged()->reason));
    }

    void nobodyDecidesARequestTheyLogged()
    {
        m_clerk.reset();
        auto both = signIn(u"clerksarge"_s);
        ReleaseRequestDialog dialog(*both);
        fill(dialog, u"Oakland PD"_s, u"ca-local"_s, u"stolen-vehicle"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "releaseLogButton"), Qt::LeftButton);
        QVERIFY(dialog.logged().has_value());
        QCOMPARE(dialog.logged()->status, u"pending"_s);
        ReleaseRequestsPage page(*both);
        QVERIFY(page.select(dialog.logged()->id));
        QVERIFY(!page.decideSelected(true, QString()));
        auto* message = child<QLabel>(&page, "releasesMessage");
        QVERIFY(!message->isHidden());
        QVERIFY(!message->text().isEmpty());
        const int row = rowOf(page, dialog.logged()->id);
        QCOMPARE(page.requests()[row].status, u"pending"_s);
        // A denial needs a note, whoever gives it.
        QVERIFY(!page.decideSelected(false, QString()));
    }

    void theWindowsShowThePageToThoseWhoMayListThem()
    {
        {
            MainWindow clerkWindow(signIn(u"clerk"_s));
            QVERIFY(clerkWindow.findChild<ReleaseRequestsPage*>());
            QVERIFY(clerkWindow.findChild<QPushButton*>(u"logReleaseButton"_s));
        }
        {
            MainWindow sergeantWindow(signIn(u"sergeant"_s));
            QVERIFY(sergeantWindow.findChild<ReleaseRequestsPage*>());
            QVERIFY(sergeantWindow.findChild<QPushButton*>(u"approveReleaseButton"_s));
        }
        {
            AdminWindow adminWindow(*m_admin);
            QVERIFY(adminWindow.findChild<ReleaseRequestsPage*>());
            QVERIFY(adminWindow.findChild<QPushButton*>(u"approveReleaseButton"_s));
        }
        auto auditor = signIn(u"auditor"_s);
        AuditorWindow auditorWindow(*auditor);
        QVERIFY(auditorWindow.releasesPage());
        QVERIFY(!auditorWindow.findChild<QPushButton*>(u"approveReleaseButton"_s));
    }

    void theAuditorReadsThemOnly()
    {
        m_clerk.reset();
        auto auditor = signIn(u"auditor"_s);
        QVERIFY(ReleaseRequestsPage::mayShow(*auditor));
        ReleaseRequestsPage page(*auditor, true);
        QVERIFY(page.requests().size() >= 2);
        QVERIFY(!page.findChild<QPushButton*>(u"logReleaseButton"_s));
        QVERIFY(!page.findChild<QPushButton*>(u"approveReleaseButton"_s));
    }
};

QTEST_MAIN(TestCustodyRelease)
#include "tst_custodyrelease.moc"
