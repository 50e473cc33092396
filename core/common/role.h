// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace alpr {

// What a user is in the department; the permission table (auth/permissions.h)
// says what each role may do. Ingest and Maintenance are the roles of service
// accounts, which unattended jobs sign in with; they are never combined with
// a person's role on one account.
enum class Role
{
    Detective,
    Dispatcher,
    Records,
    Administrator,
    Auditor,
    // Approves changes to hot-list entries (and, with the Evidence issue,
    // release requests) and oversees the alert queue.
    Supervisor,
    Ingest,
    Maintenance
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QList<Role> allRoles();
// The roles a person holds, and the roles of service accounts.
QList<Role> personRoles();
QList<Role> serviceRoles();
bool isServiceRole(Role role);

// "detective,records" <-> roles; parse fails on unknown names.
std::optional<QList<Role>> parseRoles(const QString& text, QString* unknown = nullptr);
QString rolesToString(const QList<Role>& roles);

} // namespace alpr
