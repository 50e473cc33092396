// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "inquiry/searchservice.h"
#include "search/plateindex.h"
#include "search/plateindexcache.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;
    std::unique_ptr<Session> m_session; // admin + detective roles

    QDateTime day(int d, int h = 12) const
    {
        return QDateTime(QDate(2026, 10, d), QTime(h, 0), Qt::UTC);
    }

    SearchRequest request(const QString& pattern, bool misread = false) const
    {
        SearchRequest r;
        r.caseNumber = QStringLiteral("26-004211");
        r.purpose = QStringLiteral("stolen-vehicle");
        r.pattern = pattern;
        r.misread = misread;
        return r;
    }

    QStringList plates(const SearchOutcome& o) const
    {
        QStringList out;
        for (const SearchHit& h : o.hits)
            out << h.read.plate;
        return out;
    }

    static QList<qint64> readIds(const Result<SearchOutcome>& o)
    {
        QList<qint64> out;
        if (o)
            for (const SearchHit& h : o->hits)
                out << h.read.id;
        return out;
    }

    // A second connection to the store file, as a cron import or the
    // receiver in another process has: a records clerk signed in on its own.
    std::unique_ptr<Session> signInElsewhere()
    {
        UserAccount clerk;
        clerk.username = u"clerk"_s;
        clerk.fullName = u"Test Clerk"_s;
        clerk.organization = u"Test PD"_s;
        clerk.roles = {Role::Records};
        UserAdministration admin(*m_session);
        if (!admin.addUser(clerk, test::password()) ||
            !admin.addTraining(clerk.username, test::currentTraining()))
            return nullptr;
        auto s = SignIn::signIn(m_path, clerk.username, test::password(), m_clock);
        return s ? std::move(s.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("search.alprdb"));
        m_session = test::createStore(m_path, m_clock, {Role::Detective});
        QList<ReadRecord> reads{
            test::makeRead(QStringLiteral("7ABC123"), day(1)),
            test::makeRead(QStringLiteral("7ABC123"), day(5)),
            test::makeRead(QStringLiteral("7ABC123"), day(3)),
            test::makeRead(QStringLiteral("7ABC1Z3"), day(9)),  // a misread of 7ABC123
            test::makeRead(QStringLiteral("7A8C1Z3"), day(10)), // two misreads
            test::makeRead(QStringLiteral("7ABD123"), day(2)),
            test::makeRead(QStringLiteral("8XYZ999"), day(4)),
            test::makeRead(QStringLiteral("AB12"), day(6)),
        };
        reads[0].plateJpeg = QByteArray("\xFF\xD8\xFF\xE0 test plate crop", 21);
        auto imported = ReadImporter(*m_session).importReads(reads, QStringLiteral("hand-built"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->imported, 8);
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("misread");
        QTest::addColumn<QStringList>("expected"); // ranked
        const QString a = QStringLiteral("7ABC123");
        QTest::newRow("exact, newest first") << a << false << QStringList{a, a, a};
        QTest::newRow("misread after exact")
            << a << true
            << QStringList{a, a, a, QStringLiteral("7ABC1Z3"), QStringLiteral("7A8C1Z3")};
        QTest::newRow("prefix") << QStringLiteral("7AB*") << false
                                << QStringList{QStringLiteral("7ABC1Z3"), a, a,
                                               QStringLiteral("7ABD123"), a};
        QTest::newRow("contains") << QStringLiteral("*XYZ*") << false
                                  << QStringList{QStringLiteral("8XYZ999")};
        QTest::newRow("gaps") << QStringLiteral("7?B?12?") << false
                              << QStringList{a, a, QStringLiteral("7ABD123"), a};
        QTest::newRow("short plate")
            << QStringLiteral("AB12") << false << QStringList{QStringLiteral("AB12")};
        QTest::newRow("none") << QStringLiteral("9*") << false << QStringList{};
    }

    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, misread);
        QFETCH(QStringList, expected);
        auto outcome = SearchService(*m_session).search(request(pattern, misread));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(plates(outcome.value()), expected);
        QCOMPARE(outcome->totalCount, expected.size());
        for (qsizetype i = 1; i < outcome->hits.size(); ++i) {
            const SearchHit& prev = outcome->hits[i - 1];
            const SearchHit& hit = outcome->hits[i];
            if (prev.reason == hit.reason && prev.cost == hit.cost)
                QVERIFY(prev.read.capturedAt >= hit.read.capturedAt);
        }
    }

    void matchReasons()
    {
        auto outcome = SearchService(*m_session).search(request(QStringLiteral("7ABC123"), true));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->hits.size(), 5);
        QCOMPARE(outcome->hits[0].reason, MatchReason::Exact);
        QCOMPARE(outcome->hits[3].reason, MatchReason::Misread);
        QCOMPARE(outcome->hits[3].cost, 1);
        QCOMPARE(outcome->hits[4].cost, 2);
        auto wildcard = SearchService(*m_session).search(request(QStringLiteral("7AB*")));
        QCOMPARE(wildcard->hits[0].reason, MatchReason::Pattern);
    }

    void searchIsRecordedWithItsAuditEvent()
    {
        auto outcome = SearchService(*m_session).search(request(QStringLiteral("*XYZ*")));
        QVERIFY(outcome.ok());
        QSqlQuery q(storeOf(*m_session).database());
        q.prepare(QStringLiteral("SELECT username, case_number, purpose, query, result_count, "
                                 "audit_seq FROM searches WHERE id = ?"));
        q.addBindValue(outcome->searchId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("admin"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("26-004211"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("stolen-vehicle"));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("*XYZ*")));
        QCOMPARE(q.value(4).toInt(), 1);
        AuditFilter f;
        f.action = QStringLiteral("search");
        auto events = trailOf(*m_session).list(f);
        const AuditEvent& e = events->last();
        QCOMPARE(e.seq, q.value(5).toLongLong());
        QCOMPARE(e.object, QStringLiteral("search:%1").arg(outcome->searchId));
        QCOMPARE(e.details.value(QStringLiteral("result_count")).toInt(), 1);
        QCOMPARE(e.details.value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("pattern"))
                     .toString(),
                 QStringLiteral("*XYZ*"));
    }

    void refusedSearchIsAuditedAndReturnsNothing_data()
    {
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("message");
        QTest::newRow("no case") << QString() << QStringLiteral("stolen-vehicle")
                                 << QStringLiteral("required");
        QTest::newRow("bad case") << QStringLiteral("2026/4211") << QStringLiteral("stolen-vehicle")
                                  << QStringLiteral("format");
        // One case is never filed twice under a number that only looks the same.
        QTest::newRow("trailing line break")
            << u"26-004211\n"_s << u"stolen-vehicle"_s
            << u"the case number holds a control character (such as a line break or a terminal "
               "code) at character 10"_s;
        QTest::newRow("trailing carriage return")
            << u"26-004211\r"_s << u"stolen-vehicle"_s << u"control character"_s;
        QTest::newRow("zero-width space")
            << u"26-0042\u200B11"_s << u"stolen-vehicle"_s << u"not part of a case number"_s;
        QTest::newRow("full-width digits")
            << u"\uFF12\uFF16-004211"_s << u"stolen-vehicle"_s << u"not part of a case number"_s;
        QTest::newRow("arabic-indic digits")
            << u"\u0662\u0666-\u0660\u0660\u0664\u0662\u0661\u0661"_s << u"stolen-vehicle"_s
            << u"not part of a case number"_s;
        QTest::newRow("leading space") << u" 26-004211"_s << u"stolen-vehicle"_s << u"format"_s;
        QTest::newRow("100 kB") << QString(100000, u'1') << u"stolen-vehicle"_s
                                << u"the case number is 100000 characters long; at most 64"_s;
        QTest::newRow("no purpose")
            << QStringLiteral("26-004211") << QString() << QStringLiteral("purpose is required");
        QTest::newRow("personal use") << QStringLiteral("26-004211") << QStringLiteral("personal")
                                      << QStringLiteral("not an authorized purpose");
    }

    void refusedSearchIsAuditedAndReturnsNothing()
    {
        QFETCH(QString, caseNumber);
        QFETCH(QString, purpose);
        QFETCH(QString, message);
        SearchRequest r = request(QStringLiteral("7ABC123"));
        r.caseNumber = caseNumber;
        r.purpose = purpose;
        auto outcome = SearchService(*m_session).search(r);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
        auto events = trailOf(*m_session).list({});
        const AuditEvent& e = events->last();
        QCOMPARE(e.action, QStringLiteral("search"));
        QCOMPARE(e.outcome, QStringLiteral("refused"));
        QCOMPARE(e.details.value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("pattern"))
                     .toString(),
                 QStringLiteral("7ABC123"));
    }

    void imagesAreViewedUnderOwnSearchAndAudited()
    {
        SearchService service(*m_session);
        auto outcome = service.search(request(QStringLiteral("7ABC123")));
        QVERIFY(outcome.ok());
        const qint64 readId = outcome->hits.last().read.id; // the oldest: the one with an image
        auto image = service.viewImage(readId, ImageKind::Plate, outcome->searchId);
        QVERIFY(image.ok());
        QVERIFY(image->startsWith("\xFF\xD8\xFF"));
        const AuditEvent e = trailOf(*m_session).list({})->last();
        QCOMPARE(e.action, QStringLiteral("view-image"));
        QCOMPARE(e.object, QStringLiteral("read:%1").arg(readId));
        QCOMPARE(e.details.value(QStringLiteral("case")).toString(), QStringLiteral("26-004211"));
        QVERIFY(!service.viewImage(readId, ImageKind::Overview, outcome->searchId).ok());
        auto notMine = service.viewImage(readId, ImageKind::Plate, 999999);
        QVERIFY(!notMine.ok());
        QCOMPARE(notMine.error().code, ErrorCode::Denied);
    }

    void importedReadsAreFoundAtOnceAndAfterRebuild()
    {
        QList<ReadRecord> more{test::makeRead(QStringLiteral("7ABC123"), day(20)),
                               test::makeRead(QStringLiteral("5NEW777"), day(21))};
        // The index is built before the import, and the import keeps it current.
        SearchService service(*m_session);
        QVERIFY(service.buildIndex().ok());
        QVERIFY(ReadImporter(*m_session, &service.indexCache())
                    .importReads(more, QStringLiteral("more"))
                    .ok());
        auto outcome = service.search(request(QStringLiteral("7ABC123")));
        QCOMPARE(outcome->totalCount, 4);
        QCOMPARE(outcome->hits.first().read.capturedAt, day(20));
        QCOMPARE(service.search(request(QStringLiteral("5NEW*")))->totalCount, 1);
        QCOMPARE(SearchService(*m_session).search(request(QStringLiteral("5NEW*")))->totalCount, 1);
        PlateIndex rebuilt;
        QVERIFY(rebuilt.build(storeOf(*m_session).database()).ok());
        PlateIndex* live = service.indexCache().built();
        QVERIFY(live);
        QCOMPARE(rebuilt.plateCount(), live->plateCount());
        QCOMPARE(rebuilt.totalReads(), live->totalReads());
        QCOMPARE(rebuilt.totalReads(), 10);
    }

    // A 100 kB filter is refused before anything records it.
    void overlongQueryTextIsRefusedFirst_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("pattern") << u"pattern"_s
                                 << u"the plate pattern is 100000 characters long; at most 64"_s;
        QTest::newRow("make") << u"make"_s
                              << u"the make filter is 100000 characters long; at most 64"_s;
        QTest::newRow("camera") << u"camera"_s
                                << u"the camera filter is 100000 characters long; at most 64"_s;
    }

    void overlongQueryTextIsRefusedFirst()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        const qsizetype before = trailOf(*m_session).list({})->size();
        SearchRequest r = request(QStringLiteral("7ABC123"));
        const QString flood(100000, u'x');
        if (field == u"pattern")
            r.pattern = flood;
        else if (field == u"make")
            r.filters.attributes.make = flood;
        else
            r.filters.attributes.camera = flood;
        auto outcome = SearchService(*m_session).search(r);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Invalid);
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
        QCOMPARE(trailOf(*m_session).list({})->size(), before);
    }

    void administratorAloneMayNotSearch()
    {
        UserAccount admin2;
        admin2.username = QStringLiteral("admin2");
        admin2.roles = {Role::Administrator};
        QVERIFY(UserAdministration(*m_session)
                    .addUser(admin2, test::password("admin-two-long-password"))
                    .ok());
        auto s = SignIn::signIn(m_path, QStringLiteral("admin2"),
                                test::password("admin-two-long-password"), m_clock);
        QVERIFY(s.ok());
        auto outcome = SearchService(*s.value()).search(request(QStringLiteral("7ABC123")));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        QCOMPARE(trailOf(*s.value()).list({})->last().outcome, QStringLiteral("refused"));
    }

    // What a catch-up reads: the reads after an id, by id, a batch at a
    // time, each with its alternative readings (not its own plate again).
    void readsAfterComeByIdWithTheirReadings()
    {
        ReadRepository& reads = storeOf(*m_session).reads();
        const qint64 after = reads.lastReadId().value();
        ReadRecord two = test::makeRead(u"4EEL222"_s, day(12));
        two.candidates = {{u"4EEL22Z"_s, 50}, {u"4EEL222"_s, 90}, {u"AEEL222"_s, 30}};
        QList<ReadRecord> more{test::makeRead(u"4EEL111"_s, day(11)), two,
                               test::makeRead(u"4EEL333"_s, day(13))};
        QVERIFY(ReadImporter(*m_session).importReads(more, u"eels"_s).ok());

        auto first = reads.readsAfter(after, 2);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), std::size_t(2));
        QCOMPARE(first->at(0).readId, more[0].id);
        QCOMPARE(first->at(0).plate, u"4EEL111"_s);
        QCOMPARE(first->at(0).capturedAtMs, day(11).toMSecsSinceEpoch());
        QVERIFY(first->at(0).candidatePlates.isEmpty());
        QCOMPARE(first->at(1).readId, more[1].id);
        QStringList readings;
        for (const auto& [plateId, plate] : first->at(1).candidatePlates) {
            QVERIFY(plateId > 0);
            readings << plate;
        }
        readings.sort();
        QCOMPARE(readings, (QStringList{u"4EEL22Z"_s, u"AEEL222"_s}));
        auto rest = reads.readsAfter(first->back().readId, 2);
        QVERIFY(rest.ok());
        QCOMPARE(rest->size(), std::size_t(1));
        QCOMPARE(rest->front().readId, more[2].id);
        QCOMPARE(rest->front().readId, reads.lastReadId().value());
        QVERIFY(reads.readsAfter(rest->front().readId, 2)->empty());
    }

    // Reads another process stores reach a built index at its next catch-up,
    // with their alternative readings, once; and an import in this process
    // catches up on them too.
    void readsStoredElsewhereAreFoundAfterCatchUp()
    {
        auto elsewhere = signInElsewhere();
        QVERIFY(elsewhere);
        SearchService service(*m_session);
        QVERIFY(service.buildIndex().ok());
        auto search = [&](const QString& pattern, bool misread = false) {
            return service.search(request(pattern, misread));
        };
        const qint64 knownBefore = search(u"7ABC123"_s)->totalCount;

        ReadRecord cat = test::makeRead(u"3CAT456"_s, day(22));
        cat.candidates = {{u"8CAT456"_s, 60}, {u"3CAT456"_s, 90}};
        ReadRecord known = test::makeRead(u"7ABC123"_s, day(23)); // a plate the build has
        known.candidates = {{u"8XYZ999"_s, 40}};                  // and a reading it has as a read
        QList<ReadRecord> theirs{cat, test::makeRead(u"3CAT456"_s, day(24)), known,
                                 test::makeRead(u"3DOG1Z3"_s, day(25))};
        auto stored = ReadImporter(*elsewhere).importReads(theirs, u"elsewhere"_s);
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->imported, 4);

        // Not in the index until it catches up.
        QCOMPARE(search(u"3CAT456"_s)->totalCount, 0);
        QVERIFY(service.catchUpIndex().ok());
        PlateIndexCache& cache = service.indexCache();
        QCOMPARE(cache.coveredReadId(), storeOf(*m_session).reads().lastReadId().value());

        const auto exact = search(u"3CAT456"_s);
        QCOMPARE(exact->totalCount, 2);
        QCOMPARE(exact->hits.first().read.capturedAt, day(24));
        QCOMPARE(search(u"3C?T4*"_s)->totalCount, 2);
        QCOMPARE(search(u"7ABC123"_s)->totalCount, knownBefore + 1);
        const auto reading = search(u"8CAT456"_s);
        QCOMPARE(reading->totalCount, 1);
        QCOMPARE(reading->hits.first().reason, MatchReason::Candidate);
        QCOMPARE(reading->hits.first().read.plate, u"3CAT456"_s);
        const auto asReading = search(u"8XYZ999"_s);
        QCOMPARE(asReading->totalCount, 2);
        QCOMPARE(asReading->hits.last().reason, MatchReason::Candidate);
        QCOMPARE(asReading->hits.last().read.capturedAt, day(23));
        const auto misread = search(u"3DOG123"_s, true);
        QCOMPARE(misread->totalCount, 1);
        QCOMPARE(misread->hits.first().reason, MatchReason::Misread);

        // The same as a fresh build, and a second catch-up adds nothing.
        auto sameAsFresh = [&] {
            PlateIndex fresh;
            QVERIFY(fresh.build(storeOf(*m_session).database()).ok());
            QCOMPARE(cache.built()->totalReads(), fresh.totalReads());
            QCOMPARE(cache.built()->plateCount(), fresh.plateCount());
            SearchService rebuilt(*m_session);
            for (const QString& p :
                 {u"3CAT456"_s, u"3C?T4*"_s, u"7ABC123"_s, u"8CAT456"_s, u"8XYZ999"_s, u"*CAT*"_s})
                QCOMPARE(readIds(search(p)), readIds(rebuilt.search(request(p))));
            QCOMPARE(readIds(search(u"3DOG123"_s, true)),
                     readIds(rebuilt.search(request(u"3DOG123"_s, true))));
        };
        sameAsFresh();
        if (QTest::currentTestFailed())
            return;
        const qsizetype total = cache.built()->totalReads();
        QVERIFY(service.catchUpIndex().ok());
        QCOMPARE(cache.built()->totalReads(), total);
        QCOMPARE(search(u"3CAT456"_s)->totalCount, 2);
        QCOMPARE(search(u"8CAT456"_s)->totalCount, 1);
        sameAsFresh();
        if (QTest::currentTestFailed())
            return;

        // Another process stores a read, then this one imports: the import's
        // catch-up takes both, the other's (the lower id) included.
        QList<ReadRecord> later{test::makeRead(u"3CAT456"_s, day(26))};
        QVERIFY(ReadImporter(*elsewhere).importReads(later, u"elsewhere again"_s).ok());
        QList<ReadRecord> ours{test::makeRead(u"3CAT456"_s, day(27))};
        QVERIFY(ReadImporter(*m_session, &cache).importReads(ours, u"ours"_s).ok());
        const auto both = search(u"3CAT456"_s);
        QCOMPARE(both->totalCount, 4);
        QCOMPARE(both->hits[0].read.capturedAt, day(27));
        QCOMPARE(both->hits[1].read.capturedAt, day(26));
        QCOMPARE(cache.built()->totalReads(), total + 2);
        sameAsFresh();
        if (QTest::currentTestFailed())
            return;
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
