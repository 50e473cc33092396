// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// The signed-in user changes their own password: the current one, the new
// one twice. Core checks the current password and the password policy and
// rewraps the user's key slot; its reasons are shown as they come. After an
// administrator's reset the dialog comes up before the main window and there
// is no way past it but a new password.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    explicit ChangePasswordDialog(Session& session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    // After sign-in: when the session holds a temporary password, asks for a
    // new one (modal). False when the user gave up: the session must end.
    static bool changeIfRequired(Session& session, QWidget* parent = nullptr);

private:
    void change();
    void showMessage(const QString& text);

    Session& m_session;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace alpr::gui
