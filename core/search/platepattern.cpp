// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/platepattern.h"

#include <QList>

#include <algorithm>

namespace alpr {

namespace {

// The bit of each plate character, 0 for every other byte.
constexpr std::array<quint64, 256> kSymbolBit = [] {
    std::array<quint64, 256> bits{};
    for (int c = 0; c < 256; ++c) {
        const int index = plateSymbolIndex(char(c));
        bits[size_t(c)] = index < 0 ? 0 : quint64(1) << index;
    }
    return bits;
}();

// The plateSymbolIndex() of each byte.
constexpr std::array<qint8, 256> kSymbolIndex = [] {
    std::array<qint8, 256> indices{};
    for (int c = 0; c < 256; ++c)
        indices[size_t(c)] = qint8(plateSymbolIndex(char(c)));
    return indices;
}();

constexpr char symbolChar(int index)
{
    return index < 26 ? char('A' + index) : char('0' + index - 26);
}

// Index of a pattern character as a plate character (lower case folded), or -1.
int symbolIndexOf(QChar c)
{
    char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        u = char16_t(u - u'a' + u'A');
    return u < 128 ? plateSymbolIndex(char(u)) : -1;
}

bool isIgnored(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.';
}

bool isIgnoredInSet(QChar c)
{
    return c.isSpace() || c == u'.';
}

// The character at text[index] as a message shows it: "%" or U+0009.
QString describeCharAt(const QString& text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return u'"' + text.mid(index, 2) + u'"';
    if (c.isPrint() && !c.isSpace() && !c.isSurrogate())
        return u'"' + QString(c) + u'"';
    return QStringLiteral("U+%1").arg(
        QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
}

// The pattern as quoted in a message, cut short when it is very long.
QString quoted(const QString& text)
{
    constexpr qsizetype kShown = 40;
    if (text.size() <= kShown)
        return text;
    qsizetype cut = kShown - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // do not split a character in two
    return text.left(cut) + QChar(0x2026);
}

// The tokens between the first and the last '*' of a pattern, as a bit-parallel automaton over
// their plate positions: bit i of a state set means "the first i positions are matched". A '*'
// is a loop on the state it follows, so it needs no state of its own.
struct MiddleScan
{
    const quint32* strictBySymbol; // bit i: position i takes the symbol as read
    const quint32* looseBySymbol;  // bit i: position i takes the symbol as a misread
    quint32 loops;                 // bit i: a '*' follows the first i positions
    quint32 accept;                // all positions matched (a '*' follows, so it stays)
};

// Runs the whole of plate[0, length) through the automaton. reach[j] holds the states reachable
// with at most j misreads, so the cost is the lowest j whose set holds the end state. No match
// needs more misreads than there are positions a misread can widen (levels). FixedLevels >= 0
// lets the compiler unroll the levels and keep the sets in registers.
template <int FixedLevels>
int scanMiddle(const MiddleScan& scan, const unsigned char* plate, int length, int dynamicLevels)
{
    const int levels = FixedLevels >= 0 ? FixedLevels : dynamicLevels;
    std::array<quint32, kMaxPlateLength + 1> reach;
    for (int j = 0; j <= levels; ++j)
        reach[size_t(j)] = 1;

    for (int i = 0; i < length; ++i) {
        const int symbol = kSymbolIndex[plate[i]];
        if (symbol < 0)
            return -1;
        const quint32 strict = scan.strictBySymbol[symbol];
        const quint32 loose = scan.looseBySymbol[symbol];
        // Downwards, so that reach[j - 1] is still the set before this character.
        for (int j = levels; j > 0; --j) {
            reach[size_t(j)] = ((reach[size_t(j)] & strict) << 1) |
                               ((reach[size_t(j - 1)] & loose) << 1) |
                               (reach[size_t(j)] & scan.loops);
        }
        reach[0] = ((reach[0] & strict) << 1) | (reach[0] & scan.loops);
        if (reach[0] & scan.accept) { // matched as read; the last '*' takes the rest
            for (int k = i + 1; k < length; ++k) {
                if (kSymbolIndex[plate[k]] < 0)
                    return -1;
            }
            return 0;
        }
    }
    for (int j = 0; j <= levels; ++j) {
        if (reach[size_t(j)] & scan.accept)
            return j;
    }
    return -1;
}

struct Token
{
    quint64 strict = 0; // 0 for '*'
    quint64 loose = 0;
    bool literal = false; // a single plate character, not '?' or a set
};

} // namespace

Result<PlatePattern> PlatePattern::compile(const QString& text, const MisreadTable* misread)
{
    const auto invalid = [](const QString& message) {
        return makeError(ErrorCode::Invalid, message);
    };
    // Positions count from 1. The scan stops at the first character it cannot take, so no
    // surrogate pair (two QChars) comes before a position it reports.
    const auto at = [](qsizetype index) { return QString::number(index + 1); };
    const auto badChar = [&](qsizetype index) {
        return invalid(tr("Pattern \"%1\": %2 at position %3 cannot be part of a plate. Use \"?\" "
                          "for any one character and \"*\" for any run of characters.")
                           .arg(quoted(text), describeCharAt(text, index), at(index)));
    };
    const auto badInSet = [&](qsizetype index) {
        const QChar c = text.at(index);
        if (c == u'?' || c == u'*' || c == u'[') {
            return invalid(tr("Pattern \"%1\": %2 at position %3 cannot be used inside a set; a "
                              "set lists the characters one position may be, e.g. \"[AB8]\".")
                               .arg(quoted(text), describeCharAt(text, index), at(index)));
        }
        return badChar(index);
    };
    const auto danglingDash = [&](qsizetype index) {
        return invalid(tr("Pattern \"%1\": the \"-\" at position %2 needs a character on each "
                          "side, as in \"[0-9]\" or \"[A-F]\".")
                           .arg(quoted(text), at(index)));
    };
    const auto unterminated = [&](qsizetype index) {
        return invalid(tr("Pattern \"%1\": the \"[\" at position %2 is never closed; end the set "
                          "with \"]\".")
                           .arg(quoted(text), at(index)));
    };
    const auto widen = [misread](quint64 strict) {
        if (!misread)
            return strict;
        quint64 loose = 0;
        for (int index = 0; index < kPlateSymbolCount; ++index) {
            if (strict & (quint64(1) << index))
                loose |= misread->classMask(symbolChar(index));
        }
        return loose;
    };

    QList<Token> tokens;
    QString normalized;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (isIgnored(c)) {
            ++i;
            continue;
        }
        if (const int symbol = symbolIndexOf(c); symbol >= 0) {
            const quint64 bit = quint64(1) << symbol;
            tokens.append({bit, widen(bit), true});
            normalized.append(QLatin1Char(symbolChar(symbol)));
            ++i;
            continue;
        }
        if (c == u'?') {
            tokens.append({kAllPlateSymbols, kAllPlateSymbols, false});
            normalized.append(u'?');
            ++i;
            continue;
        }
        if (c == u'*') {
            if (!tokens.isEmpty() && tokens.last().strict == 0) {
                return invalid(tr("Pattern \"%1\": two \"*\" in a row at position %2; one \"*\" "
                                  "already stands for any run of characters.")
                                   .arg(quoted(text), at(i)));
            }
            tokens.append({0, 0, false});
            normalized.append(u'*');
            ++i;
            continue;
        }
        if (c == u']') {
            return invalid(tr("Pattern \"%1\": the \"]\" at position %2 has no \"[\" before it.")
                               .arg(quoted(text), at(i)));
        }
        if (c != u'[')
            return badChar(i);

        // A set: members and ranges up to the closing ']'.
        const qsizetype open = i;
        const auto skipIgnored = [&](qsizetype k) {
            while (k < size && isIgnoredInSet(text.at(k)))
                ++k;
            return k;
        };
        quint64 strict = 0;
        QString members;
        qsizetype j = open + 1;
        for (;;) {
            j = skipIgnored(j);
            if (j >= size)
                return unterminated(open);
            if (text.at(j) == u']')
                break;
            if (text.at(j) == u'-')
                return danglingDash(j);
            const int first = symbolIndexOf(text.at(j));
            if (first < 0)
                return badInSet(j);
            const qsizetype dash = skipIgnored(j + 1);
            if (dash >= size || text.at(dash) != u'-') {
                strict |= quint64(1) << first;
                members.append(QLatin1Char(symbolChar(first)));
                j = j + 1;
                continue;
            }
            const qsizetype end = skipIgnored(dash + 1);
            if (end >= size)
                return unterminated(open);
            if (text.at(end) == u']' || text.at(end) == u'-')
                return danglingDash(dash);
            const int last = symbolIndexOf(text.at(end));
            if (last < 0)
                return badInSet(end);
            const QString from = QString(QLatin1Char(symbolChar(first)));
            const QString to = QString(QLatin1Char(symbolChar(last)));
            if ((first < 26) != (last < 26)) {
                return invalid(
                    tr("Pattern \"%1\": the range \"%2-%3\" at position %4 mixes letters "
                       "and digits; use one range for each, e.g. \"[A-F0-9]\".")
                        .arg(quoted(text), from, to, at(j)));
            }
            if (last < first) {
                return invalid(tr("Pattern \"%1\": the range \"%2-%3\" at position %4 runs "
                                  "backwards; write it as \"%3-%2\".")
                                   .arg(quoted(text), from, to, at(j)));
            }
            for (int index = first; index <= last; ++index)
                strict |= quint64(1) << index;
            members += from + u'-' + to;
            j = end + 1;
        }
        if (strict == 0) {
            return invalid(tr("Pattern \"%1\": the set \"[]\" at position %2 is empty; list the "
                              "characters this position may be, e.g. \"[AB8]\".")
                               .arg(quoted(text), at(open)));
        }
        tokens.append({strict, widen(strict), false});
        normalized += u'[' + members + u']';
        i = j + 1;
    }

