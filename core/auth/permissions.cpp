// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/permissions.h"

#include <array>

namespace alpr {

namespace {

struct ActionInfo
{
    Action action;
    const char* name;
};
constexpr std::array kActions{
    ActionInfo{Action::Search, "search"},
    ActionInfo{Action::Canvass, "canvass"},
    ActionInfo{Action::ViewImage, "view-image"},
    ActionInfo{Action::VerifyHit, "verify-hit"},
    ActionInfo{Action::Export, "export"},
    ActionInfo{Action::ImportReads, "import-reads"},
    ActionInfo{Action::ManageUsers, "manage-users"},
    ActionInfo{Action::ManageHotLists, "manage-hotlists"},
    ActionInfo{Action::ChangeSettings, "change-settings"},
    ActionInfo{Action::ReadAudit, "read-audit"},
    ActionInfo{Action::MaintainStore, "maintain-store"},
    ActionInfo{Action::PurgeReads, "purge-reads"},
    ActionInfo{Action::ImportHotLists, "import-hotlists"},
    ActionInfo{Action::EnterHotListEntries, "enter-hotlist-entries"},
    ActionInfo{Action::ApproveEntryChanges, "approve-entry-changes"},
    ActionInfo{Action::SuperviseAlerts, "supervise-alerts"},
    ActionInfo{Action::ApproveReleases, "approve-releases"},
};

} // namespace

QString actionName(Action action)
{
    for (const auto& a : kActions)
        if (a.action == action)
            return QLatin1String(a.name);
    return {};
}

QList<Action> allActions()
{
    QList<Action> actions;
    for (const auto& a : kActions)
        actions.append(a.action);
    return actions;
}

bool roleAllows(Role role, Action action)
{
    switch (role) {
    case Role::Detective:
        return action == Action::Search || action == Action::Canvass ||
               action == Action::ViewImage || action == Action::EnterHotListEntries;
    case Role::Dispatcher:
        return action == Action::Search || action == Action::ViewImage ||
               action == Action::VerifyHit || action == Action::EnterHotListEntries;
    case Role::Supervisor:
        return action == Action::Search || action == Action::ViewImage ||
               action == Action::VerifyHit || action == Action::ApproveEntryChanges ||
               action == Action::SuperviseAlerts || action == Action::ApproveReleases;
    case Role::Records:
        return action == Action::Search || action == Action::ViewImage ||
               action == Action::Export || action == Action::ImportReads;
    case Role::Administrator:
        return action == Action::ManageUsers || action == Action::ManageHotLists ||
               action == Action::ChangeSettings || action == Action::ImportReads ||
               action == Action::ReadAudit || action == Action::MaintainStore ||
               action == Action::PurgeReads || action == Action::ImportHotLists ||
               action == Action::ApproveReleases;
    case Role::Auditor:
        // An audit of searches has to look at what was searched.
        return action == Action::ReadAudit || action == Action::Search ||
               action == Action::ViewImage;
    case Role::Ingest:
        // Adds reads (the import command, the receiver), nothing else: it
        // never searches, views or reads the trail.
        return action == Action::ImportReads;
    case Role::Maintenance:
        return action == Action::MaintainStore || action == Action::PurgeReads ||
               action == Action::ImportHotLists;
    }
    return false;
}

bool reachesAlprData(Action action)
{
    switch (action) {
    case Action::ManageUsers:
    case Action::ChangeSettings:
    case Action::MaintainStore:
        return false;
    case Action::Search:
    case Action::Canvass:
    case Action::ViewImage:
    case Action::VerifyHit:
    case Action::Export:
    case Action::ImportReads:
    case Action::ManageHotLists:
    case Action::ReadAudit:
    case Action::PurgeReads:
    case Action::ImportHotLists:
    case Action::EnterHotListEntries:
    case Action::ApproveEntryChanges:
    case Action::SuperviseAlerts:
    case Action::ApproveReleases:
        return true;
    }
    return true;
}

bool rolesAllow(const QList<Role>& roles, Action action)
{
    for (Role r : roles)
        if (roleAllows(r, action))
            return true;
    return false;
}

} // namespace alpr
