// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "idlelock.h"

#include "errortext.h"
#include "passwordinput.h"
#include "sentence.h"

#include "auth/accountpolicy.h"
#include "auth/session.h"
#include "auth/sessionregistry.h"
#include "common/clock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace alpr::gui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(Session& session, QMainWindow* window)
    : QObject(window), m_session(session), m_window(window)
{
    int minutes = kDefaultIdleLockMinutes;
    if (auto policy = AccountPolicy::load(m_session))
        minutes = policy->idleLockMinutes;
    m_idleSeconds = qint64(qBound(1, minutes, kMaxIdleLockMinutes)) * 60;
    m_lastInput = m_session.clock().now();

    m_screen = new QWidget(window);
    m_screen->setObjectName(QStringLiteral("lockScreen"));
    m_screen->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(m_screen);
    layout->addStretch(1);
    m_title = new QLabel(m_screen);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(m_screen);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_password = newPasswordEdit(QStringLiteral("lockPasswordEdit"), m_screen);
    m_password->setMaximumWidth(320);
    m_code = new QLineEdit(m_screen);
    m_code->setObjectName(QStringLiteral("lockCodeEdit"));
    m_code->setMaxLength(8);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setPlaceholderText(tr("6-digit code from your authenticator app"));
    m_code->setMaximumWidth(320);
    m_code->hide();
    m_unlock = new QPushButton(tr("Unlock"), m_screen);
    m_unlock->setObjectName(QStringLiteral("unlockScreenButton"));
    m_unlock->setMaximumWidth(320);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    layout->addWidget(m_code, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_screen->hide();
    connect(m_unlock, &QPushButton::clicked, this, [this] { tryUnlock(); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { tryUnlock(); });

    m_check = new QTimer(this);
    m_check->setInterval(5000);
    connect(m_check, &QTimer::timeout, this, [this] { check(); });
    m_check->start();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(60 * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_locked)
            (void)SessionRegistry(m_session).heartbeat();
        // Every few minutes the trail's signed head leaves the machine, so
        // that at most those minutes of events are unanchored.
        if (++m_beats % kBeatsPerAnchor == 0)
            (void)m_session.anchorTrail();
    });
    m_heartbeat->start();

    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setCheckInterval(int milliseconds)
{
    m_check->setInterval(milliseconds);
}

void IdleLock::setHeartbeatInterval(int milliseconds)
{
    m_heartbeat->setInterval(milliseconds);
}

bool IdleLock::onLockScreen(QObject* object) const
{
    for (QObject* o = object; o; o = o->parent()) {
        if (o == m_screen)
            return true;
    }
    return false;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_locked)
        m_screen->setGeometry(m_window->rect());
    if (!isInput(event->type()))
        return QObject::eventFilter(watched, event);
    if (!m_locked) {
        m_lastInput = m_session.clock().now();
        return QObject::eventFilter(watched, event);
    }
    // Locked: input reaches the lock screen only (no menu shortcut opens data).
    if (watched->isWidgetType() && !onLockScreen(watched))
        return true;
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    // An administrator rekeys or restores the store: close, which ends the
    // session and lets them go on.
    if (const auto by = m_session.storeReplacementAnnounced(); by && !m_closing) {
        m_closing = true;
        auto* notice = new QMessageBox(
            QMessageBox::Information, tr("The store is being replaced"),
            tr("%1, an administrator, is giving the store a new key or restoring it from a "
               "backup. This window closes now and ends your session; sign in again in a "
               "minute.")
                .arg(by->isEmpty() ? tr("Someone") : *by),
            QMessageBox::Ok, m_window);
        notice->setObjectName(QStringLiteral("storeReplacedNotice"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
        QTimer::singleShot(m_closeDelayMs, m_window, [this] { m_window->close(); });
        return;
    }
    // A call that failed on the department store may have found its
    // connection gone: nothing works until the user signs in again.
    if (checkConnection() || m_locked)
        return;
    if (m_lastInput.secsTo(m_session.clock().now()) >= m_idleSeconds)
        lockNow(QStringLiteral("no input for %1 minutes").arg(m_idleSeconds / 60));
}

void IdleLock::lockNow(const QString& reason)
{
    if (m_locked)
        return;
    cover();
    m_title->setText(tr("<h2>Locked</h2>"));
    m_unlock->setText(tr("Unlock"));
    m_message->setText(tr("The session of %1 is locked (%2). Enter your password to go on.")
                           .arg(m_session.user().username, reason));
    m_session.recordScreenLock(true, reason);
    m_lockRecorded = true;
    Q_EMIT lockedChanged(true);
}

bool IdleLock::checkConnection()
{
    if (m_connectionLost)
        return true;
    if (!m_session.storeLost())
        return false;
    // Nothing is recorded: the server cannot be told. The new sign-in is.
    m_connectionLost = true;
    const bool wasLocked = m_locked;
    if (!wasLocked)
        cover();
    m_title->setText(tr("<h2>Connection lost</h2>"));
    m_unlock->setText(tr("Sign in again"));
    m_message->setText(
        tr("The connection to the department store %1 was lost: the server restarted, or the "
           "network is down. Your data is hidden until you sign in again. Enter your password "
           "to sign in again as %2; the window then goes on where it was.")
            .arg(m_session.storeLocation(), m_session.user().username));
    m_password->clear();
    m_password->setFocus();
    if (!wasLocked)
        Q_EMIT lockedChanged(true);
    return true;
}

void IdleLock::cover()
{
    m_locked = true;
    // Every other window goes too (administration, dialogs): nothing stays readable.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w != m_window && w->isVisible()) {
            m_hiddenWindows << QPointer<QWidget>(w);
            w->hide();
        }
    }
    m_hiddenCentral = m_window->centralWidget();
    if (m_hiddenCentral)
        m_hiddenCentral->hide();
    m_window->menuBar()->setEnabled(false);
    m_screen->setGeometry(m_window->rect());
    m_screen->show();
    m_screen->raise();
    m_password->setEnabled(true);
    m_unlock->setEnabled(true);
    m_password->setFocus();
}

