// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "evidence/releaserequests.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Requests from other agencies for ALPR data (records staff, supervisors,
// administrators, auditors): the last 200, newest first, and the one chosen
// as it is on file. Records staff log requests; supervisors and
// administrators approve or deny pending ones they did not log; anyone who
// sees them prints the request on file. Read-only in the auditor's console.
class ReleaseRequestsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseRequestsPage)

public:
    enum Column
    {
        Number,
        Logged,
        Status,
        Agency,
        Type,
        Purpose,
        Requester,
        LoggedBy,
        DecidedBy,
        ColumnCount
    };

    explicit ReleaseRequestsPage(Session& session, bool readOnly = false,
                                 QWidget* parent = nullptr);
    ~ReleaseRequestsPage() override;

    // Whether this user may list the requests at all.
    static bool mayShow(const Session& session);
    static QString statusLabel(const QString& status);

    const QList<ReleaseRequest>& requests() const { return m_requests; }
    // Reads the list again, keeping the request selected.
    void refresh();
    // Selects the request and shows it on file; false when it is not listed.
    bool select(qint64 id);
    // Approves or denies the selected request with this note, as the
    // Approve… and Deny… buttons do once the note is given; false (and core's
    // refusal shown) when it is refused.
    bool decideSelected(bool approve, const QString& note);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updateButtons();
    void logRequest();
    void askDecision(bool approve);
    void printSelected();
    const ReleaseRequest* selected() const;
    void setPageMessage(bool ok, const QString& text);

    Session& m_session;
    bool m_readOnly = false;
    QList<ReleaseRequest> m_requests;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace alpr::gui
