// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/canvass.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace alpr::gui {

// The sightings of the selected plate, oldest first. Its texts are the
// canvass panel's (CanvassPanel::tr).
class CanvassSightingModel final : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(CanvassSightingModel)

public:
    enum Column
    {
        Window,
        Captured,
        Hold, // "Held" when a legal hold keeps the read: in sight, before the long names
        Camera,
        Location,
        State,
        ColumnCount
    };

    explicit CanvassSightingModel(QObject* parent);
    ~CanvassSightingModel() override;

    void setSightings(QList<CanvassSighting> sightings);
    const CanvassSighting* sighting(int row) const;
    // The reads a legal hold keeps, asked once per canvass (kept across
    // plates: the sightings of each plate are among the canvass's reads).
    void setHeld(QSet<qint64> readIds);
    bool isHeld(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CanvassSighting> m_sightings;
    QSet<qint64> m_held;
};

} // namespace alpr::gui
