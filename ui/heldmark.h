// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QCoreApplication>
#include <QVariant>

namespace alpr::gui {

// The mark of a read a legal hold keeps, the same wherever reads are listed
// (the results, the canvass sightings, a read's sightings, the alert queue):
// "Held" in the hold colour, with a tooltip that says what it means. The
// lists ask LegalHolds::held() once per refresh and show this in their
// Hold column for the reads it returns.
class HeldMark final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::gui::HeldMark)

public:
    // The held read's cell for this role (display, tooltip, foreground);
    // nothing for the other roles.
    static QVariant data(int role);
    static QString header(); // "Hold"
};

} // namespace alpr::gui
