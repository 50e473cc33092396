// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasssightingmodel.h"

#include "canvasspanel.h"
#include "canvasstime.h"
#include "heldmark.h"

namespace alpr::gui {

namespace {

QString shownPosition(const ReadRecord& r)
{
    if (!r.latitude || !r.longitude)
        return QStringLiteral("—");
    return QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 5).arg(*r.longitude, 0, 'f', 5);
}

} // namespace

CanvassSightingModel::CanvassSightingModel(QObject* parent) : QAbstractTableModel(parent) {}
CanvassSightingModel::~CanvassSightingModel() = default;

void CanvassSightingModel::setSightings(QList<CanvassSighting> sightings)
{
    beginResetModel();
    m_sightings = std::move(sightings);
    endResetModel();
}

void CanvassSightingModel::setHeld(QSet<qint64> readIds)
{
    m_held = std::move(readIds);
    if (!m_sightings.isEmpty())
        Q_EMIT dataChanged(index(0, Hold), index(int(m_sightings.size()) - 1, Hold));
}

bool CanvassSightingModel::isHeld(int row) const
{
    const CanvassSighting* s = sighting(row);
    return s && m_held.contains(s->read.id);
}

const CanvassSighting* CanvassSightingModel::sighting(int row) const
{
    return row >= 0 && row < m_sightings.size() ? &m_sightings[row] : nullptr;
}

int CanvassSightingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sightings.size());
}

int CanvassSightingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CanvassSightingModel::data(const QModelIndex& index, int role) const
{
    const CanvassSighting* s = sighting(index.row());
    if (!s)
        return {};
    if (index.column() == Hold)
        return m_held.contains(s->read.id) ? HeldMark::data(role) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Window:
        return s->window + 1;
    case Captured:
        return canvassTime(s->read.capturedAt);
    case Camera:
        return s->read.cameraName;
    case Location:
        return shownPosition(s->read);
    case State:
        return s->read.state;
    case Hold:
        break;
    }
    return {};
}

QVariant CanvassSightingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Window:
        return CanvassPanel::tr("Window");
    case Captured:
        return CanvassPanel::tr("Captured");
    case Camera:
        return CanvassPanel::tr("Camera");
    case Location:
        return CanvassPanel::tr("Location");
    case State:
        return CanvassPanel::tr("State");
    case Hold:
        return HeldMark::header();
    }
    return {};
}

} // namespace alpr::gui
