// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditorwindow.h"
#include "auditsamplespage.h"
#include "audittrailpage.h"
#include "casehistorypage.h"
#include "evidencepackagespage.h"
#include "holdspage.h"
#include "namedwidgets.h"
#include "purgecertificatespage.h"
#include "purposespage.h"
#include "releaserequestspage.h"

#include "auth/session.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

AuditorWindow::AuditorWindow(Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(u"auditorWindow"_s);
    setWindowTitle(tr("Audit — %1")
                       .arg(session.user().fullName.isEmpty() ? session.user().username
                                                              : session.user().fullName));
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"auditorTabs"_s);
    // The pages are made whole, then the tab widget takes them.
    m_trail = new AuditTrailPage(session);
    m_samples = new AuditSamplesPage(session);
    m_case = new CaseHistoryPage(session);
    m_purposes = new PurposesPage(session);
    m_tabs->addTab(m_trail, tr("Trail"));
    m_tabs->addTab(m_samples, tr("Samples"));
    m_tabs->addTab(m_case, tr("Case"));
    const int purposesIndex = m_tabs->addTab(m_purposes, tr("Purposes"));
    // Auditors see the evidence packages exported and how each ended.
    if (m_session.can(Action::ReadAudit)) {
        m_packages = new EvidencePackagesPage(session);
        m_tabs->addTab(m_packages, tr("Evidence packages"));
        m_releases = new ReleaseRequestsPage(session, true);
        m_tabs->addTab(m_releases, tr("Release requests"));
        m_holds = new HoldsPage(session, true);
        m_tabs->addTab(m_holds, tr("Legal holds"));
        m_certificates = new PurgeCertificatesPage(session);
        m_tabs->addTab(m_certificates, tr("Purge certificates"));
    }
    connect(m_trail, &AuditTrailPage::caseRequested, this,
            [this](const QString& number) { showCase(number); });
    connect(m_samples, &AuditSamplesPage::caseRequested, this,
            [this](const QString& number) { showCase(number); });
    connect(m_purposes, &PurposesPage::purposesChanged, m_trail, &AuditTrailPage::fillPurposeCombo);
    if (!m_session.can(Action::ChangeSettings)) {
        m_tabs->setTabEnabled(purposesIndex, false);
        m_tabs->setTabToolTip(purposesIndex,
                              tr("Only an administrator (change-settings) maintains the "
                                 "list of purposes."));
    }

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (!m_session.can(Action::ReadAudit)) {
        // Case history: a user sees the cases they searched under, so the
        // window opens on that page alone, without the pages they may not use.
        setWindowTitle(tr("Case history — %1")
                           .arg(session.user().fullName.isEmpty() ? session.user().username
                                                                  : session.user().fullName));
        for (QWidget* page : {static_cast<QWidget*>(m_trail), static_cast<QWidget*>(m_samples)})
            m_tabs->setTabVisible(m_tabs->indexOf(page), false);
        if (!m_session.can(Action::ChangeSettings))
            m_tabs->setTabVisible(purposesIndex, false);
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_case));
        // Training that is missing or expired closes the cases too: that is said.
        const QString why = m_session.trainingProblem();
        if (!why.isEmpty()) {
            auto* banner = namedLabel(u"auditorNoAccess"_s, central);
            banner->setText(tr("Case history is closed to you: %1").arg(why));
            banner->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
            layout->addWidget(banner);
        }
    }
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    resize(1280, 800);

    if (m_session.can(Action::ReadAudit)) {
        m_trail->applyFilter();
        m_samples->refreshSamples();
    } else if (m_session.can(Action::ChangeSettings)) {
        m_tabs->setCurrentIndex(purposesIndex);
    }
}

AuditorWindow* AuditorWindow::showFor(Session& session, QWidget* parent)
{
    auto* window = parent->findChild<AuditorWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new AuditorWindow(session, parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

AuditorWindow::~AuditorWindow() = default;

bool AuditorWindow::showCase(const QString& number)
{
    if (!m_case)
        return false;
    m_tabs->setCurrentWidget(m_case);
    return m_case->showCase(number);
}

} // namespace alpr::gui
