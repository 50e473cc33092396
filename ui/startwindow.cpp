// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "startwindow.h"
#include "adminwindow.h"
#include "mainwindow.h"

#include "auth/permissions.h"
#include "auth/session.h"

namespace alpr::gui {

bool administersOnly(const QList<Role>& roles)
{
    return !rolesAllow(roles, Action::Search) &&
           (rolesAllow(roles, Action::ManageUsers) || rolesAllow(roles, Action::ChangeSettings));
}

std::unique_ptr<QMainWindow> makeStartWindow(std::unique_ptr<Session> session)
{
    if (administersOnly(session->user().roles))
        return std::make_unique<AdminWindow>(std::move(session));
    return std::make_unique<MainWindow>(std::move(session));
}

} // namespace alpr::gui
