// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "signindialog.h"
#include "errortext.h"
#include "passwordinput.h"

#include "auth/departmentstore.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "evidence/evidencekeys.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

SignInDialog::SignInDialog(QString storePath, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_storePath(std::move(storePath)), m_clock(clock)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to ALPR Workstation"));

    auto* notice = new QLabel(
        tr("<b>Authorized use only.</b> Every search and every image viewed is recorded with "
           "your name, the time, the case number and the purpose (Civil Code 1798.90.52)."),
        this);
    notice->setWordWrap(true);

    auto* store = new QLabel(departmentstore::isAddress(m_storePath)
                                 ? departmentstore::displayAddress(m_storePath)
                                 : QFileInfo(m_storePath).fileName(),
                             this);
    store->setObjectName(QStringLiteral("storeLabel"));
    if (!departmentstore::isAddress(m_storePath))
        store->setToolTip(QFileInfo(m_storePath).absoluteFilePath());
    store->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = newPasswordEdit(QStringLiteral("passwordEdit"), this);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(8);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setPlaceholderText(tr("6-digit code from your authenticator app"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Store:"), store);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("One-time code:"), m_code);
    form->setRowVisible(m_code, false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_user->setFocus();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Session> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::trySignIn()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_message->show();
        return;
    }
    // Refused here, before the password reaches any hashing.
    if (const QString tooLong = passwordTooLong(m_password); !tooLong.isEmpty()) {
        m_password->clear();
        m_heldPassword.clear();
        m_message->setText(tooLong);
        m_message->show();
        m_password->setFocus();
        return;
    }
    SecureBytes password = takePassword(m_password);
    if (password.isEmpty() && !m_heldPassword.isEmpty())
        password = m_heldPassword.clone();
    m_heldPassword.clear();

    const bool codeShown = m_form->isRowVisible(m_code);
    bool codeWanted = false;
    const QString code = m_code->text().trimmed();
    m_code->clear();
    auto oneTimeCode = [&]() {
        codeWanted = true;
        return codeShown ? code : QString();
    };

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = SignIn::signIn(m_storePath, user, password, m_clock, oneTimeCode);
    QApplication::restoreOverrideCursor();
    if (!session) {
        if (codeWanted && session.error().code == ErrorCode::AuthFailed) {
            // The password was right; only the code is missing or wrong.
            m_heldPassword = std::move(password);
            m_form->setRowVisible(m_code, true);
            m_message->setText(codeShown ? session.error().message
                                         : tr("Enter the 6-digit code from your authenticator "
                                              "app."));
            m_message->show();
            m_code->setFocus();
            return;
        }
        m_message->setText(errorText(session.error()));
        m_message->show();
        // Grows with the message, so a long one (a damaged store) is never cut off.
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
        m_password->setFocus();
        return;
    }
    if (auto person = session.value()->requirePersonAtScreen(); !person) {
        // Signed out again at once; the refusal is in the trail.
        session.value().reset();
        m_message->setText(tr("%1 is a service account for unattended jobs (imports, the "
                              "nightly store upkeep); it cannot sign in here. Sign in with your "
                              "own account.")
                               .arg(user));
        m_message->show();
        m_user->setFocus();
        return;
    }
    // Hands the evidence key on to a new records clerk (or makes the first
    // one); the sign-in goes on whatever it says, and an export says why
    // it cannot sign.
    (void)EvidenceKeys(*session.value()).maintain();
    m_session = std::move(session.value());
    accept();
}

} // namespace alpr::gui
