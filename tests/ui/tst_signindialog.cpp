// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The sign-in dialog with a second factor, on a real demo store.
#include "signindialog.h"

#include "auth/passwordfile.h"
#include "auth/serviceaccounts.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "auth/totp.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::StringLiterals;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    SecureBytes m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"signin.alprdb"_s);
        DemoOptions options;
        options.reads = 20;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
        auto admin = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(demoPassword()),
                                    Clock::system());
        QVERIFY(admin.ok());
        m_secret = totp::generateSecret();
        QVERIFY(UserAdministration(*admin.value()).setTotpSecret(u"detective"_s, m_secret).ok());
        UserAccount receiver;
        receiver.username = u"receiver"_s;
        receiver.roles = {Role::Ingest};
        QVERIFY(
            ServiceAccounts(*admin.value()).add(receiver, m_dir.filePath(u"receiver.pw"_s)).ok());
    }

    void serviceAccountsAreRefused()
    {
        auto password = passwordfile::read(m_dir.filePath(u"receiver.pw"_s));
        QVERIFY(password.ok());
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        auto* message = dialog.findChild<QLabel*>(u"signInMessage"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), u"receiver"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s),
                         QString::fromLatin1(password->constData(), password->size()));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"receiver is a service account for unattended jobs"_s),
                 qPrintable(message->text()));
        QVERIFY(!dialog.findChild<QLineEdit*>(u"codeEdit"_s)->isVisible());
    }

    void asksForTheCodeAfterThePassword()
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        auto* code = dialog.findChild<QLineEdit*>(u"codeEdit"_s);
        auto* button = dialog.findChild<QPushButton*>(u"signInButton"_s);
        auto* message = dialog.findChild<QLabel*>(u"signInMessage"_s);
        QVERIFY(code && button && message);
        QVERIFY(!code->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), u"detective"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), demoPassword());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        QTRY_VERIFY(code->isVisible());
        QVERIFY(message->text().contains(u"6-digit code"_s));

        // A wrong code is said plainly and counted.
        QTest::keyClicks(code,
                         u"000000"_s == totp::codeAt(m_secret, QDateTime::currentDateTimeUtc())
                             ? u"111111"_s
                             : u"000000"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        QVERIFY(message->text().contains(u"wrong one-time code"_s));

        // The right one opens; the password was not asked for again.
        QTest::keyClicks(code, totp::codeAt(m_secret, QDateTime::currentDateTimeUtc()));
        QTest::mouseClick(button, Qt::LeftButton);
        auto session = dialog.takeSession();
        QVERIFY(session);
        QCOMPARE(session->user().username, u"detective"_s);
    }

    void accountsWithoutASecondFactorAreNotAsked()
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), u"dispatcher"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), demoPassword());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        QVERIFY(dialog.takeSession());
        QVERIFY(!dialog.findChild<QLineEdit*>(u"codeEdit"_s)->isVisible());
    }

    // A store whose first page no longer decrypts is said to be damaged,
    // with what to do, never a wrong password.
    void damagedStoreIsSaidToBeDamaged()
    {
        const QString copy = m_dir.filePath(u"damaged.alprdb"_s);
        QVERIFY(QFile::copy(m_store, copy));
        QVERIFY(QFile::copy(m_store + u".keys"_s, copy + u".keys"_s));
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(2048);
            char byte = 0;
            QVERIFY(f.getChar(&byte));
            f.seek(2048);
            QVERIFY(f.putChar(char(~byte)));
        }
        SignInDialog dialog(copy, Clock::system());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), u"dispatcher"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), demoPassword());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        const QString said = dialog.findChild<QLabel*>(u"signInMessage"_s)->text();
        QVERIFY2(said.contains(u"is damaged"_s), qPrintable(said));
        QVERIFY2(said.contains(u"restores the store"_s), qPrintable(said));
        QVERIFY2(!said.contains(u"wrong"_s) && !said.contains(u"disabled"_s), qPrintable(said));
        if (const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + u"/signin-damaged-store.png"_s);
    }

    // A password over 1,024 characters (pasted, so it is set at once) is
    // refused in the dialog with a message, and no sign-in is tried: the
    // account's failure count does not move.
    void overLongPasswordIsRefusedBeforeSignIn()
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
        auto* message = dialog.findChild<QLabel*>(u"signInMessage"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), u"dispatcher"_s);
        password->setText(QString(100000, u'x'));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        QVERIFY(!dialog.takeSession());
        QVERIFY2(message->text().contains(u"longer than 1024 characters"_s),
                 qPrintable(message->text()));
        QVERIFY(password->text().isEmpty());
        // Not counted as a wrong password: five of these would have locked it.
        for (int i = 0; i < 6; ++i) {
            password->setText(QString(1025, u'y'));
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        }
        QTest::keyClicks(password, demoPassword());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        QVERIFY2(dialog.takeSession(), qPrintable(message->text()));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
