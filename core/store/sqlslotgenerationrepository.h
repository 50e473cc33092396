// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/slotgenerationrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The key_slot_generations table of the file store.
class SqlSlotGenerationRepository final : public SlotGenerationRepository
{
public:
    explicit SqlSlotGenerationRepository(QSqlDatabase db);

    Result<int> generation(const QString& username) const override;
    Result<void> setGeneration(const QString& username, int generation) override;
    Result<QMap<QString, int>> all() const override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
