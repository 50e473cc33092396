// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cases/casepolicy.h"
#include "inquiry/searchservice.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QAction;
class QMenu;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSpinBox;
class QTabWidget;

namespace alpr {
class ChangeNotice;
class Session;
class SearchService;
} // namespace alpr

namespace alpr::gui {

class AlertsPanel;
class CanvassPanel;
class EvidencePackagesPage;
class HoldsPage;
class ReleaseRequestsPage;
class IdleLock;
class ReadDetailPane;
class ResultsView;

// The investigator's window: a search bar that will not run without a case
// number and a purpose, the matching reads, and the read the user opened
// (ReadDetailPane). For users who verify hits, the Alerts tab comes first;
// its title counts the alerts nobody has taken. One ChangeNotice per window
// learns of what other processes stored (new hits, new reads).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the search in the search bar (what the Search button does). The
    // plate index is scanned off the GUI thread; results appear when it ends.
    void runSearch();
    bool isSearching() const;

protected:
    // Enter in any field of the search bar starts the search.
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Signing out gives back the alerts this user holds.
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildSearchBar(QWidget* parent);
    QWidget* buildFilterBar(QWidget* parent);
    void buildResults();
    void buildMenus();
    void engineFinished();
    // The results of a search, or why there are none.
    void showOutcome(const SearchRequest& request, Result<SearchOutcome> outcome);
    void cancelSearch();
    void setSearching(bool searching);
    void orderTabs(); // the screen's order: left to right, then down
    // Opens a read of the results (a click on its row, Enter, double-click):
    // the only way a read of the results is opened, shown and recorded.
    void openRead(int sourceRow);
    // Where the actions a user may take on chosen results go (hold, export:
    // later issues); each checks the session's permission before it is added.
    void addCaseActions(QMenu* menu, const QList<int>& sourceRows);
    // Export evidence… on the chosen results, under the case and purpose of their search.
    void exportSelected();
    // Place legal hold… on the chosen results, or all of them when none is chosen.
    void placeHoldOnResults();
    // Marks the results a legal hold keeps (one question for the list).
    void markHeldReads();
    void showError(const QString& message);
    void showRefusal(const QString& message);
    // What the search bar would be refused for, checked here without a
    // record (the case number, the purpose, the pattern, the note, the time
    // range); empty when none of them is wrong.
    QString searchBarProblem() const;
    void clearFixedRefusal();
    void refreshRecentCases();
    // The store changed (another process or connection committed): the
    // alert queue, the BOLO notices and the search index catch up.
    void storeChanged();
    void catchUpSearchIndex();
    // The hits of this user's BOLOs not yet told of: in the status bar, then recorded as told.
    void showBoloNotices();
    void updateAlertsTab(int untaken);
    // The alerts this user holds go back to the queue (once, on sign-out).
    void releaseHolds();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<SearchService> m_search;
    std::optional<CasePolicy> m_policy;
    qint64 m_searchId = 0;
    QList<QObject*> m_searchFields; // where Enter starts the search
    bool m_refusalFixable = false;  // the banner is a refusal the search bar can fix

    QLineEdit* m_pattern = nullptr;
    QComboBox* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QCheckBox* m_misread = nullptr;
    QSpinBox* m_maxEdits = nullptr;
    QCheckBox* m_candidates = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QShortcut* m_cancelShortcut = nullptr;
    QProgressBar* m_progress = nullptr;
    QFutureWatcher<EngineResult>* m_watcher = nullptr;
    std::optional<PreparedSearch> m_pending;
    bool m_cancelled = false;
    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    CanvassPanel* m_canvass = nullptr;
    ResultsView* m_results = nullptr;
    ReadDetailPane* m_detail = nullptr;
    QLabel* m_status = nullptr;
    AlertsPanel* m_alerts = nullptr;
    ChangeNotice* m_changes = nullptr;
    IdleLock* m_lock = nullptr;
    QLabel* m_boloNotice = nullptr;
    QAction* m_exportAction = nullptr; // only for users who may export
    EvidencePackagesPage* m_packages = nullptr;
    HoldsPage* m_holds = nullptr;
    QAction* m_holdAction = nullptr; // only for users who may place holds
    ReleaseRequestsPage* m_releases = nullptr;
    QString m_resultsCase; // the case and purpose the results were found under
    QString m_resultsPurpose;
    QStringList m_boloTexts; // newest first
    bool m_holdsReleased = false;
    bool m_catchUpPending = false; // reads came in while a search ran
};

} // namespace alpr::gui
