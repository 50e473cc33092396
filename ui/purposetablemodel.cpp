// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "purposetablemodel.h"
#include "displaynames.h"

#include <QColor>

namespace alpr::gui {

PurposeTableModel::PurposeTableModel(QObject* parent) : QAbstractTableModel(parent) {}
PurposeTableModel::~PurposeTableModel() = default;

void PurposeTableModel::setPurposes(QList<Purpose> purposes)
{
    beginResetModel();
    m_purposes = std::move(purposes);
    endResetModel();
}

const Purpose* PurposeTableModel::purpose(int row) const
{
    return row >= 0 && row < m_purposes.size() ? &m_purposes[row] : nullptr;
}

int PurposeTableModel::rowOfCode(const QString& code) const
{
    for (int row = 0; row < m_purposes.size(); ++row)
        if (m_purposes[row].code == code)
            return row;
    return -1;
}

int PurposeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_purposes.size());
}

int PurposeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurposeTableModel::data(const QModelIndex& index, int role) const
{
    const Purpose* p = purpose(index.row());
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return p->code;
        case Description:
            return purposeDescriptionLabel(p->description);
        case Policy:
            return p->policyRef;
        case Roles:
            return rolesLabel(p->roles);
        case Status:
            return p->active ? tr("active") : tr("retired");
        default:
            return {};
        }
    }
    // The description column is narrow beside the others; its whole text on hover.
    if (role == Qt::ToolTipRole && index.column() == Description)
        return purposeDescriptionLabel(p->description);
    if (role == Qt::ForegroundRole && !p->active)
        return QColor(0x75, 0x75, 0x75);
    return {};
}

QVariant PurposeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Description:
        return tr("Description");
    case Policy:
        return tr("Policy");
    case Roles:
        return tr("Who may give it");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace alpr::gui
