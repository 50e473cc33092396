// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "resultsview.h"

#include "readtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

namespace alpr::gui {

ResultsView::ResultsView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("resultsView"));
    m_model = new ReadTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReadTableModel::SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the engine's ranking until a header is clicked
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false); // a cell is one line; the columns fit their words
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setContextMenuPolicy(Qt::CustomContextMenu);

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (QApplication::keyboardModifiers() == Qt::NoModifier)
            Q_EMIT openRequested(m_proxy->mapToSource(index).row());
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(m_proxy->mapToSource(index).row());
    });
    connect(this, &QWidget::customContextMenuRequested, this, &ResultsView::showMenu);

    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected rows (plate, state, time, camera, place) as "
                          "tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &ResultsView::copySelection);
    addAction(m_copy);
    m_open = new QAction(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAction"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (currentIndex().isValid())
            Q_EMIT openRequested(m_proxy->mapToSource(currentIndex()).row());
    });
}

void ResultsView::setHits(QList<SearchHit> hits)
{
    m_model->setHits(std::move(hits));
    sortByColumn(-1, Qt::AscendingOrder);
    if (m_model->rowCount() > 0)
        fitColumns();
}

void ResultsView::setHeld(QSet<qint64> readIds)
{
    m_model->setHeld(std::move(readIds));
    if (m_model->rowCount() > 0)
        resizeColumnToContents(ReadTableModel::Hold);
}

const SearchHit* ResultsView::currentHit() const
{
    return m_model->hit(m_proxy->mapToSource(currentIndex()).row());
}

void ResultsView::fitColumns()
{
    // Every column as wide as its words; when that is wider than the list,
    // the camera's long names give way first (their cells say them whole in
    // a tooltip), never the plate, the time or the Match column.
    resizeColumnsToContents();
    QHeaderView* header = horizontalHeader();
    // The vertical scroll bar may appear only once the rows are laid out.
    const int room = viewport()->width() -
                     (verticalScrollBar()->isVisible()
                          ? 0
                          : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this));
    const int excess = header->length() - room;
    const int minCamera = header->fontMetrics().averageCharWidth() * 14;
    const int camera = header->sectionSize(ReadTableModel::Camera);
    if (excess > 0 && camera > minCamera)
        header->resizeSection(ReadTableModel::Camera, std::max(minCamera, camera - excess));
}

QList<int> ResultsView::selectedSourceRows() const
{
    QList<int> viewRows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        viewRows << index.row();
    std::sort(viewRows.begin(), viewRows.end());
    QList<int> rows;
    for (int row : viewRows)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

QString ResultsView::selectedRowsAsText() const
{
    // What the results show, nothing more: copying opens no read and is not
    // an access of its own (the search recorded its query and its count).
    QStringList lines;
    for (int row : selectedSourceRows()) {
        QStringList cells;
        for (int column : {ReadTableModel::Plate, ReadTableModel::State, ReadTableModel::Captured,
                           ReadTableModel::Camera, ReadTableModel::Location})
            cells << m_model->index(row, column).data().toString().simplified();
        lines << cells.join(u'\t');
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void ResultsView::copySelection()
{
    const QString text = selectedRowsAsText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(int(text.count(u'\n')));
}

void ResultsView::showMenu(const QPoint& at)
{
    const QModelIndex index = indexAt(at);
    if (!index.isValid())
        return;
    // A right-click on a row outside the selection chooses that row alone.
    QItemSelectionModel::SelectionFlags how = QItemSelectionModel::NoUpdate;
    if (!selectionModel()->isRowSelected(index.row(), {}))
        how = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    selectionModel()->setCurrentIndex(index, how);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("resultMenu"));
    menu.addAction(m_open);
    menu.addAction(m_copy);
    Q_EMIT menuAboutToShow(&menu, selectedSourceRows());
    menu.exec(viewport()->mapToGlobal(at));
}

} // namespace alpr::gui
