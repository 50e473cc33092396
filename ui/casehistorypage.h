// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class AuditEventModel;

// The auditor's console, Case page: everything done under one case.
class CaseHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseHistoryPage)

public:
    explicit CaseHistoryPage(Session& session, QWidget* parent = nullptr);
    ~CaseHistoryPage() override;

    bool showCase(const QString& number);

private:
    void placeHold();

    Session& m_session;
    QLineEdit* m_caseNumber = nullptr;
    QLabel* m_caseTitle = nullptr;
    QLabel* m_caseFirstUse = nullptr;
    QLabel* m_caseCounts = nullptr;
    QLabel* m_caseUsers = nullptr;
    QLabel* m_caseMessage = nullptr;
    QPushButton* m_placeHold = nullptr;
    QString m_shownCase;
    AuditEventModel* m_caseModel = nullptr;
    QTableView* m_caseTable = nullptr;
    QPlainTextEdit* m_caseDetails = nullptr;
};

} // namespace alpr::gui
