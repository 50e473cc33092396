// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "settingspage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/accountpolicy.h"
#include "auth/session.h"
#include "cases/agencysettings.h"
#include "cases/departmentsettings.h"
#include "retention/retentionrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

QSpinBox* namedSpin(const QString& name, int minimum, int maximum, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    return spin;
}

// A group: its fields, then its Save button, right-aligned, with its message
// under it (outside the form, so that a long message wraps onto more lines).
QFormLayout* groupLayout(QGroupBox* box, QPushButton* save, QLabel* message)
{
    auto* outer = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(save);
    outer->addLayout(row);
    // Room for a refusal of three lines: a label that wraps after the
    // window is laid out does not always get taller.
    message->setMinimumHeight(3 * message->fontMetrics().lineSpacing());
    message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(message);
    return form;
}

} // namespace

SettingsPage::SettingsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"settingsTab"_s);
    auto* left = new QVBoxLayout;
    left->addWidget(buildAccounts());
    left->addWidget(buildDepartment());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildAgency());
    right->addWidget(buildRetention());
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    reload();
}

SettingsPage::~SettingsPage() = default;

QGroupBox* SettingsPage::buildAccounts()
{
    auto* box = new QGroupBox(tr("Accounts"), this);
    box->setObjectName(u"accountPolicyBox"_s);
    // The ranges are wide on purpose: core checks the values (CJIS limits
    // included) and says why one is refused, as for alprctl user policy.
    m_minLength = namedSpin(u"minPasswordLengthSpin"_s, 1, 1024, box);
    m_minLength->setSuffix(tr(" characters"));
    m_lockoutMinutes = namedSpin(u"lockoutMinutesSpin"_s, 0, 100000, box);
    m_lockoutMinutes->setSuffix(tr(" minutes"));
    m_lockoutMinutes->setSpecialValueText(tr("until an administrator unlocks"));
    m_idleMinutes = namedSpin(u"idleMinutesSpin"_s, 0, 1440, box);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_requireTotp = new QCheckBox(tr("Every user must have one-time codes"), box);
    m_requireTotp->setObjectName(u"requireTotpCheck"_s);
    m_accountsMessage = namedLabel(u"accountPolicyMessage"_s, box);
    auto* save = namedButton(tr("Save account rules"), u"saveAccountPolicyButton"_s, box);
    connect(save, &QPushButton::clicked, this, [this] { saveAccounts(); });

    auto* rules = new QLabel(tr("The CJIS Security Policy allows passwords of at least 8 "
                                "characters, a lockout of at least 10 minutes (or until an "
                                "administrator unlocks) and a screen lock after at most 30 idle "
                                "minutes."),
                             box);
    rules->setWordWrap(true);

    auto* form = groupLayout(box, save, m_accountsMessage);
    qobject_cast<QVBoxLayout*>(box->layout())->insertWidget(0, rules);
    form->addRow(tr("Shortest &password:"), m_minLength);
    form->addRow(tr("&Lock an account after 5 failures for:"), m_lockoutMinutes);
    form->addRow(tr("Lock the &screen after idle:"), m_idleMinutes);
    form->addRow(tr("Second factor:"), m_requireTotp);
    return box;
}

