// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/hotlists.h" // HotList, HotListEntry

#include <QAbstractTableModel>
#include <QList>

namespace alpr::gui {

// A department entry (BOLO) waiting for an administrator, with its list.
struct PendingEntry
{
    QString list;
    HotListEntry entry;
};

// The pending entries of every department list, for approval.
class PendingEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingEntryModel)

public:
    enum Column
    {
        Id,
        List,
        Plate,
        State,
        Reason,
        Case,
        EnteredBy,
        Entered,
        Expires,
        Synopsis,
        ColumnCount
    };

    explicit PendingEntryModel(QObject* parent = nullptr);
    ~PendingEntryModel() override;

    void setEntries(QList<PendingEntry> entries);
    const PendingEntry* entry(int row) const;
    int rowOfId(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PendingEntry> m_entries;
};

} // namespace alpr::gui
