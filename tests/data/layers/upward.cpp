// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Fed to the layer check as if it were part of the store layer: the store may
// not include the signed-in Session, which lives two layers up.
#include "auth/session.h"
