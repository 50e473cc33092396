// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// What 'alpr-bench search' runs on either store: the synthetic data's fixed
// days, the 30 patterns and the figures' arithmetic.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <vector>

#include "search/searchengine.h"

namespace alpr {
class MisreadTable;
class PlateIndex;
class PlatePattern;
} // namespace alpr

namespace alpr::bench {

// The synthetic data ends on a fixed day so that a store is the same whenever it is made.
inline const QDate kLastDay(2026, 11, 1);
constexpr int kLimit = 500;
constexpr int kRecentDays = 7;

enum class Family
{
    Exact,
    Prefix,
    Suffix,
    Contains,
    Gaps,
    Set,
    Misread,
    Edit
};

QString familyName(Family family);
bool isWildcard(Family family);

struct BenchPattern
{
    QString text;
    Family family = Family::Exact;
    bool misread = false;
    int maxEdits = 0;
    bool recent = false; // only the last kRecentDays days of the data

    QString label() const;
};

struct Picks
{
    QString busy;    // the plate with the most reads
    QString typical; // a plate with a handful of reads
    QString single;  // a plate read once
    QString misread; // a busy plate with characters a camera confuses
};

// Plates that exist in the store, chosen by the dictionary's own order so the same seed
// gives the same plates.
Picks pickPlates(const PlateIndex& index, const MisreadTable& table);
// The engine's query for a compiled pattern: the first kLimit reads, and for
// a recent one only those of the last kRecentDays days of the data.
EngineQuery engineQuery(const BenchPattern& pattern, const PlatePattern& compiled, bool candidates);
// The 30 patterns, in the order the table prints them.
std::vector<BenchPattern> patternList(const Picks& picks);

double msSince(std::chrono::steady_clock::time_point start);
double median(std::vector<double> values);
double percentile(std::vector<double> values, double p); // nearest rank
double rounded(double value);                            // to 3 decimals
QString pad(const QString& s, int width);                // negative: left-justified
QString ms(double value);                                // milliseconds as the tables print them
// One row of a table: each cell padded to its width (negative: left-justified).
void printRow(QTextStream& out, const QStringList& cells, const std::vector<int>& widths);

} // namespace alpr::bench
