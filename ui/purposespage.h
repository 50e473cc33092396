// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/role.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class PurposeTableModel;

// The Purposes page of the administration window and the auditor's console
// (change-settings): the list of authorized purposes and the roles that may
// give each, adding and changing one, retiring and reinstating.
class PurposesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurposesPage)

public:
    explicit PurposesPage(Session& session, QWidget* parent = nullptr);
    ~PurposesPage() override;

    void refreshPurposes();

Q_SIGNALS:
    // A purpose was saved, retired or reinstated.
    void purposesChanged();

private:
    int selectedRow() const; // -1 when none
    void purposeSelectionChanged();
    void savePurposeClicked();
    void togglePurposeActive();
    void clearPurposeForm();
    QList<Role> checkedRoles() const;
    void checkRoles(const QList<Role>& roles);

    Session& m_session;
    PurposeTableModel* m_model = nullptr;
    QTableView* m_purposes = nullptr;
    QLineEdit* m_purposeCode = nullptr;
    QLineEdit* m_purposeDescription = nullptr;
    QLineEdit* m_purposePolicyRef = nullptr;
    QList<QPair<Role, QCheckBox*>> m_roleChecks;
    QPushButton* m_purposeActiveButton = nullptr;
    QLabel* m_purposesMessage = nullptr;
};

} // namespace alpr::gui
