// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "readtablemodel.h"
#include "heldmark.h"

#include <QFont>

namespace alpr::gui {

ReadTableModel::ReadTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReadTableModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_held.clear();
    endResetModel();
}

void ReadTableModel::setHeld(QSet<qint64> readIds)
{
    m_held = std::move(readIds);
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0, Hold), index(int(m_hits.size()) - 1, Hold));
}

bool ReadTableModel::isHeld(int row) const
{
    const SearchHit* h = hit(row);
    return h && m_held.contains(h->read.id);
}

const SearchHit* ReadTableModel::hit(int row) const
{
    if (row < 0 || row >= m_hits.size())
        return nullptr;
    return &m_hits[row];
}

int ReadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ReadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString matchLabel(const SearchHit& hit)
{
    switch (hit.reason) {
    case MatchReason::Exact:
        return ReadTableModel::tr("exact");
    case MatchReason::Pattern:
        return ReadTableModel::tr("pattern");
    case MatchReason::Misread:
        return ReadTableModel::tr("misread, %n substitution(s)", nullptr, hit.cost);
    case MatchReason::Candidate:
        return ReadTableModel::tr("alternative reading, %1").arg(hit.matchedReading);
    case MatchReason::Edit:
        return ReadTableModel::tr("near miss, %n edit(s)", nullptr, hit.cost);
    }
    return {};
}
} // namespace

QVariant ReadTableModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* h = hit(index.row());
    if (!h)
        return {};
    const ReadRecord& r = h->read;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Plate:
            return r.plate;
        case State:
            return r.state;
        case Captured:
            return QLocale().toString(r.capturedAt.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Camera:
            return r.cameraName;
        case Location:
            if (r.latitude && r.longitude)
                return QStringLiteral("%1, %2")
                    .arg(*r.latitude, 0, 'f', 5)
                    .arg(*r.longitude, 0, 'f', 5);
            return tr("unknown");
        case Match:
            return matchLabel(*h);
        case Hold:
            return m_held.contains(r.id) ? HeldMark::data(role) : QString();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Captured:
            return r.capturedAt.toMSecsSinceEpoch();
        case Match:
            return index.row(); // the engine's rank
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::FontRole && index.column() == Plate) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        f.setBold(true);
        return f;
    }
    if ((role == Qt::ToolTipRole || role == Qt::ForegroundRole) && index.column() == Hold &&
        m_held.contains(r.id))
        return HeldMark::data(role);
    if (role == Qt::ToolTipRole && index.column() == Camera)
        return r.cameraName; // the column may be narrower than a long name
    if (role == Qt::ToolTipRole && index.column() == Match && !r.candidates.isEmpty()) {
        QStringList alternatives;
        for (const PlateCandidate& c : r.candidates)
            alternatives << QStringLiteral("%1 (%2%)").arg(c.plate).arg(c.confidence, 0, 'f', 0);
        return tr("Other readings: %1").arg(alternatives.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant ReadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Plate:
        return tr("Plate");
    case State:
        return tr("State");
    case Captured:
        return tr("Captured");
    case Camera:
        return tr("Camera");
    case Location:
        return tr("Location");
    case Match:
        return tr("Match");
    case Hold:
        return HeldMark::header();
    }
    return {};
}

} // namespace alpr::gui
