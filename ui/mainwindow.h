// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace alpr {
class Session;
class SearchService;
}

namespace alpr::gui {

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

    // Runs the search in the search bar (what the Search button does).
    void runSearch();

private:
    void buildSearchBar(QWidget* parent);
    void showRead(int row);
    void showError(const QString& message);
    void refreshRecentCases();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<SearchService> m_search;
    qint64 m_searchId = 0;

    QLineEdit* m_pattern = nullptr;
    QComboBox* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QCheckBox* m_misread = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_banner = nullptr;
    QTableView* m_results = nullptr;
    ReadTableModel* m_model = nullptr;
    ImageView* m_plateImage = nullptr;
    ImageView* m_overviewImage = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace alpr::gui
