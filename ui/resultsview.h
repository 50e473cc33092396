// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QSet>
#include <QTableView>

class QAction;
class QMenu;
class QSortFilterProxyModel;

namespace alpr::gui {

class ReadTableModel;

// The reads a search found, ranked until a header is clicked. A read is
// opened only when the user opens it (a plain click on its row, Enter, a
// double-click, or Open in the context menu): openRequested. Moving with the
// keyboard, or choosing rows with Shift or Ctrl, only highlights them. Copy
// (Ctrl+C) puts the chosen rows on the clipboard; it opens nothing.
class ResultsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(QWidget* parent = nullptr);

    void setHits(QList<SearchHit> hits);
    // Marks the reads a legal hold keeps (the Hold column).
    void setHeld(QSet<qint64> readIds);
    const ReadTableModel& hits() const { return *m_model; }
    // The highlighted read (opened or not), or null.
    const SearchHit* currentHit() const;
    // The chosen rows, one line each, as Copy puts them on the clipboard:
    // plate, state, time, camera and place, separated by tabs, in the list's order.
    QString selectedRowsAsText() const;
    QAction* copyAction() const { return m_copy; }
    // The chosen rows of hits(), in the list's order.
    QList<int> selectedSourceRows() const;

Q_SIGNALS:
    // The user opened the read in this row of hits().
    void openRequested(int row);
    // The context menu is about to open on these rows of hits(): the place
    // for actions a user may take on them (hold, export).
    void menuAboutToShow(QMenu* menu, const QList<int>& rows);
    // Rows were copied to the clipboard.
    void copied(int rows);

private:
    void fitColumns();
    void copySelection();
    void showMenu(const QPoint& at);

    ReadTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_open = nullptr;
};

} // namespace alpr::gui
