// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl user ...: one account from creation to disabling, through the real binary.
// Built twice: on a demo store file (cli_usercommands), and with
// ALPR_TEST_DEPARTMENT on a department store on a throwaway PostgreSQL
// server (cli_department_usercommands), where the server does the checking.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/totp.h"
#include "common/clock.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {
const QString kDemoPassword = u"demo-password-2026"_s;

using Run = alpr::test::CliRun;
} // namespace

class TestUserCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Run run(const QString& user, const QStringList& args, const QString& password,
            const QString& newPassword = {}, const QString& code = {})
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, password},
                                       {u"ALPR_NEW_PASSWORD"_s, newPassword},
                                       {u"ALPR_TOTP"_s, code}});
    }

    Run search(const QString& password, const QString& code = {})
    {
        return run(u"kim"_s,
                   {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                    u"criminal-investigation"_s, u"7*"_s},
                   password, {}, code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store = alpr::test::DepartmentFixture::create(u"users"_s, kDemoPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        return;
#endif
        m_store = m_dir.filePath(u"users.alprdb"_s);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ALPRCTL), {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"50"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void usageErrorsBeforeAnyPassword_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{u"user"_s};
        QTest::newRow("unknown role")
            << QStringList{u"user"_s, u"add"_s, u"x1"_s, u"--roles"_s, u"sheriff"_s};
        QTest::newRow("no date") << QStringList{u"user"_s, u"train"_s, u"kim"_s, u"--course"_s,
                                                u"C"_s};
        QTest::newRow("bad date") << QStringList{u"user"_s,     u"train"_s, u"kim"_s,
                                                 u"--course"_s, u"C"_s,     u"--completed"_s,
                                                 u"yesterday"_s};
    }
    void usageErrorsBeforeAnyPassword()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(u"admin"_s, args, u"wrong"_s).exitCode, 2);
    }

    void accountFromStartToEnd()
    {
        // Added with a temporary password; a weak one is refused.
        Run r = run(u"admin"_s,
                    {u"user"_s, u"add"_s, u"kim"_s, u"--roles"_s, u"detective"_s, u"--full-name"_s,
                     u"Det. Sam Kim"_s, u"--badge"_s, u"4411"_s},
                    kDemoPassword, u"password"_s);
        QCOMPARE(r.exitCode, 1);
        r = run(u"admin"_s,
                {u"user"_s, u"add"_s, u"kim"_s, u"--roles"_s, u"detective"_s, u"--full-name"_s,
                 u"Det. Sam Kim"_s},
                kDemoPassword, u"first-temporary-ember"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A detective may not manage users: refused by policy.
        QCOMPARE(run(u"detective"_s, {u"user"_s, u"list"_s}, kDemoPassword).exitCode, 4);

        // The temporary password must be changed before anything else.
        r = search(u"first-temporary-ember"_s);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(u"temporary password"_s));
        r = run(u"kim"_s, {u"user"_s, u"passwd"_s, u"kim"_s}, u"first-temporary-ember"_s,
                u"walnut-glacier-sonnet"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // No training, no data.
        r = search(u"walnut-glacier-sonnet"_s);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(u"training"_s));
        r = run(u"admin"_s,
                {u"user"_s, u"train"_s, u"kim"_s, u"--course"_s, u"ALPR use"_s, u"--completed"_s,
                 u"2026-01-10"_s, u"--expires"_s, u"2099-01-10"_s},
                kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(search(u"walnut-glacier-sonnet"_s).exitCode, 0);

        // Second factor: the secret and URI are printed; sign-in then needs a code.
        r = run(u"admin"_s, {u"user"_s, u"totp"_s, u"kim"_s, u"--no-qr"_s}, kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto m = QRegularExpression(u"Secret \\(base32\\): ([A-Z2-7]+)"_s).match(r.out);
        QVERIFY(m.hasMatch());
        QVERIFY(r.out.contains(u"otpauth://totp/ALPR%20Workstation:kim?secret="_s + m.captured(1)));
        QCOMPARE(search(u"walnut-glacier-sonnet"_s).exitCode, 3);
        const auto secret = totp::fromBase32(m.captured(1));
        QVERIFY(secret.ok());
        const QString code = totp::codeAt(secret.value(), QDateTime::currentDateTimeUtc());
        QCOMPARE(search(u"walnut-glacier-sonnet"_s, code).exitCode, 0);

        // The list shows it all.
        r = run(u"admin"_s, {u"user"_s, u"list"_s, u"--json"_s}, kDemoPassword);
        QCOMPARE(r.exitCode, 0);
        QJsonObject kim;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(u"username"_s) == u"kim"_s)
                kim = v.toObject();
        QCOMPARE(kim.value(u"roles"_s).toString(), u"detective"_s);
        QCOMPARE(kim.value(u"trained"_s).toBool(), true);
        QCOMPARE(kim.value(u"second_factor"_s).toBool(), true);
        QCOMPARE(kim.value(u"must_change_password"_s).toBool(), false);

        // Roles, then disabling: the old password no longer opens the store.
        QCOMPARE(run(u"admin"_s, {u"user"_s, u"roles"_s, u"kim"_s, u"detective,records"_s},
                     kDemoPassword)
                     .exitCode,
                 0);
        QCOMPARE(run(u"admin"_s, {u"user"_s, u"disable"_s, u"kim"_s}, kDemoPassword).exitCode, 0);
        r = search(u"walnut-glacier-sonnet"_s);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"wrong user name or password"_s));

        // Every change is in the audit trail, with the acting administrator.
        r = run(u"auditor"_s, {u"audit"_s, u"list"_s, u"--json"_s}, kDemoPassword);
        QCOMPARE(r.exitCode, 0);
        QStringList seen;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"object"_s) == u"user:kim"_s)
                seen << e.value(u"user"_s).toString() + u' ' + e.value(u"action"_s).toString();
        }
        for (const QString& expected :
             {u"admin user-added"_s, u"kim password-changed"_s, u"admin training-recorded"_s,
              u"admin totp-enrolled"_s, u"admin roles-changed"_s, u"admin user-disabled"_s,
              u"kim sign-in"_s})
            QVERIFY2(seen.contains(expected), qPrintable(expected));
    }

    // A 100,000-character new password crashed alprctl inside libpwquality.
    void longPasswordIsRefusedCleanly()
    {
        QString longPassword;
        while (longPassword.size() < 100000)
            longPassword += u"kettle-orbit-marsh-violin-"_s;
        longPassword.truncate(100000);
        const QString refusal =
            u"the password is 100000 characters long; at most 1024 are allowed"_s;
        // One's own, and an administrator's reset of another's.
        Run r =
            run(u"records"_s, {u"user"_s, u"passwd"_s, u"records"_s}, kDemoPassword, longPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(refusal), qPrintable(r.err));
        r = run(u"admin"_s, {u"user"_s, u"passwd"_s, u"dispatcher"_s}, kDemoPassword, longPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(refusal), qPrintable(r.err));
        // Nothing changed.
        r = run(u"records"_s,
                {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                 u"criminal-investigation"_s, u"7*"_s},
                kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // A sign-in password over 1,024 characters is refused by alprctl before
    // anything hashes it: a usage-like error (exit 1), not a wrong password
    // (exit 3), and no failure counted against the account.
    void longSignInPasswordIsRefusedBeforeHashing()
    {
        const QString tooLong(1025, u'p');
        for (int i = 0; i < 6; ++i) {
            const Run r = run(u"dispatcher"_s,
                              {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                               u"criminal-investigation"_s, u"7*"_s},
                              tooLong);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"the password is 1025 characters long; at most 1024 are "
                                    u"allowed"_s),
                     qPrintable(r.err));
        }
        // Six wrong passwords would have locked the account.
        const Run r = run(u"dispatcher"_s,
                          {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                           u"criminal-investigation"_s, u"7*"_s},
                          kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // cracklib passed password1234 as a temporary password; the guessing
    // check refuses it, for a new account and for a changed password alike.
    void guessablePasswordsAreRefused()
    {
        const QString weak = u"password1234"_s;
        const QString rule = u"the guessing check"_s;
        Run r = run(u"admin"_s, {u"user"_s, u"add"_s, u"lee"_s, u"--roles"_s, u"dispatcher"_s},
                    kDemoPassword, weak);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"several unrelated words"_s), qPrintable(r.err));
        r = run(u"admin"_s, {u"user"_s, u"list"_s, u"--json"_s}, kDemoPassword);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(u"\"lee\""_s), qPrintable(r.out));

        r = run(u"records"_s, {u"user"_s, u"passwd"_s, u"records"_s}, kDemoPassword, weak);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));
        r = run(u"admin"_s, {u"user"_s, u"passwd"_s, u"dispatcher"_s}, kDemoPassword, weak);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));

        // Nothing changed: the demo password still opens the account.
        r = run(u"records"_s,
                {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                 u"criminal-investigation"_s, u"7*"_s},
                kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // A full name with a line break printed a forged line in "user list".
    void namesWithControlCharactersAreRefusedAndPrintedEscaped()
    {
        const QString forged = u"Ana Ruiz\nmallory        active    administrator"_s;
        Run r = run(
            u"admin"_s,
            {u"user"_s, u"add"_s, u"ana"_s, u"--roles"_s, u"detective"_s, u"--full-name"_s, forged},
            kDemoPassword, u"first-temporary-ember"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the full name holds a control character"_s), qPrintable(r.err));
        r = run(u"admin"_s,
                {u"user"_s, u"add"_s, u"ana"_s, u"--roles"_s, u"detective"_s, u"--badge"_s,
                 QString(100000, u'7')},
                kDemoPassword, u"first-temporary-ember"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the badge is 100000 characters long; at most 64 are allowed"_s),
                 qPrintable(r.err));

        // A name stored before names were checked is printed escaped.
#ifdef ALPR_TEST_DEPARTMENT
        int exitCode = -1;
        const QString out = alpr::test::PgTestServer::psql(
            alpr::test::PgTestServer::superUser(), alpr::test::PgTestServer::superPassword(),
            u"users"_s,
            u"INSERT INTO alpr.users(username, full_name, roles, password_hash) VALUES "
            "('legacy', %1, '{detective}', 'x')"_s.arg(
                alpr::test::PgTestServer::quoteLiteral(forged)),
            &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));
#else
        {
            auto s = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(kDemoPassword),
                                    Clock::system());
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            UserAccount legacy;
            legacy.username = u"legacy"_s;
            legacy.fullName = forged;
            legacy.roles = {Role::Detective};
            QVERIFY(
                storeOf(*s.value()).users().insert(legacy, QDateTime::currentDateTimeUtc()).ok());
        }
#endif
        r = run(u"admin"_s, {u"user"_s, u"list"_s}, kDemoPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Ana Ruiz\\nmallory"_s), qPrintable(r.out));
        for (const QString& line : r.out.split(u'\n'))
            QVERIFY2(!line.startsWith(u"mallory"_s), qPrintable(r.out));
    }

    void policyNeedsChangeSettings()
    {
        QCOMPARE(
            run(u"records"_s, {u"user"_s, u"policy"_s, u"--idle-minutes"_s, u"10"_s}, kDemoPassword)
                .exitCode,
            4);
        Run r =
            run(u"admin"_s, {u"user"_s, u"policy"_s, u"--idle-minutes"_s, u"45"_s}, kDemoPassword);
        QCOMPARE(r.exitCode, 1);
        r = run(u"admin"_s, {u"user"_s, u"policy"_s, u"--idle-minutes"_s, u"15"_s}, kDemoPassword);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"idle lock: 15 minutes"_s));
    }
};

QTEST_GUILESS_MAIN(TestUserCommands)
#include "tst_usercommands.moc"
