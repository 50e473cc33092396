// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QProxyStyle>

namespace alpr::gui {

// The application's style, with the keyboard focus marked plainly: a
// two-pixel frame in the highlight colour around the focused button, check
// box or spin box, so a user moving with Tab sees where they are.
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)

public:
    // The one instance, owned by the application.
    static FocusFrameStyle* shared();

    // Gives every button and check box under `root` this style (a widget's
    // style is not inherited by its children).
    static void applyTo(QWidget* root, FocusFrameStyle* style);

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;

private:
    FocusFrameStyle();
};

} // namespace alpr::gui
