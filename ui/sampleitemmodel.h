// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"

#include <QAbstractTableModel>
#include <QList>

namespace alpr {
struct CheckSummary;
}

namespace alpr::gui {

// The items of one audit sample with the auditor's findings.
class SampleItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleItemModel)

public:
    enum Column
    {
        Item,
        Event,
        Time,
        User,
        Action,
        Case,
        Purpose,
        Query,
        Checks,
        Finding,
        ColumnCount
    };

    explicit SampleItemModel(QObject* parent = nullptr);
    ~SampleItemModel() override;

    void setItems(QList<SampleItem> items);
    const QList<SampleItem>& items() const { return m_items; }
    const SampleItem* item(int row) const;
    int rowOfItem(int item) const; // -1 when the sample has no such item

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The checks column: core's reading of the checks (checkSummary), in
    // short words.
    static QString checksText(const CheckSummary& summary);

private:
    QList<SampleItem> m_items;
};

} // namespace alpr::gui
