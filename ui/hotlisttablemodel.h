// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/hotlists.h" // HotList, HotListEntry

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace alpr::gui {

// The hot lists an administrator sees: what each is, how many entries it
// has, when its extract was made and loaded, and whether it is covert,
// disabled or stale (stale ones in red, disabled ones in grey).
class HotListTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotListTableModel)

public:
    enum Column
    {
        Name,
        Kind,
        Purpose,
        Priority,
        Entries,
        Extract,
        Loaded,
        Flags,
        ColumnCount
    };

    explicit HotListTableModel(QObject* parent = nullptr);
    ~HotListTableModel() override;

    // The lists, and the names of those that are stale.
    void setLists(QList<HotList> lists, QSet<QString> stale);
    const HotList* list(int row) const;
    int rowOfName(const QString& name) const; // -1 when not listed
    bool isStale(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString flags(const HotList& l, bool stale) const;

    QList<HotList> m_lists;
    QSet<QString> m_stale;
};

} // namespace alpr::gui
