// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/hotlistmatcher.h"

#include "common/readrecord.h"

#include <algorithm>
#include <bit>

namespace alpr {

namespace {

constexpr int kMaxReading = 10; // plates are at most 10 characters (ReadRecord)

// One token of a normalized pattern: a fixed character, or 0 for ?, * or a set.
struct Token
{
    char fixed = 0;
    bool star = false;
};

std::vector<Token> tokens(const QString& text)
{
    std::vector<Token> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = char(text.at(i).unicode());
        if (c == '[') {
            while (i < text.size() && text.at(i) != QLatin1Char(']'))
                ++i;
            out.push_back({});
        } else if (c == '*') {
            out.push_back({0, true});
        } else if (c == '?') {
            out.push_back({});
        } else {
            out.push_back({c, false});
        }
    }
    return out;
}

// A reading as ASCII, or length 0 when it cannot be a plate.
int toAscii(const QString& reading, char (&buffer)[kMaxReading])
{
    if (reading.size() > kMaxReading)
        return 0;
    for (qsizetype i = 0; i < reading.size(); ++i) {
        const char16_t c = reading.at(i).unicode();
        if (c >= 128 || plateSymbolIndex(char(c)) < 0)
            return 0;
        buffer[i] = char(c);
    }
    return int(reading.size());
}

} // namespace

QString hitKindName(HitKind kind)
{
    switch (kind) {
    case HitKind::Exact:
        return QStringLiteral("exact");
    case HitKind::Pattern:
        return QStringLiteral("pattern");
    case HitKind::Candidate:
        return QStringLiteral("candidate");
    case HitKind::Misread:
        return QStringLiteral("misread");
    }
    return {};
}

quint64 HotListMatcher::pack(const char* text, int length, bool canonical) const
{
    quint64 key = 0;
    for (int i = 0; i < length; ++i) {
        const char c = canonical ? m_canonical[size_t(quint8(text[i]) & 0x7f)] : text[i];
        key = key << 6 | quint64(plateSymbolIndex(c) + 1);
    }
    return key;
}

void HotListMatcher::build(std::vector<ActiveEntry> entries, const MisreadTable& misread)
{
    m_entries = std::move(entries);
    m_misread = !misread.isEmpty();
    for (int c = 0; c < 128; ++c) {
        m_canonical[size_t(c)] = char(c);
        const quint64 mask = misread.classMask(char(c));
        if (mask == 0)
            continue;
        const int first = std::countr_zero(mask);
        m_canonical[size_t(c)] = first < 26 ? char('A' + first) : char('0' + first - 26);
    }
    m_exact.clear();
    m_classes.clear();
    m_patterns.clear();
    m_patternEntry.clear();
    m_byTrigram.clear();
    for (FixedLength& group : m_fixed)
        group = FixedLength{};
    m_scanned.clear();
    // Star-free patterns by length, with what each position takes.
    std::array<std::vector<std::pair<quint32, std::vector<quint64>>>, kMaxReading + 1> fixed;
    m_skippedPatterns = 0;
    m_exact.reserve(m_entries.size());
    if (m_misread)
        m_classes.reserve(m_entries.size());
    for (quint32 i = 0; i < m_entries.size(); ++i) {
        const ActiveEntry& e = m_entries[i];
        if (!e.isPattern) {
            char text[kMaxReading];
            const int length = toAscii(e.plate, text);
            if (length == 0)
                continue;
            m_exact.emplace_back(pack(text, length, false), i);
            if (m_misread)
                m_classes.emplace_back(pack(text, length, true), i);
            continue;
        }
        auto compiled = PlatePattern::compile(e.plate, m_misread ? &misread : nullptr);
        if (!compiled) {
            ++m_skippedPatterns;
            continue;
        }
        const auto patternIndex = quint32(m_patterns.size());
        m_patterns.push_back(std::move(compiled.value()));
        m_patternEntry.push_back(i);
        const std::vector<Token> t = tokens(m_patterns.back().text());
        const bool hasStar = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.star; });
        if (!hasStar) {
            // A plate of exactly its length; longer than any plate: never matches.
            if (t.size() <= size_t(kMaxReading)) {
                std::vector<quint64> takes;
                for (const Token& k : t)
                    takes.push_back(!k.fixed    ? kAllPlateSymbols
                                    : m_misread ? misread.classMask(k.fixed)
                                                : quint64(1) << plateSymbolIndex(k.fixed));
                fixed[t.size()].emplace_back(patternIndex, std::move(takes));
            }
            continue;
        }
        bool indexed = false;
        for (size_t j = 0; j + 2 < t.size() && !indexed; ++j) {
            if (t[j].fixed && t[j + 1].fixed && t[j + 2].fixed) {
                const char run[3] = {t[j].fixed, t[j + 1].fixed, t[j + 2].fixed};
                m_byTrigram.insert(quint32(pack(run, 3, true)), patternIndex);
                indexed = true;
            }
        }
        if (!indexed)
            m_scanned.push_back(patternIndex);
    }
    // Bit i of a row: pattern i of that length takes this symbol at this position.
    for (size_t length = 1; length < fixed.size(); ++length) {
        FixedLength& group = m_fixed[length];
        for (const auto& [pattern, takes] : fixed[length])
            group.patterns.push_back(pattern);
        group.words = int((group.patterns.size() + 63) / 64);
        group.bits.assign(length * kPlateSymbolCount * size_t(group.words), 0);
        for (size_t i = 0; i < fixed[length].size(); ++i) {
            const std::vector<quint64>& takes = fixed[length][i].second;
            for (size_t position = 0; position < length; ++position)
                for (int symbol = 0; symbol < kPlateSymbolCount; ++symbol)
                    if (takes[position] & (quint64(1) << symbol))
                        group.bits[(position * kPlateSymbolCount + size_t(symbol)) *
                                       size_t(group.words) +
                                   i / 64] |= quint64(1) << (i % 64);
        }
    }
    const auto byKey = [](const auto& a, const auto& b) { return a.first < b.first; };
    const auto runs = [&byKey](std::vector<std::pair<quint64, quint32>>& sorted,
                               QHash<quint64, Range>& out) {
        std::stable_sort(sorted.begin(), sorted.end(), byKey);
        out.clear();
        out.reserve(qsizetype(sorted.size()));
        for (quint32 i = 0; i < sorted.size();) {
            quint32 j = i;
            while (j < sorted.size() && sorted[j].first == sorted[i].first)
                ++j;
            out.insert(sorted[i].first, Range{i, j});
            i = j;
        }
    };
    runs(m_exact, m_exactRuns);
    runs(m_classes, m_classRuns);
}

