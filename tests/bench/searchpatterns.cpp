// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "searchpatterns.h"

#include "search/misreadtable.h"
#include "search/plateindex.h"
#include "search/platepattern.h"

#include <QDateTime>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace alpr::bench {

QString familyName(Family family)
{
    switch (family) {
    case Family::Exact:
        return u"exact"_s;
    case Family::Prefix:
        return u"prefix"_s;
    case Family::Suffix:
        return u"suffix"_s;
    case Family::Contains:
        return u"contains"_s;
    case Family::Gaps:
        return u"gaps"_s;
    case Family::Set:
        return u"set"_s;
    case Family::Misread:
        return u"misread"_s;
    case Family::Edit:
        return u"edit"_s;
    }
    return {};
}

bool isWildcard(Family family)
{
    return family == Family::Prefix || family == Family::Suffix || family == Family::Contains ||
           family == Family::Gaps || family == Family::Set;
}

QString BenchPattern::label() const
{
    QString s = text;
    if (misread)
        s += u" misread"_s;
    if (maxEdits > 0)
        s += u" edits<=%1"_s.arg(maxEdits);
    if (recent)
        s += u" @%1d"_s.arg(kRecentDays);
    return s;
}

EngineQuery engineQuery(const BenchPattern& pattern, const PlatePattern& compiled, bool candidates)
{
    EngineQuery query;
    query.pattern = &compiled;
    query.maxEdits = pattern.maxEdits;
    query.candidates = candidates;
    query.limit = kLimit;
    if (pattern.recent) {
        const QDateTime end(kLastDay.addDays(1), QTime(0, 0), Qt::UTC);
        query.fromMs = end.addDays(-kRecentDays).toMSecsSinceEpoch();
        query.toMs = end.toMSecsSinceEpoch();
    }
    return query;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

namespace {

bool hasConfusable(const QString& plate, const MisreadTable& table)
{
    for (QChar c : plate)
        if (std::popcount(table.classMask(c.toLatin1())) > 1)
            return true;
    return false;
}

} // namespace

Picks pickPlates(const PlateIndex& index, const MisreadTable& table)
{
    Picks picks;
    qsizetype busiest = -1;
    qsizetype busiestConfusable = -1;
    for (qsizetype s = 0; s < index.plateCount(); ++s) {
        const auto slot = std::uint32_t(s);
        const auto reads = qsizetype(index.readIds(slot).size());
        if (reads == 0)
            continue;
        const QString plate = index.plate(slot);
        if (reads > busiest) {
            busiest = reads;
            picks.busy = plate;
        }
        if (reads > busiestConfusable && hasConfusable(plate, table)) {
            busiestConfusable = reads;
            picks.misread = plate;
        }
        const bool standard = plate.size() == 7 && plate.front().isDigit();
        if (standard && picks.typical.isEmpty() && reads >= 3 && reads <= 6)
            picks.typical = plate;
        if (standard && picks.single.isEmpty() && reads == 1)
            picks.single = plate;
    }
    if (picks.typical.isEmpty())
        picks.typical = picks.busy;
    if (picks.single.isEmpty())
        picks.single = picks.typical;
    if (picks.misread.isEmpty())
        picks.misread = picks.busy;
    return picks;
}

std::vector<BenchPattern> patternList(const Picks& p)
{
    using F = Family;
    // No plate has a Q: the generator's serials skip it and no misread makes one.
    const QString none = u"1QQQ999"_s;
    return {
        {p.busy, F::Exact},
        {p.typical, F::Exact},
        {p.single, F::Exact},
        {none, F::Exact},
        {p.typical, F::Exact, false, 0, true},
        {u"7AB*"_s, F::Prefix},
        {u"8*"_s, F::Prefix},
        {u"4XYZ*"_s, F::Prefix},
        {u"7AB*"_s, F::Prefix, false, 0, true},
        {u"*123"_s, F::Suffix},
        {u"*9"_s, F::Suffix},
        {u"*123"_s, F::Suffix, false, 0, true},
        {u"*AB*"_s, F::Contains},
        {u"*XYZ*"_s, F::Contains},
        {u"*AB*"_s, F::Contains, false, 0, true},
        {u"7?B?12?"_s, F::Gaps},
        {u"??C?12?"_s, F::Gaps},
        {u"??C?12?"_s, F::Gaps, false, 0, true},
        {u"[78]AB*"_s, F::Set},
        {u"7[A-C]*"_s, F::Set},
        {u"[78]AB*"_s, F::Set, false, 0, true},
        {p.misread, F::Misread, true},
        {u"*AB8*"_s, F::Misread, true},
        {u"7AB*"_s, F::Misread, true},
        {p.misread, F::Misread, true, 0, true},
        {p.typical, F::Edit, false, 1},
        {p.typical, F::Edit, false, 2},
        {p.busy, F::Edit, false, 1},
        {p.typical, F::Edit, false, 1, true},
        {p.typical, F::Edit, false, 2, true},
    };
}

QString pad(const QString& s, int width)
{
    return width < 0 ? s.leftJustified(-width) : s.rightJustified(width);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

void printRow(QTextStream& out, const QStringList& cells, const std::vector<int>& widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += pad(cells.at(i), widths.at(std::size_t(i))) + u"  "_s;
    out << line.trimmed() << u'\n';
    out.flush();
}

} // namespace alpr::bench
