// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/searchengine.h"

#include "search/plateindex.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace alpr {

QString matchReasonName(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Exact:
        return QStringLiteral("exact");
    case MatchReason::Pattern:
        return QStringLiteral("pattern");
    case MatchReason::Misread:
        return QStringLiteral("misread");
    case MatchReason::Candidate:
        return QStringLiteral("candidate");
    case MatchReason::Edit:
        return QStringLiteral("edit");
    }
    return {};
}

namespace {

// Myers' bit-parallel edit distance (Hyyrö's formulation for the global
// distance) against one fixed plate: the bit table is built once per query,
// so each dictionary plate costs a loop over its own few characters.
class EditDistance
{
public:
    EditDistance(const char* a, int length) : m_length(length)
    {
        for (int i = 0; i < length; ++i)
            m_peq[static_cast<unsigned char>(a[i])] |= quint64(1) << i;
    }

    int bounded(const char* b, int bLength, int maxDistance) const
    {
        if (std::abs(m_length - bLength) > maxDistance)
            return maxDistance + 1;
        if (m_length == 0)
            return std::min(bLength, maxDistance + 1);
        const quint64 high = quint64(1) << (m_length - 1);
        quint64 pv = ~quint64(0);
        quint64 mv = 0;
        int score = m_length;
        for (int j = 0; j < bLength; ++j) {
            const quint64 eq = m_peq[static_cast<unsigned char>(b[j])];
            const quint64 xv = eq | mv;
            const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
            quint64 ph = mv | ~(xh | pv);
            quint64 mh = pv & xh;
            if (ph & high)
                ++score;
            else if (mh & high)
                --score;
            ph = (ph << 1) | 1; // the top row grows by one per column
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            // The distance can fall by at most one per remaining character.
            if (score - (bLength - 1 - j) > maxDistance)
                return maxDistance + 1;
        }
        return std::min(score, maxDistance + 1);
    }

private:
    std::array<quint64, 256> m_peq{};
    int m_length;
};

} // namespace

int boundedEditDistance(const char* a, int aLength, const char* b, int bLength, int maxDistance)
{
    return EditDistance(a, aLength).bounded(b, bLength, maxDistance);
}

namespace {

int tier(MatchReason r)
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
    return 4;
}

// Exact first, then fewer misread substitutions, then candidates, then
// edits; newest first within a rank.
bool ranksBefore(const EngineHit& a, const EngineHit& b)
{
    const int ta = tier(a.reason), tb = tier(b.reason);
    if (ta != tb)
        return ta < tb;
    if (a.cost != b.cost)
        return a.cost < b.cost;
    if (a.capturedAtMs != b.capturedAtMs)
        return a.capturedAtMs > b.capturedAtMs;
    return a.readId > b.readId;
}

struct PlateHit
{
    std::uint32_t slot;
    MatchReason reason;
    int cost;
};

MatchReason reasonFor(PlateMatch m)
{
    switch (m) {
    case PlateMatch::Exact:
        return MatchReason::Exact;
    case PlateMatch::Misread:
        return MatchReason::Misread;
    default:
        return MatchReason::Pattern;
    }
}

// Bytes equal to zero get their high bit set, every other bit is clear (no
// false positives, unlike the shorter has-zero test).
constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
std::uint64_t zeroBytes(std::uint64_t v)
{
    return ~(((v & kLow7) + kLow7) | v | kLow7);
}

// Two characters every matching plate has side by side ("AB" of *AB*,
// "12" of ??C?12?): eight plate bytes at a time, a plate row costs a few
// instructions instead of a pattern match.
class BigramFilter
{
public:
    BigramFilter() = default;
    BigramFilter(char first, char second)
        : m_first(0x0101010101010101ULL * static_cast<unsigned char>(first)),
          m_second(0x0101010101010101ULL * static_cast<unsigned char>(second)),
          m_active(std::endian::native == std::endian::little)
    {
    }
    bool active() const { return m_active; }
    char first() const { return char(m_first & 0xff); }
    char second() const { return char(m_second & 0xff); }

