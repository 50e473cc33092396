// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QStringList>

#include <vector>

namespace alpr {

// One numbered schema change; its statements run in one transaction.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

const std::vector<Migration>& storeMigrations();

} // namespace alpr
