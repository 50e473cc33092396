// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/canvass.h"

#include <QAbstractTableModel>
#include <QList>

namespace alpr::gui {

// The plates a canvass found: seen in at least K windows (with one window,
// every plate in it). Its texts are the canvass panel's (CanvassPanel::tr).
class CanvassPlateModel final : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(CanvassPlateModel)

public:
    enum Column
    {
        Plate,
        Windows,
        Sightings,
        ColumnCount
    };

    explicit CanvassPlateModel(QObject* parent);
    ~CanvassPlateModel() override;

    void setPlates(QList<CanvassPlate> plates);
    const CanvassPlate* plate(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CanvassPlate> m_plates;
};

} // namespace alpr::gui
