// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "evidence/evidenceexport.h" // EvidencePackage

#include <QAbstractTableModel>
#include <QList>

namespace alpr::gui {

// The evidence packages exported, newest first: id, when started (local
// time), how it ended, the case, how many reads, who, and where it went.
class EvidencePackageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePackageModel)

public:
    enum Column
    {
        Id,
        Started,
        Status,
        Case,
        Reads,
        By,
        Folder,
        ColumnCount
    };

    explicit EvidencePackageModel(QObject* parent = nullptr);
    ~EvidencePackageModel() override;

    void setPackages(QList<EvidencePackage> packages);
    const EvidencePackage* package(int row) const;
    static QString statusLabel(PackageStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EvidencePackage> m_packages;
};

} // namespace alpr::gui
