// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alpr {

// Everything a user can do that the permission table decides.
enum class Action
{
    Search,
    Canvass,
    ViewImage,
    VerifyHit,
    Export,
    ImportReads,
    ManageUsers,
    ManageHotLists,
    ChangeSettings,
    ReadAudit,
    // Upkeep of the store file: compaction now, the nightly store check
    // (issue 10) later. Administrators and the maintenance service account.
    MaintainStore,
    // Named for the issues that build them: the daily retention purge and
    // the general hot-list download and import (maintenance, administrators).
    PurgeReads,
    ImportHotLists,
    // Department hot-list entries (BOLOs): entering one (detectives and
    // dispatchers), and approving a change to one (supervisors; a new entry
    // is approved under ManageHotLists by an administrator).
    EnterHotListEntries,
    ApproveEntryChanges,
    // Releasing an alert another dispatcher holds (supervisors).
    SuperviseAlerts,
    // Approving or denying a request to share ALPR data with another agency
    // (the policies' commander or designee: supervisors and administrators).
    ApproveReleases,
};

QString actionName(Action action);
QList<Action> allActions();

// The permission table: may a holder of this role do this action?
bool roleAllows(Role role, Action action);
// Whether an action reaches ALPR data (reads, images, hits, hot lists, the
// plates in the audit trail). Those need a current training record
// (policy: "without first completing department-approved training");
// managing accounts and settings does not.
bool reachesAlprData(Action action);

// A user with several roles may do what any of them allows.
bool rolesAllow(const QList<Role>& roles, Action action);

} // namespace alpr
