// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Policy audit samples, worksheets and the memo, on a real store.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "auditing/auditmemo.h"
#include "auditing/auditsample.h"
#include "inquiry/searchservice.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestAuditSample : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> m_session; // administrator, detective, auditor
    QList<qint64> m_searchIds;
    qint64 m_readId = 0;

    QList<qint64> seqs(const AuditSample& s)
    {
        QList<qint64> out;
        for (const SampleItem& i : s.items)
            out << i.event.seq;
        return out;
    }

    qsizetype count(const QString& action)
    {
        AuditFilter f;
        f.action = action;
        return trailOf(*m_session).list(f)->size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = test::createStore(m_dir.filePath(u"a.alprdb"_s), m_clock,
                                      {Role::Detective, Role::Auditor});
        ReadRecord read =
            test::makeRead(u"7ABC123"_s, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
        read.plateJpeg = QByteArray("\xFF\xD8\xFF\xE0 test plate crop", 21);
        QList<ReadRecord> reads{read};
        auto imported = ReadImporter(*m_session).importReads(reads, u"hand-built"_s);
        QVERIFY(imported.ok());
        // 24 searches over two days of October and November, and 3 image views.
        const QStringList patterns{u"7AB*"_s, u"*123"_s, u"7ABC123"_s, u"8*"_s};
        for (int i = 0; i < 24; ++i) {
            m_clock.set(
                QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC).addSecs(i * 86400 / 2));
            SearchRequest r;
            r.caseNumber = QStringLiteral("26-0042%1").arg(10 + i % 3);
            r.purpose = i % 2 ? u"stolen-vehicle"_s : u"criminal-investigation"_s;
            r.pattern = patterns[i % patterns.size()];
            auto outcome = SearchService(*m_session).search(r);
            QVERIFY(outcome.ok());
            m_searchIds << outcome->searchId;
            if (!outcome->hits.isEmpty())
                m_readId = outcome->hits.first().read.id;
        }
        for (int i = 0; i < 3; ++i)
            QVERIFY(SearchService(*m_session)
                        .viewImage(m_readId, ImageKind::Plate, m_searchIds[2])
                        .ok());
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label"); // empty: refused
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("H1") << u"2026-H1"_s << u"2026-H1"_s << QDate(2026, 1, 1)
                            << QDate(2026, 7, 1);
        QTest::newRow("h2 lower case")
            << u"2026-h2"_s << u"2026-H2"_s << QDate(2026, 7, 1) << QDate(2027, 1, 1);
        QTest::newRow("Q3") << u"2026-Q3"_s << u"2026-Q3"_s << QDate(2026, 7, 1)
                            << QDate(2026, 10, 1);
        QTest::newRow("Q4") << u"2026-Q4"_s << u"2026-Q4"_s << QDate(2026, 10, 1)
                            << QDate(2027, 1, 1);
        QTest::newRow("H3") << u"2026-H3"_s << QString() << QDate() << QDate();
        QTest::newRow("Q5") << u"2026-Q5"_s << QString() << QDate() << QDate();
        QTest::newRow("month") << u"2026-11"_s << QString() << QDate() << QDate();
        QTest::newRow("empty") << QString() << QString() << QDate() << QDate();
    }

    void periods()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        auto p = parseAuditPeriod(text);
        if (label.isEmpty()) {
            QVERIFY(!p.ok());
            QVERIFY(p.error().message.contains(u"2026-H1"_s));
            return;
        }
        QVERIFY(p.ok());
        QCOMPARE(p->label, label);
        QCOMPARE(p->start, QDateTime(start, QTime(0, 0), Qt::UTC));
        QCOMPARE(p->end, QDateTime(end, QTime(0, 0), Qt::UTC));
    }

    // The console's default period: the last complete half-year or quarter.
    void lastCompletePeriods_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("searches");
        QTest::addColumn<QString>("images");
        auto at = [](int y, int m, int d, QTime t = QTime(12, 0)) {
            return QDateTime(QDate(y, m, d), t, Qt::UTC);
        };
        QTest::newRow("2026-12-05") << at(2026, 12, 5) << u"2026-H1"_s << u"2026-Q3"_s;
        QTest::newRow("new year's day")
            << at(2026, 1, 1, QTime(0, 0)) << u"2025-H2"_s << u"2025-Q4"_s;
        QTest::newRow("last moment of June")
            << at(2026, 6, 30, QTime(23, 59, 59)) << u"2025-H2"_s << u"2026-Q1"_s;
        QTest::newRow("first of July")
            << at(2026, 7, 1, QTime(0, 0)) << u"2026-H1"_s << u"2026-Q2"_s;
        QTest::newRow("in April") << at(2026, 4, 15) << u"2025-H2"_s << u"2026-Q1"_s;
    }

    void lastCompletePeriods()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, searches);
        QFETCH(QString, images);
        ManualClock clock(now);
        QCOMPARE(lastCompletePeriod(SampleKind::Searches, clock.now()), searches);
        QCOMPARE(lastCompletePeriod(SampleKind::Images, clock.now()), images);
        // A whole period that has ended by then.
        QVERIFY(parseAuditPeriod(searches)->end <= now);
        QVERIFY(parseAuditPeriod(images)->end <= now);
    }

    void drawIsAPermutationPrefix()
    {
        for (quint64 seed : {0ULL, 1ULL, 42ULL, ~0ULL}) {
            const auto positions = drawPositions(seed, 100, 10);
            QCOMPARE(positions.size(), std::size_t(10));
            QCOMPARE(std::set<qint64>(positions.begin(), positions.end()).size(), std::size_t(10));
            for (qint64 p : positions)
                QVERIFY(p >= 0 && p < 100);
            QCOMPARE(drawPositions(seed, 100, 10), positions);
        }
        QVERIFY(drawPositions(1, 100, 10) != drawPositions(2, 100, 10));
        QCOMPARE(drawPositions(7, 3, 10).size(), std::size_t(3));
        QVERIFY(drawPositions(7, 0, 10).empty());
        // Every position is reachable: over many seeds each of 20 is drawn.
        std::set<qint64> seen;
        for (quint64 seed = 0; seed < 200; ++seed)
            for (qint64 p : drawPositions(seed, 20, 1))
                seen.insert(p);
        QCOMPARE(seen.size(), std::size_t(20));
    }

    void sampleIsReproducibleFromItsSeed()
    {
        const qsizetype before = count(u"audit-sample"_s);
        auto a = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 20261122});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        auto b = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 20261122});
        QVERIFY(b.ok());
        QCOMPARE(a->items.size(), 10); // the policy minimum
        QCOMPARE(a->population, 24);
        QCOMPARE(seqs(a.value()), seqs(b.value()));
        QVERIFY(a->id != b->id);
        QCOMPARE(count(u"audit-sample"_s), before + 2);
        for (const SampleItem& item : a->items) {
            QCOMPARE(item.event.action, u"search"_s);
            QVERIFY(item.checks.caseFormatValid);
            QVERIFY(item.checks.caseOnRecord);
            QVERIFY(item.checks.purposeListed);
            QVERIFY2(item.checks.dataErrors.isEmpty(),
                     qPrintable(item.checks.dataErrors.join(u';')));
        }
        auto other = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 7});
        QVERIFY(seqs(other.value()) != seqs(a.value()));
        QVERIFY(redrawMatches(*m_session, a.value()).value());
        QVERIFY(a->methodStatement().contains(u"--seed 20261122"_s));
        // The sample's own event names its items.
        AuditFilter f;
        f.action = u"audit-sample"_s;
        const AuditEvent e = trailOf(*m_session).list(f)->at(before);
        QCOMPARE(e.details.value(u"seed"_s).toString(), u"20261122"_s);
        QCOMPARE(e.details.value(u"items"_s).toArray().size(), 10);
    }

    void neverBelowThePolicyMinimum()
    {
        auto small = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 9, 1});
        QVERIFY(!small.ok());
        QVERIFY(small.error().message.contains(u"at least 10"_s));
        auto images = drawSample(*m_session, {SampleKind::Images, u"2026-Q4"_s, 4, 1});
        QVERIFY(!images.ok());
        QVERIFY(images.error().message.contains(u"at least 5"_s));
        auto larger = drawSample(*m_session, {SampleKind::Searches, u"2026-Q4"_s, 15, 1});
        QVERIFY(larger.ok());
        QCOMPARE(larger->items.size(), 15);
        QVERIFY(!drawSample(*m_session, {SampleKind::Searches, u"2027-H1"_s, 0, 1}).ok());
    }

    void fewerThanTheMinimumTakesAllAndSaysSo()
    {
        auto images = drawSample(*m_session, {SampleKind::Images, u"2026-Q4"_s, 0, 3});
        QVERIFY(images.ok());
        QCOMPARE(images->population, 3);
        QCOMPARE(images->items.size(), 3);
        QVERIFY(images->tookAll());
        QVERIFY2(images->sizeStatement().contains(u"Only 3 image views"_s),
                 qPrintable(images->sizeStatement()));
        QVERIFY(images->sizeStatement().contains(u"all of them"_s));
        for (const SampleItem& item : images->items) {
            QCOMPARE(item.event.action, u"view-image"_s);
            QVERIFY2(item.checks.dataErrors.isEmpty(),
                     qPrintable(item.checks.dataErrors.join(u';')));
        }
    }

    // A period with no events of the kind is refused: an empty sample would
    // stand in the list for ever and prove nothing.
    void anEmptyPeriodIsRefused()
    {
        const qsizetype samplesBefore = listSamples(*m_session)->size();
        const qsizetype drawsBefore = count(u"audit-sample"_s);
        auto none = drawSample(*m_session, {SampleKind::Images, u"2026-H1"_s, 0, 3});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::Invalid);
        QVERIFY2(none.error().message.contains(u"no image views in 2026-H1"_s),
                 qPrintable(none.error().message));
        QVERIFY(none.error().message.contains(u"nothing to sample"_s));
        QCOMPARE(listSamples(*m_session)->size(), samplesBefore);
        QCOMPARE(count(u"audit-sample"_s), drawsBefore);
    }

    void findingsAreRecorded()
    {
        auto s = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 99});
        QVERIFY(s.ok());
        const qsizetype before = count(u"audit-finding"_s);
        Worksheet w;
        w.caseReal = true;
        w.purposeAuthorized = true;
        w.queryConsistent = false;
        w.finding = Finding::FollowUp;
        w.note = u"pattern broader than the case needs; ask the detective"_s;
        QVERIFY(recordFinding(*m_session, s->id, 2, w).ok());
        Worksheet ok;
        ok.finding = Finding::Complies;
        QVERIFY(recordFinding(*m_session, s->id, 1, ok).ok());
        QCOMPARE(count(u"audit-finding"_s), before + 2);

        auto loaded = loadSample(*m_session, s->id);
        QVERIFY(loaded.ok());
        const Worksheet& got = loaded->items[1].worksheet;
        QCOMPARE(got.finding, std::optional<Finding>(Finding::FollowUp));
        QCOMPARE(got.queryConsistent, std::optional<bool>(false));
        QCOMPARE(got.caseReal, std::optional<bool>(true));
        QCOMPARE(got.note, w.note);
        QCOMPARE(got.reviewedBy, u"admin"_s);
        QVERIFY(!loaded->items[2].worksheet.finding);

        Worksheet bad;
        bad.finding = Finding::Violation;
        QVERIFY(
            recordFinding(*m_session, s->id, 3, bad).error().message.contains(u"needs a note"_s));
        bad.note = u"owner 123-45-6789"_s;
        QVERIFY(recordFinding(*m_session, s->id, 3, bad)
                    .error()
                    .message.contains(u"Social Security"_s));
        QCOMPARE(recordFinding(*m_session, s->id, 99, ok).error().code, ErrorCode::NotFound);
        QCOMPARE(count(u"audit-finding"_s), before + 2);
    }

    void redrawDetectsAnEditedSample()
    {
        auto s = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 5});
        QVERIFY(s.ok());
        // Swap a sampled event for one the auditor would rather show.
        QSqlQuery q(storeOf(*m_session).database());
        q.prepare(u"SELECT seq FROM audit WHERE action = 'search' AND seq NOT IN "
                  "(SELECT event_seq FROM audit_sample_items WHERE sample_id = ?) LIMIT 1"_s);
        q.addBindValue(s->id);
        QVERIFY(q.exec() && q.next());
        const qint64 other = q.value(0).toLongLong();
        q.finish();
        q.prepare(
            u"UPDATE audit_sample_items SET event_seq = ? WHERE sample_id = ? AND item = 1"_s);
        q.addBindValue(other);
        q.addBindValue(s->id);
        QVERIFY(q.exec());
        auto edited = loadSample(*m_session, s->id);
        QVERIFY(edited.ok());
        QVERIFY(!redrawMatches(*m_session, edited.value()).value());
        auto memo = compileAuditMemo(*m_session, s->id);
        QVERIFY(memo.ok());
        QVERIFY(!memo->redrawMatches);
        QVERIFY(memo->dataErrors.join(u'\n').contains(u"DIFFER"_s));
    }

    void memoHoldsTheItemsAndTheHash()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the memo; packaging/install-deps.sh "
                  "installs it");
        auto s = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 31337});
        QVERIFY(s.ok());
        Worksheet w;
        w.finding = Finding::Violation;
        w.note = u"no case file under this number"_s;
        QVERIFY(recordFinding(*m_session, s->id, 4, w).ok());
        const QString pdf = m_dir.filePath(u"memo.pdf"_s);
        const QString csv = m_dir.filePath(u"memo.csv"_s);
        const qsizetype memosBefore = count(u"audit-memo"_s);
        auto memo = writeAuditMemo(*m_session, s->id, pdf, csv);
        QVERIFY2(memo.ok(), qPrintable(memo.ok() ? QString() : memo.error().message));
        QVERIFY(memo->trail.intact);
        QVERIFY(memo->redrawMatches);
        QCOMPARE(count(u"audit-memo"_s), memosBefore + 1);

        QProcess p;
        p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        // NFKC undoes the typesetter's ligatures ("ﬁ").
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY2(text.contains(u"Chief of Police"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"2026-H2"_s));
        QVERIFY(text.contains(u"31337"_s));
        QVERIFY(text.contains(u"no case file under this number"_s));
        QVERIFY(text.contains(u"does not comply"_s));
        // The hash may wrap at a line end in the PDF's text.
        QVERIFY2(QString(text).remove(u' ').contains(memo->trail.headHash),
                 qPrintable(memo->trail.headHash));
        for (const SampleItem& item : memo->sample.items)
            QVERIFY2(text.contains(item.event.details.value(u"case"_s).toString()),
                     qPrintable(QString::number(item.item)));
        // The latest hash printed is the trail's hash before the memo's own event.
        AuditFilter f;
        f.action = u"audit-memo"_s;
        const AuditEvent memoEvent = trailOf(*m_session).list(f)->last();
        QCOMPARE(memoEvent.prevHash, memo->trail.headHash);

        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(c.readAll());
        QVERIFY(csvText.contains(u"trail_latest_hash,"_s + memo->trail.headHash));
        QVERIFY(csvText.contains(u"seed,31337"_s));
        // head (the agency and its ORI first, the root key's fingerprint
        // last), blank, header, items
        QCOMPARE(csvText.count(u"\r\n"_s), 26 + 1 + 1 + 10);
        QVERIFY(csvText.contains(u"violation,no case file under this number"_s));
    }

    // A memo with items not yet reviewed says so on its first page; no table
    // row is split across pages; the signature stays with the trail section.
    void memoPagesKeepRowsWhole()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the memo; packaging/install-deps.sh "
                  "installs it");
        auto s = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 24, 2468});
        QVERIFY(s.ok());
        QCOMPARE(s->items.size(), 24);
        QCOMPARE(s->reviewStatement(), u"24 of 24 items not yet reviewed"_s);
        Worksheet w;
        w.finding = Finding::Complies;
        for (int item : {1, 2, 3})
            QVERIFY(recordFinding(*m_session, s->id, item, w).ok());
        const QString pdf = m_dir.filePath(u"pages.pdf"_s);
        auto memo = writeAuditMemo(*m_session, s->id, pdf, QString());
        QVERIFY2(memo.ok(), qPrintable(memo.ok() ? QString() : memo.error().message));
        QCOMPARE(memo->sample.reviewStatement(), u"21 of 24 items not yet reviewed"_s);

        // ALPR_TEST_KEEP_MEMO=FILE.pdf keeps a copy to look at (pdftoppm).
        if (const QString keep = qEnvironmentVariable("ALPR_TEST_KEEP_MEMO"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(pdf, keep));
        }
        QProcess p;
        p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        // NFKC undoes the typesetter's ligatures ("ﬁ").
        QStringList pages = QString::fromUtf8(p.readAllStandardOutput())
                                .normalized(QString::NormalizationForm_KC)
                                .split(u'\f');
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        QVERIFY2(pages.first().simplified().contains(u"21 of 24 items not yet reviewed"_s),
                 qPrintable(pages.first().left(600)));
        int rowsSeen = 0;
        for (const QString& page : pages) {
            const QString text = page.simplified();
            // Each row's checks begin with "Case: format" and end with "Query fits:".
            QCOMPARE(text.count(u"Case: format"_s), text.count(u"Query fits:"_s));
            rowsSeen += int(text.count(u"Case: format"_s));
        }
        QCOMPARE(rowsSeen, 24);
        const QString last = pages.last().simplified();
        QVERIFY2(last.contains(u"Audit trail"_s) && last.contains(u"Latest hash"_s) &&
                     last.contains(u"Signature:"_s),
                 qPrintable(last));

        // Every item reviewed: the first page says nothing of it.
        for (int item = 4; item <= 24; ++item)
            QVERIFY(recordFinding(*m_session, s->id, item, w).ok());
        auto done = writeAuditMemo(*m_session, s->id, pdf, QString());
        QVERIFY(done.ok());
        QVERIFY(done->sample.reviewStatement().isEmpty());
        p.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(!QString::fromUtf8(p.readAllStandardOutput()).contains(u"not yet reviewed"_s));
    }

    void memoIsWholeOrNothing()
    {
        auto s = drawSample(*m_session, {SampleKind::Searches, u"2026-H2"_s, 0, 1});
        QVERIFY(s.ok());
        const QString pdf = m_dir.filePath(u"no-such-dir/memo.pdf"_s);
        auto memo = writeAuditMemo(*m_session, s->id, pdf, QString());
        QVERIFY(!memo.ok());
        QVERIFY(memo.error().message.contains(pdf));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(writeAuditMemo(*m_session, 9999, m_dir.filePath(u"x.pdf"_s), {}).error().code,
                 ErrorCode::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }

    void onlyAuditorsDraw()
    {
        UserAccount d;
        d.username = u"det"_s;
        d.roles = {Role::Detective};
        QVERIFY(UserAdministration(*m_session).addUser(d, test::password()).ok());
        QVERIFY(UserAdministration(*m_session).addTraining(u"det"_s, test::currentTraining()).ok());
        auto det = SignIn::signIn(storeOf(*m_session).path(), u"det"_s, test::password(), m_clock);
        QVERIFY(det.ok());
        QCOMPARE(drawSample(*det.value(), {SampleKind::Searches, u"2026-H2"_s, 0, 1}).error().code,
                 ErrorCode::Denied);
        QCOMPARE(loadSample(*det.value(), 1).error().code, ErrorCode::Denied);
        Worksheet w;
        w.finding = Finding::Complies;
        QCOMPARE(recordFinding(*det.value(), 1, 1, w).error().code, ErrorCode::Denied);
    }
};

QTEST_MAIN(TestAuditSample)
#include "tst_auditsample.moc"
