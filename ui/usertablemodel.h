// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/session.h"
#include "auth/useradministration.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace alpr::gui {

// The accounts of a store as the administration window lists them.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        UserName,
        FullName,
        Badge,
        Organization,
        Roles,
        Status,
        Locked,
        Training,
        SecondFactor,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);
    ~UserTableModel() override;

    // Training is judged current or expired on `today`.
    void setUsers(QList<UserStatus> users, const QDate& today);
    const UserStatus* user(int row) const;
    // The row of a user name; -1 when it is not listed.
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString trainingText(const UserAccount& account) const;

    QList<UserStatus> m_users;
    QDate m_today;
};

} // namespace alpr::gui