    // The row is kMaxPlateLength bytes, zero after the plate.
    bool mayMatch(const char* row) const
    {
        static_assert(kMaxPlateLength == 10, "two overlapping words cover a row");
        std::uint64_t low = 0;  // bytes 0..7
        std::uint64_t high = 0; // bytes 2..9
        std::memcpy(&low, row, 8);
        std::memcpy(&high, row + 2, 8);
        const std::uint64_t atLow = zeroBytes(low ^ m_first) & (zeroBytes(low ^ m_second) >> 8);
        const std::uint64_t atHigh = zeroBytes(high ^ m_first) & (zeroBytes(high ^ m_second) >> 8);
        return (atLow | atHigh) != 0;
    }

private:
    std::uint64_t m_first = 0;
    std::uint64_t m_second = 0;
    bool m_active = false;
};

// What the normalized pattern text says about where to look, for a pattern
// matched as read (no misread table): the prefixes every match starts with,
// sets and '?' spelt out ("[78]AB*" -> 7AB, 8AB), and two fixed characters
// that every match has side by side.
struct Narrowing
{
    std::vector<QByteArray> prefixes; // sorted, all of one length; empty: no narrowing
    BigramFilter bigram;
    char last = 0;       // the character every match ends with, if one is fixed
    char beforeLast = 0; // and the one before it, if that is fixed too
};

constexpr std::size_t kMaxPrefixes = 64;

Narrowing narrowingFor(const PlatePattern& pattern)
{
    Narrowing n;
    if (pattern.usesMisread()) {
        // Misread tolerance widens each character; the pattern's own prefix
        // already stops before the first one that can be misread.
        const QByteArray prefix = pattern.literalPrefix().toLatin1();
        if (!prefix.isEmpty())
            n.prefixes.push_back(prefix);
        return n;
    }
    // One entry per plate position up to the first '*': the characters it takes.
    const QByteArray text = pattern.text().toLatin1();
    std::vector<QByteArray> tokens; // "" for '*'
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '*') {
            tokens.emplace_back();
        } else if (c == '?') {
            tokens.emplace_back("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        } else if (c == '[') {
            QByteArray set;
            for (++i; i < text.size() && text.at(i) != ']'; ++i) {
                if (i + 2 < text.size() && text.at(i + 1) == '-' && text.at(i + 2) != ']') {
                    for (char x = text.at(i); x <= text.at(i + 2); ++x)
                        set += x;
                    i += 2;
                } else {
                    set += text.at(i);
                }
            }
            std::sort(set.begin(), set.end());
            set.erase(std::unique(set.begin(), set.end()), set.end());
            tokens.push_back(set);
        } else {
            tokens.emplace_back(1, c);
        }
    }
    std::vector<QByteArray> prefixes{QByteArray()};
    std::size_t fixed = 0; // tokens spelt out into the prefixes
    for (; fixed < tokens.size() && !tokens[fixed].isEmpty(); ++fixed) {
        const QByteArray& options = tokens[fixed];
        if (prefixes.size() * std::size_t(options.size()) > kMaxPrefixes)
            break;
        std::vector<QByteArray> longer;
        longer.reserve(prefixes.size() * std::size_t(options.size()));
        for (const QByteArray& p : prefixes)
            for (char c : options)
                longer.push_back(p + c);
        prefixes = std::move(longer);
    }
    if (fixed > 0) {
        std::sort(prefixes.begin(), prefixes.end());
        n.prefixes = std::move(prefixes);
    }
    // Two single characters side by side beyond the prefixes.
    for (std::size_t i = fixed > 0 ? fixed - 1 : 0; i + 1 < tokens.size(); ++i)
        if (tokens[i].size() == 1 && tokens[i + 1].size() == 1) {
            n.bigram = BigramFilter(tokens[i].at(0), tokens[i + 1].at(0));
            break;
        }
    if (!tokens.empty() && tokens.back().size() == 1) {
        n.last = tokens.back().at(0);
        if (tokens.size() >= 2 && tokens[tokens.size() - 2].size() == 1)
            n.beforeLast = tokens[tokens.size() - 2].at(0);
    }
    return n;
}

