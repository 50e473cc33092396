// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace alpr {

// What a user is in the department; the permission table (auth/permissions.h)
// says what each role may do.
enum class Role
{
    Detective,
    Dispatcher,
    Records,
    Administrator,
    Auditor
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QList<Role> allRoles();

// "detective,records" <-> roles; parse fails on unknown names.
std::optional<QList<Role>> parseRoles(const QString& text, QString* unknown = nullptr);
QString rolesToString(const QList<Role>& roles);

} // namespace alpr
