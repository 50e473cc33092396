// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class AuditEventModel;

// The auditor's console, Trail page: the audit trail with its filters, CSV
// export and chain verification.
class AuditTrailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailPage)

public:
    explicit AuditTrailPage(Session& session, QWidget* parent = nullptr);
    ~AuditTrailPage() override;

    // The filter as the filter row sets it.
    AuditFilter currentFilter() const;
    // Lists the events the filter row selects (an "audit-list" access).
    bool applyFilter();
    // Writes the events listed (and the filter that listed them) as CSV.
    bool exportCsv(const QString& path);
    // Verifies the hash chain and shows the result.
    bool verifyTrail();
    // Lists the purposes in the purpose filter again (after one changed).
    void fillPurposeCombo();

Q_SIGNALS:
    // The auditor asked to see the case an event was made under.
    void caseRequested(const QString& number);

private:
    // Lists the events a filter selects and shows how many.
    bool listEvents(const AuditFilter& filter);
    void trailSelectionChanged();
    void exportCsvClicked();

    Session& m_session;
    QLineEdit* m_user = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_plate = nullptr;
    QComboBox* m_outcome = nullptr;
    QSpinBox* m_limit = nullptr;
    AuditEventModel* m_trailModel = nullptr;
    QTableView* m_trailTable = nullptr;
    QPlainTextEdit* m_trailDetails = nullptr;
    QLabel* m_trailHash = nullptr;
    QLabel* m_trailPrevHash = nullptr;
    QLabel* m_trailCount = nullptr;
    QLabel* m_trailMessage = nullptr;
    QLabel* m_verifyResult = nullptr;
    AuditFilter m_listedFilter; // what the events listed were selected by
};

} // namespace alpr::gui