    if (tokens.isEmpty()) {
        if (text.isEmpty()) {
            return invalid(tr("The pattern is empty; enter a plate or a pattern, e.g. \"7ABC123\" "
                              "or \"7AB*\"."));
        }
        return invalid(tr("Pattern \"%1\" has no plate characters; enter a plate or a pattern, "
                          "e.g. \"7ABC123\" or \"7AB*\".")
                           .arg(quoted(text)));
    }
    if (normalized.size() > kMaxPatternLength) {
        return invalid(tr("Pattern \"%1\" is %2 characters long without spaces, dashes and dots; "
                          "at most %3 are allowed.")
                           .arg(quoted(text), QString::number(normalized.size()),
                                QString::number(kMaxPatternLength)));
    }
    const bool anyFixed = std::any_of(tokens.cbegin(), tokens.cend(), [](const Token& token) {
        return token.strict != 0 && token.strict != kAllPlateSymbols;
    });
    if (!anyFixed) {
        return invalid(
            tr("Pattern \"%1\" has no fixed character, only \"?\" and \"*\"; give at least "
               "one character of the plate, e.g. \"7AB*\" or \"*AB*\".")
                .arg(quoted(text)));
    }
    const auto positions = std::count_if(tokens.cbegin(), tokens.cend(),
                                         [](const Token& token) { return token.strict != 0; });
    if (positions > kMaxPlateLength) {
        return invalid(
            tr("Pattern \"%1\" needs at least %2 characters, but a plate has at most %3.")
                .arg(quoted(text), QString::number(positions), QString::number(kMaxPlateLength)));
    }

