// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>

#include <memory>

#include "common/role.h"

class QMainWindow;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Whether the roles administer but may not search (the administrator alone):
// such a user gets the administration window, not a search form they cannot use.
bool administersOnly(const QList<Role>& roles);

// The window the application opens for the signed-in user, which keeps the
// session: the administration window for an administrator who may not
// search, the search window for everyone else (by role, not by training: a
// detective whose training lapsed still sees the search window say why).
std::unique_ptr<QMainWindow> makeStartWindow(std::unique_ptr<Session> session);

} // namespace alpr::gui
