// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/hotlists.h" // HotList, HotListEntry

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace alpr {
class Session;
}

namespace alpr::gui {

// A new hot list, or the changes to one (alprctl hotlist create / edit):
// name, kind, the purpose its hits are verified under, priority, alerting,
// covert and its members. Save makes the core call; core's refusal is shown
// in the dialog, which stays open until the list is saved or Cancel.
class HotListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotListDialog)

public:
    // existing: the list to change (its name and kind stay); none: a new list.
    HotListDialog(Session& session, std::optional<HotList> existing, QWidget* parent = nullptr);
    ~HotListDialog() override;

    // The list as saved.
    const HotList& saved() const { return m_saved; }

private:
    void save();
    HotList fromFields() const;

    Session& m_session;
    std::optional<HotList> m_existing;
    HotList m_saved;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_purpose = nullptr;
    QSpinBox* m_priority = nullptr;
    QCheckBox* m_alert = nullptr;
    QCheckBox* m_covert = nullptr;
    QStandardItemModel* m_memberModel = nullptr;
    QListView* m_members = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace alpr::gui
