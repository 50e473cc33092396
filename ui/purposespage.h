// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class PurposeTableModel;

// The auditor's console, Purposes page (change-settings): the list of
// authorized purposes, adding one, retiring and reinstating.
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

    Session& m_session;
    PurposeTableModel* m_model = nullptr;
    QTableView* m_purposes = nullptr;
    QLineEdit* m_purposeCode = nullptr;
    QLineEdit* m_purposeDescription = nullptr;
    QLineEdit* m_purposePolicyRef = nullptr;
    QPushButton* m_purposeActiveButton = nullptr;
    QLabel* m_purposesMessage = nullptr;
};

} // namespace alpr::gui