void IdleLock::tryUnlock()
{
    if (!m_locked)
        return;
    // Refused here, before the password reaches any hashing.
    if (const QString tooLong = passwordTooLong(m_password); !tooLong.isEmpty()) {
        m_password->clear();
        m_heldPassword.clear();
        m_message->setText(tooLong);
        m_password->setFocus();
        return;
    }
    SecureBytes password = takePassword(m_password);
    if (m_connectionLost) {
        signInAgain(std::move(password));
        return;
    }
    auto r = m_session.verifyPassword(password);
    if (r) {
        unlock();
        return;
    }
    // The check itself may be what found the connection gone.
    if (checkConnection())
        return;
    if (r.error().code == ErrorCode::Locked) {
        endSession(r.error().message);
        return;
    }
    m_message->setText(r.error().message);
    m_password->setFocus();
}

void IdleLock::signInAgain(SecureBytes password)
{
    if (password.isEmpty() && !m_heldPassword.isEmpty())
        password = std::move(m_heldPassword);
    m_heldPassword.clear();
    const bool codeShown = !m_code->isHidden();
    const QString code = m_code->text().trimmed();
    m_code->clear();
    bool codeWanted = false;
    auto oneTimeCode = [&]() {
        codeWanted = true;
        return codeShown ? code : QString();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = m_session.reconnect(password, oneTimeCode);
    QApplication::restoreOverrideCursor();
    if (r) {
        m_code->hide();
        m_connectionLost = false;
        Q_EMIT reconnected();
        unlock();
        return;
    }
    if (r.error().code == ErrorCode::Locked) {
        endSession(r.error().message);
        return;
    }
    if (codeWanted && r.error().code == ErrorCode::AuthFailed) {
        // The password was right; only the code is missing or wrong.
        m_heldPassword = std::move(password);
        m_code->show();
        m_message->setText(codeShown ? asSentence(r.error().message)
                                     : tr("Enter the 6-digit code from your authenticator app."));
        m_code->setFocus();
        return;
    }
    m_code->hide();
    if (r.error().code == ErrorCode::Io)
        m_message->setText(tr("The department store still cannot be reached, so the screen stays "
                              "locked. Try again in a moment.\n\n%1")
                               .arg(asSentence(r.error().message)));
    else
        m_message->setText(asSentence(errorText(r.error())));
    m_password->setFocus();
}

void IdleLock::endSession(const QString& why)
{
    m_message->setText(tr("%1 The session ends now.").arg(asSentence(why)));
    m_password->setEnabled(false);
    m_code->setEnabled(false);
    m_unlock->setEnabled(false);
    Q_EMIT sessionEnded();
    m_window->close();
}

void IdleLock::unlock()
{
    m_locked = false;
    m_screen->hide();
    if (m_hiddenCentral)
        m_hiddenCentral->show();
    m_hiddenCentral.clear();
    m_window->menuBar()->setEnabled(true);
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows)) {
        if (w)
            w->show();
    }
    m_hiddenWindows.clear();
    m_message->clear();
    m_lastInput = m_session.clock().now();
    if (m_lockRecorded)
        m_session.recordScreenLock(false);
    m_lockRecorded = false;
    (void)SessionRegistry(m_session).heartbeat();
    Q_EMIT lockedChanged(false);
}

} // namespace alpr::gui
