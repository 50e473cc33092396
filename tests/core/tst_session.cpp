// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;

    Result<std::unique_ptr<Session>> signIn(const QString& user, const char* pw)
    {
        return Session::signIn(m_path, user, test::password(pw), m_clock);
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
        auto added = admin->addUser(det, test::password("harbor-lights-2026"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QVERIFY(admin->addTraining(det.username, test::currentTraining()).ok());
    }

    void storeIsEncryptedWithSlotsBeside()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(4096);
        QVERIFY(!head.startsWith("SQLite format 3"));
        QVERIFY(QFile::exists(Store::keySlotPathFor(m_path)));
        auto slots = KeySlotFile::load(Store::keySlotPathFor(m_path));
        QVERIFY(slots.ok());
        QCOMPARE(slots->usernames(), (QStringList{QStringLiteral("admin"), QStringLiteral("reyes")}));
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
        auto events = admin.value()->audit().list(f);
        QVERIFY(events.ok());
        int failures = 0, lockouts = 0, lockedAttempts = 0;
        for (const AuditEvent& e : events.value()) {
            failures += e.action == QLatin1String("sign-in") && e.outcome == QLatin1String("failure");
            lockouts += e.action == QLatin1String("account-locked");
            lockedAttempts += e.action == QLatin1String("sign-in") && e.outcome == QLatin1String("locked");
        }
        QCOMPARE(failures, 1 + kMaxFailedSignIns); // the earlier test's one and these five
        QCOMPARE(lockouts, 1);
        QCOMPARE(lockedAttempts, 2);
        QVERIFY(admin.value()->audit().verify()->intact);
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
        auto r = det.value()->addUser(x, test::password("a-long-enough-password"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        AuditFilter f;
        f.action = QStringLiteral("manage-users");
        det.value().reset();
        auto admin = signIn(QStringLiteral("admin"), test::kPassword);
        auto refused = admin.value()->audit().list(f);
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().outcome, QStringLiteral("refused"));
        QCOMPARE(refused->first().username, QStringLiteral("reyes"));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("short") << "alice" << "short-pw" << false;
        QTest::newRow("contains name") << "alice" << "alice-is-my-password" << false;
        QTest::newRow("fine") << "alice" << "blue-heron-at-dawn" << true;
    }

    void passwordPolicy()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(validateNewPassword(username, SecureBytes::fromUtf8(password)).ok(), ok);
    }

    void createRefusesExistingFile()
    {
        UserAccount a;
        a.username = QStringLiteral("admin");
        auto s = Session::createStore(m_path, a, test::password(), m_clock);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("already exists")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
