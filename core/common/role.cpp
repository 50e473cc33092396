// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/role.h"

#include <QStringList>

#include <array>

namespace alpr {

namespace {

struct RoleInfo
{
    Role role;
    const char* name;
};
constexpr std::array kRoles{
    RoleInfo{Role::Detective, "detective"}, RoleInfo{Role::Dispatcher, "dispatcher"},
    RoleInfo{Role::Records, "records"},     RoleInfo{Role::Administrator, "administrator"},
    RoleInfo{Role::Auditor, "auditor"},     RoleInfo{Role::Supervisor, "supervisor"},
    RoleInfo{Role::Ingest, "ingest"},       RoleInfo{Role::Maintenance, "maintenance"}};

} // namespace

QString roleName(Role role)
{
    for (const auto& r : kRoles)
        if (r.role == role)
            return QLatin1String(r.name);
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const auto& r : kRoles)
        if (name.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0)
            return r.role;
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto& r : kRoles)
        roles.append(r.role);
    return roles;
}

QList<Role> personRoles()
{
    QList<Role> roles;
    for (const auto& r : kRoles)
        if (!isServiceRole(r.role))
            roles.append(r.role);
    return roles;
}

QList<Role> serviceRoles()
{
    return {Role::Ingest, Role::Maintenance};
}

bool isServiceRole(Role role)
{
    return role == Role::Ingest || role == Role::Maintenance;
}

std::optional<QList<Role>> parseRoles(const QString& text, QString* unknown)
{
    QList<Role> roles;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto role = roleFromName(part.trimmed());
        if (!role) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        if (!roles.contains(*role))
            roles.append(*role);
    }
    return roles;
}

QString rolesToString(const QList<Role>& roles)
{
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return names.join(u',');
}

} // namespace alpr
