// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace alpr {

class TrailWriter;
struct TrailEntry;

struct HotListEntry
{
    QString plate;
    QString state;
    QString reason;
    QString caseNumber;
    QString enteredBy;
};

struct HotList
{
    QString name;
    QString source;
    QDateTime loadedAt;
    QList<HotListEntry> entries;
};

// The hot lists and their entries.
class HotListRepository
{
public:
    virtual ~HotListRepository() = default;

    // Stores the list and its entries and appends the entry, with object
    // "hotlist:<id>", in one transaction; returns the list's id.
    virtual Result<qint64> addList(const HotList& list, TrailWriter& trail,
                                   const TrailEntry& entry) = 0;
};

} // namespace alpr
