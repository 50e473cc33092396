// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "samplelistmodel.h"
#include "auditwidgets.h"

#include <algorithm>

namespace alpr::gui {

SampleListModel::SampleListModel(QObject* parent) : QAbstractTableModel(parent) {}
SampleListModel::~SampleListModel() = default;

void SampleListModel::setSamples(QList<AuditSample> samples)
{
    beginResetModel();
    m_samples = std::move(samples);
    endResetModel();
}

const AuditSample* SampleListModel::sample(int row) const
{
    return row >= 0 && row < m_samples.size() ? &m_samples[row] : nullptr;
}

int SampleListModel::rowOfSample(qint64 id) const
{
    for (int row = 0; row < m_samples.size(); ++row)
        if (m_samples[row].id == id)
            return row;
    return -1;
}

int SampleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int SampleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleListModel::data(const QModelIndex& index, int role) const
{
    const AuditSample* s = sample(index.row());
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return QString::number(s->id);
        case Kind:
            return sampleKindName(s->kind);
        case Period:
            return s->period.label;
        case Items:
            return tr("%1 of %2")
                .arg(std::min<qint64>(s->population, s->requestedSize))
                .arg(s->population);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Sample %1, drawn by %2 on %3 with seed %4")
            .arg(s->id)
            .arg(s->drawnBy, localTime(s->drawnAt), QString::number(s->seed));
    return {};
}

QVariant SampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Kind:
        return tr("Kind");
    case Period:
        return tr("Period");
    case Items:
        return tr("Items");
    default:
        return {};
    }
}

} // namespace alpr::gui
