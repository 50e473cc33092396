// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "alertqueuemodel.h"
#include "auditwidgets.h"
#include "heldmark.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

#include <algorithm>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

AlertQueueModel::AlertQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

AlertQueueModel::~AlertQueueModel() = default;

void AlertQueueModel::setHits(QList<HitRecord> hits, const QDateTime& now)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_held.clear();
    m_now = now;
    endResetModel();
}

void AlertQueueModel::setHeld(QSet<qint64> readIds)
{
    m_held = std::move(readIds);
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0, Hold), index(int(m_hits.size()) - 1, Hold));
}

bool AlertQueueModel::isHeld(int row) const
{
    const HitRecord* h = hit(row);
    return h && m_held.contains(h->readId);
}

const HitRecord* AlertQueueModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int AlertQueueModel::rowOfHit(qint64 hitId) const
{
    for (int i = 0; i < m_hits.size(); ++i)
        if (m_hits[i].id == hitId)
            return i;
    return -1;
}

int AlertQueueModel::untakenCount() const
{
    int n = 0;
    for (const HitRecord& h : m_hits)
        n += h.takenBy.isEmpty() && h.status == hitstatus::kNew ? 1 : 0;
    return n;
}

int AlertQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int AlertQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertQueueModel::flags(const HitRecord& h) const
{
    QStringList out;
    if (h.escalatedAt.isValid() && h.takenBy.isEmpty())
        out << tr("escalated");
    if (h.stale)
        out << tr("stale");
    if (h.stateDiffers)
        out << tr("state differs");
    if (h.covert)
        out << tr("covert");
    return out.join(u", "_s);
}

QString AlertQueueModel::age(const HitRecord& h) const
{
    if (!h.matchedAt.isValid() || !m_now.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, h.matchedAt.secsTo(m_now) / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 days").arg(minutes / (24 * 60));
}

QVariant AlertQueueModel::data(const QModelIndex& index, int role) const
{
    const HitRecord* h = hit(index.row());
    if (!h || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool escalated = h->escalatedAt.isValid() && h->takenBy.isEmpty();
    if (index.column() == Hold && m_held.contains(h->readId) &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole))
        return HeldMark::data(role);
    if (role == Qt::DisplayRole) {
        const QJsonObject& snap = h->snapshot;
        switch (Column(index.column())) {
        case Priority:
            return h->priority;
        case List:
            return snap.value(u"list"_s).toString();
        case Reason:
            return snap.value(u"reason"_s).toString();
        case ReadPlate:
            return h->readState.isEmpty() ? h->readPlate
                                          : u"%1 %2"_s.arg(h->readPlate, h->readState);
        case ListedPlate: {
            const QString state = snap.value(u"state"_s).toString();
            const QString plate = snap.value(u"plate"_s).toString();
            return state.isEmpty() ? plate : u"%1 %2"_s.arg(plate, state);
        }
        case Camera:
            return h->camera;
        case Time: {
            // An alert is minutes old: the day only when it is not today's.
            const QDateTime at = h->capturedAt.toLocalTime();
            if (!at.isValid())
                return QString();
            return at.date() == m_now.toLocalTime().date() ? at.toString(u"HH:mm:ss"_s)
                                                           : at.toString(u"yyyy-MM-dd HH:mm"_s);
        }
        case Age:
            return age(*h);
        case Flags:
            return flags(*h);
        case Hold:
            return QString();
        case Holder:
            return h->takenBy.isEmpty()
                       ? QString()
                       : (h->incident.isEmpty() ? h->takenBy
                                                : tr("%1 (%2)").arg(h->takenBy, h->incident));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return localTime(h->capturedAt);
        if (index.column() == Reason || index.column() == List || index.column() == Camera)
            return data(index, Qt::DisplayRole);
        if (escalated)
            return tr("Nobody has taken this alert in time.");
        return {};
    }
    if (role == Qt::BackgroundRole && escalated)
        return QBrush(QColor(0xff, 0xe0, 0xb2));
    if (role == Qt::ForegroundRole) {
        if (index.column() == Flags && (h->stale || h->stateDiffers || escalated))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (escalated)
            return QBrush(QColor(0x5d, 0x2e, 0x00));
    }
    // The row's colour marks an escalation; bold is kept for the plate, so
    // that the columns keep their widths.
    if (role == Qt::FontRole && index.column() == ReadPlate) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Priority)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Priority:
        return tr("Priority");
    case List:
        return tr("List");
    case Reason:
        return tr("Reason");
    case ReadPlate:
        return tr("Plate read");
    case ListedPlate:
        return tr("Plate listed");
    case Camera:
        return tr("Camera");
    case Time:
        return tr("Time");
    case Age:
        return tr("Age");
    case Flags:
        return tr("Flags");
    case Hold:
        return HeldMark::header();
    case Holder:
        return tr("Worked by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace alpr::gui
