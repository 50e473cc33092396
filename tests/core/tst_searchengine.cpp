// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The engine against a brute-force scan of the same store, on random stores
// and random patterns; and its ranking, alternative readings and near misses.
#include "../support/teststore.h"

#include "auth/sessionaccess.h"
#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/plateindexcache.h"
#include "search/searchengine.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace alpr;

namespace {

// The reference: every read, its plate and alternative readings, checked one by one.
struct ReferenceRead
{
    qint64 id;
    QByteArray plate;
    QList<QByteArray> candidates;
    qint64 capturedAtMs;
};

int referenceEdit(const QByteArray& a, const QByteArray& b)
{
    std::vector<std::vector<int>> d(std::size_t(a.size() + 1),
                                    std::vector<int>(std::size_t(b.size() + 1)));
    for (int i = 0; i <= a.size(); ++i)
        d[std::size_t(i)][0] = i;
    for (int j = 0; j <= b.size(); ++j)
        d[0][std::size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i)
        for (int j = 1; j <= b.size(); ++j)
            d[std::size_t(i)][std::size_t(j)] =
                std::min({d[std::size_t(i - 1)][std::size_t(j)] + 1,
                          d[std::size_t(i)][std::size_t(j - 1)] + 1,
                          d[std::size_t(i - 1)][std::size_t(j - 1)] + (a[i - 1] != b[j - 1])});
    return d[std::size_t(a.size())][std::size_t(b.size())];
}

// Best (tier, cost) of a read for a pattern, or nothing.
std::optional<std::pair<int, int>> referenceRank(const ReferenceRead& r, const PlatePattern& p,
                                                 bool candidates, int maxEdits)
{
    const int own = p.misreadCost(r.plate.constData(), int(r.plate.size()));
    if (own >= 0)
        return std::pair{p.matchForCost(own) == PlateMatch::Exact ? 0 : 1, own};
    std::optional<std::pair<int, int>> best;
    if (candidates)
        for (const QByteArray& c : r.candidates) {
            const int cost = p.misreadCost(c.constData(), int(c.size()));
            if (cost >= 0 && (!best || cost < best->second))
                best = std::pair{2, cost};
        }
    if (!best && maxEdits > 0) {
        const int d = referenceEdit(p.literal().toLatin1(), r.plate);
        if (d <= maxEdits)
            best = std::pair{3, d};
    }
    return best;
}

int tierOf(MatchReason r)
{
    switch (r) {
    case MatchReason::Exact:
        return 0;
    case MatchReason::Pattern:
    case MatchReason::Misread:
        return 1;
    case MatchReason::Candidate:
        return 2;
    case MatchReason::Edit:
        return 3;
    }
    return 9;
}

QByteArray randomPlate(QRandomGenerator& rng, int minLength = 2, int maxLength = 8)
{
    // A small alphabet rich in confusable characters, so patterns hit often.
    static const char alphabet[] = "ABO0D8Z2S517I";
    const int length = minLength + int(rng.bounded(maxLength - minLength + 1));
    QByteArray p;
    for (int i = 0; i < length; ++i)
        p += alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
    return p;
}

QString randomPattern(QRandomGenerator& rng)
{
    static const char alphabet[] = "ABO0D8Z2S517I";
    QString p;
    const int tokens = 1 + int(rng.bounded(6));
    bool fixed = false;
    for (int i = 0; i < tokens; ++i) {
        const int kind = int(rng.bounded(10));
        if (kind < 5 || (i == tokens - 1 && !fixed)) {
            p += QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
            fixed = true;
        } else if (kind < 7) {
            p += u'?';
        } else if (kind < 9) {
            if (!p.endsWith(u'*'))
                p += u'*';
        } else {
            p += u'[';
            p += QLatin1Char(alphabet[rng.bounded(5)]);
            p += QLatin1Char(alphabet[5 + rng.bounded(5)]);
            p += u']';
            fixed = true;
        }
    }
    return p;
}

// The shapes the engine narrows in its own ways: suffixes, contained pairs,
// sets and '?' spelt out into prefixes, fixed last characters.
QString shapedPattern(QRandomGenerator& rng)
{
    static const char alphabet[] = "ABO0D8Z2S517I";
    auto c = [&] { return QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]); };
    switch (rng.bounded(9)) {
    case 0:
        return QStringLiteral("*%1%2").arg(c()).arg(c());
    case 1:
        return QStringLiteral("*%1").arg(c());
    case 2:
        return QStringLiteral("*%1%2*").arg(c()).arg(c());
    case 3:
        return QStringLiteral("%1*").arg(c());
    case 4:
        return QStringLiteral("[%1%2]%3*").arg(c()).arg(c()).arg(c());
    case 5:
        return QStringLiteral("??%1?%2%3?").arg(c()).arg(c()).arg(c());
    case 6:
        return QStringLiteral("%1?%2*%3").arg(c()).arg(c()).arg(c());
    case 7:
        return QStringLiteral("?%1%2*").arg(c()).arg(c());
    default:
        return QStringLiteral("*%1*").arg(c());
    }
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void editDistanceAgreesWithDynamicProgramming()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 5000; ++i) {
            const QByteArray a = randomPlate(rng, 1, 10), b = randomPlate(rng, 0, 10);
            for (int k = 0; k <= 2; ++k) {
                const int expected = std::min(referenceEdit(a, b), k + 1);
                QCOMPARE(boundedEditDistance(a.constData(), int(a.size()), b.constData(),
                                             int(b.size()), k),
                         expected);
            }
        }
    }

    void engineAgreesWithBruteForce_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("reads");
        QTest::addColumn<int>("seconds"); // distinct capture times; 0: spread over 30 days
        for (int seed = 1; seed <= 4; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("store %1").arg(seed)))
                << seed << 150 * seed << 0;
        // Many reads of few plates in the same few seconds: ties in time,
        // broken by read id, within plates and across them and threads; and
        // enough hits to prune the kept best.
        QTest::newRow("store 5, eight seconds") << 5 << 1500 << 8;
    }

    void engineAgreesWithBruteForce()
    {
        QFETCH(int, seed);
        QFETCH(int, reads);
        QFETCH(int, seconds);
        QRandomGenerator rng{quint32(seed)};
        auto session =
            test::createStore(m_dir.filePath(QStringLiteral("random-%1.alprdb").arg(seed)), m_clock,
                              {Role::Detective});
        PlateIndexCache cache(storeOf(*session));
        // Half the reads before the index is built, half after (kept current on import).
        std::vector<ReferenceRead> reference;
        QList<QByteArray> alternatives; // of the reads so far
        auto importBatch = [&](int count) {
            QList<ReadRecord> batch;
            for (int i = 0; i < count; ++i) {
                // After the build, some reads are of plates the dictionary
                // had only as alternative readings.
                const QByteArray plate =
                    !alternatives.isEmpty() && !reference.empty() && rng.bounded(4) == 0
                        ? alternatives.at(rng.bounded(int(alternatives.size())))
                        : randomPlate(rng, 2, seconds > 0 ? 3 : 8);
                const qint64 offset = seconds > 0 ? qint64(rng.bounded(seconds)) * 3600 + 7
                                                  : qint64(rng.bounded(86400 * 30));
                // Within one second, milliseconds in no order of read id.
                const qint64 ms = seconds > 0 ? qint64(rng.bounded(1000)) : 0;
                ReadRecord r = test::makeRead(QString::fromLatin1(plate),
                                              QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC)
                                                  .addSecs(offset)
                                                  .addMSecs(ms));
                if (rng.bounded(3) == 0) {
                    QByteArray alt = randomPlate(rng);
                    if (alt != plate) {
                        r.candidates.append({QString::fromLatin1(alt), 50});
                        alternatives.append(alt);
                    }
                }
                batch.append(r);
            }
            auto imported =
                ReadImporter(*session, &cache).importReads(batch, QStringLiteral("random"));
            QVERIFY(imported.ok());
            for (const ReadRecord& r : batch) {
                ReferenceRead ref{r.id, r.plate.toLatin1(), {}, r.capturedAt.toMSecsSinceEpoch()};
                for (const PlateCandidate& c : r.candidates)
                    ref.candidates.append(c.plate.toLatin1());
                reference.push_back(ref);
            }
        };
        // (Most of them before, when the time ties are what is tested: the
        // reads added since the build are not in time order.)
        const int before = seconds > 0 ? reads * 9 / 10 : reads / 2;
        importBatch(before);
        auto index = cache.index();
        QVERIFY(index.ok());
        importBatch(reads - before);

        const MisreadTable misread = MisreadTable::defaults();
        int nonEmpty = 0, empty = 0, withCandidates = 0, withEdits = 0;
        for (int q = 0; q < 120; ++q) {
            const bool useMisread = rng.bounded(2) == 0;
            const bool literal = rng.bounded(4) == 0;
            const QString text =
                literal ? QString::fromLatin1(reference[rng.bounded(int(reference.size()))].plate)
                : rng.bounded(2) == 0 ? shapedPattern(rng)
                                      : randomPattern(rng);
            auto pattern = PlatePattern::compile(text, useMisread ? &misread : nullptr);
            if (!pattern)
                continue;
            EngineQuery query;
            query.pattern = &pattern.value();
            query.candidates = rng.bounded(2) == 0;
            query.maxEdits = pattern->isLiteral() ? int(rng.bounded(3)) : 0;
            const bool timed = rng.bounded(3) == 0;
            if (timed) {
                query.fromMs =
                    QDateTime(QDate(2026, 10, 8), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
                query.toMs =
                    QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            }
            query.limit = 0;
            // Small stores are scanned on one core unless told otherwise.
            if (rng.bounded(2) == 0)
                query.parallelAbove = 0;
            const EngineResult result = runEngine(*index.value(), query);

            std::map<qint64, std::pair<int, int>> expected;
            for (const ReferenceRead& r : reference) {
                const qint64 secMs = r.capturedAtMs / 1000 * 1000;
                if (secMs < query.fromMs || secMs >= query.toMs)
                    continue;
                if (auto rank = referenceRank(r, pattern.value(), query.candidates, query.maxEdits))
                    expected[r.id] = *rank;
            }
            std::map<qint64, std::pair<int, int>> actual;
            for (const EngineHit& h : result.top)
                actual[h.readId] = {tierOf(h.reason), h.cost};
            QVERIFY2(actual == expected,
                     qPrintable(
                         QStringLiteral(
                             "pattern %1 misread %2 candidates %3 edits %4: %5 found, %6 expected")
                             .arg(text)
                             .arg(useMisread)
                             .arg(query.candidates)
                             .arg(query.maxEdits)
                             .arg(actual.size())
                             .arg(expected.size())));
            QCOMPARE(result.total, qint64(expected.size()));
            // Ranked: by tier, cost, then newest first.
            for (std::size_t i = 1; i < result.top.size(); ++i) {
                const EngineHit& a = result.top[i - 1];
                const EngineHit& b = result.top[i];
                const auto ka = std::tuple(tierOf(a.reason), a.cost, -a.capturedAtMs);
                const auto kb = std::tuple(tierOf(b.reason), b.cost, -b.capturedAtMs);
                QVERIFY(ka <= kb);
            }
            // A limit keeps the best ones.
            query.limit = rng.bounded(2) == 0 ? 1 + qsizetype(rng.bounded(5))
                                              : 10 + qsizetype(rng.bounded(60));
            const EngineResult top = runEngine(*index.value(), query);
            QCOMPARE(top.total, result.total);
            QCOMPARE(top.top.size(),
                     std::min<std::size_t>(std::size_t(query.limit), result.top.size()));
            for (std::size_t i = 0; i < top.top.size(); ++i)
                QCOMPARE(top.top[i].readId, result.top[i].readId);
            (expected.empty() ? empty : nonEmpty)++;
            for (const auto& [id, rank] : expected) {
                withCandidates += rank.first == 2;
                withEdits += rank.first == 3;
            }
        }
        // The random cases exercised what they are meant to.
        QVERIFY(nonEmpty > 20);
        QVERIFY(empty > 3);
        QVERIFY(withCandidates > 0);
        QVERIFY(withEdits > 0);
    }

    void prefixNarrowingFindsEveryPrefixMatch()
    {
        auto session = test::createStore(m_dir.filePath(QStringLiteral("prefix.alprdb")), m_clock,
                                         {Role::Detective});
        PlateIndexCache cache(storeOf(*session));
        QList<ReadRecord> batch;
        const QStringList plates{QStringLiteral("7A"),   QStringLiteral("7AB"),
                                 QStringLiteral("7AB1"), QStringLiteral("7ABZZZ"),
                                 QStringLiteral("7AC"),  QStringLiteral("7"),
                                 QStringLiteral("6ZZZ"), QStringLiteral("8AB")};
        for (const QString& p : plates)
            batch.append(test::makeRead(p, QDateTime(QDate(2026, 10, 1), QTime(1, 0), Qt::UTC)));
        QVERIFY(ReadImporter(*session, &cache).importReads(batch, QStringLiteral("prefix")).ok());
        auto index = cache.index();
        QVERIFY(index.ok());
        auto pattern = PlatePattern::compile(QStringLiteral("7AB*"));
        EngineQuery q;
        q.pattern = &pattern.value();
        q.limit = 0;
        const EngineResult r = runEngine(*index.value(), q);
        QStringList found;
        for (const EngineHit& h : r.top)
            found << index.value()->plate(h.plateSlot);
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("7AB"), QStringLiteral("7AB1"),
                                     QStringLiteral("7ABZZZ")}));
    }

    void alternativeOnlyPlatesReadAfterTheBuild()
    {
        auto session = test::createStore(m_dir.filePath(QStringLiteral("promoted.alprdb")), m_clock,
                                         {Role::Detective});
        PlateIndexCache cache(storeOf(*session));
        const QDateTime at(QDate(2026, 10, 1), QTime(1, 0), Qt::UTC);
        QList<ReadRecord> before{test::makeRead(QStringLiteral("7ABC123"), at),
                                 test::makeRead(QStringLiteral("9ZZ999"), at.addSecs(60))};
        before[0].candidates.append({QStringLiteral("7ABC128"), 50});
        before[1].candidates.append({QStringLiteral("8ZZ999"), 50});
        QVERIFY(ReadImporter(*session, &cache).importReads(before, QStringLiteral("before")).ok());
        auto index = cache.index();
        QVERIFY(index.ok());
        // 7ABC128 was only an alternative reading at the build; 5QQ555 is new.
        QList<ReadRecord> after{test::makeRead(QStringLiteral("7ABC128"), at.addSecs(120)),
                                test::makeRead(QStringLiteral("5QQ555"), at.addSecs(180))};
        QVERIFY(ReadImporter(*session, &cache).importReads(after, QStringLiteral("after")).ok());

        auto found = [&](const QString& text, bool candidates) {
            auto pattern = PlatePattern::compile(text);
            EngineQuery q;
            q.pattern = &pattern.value();
            q.candidates = candidates;
            q.limit = 0;
            QList<qint64> ids;
            for (const EngineHit& h : runEngine(*index.value(), q).top)
                ids << h.readId;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        const qint64 r1 = before[0].id, r2 = before[1].id, r3 = after[0].id, r4 = after[1].id;
        QCOMPARE(found(QStringLiteral("7ABC128"), false), (QList<qint64>{r3}));
        QCOMPARE(found(QStringLiteral("*128"), false), (QList<qint64>{r3}));
        QCOMPARE(found(QStringLiteral("7ABC12?"), false), (QList<qint64>{r1, r3}));
        QCOMPARE(found(QStringLiteral("[57]*"), false), (QList<qint64>{r1, r3, r4}));
        QCOMPARE(found(QStringLiteral("*Z99*"), false), (QList<qint64>{r2}));
        QCOMPARE(found(QStringLiteral("8ZZ*"), false), QList<qint64>{});
        QCOMPARE(found(QStringLiteral("8ZZ*"), true), (QList<qint64>{r2}));
        QCOMPARE(found(QStringLiteral("*128"), true), (QList<qint64>{r1, r3}));
        QCOMPARE(found(QStringLiteral("*Q5*"), false), (QList<qint64>{r4}));
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
