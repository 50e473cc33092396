// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/canvass.h"

#include <QAbstractTableModel>
#include <QList>

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
        Camera,
        Location,
        State,
        ColumnCount
    };

    explicit CanvassSightingModel(QObject* parent);
    ~CanvassSightingModel() override;

    void setSightings(QList<CanvassSighting> sightings);
    const CanvassSighting* sighting(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CanvassSighting> m_sightings;
};

} // namespace alpr::gui
