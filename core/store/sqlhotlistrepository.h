// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/hotlistrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The hotlists and hotlist_entries tables of the file store.
class SqlHotListRepository final : public HotListRepository
{
public:
    explicit SqlHotListRepository(QSqlDatabase db);

    Result<qint64> addList(const HotList& list, TrailWriter& trail,
                           const TrailEntry& entry) override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
