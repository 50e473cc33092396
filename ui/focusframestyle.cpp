// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "focusframestyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace alpr::gui {

FocusFrameStyle::FocusFrameStyle() : QProxyStyle(QApplication::style()->name()) {}

FocusFrameStyle* FocusFrameStyle::shared()
{
    static QPointer<FocusFrameStyle> style;
    if (!style) {
        style = new FocusFrameStyle;
        style->setParent(qApp);
    }
    return style;
}

void FocusFrameStyle::applyTo(QWidget* root, FocusFrameStyle* style)
{
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->focusPolicy() != Qt::NoFocus)
            button->setStyle(style);
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const bool framed =
        element == CE_PushButton || element == CE_CheckBox || element == CE_RadioButton;
    if (!framed || !(option->state & State_HasFocus))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace alpr::gui
