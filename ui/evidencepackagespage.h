// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class EvidencePackageModel;

// Evidence packages (records staff, auditors, administrators): the last 200
// exported, newest first, and how each ended; Details (or a double-click)
// shows one as the store remembers it, Verify… checks its folder.
class EvidencePackagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePackagesPage)

public:
    explicit EvidencePackagesPage(Session& session, QWidget* parent = nullptr);
    ~EvidencePackagesPage() override;

    const EvidencePackageModel& packages() const { return *m_model; }
    // Reads the list again (after an export).
    void refresh();
    // Shows the details of the package in this row of packages().
    void showDetails(int row);

private:
    void verifySelected();
    int selectedRow() const;
    void updateButtons();

    Session& m_session;
    EvidencePackageModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_detailsButton = nullptr;
    QPushButton* m_verify = nullptr;
};

} // namespace alpr::gui
