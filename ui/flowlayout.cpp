// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace alpr::gui {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addStretchingWidget(QWidget* widget)
{
    addWidget(widget);
    m_stretching.append(m_items.last());
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    m_stretching.removeAll(item);
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: every other item can go onto a line of its own.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        width += item->sizeHint().width() + spacingBetween();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacingBetween() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget* parent = parentWidget();
    return parent
               ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
               : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingBetween();
    int y = area.y();
    qsizetype lineStart = 0;
    while (lineStart < m_items.size()) {
        // The items that fit on this line (at least one).
        int x = area.x();
        int lineHeight = 0;
        qsizetype end = lineStart;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem* item = m_items[end];
            if (item->isEmpty())
                continue;
            const int w = item->sizeHint().width();
            if (end > lineStart && x + w > area.right() + 1)
                break;
            x += w + gap;
            lineHeight = std::max(lineHeight, item->sizeHint().height());
        }
        if (apply) {
            const int spare = std::max(0, area.right() + 1 - (x - gap));
            int left = area.x();
            for (qsizetype i = lineStart; i < end; ++i) {
                QLayoutItem* item = m_items[i];
                if (item->isEmpty())
                    continue;
                int w = std::min(item->sizeHint().width(), area.width());
                if (m_stretching.contains(item))
                    w += spare;
                const int h = item->sizeHint().height();
                item->setGeometry(QRect(left, y + (lineHeight - h) / 2, w, h));
                left += w + gap;
            }
        }
        y += lineHeight + gap;
        lineStart = end;
    }
    return y - gap - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace alpr::gui
