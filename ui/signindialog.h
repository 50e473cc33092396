// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alpr {
class Clock;
class Session;
} // namespace alpr

namespace alpr::gui {

// Asks for user name and password and opens the store with them; when the
// account has a second factor, asks for the one-time code as well. Wrong
// passwords and codes and locked accounts are said plainly in the dialog.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(QString storePath, const Clock& clock, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The session after a successful sign-in; null before.
    std::unique_ptr<Session> takeSession();

private:
    void trySignIn();

    QString m_storePath;
    const Clock& m_clock;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_code; // shown once the account turns out to have a second factor
    QFormLayout* m_form;
    SecureBytes m_heldPassword; // kept while the code is asked for
    QLabel* m_message;
    QPushButton* m_signIn;
    std::unique_ptr<Session> m_session;
};

} // namespace alpr::gui
