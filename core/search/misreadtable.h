// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace alpr {

// Number of characters a plate may hold: A-Z and 0-9.
inline constexpr int kPlateSymbolCount = 36;

// Mask with every plate character set, in the bit order of plateSymbolIndex().
inline constexpr quint64 kAllPlateSymbols = (quint64(1) << kPlateSymbolCount) - 1;

// 'A'..'Z' -> 0..25, '0'..'9' -> 26..35, anything else (lower case included) -> -1.
constexpr int plateSymbolIndex(char c) noexcept
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return -1;
}

// The groups of characters an ALPR camera confuses with one another ("0ODQ": a
// zero may be read as O, D or Q and the other way round). A store setting, so it
// is parsed from text and written back with toString().
class MisreadTable
{
    Q_DECLARE_TR_FUNCTIONS(alpr::MisreadTable)

public:
    // No classes: every character stands only for itself.
    MisreadTable();

    // 0ODQ 1I 2Z 5S 8B 6G
    static MisreadTable defaults();

    // Classes separated by spaces or commas, e.g. "0ODQ 1I 2Z" or "0ODQ,1I".
    // Letters may be in either case. Empty text gives an empty table.
    // Invalid for a character outside A-Z 0-9, a character in two classes (or twice in
    // one), and a class of a single character.
    static Result<MisreadTable> parse(const QString& text);

    // The classes in the order given, separated by one space: "0ODQ 1I 2Z 5S 8B 6G".
    // parse(toString()) gives an equal table.
    QString toString() const;
    QStringList classes() const { return m_classes; }
    bool isEmpty() const { return m_classes.isEmpty(); }

    // Bitmask over the 36 symbols (bit plateSymbolIndex(x)) of the characters confusable
    // with c, c included. 0 when c is not a plate character (A-Z, 0-9).
    quint64 classMask(char c) const
    {
        const int index = plateSymbolIndex(c);
        return index < 0 ? 0 : m_masks[size_t(index)];
    }

    // Same classes, whatever their order.
    friend bool operator==(const MisreadTable& a, const MisreadTable& b)
    {
        return a.m_masks == b.m_masks;
    }

private:
    QStringList m_classes;
    std::array<quint64, kPlateSymbolCount> m_masks;
};

} // namespace alpr
