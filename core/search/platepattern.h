// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "search/misreadtable.h"
#include "search/platetext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>

namespace alpr {

// Why a plate matched a pattern.
enum class PlateMatch
{
    None,    // it does not match
    Exact,   // the pattern is a plain plate and the plate is that plate
    Pattern, // matched through wildcards or sets, every character as read
    Misread, // matched only by taking at least one character as one a camera confuses it with
};

// A plate search pattern, compiled once and matched against millions of plates.
//
// Glob, anchored at both ends, case-insensitive; spaces, dashes and dots are ignored
// (inside a set only spaces and dots; a dash there makes a range):
//   ?       one character          7?B?12?
//   *       any run, even none     7AB*  *AB*  7*12*
//   [AB8]   one of a set           [78]ABC12?
//   [0-9]   a range in a set       7ABC[0-4]??
//   A-Z 0-9 that character
// With a MisreadTable, each literal character and set member also matches the
// characters the table says a camera confuses it with; '?' and '*' are unaffected.
class PlatePattern
{
    Q_DECLARE_TR_FUNCTIONS(alpr::PlatePattern)

public:
    // Longest pattern, counted on text() (after normalization).
    inline static constexpr int kMaxPatternLength = 20;

    // A pattern that matches no plate; compile() gives the useful ones.
    PlatePattern() = default;

    // Invalid with a message naming the pattern and the position for: an empty pattern,
    // an unterminated or empty set, a backwards or mixed range, a character that is not
    // A-Z 0-9 ? * [ ] (space, dash and dot are ignored), "**", a "]" with no "[", more than
    // kMaxPatternLength characters, no fixed character (only ? and *), and a pattern
    // needing more characters than a plate has (kMaxPlateLength).
    // The table is copied; it need not outlive the pattern.
    static Result<PlatePattern> compile(const QString& text, const MisreadTable* misread = nullptr);

    QString text() const { return m_text; }            // normalized: "7AB*", "[78]ABC12?"
    bool usesMisread() const { return m_usesMisread; } // compiled with a misread table
    bool isLiteral() const { return m_isLiteral; }     // no wildcard or set: one exact plate
    QString literal() const { return m_isLiteral ? m_text : QString(); } // that plate

    int minLength() const { return m_minLength; }
    int maxLength() const { return m_maxLength; } // -1 when there is a '*'

    // The fixed leading characters (before any ? * [) that every matching plate starts
    // with, for narrowing a scan: "7AB" for "7AB*". With misread tolerance it stops before
    // the first character that has confusable characters ("7A" for "7AB*" under the
    // default table), so narrowing by it never loses a misread match.
    QString literalPrefix() const { return m_literalPrefix; }

    // Match a normalized plate (A-Z 0-9). No allocation; safe to call from several
    // threads at once. Any other character in the plate makes it not match.
    PlateMatch match(const char* plate, int length) const
    {
        return matchForCost(misreadCost(plate, length));
    }

    // The fewest misread substitutions with which the plate matches; -1 when it does not
    // match at all, 0 when it matches as read.
    int misreadCost(const char* plate, int length) const;
    bool matches(const char* plate, int length) const { return misreadCost(plate, length) >= 0; }
    // What match() says for a plate with this misreadCost(), for a caller that has the cost
    // already.
    PlateMatch matchForCost(int cost) const
    {
        if (cost < 0)
            return PlateMatch::None;
        if (cost > 0)
            return PlateMatch::Misread;
        return m_isLiteral ? PlateMatch::Exact : PlateMatch::Pattern;
    }

    // Conveniences for plates held as text; a plate longer than kMaxPlateLength or with
    // a character outside A-Z 0-9 does not match.
    PlateMatch match(QStringView plate) const;
    int misreadCost(QStringView plate) const;
    bool matches(QStringView plate) const { return misreadCost(plate) >= 0; }

private:
    int middleCost(const unsigned char* plate, int length) const;

    // One token per position of text(): a '*' has both masks 0; any other token is one
    // plate position with the characters it takes as read (strict) and with misreads (loose).
    std::array<quint64, kMaxPatternLength> m_strict{};
    std::array<quint64, kMaxPatternLength> m_loose{};
    // Between the first and the last '*', turned around for a bit-parallel scan: bit i of
    // m_strictBySymbol[s] is set when the i-th plate position there takes symbol s as read.
    std::array<quint32, kPlateSymbolCount> m_strictBySymbol{};
    std::array<quint32, kPlateSymbolCount> m_looseBySymbol{};
    quint32 m_middleLoops = 0;  // bit i: a '*' follows the first i of those positions
    quint32 m_middleAccept = 0; // bit i: all i of them matched
    int m_count = 0;            // tokens
    int m_headEnd = 0;          // tokens before the first '*' (m_count when there is none)
    int m_tailBegin = 0;        // first token after the last '*'
    int m_middleMisreads = 0;   // positions between the stars that a misread can widen
    int m_minLength = 0;
    int m_maxLength = 0;
    bool m_usesMisread = false;
    bool m_isLiteral = false;
    QString m_text;
    QString m_literalPrefix;
};

} // namespace alpr
