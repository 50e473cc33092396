// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasstimedelegate.h"

#include "canvasstime.h"

#include <QDateTimeEdit>

namespace alpr::gui {

CanvassTimeDelegate::CanvassTimeDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* CanvassTimeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                           const QModelIndex&) const
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(QStringLiteral("canvassTimeEditor"));
    edit->setDisplayFormat(canvassTimeFormat());
    edit->setFrame(false);
    return edit;
}

void CanvassTimeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor))
        edit->setDateTime(index.data(Qt::EditRole).toDateTime().toLocalTime());
}

void CanvassTimeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        edit->interpretText();
        model->setData(index, edit->dateTime(), Qt::EditRole);
    }
}

} // namespace alpr::gui
