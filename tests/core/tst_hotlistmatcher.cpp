// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The hot-list matcher against brute force: every entry tried on every
// reading of every read with the compiled pattern alone, no index.
#include "common/readrecord.h"
#include "common/splitmix.h"
#include "hits/hotlistmatcher.h"

#include <QTest>

#include <map>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {

struct SplitMix64
{
    explicit SplitMix64(quint64 seed) : state(seed) {}
    quint64 next() { return splitMix64(state++); }
    quint64 state;
};

const char kSymbols[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// Characters that the default misread table groups, drawn more often so
// that misreads happen.
const char kConfusable[] = "0ODQ1I2Z5S8B6G";

QString randomPlate(SplitMix64& rng, int minLength, int maxLength)
{
    const int length = minLength + int(rng.next() % quint64(maxLength - minLength + 1));
    QString plate;
    for (int i = 0; i < length; ++i) {
        const bool confusable = rng.next() % 3 == 0;
        plate += QLatin1Char(confusable ? kConfusable[rng.next() % 14] : kSymbols[rng.next() % 36]);
    }
    return plate;
}

// A witness's partial plate made from a plate: some characters become ?,
// a tail or head becomes *, one position becomes a set.
QString patternFrom(SplitMix64& rng, const QString& plate)
{
    QString out;
    const int form = int(rng.next() % 5);
    if (form == 0) // 7AB*
        return plate.left(3 + int(rng.next() % 2)) + u'*';
    if (form == 1) // *B12*
        return u'*' + plate.mid(1, 3) + u'*';
    if (form == 2) { // 7?B?12?
        for (qsizetype i = 0; i < plate.size(); ++i)
            out += (i % 2 == 1 && i < 5) ? QChar(u'?') : plate.at(i);
        return out;
    }
    if (form == 3) // [78]ABC12?
        return u'[' + plate.left(1) + u'8' + u']' + plate.mid(1, plate.size() - 2) + u'?';
    // 7*B*1: no three fixed in a row, a '*': tried on every read
    return plate.left(1) + u'*' + plate.mid(2, 1) + u'*' + plate.right(1);
}

struct Expected
{
    HitKind kind;
    bool stateDiffers;
};

std::map<int, Expected> bruteForce(const std::vector<ActiveEntry>& entries,
                                   const std::vector<std::optional<PlatePattern>>& patterns,
                                   const ReadRecord& read, qint64 nowMs)
{
    std::map<int, Expected> out;
    QList<QPair<QString, bool>> readings{{read.plate, true}};
    for (const PlateCandidate& c : read.candidates)
        readings.append({c.plate, false});
    for (int i = 0; i < int(entries.size()); ++i) {
        const ActiveEntry& e = entries[size_t(i)];
        if (e.expiresAtMs != 0 && e.expiresAtMs <= nowMs)
            continue;
        const auto& pattern = patterns[size_t(i)];
        if (!pattern)
            continue;
        std::optional<HitKind> best;
        for (const auto& [reading, asRead] : readings) {
            const int cost = pattern->misreadCost(QStringView(reading));
            if (cost < 0)
                continue;
            HitKind kind = HitKind::Misread;
            if (cost == 0)
                kind = !asRead ? HitKind::Candidate
                               : (e.isPattern ? HitKind::Pattern : HitKind::Exact);
            if (!best || kind < *best)
                best = kind;
        }
        if (best)
            out[i] = {*best, !e.state.isEmpty() && !read.state.isEmpty() && e.state != read.state};
    }
    return out;
}

} // namespace

class TestHotListMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLikeBruteForce_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QString>("misreadText");
        QTest::newRow("default misread table, seed 1") << quint64(1) << u"0ODQ 1I 2Z 5S 8B 6G"_s;
        QTest::newRow("default misread table, seed 2") << quint64(2) << u"0ODQ 1I 2Z 5S 8B 6G"_s;
        QTest::newRow("no misread table") << quint64(3) << QString();
        QTest::newRow("another table") << quint64(4) << u"0O 1IL 8B"_s;
    }

    void matchesLikeBruteForce()
    {
        QFETCH(quint64, seed);
        QFETCH(QString, misreadText);
        const MisreadTable misread = MisreadTable::parse(misreadText).value();
        SplitMix64 rng(seed);
        const qint64 nowMs = 1'780'000'000'000;
        std::vector<ActiveEntry> entries;
        QStringList plates;
        for (int i = 0; i < 1500; ++i) {
            ActiveEntry e;
            e.entryId = i + 1;
            e.listId = 1 + i % 3;
            const QString plate = randomPlate(rng, 5, 8);
            plates << plate;
            e.isPattern = i % 5 == 0;
            e.plate = e.isPattern ? patternFrom(rng, plate) : plate;
            e.state = i % 4 == 0 ? QString() : (i % 4 == 1 ? u"NV"_s : u"CA"_s);
            if (i % 7 == 0)
                e.expiresAtMs = nowMs + (i % 2 == 0 ? -1000 : 1000); // half expired
            entries.push_back(e);
        }
        // The same plate twice (two states, two lists) must give two hits.
        entries.push_back({9001, 2, plates.first(), false, u"OR"_s, 0});
        HotListMatcher matcher;
        matcher.build(entries, misread);
        QCOMPARE(matcher.skippedPatterns(), 0);
        // Every entry as a compiled pattern (a plate is a pattern too), no index.
        std::vector<std::optional<PlatePattern>> patterns;
        for (const ActiveEntry& e : entries) {
            auto p = PlatePattern::compile(e.plate, misread.isEmpty() ? nullptr : &misread);
            patterns.push_back(p ? std::optional<PlatePattern>(p.value()) : std::nullopt);
        }
        QVERIFY(matcher.scannedPatterns() > 0); // the 7*B*1 form is exercised

        int hits = 0;
        int misreads = 0;
        int candidates = 0;
        int patternHits = 0;
        int stateDiffers = 0;
        std::vector<MatcherHit> found;
        for (int r = 0; r < 4000; ++r) {
            ReadRecord read;
            read.id = r + 1;
            // Most reads are listed plates, some with a character confused.
            QString plate = r % 3 == 0 ? randomPlate(rng, 4, 9) : plates[int(rng.next() % 1500)];
            if (r % 5 == 1) {
                const int at = int(rng.next() % quint64(plate.size()));
                plate[at] = QLatin1Char(kConfusable[rng.next() % 14]);
            }
            read.plate = plate;
            read.state = r % 6 == 0 ? QString() : (r % 2 ? u"CA"_s : u"NV"_s);
            if (r % 4 == 0)
                read.candidates.append({plates[int(rng.next() % 1500)], 70.0});
            if (r % 8 == 0)
                read.candidates.append({randomPlate(rng, 5, 8), 60.0});
            matcher.match(read, nowMs, found);
            const auto expected = bruteForce(entries, patterns, read, nowMs);
            QCOMPARE(int(found.size()), int(expected.size()));
            for (const MatcherHit& h : found) {
                const auto it = expected.find(h.entry);
                QVERIFY2(it != expected.end(),
                         qPrintable(u"read %1 matched entry %2 (%3) it should not"_s.arg(
                             read.plate, entries[size_t(h.entry)].plate, hitKindName(h.kind))));
                QCOMPARE(hitKindName(h.kind), hitKindName(it->second.kind));
                QCOMPARE(h.stateDiffers, it->second.stateDiffers);
                ++hits;
                misreads += h.kind == HitKind::Misread;
                candidates += h.kind == HitKind::Candidate;
                patternHits += h.kind == HitKind::Pattern;
                stateDiffers += h.stateDiffers;
            }
        }
        // The rows exercise every kind, or the comparison proves little.
        QVERIFY(hits > 1000);
        QVERIFY(candidates > 10);
        QVERIFY(patternHits > 10);
        QVERIFY(stateDiffers > 10);
        if (!misread.isEmpty())
            QVERIFY(misreads > 10);
        else
            QCOMPARE(misreads, 0);
    }

    void expiredEntriesNeverMatch()
    {
        HotListMatcher matcher;
        matcher.build({{1, 1, u"7ABC123"_s, false, u"CA"_s, 5000}}, MisreadTable::defaults());
        ReadRecord read;
        read.plate = u"7ABC123"_s;
        std::vector<MatcherHit> found;
        matcher.match(read, 4999, found);
        QCOMPARE(found.size(), size_t(1));
        matcher.match(read, 5000, found);
        QVERIFY(found.empty());
    }

    void misreadRanksBelowExact()
    {
        HotListMatcher matcher;
        matcher.build({{1, 1, u"8OB123"_s, false, {}, 0}, {2, 1, u"BOB123"_s, false, {}, 0}},
                      MisreadTable::defaults());
        ReadRecord read;
        read.plate = u"BOB123"_s;
        std::vector<MatcherHit> found;
        matcher.match(read, 0, found);
        QCOMPARE(found.size(), size_t(2));
        std::map<qint64, HitKind> byEntry;
        for (const MatcherHit& h : found)
            byEntry[matcher.entries()[size_t(h.entry)].entryId] = h.kind;
        QCOMPARE(hitKindName(byEntry[2]), u"exact"_s);
        QCOMPARE(hitKindName(byEntry[1]), u"misread"_s);
    }
};

QTEST_GUILESS_MAIN(TestHotListMatcher)
#include "tst_hotlistmatcher.moc"
