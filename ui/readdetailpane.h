// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace alpr::gui {

class ImageView;
class ImageWindow;

// The read the user opened: its plate crop (enhanced for reading on request),
// the overview, its details and the plate's other sightings in the results.
// Opening a read records view-read once per read and search; each image is
// recorded as it is shown, here and in the full-size window.
class ReadDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadDetailPane)

public:
    explicit ReadDetailPane(SearchService& search, QWidget* parent = nullptr);
    ~ReadDetailPane() override;

    // Opens a read under searchId (a search or a canvass; `openedFrom` says
    // which, e.g. "Search 12") unless it is the one already open. False when
    // nothing new is shown; a failure is also sent as failed().
    bool openRead(const ReadRecord& read, qint64 searchId, const QString& openedFrom);
    // Closes the open read (and its full-size window) and says `placeholder`.
    void showNothingOpen(const QString& placeholder);
    // The plate's sightings in the results, newest first as given; held: the
    // reads among them a legal hold keeps (as the results know them).
    void showSightings(const QString& plate, const QList<ReadRecord>& sightings,
                       const QSet<qint64>& held);
    // (search, read) of the read shown.
    std::optional<std::pair<qint64, qint64>> openedRead() const { return m_open; }
    // The open read's images at full size, in their own window.
    void openFullSize();

    QList<QWidget*> focusOrder() const;

Q_SIGNALS:
    void failed(const QString& message);

private:
    void showDetails(const ReadRecord& read, const QString& openedFrom);
    void showImage(ImageView* view, std::initializer_list<ImageKind> kinds, bool enhance);

    SearchService& m_search;
    QSet<std::pair<qint64, qint64>> m_recorded;      // (search, read) recorded as view-read
    std::optional<std::pair<qint64, qint64>> m_open; // (search, read) shown
    ReadRecord m_read;
    QList<ImageKind> m_available;
    QPointer<ImageWindow> m_fullSize;

    ImageView* m_plateImage = nullptr;
    ImageView* m_overviewImage = nullptr;
    QCheckBox* m_enhance = nullptr;
    QPushButton* m_fullSizeButton = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_sightingsTitle = nullptr;
    QTableView* m_sightingsView = nullptr;
    QStandardItemModel* m_sightings = nullptr;
};

} // namespace alpr::gui
