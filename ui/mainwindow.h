// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace alpr {
class Session;
class SearchService;
} // namespace alpr

namespace alpr::gui {

class CanvassPanel;
class ImageView;
class ReadTableModel;

// The investigator's window: a search bar that will not run without a case
// number and a purpose, the matching reads, and the selected read's images.
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

private:
    void buildSearchBar(QWidget* parent);
    QWidget* buildFilterBar(QWidget* parent);
    void engineFinished();
    void cancelSearch();
    void setSearching(bool searching);
    void orderTabs(); // the screen's order: left to right, then down
    // Opens a read of the results (a click on its row, Enter, double-click):
    // the only way a read is opened, shown and recorded.
    void openRead(int sourceRow);
    // Opens a read under searchId (a search or a canvass) unless it is the one
    // already open: records view-read once per read and search, then shows it.
    bool openReadUnder(const ReadRecord& read, qint64 searchId);
    void showNothingOpen(const QString& placeholder);
    void showReadDetails(const ReadRecord& read, qint64 searchId);
    void showSightings(const ReadRecord& read);
    QList<ImageKind> imageKindsOf(qint64 readId) const;
    // Shows the first of `kinds` the read has, viewed (and so recorded) under searchId.
    void showImage(ImageView* view, qint64 readId, qint64 searchId,
                   const QList<ImageKind>& available, std::initializer_list<ImageKind> kinds,
                   bool enhance);
    void showError(const QString& message);
    void refreshRecentCases();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<SearchService> m_search;
    qint64 m_searchId = 0;
    QSet<std::pair<qint64, qint64>> m_openedReads;       // (search, read) recorded as view-read
    std::optional<std::pair<qint64, qint64>> m_openRead; // (search, read) in the detail pane
    QList<QObject*> m_searchFields;                      // where Enter starts the search

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
    QCheckBox* m_enhance = nullptr;
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
    QTableView* m_results = nullptr;
    ReadTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_sightings = nullptr;
    ImageView* m_plateImage = nullptr;
    ImageView* m_overviewImage = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace alpr::gui
