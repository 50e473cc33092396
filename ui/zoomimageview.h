// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;
class QGraphicsSimpleTextItem;

namespace alpr::gui {

// One image at full size that the user zooms (wheel, + and -, fit, 100%) and
// pans (drag, scroll bars, arrow keys); a caption when there is no image.
class ZoomImageView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomImageView)

public:
    explicit ZoomImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    void setPlaceholder(const QString& text);
    const QImage& image() const { return m_image; }
    bool hasImage() const { return !m_image.isNull(); }
    QString placeholder() const { return m_placeholder; }

    // The scale at which the image is drawn (1.0: one image pixel, one screen pixel).
    double zoom() const;
    bool fitsWindow() const { return m_fit; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setZoom(double zoom);

    QImage m_image;
    QString m_placeholder;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsSimpleTextItem* m_caption = nullptr;
    bool m_fit = true;
};

} // namespace alpr::gui
