// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvassplatemodel.h"

#include "canvasspanel.h"

#include <QFont>
#include <QStringList>

namespace alpr::gui {

CanvassPlateModel::CanvassPlateModel(QObject* parent) : QAbstractTableModel(parent) {}
CanvassPlateModel::~CanvassPlateModel() = default;

void CanvassPlateModel::setPlates(QList<CanvassPlate> plates)
{
    beginResetModel();
    m_plates = std::move(plates);
    endResetModel();
}

const CanvassPlate* CanvassPlateModel::plate(int row) const
{
    return row >= 0 && row < m_plates.size() ? &m_plates[row] : nullptr;
}

int CanvassPlateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plates.size());
}

int CanvassPlateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CanvassPlateModel::data(const QModelIndex& index, int role) const
{
    const CanvassPlate* p = plate(index.row());
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate:
            return p->plate;
        case Windows: {
            QStringList numbers;
            for (int w : p->windows)
                numbers << QString::number(w + 1);
            return numbers.join(QStringLiteral(", "));
        }
        case Sightings:
            return int(p->sightings.size());
        }
    } else if (role == Qt::FontRole && index.column() == Plate) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant CanvassPlateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Plate:
        return CanvassPanel::tr("Plate");
    case Windows:
        return CanvassPanel::tr("Windows");
    case Sightings:
        return CanvassPanel::tr("Sightings");
    }
    return {};
}

} // namespace alpr::gui
