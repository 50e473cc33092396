// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QLayout>
#include <QList>

namespace alpr::gui {

// Lays its items out left to right and wraps to a new line when the width
// runs out (Qt's flow layout example), so a bar of options folds onto a
// second line in a narrow window instead of widening it. The last item of a
// line may be marked to take the rest of the line's width.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    // Adds a widget that stretches to the end of its line.
    void addStretchingWidget(QWidget* widget);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;
    int spacingBetween() const;

    QList<QLayoutItem*> m_items;
    QList<QLayoutItem*> m_stretching;
    int m_spacing;
};

} // namespace alpr::gui
