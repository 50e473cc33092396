// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "retention/legalholds.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Places a legal hold (records staff) on the reads chosen where it was
// opened: results (by id, with their search), a case or an evidence
// package. The case number, the reason, the requesting party, the review
// date (90 days on) and a note; core checks them and its refusal is shown
// while the dialog stays open.
class PlaceHoldDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceHoldDialog)

public:
    // what: the reads chosen, as the user knows them ("3 reads of search 12").
    PlaceHoldDialog(Session& session, const HoldSelection& selection, const QString& what,
                    QWidget* parent = nullptr);
    ~PlaceHoldDialog() override;

    // Whether this user may place holds at all (records staff).
    static bool mayPlace(const Session& session);
    // The reason in the user's language ("Discovery request").
    static QString reasonLabel(const QString& reason);
    // Fills in the case number (the search's, the case shown, the package's).
    void setCaseNumber(const QString& caseNumber);
    // The hold placed, once Place has succeeded.
    const std::optional<LegalHold>& placed() const { return m_placed; }
    // Places the hold the fields describe; false (and the reason shown) when core refuses.
    bool place();

private:
    void updateButton();

    Session& m_session;
    HoldSelection m_selection;
    QLineEdit* m_case = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_party = nullptr;
    QDateEdit* m_review = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_place = nullptr;
    std::optional<LegalHold> m_placed;
};

} // namespace alpr::gui
