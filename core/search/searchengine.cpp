// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/searchengine.h"

#include "search/plateindex.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

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

struct Scan
{
    const char* chars;
    const std::uint8_t* lengths;
    const PlatePattern* pattern;
    std::optional<EditDistance> edits; // near misses of the literal plate, when asked
    int maxEdits;

    void operator()(std::uint32_t begin, std::uint32_t end, std::vector<PlateHit>& out) const
    {
        for (std::uint32_t slot = begin; slot < end; ++slot) {
            const char* plate = chars + std::size_t(slot) * kMaxPlateLength;
            const int length = lengths[slot];
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

} // namespace

EngineResult runEngine(const PlateIndex& index, const EngineQuery& query)
{
    EngineResult result;
    if (!query.pattern)
        return result;
    const PlatePattern& pattern = *query.pattern;
    Scan scan{index.m_chars.data(), index.m_lengths.data(), &pattern, std::nullopt, 0};
    if (query.maxEdits > 0 && pattern.isLiteral()) {
        const QByteArray literal = pattern.literal().toLatin1();
        scan.edits.emplace(literal.constData(), int(literal.size()));
        scan.maxEdits = std::min(query.maxEdits, 2);
    }

    // Which slots to scan: a literal prefix narrows the sorted part to a
    // range; plates added since the build are always scanned.
    const auto plateCount = static_cast<std::uint32_t>(index.m_lengths.size());
    std::uint32_t begin = 0;
    std::uint32_t end = index.m_sortedCount;
    const QByteArray prefix = pattern.literalPrefix().toLatin1();
    if (!prefix.isEmpty() && scan.maxEdits == 0) {
        auto cmp = [&](std::uint32_t slot) {
            return comparePrefix(index.chars(slot), index.m_lengths[slot], prefix);
        };
        std::uint32_t lo = 0, hi = end;
        while (lo < hi) { // first slot not before the prefix
            const std::uint32_t mid = lo + (hi - lo) / 2;
            if (cmp(mid) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        begin = lo;
        hi = end;
        while (lo < hi) { // first slot after the prefix
            const std::uint32_t mid = lo + (hi - lo) / 2;
            if (cmp(mid) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        end = lo;
    }

    std::vector<PlateHit> plates;
    constexpr std::uint32_t kParallelAbove = 100000;
    const int threads = std::max(1, QThread::idealThreadCount());
    if (end - begin > kParallelAbove && threads > 1) {
        const std::uint32_t chunk = (end - begin + threads - 1) / threads;
        std::vector<std::vector<PlateHit>> parts(static_cast<std::size_t>(threads));
        QList<QFuture<void>> running;
        for (int t = 1; t < threads; ++t) {
            const std::uint32_t from = begin + std::uint32_t(t) * chunk;
            const std::uint32_t to = std::min(end, from + chunk);
            if (from < to)
                running.append(QtConcurrent::run([&scan, &parts, t, from, to] {
                    scan(from, to, parts[std::size_t(t)]);
                }));
        }
        scan(begin, std::min(end, begin + chunk), parts[0]);
        for (QFuture<void>& f : running)
            f.waitForFinished();
        for (const auto& part : parts)
            plates.insert(plates.end(), part.begin(), part.end());
    } else {
        scan(begin, end, plates);
    }
    scan(index.m_sortedCount, plateCount, plates);
    result.platesMatched = qint64(plates.size());

    // The reads of the matching plates, within the time filter.
    // A read has one plate, so the hits on the reads' own plates are unique:
    // count them all but keep only the best `limit` (a result of a million
    // reads costs a comparison each, not a copy). Alternative readings and
    // near misses may repeat a read: collected whole, de-duplicated below.
    const std::size_t keep = query.limit > 0 ? std::size_t(query.limit) : SIZE_MAX;
    std::vector<EngineHit> primary;
    std::optional<EngineHit> worstKept; // after a prune: what a new hit must beat
    qint64 primaryCount = 0;
    std::vector<EngineHit> others;
    const bool mayRepeat = query.candidates || scan.maxEdits > 0;
    std::vector<bool> matched(mayRepeat ? std::size_t(index.m_maxReadId) + 1 : 0, false);
    auto prune = [&] {
        std::nth_element(primary.begin(), primary.begin() + std::ptrdiff_t(keep) - 1,
                         primary.end(), ranksBefore);
        primary.resize(keep);
        worstKept = primary.back();
    };
    for (const PlateHit& hit : plates) {
        const std::uint32_t plateId = index.m_plateIds[hit.slot];
        if (hit.reason == MatchReason::Edit) {
            index.forEachPosting(index.m_reads, plateId, [&](const Posting& p) {
                const qint64 ms = qint64(p.capturedAtSec) * 1000;
                if (ms >= query.fromMs && ms < query.toMs)
                    others.push_back({p.readId, hit.reason, hit.cost, ms, hit.slot});
            });
            continue;
        }
        index.forEachPosting(index.m_reads, plateId, [&](const Posting& p) {
            const qint64 ms = qint64(p.capturedAtSec) * 1000;
            if (ms < query.fromMs || ms >= query.toMs)
                return;
            ++primaryCount;
            if (mayRepeat)
                matched[p.readId] = true;
            const EngineHit h{p.readId, hit.reason, hit.cost, ms, hit.slot};
            if (worstKept && !ranksBefore(h, *worstKept))
                return;
            primary.push_back(h);
            if (keep != SIZE_MAX && primary.size() >= 2 * keep + 256)
                prune();
        });
        if (query.candidates) {
            index.forEachPosting(index.m_candidates, plateId, [&](const Posting& p) {
                const qint64 ms = qint64(p.capturedAtSec) * 1000;
                if (ms >= query.fromMs && ms < query.toMs)
                    others.push_back({p.readId, MatchReason::Candidate, hit.cost, ms, hit.slot});
            });
        }
    }
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