struct Scan
{
    const char* chars;
    const std::uint8_t* lengths;
    const PlatePattern* pattern;
    std::optional<EditDistance> edits; // near misses of the literal plate, when asked
    int maxEdits;
    BigramFilter bigram; // only without near misses
    char last = 0;       // likewise

    // Slots listed one by one (a run of the suffix order).
    void listed(const std::uint32_t* slots, std::size_t count, std::vector<PlateHit>& out) const
    {
        // Ascending but far apart: each row is a cache miss unless asked for ahead.
        constexpr std::size_t kAhead = 16;
        for (std::size_t i = 0; i < count; ++i) {
            if (i + kAhead < count) {
                __builtin_prefetch(chars + std::size_t(slots[i + kAhead]) * kMaxPlateLength);
                __builtin_prefetch(lengths + slots[i + kAhead]);
            }
            if (!bigram.active() ||
                bigram.mayMatch(chars + std::size_t(slots[i]) * kMaxPlateLength))
                check(slots[i], out);
        }
    }

    void check(std::uint32_t slot, std::vector<PlateHit>& out) const
    {
        const int cost =
            pattern->misreadCost(chars + std::size_t(slot) * kMaxPlateLength, lengths[slot]);
        if (cost >= 0)
            out.push_back({slot, reasonFor(pattern->matchForCost(cost)), cost});
    }

    void operator()(std::uint32_t begin, std::uint32_t end, std::vector<PlateHit>& out) const
    {
        if (bigram.active()) {
            scanBigram(begin, end, out);
            return;
        }
        for (std::uint32_t slot = begin; slot < end; ++slot) {
            const char* plate = chars + std::size_t(slot) * kMaxPlateLength;
            const int length = lengths[slot];
            if (last != 0 && (length == 0 || plate[length - 1] != last))
                continue;
            const int cost = pattern->misreadCost(plate, length);
            if (cost >= 0) {
                out.push_back({slot, reasonFor(pattern->matchForCost(cost)), cost});
            } else if (maxEdits > 0) {
                const int d = edits->bounded(plate, length, maxEdits);
                if (d <= maxEdits)
                    out.push_back({slot, MatchReason::Edit, d});
            }
        }
    }

    // The rows as one run of bytes, sixteen at a time where SSE2 is there:
    // only the rows where the two characters stand side by side are matched.
    void scanBigram(std::uint32_t begin, std::uint32_t end, std::vector<PlateHit>& out) const
    {
        std::uint32_t next = begin; // rows before it are done
#if defined(__SSE2__)
        const char* base = chars + std::size_t(begin) * kMaxPlateLength;
        const std::size_t bytes = std::size_t(end - begin) * kMaxPlateLength;
        const __m128i first = _mm_set1_epi8(bigram.first());
        const __m128i second = _mm_set1_epi8(bigram.second());
        std::size_t i = 0;
        for (; i + 17 <= bytes; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + i + 1));
            auto mask = static_cast<unsigned>(_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
            while (mask != 0) {
                const auto slot = begin + std::uint32_t((i + std::size_t(std::countr_zero(mask))) /
                                                        kMaxPlateLength);
                mask &= mask - 1;
                if (slot >= next) {
                    check(slot, out);
                    next = slot + 1;
                }
            }
        }
        // The row holding byte i may have the pair after it.
        next = std::max(next, begin + std::uint32_t(i / kMaxPlateLength));
#endif
        for (std::uint32_t slot = next; slot < end; ++slot)
            if (bigram.mayMatch(chars + std::size_t(slot) * kMaxPlateLength))
                check(slot, out);
    }
};

// -1: the plate sorts before every plate with the prefix; 0: it has the
// prefix; 1: it sorts after them.
int comparePrefix(const char* plate, int length, const QByteArray& prefix)
{
    const int n = std::min<int>(length, int(prefix.size()));
    const int r = std::memcmp(plate, prefix.constData(), std::size_t(n));
    if (r != 0)
        return r < 0 ? -1 : 1;
    return length < prefix.size() ? -1 : 0;
}

