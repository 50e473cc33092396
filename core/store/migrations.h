// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace alpr {

// One numbered schema change: its statements, then its step (for what SQL
// alone cannot do on SQLite 3.15), in one transaction.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
    Result<void> (*step)(QSqlDatabase db) = nullptr;
};

const std::vector<Migration>& storeMigrations();

} // namespace alpr
