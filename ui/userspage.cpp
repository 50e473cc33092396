// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "userspage.h"
#include "displaynames.h"
#include "namedwidgets.h"

#include "passwordinput.h"
#include "usertablemodel.h"

#include "auth/qrcode.h"
#include "auth/session.h"
#include "auth/totp.h"
#include "auth/useradministration.h"
#include "common/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

namespace {

// The issuer an authenticator app shows next to the account (as alprctl's).
const QString kIssuer = QStringLiteral("ALPR Workstation");

} // namespace

QList<Role> UsersPage::RoleBoxes::roles() const
{
    QList<Role> result;
    for (const auto& [role, check] : checks) {
        if (check->isChecked())
            result << role;
    }
    return result;
}

void UsersPage::RoleBoxes::set(const QList<Role>& roles)
{
    for (const auto& [role, check] : checks)
        check->setChecked(roles.contains(role));
}

UsersPage::RoleBoxes UsersPage::makeRoleBoxes(const QString& prefix, QWidget* parent)
{
    RoleBoxes boxes;
    boxes.box = new QGroupBox(parent);
    auto* row = new QHBoxLayout(boxes.box);
    row->setContentsMargins(0, 0, 0, 0);
    // Service accounts get a generated password from 'alprctl user add';
    // this page makes and edits people's accounts.
    for (Role role : personRoles()) {
        auto* check = new QCheckBox(roleLabel(role), boxes.box);
        check->setObjectName(prefix + roleName(role));
        row->addWidget(check);
        boxes.checks.append({role, check});
    }
    boxes.box->setFlat(true);
    return boxes;
}

UsersPage::UsersPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("usersTab"));

    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { selectionChanged(); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_message);

    auto* right = new QVBoxLayout;
    right->addWidget(buildNewUser());
    right->addWidget(buildSelected());
    right->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    refresh();
    selectionChanged();
}

UsersPage::~UsersPage() = default;

QGroupBox* UsersPage::buildNewUser()
{
    auto* box = new QGroupBox(tr("New user"), this);
    auto* form = new QFormLayout(box);
    m_newName = namedEdit(QStringLiteral("newUserName"), box);
    m_newFullName = namedEdit(QStringLiteral("newFullName"), box);
    m_newBadge = namedEdit(QStringLiteral("newBadge"), box);
    m_newOrganization = namedEdit(QStringLiteral("newOrganization"), box);
    m_newRoles = makeRoleBoxes(QStringLiteral("newRole_"), box);
    m_newPassword = newPasswordEdit(QStringLiteral("newPassword"), box);
    m_newPasswordRepeat = newPasswordEdit(QStringLiteral("newPasswordRepeat"), box);
    auto* add = namedButton(tr("Add user"), QStringLiteral("addUserButton"), box);
    connect(add, &QPushButton::clicked, this, [this] { addUser(); });
    form->addRow(tr("User name:"), m_newName);
    form->addRow(tr("Full name:"), m_newFullName);
    form->addRow(tr("Badge or employee number:"), m_newBadge);
    form->addRow(tr("Organization:"), m_newOrganization);
    form->addRow(tr("Roles:"), m_newRoles.box);
    form->addRow(tr("Temporary password:"), m_newPassword);
    form->addRow(tr("Temporary password again:"), m_newPasswordRepeat);
    form->addRow(QString(), add);
    return box;
}

