// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QAbstractTableModel>
#include <QSet>

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
        Hold, // "Held" when a legal hold keeps the read
        ColumnCount
    };
    // What a column sorts by: times as times, matches by rank.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReadTableModel(QObject* parent = nullptr);

    void setHits(QList<SearchHit> hits);
    const SearchHit* hit(int row) const;
    // The reads among the hits a legal hold keeps (asked once per result list).
    void setHeld(QSet<qint64> readIds);
    bool isHeld(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SearchHit> m_hits;
    QSet<qint64> m_held;
};

} // namespace alpr::gui
