// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "evidence/custody.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Records one custody event of an evidence package (records staff): the
// event, whom it went to, the property room's item number and a note. Core
// checks the entry (booked needs the item number, transferred and released
// a recipient); its refusal is shown and the dialog stays open.
class CustodyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustodyDialog)

public:
    CustodyDialog(Session& session, const QString& packageId, QWidget* parent = nullptr);
    ~CustodyDialog() override;

    // The event in the user's language ("Booked into evidence").
    static QString eventLabel(const QString& event);
    // The entry recorded, once Record has succeeded.
    const std::optional<CustodyEntry>& recorded() const { return m_recorded; }
    // Records what the fields say; false (and the reason shown) when core refuses.
    bool record();

private:
    Session& m_session;
    QString m_packageId;
    QComboBox* m_event = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_item = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_record = nullptr;
    std::optional<CustodyEntry> m_recorded;
};

} // namespace alpr::gui
