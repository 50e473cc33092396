// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <optional>

#include "auth/permissions.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class UserTableModel;

// The administration window's Users page: the accounts of the store, and
// what an administrator does to them (add, roles, training, unlock, reset,
// disable, enable, one-time codes). Every action is the same Session call as
// alprctl's, so core checks the permission and writes the audit record;
// core's refusals and errors are shown on the page as they come.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);
    ~UsersPage() override;

    // Lists the accounts again (refused, and said so, without manage-users).
    void refresh();

private:
    struct RoleBoxes
    {
        QGroupBox* box = nullptr;
        QList<QPair<Role, QCheckBox*>> checks;
        QList<Role> roles() const;
        void set(const QList<Role>& roles);
    };
    static RoleBoxes makeRoleBoxes(const QString& prefix, QWidget* parent);
    QGroupBox* buildNewUser();
    QGroupBox* buildSelected();

    QString selectedUser() const;
    void selectionChanged();
    void showOutcome(bool ok, const QString& message);
    void clearSecondFactor();

    void addUser();
    void changeRoles();
    void recordTraining();
    void unlockUser();
    void resetPassword();
    // The temporary password typed twice; nullopt (and said so) when they differ.
    std::optional<SecureBytes> takeTemporaryPassword();
    void enableUser();
    void disableUser();
    void enrolSecondFactor();

    Session& m_session;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;

    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newFullName = nullptr;
    QLineEdit* m_newBadge = nullptr;
    QLineEdit* m_newOrganization = nullptr;
    RoleBoxes m_newRoles;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_newPasswordRepeat = nullptr;

    QGroupBox* m_selectedBox = nullptr;
    RoleBoxes m_roles;
    QLineEdit* m_course = nullptr;
    QDateEdit* m_completed = nullptr;
    QCheckBox* m_expiresCheck = nullptr;
    QDateEdit* m_expires = nullptr;
    QLineEdit* m_tempPassword = nullptr;
    QLineEdit* m_tempPasswordRepeat = nullptr;
    QGroupBox* m_secondFactorBox = nullptr;
    QLabel* m_qrImage = nullptr;
    QLabel* m_secretText = nullptr;
};

} // namespace alpr::gui
