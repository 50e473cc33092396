// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace alpr::gui {

// The worksheet of one sampled item: what the software checked by itself
// next to the questions only the auditor can answer, and the finding.
class WorksheetBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorksheetBox)

public:
    explicit WorksheetBox(QWidget* parent = nullptr);
    ~WorksheetBox() override;

    // Shows an item's checks and answers; nullptr clears and disables the form.
    void showItem(const SampleItem* item);
    // The item shown; 0 when none.
    int item() const { return m_item; }
    // Whether a finding is chosen, and the answers as the form holds them.
    bool hasFinding() const;
    Worksheet answers() const;
    void showMessage(bool ok, const QString& text);

Q_SIGNALS:
    void saveRequested();

private:
    QLabel* m_itemHeading = nullptr;
    QLabel* m_checkCaseFormat = nullptr;
    QLabel* m_checkCaseOnRecord = nullptr;
    QLabel* m_checkPurposeListed = nullptr;
    QLabel* m_checkPurposeActive = nullptr;
    QLabel* m_checkDataErrors = nullptr;
    QComboBox* m_caseReal = nullptr;
    QComboBox* m_purposeAuthorized = nullptr;
    QComboBox* m_queryConsistent = nullptr;
    QComboBox* m_finding = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_reviewed = nullptr;
    QPushButton* m_saveFinding = nullptr;
    QLabel* m_message = nullptr;
    int m_item = 0;
};

} // namespace alpr::gui
