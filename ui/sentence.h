// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QString>

namespace alpr::gui {

// A message as a whole sentence for a banner or a status line: its first
// letter a capital, a full stop at its end. Core's messages are written to
// be embedded ("finding the reads in window 1: ..."); the window shows them
// on their own.
QString asSentence(const QString& message);

} // namespace alpr::gui
