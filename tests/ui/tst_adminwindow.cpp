// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The administration window on a real demo store: what it does reaches core,
// is audited, and is refused to a user without manage-users. Its pages: the
// users, the purposes with the roles that may give them, and the settings
// of alprctl user policy and alprctl settings, with the agency's own.
#include "../support/uitest.h"
#include "adminwindow.h"
#include "purposetablemodel.h"
#include "usertablemodel.h"

#include "audit/auditlog.h"
#include "auth/accountpolicy.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "cases/agencysettings.h"
#include "cases/departmentsettings.h"
#include "cases/purposes.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

bool audited(Session& session, const QString& action, const QString& object,
             const QString& outcome = u"success"_s)
{
    const QList<AuditEvent> list = alpr::test::auditEvents(session, action);
    return std::any_of(list.begin(), list.end(), [&](const AuditEvent& e) {
        return e.object == object && e.outcome == outcome;
    });
}

// The newest event of an action on an object, with its details.
AuditEvent lastEvent(Session& session, const QString& action, const QString& object)
{
    const QList<AuditEvent> list = alpr::test::auditEvents(session, action);
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (it->object == object)
            return *it;
    return {};
}

qsizetype eventCount(Session& session, const QString& action, const QString& object)
{
    const QList<AuditEvent> list = alpr::test::auditEvents(session, action);
    return std::count_if(list.begin(), list.end(),
                         [&](const AuditEvent& e) { return e.object == object; });
}

void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

void showPage(AdminWindow& window, const char* page)
{
    child<QTabWidget>(&window, u"adminTabs"_s)->setCurrentWidget(child<QWidget>(&window, page));
}

} // namespace

class TestAdminWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s =
            SignIn::signIn(m_store, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!s)
            qFatal("sign-in failed: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    static void selectUser(AdminWindow& window, const QString& name)
    {
        auto* table = child<QTableView>(&window, u"userTable"_s);
        auto* model = qobject_cast<UserTableModel*>(table->model());
        QVERIFY(model);
        const int row = model->rowOf(name);
        QVERIFY(row >= 0);
        table->selectRow(row);
    }

    static QString cell(AdminWindow& window, const QString& name, int column)
    {
        auto* model = child<QTableView>(&window, u"userTable"_s)->model();
        auto* users = qobject_cast<UserTableModel*>(model);
        return model->index(users->rowOf(name), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"admin.alprdb"_s);
        DemoOptions options;
        options.reads = 20;
        options.images = false;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
    }

    void addAndDisableAUser()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.show();
        auto* message = child<QLabel>(&window, u"adminMessage"_s);
        QVERIFY(cell(window, u"detective"_s, UserTableModel::FullName).contains(u"Reyes"_s));

        QTest::keyClicks(child<QLineEdit>(&window, u"newUserName"_s), u"jdoe"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"newFullName"_s), u"Jane Doe"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"newBadge"_s), u"4471"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"newOrganization"_s), u"Demo PD"_s);
        child<QCheckBox>(&window, u"newRole_detective"_s)->setChecked(true);
        auto* password = child<QLineEdit>(&window, u"newPassword"_s);
        auto* repeat = child<QLineEdit>(&window, u"newPasswordRepeat"_s);
        auto* add = child<QPushButton>(&window, u"addUserButton"_s);

        // Two different passwords: nothing is added.
        QTest::keyClicks(password, u"Quartz-Lantern-91x"_s);
        QTest::keyClicks(repeat, u"Quartz-Lantern-92x"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message->text().contains(u"differ"_s));
        QVERIFY(password->text().isEmpty() && repeat->text().isEmpty());
        QVERIFY(!audited(*session, u"user-added"_s, u"user:jdoe"_s));

        // A password the policy refuses: core's reason is shown.
        QTest::keyClicks(password, u"short"_s);
        QTest::keyClicks(repeat, u"short"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"12"_s), qPrintable(message->text()));
        QVERIFY(!audited(*session, u"user-added"_s, u"user:jdoe"_s));

        QTest::keyClicks(password, u"Quartz-Lantern-91x"_s);
        QTest::keyClicks(repeat, u"Quartz-Lantern-91x"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"Added jdoe"_s), qPrintable(message->text()));
        QCOMPARE(cell(window, u"jdoe"_s, UserTableModel::FullName), u"Jane Doe"_s);
        QCOMPARE(cell(window, u"jdoe"_s, UserTableModel::Roles), u"detective"_s);
        QCOMPARE(cell(window, u"jdoe"_s, UserTableModel::Training), u"none"_s);
        QVERIFY(audited(*session, u"user-added"_s, u"user:jdoe"_s));

        // Training, then one-time codes: the QR code and the secret are shown once.
        selectUser(window, u"jdoe"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"trainingCourse"_s), u"ALPR policy 101"_s);
        QTest::mouseClick(child<QPushButton>(&window, u"recordTrainingButton"_s), Qt::LeftButton);
        QVERIFY2(cell(window, u"jdoe"_s, UserTableModel::Training).startsWith(u"current"_s),
                 qPrintable(message->text()));
        auto* totpBox = child<QGroupBox>(&window, u"totpBox"_s);
        QVERIFY(!totpBox->isVisible());
        QTest::mouseClick(child<QPushButton>(&window, u"enrolTotpButton"_s), Qt::LeftButton);
        QVERIFY2(totpBox->isVisible(), qPrintable(message->text()));
        QVERIFY(!child<QLabel>(&window, u"totpQrImage"_s)->pixmap().isNull());
        QVERIFY(child<QLabel>(&window, u"totpSecret"_s)->text().contains(u"base32"_s));
        QCOMPARE(cell(window, u"jdoe"_s, UserTableModel::SecondFactor), u"enrolled"_s);

        selectUser(window, u"jdoe"_s);
        QTest::mouseClick(child<QPushButton>(&window, u"disableButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"disabled"_s), qPrintable(message->text()));
        QVERIFY(!totpBox->isVisible());
        QCOMPARE(cell(window, u"jdoe"_s, UserTableModel::Status), u"disabled"_s);
        QVERIFY(audited(*session, u"user-disabled"_s, u"user:jdoe"_s));
        QVERIFY(audited(*session, u"totp-enrolled"_s, u"user:jdoe"_s));

        // Core's refusal is shown as it comes: no disabling oneself.
        selectUser(window, u"admin"_s);
        QTest::mouseClick(child<QPushButton>(&window, u"disableButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"your own account"_s), qPrintable(message->text()));
        QCOMPARE(cell(window, u"admin"_s, UserTableModel::Status), u"active"_s);
    }

    void refusedWithoutManageUsers()
    {
        auto session = signIn(u"detective"_s);
        QVERIFY(!session->can(Action::ManageUsers));
        AdminWindow window(*session);
        window.show();
        auto* message = child<QLabel>(&window, u"adminMessage"_s);
        QVERIFY2(message->text().contains(u"may not"_s), qPrintable(message->text()));
        QCOMPARE(child<QTableView>(&window, u"userTable"_s)->model()->rowCount(), 0);

        QTest::keyClicks(child<QLineEdit>(&window, u"newUserName"_s), u"mallory"_s);
        child<QCheckBox>(&window, u"newRole_administrator"_s)->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&window, u"newPassword"_s), u"Quartz-Lantern-91x"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"newPasswordRepeat"_s),
                         u"Quartz-Lantern-91x"_s);
        QTest::mouseClick(child<QPushButton>(&window, u"addUserButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"may not"_s), qPrintable(message->text()));
        QVERIFY(audited(*session, u"manage-users"_s, u"user:mallory"_s, u"refused"_s));
        session.reset();

        auto admin = signIn(u"admin"_s);
        AdminWindow adminView(*admin);
        QCOMPARE(
            qobject_cast<UserTableModel*>(child<QTableView>(&adminView, u"userTable"_s)->model())
                ->rowOf(u"mallory"_s),
            -1);
    }

    // One window for the administrator's work, with room for more pages.
    void aTabHostForTheAdministratorsWork()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.show();
        auto* tabs = child<QTabWidget>(&window, u"adminTabs"_s);
        QCOMPARE(tabs->count(), 7);
        QCOMPARE(tabs->widget(0), child<QWidget>(&window, u"usersTab"_s));
        QCOMPARE(tabs->widget(1), child<QWidget>(&window, u"purposesTab"_s));
        QCOMPARE(tabs->widget(2), child<QWidget>(&window, u"settingsTab"_s));
        QCOMPARE(tabs->tabText(2).remove(u'&'), u"Settings"_s);
        QCOMPARE(tabs->widget(3), child<QWidget>(&window, u"hotListsTab"_s));
        QCOMPARE(tabs->tabText(3).remove(u'&'), u"Hot lists"_s);
        QCOMPARE(tabs->widget(4), child<QWidget>(&window, u"releaseRequestsPage"_s));
        QCOMPARE(tabs->tabText(4).remove(u'&'), u"Release requests"_s);
        QCOMPARE(tabs->widget(5), child<QWidget>(&window, u"holdsPage"_s));
        QCOMPARE(tabs->tabText(5).remove(u'&'), u"Legal holds"_s);
        QCOMPARE(tabs->widget(6), child<QWidget>(&window, u"purgeCertificatesPage"_s));
        QCOMPARE(tabs->tabText(6).remove(u'&'), u"Purge certificates"_s);
        // Later issues add pages.
        auto* page = new QLabel(u"More"_s);
        QCOMPARE(window.addPage(page, u"More"_s), 7);
        QCOMPARE(tabs->widget(7), page);
        // No search form: the administrator may not search.
        QVERIFY(!window.findChild<QWidget*>(u"patternEdit"_s));
        QVERIFY(!window.findChild<QWidget*>(u"purposeCombo"_s));
    }

    // Who may give a purpose, set on the Purposes page, with core's checks.
    void purposesNameTheirRoles()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.resize(1200, 760);
        window.show();
        showPage(window, "purposesTab");
        auto* table = child<QTableView>(&window, u"purposesTable"_s);
        auto* model = qobject_cast<PurposeTableModel*>(table->model());
        QVERIFY(model);
        const auto rolesCell = [model](const QString& code) {
            return model->index(model->rowOfCode(code), PurposeTableModel::Roles).data().toString();
        };
        QCOMPARE(rolesCell(u"audit"_s), u"auditor"_s);
        QCOMPARE(rolesCell(u"witness-victim"_s), u"detective, dispatcher, records, supervisor"_s);
        QCOMPARE(model->headerData(PurposeTableModel::Roles, Qt::Horizontal).toString(),
                 u"Who may give it"_s);

        auto* detective = child<QCheckBox>(&window, u"purposeRole_detective"_s);
        auto* dispatcher = child<QCheckBox>(&window, u"purposeRole_dispatcher"_s);
        auto* records = child<QCheckBox>(&window, u"purposeRole_records"_s);
        auto* auditor = child<QCheckBox>(&window, u"purposeRole_auditor"_s);
        auto* supervisor = child<QCheckBox>(&window, u"purposeRole_supervisor"_s);
        QVERIFY(!window.findChild<QCheckBox*>(u"purposeRole_administrator"_s));
        table->selectRow(model->rowOfCode(u"audit"_s));
        QVERIFY(auditor->isChecked() && !detective->isChecked() && !dispatcher->isChecked());
        table->selectRow(model->rowOfCode(u"witness-victim"_s));
        QVERIFY(detective->isChecked() && dispatcher->isChecked() && records->isChecked());
        QVERIFY(!auditor->isChecked());
        saveScreenshot(&window, u"admin-purposes.png"_s);

        // No role at all: core refuses, and nothing changes.
        auto* message = child<QLabel>(&window, u"purposesMessage"_s);
        auto* save = child<QPushButton>(&window, u"savePurposeButton"_s);
        const qsizetype saved =
            eventCount(*session, u"purpose-saved"_s, u"purpose:witness-victim"_s);
        for (QCheckBox* c : {detective, dispatcher, records, supervisor})
            QTest::mouseClick(c, Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"names no role"_s), qPrintable(message->text()));
        QCOMPARE(rolesCell(u"witness-victim"_s), u"detective, dispatcher, records, supervisor"_s);
        QCOMPARE(eventCount(*session, u"purpose-saved"_s, u"purpose:witness-victim"_s), saved);

        // Detectives only: saved, shown, and audited with before and after.
        QTest::mouseClick(detective, Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"for detective"_s), qPrintable(message->text()));
        QCOMPARE(rolesCell(u"witness-victim"_s), u"detective"_s);
        const AuditEvent e = lastEvent(*session, u"purpose-saved"_s, u"purpose:witness-victim"_s);
        QCOMPARE(e.details[u"before"_s][u"roles"_s].toString(),
                 u"detective,dispatcher,records,supervisor"_s);
        QCOMPARE(e.details[u"after"_s][u"roles"_s].toString(), u"detective"_s);

        // "New" starts from the default roles.
        QTest::mouseClick(child<QPushButton>(&window, u"newPurposeButton"_s), Qt::LeftButton);
        QVERIFY(detective->isChecked() && dispatcher->isChecked() && records->isChecked());
        QVERIFY(!auditor->isChecked());
        QVERIFY(setPurposeRoles(*session, u"witness-victim"_s, defaultPurposeRoles({})).ok());
    }

    // Every setting of alprctl user policy and alprctl settings, and the
    // agency's: the same core calls, so the same checks and audit records.
    void settingsAreTheCommandLinesSettings()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.resize(1200, 760);
        window.show();
        showPage(window, "settingsTab");
        auto* minLength = child<QSpinBox>(&window, u"minPasswordLengthSpin"_s);
        auto* lockout = child<QSpinBox>(&window, u"lockoutMinutesSpin"_s);
        auto* idle = child<QSpinBox>(&window, u"idleMinutesSpin"_s);
        auto* totp = child<QCheckBox>(&window, u"requireTotpCheck"_s);
        auto* saveAccounts = child<QPushButton>(&window, u"saveAccountPolicyButton"_s);
        auto* accountsMessage = child<QLabel>(&window, u"accountPolicyMessage"_s);
        QCOMPARE(minLength->value(), 12);
        QCOMPARE(lockout->value(), 10);
        QCOMPARE(idle->value(), 30);
        QVERIFY(!totp->isChecked());
        saveScreenshot(&window, u"admin-settings-before.png"_s);

        // Refused by core as alprctl user policy is: an idle lock over CJIS's 30 minutes.
        const qsizetype accountChanges =
            eventCount(*session, u"settings-changed"_s, u"settings:accounts"_s);
        idle->setValue(45);
        QTest::mouseClick(saveAccounts, Qt::LeftButton);
        QVERIFY2(accountsMessage->text().contains(u"CJIS 5.5.5"_s),
                 qPrintable(accountsMessage->text()));
        lockout->setValue(5);
        idle->setValue(15);
        QTest::mouseClick(saveAccounts, Qt::LeftButton);
        QVERIFY2(accountsMessage->text().contains(u"10 minutes"_s),
                 qPrintable(accountsMessage->text()));
        QCOMPARE(eventCount(*session, u"settings-changed"_s, u"settings:accounts"_s),
                 accountChanges);
        QCOMPARE(AccountPolicy::load(*session)->idleLockMinutes, 30);

        minLength->setValue(14);
        lockout->setValue(0);
        idle->setValue(15);
        QTest::mouseClick(saveAccounts, Qt::LeftButton);
        QVERIFY2(accountsMessage->text().startsWith(u"Saved"_s),
                 qPrintable(accountsMessage->text()));
        auto policy = AccountPolicy::load(*session);
        QCOMPARE(policy->minPasswordLength, 14);
        QCOMPARE(policy->lockoutSeconds, 0);
        QCOMPARE(policy->idleLockMinutes, 15);
        const AuditEvent accounts =
            lastEvent(*session, u"settings-changed"_s, u"settings:accounts"_s);
        QCOMPARE(accounts.details[u"idle_lock_minutes"_s].toInt(), 15);
        QCOMPARE(accounts.details[u"before"_s][u"idle_lock_minutes"_s].toInt(), 30);
        QCOMPARE(lockout->text(), u"until an administrator unlocks"_s);

        // Case numbers and the misread table: alprctl settings set's checks.
        auto* format = child<QLineEdit>(&window, u"caseFormatEdit"_s);
        auto* example = child<QLineEdit>(&window, u"caseExampleEdit"_s);
        auto* misread = child<QLineEdit>(&window, u"misreadTableEdit"_s);
        auto* saveDepartment = child<QPushButton>(&window, u"saveDepartmentButton"_s);
        auto* departmentMessage = child<QLabel>(&window, u"departmentMessage"_s);
        const QString misreadBefore = misread->text();
        QCOMPARE(misreadBefore, departmentSettings(*session)->misreadTable);
        example->setText(u"2026-1"_s);
        QTest::mouseClick(saveDepartment, Qt::LeftButton);
        QVERIFY2(departmentMessage->text().contains(u"not in the case number format"_s),
                 qPrintable(departmentMessage->text()));
        example->setText(u"26-004211"_s);
        misread->setText(u"0O O8"_s);
        QTest::mouseClick(saveDepartment, Qt::LeftButton);
        QVERIFY2(departmentMessage->text().contains(u"misread"_s, Qt::CaseInsensitive),
                 qPrintable(departmentMessage->text()));
        QCOMPARE(departmentSettings(*session)->misreadTable, misreadBefore);
        format->setText(u"[0-9]{2}-[0-9]{4,8}"_s);
        misread->setText(u"0ODQ 1I 2Z 5S 8B 6G 7T"_s);
        // The alert queue's times: a hold released after, an untaken alert escalated after.
        auto* hold = child<QSpinBox>(&window, u"alertHoldSpin"_s);
        auto* escalate = child<QSpinBox>(&window, u"alertEscalateSpin"_s);
        QCOMPARE(hold->value(), departmentSettings(*session)->alertHoldMinutes);
        QCOMPARE(escalate->value(), departmentSettings(*session)->alertEscalateMinutes);
        QCOMPARE(hold->minimum(), 5);
        QCOMPARE(escalate->maximum(), 120);
        hold->setValue(45);
        escalate->setValue(3);
        QTest::mouseClick(saveDepartment, Qt::LeftButton);
        QCOMPARE(departmentSettings(*session)->alertHoldMinutes, 45);
        QCOMPARE(departmentSettings(*session)->alertEscalateMinutes, 3);
        QVERIFY2(departmentMessage->text().startsWith(u"Saved"_s),
                 qPrintable(departmentMessage->text()));
        QVERIFY(departmentSettings(*session)->misreadTable.contains(u"7T"_s));
        QCOMPARE(misread->text(), departmentSettings(*session)->misreadTable);
        const AuditEvent department =
            lastEvent(*session, u"settings-changed"_s, u"settings:department"_s);
        QCOMPARE(department.details[u"before"_s][u"misread_table"_s].toString(), misreadBefore);

        // The agency: name, ORI (NCIC format), address, contact, time zone.
        auto* name = child<QLineEdit>(&window, u"agencyNameEdit"_s);
        auto* ori = child<QLineEdit>(&window, u"agencyOriEdit"_s);
        auto* zone = child<QComboBox>(&window, u"agencyTimeZoneCombo"_s);
        auto* saveAgency = child<QPushButton>(&window, u"saveAgencyButton"_s);
        auto* agencyMessage = child<QLabel>(&window, u"agencyMessage"_s);
        QCOMPARE(zone->currentText(), u"America/Los_Angeles"_s);
        QVERIFY(zone->findText(u"America/New_York"_s) >= 0);
        QCOMPARE(zone->findText(u"UTC+05:00"_s), -1);
        QCOMPARE(name->text(), u"Demo Police Department"_s); // the demo store's
        name->clear();
        ori->clear();
        QTest::keyClicks(name, u"Los Altos Police Department"_s);
        QTest::keyClicks(ori, u"CA043100"_s);
        QTest::mouseClick(saveAgency, Qt::LeftButton);
        QVERIFY2(agencyMessage->text().contains(u"not 8;"_s), qPrintable(agencyMessage->text()));
        QTest::keyClicks(ori, u"0"_s);
        zone->setCurrentText(u"Pacific time"_s);
        QTest::mouseClick(saveAgency, Qt::LeftButton);
        QVERIFY2(agencyMessage->text().contains(u"IANA"_s), qPrintable(agencyMessage->text()));
        QCOMPARE(agencySettings(*session)->name, u"Demo Police Department"_s);
        zone->setCurrentText(u"America/Los_Angeles"_s);
        child<QLineEdit>(&window, u"agencyAddressEdit"_s)->clear();
        child<QLineEdit>(&window, u"agencyContactEdit"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(&window, u"agencyAddressEdit"_s),
                         u"1 N San Antonio Rd, Los Altos, CA 94022"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"agencyContactEdit"_s), u"(650) 947-2770"_s);
        QTest::mouseClick(saveAgency, Qt::LeftButton);
        QVERIFY2(agencyMessage->text().startsWith(u"Saved"_s), qPrintable(agencyMessage->text()));
        QCOMPARE(agencySettings(*session)->heading(),
                 u"Los Altos Police Department (ORI CA0431000)"_s);
        const AuditEvent agency = lastEvent(*session, u"settings-changed"_s, u"settings:agency"_s);
        QCOMPARE(agency.details[u"after"_s][u"ori"_s].toString(), u"CA0431000"_s);
        QCOMPARE(agency.details[u"before"_s][u"ori"_s].toString(), u"CA0000000"_s);
        saveScreenshot(&window, u"admin-settings-after.png"_s);

        // Back to the defaults for the tests after this one.
        AccountPolicy defaults;
        QVERIFY(AccountPolicy::save(*session, defaults).ok());
    }

    void settingsAreRefusedToOthers()
    {
        auto session = signIn(u"detective"_s);
        AdminWindow window(*session);
        window.show();
        showPage(window, "settingsTab");
        QTest::keyClicks(child<QLineEdit>(&window, u"agencyNameEdit"_s), u"x"_s);
        QTest::mouseClick(child<QPushButton>(&window, u"saveAgencyButton"_s), Qt::LeftButton);
        auto* message = child<QLabel>(&window, u"agencyMessage"_s);
        QVERIFY2(message->text().contains(u"may not"_s), qPrintable(message->text()));
        QVERIFY(audited(*session, u"change-settings"_s, u"settings:agency"_s, u"refused"_s));
    }
};

QTEST_MAIN(TestAdminWindow)
#include "tst_adminwindow.moc"
