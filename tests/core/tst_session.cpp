// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auth/accountpolicy.h"
#include "auth/keyslotfile.h"
#include "auth/signin.h"
#include "auth/signinfailures.h"
#include "auth/totp.h"
#include "auth/useradministration.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;

    Result<std::unique_ptr<Session>> signIn(const QString& user, const char* pw,
                                            const QString& code = {})
    {
        return SignIn::signIn(m_path, user, test::password(pw), m_clock, [code]() { return code; });
    }

    std::unique_ptr<Session> admin()
    {
        auto s = signIn(QStringLiteral("admin"), test::kPassword);
        if (!s)
            qFatal("admin cannot sign in: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    QStringList auditActions(Session& s, const QString& target)
    {
        QStringList actions;
        const auto events = trailOf(s).list({});
        for (const AuditEvent& e : events.value())
            if (e.object == QStringLiteral("user:") + target || e.username == target)
                actions << e.action + u'/' + e.outcome;
        return actions;
    }

    QByteArray slotOf(const QString& user)
    {
        QFile f(KeySlotFile::pathForStore(m_path));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray slots =
            QJsonDocument::fromJson(f.readAll()).object().value(u"slots"_s).toArray();
        for (const QJsonValue& v : slots)
            if (v.toObject().value(u"username"_s).toString() == user)
                return QJsonDocument(v.toObject()).toJson();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("session.alprdb"));
        auto admin = test::createStore(m_path, m_clock);
        UserAccount det;
        det.username = QStringLiteral("reyes");
        det.fullName = QStringLiteral("Det. Maria Reyes");
        det.roles = {Role::Detective};
        auto added = UserAdministration(*admin).addUser(det, test::password("harbor-lights-2026"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QVERIFY(UserAdministration(*admin).addTraining(det.username, test::currentTraining()).ok());
    }

    void storeIsEncryptedWithSlotsBeside()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(4096);
        QVERIFY(!head.startsWith("SQLite format 3"));
        QVERIFY(QFile::exists(KeySlotFile::pathForStore(m_path)));
        auto slots = KeySlotFile::loadForStore(m_path);
        QVERIFY(slots.ok());
        QCOMPARE(slots->usernames(),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("reyes")}));
    }

    void signInWithOwnPassword()
    {
        auto s = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s.value()->user().fullName, QStringLiteral("Det. Maria Reyes"));
        QVERIFY(s.value()->can(Action::Search));
        QVERIFY(!s.value()->can(Action::ReadAudit));
        // Another user's password does not open this user's slot.
        auto wrong = signIn(QStringLiteral("reyes"), test::kPassword);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
    }

    void unknownUserLooksLikeWrongPassword()
    {
        auto s = signIn(QStringLiteral("nobody"), "whatever-password");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::AuthFailed);
        QVERIFY(s.error().message.startsWith(QStringLiteral("wrong user name or password")));
    }

    void fiveFailuresLockForTenMinutes()
    {
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026").ok()); // count from zero
        for (int i = 1; i <= kMaxFailedSignIns; ++i) {
            auto s = signIn(QStringLiteral("reyes"), "not-the-password");
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::AuthFailed);
            if (i == kMaxFailedSignIns)
                QVERIFY(s.error().message.contains(QStringLiteral("locked")));
        }
        // Even the right password is refused while locked.
        auto locked = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::Locked);
        m_clock.advanceSecs(kLockoutSeconds - 5);
        QCOMPARE(signIn(QStringLiteral("reyes"), "harbor-lights-2026").error().code,
                 ErrorCode::Locked);
        m_clock.advanceSecs(10);
        auto s = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QVERIFY(s.ok());
        // The failures reached the audit trail at this sign-in, with their own times.
        s.value().reset();
        auto admin = signIn(QStringLiteral("admin"), test::kPassword);
        QVERIFY(admin.ok());
        AuditFilter f;
        f.username = QStringLiteral("reyes");
        auto events = trailOf(*admin.value()).list(f);
        QVERIFY(events.ok());
        int failures = 0, lockouts = 0, lockedAttempts = 0;
        for (const AuditEvent& e : events.value()) {
            failures +=
                e.action == QLatin1String("sign-in") && e.outcome == QLatin1String("failure");
            lockouts += e.action == QLatin1String("account-locked");
            lockedAttempts +=
                e.action == QLatin1String("sign-in") && e.outcome == QLatin1String("locked");
        }
        QCOMPARE(failures, 1 + kMaxFailedSignIns); // the earlier test's one and these five
        QCOMPARE(lockouts, 1);
        QCOMPARE(lockedAttempts, 2);
        QVERIFY(trailOf(*admin.value()).verify()->intact);
    }

    void successResetsTheCount()
    {
        for (int i = 0; i < kMaxFailedSignIns - 1; ++i)
            QVERIFY(!signIn(QStringLiteral("reyes"), "nope-nope-nope").ok());
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026").ok());
        QVERIFY(!signIn(QStringLiteral("reyes"), "nope-nope-nope").ok());
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026").ok());
    }

    void onlyAdministratorsAddUsers()
    {
        auto det = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QVERIFY(det.ok());
        UserAccount x;
        x.username = QStringLiteral("intruder");
        x.roles = {Role::Administrator};
        auto r =
            UserAdministration(*det.value()).addUser(x, test::password("a-long-enough-password"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        AuditFilter f;
        f.action = QStringLiteral("manage-users");
        det.value().reset();
        auto admin = signIn(QStringLiteral("admin"), test::kPassword);
        auto refused = trailOf(*admin.value()).list(f);
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().outcome, QStringLiteral("refused"));
        QCOMPARE(refused->first().username, QStringLiteral("reyes"));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("short") << "alice"
                               << "short-pw" << false;
        QTest::newRow("contains name") << "alice"
                                       << "alice-is-my-password" << false;
        QTest::newRow("fine") << "alice"
                              << "blue-heron-at-dawn" << true;
    }

    void passwordPolicy()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(validateNewPassword(username, SecureBytes::fromUtf8(password)).ok(), ok);
    }

    // cracklib passes passwords like password1234; zxcvbn's estimate of the
    // guesses needed (at least 10^10) refuses them, and says which rule did.
    void guessablePasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("rule"); // in the message; empty when accepted
        QTest::newRow("common with digits")
            << u"alice"_s << u"password1234"_s << u"the guessing check"_s;
        QTest::newRow("season and year")
            << u"alice"_s << u"Summer2026!"_s << u"at least 12 characters"_s;
        QTest::newRow("season and year, long enough")
            << u"alice"_s << u"Summer2026!!"_s << u"the guessing check"_s;
        QTest::newRow("keyboard row")
            << u"alice"_s << u"qwertyuiop123"_s << u"the guessing check"_s;
        QTest::newRow("own name and digits")
            << u"nguyen"_s << u"nguyen20262026"_s << u"the user name"_s;
        QTest::newRow("demo password") << u"alice"_s << u"demo-password-2026"_s << QString();
        QTest::newRow("long random passphrase")
            << u"alice"_s << u"violet-anchor-pumice-tremble-oasis-gadget"_s << QString();
    }
    void guessablePasswordsAreRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, rule);
        const auto r = validateNewPassword(username, SecureBytes::fromUtf8(password));
        if (rule.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(rule), qPrintable(r.error().message));
        if (rule == u"the guessing check"_s)
            QVERIFY2(r.error().message.contains(u"several unrelated words"_s),
                     qPrintable(r.error().message));
    }

    // libpwquality overflowed its stack on a 100,000-character password.
    void longPasswordsAreRefusedCleanly()
    {
        QString longPassword;
        while (longPassword.size() < 100000)
            longPassword += u"kettle-orbit-marsh-violin-"_s;
        longPassword.truncate(100000);
        auto r = validateNewPassword(u"alice"_s, SecureBytes::fromUtf8(longPassword));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().message,
                 u"the password is 100000 characters long; at most 1024 are allowed"_s);
        QVERIFY(
            !validateNewPassword(u"alice"_s, SecureBytes::fromUtf8(QString(1025, u'\u00e9'))).ok());

        auto det = signIn(u"reyes"_s, "harbor-lights-2026");
        QVERIFY(det.ok());
        auto changed = det.value()->changeOwnPassword(test::password("harbor-lights-2026"),
                                                      SecureBytes::fromUtf8(longPassword));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(u"at most 1024"_s),
                 qPrintable(changed.error().message));
        det.value().reset();
        QVERIFY(signIn(u"reyes"_s, "harbor-lights-2026").ok());
    }

    // Names, badges and organizations: at most 64 characters, no control characters.
    void accountTextIsLimited_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("full name 100 kB")
            << u"fullName"_s << QString(100000, u'x')
            << u"the full name is 100000 characters long; at most 64 are allowed"_s;
        QTest::newRow("full name newline")
            << u"fullName"_s << u"Ana\nmallory   active   administrator"_s
            << u"the full name holds a control character"_s;
        QTest::newRow("badge 100 kB")
            << u"badge"_s << QString(100000, u'7') << u"the badge is 100000 characters long"_s;
        QTest::newRow("badge escape")
            << u"badge"_s << u"4\u001B[2J"_s << u"the badge holds a control character"_s;
        QTest::newRow("organization 100 kB") << u"organization"_s << QString(100000, u'o')
                                             << u"the organization is 100000 characters long"_s;
        QTest::newRow("organization bidi") << u"organization"_s << u"PD\u202E"_s
                                           << u"the organization holds a control character"_s;
    }

    void accountTextIsLimited()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, refusal);
        auto admin = signIn(u"admin"_s, test::kPassword);
        QVERIFY(admin.ok());
        UserAccount a;
        a.username = u"lim"_s;
        a.roles = {Role::Detective};
        if (field == u"fullName")
            a.fullName = value;
        else if (field == u"badge")
            a.badge = value;
        else
            a.organization = value;
        auto r =
            UserAdministration(*admin.value()).addUser(a, test::password("a-long-enough-password"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
        QVERIFY(!storeOf(*admin.value()).users().find(u"lim"_s).ok());
    }

    // User names are matched whole: "$" alone let a trailing line break through.
    void userNamesAreMatchedWhole_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"ana.ruiz"_s << true;
        QTest::newRow("trailing line break") << u"ana\n"_s << false;
        QTest::newRow("line break inside") << u"ana\nroot"_s << false;
        QTest::newRow("too long") << QString(33, u'a') << false;
        QTest::newRow("100 kB") << QString(100000, u'a') << false;
    }

    void userNamesAreMatchedWhole()
    {
        QFETCH(QString, username);
        QFETCH(bool, ok);
        const auto r = validateUsername(username);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QVERIFY(!r.error().message.contains(u'\n'));
    }

    void dictionaryPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("minLength");
        QTest::addColumn<bool>("ok");
        QTest::newRow("dictionary word") << "administration" << 12 << false;
        QTest::newRow("repeats") << "aaaaaaaaaaaaaaaa" << 12 << false;
        QTest::newRow("long phrase") << "kettle-orbit-marsh-violin" << 12 << true;
        QTest::newRow("below the setting") << "kettle-orbit" << 16 << false;
        QTest::newRow("setting never below 8") << "k7#mQ2x" << 4 << false;
    }
    void dictionaryPasswordsAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(int, minLength);
        QFETCH(bool, ok);
        const auto r = validateNewPassword(QStringLiteral("alice"), SecureBytes::fromUtf8(password),
                                           minLength);
        QVERIFY2(r.ok() == ok, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
    }

    // One user, end to end: no training, expired training, disabled, enabled
    // with a temporary password, changed password.
    void trainingGateAndAccountLifecycle()
    {
        {
            auto a = admin();
            UserAccount u;
            u.username = QStringLiteral("nguyen");
            u.roles = {Role::Dispatcher};
            QVERIFY(UserAdministration(*a).addUser(u, test::password("lantern-quarry-bison")).ok());
        }
        {
            auto s = signIn(QStringLiteral("nguyen"), "lantern-quarry-bison");
            QVERIFY2(s.ok(),
                     qPrintable(s.ok() ? QString() : s.error().message)); // signs in to see why
            QVERIFY(s.value()->trainingProblem().contains(QStringLiteral("no record")));
            QVERIFY(!s.value()->can(Action::Search));
            auto r = s.value()->require(Action::Search, QStringLiteral("search"));
            QCOMPARE(r.error().code, ErrorCode::Denied);
            QVERIFY(r.error().message.contains(QStringLiteral("training")));
        }
        const QByteArray adminSlotBefore = slotOf(QStringLiteral("admin"));
        {
            auto a = admin();
            const QDate today = m_clock.now().date();
            QVERIFY(
                UserAdministration(*a)
                    .addTraining(QStringLiteral("nguyen"),
                                 {QStringLiteral("ALPR use"), today.addYears(-2), today.addDays(3)})
                    .ok());
            QVERIFY(auditActions(*a, QStringLiteral("nguyen")).contains(u"search/refused"_s));
        }
        {
            auto s = signIn(QStringLiteral("nguyen"), "lantern-quarry-bison");
            QVERIFY(s.value()->can(Action::Search));
            QVERIFY(!s.value()->can(Action::Export)); // the role still decides
        }
        m_clock.advanceSecs(4 * 24 * 3600); // the training expires
        {
            auto s = signIn(QStringLiteral("nguyen"), "lantern-quarry-bison");
            QVERIFY(s.value()->trainingProblem().contains(QStringLiteral("expired")));
            QCOMPARE(s.value()->require(Action::ViewImage, QStringLiteral("read:1")).error().code,
                     ErrorCode::Denied);
        }
        {
            auto a = admin();
            QVERIFY(UserAdministration(*a)
                        .addTraining(QStringLiteral("nguyen"), test::currentTraining())
                        .ok());
            QVERIFY(UserAdministration(*a).disableUser(QStringLiteral("nguyen")).ok());
            QCOMPARE(UserAdministration(*a).disableUser(QStringLiteral("admin")).error().code,
                     ErrorCode::Denied);
        }
        QVERIFY(!KeySlotFile::loadForStore(m_path)->hasSlot(u"nguyen"_s));
        auto old = signIn(QStringLiteral("nguyen"), "lantern-quarry-bison");
        QCOMPARE(old.error().code, ErrorCode::AuthFailed);
        {
            auto a = admin();
            QVERIFY(UserAdministration(*a).unlockUser(QStringLiteral("nguyen")).ok());
            QVERIFY(UserAdministration(*a)
                        .enableUser(QStringLiteral("nguyen"), test::password("temporary-gravel-47"))
                        .ok());
        }
        {
            auto s = signIn(QStringLiteral("nguyen"), "temporary-gravel-47");
            QVERIFY(s.ok());
            QVERIFY(s.value()->mustChangePassword());
            QVERIFY(!s.value()->can(Action::Search));
            QCOMPARE(s.value()
                         ->changeOwnPassword(test::password("temporary-gravel-47"),
                                             test::password("password"))
                         .error()
                         .code,
                     ErrorCode::Invalid);
            QVERIFY(s.value()
                        ->changeOwnPassword(test::password("temporary-gravel-47"),
                                            test::password("saffron-tundra-kayak"))
                        .ok());
            QVERIFY(s.value()->can(Action::Search));
        }
        QCOMPARE(signIn(QStringLiteral("nguyen"), "temporary-gravel-47").error().code,
                 ErrorCode::AuthFailed);
        // Nobody else's slot was touched.
        QCOMPARE(slotOf(QStringLiteral("admin")), adminSlotBefore);
        auto a = admin();
        const QStringList events = auditActions(*a, QStringLiteral("nguyen"));
        for (const char* expected :
             {"user-added/success", "training-recorded/success", "user-disabled/success",
              "user-enabled/success", "password-changed/success", "view-image/refused",
              "user-unlocked/success"})
            QVERIFY2(events.contains(QLatin1String(expected)), expected);
        QVERIFY(trailOf(*a).verify()->intact);
    }

    void lockoutUntilAnAdministratorUnlocks()
    {
        {
            auto a = admin();
            AccountPolicy p = AccountPolicy::load(*a).value();
            p.lockoutSeconds = 0;
            QVERIFY(AccountPolicy::save(*a, p).ok());
            p.lockoutSeconds = 60; // below CJIS
            QCOMPARE(AccountPolicy::save(*a, p).error().code, ErrorCode::Invalid);
        }
        for (int i = 0; i < kMaxFailedSignIns; ++i)
            QVERIFY(!signIn(QStringLiteral("reyes"), "wrong-wrong-wrong").ok());
        m_clock.advanceSecs(3 * 24 * 3600);
        QCOMPARE(signIn(QStringLiteral("reyes"), "harbor-lights-2026").error().code,
                 ErrorCode::Locked);
        {
            auto a = admin();
            QVERIFY(UserAdministration(*a).unlockUser(QStringLiteral("reyes")).ok());
            AccountPolicy p = AccountPolicy::load(*a).value();
            QCOMPARE(p.lockoutSeconds, 0);
            p.lockoutSeconds = kDefaultLockoutSeconds;
            QVERIFY(AccountPolicy::save(*a, p).ok());
        }
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026").ok());
    }

    void oneSessionPerUser()
    {
        auto first = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QVERIFY(first.ok());
        auto second = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QCOMPARE(second.error().code, ErrorCode::Denied);
        QVERIFY(second.error().message.contains(QStringLiteral("already signed in")));
        first.value().reset();
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026").ok());
    }

    void lockScreenLockoutReachesTheTrail()
    {
        {
            auto a = admin();
            UserAccount u;
            u.username = u"ortiz"_s;
            u.roles = {Role::Dispatcher};
            QVERIFY(UserAdministration(*a).addUser(u, test::password("quiet-harbor-lamp")).ok());
        }
        auto s = signIn(u"ortiz"_s, "quiet-harbor-lamp");
        QVERIFY(s.ok());
        for (int i = 1; i <= kMaxFailedSignIns; ++i) {
            auto r = s.value()->verifyPassword(test::password("not-my-password"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code,
                     i == kMaxFailedSignIns ? ErrorCode::Locked : ErrorCode::AuthFailed);
        }
        // Locked: even the right password no longer unlocks the screen, and
        // the failures and the lockout are in the trail already, none left
        // pending in the slot file.
        QCOMPARE(s.value()->verifyPassword(test::password("quiet-harbor-lamp")).error().code,
                 ErrorCode::Locked);
        QCOMPARE(auditActions(*s.value(), u"ortiz"_s).count(u"password-check/failure"_s),
                 kMaxFailedSignIns);
        QCOMPARE(auditActions(*s.value(), u"ortiz"_s).count(u"account-locked/locked"_s), 1);
        QVERIFY(KeySlotFile::loadForStore(m_path)->pendingEvents().isEmpty());
        s.value().reset(); // the lock screen ends the session
        QCOMPARE(signIn(u"ortiz"_s, "quiet-harbor-lamp").error().code, ErrorCode::Locked);
        auto a = admin();
        const QStringList actions = auditActions(*a, u"ortiz"_s);
        QCOMPARE(actions.count(u"account-locked/locked"_s), 1);
        QCOMPARE(actions.count(u"sign-out/success"_s), 1);
        QVERIFY(trailOf(*a).verify()->intact);
    }

    void secondFactorAtSignIn()
    {
        const SecureBytes secret = totp::generateSecret();
        {
            auto a = admin();
            QCOMPARE(UserAdministration(*a)
                         .setTotpSecret(QStringLiteral("reyes"), secret, QStringLiteral("000000"))
                         .error()
                         .code,
                     ErrorCode::AuthFailed); // a confirmation code must match
            QVERIFY(UserAdministration(*a).setTotpSecret(QStringLiteral("reyes"), secret).ok());
        }
        auto noCode = signIn(QStringLiteral("reyes"), "harbor-lights-2026");
        QCOMPARE(noCode.error().code, ErrorCode::AuthFailed);
        QVERIFY(noCode.error().message.contains(QStringLiteral("one-time code")));
        const QString stale = totp::codeAt(secret, m_clock.now().addSecs(-60));
        auto old = signIn(QStringLiteral("reyes"), "harbor-lights-2026", stale);
        QCOMPARE(old.error().code, ErrorCode::AuthFailed);
        QVERIFY(old.error().message.contains(QStringLiteral("1 of 5")));
        const QString code = totp::codeAt(secret, m_clock.now());
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026", code).ok());
        // The same code does not open a second time.
        QCOMPARE(signIn(QStringLiteral("reyes"), "harbor-lights-2026", code).error().code,
                 ErrorCode::AuthFailed);
        m_clock.advanceSecs(30);
        QVERIFY(signIn(QStringLiteral("reyes"), "harbor-lights-2026",
                       totp::codeAt(secret, m_clock.now()))
                    .ok());
        // Required for everyone: an administrator without one must enrol first.
        auto a = admin();
        AccountPolicy p = AccountPolicy::load(*a).value();
        p.totpRequired = true;
        QVERIFY(AccountPolicy::save(*a, p).ok());
        QVERIFY(a->mustEnrolSecondFactor());
        QVERIFY(!a->can(Action::ManageUsers));
        QVERIFY(UserAdministration(*a)
                    .setTotpSecret(QStringLiteral("admin"), totp::generateSecret())
                    .ok());
        QVERIFY(a->can(Action::ManageUsers));
        QVERIFY(UserAdministration(*a).removeTotp(QStringLiteral("reyes")).ok());
        QVERIFY(auditActions(*a, QStringLiteral("reyes")).contains(u"totp-enrolled/success"_s));
    }

    void createRefusesExistingFile()
    {
        UserAccount a;
        a.username = QStringLiteral("admin");
        auto s = SignIn::createStore(m_path, a, test::password(), m_clock);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("already exists")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
