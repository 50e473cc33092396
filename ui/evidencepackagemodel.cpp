// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidencepackagemodel.h"
#include "auditwidgets.h"

#include <QBrush>
#include <QColor>
#include <QDir>

namespace alpr::gui {

EvidencePackageModel::EvidencePackageModel(QObject* parent) : QAbstractTableModel(parent) {}

EvidencePackageModel::~EvidencePackageModel() = default;

void EvidencePackageModel::setPackages(QList<EvidencePackage> packages)
{
    beginResetModel();
    m_packages = std::move(packages);
    endResetModel();
}

const EvidencePackage* EvidencePackageModel::package(int row) const
{
    return row >= 0 && row < m_packages.size() ? &m_packages[row] : nullptr;
}

QString EvidencePackageModel::statusLabel(PackageStatus status)
{
    switch (status) {
    case PackageStatus::Started:
        return tr("started");
    case PackageStatus::Exported:
        return tr("exported");
    case PackageStatus::Failed:
        return tr("failed");
    }
    return {};
}

int EvidencePackageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int EvidencePackageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidencePackageModel::data(const QModelIndex& index, int role) const
{
    const EvidencePackage* p = package(index.row());
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return p->id;
        case Started:
            return localTime(p->startedAt);
        case Status:
            return statusLabel(p->status);
        case Case:
            return p->caseNumber;
        case Reads:
            return int(p->readIds.size());
        case By:
            return p->exportedBy;
        case Folder:
            return QDir::toNativeSeparators(p->folder);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && p->status == PackageStatus::Failed)
            return p->failure;
        if (index.column() == Folder)
            return QDir::toNativeSeparators(p->folder);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status &&
        p->status == PackageStatus::Failed)
        return QBrush(QColor(0x8a, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && index.column() == Reads)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EvidencePackageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Package");
    case Started:
        return tr("Started");
    case Status:
        return tr("Status");
    case Case:
        return tr("Case");
    case Reads:
        return tr("Reads");
    case By:
        return tr("By");
    case Folder:
        return tr("Folder");
    default:
        return {};
    }
}

} // namespace alpr::gui
