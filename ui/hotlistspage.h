// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class HotListTableModel;
class PendingEntryModel;

// The Hot lists page of the administration window (manage-hotlists,
// import-hotlists): the lists with their entries, extract and load times and
// flags; a new list, a change to one, disabling and enabling, importing a
// general list's file; and the department entries (BOLOs) waiting for an
// administrator's approval. Every action is the core call alprctl hotlist
// makes, so the checks and audit records are the same; refusals are shown
// as core words them.
class HotListsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotListsPage)

public:
    explicit HotListsPage(Session& session, QWidget* parent = nullptr);
    ~HotListsPage() override;

    // Whether the user may work on this page.
    static bool mayShow(const Session& session);

    // Reads the lists and the pending entries again.
    void refresh();

Q_SIGNALS:
    // A list was created, changed, disabled, enabled or loaded.
    void listsChanged();

private:
    QGroupBox* buildPending();
    void refreshPending();
    void updateButtons();
    int selectedList() const;    // row, -1 when none
    int selectedPending() const; // row, -1 when none
    void newList();
    void editList();
    void toggleEnabled();
    void importFile();
    void approveEntry();

    Session& m_session;
    HotListTableModel* m_model = nullptr;
    QTableView* m_lists = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_enableButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_message = nullptr;
    PendingEntryModel* m_pendingModel = nullptr;
    QTableView* m_pending = nullptr;
    QPushButton* m_approveButton = nullptr;
    QLabel* m_pendingMessage = nullptr;
};

} // namespace alpr::gui
