// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The idle lock on the real main window and a real demo store, with the
// session's clock moved by the test.
#include "../support/uitest.h"
#include "auth/sessionaccess.h"
#include "idlelock.h"
#include "mainwindow.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "auth/signinfailures.h"
#include "auth/storekeys.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QList<AuditEvent> events(const QString& action)
    {
        auto auditor = SignIn::signIn(m_store, u"auditor"_s, SecureBytes::fromUtf8(demoPassword()),
                                      Clock::system());
        if (!auditor)
            qFatal("auditor sign-in failed");
        AuditFilter filter;
        filter.username = u"detective"_s;
        filter.action = action;
        auto list = trailOf(*auditor.value()).list(filter);
        return list ? list.value() : QList<AuditEvent>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"idle.alprdb"_s);
        DemoOptions options;
        options.reads = 20;
        options.images = false;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
    }

    // The open window anchors the trail every fifth heartbeat (five minutes).
    void anchorsTheTrailWhileOpen()
    {
        const QString socketPath = m_dir.filePath(u"anchor.sock"_s);
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(socketPath);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        {
            auto admin = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(demoPassword()),
                                        Clock::system());
            QVERIFY(admin.ok());
            QVERIFY(storeOf(*admin.value())
                        .settings()
                        .setValue(u"audit.anchor_target"_s, u"unix:"_s + socketPath)
                        .ok());
        }
        char buffer[2048];
        while (::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
        } // the administrator's sign-out
        auto session = SignIn::signIn(m_store, u"detective"_s,
                                      SecureBytes::fromUtf8(demoPassword()), Clock::system());
        QVERIFY(session.ok());
        MainWindow window(std::move(session.value()));
        window.show();
        auto* lock = child<IdleLock>(&window);
        lock->setHeartbeatInterval(20);
        QByteArray received;
        QElapsedTimer waited;
        waited.start();
        while (received.isEmpty() && waited.elapsed() < 5000) {
            QTest::qWait(20);
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                received = QByteArray(buffer, n);
        }
        ::close(fd);
        QVERIFY2(received.contains("ALPR-ANCHOR"), received.constData());
        QVERIFY(received.contains("signer=detective"));
    }

    // An administrator's rekey or restore is announced: the window says so
    // and closes, which ends the session.
    void closesWhenTheStoreIsBeingReplaced()
    {
        auto session = SignIn::signIn(m_store, u"detective"_s,
                                      SecureBytes::fromUtf8(demoPassword()), Clock::system());
        QVERIFY(session.ok());
        MainWindow window(std::move(session.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* lock = child<IdleLock>(&window);
        lock->setCloseDelay(200);
        lock->setCheckInterval(10);
        QVERIFY(StoreKeys::announceReplacement(m_store, u"admin"_s).ok());
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(u"storeReplacedNotice"_s), 3000);
        QVERIFY(window.findChild<QWidget*>(u"storeReplacedNotice"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 3000);
        StoreKeys::withdrawAnnouncement(m_store);
    }

    void locksAfterTheIdleTimeAndUnlocksWithThePassword()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto session =
            SignIn::signIn(m_store, u"detective"_s, SecureBytes::fromUtf8(demoPassword()), clock);
        QVERIFY(session.ok());
        MainWindow window(std::move(session.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* lock = child<IdleLock>(&window);
        lock->setCheckInterval(10);
        auto* screen = child<QWidget>(&window, u"lockScreen"_s);
        QWidget* data = window.centralWidget();
        QVERIFY(data->isVisible() && !screen->isVisible());

        // Input resets the idle time: 20 minutes, a key, 20 minutes more.
        clock.advanceSecs(20 * 60);
        QTest::keyClick(child<QLineEdit>(&window, u"patternEdit"_s), Qt::Key_A);
        clock.advanceSecs(20 * 60);
        QTest::qWait(60);
        QVERIFY(!lock->isLocked());
        QVERIFY(data->isVisible());

        // 30 minutes (the default) without input: the data is hidden.
        clock.advanceSecs(10 * 60);
        QTRY_VERIFY(lock->isLocked());
        QVERIFY(!data->isVisible());
        QVERIFY(screen->isVisible());
        QCOMPARE(screen->geometry(), window.rect());
        QCOMPARE(events(u"session-locked"_s).size(), 1);

        // A wrong password does not unlock, and is said plainly.
        auto* password = child<QLineEdit>(&window, u"lockPasswordEdit"_s);
        auto* unlock = child<QPushButton>(&window, u"unlockScreenButton"_s);
        QTest::keyClicks(password, u"not the password"_s);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(lock->isLocked());
        QVERIFY(!data->isVisible());
        QVERIFY(password->text().isEmpty());
        const QString message = child<QLabel>(&window, u"lockMessage"_s)->text();
        QVERIFY2(message.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(events(u"session-unlocked"_s).size(), 0);

        // One over 1,024 characters is refused before it is checked: a
        // message, no password check recorded, still locked.
        const qsizetype checksBeforeLong = events(u"password-check"_s).size();
        password->setText(QString(100000, u'x'));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(lock->isLocked());
        QVERIFY(password->text().isEmpty());
        const QString longMessage = child<QLabel>(&window, u"lockMessage"_s)->text();
        QVERIFY2(longMessage.contains(u"longer than 1024 characters"_s), qPrintable(longMessage));
        QCOMPARE(events(u"password-check"_s).size(), checksBeforeLong);

        // The right one does.
        QTest::keyClicks(password, demoPassword());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!lock->isLocked());
        QVERIFY(data->isVisible());
        QVERIFY(!screen->isVisible());
        QCOMPARE(events(u"session-unlocked"_s).size(), 1);
        const QList<AuditEvent> checks = events(u"password-check"_s);
        QVERIFY(std::any_of(checks.begin(), checks.end(),
                            [](const AuditEvent& e) { return e.outcome != u"success"_s; }));

        // Unlocking starts the idle time again.
        clock.advanceSecs(29 * 60);
        QTest::qWait(60);
        QVERIFY(!lock->isLocked());
    }
    void fiveWrongPasswordsAtTheLockScreenEndTheSession()
    {
        const qsizetype checksBefore = events(u"password-check"_s).size();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto session =
            SignIn::signIn(m_store, u"detective"_s, SecureBytes::fromUtf8(demoPassword()), clock);
        QVERIFY(session.ok());
        {
            MainWindow window(std::move(session.value()));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* lock = child<IdleLock>(&window);
            QSignalSpy ended(lock, &IdleLock::sessionEnded);
            lock->lockNow(u"test"_s);
            QVERIFY(lock->isLocked());
            auto* password = child<QLineEdit>(&window, u"lockPasswordEdit"_s);
            auto* unlock = child<QPushButton>(&window, u"unlockScreenButton"_s);
            for (int i = 1; i <= kMaxFailedSignIns; ++i) {
                QTest::keyClicks(password, u"not the password"_s);
                QTest::mouseClick(unlock, Qt::LeftButton);
                QCOMPARE(ended.size(), i == kMaxFailedSignIns ? 1 : 0);
            }
            const QString message = child<QLabel>(&window, u"lockMessage"_s)->text();
            QVERIFY2(message.contains(u"locked"_s), qPrintable(message));
            QVERIFY(!password->isEnabled());
            QVERIFY(!window.isVisible());
        }
        QCOMPARE(events(u"password-check"_s).size(), checksBefore + kMaxFailedSignIns);
        QCOMPARE(events(u"account-locked"_s).size(), 1);
        QCOMPARE(SignIn::signIn(m_store, u"detective"_s, SecureBytes::fromUtf8(demoPassword()),
                                Clock::system())
                     .error()
                     .code,
                 ErrorCode::Locked);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
