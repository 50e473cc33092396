// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "changepassworddialog.h"

#include "errortext.h"
#include "passwordinput.h"
#include "sentence.h"

#include "auth/accountpolicy.h"
#include "auth/session.h"

#include "errortext.h"
#include <QDialogButtonBox>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace alpr::gui {

ChangePasswordDialog::ChangePasswordDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (m_session.mustChangePassword())
        intro->setText(tr("%1 signed in with a temporary password. Choose a new password "
                          "before going on.")
                           .arg(m_session.user().username));
    else
        intro->setText(tr("Change the password of %1.").arg(m_session.user().username));

    m_current = newPasswordEdit(QStringLiteral("currentPasswordEdit"), this);
    m_new = newPasswordEdit(QStringLiteral("newPasswordEdit"), this);
    m_repeat = newPasswordEdit(QStringLiteral("repeatPasswordEdit"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_repeat);

    // The rules, shown before the user breaks one.
    const auto policy = AccountPolicy::load(m_session);
    auto* rules = new QLabel(
        tr("The new password needs at least %1 characters and must not contain your user name. "
           "Common passwords, words with digits or symbols added, dates and keyboard rows are "
           "refused: a longer passphrase of several unrelated words works well.")
            .arg(policy ? policy->minPasswordLength : kMinPasswordLength),
        this);
    rules->setObjectName(QStringLiteral("passwordRulesLabel"));
    rules->setWordWrap(true);
    rules->setTextFormat(Qt::PlainText);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    auto* cancel =
        buttons->addButton(m_session.mustChangePassword() ? tr("Sign out") : tr("Cancel"),
                           QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_change, &QPushButton::clicked, this, [this] { change(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    // Wide enough for the rules in four lines; showMessage() grows it to fit.
    setMinimumWidth(560);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_current->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

bool ChangePasswordDialog::changeIfRequired(Session& session, QWidget* parent)
{
    if (!session.mustChangePassword())
        return true;
    ChangePasswordDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted && !session.mustChangePassword();
}

void ChangePasswordDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    // Wrapped labels need the height of their text at the dialog's width.
    const int width = std::max(this->width(), minimumWidth());
    resize(width, std::max(height(), layout()->heightForWidth(width)));
}

void ChangePasswordDialog::change()
{
    // The fields stay as typed until we know which of them was wrong; only
    // those are cleared.
    const SecureBytes current = copyPassword(m_current);
    const SecureBytes next = copyPassword(m_new);
    const SecureBytes repeat = copyPassword(m_repeat);
    if (!(next == repeat)) {
        showMessage(tr("The two new passwords differ; type the same one twice."));
        m_new->clear();
        m_repeat->clear();
        m_new->setFocus();
        return;
    }
    auto r = m_session.changeOwnPassword(current, next);
    if (!r) {
        showMessage(asSentence(errorText(r.error())));
        if (r.error().code == ErrorCode::Invalid) {
            // The new password was refused; the current one was right.
            m_new->clear();
            m_repeat->clear();
            m_new->setFocus();
        } else {
            m_current->clear();
            m_current->setFocus();
        }
        return;
    }
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
    m_message->setText(tr("The password is changed."));
    accept();
}

} // namespace alpr::gui
