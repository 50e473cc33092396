// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/settingsrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The settings and purposes tables of the file store.
class SqlSettingsRepository final : public SettingsRepository
{
public:
    explicit SqlSettingsRepository(QSqlDatabase db);

    Result<QString> value(const QString& key) const override;
    Result<void> setValue(const QString& key, const QString& value) override;
    Result<void> setValues(const QList<QPair<QString, QString>>& values, TrailWriter& trail,
                           const TrailEntry& entry) override;
    Result<QList<Purpose>> purposes() const override;
    Result<void> savePurpose(const Purpose& purpose, TrailWriter& trail,
                             const TrailEntry& entry) override;
    Result<void> setPurposeActive(const QString& code, bool active, TrailWriter& trail,
                                  const TrailEntry& entry) override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
