// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "passwordinput.h"

#include "common/textinput.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace alpr::gui {

QLineEdit* newPasswordEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    edit->setMaxLength(kMaxPasswordLength + 1);
    return edit;
}

QString passwordTooLong(const QLineEdit* edit)
{
    if (edit->text().size() <= kMaxPasswordLength)
        return {};
    return QCoreApplication::translate("alpr::gui::PasswordInput",
                                       "The password is longer than %1 characters, the most "
                                       "a password may have. Type it again.")
        .arg(kMaxPasswordLength);
}

SecureBytes takePassword(QLineEdit* edit)
{
    SecureBytes password = copyPassword(edit);
    edit->clear();
    return password;
}

SecureBytes copyPassword(QLineEdit* edit)
{
    QString text = edit->text();
    SecureBytes password = SecureBytes::fromUtf8(text);
    secureWipe(text);
    return password;
}

} // namespace alpr::gui
