// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cases/casepolicy.h"

#include <QAbstractTableModel>
#include <QList>

namespace alpr::gui {

// The authorized purposes, the retired ones too (in grey).
class PurposeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurposeTableModel)

public:
    enum Column
    {
        Code,
        Description,
        Policy,
        Roles,
        Status,
        ColumnCount
    };

    explicit PurposeTableModel(QObject* parent = nullptr);
    ~PurposeTableModel() override;

    void setPurposes(QList<Purpose> purposes);
    const QList<Purpose>& purposes() const { return m_purposes; }
    const Purpose* purpose(int row) const;
    int rowOfCode(const QString& code) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Purpose> m_purposes;
};

} // namespace alpr::gui
