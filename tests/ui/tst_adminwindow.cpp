// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The administration window on a real demo store: what it does reaches core,
// is audited, and is refused to a user without manage-users.
#include "../support/uitest.h"
#include "adminwindow.h"
#include "usertablemodel.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
};

QTEST_MAIN(TestAdminWindow)
#include "tst_adminwindow.moc"
