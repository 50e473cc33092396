// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The auditor's console on a real demo store: a detective's searches are in
// the trail, the auditor filters, exports, samples, reviews and writes the
// memo, and each of those is itself audited.
#include "../support/uitest.h"
#include "auditeventmodel.h"
#include "auditorwindow.h"
#include "auditsamplespage.h"
#include "audittrailpage.h"
#include "auditwidgets.h"
#include "auth/sessionaccess.h"
#include "sampleitemmodel.h"

#include "audit/auditlog.h"
#include "auditing/auditmemo.h"
#include "auditing/auditsample.h"
#include "auditing/checksummary.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "cases/purposes.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "inquiry/searchservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

// The detective's inquiries: 5 + 4 + 3 searches under three cases, and one
// refused for a purpose that is not on the list.
struct Inquiry
{
    QString caseNumber;
    QString purpose;
    QString pattern;
};
const QList<Inquiry> kInquiries = {
    {u"26-001001"_s, u"stolen-vehicle"_s, u"7*"_s}, {u"26-001001"_s, u"stolen-vehicle"_s, u"8*"_s},
    {u"26-001001"_s, u"stolen-vehicle"_s, u"6*"_s}, {u"26-001001"_s, u"stolen-vehicle"_s, u"5*"_s},
    {u"26-001001"_s, u"stolen-vehicle"_s, u"4*"_s}, {u"26-001002"_s, u"wanted-person"_s, u"*A*"_s},
    {u"26-001002"_s, u"wanted-person"_s, u"*B*"_s}, {u"26-001002"_s, u"wanted-person"_s, u"*C*"_s},
    {u"26-001002"_s, u"wanted-person"_s, u"*D*"_s}, {u"26-001003"_s, u"missing-person"_s, u"*1"_s},
    {u"26-001003"_s, u"missing-person"_s, u"*2"_s}, {u"26-001003"_s, u"missing-person"_s, u"*3"_s},
};

// The half-year now, where the detective's searches are.
QString currentHalf()
{
    const QDate d = Clock::system().now().toUTC().date();
    return u"%1-H%2"_s.arg(d.year()).arg(d.month() <= 6 ? 1 : 2);
}

QList<qint64> itemSeqs(QTableView* table)
{
    QList<qint64> seqs;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        seqs << table->model()->index(row, SampleItemModel::Event).data().toLongLong();
    return seqs;
}

} // namespace

class TestAuditorWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<Session> m_auditor;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s =
            SignIn::signIn(m_store, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!s)
            qFatal("sign-in failed: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    static int rows(AuditorWindow& w, const QString& table = u"trailTable"_s)
    {
        return child<QTableView>(&w, table)->model()->rowCount();
    }

    static QString cell(AuditorWindow& w, int row, int column,
                        const QString& table = u"trailTable"_s)
    {
        auto* model = child<QTableView>(&w, table)->model();
        return model->index(row, column).data().toString();
    }

    static void setTri(AuditorWindow& w, const QString& name, int value)
    {
        auto* c = child<QComboBox>(&w, name);
        c->setCurrentIndex(c->findData(value));
    }

    static void setFinding(AuditorWindow& w, Finding finding)
    {
        auto* c = child<QComboBox>(&w, u"worksheetFinding"_s);
        c->setCurrentIndex(c->findData(int(finding)));
    }

    // Draws a search sample of the current half-year with this seed.
    static qint64 draw(AuditorWindow& w, const QString& seed)
    {
        auto* kind = child<QComboBox>(&w, u"sampleKind"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        auto* period = child<QLineEdit>(&w, u"samplePeriod"_s);
        period->clear();
        QTest::keyClicks(period, currentHalf());
        auto* seedEdit = child<QLineEdit>(&w, u"sampleSeed"_s);
        seedEdit->clear();
        QTest::keyClicks(seedEdit, seed);
        QTest::mouseClick(child<QPushButton>(&w, u"drawSampleButton"_s), Qt::LeftButton);
        return w.samplesPage()->currentSampleId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"audit.alprdb"_s);
        DemoOptions options;
        options.reads = 300;
        options.images = false;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());

        auto detective = signIn(u"detective"_s);
        SearchService searches(*detective);
        for (const Inquiry& q : kInquiries) {
            SearchRequest r;
            r.caseNumber = q.caseNumber;
            r.purpose = q.purpose;
            r.pattern = q.pattern;
            auto outcome = searches.search(r);
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        }
        SearchRequest refused;
        refused.caseNumber = u"26-001004"_s;
        refused.purpose = u"curiosity"_s;
        refused.pattern = u"7*"_s;
        QVERIFY(!searches.search(refused).ok());
        detective.reset();

        m_auditor = signIn(u"auditor"_s);
    }

    void cleanupTestCase() { m_auditor.reset(); }

    void trailFiltersNarrowTheTable()
    {
        AuditorWindow w(*m_auditor);
        w.show();
        const int all = rows(w);
        QVERIFY2(all > int(kInquiries.size()), qPrintable(QString::number(all)));

        QTest::keyClicks(child<QLineEdit>(&w, u"trailUser"_s), u"detective"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"trailApplyButton"_s), Qt::LeftButton);
        const int byUser = rows(w);
        QVERIFY(byUser < all && byUser >= int(kInquiries.size()) + 1);
        for (int row = 0; row < byUser; ++row)
            QCOMPARE(cell(w, row, AuditEventModel::User), u"detective"_s);

        // Searches only: the twelve that ran and the refused one.
        auto* action = child<QComboBox>(&w, u"trailAction"_s);
        action->setEditText(u"search"_s);
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), int(kInquiries.size()) + 1);
        auto* outcome = child<QComboBox>(&w, u"trailOutcome"_s);
        outcome->setCurrentIndex(outcome->findData(u"refused"_s));
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), 1);
        QCOMPARE(cell(w, 0, AuditEventModel::Purpose), u"curiosity"_s);
        outcome->setCurrentIndex(0);

        // One case.
        QTest::keyClicks(child<QLineEdit>(&w, u"trailCase"_s), u"26-001002"_s);
        QTest::keyClick(child<QLineEdit>(&w, u"trailCase"_s), Qt::Key_Return);
        QCOMPARE(rows(w), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(cell(w, row, AuditEventModel::Case), u"26-001002"_s);
            QCOMPARE(cell(w, row, AuditEventModel::Action), u"search"_s);
            QVERIFY(cell(w, row, AuditEventModel::Details).contains(u"found"_s));
        }

        // A purpose from the combo, with several actions.
        child<QLineEdit>(&w, u"trailCase"_s)->clear();
        auto* purpose = child<QComboBox>(&w, u"trailPurpose"_s);
        purpose->setCurrentIndex(purpose->findData(u"missing-person"_s));
        action->setEditText(u"search, canvass"_s);
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), 3);

        // Selecting a row shows the whole record and its hashes.
        auto* table = child<QTableView>(&w, u"trailTable"_s);
        table->selectRow(1);
        const auto* model = qobject_cast<AuditEventModel*>(table->model());
        QVERIFY(model);
        const AuditEvent* e = model->event(1);
        QCOMPARE(child<QLabel>(&w, u"trailHash"_s)->text(), e->hash);
        QCOMPARE(child<QLabel>(&w, u"trailPrevHash"_s)->text(), e->prevHash);
        QVERIFY(child<QPlainTextEdit>(&w, u"trailDetails"_s)
                    ->toPlainText()
                    .contains(u"missing-person"_s));

        // A time range after the searches selects none of them; one before all, all.
        auto* fromCheck = child<QCheckBox>(&w, u"trailFromCheck"_s);
        auto* from = child<QDateTimeEdit>(&w, u"trailFrom"_s);
        QVERIFY(!from->isEnabled());
        fromCheck->setChecked(true);
        QVERIFY(from->isEnabled());
        from->setDateTime(Clock::system().now().toUTC().addSecs(3600));
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), 0);
        QCOMPARE(w.trailPage()->currentFilter().from.timeSpec(), Qt::UTC);
        from->setDateTime(Clock::system().now().toUTC().addDays(-1));
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), 3);

        // Each listing is itself an access.
        const QList<AuditEvent> lists = alpr::test::auditEvents(*m_auditor, u"audit-list"_s);
        QVERIFY(!lists.isEmpty());
        QCOMPARE(lists.last().details.value(u"filter"_s).toObject().value(u"purpose"_s).toString(),
                 u"missing-person"_s);
    }

    void exportWritesCsvAndIsAudited()
    {
        AuditorWindow w(*m_auditor);
        QTest::keyClicks(child<QLineEdit>(&w, u"trailCase"_s), u"26-001001"_s);
        QVERIFY(w.trailPage()->applyFilter());
        QCOMPARE(rows(w), 5);
        const QString path = m_dir.filePath(u"trail.csv"_s);
        QVERIFY(w.trailPage()->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith("seq,"));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines[i].contains("26-001001"));
        QVERIFY(child<QLabel>(&w, u"trailMessage"_s)->text().contains(u"Events exported: 5"_s));

        const QList<AuditEvent> exports = alpr::test::auditEvents(*m_auditor, u"audit-export"_s);
        QVERIFY(!exports.isEmpty());
        QCOMPARE(exports.last().username, u"auditor"_s);
        QCOMPARE(exports.last().details.value(u"events"_s).toInt(), 5);
        QCOMPARE(exports.last().details.value(u"file"_s).toString(), u"trail.csv"_s);
    }

    void verifyShowsTheLatestHash()
    {
        AuditorWindow w(*m_auditor);
        QVERIFY(w.trailPage()->applyFilter());
        const int listedBefore = rows(w);
        const QString countBefore = child<QLabel>(&w, u"trailCount"_s)->text();
        QTest::mouseClick(child<QPushButton>(&w, u"verifyTrailButton"_s), Qt::LeftButton);
        // The list and "Events listed" include the check just made.
        QVERIFY(rows(w) > listedBefore);
        const QString countAfter = child<QLabel>(&w, u"trailCount"_s)->text();
        QVERIFY2(countAfter != countBefore && countAfter.contains(QString::number(rows(w))),
                 qPrintable(countBefore + u" / "_s + countAfter));
        bool verifyListed = false;
        for (int r = 0; r < rows(w); ++r)
            for (int c = 0; c < child<QTableView>(&w, u"trailTable"_s)->model()->columnCount(); ++c)
                verifyListed = verifyListed || cell(w, r, c) == u"audit-verify"_s;
        QVERIFY(verifyListed);
        auto v = trailOf(*m_auditor).verify();
        QVERIFY(v.ok() && v->intact);
        // The check is recorded as the CLI's is; the hash shown is the one it
        // checked up to, the one the audit-verify event names.
        AuditFilter verifies;
        verifies.action = u"audit-verify"_s;
        const AuditEvent recorded = trailOf(*m_auditor).list(verifies)->last();
        QCOMPARE(recorded.action, u"audit-verify"_s);
        QCOMPARE(recorded.username, u"auditor"_s);
        QVERIFY(recorded.details.value(u"intact"_s).toBool());
        const QString checked = recorded.details.value(u"latest_hash"_s).toString();
        QCOMPARE(checked, recorded.prevHash);
        const QString text = child<QLabel>(&w, u"trailVerifyResult"_s)->text();
        QVERIFY2(text.contains(u"intact"_s) && text.contains(checked), qPrintable(text));
    }

    // The period follows the Kind chosen, by the session's clock: on
    // 2026-12-05 the last complete half-year and quarter.
    void periodDefaultFollowsTheKindBySessionClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(10, 30), Qt::UTC));
        auto s = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(demoPassword()), clock);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        AuditorWindow w(*s.value());
        auto* kind = child<QComboBox>(&w, u"sampleKind"_s);
        auto* period = child<QLineEdit>(&w, u"samplePeriod"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        QCOMPARE(period->text(), u"2026-H1"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Images)));
        QCOMPARE(period->text(), u"2026-Q3"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        QCOMPARE(period->text(), u"2026-H1"_s);
        // A period the auditor typed stays when the kind changes.
        period->clear();
        QTest::keyClicks(period, u"2025-H2"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Images)));
        QCOMPARE(period->text(), u"2025-H2"_s);
    }

    void drawDefaultsFollowThePolicy()
    {
        AuditorWindow w(*m_auditor);
        auto* kind = child<QComboBox>(&w, u"sampleKind"_s);
        auto* size = child<QSpinBox>(&w, u"sampleSize"_s);
        auto* period = child<QLineEdit>(&w, u"samplePeriod"_s);
        const QDateTime now = Clock::system().now();
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        QCOMPARE(size->minimum(), 10);
        QCOMPARE(size->value(), 10);
        QCOMPARE(period->text(), AuditSamplesPage::defaultPeriod(SampleKind::Searches, now));
        kind->setCurrentIndex(kind->findData(int(SampleKind::Images)));
        QCOMPARE(size->minimum(), 5);
        QVERIFY(period->text().contains(u"-Q"_s));

        QCOMPARE(AuditSamplesPage::defaultPeriod(SampleKind::Searches,
                                                 QDateTime(QDate(2026, 3, 1), QTime(), Qt::UTC)),
                 u"2025-H2"_s);
        QCOMPARE(AuditSamplesPage::defaultPeriod(SampleKind::Searches,
                                                 QDateTime(QDate(2026, 11, 22), QTime(), Qt::UTC)),
                 u"2026-H1"_s);
        QCOMPARE(AuditSamplesPage::defaultPeriod(SampleKind::Images,
                                                 QDateTime(QDate(2026, 2, 1), QTime(), Qt::UTC)),
                 u"2025-Q4"_s);
        QCOMPARE(AuditSamplesPage::defaultPeriod(SampleKind::Images,
                                                 QDateTime(QDate(2026, 11, 22), QTime(), Qt::UTC)),
                 u"2026-Q3"_s);

        // No image views at all: refused and said plainly; no empty sample is kept.
        const int samplesBefore = rows(w, u"samplesTable"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Images)));
        period->setText(currentHalf());
        QVERIFY(!w.samplesPage()->drawSample());
        const QString refusal = child<QLabel>(&w, u"drawMessage"_s)->text();
        QVERIFY2(refusal.contains(u"no image views"_s) && refusal.contains(u"nothing to sample"_s),
                 qPrintable(refusal));
        QCOMPARE(rows(w, u"samplesTable"_s), samplesBefore);

        // A period that is no period: core's reason.
        period->setText(u"2026-H3"_s);
        QVERIFY(!w.samplesPage()->drawSample());
        QVERIFY(child<QLabel>(&w, u"drawMessage"_s)->text().contains(u"2026-H1"_s));
    }

    void sameSeedDrawsTheSameItems()
    {
        AuditorWindow w(*m_auditor);
        const qint64 first = draw(w, u"424242"_s);
        QVERIFY(first > 0);
        auto* items = child<QTableView>(&w, u"sampleItemsTable"_s);
        const QList<qint64> a = itemSeqs(items);
        QCOMPARE(a.size(), 10); // 10 of the 12 searches
        QVERIFY(child<QLabel>(&w, u"sampleStatement"_s)->text().contains(u"10 of the 12"_s));
        QVERIFY(child<QLabel>(&w, u"sampleHeader"_s)->text().contains(u"424242"_s));

        const qint64 second = draw(w, u"424242"_s);
        QVERIFY(second > first);
        QCOMPARE(itemSeqs(items), a);

        const qint64 other = draw(w, u"7"_s);
        QVERIFY(other > second);
        QCOMPARE(itemSeqs(items).size(), 10);

        // Both are listed; selecting the first again shows its items.
        auto* samples = child<QTableView>(&w, u"samplesTable"_s);
        QVERIFY(rows(w, u"samplesTable"_s) >= 3);
        for (int row = 0; row < rows(w, u"samplesTable"_s); ++row) {
            if (cell(w, row, 0, u"samplesTable"_s) == QString::number(first))
                samples->selectRow(row);
        }
        QCOMPARE(w.samplesPage()->currentSampleId(), first);
        QCOMPARE(itemSeqs(items), a);
    }

    void savedFindingPersistsAndIsAudited()
    {
        AuditorWindow w(*m_auditor);
        const qint64 id = draw(w, u"99"_s);
        QVERIFY(id > 0);
        QVERIFY(w.samplesPage()->selectItem(2));
        QVERIFY(child<QLabel>(&w, u"worksheetItem"_s)->text().startsWith(u"Item 2"_s));
        // The automatic checks of a proper search pass.
        QCOMPARE(child<QLabel>(&w, u"checkCaseFormat"_s)->text(), u"Yes"_s);
        QCOMPARE(child<QLabel>(&w, u"checkPurposeListed"_s)->text(), u"Yes"_s);
        QCOMPARE(child<QLabel>(&w, u"checkDataErrors"_s)->text(), u"None"_s);

        setTri(w, u"questionCaseReal"_s, 1);
        setTri(w, u"questionPurposeAuthorized"_s, 1);
        setTri(w, u"questionQueryConsistent"_s, 0);
        setFinding(w, Finding::FollowUp);
        QTest::keyClicks(child<QPlainTextEdit>(&w, u"worksheetNote"_s),
                         u"Pattern broader than the case needs; ask the detective."_s);
        QTest::mouseClick(child<QPushButton>(&w, u"saveFindingButton"_s), Qt::LeftButton);
        const QString message = child<QLabel>(&w, u"worksheetMessage"_s)->text();
        QVERIFY2(message.contains(u"saved"_s), qPrintable(message));
        // The table shows the finding, the form what was stored.
        QCOMPARE(cell(w, 1, SampleItemModel::Finding, u"sampleItemsTable"_s), u"needs follow-up"_s);
        QVERIFY(child<QLabel>(&w, u"worksheetReviewed"_s)->text().contains(u"auditor"_s));

        auto loaded = loadSample(*m_auditor, id);
        QVERIFY(loaded.ok());
        const Worksheet& ws = loaded->items[1].worksheet;
        QCOMPARE(loaded->items[1].item, 2);
        QVERIFY(ws.finding && *ws.finding == Finding::FollowUp);
        QCOMPARE(ws.caseReal, std::optional<bool>(true));
        QCOMPARE(ws.queryConsistent, std::optional<bool>(false));
        QVERIFY(ws.note.startsWith(u"Pattern broader"_s));

        const QList<AuditEvent> findings = alpr::test::auditEvents(*m_auditor, u"audit-finding"_s);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.last().object, u"sample:%1/item:2"_s.arg(id));
        QCOMPARE(findings.last().details.value(u"result"_s).toString(), u"follow-up"_s);

        // A fresh window shows the stored worksheet.
        AuditorWindow again(*m_auditor);
        QVERIFY(again.samplesPage()->selectSample(id));
        QVERIFY(again.samplesPage()->selectItem(2));
        QCOMPARE(child<QComboBox>(&again, u"worksheetFinding"_s)->currentData().toInt(),
                 int(Finding::FollowUp));
        QCOMPARE(child<QComboBox>(&again, u"questionQueryConsistent"_s)->currentData().toInt(), 0);
    }

    void violationWithoutNoteKeepsTheForm()
    {
        AuditorWindow w(*m_auditor);
        const qint64 id = draw(w, u"5"_s);
        QVERIFY(w.samplesPage()->selectItem(3));
        const int before = int(alpr::test::auditEvents(*m_auditor, u"audit-finding"_s).size());
        setTri(w, u"questionCaseReal"_s, 0);
        setFinding(w, Finding::Violation);
        QVERIFY(!w.samplesPage()->saveFinding());
        auto* message = child<QLabel>(&w, u"worksheetMessage"_s);
        QVERIFY2(message->text().contains(u"note"_s), qPrintable(message->text()));
        QCOMPARE(child<QComboBox>(&w, u"worksheetFinding"_s)->currentData().toInt(),
                 int(Finding::Violation));
        QCOMPARE(child<QComboBox>(&w, u"questionCaseReal"_s)->currentData().toInt(), 0);

        // A note with a personal identifier is refused too, and kept for fixing.
        auto* note = child<QPlainTextEdit>(&w, u"worksheetNote"_s);
        QTest::keyClicks(note, u"Owner SSN 123-45-6789 not related"_s);
        QVERIFY(!w.samplesPage()->saveFinding());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(note->toPlainText(), u"Owner SSN 123-45-6789 not related"_s);
        QCOMPARE(int(alpr::test::auditEvents(*m_auditor, u"audit-finding"_s).size()), before);
        auto loaded = loadSample(*m_auditor, id);
        QVERIFY(loaded.ok() && !loaded->items[2].worksheet.finding);

        note->setPlainText(u"Case number not in the records system."_s);
        QVERIFY(w.samplesPage()->saveFinding());
        QCOMPARE(int(alpr::test::auditEvents(*m_auditor, u"audit-finding"_s).size()), before + 1);
    }

    // The Checks and Finding columns of a sample's items can be read at a
    // small window's size: nothing off to the right, nothing cut short.
    void itemColumnsFitTheWindow()
    {
        AuditorWindow w(*m_auditor);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        child<QTabWidget>(&w, u"auditorTabs"_s)->setCurrentIndex(1);
        QVERIFY(draw(w, u"777"_s) > 0);
        QTest::qWait(50);
        auto* table = child<QTableView>(&w, u"sampleItemsTable"_s);
        QVERIFY(rows(w, u"sampleItemsTable"_s) > 0);
        const int viewport = table->viewport()->width();
        for (int c : {int(SampleItemModel::Checks), int(SampleItemModel::Finding)}) {
            QVERIFY2(table->columnViewportPosition(c) + table->columnWidth(c) <= viewport,
                     qPrintable(u"column %1 ends past %2"_s.arg(c).arg(viewport)));
            QVERIFY(table->columnWidth(c) > 40);
        }
        const QFontMetrics fm(table->font());
        for (int r = 0; r < rows(w, u"sampleItemsTable"_s); ++r) {
            const QString finding = cell(w, r, SampleItemModel::Finding, u"sampleItemsTable"_s);
            QVERIFY2(fm.horizontalAdvance(finding) < table->columnWidth(SampleItemModel::Finding),
                     qPrintable(finding));
            const QString checks = cell(w, r, SampleItemModel::Checks, u"sampleItemsTable"_s);
            const QRect need =
                fm.boundingRect(QRect(0, 0, table->columnWidth(SampleItemModel::Checks) - 8, 10000),
                                Qt::TextWordWrap, checks);
            QVERIFY2(need.height() <= table->rowHeight(r),
                     qPrintable(u"row %1: %2 px of text in %3 px: %4"_s.arg(r)
                                    .arg(need.height())
                                    .arg(table->rowHeight(r))
                                    .arg(checks)));
        }
    }

    void memoIsAPdf()
    {
        AuditorWindow w(*m_auditor);
        QVERIFY(draw(w, u"11"_s) > 0);
        const QString pdf = m_dir.filePath(u"memo.pdf"_s);
        const QString csv = m_dir.filePath(u"memo.csv"_s);
        const qsizetype memosBefore = alpr::test::auditEvents(*m_auditor, u"audit-memo"_s).size();
        // No item reviewed yet: the console asks first; "No" writes nothing.
        QString asked;
        auto answer = [this, &asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!w.samplesPage()->writeMemo(pdf, csv));
        QVERIFY2(asked.contains(u"10 of 10 items"_s), qPrintable(asked));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(alpr::test::auditEvents(*m_auditor, u"audit-memo"_s).size(), memosBefore);
        QVERIFY(child<QLabel>(&w, u"memoMessage"_s)->text().contains(u"No memo written"_s));
        asked.clear();
        answer(QMessageBox::Yes);
        QVERIFY(w.samplesPage()->writeMemo(pdf, csv));
        QVERIFY(!asked.isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(QFile::exists(csv));
        const QList<AuditEvent> memos = alpr::test::auditEvents(*m_auditor, u"audit-memo"_s);
        QVERIFY(!memos.isEmpty());
        const QString text = child<QLabel>(&w, u"memoMessage"_s)->text();
        QVERIFY2(text.contains(u"latest hash"_s), qPrintable(text));
        // The hash printed is the one the memo event recorded.
        const QJsonObject d = memos.last().details;
        bool found = false;
        for (auto it = d.begin(); it != d.end(); ++it)
            found = found || (it.value().isString() && text.contains(it.value().toString()) &&
                              it.value().toString().size() == 64);
        QVERIFY2(found, qPrintable(text));
    }

    void caseTabShowsTheSearches()
    {
        AuditorWindow w(*m_auditor);
        QTest::keyClicks(child<QLineEdit>(&w, u"caseNumber"_s), u"26-001001"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"showCaseButton"_s), Qt::LeftButton);
        QCOMPARE(rows(w, u"caseEventsTable"_s), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(cell(w, row, AuditEventModel::Action, u"caseEventsTable"_s), u"search"_s);
        QVERIFY(child<QLabel>(&w, u"caseCounts"_s)->text().startsWith(u"5 searches"_s));
        QCOMPARE(child<QLabel>(&w, u"caseUsers"_s)->text(), u"detective"_s);
        QVERIFY(child<QLabel>(&w, u"caseFirstUse"_s)->text().contains(u"detective"_s));
        QVERIFY(!alpr::test::auditEvents(*m_auditor, u"case-view"_s).isEmpty());

        QVERIFY(!w.showCase(u"26-999999"_s));
        QVERIFY(!child<QLabel>(&w, u"caseMessage"_s)->text().isEmpty());
        QCOMPARE(rows(w, u"caseEventsTable"_s), 0);
    }

    void purposesAreForAdministrators()
    {
        {
            AuditorWindow w(*m_auditor);
            QVERIFY(!child<QWidget>(&w, u"purposesTab"_s)->isEnabled());
            QVERIFY(child<QWidget>(&w, u"trailTab"_s)->isEnabled());
        }
        auto admin = signIn(u"admin"_s);
        AuditorWindow w(*admin);
        QVERIFY(child<QWidget>(&w, u"purposesTab"_s)->isEnabled());
        const int before = rows(w, u"purposesTable"_s);
        QVERIFY(before >= 9);
        auto* message = child<QLabel>(&w, u"purposesMessage"_s);

        // A prohibited use is refused, said plainly, and recorded.
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeCode"_s), u"immigration-check"_s);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeDescription"_s),
                         u"Check a driver's status"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"savePurposeButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"prohibit"_s), qPrintable(message->text()));
        QVERIFY(message->text().contains(u"immigration"_s));
        QCOMPARE(rows(w, u"purposesTable"_s), before);
        const QList<AuditEvent> saved = alpr::test::auditEvents(*admin, u"purpose-saved"_s);
        QVERIFY(!saved.isEmpty() && saved.last().outcome == u"refused"_s);

        // A proper one is added, then retired and reinstated.
        QTest::mouseClick(child<QPushButton>(&w, u"newPurposeButton"_s), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeCode"_s), u"hit-and-run"_s);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeDescription"_s),
                         u"Hit-and-run collision investigation"_s);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposePolicyRef"_s), u"Los Altos 462.6(c)"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"savePurposeButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"Saved"_s), qPrintable(message->text()));
        QCOMPARE(rows(w, u"purposesTable"_s), before + 1);
        auto* activeButton = child<QPushButton>(&w, u"purposeActiveButton"_s);
        QVERIFY(activeButton->isEnabled());
        QCOMPARE(activeButton->text(), u"Retire"_s);
        QTest::mouseClick(activeButton, Qt::LeftButton);
        auto list = listPurposes(*admin);
        QVERIFY(list.ok());
        const auto it = std::find_if(list->begin(), list->end(),
                                     [](const Purpose& p) { return p.code == u"hit-and-run"_s; });
        QVERIFY(it != list->end() && !it->active);
        QCOMPARE(activeButton->text(), u"Reinstate"_s);
        // The trail's purpose filter lists it, retired.
        auto* purposeFilter = child<QComboBox>(&w, u"trailPurpose"_s);
        QVERIFY(purposeFilter->itemText(purposeFilter->findData(u"hit-and-run"_s))
                    .contains(u"retired"_s));
        QTest::mouseClick(activeButton, Qt::LeftButton);
        QCOMPARE(activeButton->text(), u"Retire"_s);
    }

    // A search under a purpose retired since was allowed when it was made:
    // the console, the memo (and alprctl audit show, through the same core
    // checkSummary) say so and do not flag it.
    void purposeRetiredSinceIsSaidNotFlagged()
    {
        auto admin = signIn(u"admin"_s);
        QVERIFY(setPurposeActive(*admin, u"missing-person"_s, false).ok());
        AuditorWindow w(*m_auditor);
        auto* kind = child<QComboBox>(&w, u"sampleKind"_s);
        kind->setCurrentIndex(kind->findData(int(SampleKind::Searches)));
        auto* period = child<QLineEdit>(&w, u"samplePeriod"_s);
        period->clear();
        QTest::keyClicks(period, currentHalf());
        child<QSpinBox>(&w, u"sampleSize"_s)->setValue(int(kInquiries.size()));
        QVERIFY(w.samplesPage()->drawSample());
        const AuditSample sample = *w.samplesPage()->currentSample();
        QCOMPARE(sample.items.size(), kInquiries.size());

        auto* items = child<QTableView>(&w, u"sampleItemsTable"_s);
        int retired = 0;
        for (const SampleItem& item : sample.items) {
            const bool underRetired =
                item.event.details.value(u"purpose"_s).toString() == u"missing-person"_s;
            const CheckSummary summary = checkSummary(item);
            QVERIFY2(summary.passed(), qPrintable(summary.text()));
            QCOMPARE(summary.count(CheckIssue::PurposeRetiredSince), underRetired ? 1 : 0);
            const int row =
                w.samplesPage()->selectItem(item.item) ? items->currentIndex().row() : -1;
            QVERIFY(row >= 0);
            const QModelIndex checks = items->model()->index(row, SampleItemModel::Checks);
            QVERIFY(checks.data().toString().startsWith(u"all pass"_s));
            QCOMPARE(checks.data().toString().contains(u"retired since"_s), underRetired);
            QCOMPARE(checks.data(Qt::ForegroundRole).value<QColor>(), kAuditGood);
            const QString active = child<QLabel>(&w, u"checkPurposeActive"_s)->text();
            QCOMPARE(active.startsWith(u"No: retired since"_s), underRetired);
            if (underRetired) {
                ++retired;
                QVERIFY(summary.text().contains(u"retired since"_s));
            }
        }
        QCOMPARE(retired, 3);

        // The memo lists no data error for it, and says it in the item's checks.
        auto memo = compileAuditMemo(*m_auditor, sample.id);
        QVERIFY(memo.ok());
        for (const QString& error : memo->dataErrors)
            QVERIFY2(!error.contains(u"missing-person"_s), qPrintable(error));
        QVERIFY(memoHtml(memo.value()).contains(u"has been retired since"_s));

        QVERIFY(setPurposeActive(*admin, u"missing-person"_s, true).ok());
    }

    // Every tab paints with data in it at 1280x800; with ALPR_SCREENSHOTS=dir
    // each is also saved there, to look at.
    void tabsPaintWithData()
    {
        const QString dir = qEnvironmentVariable("ALPR_SCREENSHOTS");
        auto shot = [&](QWidget& window, const QString& name) {
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), window.size());
            // A painted tab has text, tables and frames: many colours, not a blank.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 16; y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 16, qPrintable(name));
            if (!dir.isEmpty())
                QVERIFY(image.save(dir + u"/auditor-"_s + name + u".png"_s));
        };
        auto admin = signIn(u"admin"_s);
        AuditorWindow w(*admin);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* tabs = child<QTabWidget>(&w, u"auditorTabs"_s);
        child<QTableView>(&w, u"trailTable"_s)->selectRow(3);
        w.trailPage()->verifyTrail();
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        shot(w, u"trail"_s);
        draw(w, u"424242"_s);
        w.samplesPage()->selectItem(2);
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        shot(w, u"samples"_s);
        w.showCase(u"26-001001"_s);
        tabs->setCurrentIndex(2);
        child<QTableView>(&w, u"caseEventsTable"_s)->selectRow(0);
        QTest::qWait(50);
        shot(w, u"case"_s);
        tabs->setCurrentIndex(3);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeCode"_s), u"immigration-check"_s);
        QTest::keyClicks(child<QLineEdit>(&w, u"purposeDescription"_s),
                         u"Check a driver's status"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"savePurposeButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        shot(w, u"purposes"_s);
    }
};

QTEST_MAIN(TestAuditorWindow)
#include "tst_auditorwindow.moc"
