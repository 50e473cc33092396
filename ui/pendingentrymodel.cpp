// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "pendingentrymodel.h"
#include "auditwidgets.h"

namespace alpr::gui {

PendingEntryModel::PendingEntryModel(QObject* parent) : QAbstractTableModel(parent) {}
PendingEntryModel::~PendingEntryModel() = default;

void PendingEntryModel::setEntries(QList<PendingEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const PendingEntry* PendingEntryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int PendingEntryModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].entry.id == id)
            return row;
    return -1;
}

int PendingEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PendingEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingEntryModel::data(const QModelIndex& index, int role) const
{
    const PendingEntry* p = entry(index.row());
    if (!p)
        return {};
    const HotListEntry& e = p->entry;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return e.id;
        case List:
            return p->list;
        case Plate:
            return e.plate;
        case State:
            return e.state;
        case Reason:
            return e.reason;
        case Case:
            return e.caseNumber;
        case EnteredBy:
            return e.enteredBy;
        case Entered:
            return localTime(e.enteredAt);
        case Expires:
            return e.expiresAt.isValid() ? e.expiresAt.toLocalTime().date().toString(Qt::ISODate)
                                         : QString();
        case Synopsis:
            return QString(e.synopsis).replace(u'\n', u' ');
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Synopsis || index.column() == Reason))
        return index.column() == Synopsis ? e.synopsis : e.reason;
    if (role == Qt::ToolTipRole && index.column() == Plate && e.isPattern)
        return tr("A partial plate: %1").arg(e.plate);
    if (role == Qt::FontRole && index.column() == Plate)
        return fixedFont();
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PendingEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Entry");
    case List:
        return tr("List");
    case Plate:
        return tr("Plate");
    case State:
        return tr("State");
    case Reason:
        return tr("Reason");
    case Case:
        return tr("Case");
    case EnteredBy:
        return tr("Entered by");
    case Entered:
        return tr("Entered");
    case Expires:
        return tr("Expires");
    case Synopsis:
        return tr("Synopsis");
    default:
        return {};
    }
}

} // namespace alpr::gui
