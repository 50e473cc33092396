// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "idlelock.h"

#include "passwordinput.h"

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
    auto* title = new QLabel(tr("<h2>Locked</h2>"), m_screen);
    title->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(m_screen);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_password = newPasswordEdit(QStringLiteral("lockPasswordEdit"), m_screen);
    m_password->setMaximumWidth(320);
    m_unlock = new QPushButton(tr("Unlock"), m_screen);
    m_unlock->setObjectName(QStringLiteral("unlockScreenButton"));
    m_unlock->setMaximumWidth(320);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_screen->hide();
    connect(m_unlock, &QPushButton::clicked, this, [this] { tryUnlock(); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(); });

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
    if (m_locked)
        return;
    if (m_lastInput.secsTo(m_session.clock().now()) >= m_idleSeconds)
        lockNow(QStringLiteral("no input for %1 minutes").arg(m_idleSeconds / 60));
}

void IdleLock::lockNow(const QString& reason)
{
    if (m_locked)
        return;
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
    m_message->setText(tr("The session of %1 is locked (%2). Enter your password to go on.")
                           .arg(m_session.user().username, reason));
    m_screen->setGeometry(m_window->rect());
    m_screen->show();
    m_screen->raise();
    m_password->setEnabled(true);
    m_unlock->setEnabled(true);
    m_password->setFocus();
    m_session.recordScreenLock(true, reason);
    Q_EMIT lockedChanged(true);
}

void IdleLock::tryUnlock()
{
    if (!m_locked)
        return;
    // Refused here, before the password reaches any hashing.
    if (const QString tooLong = passwordTooLong(m_password); !tooLong.isEmpty()) {
        m_password->clear();
        m_message->setText(tooLong);
        m_password->setFocus();
        return;
    }
    const SecureBytes password = takePassword(m_password);
    auto r = m_session.verifyPassword(password);
    if (r) {
        unlock();
        return;
    }
    if (r.error().code == ErrorCode::Locked) {
        m_message->setText(tr("%1 The session ends now.").arg(r.error().message));
        m_password->setEnabled(false);
        m_unlock->setEnabled(false);
        Q_EMIT sessionEnded();
        m_window->close();
        return;
    }
    m_message->setText(r.error().message);
    m_password->setFocus();
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
    m_session.recordScreenLock(false);
    (void)SessionRegistry(m_session).heartbeat();
    Q_EMIT lockedChanged(false);
}

} // namespace alpr::gui
