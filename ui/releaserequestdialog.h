// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "evidence/releaserequests.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Logs a request from another agency for ALPR data (records staff). While
// the clerk fills it in, the ruling of the law and the policies is shown:
// refused at once (with the section), or waiting for a supervisor or
// administrator. A refused request is logged too and kept on file.
class ReleaseRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseRequestDialog)

public:
    explicit ReleaseRequestDialog(Session& session, QWidget* parent = nullptr);
    ~ReleaseRequestDialog() override;

    // Agency types and purposes in the user's language.
    static QString agencyTypeLabel(const QString& type);
    static QString purposeLabel(const QString& purpose);

    // The request as logged (pending or refused), once Log has succeeded.
    const std::optional<ReleaseRequest>& logged() const { return m_logged; }
    // Logs what the fields say; false (and the reason shown) when core refuses.
    bool logRequest();

private:
    void updateRuling();

    Session& m_session;
    QLineEdit* m_agency = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_requester = nullptr;
    QComboBox* m_purpose = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_case = nullptr;
    QLabel* m_ruling = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_log = nullptr;
    std::optional<ReleaseRequest> m_logged;
};

} // namespace alpr::gui
