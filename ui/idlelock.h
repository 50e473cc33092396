// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/securebytes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QTimer;
class QWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

// CJIS 5.5.5 session lock. Watches all input to the application; after the
// store's idle-lock minutes without any (measured on the session's clock, so
// tests can move time), hides the main window's data and every other window
// behind a lock screen that asks for the password again. The lock and the
// unlock are audited by core; a wrong password counts toward the lockout, and
// when the account locks the window closes. While unlocked, sends the session
// a sign of life every minute; every five minutes, anchors the audit trail
// (Session::anchorTrail()). When an administrator announces a rekey or a
// restore of the store, says so and closes the window, ending the session.
// When the department store's connection is lost (found by any call, or by
// the change notices' socket), locks the same way and says so; the password
// (and one-time code) then signs the user in again on a new connection
// (Session::reconnect), and the window goes on where it was.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    IdleLock(Session& session, QMainWindow* window);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    // How often the idle time is checked and the heartbeat sent (tests shorten them).
    void setCheckInterval(int milliseconds);
    void setHeartbeatInterval(int milliseconds);
    // How long the notice of a store replacement shows before the window closes.
    void setCloseDelay(int milliseconds) { m_closeDelayMs = milliseconds; }
    // Locks at once (as if the idle time had passed).
    void lockNow(const QString& reason);
    // Locks, saying why, when the department store's connection is lost
    // (Session::storeLost()); checked with the idle time and by the window
    // when a call fails. True when the lock is for a lost connection.
    bool checkConnection();
    // Locked for a lost connection: unlocking signs in again.
    bool isConnectionLost() const { return m_connectionLost; }

Q_SIGNALS:
    void lockedChanged(bool locked);
    // The account locked while the screen was: the session must end.
    void sessionEnded();
    // Signed in again on a new connection, just before the unlock.
    void reconnected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();
    // Hides the data behind the lock screen.
    void cover();
    void tryUnlock();
    void signInAgain(SecureBytes password);
    void endSession(const QString& why);
    void unlock();
    bool onLockScreen(QObject* object) const;

    Session& m_session;
    QMainWindow* m_window;
    qint64 m_idleSeconds;
    QDateTime m_lastInput;
    bool m_locked = false;
    QTimer* m_check = nullptr;
    QTimer* m_heartbeat = nullptr;

    QWidget* m_screen = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr; // the one-time code, when signing in again asks for it
    QPushButton* m_unlock = nullptr;
    QPointer<QWidget> m_hiddenCentral;
    QList<QPointer<QWidget>> m_hiddenWindows;
    static constexpr int kBeatsPerAnchor = 5;
    bool m_closing = false;
    bool m_connectionLost = false;
    bool m_lockRecorded = false; // the server or the store recorded the lock
    SecureBytes m_heldPassword;  // while the one-time code is asked for
    int m_closeDelayMs = 5000;
    int m_beats = 0;
};

} // namespace alpr::gui
