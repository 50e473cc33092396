// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "usertablemodel.h"
#include "displaynames.h"

#include <QLocale>
#include <QStringList>

namespace alpr::gui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setUsers(QList<UserStatus> users, const QDate& today)
{
    beginResetModel();
    m_users = std::move(users);
    m_today = today;
    endResetModel();
}

const UserStatus* UserTableModel::user(int row) const
{
    if (row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

int UserTableModel::rowOf(const QString& username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).account.username == username)
            return i;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::trainingText(const UserAccount& account) const
{
    if (account.training.isEmpty())
        return tr("none");
    if (!account.hasCurrentTraining(m_today))
        return tr("expired");
    // The current record that runs longest; one without an expiry runs forever.
    QDate latest;
    for (const TrainingRecord& t : account.training) {
        if (!t.isCurrentOn(m_today))
            continue;
        if (!t.expiresOn.isValid())
            return tr("current");
        if (!latest.isValid() || t.expiresOn > latest)
            latest = t.expiresOn;
    }
    return tr("current until %1").arg(QLocale().toString(latest, QLocale::ShortFormat));
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size() || role != Qt::DisplayRole)
        return {};
    const UserStatus& u = m_users.at(index.row());
    const UserAccount& a = u.account;
    switch (index.column()) {
    case UserName:
        return a.username;
    case FullName:
        return a.fullName;
    case Badge:
        return a.badge;
    case Organization:
        return a.organization;
    case Roles: {
        QStringList names;
        for (Role r : a.roles)
            names << roleLabel(r);
        return names.join(QStringLiteral(", "));
    }
    case Status:
        if (!a.active)
            return tr("disabled");
        return a.mustChangePassword ? tr("active, must change password") : tr("active");
    case Locked:
        return u.locked ? tr("locked") : QString();
    case Training:
        return trainingText(a);
    case SecondFactor:
        return a.totpEnrolled ? tr("enrolled") : tr("no");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User");
    case FullName:
        return tr("Full name");
    case Badge:
        return tr("Badge");
    case Organization:
        return tr("Organization");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    case Locked:
        return tr("Locked");
    case Training:
        return tr("Training");
    case SecondFactor:
        return tr("One-time codes");
    default:
        return {};
    }
}

} // namespace alpr::gui
