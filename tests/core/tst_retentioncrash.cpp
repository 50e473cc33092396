// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Retention (issue 17), crash-safe: a purge killed with SIGKILL at random
// moments leaves each batch done or not done and the trail whole; killed runs
// get no certificate; the next run completes the work and its certificate
// covers the killed runs, with the counts and the hash of every expired read.
// The test binary runs itself as the child that purges.
#include "../support/rawstore.h"
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "auth/sessionaccess.h"
#include "hits/hotlists.h"
#include "retention/retentionpurge.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::StringLiterals;

namespace {

// Set to the store's path, the binary purges it as the child.
const char* const kChildVariable = "ALPR_TEST_RETENTION_CRASH_CHILD";
const auto kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
constexpr int kExpired = 3000;
constexpr int kKept = 200;
constexpr int kBatchReads = 15;
// Each read with the number of its images, alternative readings and hits.
const auto kPartsQuery = u"SELECT r.id, (SELECT count(*) FROM images WHERE read_id = r.id), "
                         u"(SELECT count(*) FROM read_candidates WHERE read_id = r.id), "
                         u"(SELECT count(*) FROM hits WHERE read_id = r.id) FROM reads r"_s;

QList<int> parts(const QStringList& row)
{
    return {row.value(1).toInt(), row.value(2).toInt(), row.value(3).toInt()};
}

// A CLEW stolen-vehicle file of these plates (California).
QByteArray clew(const QStringList& plates)
{
    QByteArray out = "DATE06/15/2026 06:00\r\n";
    for (const QString& p : plates)
        out += p.leftJustified(8, u' ').toLatin1() + "CA0720261101\r\n";
    out += "TOTAL RECORD " + QByteArray::number(plates.size()).rightJustified(7, '0') + "\r\n";
    return out;
}

// The child: signs in, says so on stdout and purges until it is killed.
int runChild(const QString& path)
{
    ManualClock clock(kNow);
    auto session = SignIn::signIn(path, u"admin"_s, password(), clock);
    if (!session) {
        std::fprintf(stderr, "child sign-in: %s\n", qPrintable(session.error().message));
        return 2;
    }
    RetentionPurge purge(*session.value());
    purge.setBatchReads(kBatchReads);
    // At most a batch a millisecond, so that the parent's kill, at most
    // 150 ms after the start, always lands before the end.
    purge.setProgress([](qint64, qint64) { QThread::msleep(1); });
    std::fputs("purging\n", stdout);
    std::fflush(stdout);
    auto run = purge.run();
    if (!run) {
        std::fprintf(stderr, "child purge: %s\n", qPrintable(run.error().message));
        return 3;
    }
    return 0;
}

QByteArray sha256OfIds(const QList<qint64>& sorted)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 id : sorted)
        hash.addData(QByteArray::number(id) + '\n');
    return hash.result().toHex();
}

QList<qint64> ids(RawStore& raw, const QString& sql)
{
    QList<qint64> out;
    for (const QStringList& row : raw.rows(sql))
        out.append(row.value(0).toLongLong());
    return out;
}

qint64 scalar(RawStore& raw, const QString& sql)
{
    const auto rows = raw.rows(sql);
    return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
}

} // namespace

class TestRetentionCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    SecureBytes m_key;
    QList<qint64> m_expired;           // ascending
    QHash<qint64, QList<int>> m_parts; // read id -> images, alternative readings, hits

    // Each batch the trail logs is whole, every expired read it does not
    // name is whole, and the trail verifies. Returns the runs found.
    void checkStore(QList<qint64>* unfinishedRuns)
    {
        {
            RawStore raw(m_path, m_key);
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            QSet<qint64> logged;
            const auto events = raw.rows(u"SELECT object, details FROM audit WHERE action = "
                                         u"'retention-purge-batch' ORDER BY seq"_s);
            for (const QStringList& e : events) {
                const QJsonObject d = QJsonDocument::fromJson(e.value(1).toUtf8()).object();
                const qint64 run = e.value(0).mid(6).toLongLong(); // "purge:<id>"
                const qint64 first = d.value(u"first_read"_s).toInteger();
                const qint64 last = d.value(u"last_read"_s).toInteger();
                const QList<qint64> batch =
                    ids(raw, u"SELECT read_id FROM purged_reads WHERE run_id = %1 AND read_id "
                             u"BETWEEN %2 AND %3 ORDER BY read_id"_s.arg(run)
                                 .arg(first)
                                 .arg(last));
                QCOMPARE(batch.size(), d.value(u"count"_s).toInteger());
                QCOMPARE(sha256OfIds(batch), d.value(u"ids_sha256"_s).toString().toLatin1());
                for (qint64 id : batch) {
                    QVERIFY(m_expired.contains(id));
                    logged.insert(id);
                }
                const QString range = u"BETWEEN %1 AND %2"_s.arg(first).arg(last);
                for (const char* table : {"reads WHERE id", "images WHERE read_id",
                                          "read_candidates WHERE read_id", "hits WHERE read_id"})
                    QCOMPARE(scalar(raw, u"SELECT count(*) FROM %1 %2"_s.arg(QLatin1String(table),
                                                                             range)),
                             0);
            }
            // Nothing was removed that no batch event names.
            const QList<qint64> listed = ids(raw, u"SELECT read_id FROM purged_reads"_s);
            QCOMPARE(listed.size(), logged.size());
            for (qint64 id : listed)
                QVERIFY(logged.contains(id));
            // Every expired read that no batch removed is still all there.
            QHash<qint64, QList<int>> present;
            for (const QStringList& row : raw.rows(kPartsQuery))
                present.insert(row.value(0).toLongLong(), parts(row));
            for (qint64 id : m_expired) {
                if (logged.contains(id))
                    continue;
                QVERIFY2(present.contains(id), qPrintable(u"read %1 is gone unlogged"_s.arg(id)));
                QCOMPARE(present.value(id), m_parts.value(id));
            }
            QCOMPARE(present.size(), kExpired + kKept - logged.size());
            // No killed run is finished.
            QCOMPARE(scalar(raw, u"SELECT count(*) FROM purge_runs WHERE status = 'finished'"_s),
                     0);
            *unfinishedRuns = ids(raw, u"SELECT id FROM purge_runs ORDER BY id"_s);
        }
        // The trail verifies, chain and signatures.
        auto store = Store::open(m_path, m_key);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        AuditLog trail(store.value()->auditEvents(), Clock::system(), u"test"_s);
        auto verified = trail.verify(TrailVerifyOptions{});
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QVERIFY(verified->signedEvents > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"crash.alprdb"_s);
        ManualClock clock(kNow);
        auto session = createStore(m_path, clock);
        // A stolen-vehicle list that every 50th plate is on: those reads make hits.
        HotList stolen;
        stolen.name = u"SVS"_s;
        stolen.purpose = u"stolen-vehicle"_s;
        QVERIFY(HotLists(*session).createList(stolen).ok());
        QStringList wanted;
        for (int i = 0; i < kExpired + kKept; i += 50)
            wanted << u"CR%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        const HotListFormat format = HotListFormat::Clew;
        auto loaded =
            HotLists(*session).importData(u"SVS"_s, clew(wanted), u"svs.tbl"_s, &format, false);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        // Fixed-camera reads, kept 30 days, in the order of their capture
        // (so each batch, oldest first, is one range of ids).
        QList<ReadRecord> reads;
        const QByteArray jpeg = flatJpeg(64, 32, 90);
        for (int i = 0; i < kExpired + kKept; ++i) {
            const QDateTime at =
                i < kExpired ? kNow.addDays(-90).addSecs(i * 60) : kNow.addDays(-3).addSecs(i * 60);
            ReadRecord r = makeRead(u"CR%1"_s.arg(i, 5, 10, QLatin1Char('0')), at);
            r.externalId = u"crash-%1"_s.arg(i);
            if (i % 3 == 0)
                r.candidates = {PlateCandidate{u"CX%1"_s.arg(i, 5, 10, QLatin1Char('0')), 50}};
            if (i % 4 == 0) {
                r.plateJpeg = jpeg;
                r.overviewJpeg = jpeg;
            }
            reads.append(r);
        }
        auto imported = ReadImporter(*session).importReads(reads, u"retention-crash"_s);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->imported, kExpired + kKept);
        session.reset();

        auto keys = KeySlotFile::loadForStore(m_path);
        QVERIFY(keys.ok());
        auto key = keys->unlock(u"admin"_s, password());
        QVERIFY(key.ok());
        m_key = std::move(key.value());
        RawStore raw(m_path, m_key);
        QVERIFY(raw.isOpen());
        m_expired = ids(raw, u"SELECT id FROM reads WHERE captured_at < %1 ORDER BY id"_s.arg(
                                 kNow.addDays(-30).toMSecsSinceEpoch()));
        QCOMPARE(m_expired.size(), kExpired);
        for (const QStringList& row : raw.rows(kPartsQuery))
            m_parts.insert(row.value(0).toLongLong(), parts(row));
        // The fixtures have what a batch must take along.
        QVERIFY(m_parts.value(m_expired.first()).at(0) == 2);
        QVERIFY(m_parts.value(m_expired.first()).at(1) >= 1);
        QVERIFY(m_parts.value(m_expired.first()).at(2) >= 1);
    }

    void killedPurgesLeaveWholeBatches()
    {
        QList<qint64> runs;
        int killedMidway = 0;
        QElapsedTimer budget; // bounds the loop; nothing is asserted on it
        budget.start();
        for (int round = 0; round < 6 && budget.elapsed() < 20000; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildVariable), m_path);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Signed in (a PBKDF2 run) and about to purge.
            while (!child.canReadLine() && child.state() == QProcess::Running)
                child.waitForReadyRead(10000);
            QCOMPARE(child.readLine(), QByteArray("purging\n"));
            QThread::msleep(QRandomGenerator::global()->bounded(5u, 150u));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                     "the child finished its purge before it was killed");
            checkStore(&runs);
            if (QTest::currentTestFailed())
                return;
            RawStore raw(m_path, m_key);
            const qint64 left = scalar(raw, u"SELECT count(*) FROM purged_reads"_s);
            qInfo("round %d: %lld of %d expired reads purged, %lld runs", round, left, kExpired,
                  qint64(runs.size()));
            if (left > 0 && left < kExpired)
                ++killedMidway;
            // Enough left for the run that completes the work.
            if (left >= kExpired / 2)
                break;
        }
        QVERIFY2(killedMidway >= 1, "no purge was killed midway");
        QVERIFY(!runs.isEmpty());

        // The next run completes the work, and says it continues the killed ones.
        ManualClock clock(kNow);
        auto signedIn = SignIn::signIn(m_path, u"admin"_s, password(), clock);
        QVERIFY(signedIn.ok());
        RetentionPurge purge(*signedIn.value());
        for (qint64 killed : runs)
            QVERIFY(!purge.certificate(killed).ok());
        QVERIFY(purge.plan().ok() && purge.plan()->interrupted.has_value());
        purge.setBatchReads(500);
        auto finished = purge.run();
        QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().message));
        QCOMPARE(finished->continues, runs.last());
        QSet<qint64> covered;
        for (const QJsonValue& v : finished->summary.value(u"runs"_s).toArray())
            covered.insert(v.toInteger());
        for (qint64 killed : runs)
            QVERIFY2(covered.contains(killed),
                     qPrintable(u"run %1 is not covered by the certificate"_s.arg(killed)));
        QVERIFY(covered.contains(finished->id));
        QCOMPARE(finished->summary.value(u"reads"_s).toInteger(), kExpired);
        QCOMPARE(finished->idsSha256, RetentionPurge::idsSha256(m_expired));
        QCOMPARE(finished->idsSha256, QString::fromLatin1(sha256OfIds(m_expired)));
        auto certificate = purge.certificate(finished->id);
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->idsSha256, finished->idsSha256);
        QCOMPARE(certificate->summary.value(u"kinds"_s)
                     .toObject()
                     .value(u"fixed"_s)
                     .toObject()
                     .value(u"reads"_s)
                     .toInteger(),
                 kExpired);
        auto text = purge.certificateText(finished->id);
        QVERIFY(text.ok());
        QVERIFY2(
            text->join(u'\n').contains(u"completed the interrupted purge %1"_s.arg(runs.last())),
            qPrintable(text->join(u'\n')));
        auto verified = trailOf(*signedIn.value()).verify(TrailVerifyOptions{});
        QVERIFY(verified.ok() && verified->intact);
        signedIn.value().reset();

        RawStore raw(m_path, m_key);
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM reads"_s), kKept);
        // The kept reads' hits stay; the purged reads' went with them.
        int keptHits = 0;
        for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it)
            if (!m_expired.contains(it.key()))
                keptHits += it.value().at(2);
        QVERIFY(keptHits > 0);
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM hits"_s), keptHits);
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM hit_steps WHERE hit_id NOT IN "
                             u"(SELECT id FROM hits)"_s),
                 0);
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM reads WHERE id IN (%1)"_s.arg(
                                 QString::number(m_expired.first()) + u',' +
                                 QString::number(m_expired.last()))),
                 0);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(qEnvironmentVariable(kChildVariable));
    TestRetentionCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_retentioncrash.moc"
