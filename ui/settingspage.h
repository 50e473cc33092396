// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace alpr {
class Session;
}

namespace alpr::gui {

// The administration window's Settings page (change-settings): the account
// rules of `alprctl user policy` (password length, lockout, idle lock, second
// factor), the department settings of `alprctl settings set` (case number
// format, misread table) and the agency of `alprctl settings agency` (name,
// ORI, address, contact, time zone). Each group is saved by the same core
// call as the CLI's, so the checks and the audit records are the same, and
// core's refusals are shown under the group as they come.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Reads every setting from the store again into the fields.
    void reload();
    // Saves the retention rules in the fields, as their Save button does: a
    // change that shortens a period says first how many more reads the next
    // purge removes, and is saved only when the user confirms; false when
    // not saved (refused, or not confirmed).
    bool saveRetention();

private:
    QGroupBox* buildAccounts();
    QGroupBox* buildDepartment();
    QGroupBox* buildAgency();
    QGroupBox* buildRetention();
    void saveAccounts();
    void saveDepartment();
    void saveAgency();

    Session& m_session;
    QSpinBox* m_minLength = nullptr;
    QSpinBox* m_lockoutMinutes = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QCheckBox* m_requireTotp = nullptr;
    QLabel* m_accountsMessage = nullptr;

    QLineEdit* m_caseFormat = nullptr;
    QLineEdit* m_caseExample = nullptr;
    QLineEdit* m_misreadTable = nullptr;
    QSpinBox* m_staleHours = nullptr;
    QSpinBox* m_alertHold = nullptr;
    QSpinBox* m_alertEscalate = nullptr;
    QLabel* m_departmentMessage = nullptr;

    QLineEdit* m_agencyName = nullptr;
    QLineEdit* m_ori = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_contact = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLabel* m_agencyMessage = nullptr;

    struct RetentionRow
    {
        QString sourceKind;
        QSpinBox* readDays = nullptr;
        QSpinBox* imageDays = nullptr;
        QLineEdit* policy = nullptr;
    };
    QList<RetentionRow> m_retention;
    QLabel* m_retentionMessage = nullptr;
};

} // namespace alpr::gui
