// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hotlisttablemodel.h"
#include "auditwidgets.h"

#include <QColor>
#include <QStringList>

namespace alpr::gui {

HotListTableModel::HotListTableModel(QObject* parent) : QAbstractTableModel(parent) {}
HotListTableModel::~HotListTableModel() = default;

void HotListTableModel::setLists(QList<HotList> lists, QSet<QString> stale)
{
    beginResetModel();
    m_lists = std::move(lists);
    m_stale = std::move(stale);
    endResetModel();
}

const HotList* HotListTableModel::list(int row) const
{
    return row >= 0 && row < m_lists.size() ? &m_lists[row] : nullptr;
}

int HotListTableModel::rowOfName(const QString& name) const
{
    for (int row = 0; row < m_lists.size(); ++row)
        if (m_lists[row].name == name)
            return row;
    return -1;
}

bool HotListTableModel::isStale(int row) const
{
    const HotList* l = list(row);
    return l && m_stale.contains(l->name);
}

int HotListTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int HotListTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HotListTableModel::flags(const HotList& l, bool stale) const
{
    QStringList f;
    if (stale)
        f << tr("stale");
    if (!l.enabled)
        f << tr("disabled");
    if (l.covert)
        f << tr("covert");
    if (!l.alert)
        f << tr("no alerts");
    return f.join(QStringLiteral(", "));
}

QVariant HotListTableModel::data(const QModelIndex& index, int role) const
{
    const HotList* l = list(index.row());
    if (!l)
        return {};
    const bool stale = m_stale.contains(l->name);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return l->name;
        case Kind:
            return l->kind == HotListKind::General ? tr("general") : tr("department");
        case Purpose:
            return l->purpose;
        case Priority:
            return l->priority;
        case Entries:
            return l->entryCount;
        case Extract:
            return localTime(l->extractAt);
        case Loaded:
            return localTime(l->loadedAt);
        case Flags:
            return flags(*l, stale);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return l->covert ? tr("%1\nMembers: %2").arg(l->name, l->members.join(u", ")) : l->name;
        case Loaded:
            if (l->source.isEmpty())
                return tr("Created by %1").arg(l->createdBy);
            return tr("Loaded by %1 from %2 (%3)").arg(l->loadedBy, l->source, l->format);
        case Flags:
            return stale ? tr("The extract is older than the stale limit: import a new one.")
                         : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Priority || index.column() == Entries))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        // Red where the staleness is read: the extract, or the load without one.
        const int asOf = l->extractAt.isValid() ? Extract : Loaded;
        if (stale && (index.column() == Flags || index.column() == asOf))
            return kAuditBad;
        if (!l->enabled)
            return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QVariant HotListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Purpose:
        return tr("Purpose");
    case Priority:
        return tr("Priority");
    case Entries:
        return tr("Entries");
    case Extract:
        return tr("Extract");
    case Loaded:
        return tr("Loaded");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace alpr::gui