QGroupBox* UsersPage::buildSelected()
{
    m_selectedBox = new QGroupBox(this);
    auto* form = new QFormLayout(m_selectedBox);

    m_roles = makeRoleBoxes(QStringLiteral("role_"), m_selectedBox);
    auto* roles =
        namedButton(tr("Change roles"), QStringLiteral("changeRolesButton"), m_selectedBox);
    connect(roles, &QPushButton::clicked, this, [this] { changeRoles(); });
    form->addRow(tr("Roles:"), m_roles.box);
    form->addRow(QString(), roles);

    m_course = namedEdit(QStringLiteral("trainingCourse"), m_selectedBox);
    const QDate today = m_session.clock().now().date();
    m_completed = new QDateEdit(today, m_selectedBox);
    m_completed->setObjectName(QStringLiteral("trainingCompleted"));
    m_completed->setCalendarPopup(true);
    m_expiresCheck = new QCheckBox(tr("Expires on"), m_selectedBox);
    m_expiresCheck->setObjectName(QStringLiteral("trainingExpiresCheck"));
    m_expiresCheck->setChecked(true);
    m_expires = new QDateEdit(today.addYears(2), m_selectedBox);
    m_expires->setObjectName(QStringLiteral("trainingExpires"));
    m_expires->setCalendarPopup(true);
    connect(m_expiresCheck, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    auto* expiresRow = new QHBoxLayout;
    expiresRow->addWidget(m_expiresCheck);
    expiresRow->addWidget(m_expires, 1);
    auto* train =
        namedButton(tr("Record training"), QStringLiteral("recordTrainingButton"), m_selectedBox);
    connect(train, &QPushButton::clicked, this, [this] { recordTraining(); });
    form->addRow(tr("Training course:"), m_course);
    form->addRow(tr("Completed on:"), m_completed);
    form->addRow(QString(), expiresRow);
    form->addRow(QString(), train);

    m_tempPassword = newPasswordEdit(QStringLiteral("tempPassword"), m_selectedBox);
    m_tempPasswordRepeat = newPasswordEdit(QStringLiteral("tempPasswordRepeat"), m_selectedBox);
    auto* reset =
        namedButton(tr("Reset password"), QStringLiteral("resetPasswordButton"), m_selectedBox);
    auto* enable = namedButton(tr("Enable"), QStringLiteral("enableButton"), m_selectedBox);
    connect(reset, &QPushButton::clicked, this, [this] { resetPassword(); });
    connect(enable, &QPushButton::clicked, this, [this] { enableUser(); });
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(reset);
    passwordRow->addWidget(enable);
    form->addRow(tr("Temporary password:"), m_tempPassword);
    form->addRow(tr("Temporary password again:"), m_tempPasswordRepeat);
    form->addRow(QString(), passwordRow);

    auto* unlock = namedButton(tr("Unlock"), QStringLiteral("unlockButton"), m_selectedBox);
    auto* disable = namedButton(tr("Disable"), QStringLiteral("disableButton"), m_selectedBox);
    auto* totp =
        namedButton(tr("Enrol one-time codes"), QStringLiteral("enrolTotpButton"), m_selectedBox);
    connect(unlock, &QPushButton::clicked, this, [this] { unlockUser(); });
    connect(disable, &QPushButton::clicked, this, [this] { disableUser(); });
    connect(totp, &QPushButton::clicked, this, [this] { enrolSecondFactor(); });
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(unlock);
    actionRow->addWidget(disable);
    actionRow->addWidget(totp);
    form->addRow(QString(), actionRow);

    m_secondFactorBox = new QGroupBox(tr("Scan with the authenticator app"), m_selectedBox);
    m_secondFactorBox->setObjectName(QStringLiteral("totpBox"));
    auto* totpLayout = new QVBoxLayout(m_secondFactorBox);
    m_qrImage = new QLabel(m_secondFactorBox);
    m_qrImage->setObjectName(QStringLiteral("totpQrImage"));
    m_secretText = new QLabel(m_secondFactorBox);
    m_secretText->setObjectName(QStringLiteral("totpSecret"));
    m_secretText->setTextFormat(Qt::PlainText);
    m_secretText->setWordWrap(true);
    m_secretText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    totpLayout->addWidget(m_qrImage, 0, Qt::AlignHCenter);
    totpLayout->addWidget(m_secretText);
    m_secondFactorBox->hide();
    form->addRow(m_secondFactorBox);
    return m_selectedBox;
}

void UsersPage::refresh()
{
    const QString keep = selectedUser();
    auto users = UserAdministration(m_session).listUsers();
    if (!users) {
        m_model->setUsers({}, {});
        showOutcome(false, users.error().message);
        return;
    }
    m_model->setUsers(std::move(users.value()), m_session.clock().now().date());
    m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    selectionChanged();
}

QString UsersPage::selectedUser() const
{
    const UserStatus* u = m_model->user(m_table->currentIndex().row());
    return u ? u->account.username : QString();
}

void UsersPage::selectionChanged()
{
    clearSecondFactor();
    const UserStatus* u = m_model->user(m_table->currentIndex().row());
    m_selectedBox->setEnabled(u != nullptr);
    m_selectedBox->setTitle(u ? tr("Selected user: %1").arg(u->account.username)
                              : tr("Selected user: none"));
    m_roles.set(u ? u->account.roles : QList<Role>());
}

void UsersPage::showOutcome(bool ok, const QString& message)
{
    m_message->setProperty("error", !ok);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void UsersPage::clearSecondFactor()
{
    // The secret is shown once: it goes as soon as anything else happens.
    m_qrImage->clear();
    m_secretText->clear();
    m_secondFactorBox->hide();
}

void UsersPage::addUser()
{
    SecureBytes password = takePassword(m_newPassword);
    const SecureBytes repeat = takePassword(m_newPasswordRepeat);
    if (!(password == repeat)) {
        showOutcome(false, tr("The two temporary passwords differ; type the same one twice."));
        return;
    }
    UserAccount account;
    account.username = m_newName->text().trimmed();
    account.fullName = m_newFullName->text().trimmed();
    account.badge = m_newBadge->text().trimmed();
    account.organization = m_newOrganization->text().trimmed();
    account.roles = m_newRoles.roles();
    account.mustChangePassword = true;
    if (account.roles.isEmpty()) {
        showOutcome(false, tr("Choose at least one role for %1.").arg(account.username));
        return;
    }
    auto r = UserAdministration(m_session).addUser(account, password);
    if (!r) {
        showOutcome(false, r.error().message);
        return;
    }
    for (QLineEdit* e : {m_newName, m_newFullName, m_newBadge, m_newOrganization})
        e->clear();
    m_newRoles.set({});
    refresh();
    m_table->selectRow(m_model->rowOf(account.username));
    showOutcome(true, tr("Added %1. They must change the temporary password at their first "
                         "sign-in, and need a training record before they reach ALPR data.")
                          .arg(account.username));
}

void UsersPage::changeRoles()
{
    const QString name = selectedUser();
    const QList<Role> roles = m_roles.roles();
    if (roles.isEmpty()) {
        showOutcome(false, tr("Choose at least one role for %1.").arg(name));
        return;
    }
    auto r = UserAdministration(m_session).setRoles(name, roles);
    refresh();
    showOutcome(r.ok(), r ? tr("%1 now has the roles %2.").arg(name, rolesLabel(roles))
                          : r.error().message);
}

void UsersPage::recordTraining()
{
    const QString name = selectedUser();
    TrainingRecord record;
    record.course = m_course->text().trimmed();
    record.completedOn = m_completed->date();
    if (m_expiresCheck->isChecked())
        record.expiresOn = m_expires->date();
    if (record.course.isEmpty()) {
        showOutcome(false, tr("Name the training course %1 completed.").arg(name));
        return;
    }
    auto r = UserAdministration(m_session).addTraining(name, record);
    if (r)
        m_course->clear();
    refresh();
    showOutcome(r.ok(), r ? tr("Recorded %1's training \"%2\".").arg(name, record.course)
                          : r.error().message);
}

void UsersPage::unlockUser()
{
    const QString name = selectedUser();
    auto r = UserAdministration(m_session).unlockUser(name);
    refresh();
    showOutcome(r.ok(), r ? tr("%1 is unlocked.").arg(name) : r.error().message);
}

std::optional<SecureBytes> UsersPage::takeTemporaryPassword()
{
    SecureBytes password = takePassword(m_tempPassword);
    const SecureBytes repeat = takePassword(m_tempPasswordRepeat);
    if (!(password == repeat)) {
        showOutcome(false, tr("The two temporary passwords differ; type the same one twice."));
        return std::nullopt;
    }
    return password;
}

void UsersPage::resetPassword()
{
    const QString name = selectedUser();
    auto password = takeTemporaryPassword();
    if (!password)
        return;
    auto r = UserAdministration(m_session).resetPassword(name, *password);
    refresh();
    showOutcome(r.ok(), r ? tr("%1 has a temporary password now and must change it at the next "
                               "sign-in.")
                                .arg(name)
                          : r.error().message);
}

void UsersPage::enableUser()
{
    const QString name = selectedUser();
    auto password = takeTemporaryPassword();
    if (!password)
        return;
    auto r = UserAdministration(m_session).enableUser(name, *password);
    refresh();
    showOutcome(r.ok(), r ? tr("%1 is enabled with a temporary password, to be changed at the "
                               "next sign-in.")
                                .arg(name)
                          : r.error().message);
}

void UsersPage::disableUser()
{
    const QString name = selectedUser();
    auto r = UserAdministration(m_session).disableUser(name);
    refresh();
    showOutcome(r.ok(),
                r ? tr("%1 is disabled and their key slot removed. A copy of the key-slot file "
                       "taken earlier still opens the store until it gets a new key: run "
                       "'alprctl store rekey' when no one else is signed in.")
                        .arg(name)
                  : r.error().message);
}

void UsersPage::enrolSecondFactor()
{
    const QString name = selectedUser();
    const SecureBytes secret = totp::generateSecret();
    auto r = UserAdministration(m_session).setTotpSecret(name, secret);
    refresh();
    if (!r) {
        showOutcome(false, r.error().message);
        return;
    }
    QString uri = totp::provisioningUri(secret, name, kIssuer);
    if (auto qr = QrCode::encode(uri); qr)
        m_qrImage->setPixmap(QPixmap::fromImage(qr->toImage(6)));
    secureWipe(uri);
    QString base32 = totp::toBase32(secret);
    m_secretText->setText(tr("Secret (base32, to type in instead of scanning): %1").arg(base32));
    secureWipe(base32);
    m_secondFactorBox->show();
    showOutcome(true, tr("One-time codes enrolled for %1. Let them scan the code now: it is shown "
                         "this once. Keep it private: whoever has the secret can make codes.")
                          .arg(name));
}

} // namespace alpr::gui
