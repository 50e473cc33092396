// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/canvass.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace alpr::gui {

// The windows being entered, one row each. Its texts are the canvass panel's
// (CanvassPanel::tr), so they keep their translation context.
class CanvassWindowModel final : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(CanvassWindowModel)

public:
    enum Column
    {
        Latitude,
        Longitude,
        Radius,
        From,
        To,
        ColumnCount
    };

    explicit CanvassWindowModel(QObject* parent);
    ~CanvassWindowModel() override;

    const QList<CanvassWindow>& windows() const { return m_windows; }

    // A new window: the last one again (the next place is often near and
    // later), or the last day around an empty place.
    void addWindow(const QDateTime& now);
    // The first window around a read's place and time, unless the user has
    // already placed it.
    bool placeFirstAround(const ReadRecord& read);
    void removeWindow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CanvassWindow> m_windows;
};

} // namespace alpr::gui
