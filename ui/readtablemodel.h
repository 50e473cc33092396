// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QAbstractTableModel>

namespace alpr::gui {

// The reads a search returned, one row each.
class ReadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadTableModel)

public:
    enum Column
    {
        Plate,
        State,
        Captured,
        Camera,
        Location,
        Match,
        ColumnCount
    };
    // What a column sorts by: times as times, matches by rank.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReadTableModel(QObject* parent = nullptr);

    void setHits(QList<SearchHit> hits);
    const SearchHit* hit(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace alpr::gui