    PlatePattern pattern;
    pattern.m_count = int(tokens.size());
    pattern.m_headEnd = pattern.m_count;
    pattern.m_tailBegin = pattern.m_count;
    bool hasStar = false;
    for (int k = 0; k < pattern.m_count; ++k) {
        const Token& token = tokens.at(k);
        pattern.m_strict[size_t(k)] = token.strict;
        pattern.m_loose[size_t(k)] = token.loose;
        if (token.strict == 0) {
            if (!hasStar)
                pattern.m_headEnd = k;
            pattern.m_tailBegin = k + 1;
            hasStar = true;
        }
    }
    int middlePositions = 0;
    for (int k = pattern.m_headEnd; k < pattern.m_tailBegin; ++k) {
        const quint32 stateBit = quint32(1) << middlePositions;
        const Token& token = tokens.at(k);
        if (token.strict == 0) {
            pattern.m_middleLoops |= stateBit;
            continue;
        }
        ++middlePositions;
        for (int symbol = 0; symbol < kPlateSymbolCount; ++symbol) {
            const quint64 symbolBit = quint64(1) << symbol;
            if (token.strict & symbolBit)
                pattern.m_strictBySymbol[size_t(symbol)] |= stateBit;
            if (token.loose & symbolBit)
                pattern.m_looseBySymbol[size_t(symbol)] |= stateBit;
        }
        if (token.loose != token.strict)
            ++pattern.m_middleMisreads;
    }
    pattern.m_middleAccept = quint32(1) << middlePositions;
    pattern.m_minLength = int(positions);
    pattern.m_maxLength = hasStar ? -1 : int(positions);
    pattern.m_usesMisread = misread != nullptr;
    pattern.m_isLiteral = std::all_of(tokens.cbegin(), tokens.cend(),
                                      [](const Token& token) { return token.literal; });
    pattern.m_text = normalized;
    for (int k = 0; k < pattern.m_count; ++k) {
        const Token& token = tokens.at(k);
        if (!token.literal || token.loose != token.strict)
            break;
        pattern.m_literalPrefix.append(normalized.at(k)); // literals lead text() one to one
    }
    return pattern;
}

int PlatePattern::misreadCost(const char* plate, int length) const
{
    if (m_count == 0 || length < m_minLength || (m_maxLength >= 0 && length > m_maxLength))
        return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(plate);
    int cost = 0;

    // Tokens before the first '*' sit at fixed positions from the start of the plate.
    for (int k = 0; k < m_headEnd; ++k) {
        const quint64 bit = kSymbolBit[p[k]];
        if (m_strict[size_t(k)] & bit)
            continue;
        if (!(m_loose[size_t(k)] & bit))
            return -1;
        ++cost;
    }
    if (m_headEnd == m_count)
        return cost;

    // Tokens after the last '*' sit at fixed positions from the end. length >= m_minLength,
    // so they do not overlap the head.
    const int tailStart = length - (m_count - m_tailBegin);
    for (int k = m_count - 1, j = length - 1; k >= m_tailBegin; --k, --j) {
        const quint64 bit = kSymbolBit[p[j]];
        if (m_strict[size_t(k)] & bit)
            continue;
        if (!(m_loose[size_t(k)] & bit))
            return -1;
        ++cost;
    }

    // Between them: '*' ... '*'.
    if (m_tailBegin - m_headEnd == 1) {
        for (int j = m_headEnd; j < tailStart; ++j) {
            if (!kSymbolBit[p[j]])
                return -1;
        }
        return cost;
    }
    const int middle = middleCost(p + m_headEnd, tailStart - m_headEnd);
    return middle < 0 ? -1 : cost + middle;
}

int PlatePattern::middleCost(const unsigned char* plate, int length) const
{
    const MiddleScan scan{m_strictBySymbol.data(), m_looseBySymbol.data(), m_middleLoops,
                          m_middleAccept};
    // The number of misread levels fixed at compile time keeps the state sets in registers.
    switch (m_middleMisreads) {
    case 0:
        return scanMiddle<0>(scan, plate, length, 0);
    case 1:
        return scanMiddle<1>(scan, plate, length, 1);
    case 2:
        return scanMiddle<2>(scan, plate, length, 2);
    default:
        return scanMiddle<-1>(scan, plate, length, m_middleMisreads);
    }
}

int PlatePattern::misreadCost(QStringView plate) const
{
    if (plate.size() > kMaxPlateLength)
        return -1;
    std::array<char, kMaxPlateLength> bytes{};
    for (qsizetype j = 0; j < plate.size(); ++j) {
        const char16_t u = plate.at(j).unicode();
        bytes[size_t(j)] = u < 128 ? char(u) : '\0';
    }
    return misreadCost(bytes.data(), int(plate.size()));
}

PlateMatch PlatePattern::match(QStringView plate) const
{
    return matchForCost(misreadCost(plate));
}

} // namespace alpr