void HotListMatcher::add(int entry, HitKind kind, const QString& reading, const QString& readState,
                         qint64 nowMs, std::vector<MatcherHit>& out) const
{
    const ActiveEntry& e = m_entries[size_t(entry)];
    if (e.expiresAtMs != 0 && e.expiresAtMs <= nowMs)
        return;
    for (MatcherHit& h : out) {
        if (h.entry == entry) {
            if (kind < h.kind) {
                h.kind = kind;
                h.matchedPlate = reading;
            }
            return;
        }
    }
    const bool stateDiffers = !e.state.isEmpty() && !readState.isEmpty() && e.state != readState;
    out.push_back({entry, kind, reading, stateDiffers});
}

void HotListMatcher::tryPattern(quint32 pattern, const char* text, int length,
                                const QString& reading, bool asRead, const QString& readState,
                                qint64 nowMs, std::vector<MatcherHit>& out) const
{
    const int cost = m_patterns[pattern].misreadCost(text, length);
    if (cost < 0)
        return;
    const HitKind kind = cost > 0 ? HitKind::Misread
                         : asRead ? HitKind::Pattern
                                  : HitKind::Candidate;
    add(int(m_patternEntry[pattern]), kind, reading, readState, nowMs, out);
}

void HotListMatcher::matchReading(const QString& reading, bool asRead, const QString& readState,
                                  qint64 nowMs, std::vector<MatcherHit>& out) const
{
    char text[kMaxReading];
    const int length = toAscii(reading, text);
    if (length == 0)
        return;
    if (!m_exactRuns.isEmpty()) {
        const auto run = m_exactRuns.constFind(pack(text, length, false));
        if (run != m_exactRuns.cend())
            for (quint32 i = run->begin; i < run->end; ++i)
                add(int(m_exact[i].second), asRead ? HitKind::Exact : HitKind::Candidate, reading,
                    readState, nowMs, out);
    }
    if (m_misread && !m_classRuns.isEmpty()) {
        const auto run = m_classRuns.constFind(pack(text, length, true));
        if (run != m_classRuns.cend())
            for (quint32 i = run->begin; i < run->end; ++i)
                add(int(m_classes[i].second), HitKind::Misread, reading, readState, nowMs, out);
    }
    if (m_patterns.empty())
        return;
    // A pattern reached twice (two trigrams) is tried twice; add() keeps one hit.
    for (int j = 0; j + 2 < length; ++j) {
        const auto key = quint32(pack(text + j, 3, true));
        for (auto it = m_byTrigram.constFind(key); it != m_byTrigram.cend() && it.key() == key;
             ++it)
            tryPattern(it.value(), text, length, reading, asRead, readState, nowMs, out);
    }
    // Star-free patterns of the reading's length: the patterns every position
    // takes, 64 at a time.
    const FixedLength& group = m_fixed[size_t(length)];
    for (int w = 0; w < group.words; ++w) {
        quint64 candidates = ~quint64(0);
        for (int position = 0; position < length && candidates; ++position)
            candidates &= group.bits[(size_t(position) * kPlateSymbolCount +
                                      size_t(plateSymbolIndex(text[position]))) *
                                         size_t(group.words) +
                                     size_t(w)];
        while (candidates) {
            const int bit = std::countr_zero(candidates);
            candidates &= candidates - 1;
            tryPattern(group.patterns[size_t(w) * 64 + size_t(bit)], text, length, reading, asRead,
                       readState, nowMs, out);
        }
    }
    for (quint32 pattern : m_scanned)
        tryPattern(pattern, text, length, reading, asRead, readState, nowMs, out);
}

void HotListMatcher::match(const ReadRecord& read, qint64 nowMs, std::vector<MatcherHit>& out) const
{
    out.clear();
    matchReading(read.plate, true, read.state, nowMs, out);
    for (const PlateCandidate& c : read.candidates)
        matchReading(c.plate, false, read.state, nowMs, out);
}

} // namespace alpr