QGroupBox* SettingsPage::buildDepartment()
{
    auto* box = new QGroupBox(tr("Case numbers and misreads"), this);
    box->setObjectName(u"departmentBox"_s);
    m_caseFormat = namedEdit(u"caseFormatEdit"_s, box);
    m_caseFormat->setToolTip(tr("A regular expression a whole case number matches"));
    m_caseExample = namedEdit(u"caseExampleEdit"_s, box);
    m_caseExample->setToolTip(tr("Shown to users; it must be in the format"));
    m_misreadTable = namedEdit(u"misreadTableEdit"_s, box);
    m_misreadTable->setToolTip(
        tr("Classes of characters cameras confuse, separated by spaces: 0ODQ 1I 2Z 5S 8B 6G"));
    m_staleHours = namedSpin(u"staleHoursSpin"_s, 1, 168, box);
    m_staleHours->setSuffix(tr(" hours"));
    m_staleHours->setToolTip(
        tr("A general hot list whose extract is older than this is stale: its hits say so, and "
           "the status bar names it"));
    m_alertHold = namedSpin(u"alertHoldSpin"_s, 5, 480, box);
    m_alertHold->setSuffix(tr(" minutes"));
    m_alertHold->setToolTip(
        tr("A taken alert goes back to the queue after this long without a checklist step"));
    m_alertEscalate = namedSpin(u"alertEscalateSpin"_s, 1, 120, box);
    m_alertEscalate->setSuffix(tr(" minutes"));
    m_alertEscalate->setToolTip(
        tr("An alert nobody has taken for this long is highlighted and announced again"));
    m_departmentMessage = namedLabel(u"departmentMessage"_s, box);
    auto* save = namedButton(tr("Save case numbers and misreads"), u"saveDepartmentButton"_s, box);
    connect(save, &QPushButton::clicked, this, [this] { saveDepartment(); });

    auto* form = groupLayout(box, save, m_departmentMessage);
    form->addRow(tr("Case number &format:"), m_caseFormat);
    form->addRow(tr("Case number &example:"), m_caseExample);
    form->addRow(tr("&Misread table:"), m_misreadTable);
    form->addRow(tr("Hot lists &stale after:"), m_staleHours);
    form->addRow(tr("Release a ta&ken alert after:"), m_alertHold);
    form->addRow(tr("Escalate an &untaken alert after:"), m_alertEscalate);
    return box;
}

QGroupBox* SettingsPage::buildAgency()
{
    auto* box = new QGroupBox(tr("Agency"), this);
    box->setObjectName(u"agencyBox"_s);
    m_agencyName = namedEdit(u"agencyNameEdit"_s, box);
    m_agencyName->setPlaceholderText(tr("e.g. Los Altos Police Department"));
    m_ori = namedEdit(u"agencyOriEdit"_s, box);
    m_ori->setPlaceholderText(tr("9 characters, e.g. CA0431000"));
    m_ori->setToolTip(tr("The NCIC Originating Agency Identifier: the state's two letters, then "
                         "seven letters or digits"));
    m_address = namedEdit(u"agencyAddressEdit"_s, box);
    m_contact = namedEdit(u"agencyContactEdit"_s, box);
    m_contact->setPlaceholderText(tr("phone, e-mail or office"));
    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(u"agencyTimeZoneCombo"_s);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        // IANA names only; offsets ("UTC+05:00") know no daylight saving time.
        if (!id.startsWith("UTC+") && !id.startsWith("UTC-"))
            m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setToolTip(tr("The zone in which days are counted and times shown on reports"));
    m_agencyMessage = namedLabel(u"agencyMessage"_s, box);
    auto* note = new QLabel(tr("Audit memos, reports and evidence packages print the agency's "
                               "name and ORI."),
                            box);
    note->setWordWrap(true);
    auto* save = namedButton(tr("Save agency"), u"saveAgencyButton"_s, box);
    connect(save, &QPushButton::clicked, this, [this] { saveAgency(); });

    auto* form = groupLayout(box, save, m_agencyMessage);
    form->addRow(tr("&Name:"), m_agencyName);
    form->addRow(tr("&ORI:"), m_ori);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Time zone:"), m_timeZone);
    qobject_cast<QVBoxLayout*>(box->layout())->insertWidget(1, note);
    return box;
}

namespace {
QString sourceKindLabel(const QString& kind)
{
    if (kind == u"mobile"_s)
        return SettingsPage::tr("Mobile (vehicle-mounted)");
    if (kind == u"fixed"_s)
        return SettingsPage::tr("Fixed cameras");
    if (kind == u"unknown"_s)
        return SettingsPage::tr("Unknown source");
    return kind;
}
} // namespace

