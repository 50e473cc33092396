// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QStyledItemDelegate>

namespace alpr::gui {

// Edits a canvass window's time in the form its cell shows it
// (canvassTimeFormat(): local time, to the minute), so the cell and its
// editor never show one time two ways.
class CanvassTimeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvassTimeDelegate)

public:
    explicit CanvassTimeDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace alpr::gui
