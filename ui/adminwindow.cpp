// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "adminwindow.h"
#include "auditorwindow.h"
#include "changepassworddialog.h"
#include "displaynames.h"
#include "holdspage.h"
#include "hotlistspage.h"
#include "idlelock.h"
#include "purgecertificatespage.h"
#include "purposespage.h"
#include "releaserequestspage.h"
#include "settingspage.h"
#include "stalelistslabel.h"
#include "userspage.h"

#include "auth/session.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

AdminWindow::AdminWindow(Session& session, QWidget* parent) : AdminWindow(session, parent, 0)
{
    // Over another window's session: that window has the menus and the idle lock.
    menuBar()->hide();
}

AdminWindow::AdminWindow(std::unique_ptr<Session> session) : AdminWindow(*session, nullptr, 0)
{
    m_owned = std::move(session);
    buildMenus();
    new IdleLock(m_session, this); // hides the data after the idle minutes
}

AdminWindow::AdminWindow(Session& session, QWidget* parent, int)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(u"adminWindow"_s);
    const UserAccount& user = m_session.user();
    setWindowTitle(
        tr("Administration — %1").arg(user.fullName.isEmpty() ? user.username : user.fullName));
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_tabs->setDocumentMode(true);
    // The pages are made whole, then the tab widget takes them.
    m_users = new UsersPage(m_session);
    addPage(m_users, tr("&Users"));
    m_purposes = new PurposesPage(m_session);
    m_settings = new SettingsPage(m_session);
    addPage(m_purposes, tr("&Purposes"));
    addPage(m_settings, tr("&Settings"));
    if (HotListsPage::mayShow(m_session)) {
        m_hotLists = new HotListsPage(m_session);
        addPage(m_hotLists, tr("&Hot lists"));
    }
    // Administrators approve or deny other agencies' requests for ALPR data.
    if (m_session.can(Action::ApproveReleases))
        addPage(new ReleaseRequestsPage(m_session), tr("&Release requests"));
    // Administrators release legal holds and run the purge; they read its certificates.
    if (HoldsPage::mayShow(m_session))
        addPage(new HoldsPage(m_session), tr("Legal &holds"));
    if (PurgeCertificatesPage::mayShow(m_session))
        addPage(new PurgeCertificatesPage(m_session), tr("Purge &certificates"));
    setCentralWidget(m_tabs);

    auto* who = new QLabel(tr("Signed in as %1 (%2) · %3")
                               .arg(user.fullName.isEmpty() ? user.username : user.fullName,
                                    rolesLabel(user.roles), user.organization),
                           this);
    who->setObjectName(u"signedInAs"_s);
    if (StaleListsLabel::mayShow(m_session)) {
        auto* stale = new StaleListsLabel(m_session, this);
        statusBar()->addWidget(stale, 1);
        if (m_hotLists)
            connect(m_hotLists, &HotListsPage::listsChanged, stale, &StaleListsLabel::refresh);
    }
    statusBar()->addPermanentWidget(who);
    resize(1200, 760);
}

AdminWindow::~AdminWindow() = default;

AdminWindow* AdminWindow::showFor(Session& session, QWidget* parent)
{
    auto* window = parent->findChild<AdminWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new AdminWindow(session, parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

int AdminWindow::addPage(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

void AdminWindow::buildMenus()
{
    // The application's own window: signing out, the account, the trail.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Sign out and &quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Change &password…"), this,
                       [this] { ChangePasswordDialog(m_session, this).exec(); });
    if (m_session.can(Action::ReadAudit)) {
        QMenu* audit = menuBar()->addMenu(tr("A&udit"));
        QAction* console = audit->addAction(tr("&Auditor's console…"), this,
                                            [this] { AuditorWindow::showFor(m_session, this); });
        console->setObjectName(u"auditorConsoleAction"_s);
    }
}

} // namespace alpr::gui
