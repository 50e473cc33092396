// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/role.h"

#include <QList>
#include <QString>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// An authorized purpose of an inquiry.
struct Purpose
{
    QString code;
    QString description;
    QString policyRef;
    bool active = true; // retired purposes stay for the record but cannot be chosen
    QList<Role> roles;  // who may give it; a user with none of them cannot choose it
};

// The department's settings (case number format, misread table, password
// policy, ...) and its list of purposes. The calls that take a TrailWriter
// make the change and append its audit entry in one transaction.
class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;

    // A setting, or its default when it was never set.
    virtual Result<QString> value(const QString& key) const = 0;
    // In the caller's transaction.
    virtual Result<void> setValue(const QString& key, const QString& value) = 0;
    // Sets these (key, value) pairs and appends the entry, in one transaction.
    virtual Result<void> setValues(const QList<QPair<QString, QString>>& values, TrailWriter& trail,
                                   const TrailEntry& entry) = 0;

    // Every purpose, the retired ones too, by code.
    virtual Result<QList<Purpose>> purposes() const = 0;
    // Adds the purpose (active) or, when one with its code exists, changes
    // its description, policy reference and roles.
    virtual Result<void> savePurpose(const Purpose& purpose, TrailWriter& trail,
                                     const TrailEntry& entry) = 0;
    virtual Result<void> setPurposeActive(const QString& code, bool active, TrailWriter& trail,
                                          const TrailEntry& entry) = 0;
};

} // namespace alpr
