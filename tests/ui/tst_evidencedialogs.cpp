// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The evidence dialogs driven as a records clerk would: two reads exported
// through the Export evidence dialog into a folder, the package listed on the
// Evidence packages page, checked by the Verify dialog (VERIFIED), then a
// byte of it changed (NOT VERIFIED, naming the file); the main window offers
// the export only to records staff and only with results chosen.
#include "../support/teststore.h"
#include "../support/uitest.h"
#include "evidenceexportdialog.h"
#include "evidencepackagemodel.h"
#include "evidencepackagespage.h"
#include "evidenceverifydialog.h"
#include "mainwindow.h"

#include "auth/session.h"
#include "auth/useradministration.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using alpr::test::child;
using namespace Qt::Literals::StringLiterals;

class TestEvidenceDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_medium;
    QString m_path;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    QList<qint64> m_reads;
    QString m_package; // the folder exported
    QString m_fingerprint;

    void addUser(const QString& name, QList<Role> roles)
    {
        QVERIFY(test::addTrainedUser(*m_admin, name, roles));
    }

    std::unique_ptr<Session> signIn(const QString& name)
    {
        return test::signInLikeTheApps(m_path, name);
    }

    // Verifies the package with the dialog as the user would; the verdict's text.
    static QString verify(EvidenceVerifyDialog& dialog)
    {
        QSignalSpy ended(&dialog, &EvidenceVerifyDialog::verifyFinished);
        auto* button = child<QPushButton>(&dialog, "verifyButton");
        if (!button->isEnabled())
            return u"(Verify disabled)"_s;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!ended.wait(20000))
            return u"(no end)"_s;
        return child<QLabel>(&dialog, "verdictLabel")->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_medium.isValid());
        m_path = m_dir.filePath(u"evidence.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        addUser(u"clerk"_s, {Role::Records});
        addUser(u"feeder"_s, {Role::Ingest});
        addUser(u"detective"_s, {Role::Detective});
        QList<ReadRecord> reads;
        for (int i = 0; i < 2; ++i) {
            ReadRecord r = test::makeRead(u"7ABC12%1"_s.arg(i),
                                          QDateTime(QDate(2026, 11, 3 + i), QTime(17, 5), Qt::UTC));
            r.plateJpeg = test::flatJpeg(120, 40, 40 + i);
            r.vehicleJpeg = test::flatJpeg(200, 150, 90 + i);
            r.overviewJpeg = test::flatJpeg(320, 240, 140 + i);
            reads << r;
        }
        auto feeder = signIn(u"feeder"_s);
        QVERIFY(ReadImporter(*feeder).importReads(reads, u"test reads"_s).ok());
        for (const ReadRecord& r : std::as_const(reads))
            m_reads << r.id;
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok()); // the first key, sealed to the clerk
        m_clerk = signIn(u"clerk"_s);
    }

    void exportNeedsACaseAPurposeAndAFolder()
    {
        EvidenceRequest request;
        request.readIds = m_reads;
        request.caseNumber = u"26-004211"_s;
        EvidenceExportDialog dialog(*m_clerk, request);
        auto* exportButton = child<QPushButton>(&dialog, "exportButton");
        QVERIFY(!exportButton->isEnabled()); // no purpose yet
        auto* purpose = child<QComboBox>(&dialog, "evidencePurposeCombo");
        purpose->setCurrentIndex(purpose->findData(u"criminal-investigation"_s));
        child<QLineEdit>(&dialog, "evidenceFolderEdit")->clear();
        QVERIFY(!exportButton->isEnabled()); // no folder
        QVERIFY(!child<QLabel>(&dialog, "evidenceProblem")->text().isEmpty());
        child<QLineEdit>(&dialog, "evidenceFolderEdit")->setText(m_medium.path());
        QVERIFY(exportButton->isEnabled());
        child<QLineEdit>(&dialog, "evidenceCaseEdit")->clear();
        QVERIFY(!exportButton->isEnabled()); // no case
        QVERIFY(child<QLabel>(&dialog, "evidenceSummary")->text().startsWith(u"2 read"_s));
    }

    void exportWritesThePackageAndSaysWhere()
    {
        EvidenceRequest request;
        request.readIds = m_reads;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"criminal-investigation"_s;
        EvidenceExportDialog dialog(*m_clerk, request);
        QCOMPARE(child<QComboBox>(&dialog, "evidencePurposeCombo")->currentData().toString(),
                 u"criminal-investigation"_s);
        child<QLineEdit>(&dialog, "evidenceFolderEdit")->setText(m_medium.path());
        child<QCheckBox>(&dialog, "derivativesCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);

        QVERIFY(dialog.exported().has_value());
        const ExportedPackage& made = *dialog.exported();
        QCOMPARE(made.reads, 2);
        m_package = made.folder;
        m_fingerprint = made.keyFingerprint;
        QVERIFY(QFileInfo(m_package + u"/bagit.txt"_s).isFile());
        QVERIFY(QFileInfo(m_package + u"/data/reads.csv"_s).isFile());
        const QString result = child<QLabel>(&dialog, "evidenceResult")->text();
        QVERIFY2(result.contains(made.id), qPrintable(result));
        QVERIFY(result.contains(made.keyFingerprint));
        QVERIFY(result.contains(u"read back"_s));
        // One package per dialog: Export is done.
        QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
    }

    void thePackagesPageListsIt()
    {
        QVERIFY(!m_package.isEmpty());
        EvidencePackagesPage page(*m_clerk);
        QVERIFY(page.packages().rowCount() >= 1);
        const EvidencePackage* p = page.packages().package(0);
        QCOMPARE(p->id, QFileInfo(m_package).fileName());
        QVERIFY(p->status == PackageStatus::Exported);
        QCOMPARE(page.packages().index(0, EvidencePackageModel::Reads).data().toInt(), 2);
        page.showDetails(0);
        const QString details = child<QPlainTextEdit>(&page, "packageDetails")->toPlainText();
        QVERIFY2(details.contains(p->id) && details.contains(u"26-004211"_s), qPrintable(details));
    }

    void verifyWithTheFingerprintSaysVerified()
    {
        QVERIFY(!m_package.isEmpty());
        // Signed in: the agency's current key is prefilled.
        EvidenceVerifyDialog signedIn(m_clerk.get());
        QCOMPARE(child<QLineEdit>(&signedIn, "fingerprintEdit")->text(), m_fingerprint);
        // Without a session, as on any machine: the fingerprint typed alone.
        EvidenceVerifyDialog dialog(nullptr);
        dialog.setFolder(m_package);
        child<QLineEdit>(&dialog, "fingerprintEdit")->setText(m_fingerprint.toUpper());
        QCOMPARE(verify(dialog), u"VERIFIED"_s);
        QVERIFY(dialog.verification()->problems.isEmpty());
        QVERIFY(child<QLabel>(&dialog, "verifyDetails")->text().contains(m_fingerprint));
        // Another fingerprint: signed well, by a key not trusted.
        child<QLineEdit>(&dialog, "fingerprintEdit")->setText(QString(64, u'a'));
        QCOMPARE(verify(dialog), u"NOT VERIFIED"_s);
        QVERIFY(!dialog.verification()->keyTrusted);
    }

    void aChangedByteIsNotVerifiedAndNamed()
    {
        QVERIFY(!m_package.isEmpty());
        QFile csv(m_package + u"/data/reads.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadWrite));
        QByteArray bytes = csv.readAll();
        QVERIFY(bytes.size() > 10);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        csv.seek(0);
        csv.write(bytes);
        csv.close();

        EvidenceVerifyDialog dialog(m_clerk.get());
        dialog.setFolder(m_package);
        QCOMPARE(verify(dialog), u"NOT VERIFIED"_s);
        auto* problems = child<QListWidget>(&dialog, "problemList");
        QVERIFY(problems->count() >= 1);
        bool named = false;
        for (int i = 0; i < problems->count(); ++i)
            named = named || problems->item(i)->text().contains(u"data/reads.csv"_s);
        QVERIFY(named);
    }

    void theMainWindowOffersExportToRecordsStaffOnly()
    {
        m_clerk.reset(); // one session per user
        MainWindow clerkWindow(signIn(u"clerk"_s));
        auto* exportAction = clerkWindow.findChild<QAction*>(u"exportEvidenceAction"_s);
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled()); // nothing chosen
        QVERIFY(clerkWindow.findChild<QAction*>(u"verifyEvidenceAction"_s));
        QVERIFY(clerkWindow.findChild<EvidencePackagesPage*>());

        MainWindow detectiveWindow(signIn(u"detective"_s));
        QVERIFY(!detectiveWindow.findChild<QAction*>(u"exportEvidenceAction"_s));
        QVERIFY(!detectiveWindow.findChild<EvidencePackagesPage*>());
        QVERIFY(detectiveWindow.findChild<QAction*>(u"verifyEvidenceAction"_s));
    }
};

QTEST_MAIN(TestEvidenceDialogs)
#include "tst_evidencedialogs.moc"
