// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "sampleitemmodel.h"
#include "auditeventmodel.h"
#include "auditwidgets.h"
#include "displaynames.h"

#include "auditing/checksummary.h"

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

QString SampleItemModel::checksText(const CheckSummary& summary)
{
    QStringList p;
    if (const int errors = summary.count(CheckIssue::DataError); errors > 0)
        p << tr("data errors: %1").arg(errors);
    if (summary.count(CheckIssue::CaseFormat) > 0)
        p << tr("case format");
    if (summary.count(CheckIssue::CaseNotOnRecord) > 0)
        p << tr("case not on record");
    if (summary.count(CheckIssue::PurposeNotListed) > 0)
        p << tr("purpose not listed");
    if (p.isEmpty())
        p << tr("all pass");
    // Said, not flagged: the purpose was authorized when it was used.
    if (summary.count(CheckIssue::PurposeRetiredSince) > 0)
        p << tr("purpose retired since (allowed then)");
    return p.join(u", "_s);
}

SampleItemModel::SampleItemModel(QObject* parent) : QAbstractTableModel(parent) {}
SampleItemModel::~SampleItemModel() = default;

void SampleItemModel::setItems(QList<SampleItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const SampleItem* SampleItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int SampleItemModel::rowOfItem(int item) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].item == item)
            return row;
    return -1;
}

int SampleItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SampleItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleItemModel::data(const QModelIndex& index, int role) const
{
    const SampleItem* it = item(index.row());
    if (!it)
        return {};
    const AuditEvent& e = it->event;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item:
            return it->item;
        case Event:
            return e.seq;
        case Time:
            return localTime(e.at);
        case User:
            return e.username;
        case Action:
            return auditActionLabel(e.action);
        case Case:
            return e.details.value(u"case"_s).toString();
        case Purpose:
            return e.details.value(u"purpose"_s).toString();
        case Query: {
            const QString q = AuditEventModel::querySummary(e.details);
            return q.isEmpty() ? AuditEventModel::detailsSummary(e) : q;
        }
        case Checks:
            return checksText(checkSummary(*it));
        case Finding:
            return it->worksheet.finding ? findingTitle(*it->worksheet.finding)
                                         : tr("not reviewed");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Checks)
            return checkSummary(*it).passed() ? kAuditGood : kAuditBad;
        if (index.column() == Finding && it->worksheet.finding)
            return *it->worksheet.finding == alpr::Finding::Complies ? kAuditGood : kAuditBad;
    }
    if (role == Qt::ToolTipRole && index.column() == Checks) {
        const CheckSummary summary = checkSummary(*it);
        if (!summary.entries.isEmpty())
            return (summary.problems() + summary.notes()).join(u'\n');
    }
    if (role == Qt::ToolTipRole && index.column() == Query)
        return detailsLine(e.details);
    if (role == Qt::TextAlignmentRole && (index.column() == Item || index.column() == Event))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SampleItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Event:
        return tr("Event");
    case Time:
        return tr("Time (local)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Case:
        return tr("Case");
    case Purpose:
        return tr("Purpose");
    case Query:
        return tr("Query");
    case Checks:
        return tr("Checks");
    case Finding:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace alpr::gui