QGroupBox* SettingsPage::buildRetention()
{
    auto* box = new QGroupBox(tr("Retention"), this);
    box->setObjectName(u"retentionBox"_s);
    m_retentionMessage = namedLabel(u"retentionMessage"_s, box);
    auto* save = namedButton(tr("Save retention rules"), u"saveRetentionButton"_s, box);
    connect(save, &QPushButton::clicked, this, [this] { saveRetention(); });
    auto* note = new QLabel(tr("Reads past their period are purged daily with their images, "
                               "unless a legal hold keeps them; images may go sooner. Days are "
                               "counted in the agency's time zone. A mobile period under 365 "
                               "days needs the policy section that allows it."),
                            box);
    note->setWordWrap(true);

    auto* outer = new QVBoxLayout(box);
    outer->addWidget(note);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Source"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Reads kept"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Images kept"), box), 0, 2);
    grid->addWidget(new QLabel(tr("Policy section"), box), 0, 3);
    int row = 1;
    for (const QString& kind : RetentionRules::sourceKinds()) {
        RetentionRow r;
        r.sourceKind = kind;
        r.readDays = namedSpin(u"retentionReadDays_"_s + kind, 1, RetentionRules::kMaxDays, box);
        r.readDays->setSuffix(tr(" days"));
        r.imageDays = namedSpin(u"retentionImageDays_"_s + kind, 1, RetentionRules::kMaxDays, box);
        r.imageDays->setSuffix(tr(" days"));
        r.imageDays->setToolTip(tr("At most as long as the read"));
        r.policy = namedEdit(u"retentionPolicy_"_s + kind, box);
        r.policy->setPlaceholderText(tr("e.g. San Leandro 418.5"));
        r.policy->setMaxLength(120);
        grid->addWidget(new QLabel(sourceKindLabel(kind), box), row, 0);
        grid->addWidget(r.readDays, row, 1);
        grid->addWidget(r.imageDays, row, 2);
        grid->addWidget(r.policy, row, 3);
        m_retention.append(r);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    outer->addLayout(grid);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    outer->addLayout(buttons);
    m_retentionMessage->setMinimumHeight(3 * m_retentionMessage->fontMetrics().lineSpacing());
    m_retentionMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(m_retentionMessage);
    return box;
}

void SettingsPage::reload()
{
    if (auto policy = AccountPolicy::load(m_session)) {
        m_minLength->setValue(policy->minPasswordLength);
        m_lockoutMinutes->setValue(policy->lockoutSeconds / 60);
        m_idleMinutes->setValue(policy->idleLockMinutes);
        m_requireTotp->setChecked(policy->totpRequired);
    } else {
        setMessage(m_accountsMessage, false, policy.error().message);
    }
    if (auto department = departmentSettings(m_session)) {
        m_caseFormat->setText(department->caseNumberPattern);
        m_caseExample->setText(department->caseNumberExample);
        m_misreadTable->setText(department->misreadTable);
        m_staleHours->setValue(department->staleHours);
        m_alertHold->setValue(department->alertHoldMinutes);
        m_alertEscalate->setValue(department->alertEscalateMinutes);
    } else {
        setMessage(m_departmentMessage, false, department.error().message);
    }
    if (auto agency = agencySettings(m_session)) {
        m_agencyName->setText(agency->name);
        m_ori->setText(agency->ori);
        m_address->setText(agency->address);
        m_contact->setText(agency->contact);
        m_timeZone->setCurrentText(agency->timeZone);
    } else {
        setMessage(m_agencyMessage, false, agency.error().message);
    }
    if (auto rules = retentionRules(m_session)) {
        for (const RetentionRow& r : std::as_const(m_retention)) {
            const RetentionPeriod p = rules->period(r.sourceKind);
            r.readDays->setValue(p.readDays);
            r.imageDays->setValue(p.imageDays);
            r.policy->setText(p.policyRef);
        }
    } else {
        setMessage(m_retentionMessage, false, asSentence(errorText(rules.error())));
    }
}

bool SettingsPage::saveRetention()
{
    RetentionRules rules;
    for (const RetentionRow& r : std::as_const(m_retention))
        rules.periods.append(RetentionPeriod{r.sourceKind, r.readDays->value(),
                                             r.imageDays->value(), r.policy->text().trimmed()});
    auto change = previewRetentionRules(m_session, rules);
    if (!change) {
        setMessage(m_retentionMessage, false, asSentence(errorText(change.error())));
        return false;
    }
    qint64 confirmed = -1;
    if (change->shortens) {
        const QString question =
            tr("These periods are shorter than those in force. The next purge will remove %1 "
               "more reads than it would now, and the images of %2 more reads (those of the "
               "removed reads included). Nothing purged can be recovered.\n\nSave the shorter "
               "periods?")
                .arg(change->moreReads)
                .arg(change->moreImages);
        if (QMessageBox::question(this, tr("Shorter retention periods"), question,
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes) {
            setMessage(m_retentionMessage, false,
                       tr("Not saved: the retention rules in force are unchanged."));
            return false;
        }
        confirmed = change->moreReads;
    }
    if (auto r = setRetentionRules(m_session, rules, confirmed); !r) {
        setMessage(m_retentionMessage, false, asSentence(errorText(r.error())));
        return false;
    }
    reload();
    setMessage(m_retentionMessage, true,
               change->shortens
                   ? tr("Saved. The next purge removes %n more read(s) under these periods.",
                        nullptr, int(std::min<qint64>(change->moreReads, INT_MAX)))
                   : tr("Saved the retention rules; they apply from the next purge."));
    return true;
}

void SettingsPage::saveAccounts()
{
    AccountPolicy policy;
    policy.minPasswordLength = m_minLength->value();
    policy.lockoutSeconds = m_lockoutMinutes->value() * 60;
    policy.idleLockMinutes = m_idleMinutes->value();
    policy.totpRequired = m_requireTotp->isChecked();
    if (auto r = AccountPolicy::save(m_session, policy); !r) {
        setMessage(m_accountsMessage, false, r.error().message);
        return;
    }
    reload();
    setMessage(
        m_accountsMessage, true,
        tr("Saved the account rules: passwords of at least %1 characters, %2, the screen "
           "locked after %3 idle minutes, one-time codes %4.")
            .arg(policy.minPasswordLength)
            .arg(policy.lockoutSeconds == 0
                     ? tr("locked accounts wait for an administrator")
                     : tr("locked accounts open after %1 minutes").arg(policy.lockoutSeconds / 60))
            .arg(policy.idleLockMinutes)
            .arg(policy.totpRequired ? tr("required") : tr("optional")));
}

void SettingsPage::saveDepartment()
{
    DepartmentSettings settings;
    settings.caseNumberPattern = m_caseFormat->text().trimmed();
    settings.caseNumberExample = m_caseExample->text().trimmed();
    settings.misreadTable = m_misreadTable->text().trimmed();
    settings.staleHours = m_staleHours->value();
    settings.alertHoldMinutes = m_alertHold->value();
    settings.alertEscalateMinutes = m_alertEscalate->value();
    if (auto r = setDepartmentSettings(m_session, settings); !r) {
        setMessage(m_departmentMessage, false, r.error().message);
        return;
    }
    reload();
    setMessage(m_departmentMessage, true,
               tr("Saved. New searches check case numbers against the format; the misread "
                  "table applies from the next search."));
}

void SettingsPage::saveAgency()
{
    AgencySettings agency;
    agency.name = m_agencyName->text();
    agency.ori = m_ori->text();
    agency.address = m_address->text();
    agency.contact = m_contact->text();
    agency.timeZone = m_timeZone->currentText();
    if (auto r = setAgencySettings(m_session, agency); !r) {
        setMessage(m_agencyMessage, false, r.error().message);
        return;
    }
    reload();
    setMessage(m_agencyMessage, true, tr("Saved the agency: %1.").arg(m_agencyName->text()));
}

} // namespace alpr::gui
