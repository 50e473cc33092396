// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasswindowmodel.h"

#include "canvasspanel.h"
#include "canvasstime.h"

#include <QLocale>

#include <optional>

namespace alpr::gui {

namespace {

// A number typed in the user's locale or with a decimal point.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace

CanvassWindowModel::CanvassWindowModel(QObject* parent) : QAbstractTableModel(parent) {}
CanvassWindowModel::~CanvassWindowModel() = default;

void CanvassWindowModel::addWindow(const QDateTime& now)
{
    CanvassWindow w;
    if (!m_windows.isEmpty()) {
        w = m_windows.last();
    } else {
        w.radiusMetres = 500;
        w.to = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC().addDays(1);
        w.from = w.to.addDays(-1);
    }
    const int row = int(m_windows.size());
    beginInsertRows({}, row, row);
    m_windows.append(w);
    endInsertRows();
}

bool CanvassWindowModel::placeFirstAround(const ReadRecord& read)
{
    if (m_windows.isEmpty() || !read.latitude || !read.longitude)
        return false;
    CanvassWindow& w = m_windows.first();
    if (w.latitude != 0.0 || w.longitude != 0.0)
        return false;
    w.latitude = *read.latitude;
    w.longitude = *read.longitude;
    w.radiusMetres = 500;
    w.from = read.capturedAt.toUTC().addSecs(-30 * 60);
    w.to = read.capturedAt.toUTC().addSecs(30 * 60);
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
    return true;
}

void CanvassWindowModel::removeWindow(int row)
{
    if (row < 0 || row >= m_windows.size())
        return;
    beginRemoveRows({}, row, row);
    m_windows.removeAt(row);
    endRemoveRows();
}

int CanvassWindowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int CanvassWindowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CanvassWindowModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant CanvassWindowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_windows.size())
        return {};
    const CanvassWindow& w = m_windows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Latitude:
            return QLocale().toString(w.latitude, 'f', 5);
        case Longitude:
            return QLocale().toString(w.longitude, 'f', 5);
        case Radius:
            return CanvassPanel::tr("%1 m").arg(QLocale().toString(w.radiusMetres, 'f', 0));
        case From:
            return canvassTime(w.from);
        case To:
            return canvassTime(w.to);
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Latitude:
            return QLocale().toString(w.latitude, 'f', 6);
        case Longitude:
            return QLocale().toString(w.longitude, 'f', 6);
        case Radius:
            return QLocale().toString(w.radiusMetres, 'f', 0);
        case From:
            return w.from.toLocalTime();
        case To:
            return w.to.toLocalTime();
        }
    } else if (role == Qt::TextAlignmentRole && index.column() <= Radius) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool CanvassWindowModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_windows.size())
        return false;
    CanvassWindow& w = m_windows[index.row()];
    switch (index.column()) {
    case Latitude:
    case Longitude:
    case Radius: {
        // Out-of-range numbers are kept: the canvass says what is wrong.
        const auto v = value.typeId() == QMetaType::Double ? std::optional<double>(value.toDouble())
                                                           : parseNumber(value.toString());
        if (!v)
            return false;
        (index.column() == Latitude    ? w.latitude
         : index.column() == Longitude ? w.longitude
                                       : w.radiusMetres) = *v;
        break;
    }
    case From:
    case To: {
        const QDateTime t = value.toDateTime();
        if (!t.isValid())
            return false;
        (index.column() == From ? w.from : w.to) = t.toUTC();
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant CanvassWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return CanvassPanel::tr("Window %1").arg(section + 1);
    switch (section) {
    case Latitude:
        return CanvassPanel::tr("Latitude");
    case Longitude:
        return CanvassPanel::tr("Longitude");
    case Radius:
        return CanvassPanel::tr("Radius");
    case From:
        return CanvassPanel::tr("From");
    case To:
        return CanvassPanel::tr("To");
    }
    return {};
}

} // namespace alpr::gui
