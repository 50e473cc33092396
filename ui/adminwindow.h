// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

class HotListsPage;
class PurposesPage;
class SettingsPage;
class UsersPage;

// The administrator's window: a tab host over one page each for the users,
// the purposes and who may give them, the settings (account rules, case
// numbers and misreads, the agency, retention) and, for manage-hotlists, the
// hot lists; the legal holds and the purge certificates. More pages are added
// with addPage(). The window only composes the pages; every action
// is a core call a page makes, so core checks the permission and writes the audit record, as for
// alprctl.
//
// An administrator who may not search gets this window instead of the
// search window (see startwindow.h): it then owns the session, and has the
// idle lock, the account menu and, for read-audit, the auditor's console.
class AdminWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminWindow)

public:
    // A window over another window's session (Account > Administration…).
    explicit AdminWindow(Session& session, QWidget* parent = nullptr);
    // The application's window for this session, which it keeps.
    explicit AdminWindow(std::unique_ptr<Session> session);
    ~AdminWindow() override;

    // The administration window open over parent, brought forward, or a new one.
    static AdminWindow* showFor(Session& session, QWidget* parent);

    // Adds a page after the others; the window takes it.
    int addPage(QWidget* page, const QString& title);

    UsersPage* usersPage() const { return m_users; }
    PurposesPage* purposesPage() const { return m_purposes; }
    SettingsPage* settingsPage() const { return m_settings; }
    // Null when the user may neither manage nor import hot lists.
    HotListsPage* hotListsPage() const { return m_hotLists; }

private:
    AdminWindow(Session& session, QWidget* parent, int); // the pages, shared by both

    void buildMenus();

    std::unique_ptr<Session> m_owned;
    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    UsersPage* m_users = nullptr;
    PurposesPage* m_purposes = nullptr;
    SettingsPage* m_settings = nullptr;
    HotListsPage* m_hotLists = nullptr;
};

} // namespace alpr::gui
