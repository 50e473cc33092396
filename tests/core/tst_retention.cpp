// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// Retention (issue 17): periods counted in the agency's days, images kept
// shorter than their reads, legal holds, the purge and its certificate, and
// the plate index of another session dropping what was purged.
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/sessionaccess.h"
#include "inquiry/searchservice.h"
#include "retention/legalholds.h"
#include "retention/retentionpurge.h"
#include "retention/retentionrules.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace alpr {

class TestRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    // 2027-01-10, noon in Los Angeles (the agency's default zone).
    static QDateTime today()
    {
        return QDateTime(QDate(2027, 1, 10), QTime(12, 0), QTimeZone("America/Los_Angeles"));
    }
    ManualClock m_clock{
        QDateTime(QDate(2027, 1, 10), QTime(12, 0), QTimeZone("America/Los_Angeles"))};
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    std::unique_ptr<Session> m_detective;
    std::unique_ptr<Session> m_feeder;

    static QDateTime local(int y, int m, int d, int h = 9, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("America/Los_Angeles"));
    }

    std::unique_ptr<Session> signIn(const QString& name)
    {
        auto s = SignIn::signIn(m_path, name, test::password(), m_clock);
        if (!s)
            qFatal("sign-in of %s: %s", qPrintable(name), qPrintable(s.error().message));
        return std::move(s.value());
    }

    // Imports one read; returns its id.
    qint64 addRead(const QString& plate, const QDateTime& at, SourceKind kind, bool image = false)
    {
        ReadRecord r = test::makeRead(plate, at);
        r.sourceKind = kind;
        if (image)
            r.plateJpeg = test::flatJpeg(60, 20, 200);
        QList<ReadRecord> reads{r};
        if (auto ok = ReadImporter(*m_feeder).importReads(reads, u"test"_s); !ok)
            qFatal("import: %s", qPrintable(ok.error().message));
        return reads.first().id;
    }

    bool exists(qint64 readId)
    {
        auto found = storeOf(*m_admin).retention().existingReads({readId});
        return found && found->size() == 1;
    }

    bool hasImage(qint64 readId)
    {
        auto kinds = storeOf(*m_admin).reads().imageKinds(readId);
        return kinds && !kinds->isEmpty();
    }

    SearchRequest request(const QString& pattern) const
    {
        SearchRequest r;
        r.caseNumber = u"26-000017"_s;
        r.purpose = u"stolen-vehicle"_s;
        r.pattern = pattern;
        return r;
    }

    HoldRequest holdOf(const QList<qint64>& ids)
    {
        HoldRequest h;
        h.selection.readIds = ids;
        h.caseNumber = u"26-000017"_s;
        h.reason = u"discovery-request"_s;
        h.requestingParty = u"Deputy District Attorney R. Ortiz"_s;
        h.reviewOn = QDate(2027, 4, 1);
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"retention.alprdb"_s);
        m_admin = test::createStore(m_path, m_clock);
        QVERIFY(test::addTrainedUser(*m_admin, u"clerk"_s, {Role::Records}));
        QVERIFY(test::addTrainedUser(*m_admin, u"det"_s, {Role::Detective}));
        QVERIFY(test::addTrainedUser(*m_admin, u"feeder"_s, {Role::Ingest}));
        m_clerk = signIn(u"clerk"_s);
        m_detective = signIn(u"det"_s);
        m_feeder = signIn(u"feeder"_s);
    }

    void init() { m_clock.set(today()); }

    // Each test starts from an empty store with the default rules: release
    // every hold, go ten years on and purge what is left.
    void cleanup()
    {
        const auto holds = LegalHolds(*m_clerk).list();
        QVERIFY(holds);
        for (const LegalHold& h : holds.value())
            QVERIFY(LegalHolds(*m_clerk).release(h.id, u"test over"_s));
        m_clock.set(today());
        if (auto change = previewRetentionRules(*m_admin, RetentionRules::defaults()); change)
            QVERIFY(setRetentionRules(*m_admin, RetentionRules::defaults(), change->moreReads));
        m_clock.set(today().addYears(10));
        auto run = RetentionPurge(*m_admin).run();
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(*storeOf(*m_admin).reads().count(), 0);
    }

    void cleanupTestCase()
    {
        m_feeder.reset();
        m_detective.reset();
        m_clerk.reset();
        m_admin.reset();
    }

    // Day 365 kept, day 366 purged, counted from the local date: a read at
    // 23:30 on 2026-01-10 in Los Angeles (07:30 UTC on the 11th) goes with
    // the 10th. Fixed cameras: day 30 kept, day 31 purged.
    void periodsInLocalDays()
    {
        const qint64 mobileDay366 =
            addRead(u"MOB0366"_s, local(2026, 1, 10, 8), SourceKind::Mobile);
        const qint64 mobileLate366 =
            addRead(u"MOB1366"_s, local(2026, 1, 10, 23, 30), SourceKind::Mobile);
        const qint64 mobileDay365 =
            addRead(u"MOB0365"_s, local(2026, 1, 11, 0, 5), SourceKind::Mobile);
        const qint64 fixedDay31 = addRead(u"FIX0031"_s, local(2026, 12, 11, 23), SourceKind::Fixed);
        const qint64 fixedDay30 = addRead(u"FIX0030"_s, local(2026, 12, 12, 1), SourceKind::Fixed);
        const qint64 unknownDay31 = addRead(u"UNK0031"_s, local(2026, 12, 11), SourceKind::Unknown);

        RetentionPurge purge(*m_admin);
        auto plan = purge.plan();
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->counts.size(), 3);
        QCOMPARE(plan->counts[0].sourceKind, u"mobile"_s);
        QCOMPARE(plan->counts[0].reads, 2);
        QCOMPARE(plan->counts[1].reads, 1);
        QCOMPARE(plan->counts[2].reads, 1);
        QVERIFY(exists(mobileDay366)); // the dry run removed nothing

        auto run = purge.run();
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QVERIFY(!exists(mobileDay366));
        QVERIFY(!exists(mobileLate366));
        QVERIFY(exists(mobileDay365));
        QVERIFY(!exists(fixedDay31));
        QVERIFY(exists(fixedDay30));
        QVERIFY(!exists(unknownDay31));

        // The certificate: counts per kind and a hash anyone can recompute.
        QCOMPARE(run->summary.value(u"reads"_s).toInteger(), 4);
        const QJsonObject kinds = run->summary.value(u"kinds"_s).toObject();
        QCOMPARE(kinds.value(u"mobile"_s).toObject().value(u"reads"_s).toInteger(), 2);
        QCOMPARE(kinds.value(u"fixed"_s).toObject().value(u"reads"_s).toInteger(), 1);
        QCOMPARE(run->idsSha256, RetentionPurge::idsSha256(
                                     {unknownDay31, fixedDay31, mobileDay366, mobileLate366}));
        QCOMPARE(run->summary.value(u"earliest"_s).toString(),
                 local(2026, 1, 10, 8).toUTC().toString(Qt::ISODateWithMs));
        // Both mobile reads are of the local day 2026-01-10.
        bool sawDay = false;
        for (const QJsonValue& v : run->summary.value(u"days"_s).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(u"source_kind"_s).toString() == u"mobile"_s) {
                QCOMPARE(d.value(u"day"_s).toString(), u"2026-01-10"_s);
                QCOMPARE(d.value(u"reads"_s).toInteger(), 2);
                sawDay = true;
            }
        }
        QVERIFY(sawDay);

        // Day 366 of the other mobile read comes a day later.
        m_clock.advanceSecs(24 * 3600);
        auto next = RetentionPurge(*m_admin).run();
        QVERIFY(next);
        QVERIFY(!exists(mobileDay365));
        QVERIFY(!exists(fixedDay30)); // its day 31
        QCOMPARE(next->idsSha256, RetentionPurge::idsSha256({mobileDay365, fixedDay30}));

        // Listed for the auditor, and written as CSV whose ids give the hash.
        auto certificates = RetentionPurge(*m_admin).certificates(2);
        QVERIFY(certificates);
        QCOMPARE(certificates->size(), 2);
        QCOMPARE(certificates->first().id, next->id);
        QCOMPARE(certificates->last().id, run->id);
        const QString csv = m_dir.filePath(u"certificate.csv"_s);
        QVERIFY(RetentionPurge(*m_admin).writeCertificateCsv(run->id, csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("read_id,source_kind,capture_day,removed"));
        QList<qint64> ids;
        for (qsizetype i = 1; i < lines.size(); ++i)
            ids.append(lines[i].split(',').first().toLongLong());
        QCOMPARE(RetentionPurge::idsSha256(ids), run->idsSha256);
        auto text = RetentionPurge(*m_admin).certificateText(run->id);
        QVERIFY(text);
        QVERIFY(text->join(u'\n').contains(run->idsSha256));
    }

    // Images kept shorter than their reads go alone; the read stays.
    void imagesExpireBeforeTheirRead()
    {
        auto rules = retentionRules(*m_admin);
        QVERIFY(rules);
        for (RetentionPeriod& p : rules->periods)
            if (p.sourceKind == u"fixed"_s)
                p.imageDays = 7;
        const qint64 old = addRead(u"IMG0010"_s, local(2027, 1, 1), SourceKind::Fixed, true);
        const qint64 recent = addRead(u"IMG0002"_s, local(2027, 1, 8), SourceKind::Fixed, true);
        auto change = previewRetentionRules(*m_admin, *rules);
        QVERIFY(change);
        QVERIFY(change->shortens);
        QCOMPARE(change->moreReads, 0);
        QCOMPARE(change->moreImages, 1);
        QVERIFY(setRetentionRules(*m_admin, *rules, change->moreReads));

        auto run = RetentionPurge(*m_admin).run();
        QVERIFY(run);
        QVERIFY(exists(old));
        QVERIFY(!hasImage(old));
        QVERIFY(hasImage(recent));
        QCOMPARE(run->summary.value(u"images"_s).toInteger(), 1);
        QCOMPARE(run->summary.value(u"reads"_s).toInteger(), 0);
    }

    // A shorter period says what the next purge removes and is saved only
    // when that was confirmed; a mobile year shortened needs its section.
    void shorteningIsConfirmed()
    {
        addRead(u"MOB0200"_s, local(2026, 6, 1), SourceKind::Mobile);
        addRead(u"MOB0100"_s, local(2026, 10, 1), SourceKind::Mobile);
        auto rules = retentionRules(*m_admin);
        QVERIFY(rules);
        QCOMPARE(rules->period(u"mobile"_s).readDays, 365);
        QCOMPARE(rules->period(u"mobile"_s).policyRef, u"San Leandro 418.5"_s);
        for (RetentionPeriod& p : rules->periods)
            if (p.sourceKind == u"mobile"_s) {
                p.readDays = 180;
                p.imageDays = 180;
            }
        auto refused = setRetentionRules(*m_admin, *rules);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(u"policy section"_s));
        for (RetentionPeriod& p : rules->periods)
            if (p.sourceKind == u"mobile"_s)
                p.policyRef = u"Los Altos 462.5"_s;
        auto unconfirmed = setRetentionRules(*m_admin, *rules);
        QVERIFY(!unconfirmed);
        QCOMPARE(unconfirmed.error().code, ErrorCode::Conflict);
        QVERIFY2(unconfirmed.error().message.contains(u"1 more read"_s),
                 qPrintable(unconfirmed.error().message));
        QVERIFY(!setRetentionRules(*m_admin, *rules, 2)); // not what was shown
        QVERIFY(setRetentionRules(*m_admin, *rules, 1));
        QCOMPARE(retentionRules(*m_admin)->period(u"mobile"_s).readDays, 180);
        // Administrators only, and audited with before and after.
        QVERIFY(!setRetentionRules(*m_clerk, *rules, 0));
        AuditFilter filter;
        filter.action = u"settings-changed"_s;
        auto events = trailOf(*m_admin).list(filter);
        QVERIFY(events);
        QVERIFY(!events->isEmpty());
        const QJsonObject details = events->last().details;
        QCOMPARE(details.value(u"before"_s)
                     .toObject()
                     .value(u"mobile"_s)
                     .toObject()
                     .value(u"read_days"_s)
                     .toInt(),
                 365);
        QCOMPARE(details.value(u"after"_s)
                     .toObject()
                     .value(u"mobile"_s)
                     .toObject()
                     .value(u"read_days"_s)
                     .toInt(),
                 180);
        // Images are never kept longer than their read.
        for (RetentionPeriod& p : rules->periods)
            if (p.sourceKind == u"fixed"_s)
                p.imageDays = 31;
        QCOMPARE(setRetentionRules(*m_admin, *rules, 0).error().code, ErrorCode::Invalid);
    }

    // A held read and its image are kept; the first purge after the hold is
    // released removes it.
    void heldReadsAreKeptUntilReleased()
    {
        const qint64 held = addRead(u"HLD0001"_s, local(2026, 11, 1), SourceKind::Fixed, true);
        const qint64 free = addRead(u"HLD0002"_s, local(2026, 11, 1), SourceKind::Fixed, true);

        // Records staff place holds; a detective may not.
        QCOMPARE(LegalHolds(*m_detective).place(holdOf({held})).error().code, ErrorCode::Denied);
        HoldRequest bad = holdOf({held});
        bad.reason = u"because"_s;
        QCOMPARE(LegalHolds(*m_clerk).place(bad).error().code, ErrorCode::Invalid);
        bad = holdOf({held});
        bad.reviewOn = QDate(2026, 1, 1);
        QCOMPARE(LegalHolds(*m_clerk).place(bad).error().code, ErrorCode::Invalid);
        auto hold = LegalHolds(*m_clerk).place(holdOf({held, 999999}));
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
        QCOMPARE(hold->readCount, 1); // the id that is no read is left out
        QCOMPARE(*LegalHolds(*m_clerk).reads(hold->id), QList<qint64>{held});
        QCOMPARE(LegalHolds(*m_detective).held({held, free})->size(), 1);

        auto run = RetentionPurge(*m_admin).run();
        QVERIFY(run);
        QVERIFY(exists(held));
        QVERIFY(hasImage(held));
        QVERIFY(!exists(free));
        const QJsonObject fixed =
            run->summary.value(u"kinds"_s).toObject().value(u"fixed"_s).toObject();
        QCOMPARE(fixed.value(u"held_reads"_s).toInteger(), 1);
        QCOMPARE(fixed.value(u"holds"_s).toArray().first().toInteger(), hold->id);

        // Listed for review once its date comes; never released by itself.
        QVERIFY(LegalHolds(*m_clerk).dueForReview()->isEmpty());
        m_clock.set(local(2027, 4, 2, 10));
        QCOMPARE(LegalHolds(*m_clerk).dueForReview()->size(), 1);
        QVERIFY(RetentionPurge(*m_admin).run());
        QVERIFY(exists(held));

        QCOMPARE(LegalHolds(*m_clerk).release(hold->id, QString()).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(LegalHolds(*m_detective).release(hold->id, u"done"_s).error().code,
                 ErrorCode::Denied);
        auto released = LegalHolds(*m_clerk).release(hold->id, u"Case closed; DDA agrees"_s);
        QVERIFY(released);
        QCOMPARE(LegalHolds(*m_admin).release(hold->id, u"again"_s).error().code,
                 ErrorCode::Conflict);
        QVERIFY(LegalHolds(*m_clerk).list()->isEmpty());
        QCOMPARE(LegalHolds(*m_clerk).list(true)->size(), 1);
        auto after = RetentionPurge(*m_admin).run();
        QVERIFY(after);
        QVERIFY(!exists(held));
        QCOMPARE(after->idsSha256, RetentionPurge::idsSha256({held}));

        // Every hold change is in the trail.
        AuditFilter filter;
        filter.action = u"hold-placed,hold-released"_s;
        auto events = trailOf(*m_admin).list(filter);
        QVERIFY(events);
        int placed = 0;
        int releasedEvents = 0;
        for (const AuditEvent& e : events.value()) {
            placed += e.action == u"hold-placed"_s && e.outcome == u"success"_s;
            releasedEvents += e.action == u"hold-released"_s && e.outcome == u"success"_s;
        }
        QCOMPARE(placed, 1);
        QCOMPARE(releasedEvents, 1);
        QVERIFY(trailOf(*m_admin).verify()->intact);
    }

    // Only administrators and the maintenance account purge.
    void purgeIsRestricted()
    {
        QCOMPARE(RetentionPurge(*m_detective).run().error().code, ErrorCode::Denied);
        QCOMPARE(RetentionPurge(*m_clerk).plan().error().code, ErrorCode::Denied);
        QCOMPARE(RetentionPurge(*m_detective).certificates(5).error().code, ErrorCode::Denied);
    }

    // Another session's plate index drops what a purge removed at its next
    // catch-up; a search never fails on a read purged meanwhile.
    void anotherSessionStopsFindingPurgedReads()
    {
        for (int i = 0; i < 5; ++i)
            addRead(u"OLD%1PUR"_s.arg(i), local(2026, 11, 1 + i), SourceKind::Fixed);
        const qint64 kept = addRead(u"OLD9KEP"_s, local(2027, 1, 5), SourceKind::Fixed);
        SearchService detective(*m_detective);
        QCOMPARE(detective.search(request(u"OLD*"_s))->totalCount, 6);

        QVERIFY(RetentionPurge(*m_admin).run());
        // Before its catch-up, the index still lists them, but the search
        // returns and counts only what is there.
        auto stale = detective.search(request(u"OLD*"_s));
        QVERIFY2(stale, qPrintable(stale ? QString() : stale.error().message));
        QCOMPARE(stale->hits.size(), 1);
        QCOMPARE(stale->totalCount, 1);
        QVERIFY(detective.catchUpIndex());
        auto fresh = detective.search(request(u"OLD*"_s));
        QCOMPARE(fresh->totalCount, 1);
        QCOMPARE(fresh->hits.first().read.id, kept);
        QCOMPARE(detective.search(request(u"OLD?PUR"_s))->totalCount, 0);

        // New reads after the purge are found again.
        addRead(u"OLD7NEW"_s, local(2027, 1, 10, 9), SourceKind::Fixed);
        QVERIFY(detective.catchUpIndex());
        QCOMPARE(detective.search(request(u"OLD*"_s))->totalCount, 2);
    }

    // When a purge removes the newest reads, their ids are handed out again:
    // the other session's index is rebuilt rather than confused.
    void purgingTheNewestReadsRebuildsTheIndex()
    {
        addRead(u"NEW1AAA"_s, local(2027, 1, 5), SourceKind::Fixed);
        addRead(u"NEW2BBB"_s, local(2026, 11, 1), SourceKind::Fixed); // the newest id
        SearchService detective(*m_detective);
        QCOMPARE(detective.search(request(u"NEW*"_s))->totalCount, 2);
        QVERIFY(RetentionPurge(*m_admin).run());
        const qint64 reused = addRead(u"NEW3CCC"_s, local(2027, 1, 10, 8), SourceKind::Fixed);
        QVERIFY(detective.catchUpIndex());
        auto found = detective.search(request(u"NEW*"_s));
        QCOMPARE(found->totalCount, 2);
        QCOMPARE(detective.search(request(u"NEW3CCC"_s))->hits.first().read.id, reused);
        QCOMPARE(detective.search(request(u"NEW2BBB"_s))->totalCount, 0);
    }
};

} // namespace alpr

QTEST_GUILESS_MAIN(alpr::TestRetention)
#include "tst_retention.moc"
