// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"

#include <QAbstractTableModel>
#include <QList>

namespace alpr::gui {

// The audit samples drawn, newest first, without their items.
class SampleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleListModel)

public:
    enum Column
    {
        Number,
        Kind,
        Period,
        Items,
        ColumnCount
    };

    explicit SampleListModel(QObject* parent = nullptr);
    ~SampleListModel() override;

    void setSamples(QList<AuditSample> samples);
    const AuditSample* sample(int row) const;
    int rowOfSample(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditSample> m_samples;
};

} // namespace alpr::gui