// The best `keep` hits on the reads' own plates, and how many there are. A
// read has one plate, so these hits are unique: count them all but keep only
// the best (a result of a million reads costs a comparison each, not a copy).
struct TopHits
{
    std::size_t keep = SIZE_MAX;
    std::vector<EngineHit> hits;
    std::optional<EngineHit> worstKept; // after a prune: what a new hit must beat
    qint64 count = 0;

    void offer(const EngineHit& h)
    {
        if (worstKept && !ranksBefore(h, *worstKept))
            return;
        hits.push_back(h);
        if (keep != SIZE_MAX && hits.size() >= 2 * keep + 32) {
            std::nth_element(hits.begin(), hits.begin() + std::ptrdiff_t(keep) - 1, hits.end(),
                             ranksBefore);
            hits.resize(keep);
            worstKept = hits.back();
        }
    }
};

struct SlotRange
{
    std::uint32_t begin;
    std::uint32_t end;
    const std::uint32_t* order = nullptr; // when set, the slots are order[begin, end)
};

} // namespace

EngineResult runEngine(const PlateIndex& index, const EngineQuery& query)
{
    EngineResult result;
    if (!query.pattern)
        return result;
    const PlatePattern& pattern = *query.pattern;
    Scan scan{index.m_chars.data(), index.m_lengths.data(), &pattern, std::nullopt, 0, {}};
    if (query.maxEdits > 0 && pattern.isLiteral()) {
        const QByteArray literal = pattern.literal().toLatin1();
        scan.edits.emplace(literal.constData(), int(literal.size()));
        scan.maxEdits = std::min(query.maxEdits, 2);
    }

    // Which slots to scan: the plates with reads and, for alternative
    // readings, the plates that were only those; each narrowed to the
    // prefixes. Plates added since the build are always scanned.
    std::vector<SlotRange> ranges;
    const Narrowing narrowing = scan.maxEdits == 0 ? narrowingFor(pattern) : Narrowing{};
    scan.bigram = narrowing.bigram;
    scan.last = narrowing.last;
    auto addPart = [&](std::uint32_t partBegin, std::uint32_t partEnd) {
        if (narrowing.prefixes.empty()) {
            ranges.push_back({partBegin, partEnd});
            return;
        }
        std::uint32_t from = partBegin;
        for (const QByteArray& prefix : narrowing.prefixes) {
            auto cmp = [&](std::uint32_t slot) {
                return comparePrefix(index.chars(slot), index.m_lengths[slot], prefix);
            };
            std::uint32_t lo = from, hi = partEnd;
            while (lo < hi) { // first slot not before the prefix
                const std::uint32_t mid = lo + (hi - lo) / 2;
                if (cmp(mid) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const std::uint32_t begin = lo;
            hi = partEnd;
            while (lo < hi) { // first slot after the prefix
                const std::uint32_t mid = lo + (hi - lo) / 2;
                if (cmp(mid) <= 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (begin < lo)
                ranges.push_back({begin, lo});
            from = lo; // the prefixes are sorted
        }
    };
    // A fixed ending narrows by the suffix order instead, unless the
    // prefixes do better than one character, or the ending is so common
    // that visiting its plates out of order costs more than a scan of all.
    auto suffixRun = [&](int part) {
        const std::uint32_t* starts =
            index.m_suffixStarts.data() + std::size_t(part) * (PlateIndex::kSuffixBuckets + 1);
        int first = PlateIndex::suffixSymbol(narrowing.last) * PlateIndex::kSuffixSymbols;
        int count = PlateIndex::kSuffixSymbols;
        if (narrowing.beforeLast != 0) {
            first += PlateIndex::suffixSymbol(narrowing.beforeLast);
            count = 1;
        }
        return SlotRange{starts[first], starts[first + count], index.m_bySuffix.data()};
    };
    bool bySuffix = narrowing.last != 0 && !index.m_suffixStarts.empty() &&
                    (narrowing.prefixes.empty() ||
                     (narrowing.prefixes.front().size() == 1 && narrowing.prefixes.size() > 4));
    if (bySuffix) {
        const SlotRange a = suffixRun(0);
        bySuffix = std::uint64_t(a.end - a.begin) * 16 < index.m_readPlates;
    }
    if (bySuffix) {
        for (int part = 0; part < (query.candidates ? 2 : 1); ++part)
            if (const SlotRange r = suffixRun(part); r.begin < r.end)
                ranges.push_back(r);
    } else {
        addPart(0, index.m_readPlates);
        if (query.candidates)
            addPart(index.m_readPlates, index.m_sortedCount);
    }
    if (!query.candidates)
        for (std::uint32_t slot : index.m_promoted)
            ranges.push_back({slot, slot + 1});
    const auto plateCount = static_cast<std::uint32_t>(index.m_lengths.size());
    if (index.m_sortedCount < plateCount)
        ranges.push_back({index.m_sortedCount, plateCount});

    // The ranges end to end, split evenly over the cores.
    std::size_t total = 0;
    for (const SlotRange& r : ranges)
        total += r.end - r.begin;
    auto scanSpan = [&](std::size_t from, std::size_t to, std::vector<PlateHit>& out) {
        std::size_t at = 0;
        for (const SlotRange& r : ranges) {
            const std::size_t size = r.end - r.begin;
            const std::size_t lo = std::max(from, at), hi = std::min(to, at + size);
            if (lo < hi && r.order)
                scan.listed(r.order + r.begin + (lo - at), hi - lo, out);
            else if (lo < hi)
                scan(r.begin + std::uint32_t(lo - at), r.begin + std::uint32_t(hi - at), out);
            at += size;
        }
    };
    // The reads of the matching plates, within the time filter.
    // Postings are whole seconds; the filter is in milliseconds.
    auto inTime = [&](const Posting& p) {
        const qint64 ms = qint64(p.capturedAtSec) * 1000;
        return ms >= query.fromMs && ms < query.toMs;
    };
    const std::size_t keep = query.limit > 0 ? std::size_t(query.limit) : SIZE_MAX;
    // Alternative readings and near misses may repeat a read: those are
    // collected whole after the scan and de-duplicated. Without them, each
    // scanning thread collects its own plates' reads.
    const bool mayRepeat = query.candidates || scan.maxEdits > 0;
    const bool timed = query.fromMs > qint64(0) || query.toMs <= qint64(UINT32_MAX) * 1000;
    auto collectOwn = [&](const std::vector<PlateHit>& hits, TopHits& top) {
        const PlateIndex::Postings& reads = index.m_reads;
        const std::uint32_t builtSlots = index.m_readPlates;
        constexpr std::size_t kAhead = 8; // plates whose postings are fetched ahead
        for (std::size_t i = 0; i < hits.size(); ++i) {
            if (i + 2 * kAhead < hits.size() && hits[i + 2 * kAhead].slot < builtSlots)
                __builtin_prefetch(reads.offsets.data() + hits[i + 2 * kAhead].slot);
            if (i + kAhead < hits.size() && hits[i + kAhead].slot < builtSlots)
                __builtin_prefetch(reads.entries.data() + reads.offsets[hits[i + kAhead].slot + 1] -
                                   1);
            const PlateHit& hit = hits[i];
            // Built postings are oldest first: the time filter is a range of
            // them, its size is the count, and they are offered newest first
            // until they can no longer beat the worst hit kept.
            auto [first, last] = reads.built(hit.slot);
            if (timed) {
                first = std::partition_point(first, last, [&](const Posting& p) {
                    return qint64(p.capturedAtSec) * 1000 < query.fromMs;
                });
                last = std::partition_point(first, last, [&](const Posting& p) {
                    return qint64(p.capturedAtSec) * 1000 < query.toMs;
                });
            }
            top.count += last - first;
            for (const Posting* p = last; p != first;) {
                --p;
                const EngineHit h{p->readId, hit.reason, hit.cost, qint64(p->capturedAtSec) * 1000,
                                  hit.slot};
                if (top.worstKept && !ranksBefore(h, *top.worstKept)) {
                    // The rest are older: only one of the same second with a
                    // higher read id could still rank before the worst kept.
                    if (tier(h.reason) != tier(top.worstKept->reason) ||
                        h.cost != top.worstKept->cost ||
                        h.capturedAtMs < top.worstKept->capturedAtMs)
                        break;
                    continue;
                }
                top.offer(h);
            }
            if (!reads.added.empty())
                if (auto it = reads.added.find(hit.slot); it != reads.added.end())
                    for (const Posting& p : it->second)
                        if (inTime(p)) {
                            ++top.count;
                            top.offer({p.readId, hit.reason, hit.cost,
                                       qint64(p.capturedAtSec) * 1000, hit.slot});
                        }
        }
    };

    const int threads = std::max(1, QThread::idealThreadCount());
    const std::size_t parts =
        qsizetype(total) > std::max<qsizetype>(0, query.parallelAbove) ? std::size_t(threads) : 1;
    std::vector<std::vector<PlateHit>> found(parts);
    std::vector<TopHits> tops(parts);
    for (TopHits& t : tops)
        t.keep = keep;
    auto work = [&](std::size_t part) {
        const std::size_t chunk = (total + parts - 1) / parts;
        const std::size_t from = std::min(total, part * chunk);
        scanSpan(from, std::min(total, from + chunk), found[part]);
        if (!mayRepeat)
            collectOwn(found[part], tops[part]);
    };
    QList<QFuture<void>> running;
    for (std::size_t t = 1; t < parts; ++t)
        running.append(QtConcurrent::run([&work, t] { work(t); }));
    work(0);
    for (QFuture<void>& f : running)
        f.waitForFinished();
    for (const auto& part : found)
        result.platesMatched += qint64(part.size());

    TopHits& top = tops[0];
    for (std::size_t t = 1; t < parts; ++t) {
        top.count += tops[t].count;
        top.hits.insert(top.hits.end(), tops[t].hits.begin(), tops[t].hits.end());
    }
    std::vector<EngineHit> others;
    std::vector<bool> matched(mayRepeat ? std::size_t(index.m_maxReadId) + 1 : 0, false);
    if (mayRepeat)
        for (const auto& part : found)
            for (const PlateHit& hit : part) {
                if (hit.reason == MatchReason::Edit) {
                    index.forEachPosting(index.m_reads, hit.slot, [&](const Posting& p) {
                        if (inTime(p))
                            others.push_back({p.readId, hit.reason, hit.cost,
                                              qint64(p.capturedAtSec) * 1000, hit.slot});
                    });
                    continue;
                }
                index.forEachPosting(index.m_reads, hit.slot, [&](const Posting& p) {
                    if (!inTime(p))
                        return;
                    ++top.count;
                    matched[p.readId] = true;
                    top.offer(
                        {p.readId, hit.reason, hit.cost, qint64(p.capturedAtSec) * 1000, hit.slot});
                });
                if (query.candidates)
                    index.forEachPosting(index.m_candidates, hit.slot, [&](const Posting& p) {
                        if (inTime(p))
                            others.push_back({p.readId, MatchReason::Candidate, hit.cost,
                                              qint64(p.capturedAtSec) * 1000, hit.slot});
                    });
            }
    std::vector<EngineHit>& primary = top.hits;
    const qint64 primaryCount = top.count;
    if (!others.empty()) {
        // A read the pattern matched by its own plate keeps that match; of
        // the rest, each read keeps its best.
        std::erase_if(others, [&](const EngineHit& h) { return matched[std::size_t(h.readId)]; });
        std::sort(others.begin(), others.end(), [](const EngineHit& a, const EngineHit& b) {
            return a.readId != b.readId ? a.readId < b.readId : ranksBefore(a, b);
        });
        others.erase(std::unique(others.begin(), others.end(),
                                 [](const EngineHit& a, const EngineHit& b) {
                                     return a.readId == b.readId;
                                 }),
                     others.end());
    }
    result.total = primaryCount + qint64(others.size());
    primary.insert(primary.end(), others.begin(), others.end());
    if (query.limit > 0 && qsizetype(primary.size()) > query.limit) {
        std::nth_element(primary.begin(), primary.begin() + query.limit, primary.end(),
                         ranksBefore);
        primary.resize(std::size_t(query.limit));
    }
    std::sort(primary.begin(), primary.end(), ranksBefore);
    result.top = std::move(primary);
    return result;
}

} // namespace alpr
