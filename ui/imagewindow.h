// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace alpr::gui {

class ZoomImageView;

// A read's plate crop and overview at full size, in a window of their own,
// each zoomed (wheel, + and -, Fit, 100%) and panned (drag, scroll bars) on
// its own; the zoom buttons act on the image last clicked, wheeled or focused. Every
// image shown here is viewed through the same core call as the detail pane's
// (viewRecordedImage), so each one is in the access record, the enhanced
// plate as such.
class ImageWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageWindow)

public:
    ImageWindow(SearchService& search, const ReadRecord& read, qint64 searchId, bool enhance,
                QWidget* parent = nullptr);

    qint64 readId() const { return m_readId; }
    qint64 searchId() const { return m_searchId; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPlate();
    void setActive(ZoomImageView* view);
    void showZoom();

    SearchService& m_search;
    qint64 m_readId;
    qint64 m_searchId;
    QList<ImageKind> m_available;
    ZoomImageView* m_plate = nullptr;
    ZoomImageView* m_overview = nullptr;
    ZoomImageView* m_active = nullptr;
    QCheckBox* m_enhance = nullptr;
    QLabel* m_zoom = nullptr;
};

} // namespace alpr::gui
