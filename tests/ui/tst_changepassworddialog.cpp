// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// After an administrator's reset: sign in with the temporary password, the
// change-password dialog comes first, and only the new password opens the store.
#include "../support/uitest.h"
#include "changepassworddialog.h"
#include "signindialog.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

const QString kTemporary = u"Temp-Harbor-7731q"_s;
const QString kNew = u"Copper-Meadow-5820z"_s;

} // namespace

class TestChangePasswordDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    std::unique_ptr<Session> signInThroughDialog(const QString& user, const QString& password)
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"userEdit"_s), user);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordEdit"_s), password);
        QTest::mouseClick(child<QPushButton>(&dialog, u"signInButton"_s), Qt::LeftButton);
        return dialog.takeSession();
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void fill(QWidget* dialog, const QString& current, const QString& next,
                     const QString& repeat)
    {
        retype(child<QLineEdit>(dialog, u"currentPasswordEdit"_s), current);
        fillNew(dialog, next, repeat);
    }

    // Types only the new password, twice, leaving the current one as it is.
    static void fillNew(QWidget* dialog, const QString& next, const QString& repeat)
    {
        retype(child<QLineEdit>(dialog, u"newPasswordEdit"_s), next);
        retype(child<QLineEdit>(dialog, u"repeatPasswordEdit"_s), repeat);
        QTest::mouseClick(child<QPushButton>(dialog, u"changePasswordButton"_s), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"passwd.alprdb"_s);
        DemoOptions options;
        options.reads = 20;
        options.images = false;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
        auto admin = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(demoPassword()),
                                    Clock::system());
        QVERIFY(admin.ok());
        QVERIFY(UserAdministration(*admin.value())
                    .resetPassword(u"records"_s, SecureBytes::fromUtf8(kTemporary))
                    .ok());
    }

    void temporaryPasswordMustBeChangedFirst()
    {
        auto session = signInThroughDialog(u"records"_s, kTemporary);
        QVERIFY(session);
        QVERIFY(session->mustChangePassword());
        QVERIFY(!session->can(Action::Search));

        // Giving up on the dialog ends the way in: main.cpp returns before the main window.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
        });
        QVERIFY(!ChangePasswordDialog::changeIfRequired(*session));
        QVERIFY(session->mustChangePassword());

        // Mistakes are said plainly and change nothing; then a good password goes through.
        bool accepted = false;
        QTimer::singleShot(0, this, [&accepted, &session, this] {
            auto* dialog = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* message = child<QLabel>(dialog, u"changePasswordMessage"_s);
            auto* current = child<QLineEdit>(dialog, u"currentPasswordEdit"_s);
            auto* next = child<QLineEdit>(dialog, u"newPasswordEdit"_s);
            auto* repeat = child<QLineEdit>(dialog, u"repeatPasswordEdit"_s);
            // The rules are there before any is broken.
            auto* rules = child<QLabel>(dialog, u"passwordRulesLabel"_s);
            QVERIFY(rules->isVisible());
            QVERIFY2(rules->text().contains(u"at least 12 characters"_s),
                     qPrintable(rules->text()));
            QVERIFY2(rules->text().contains(u"several unrelated words"_s),
                     qPrintable(rules->text()));
            QVERIFY(message->text().isEmpty());

            fill(dialog, kTemporary, kNew, kNew + u"!"_s);
            QVERIFY2(message->text().contains(u"differ"_s), qPrintable(message->text()));
            QVERIFY(next->text().isEmpty());
            QVERIFY(repeat->text().isEmpty());
            QCOMPARE(current->text(), kTemporary);
            fill(dialog, kTemporary, u"short"_s, u"short"_s);
            QVERIFY2(message->text().contains(u"12"_s), qPrintable(message->text()));
            QCOMPARE(current->text(), kTemporary);

            // A guessable new password is refused by name; the current
            // password, which was right, stays typed and goes through again.
            fillNew(dialog, u"password1234"_s, u"password1234"_s);
            QVERIFY2(message->text().contains(u"guessing check"_s), qPrintable(message->text()));
            QVERIFY2(message->text().contains(u"several unrelated words"_s),
                     qPrintable(message->text()));
            QCOMPARE(current->text(), kTemporary);
            QVERIFY(next->text().isEmpty());
            QVERIFY(repeat->text().isEmpty());
            QVERIFY(session->mustChangePassword());

            // A wrong current password is cleared; the new ones stay.
            fill(dialog, u"Wrong-Current-1234"_s, kNew, kNew);
            QVERIFY2(message->text().contains(u"password"_s), qPrintable(message->text()));
            QVERIFY(current->text().isEmpty());
            QCOMPARE(next->text(), kNew);
            QVERIFY(dialog->isVisible());
            fill(dialog, kTemporary, kNew, kNew);
            accepted = !dialog->isVisible();
            if (!accepted) {
                qWarning("still open: %s", qPrintable(message->text()));
                dialog->reject();
            }
        });
        QVERIFY(ChangePasswordDialog::changeIfRequired(*session));
        QVERIFY(accepted);
        QVERIFY(!session->mustChangePassword());
        QVERIFY(session->can(Action::Search));
        session.reset();

        // Only the new password opens the store now.
        QVERIFY(!signInThroughDialog(u"records"_s, kTemporary));
        auto again = signInThroughDialog(u"records"_s, kNew);
        QVERIFY(again);
        QVERIFY(!again->mustChangePassword());
        QVERIFY(ChangePasswordDialog::changeIfRequired(*again)); // no dialog this time
    }
};

QTEST_MAIN(TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"
