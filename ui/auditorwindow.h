// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

class AuditSamplesPage;
class AuditTrailPage;
class CaseHistoryPage;
class EvidencePackagesPage;
class HoldsPage;
class PurgeCertificatesPage;
class ReleaseRequestsPage;
class PurposesPage;

// The auditor's console (read-audit): a tab host over one page each for the
// audit trail, the audit samples with their worksheets and memo, everything
// done under one case, the legal holds and the purge certificates, and, for an administrator
// (change-settings), the list of authorized purposes. For a user without read-audit it is their
// case history: the Case page alone, where they see the cases they searched under. The window only
// composes the pages and what one asks of another; every action is a core call the page makes, so
// core checks the permission and records the access.
class AuditorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditorWindow)

public:
    explicit AuditorWindow(Session& session, QWidget* parent = nullptr);
    ~AuditorWindow() override;

    // The console (or case history) open over parent, brought forward, or a
    // new one: opening it twice never makes a second window.
    static AuditorWindow* showFor(Session& session, QWidget* parent);

    AuditTrailPage* trailPage() const { return m_trail; }
    AuditSamplesPage* samplesPage() const { return m_samples; }
    CaseHistoryPage* casePage() const { return m_case; }
    PurposesPage* purposesPage() const { return m_purposes; }
    // Null for a user without read-audit.
    EvidencePackagesPage* packagesPage() const { return m_packages; }
    // Read-only; null without read-audit.
    ReleaseRequestsPage* releasesPage() const { return m_releases; }
    // Read-only; null without read-audit.
    HoldsPage* holdsPage() const { return m_holds; }
    // Null without read-audit.
    PurgeCertificatesPage* certificatesPage() const { return m_certificates; }

    // Shows the Case page with everything done under this case.
    bool showCase(const QString& number);

private:
    Session& m_session;
    QTabWidget* m_tabs = nullptr;

    AuditTrailPage* m_trail = nullptr;
    AuditSamplesPage* m_samples = nullptr;
    CaseHistoryPage* m_case = nullptr;
    PurposesPage* m_purposes = nullptr;
    EvidencePackagesPage* m_packages = nullptr;
    ReleaseRequestsPage* m_releases = nullptr;
    HoldsPage* m_holds = nullptr;
    PurgeCertificatesPage* m_certificates = nullptr;
};

} // namespace alpr::gui
