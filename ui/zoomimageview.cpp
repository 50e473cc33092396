// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "zoomimageview.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace alpr::gui {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;
constexpr double kStep = 1.25;
} // namespace

ZoomImageView::ZoomImageView(QWidget* parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    m_pixmap = scene()->addPixmap(QPixmap());
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    m_caption = scene()->addSimpleText(QString());
    m_caption->setBrush(palette().color(QPalette::BrightText));
    setBackgroundBrush(palette().color(QPalette::Dark));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 80);
}

void ZoomImageView::setImage(const QImage& image)
{
    // Another size (the enhanced plate is enlarged) starts fitted again.
    if (image.size() != m_image.size())
        m_fit = true;
    m_image = image;
    m_placeholder.clear();
    m_caption->setText(QString());
    m_pixmap->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_pixmap->boundingRect());
    if (m_fit)
        fitToWindow();
    else
        setZoom(zoom());
}

void ZoomImageView::setPlaceholder(const QString& text)
{
    m_image = QImage();
    m_placeholder = text;
    m_pixmap->setPixmap(QPixmap());
    m_caption->setText(text);
    scene()->setSceneRect(m_caption->boundingRect());
    resetTransform();
}

double ZoomImageView::zoom() const
{
    return transform().m11();
}

void ZoomImageView::setZoom(double value)
{
    value = std::clamp(value, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(value, value));
    Q_EMIT zoomChanged(value);
}

void ZoomImageView::zoomIn()
{
    m_fit = false;
    setZoom(zoom() * kStep);
}

void ZoomImageView::zoomOut()
{
    m_fit = false;
    setZoom(zoom() / kStep);
}

void ZoomImageView::actualSize()
{
    m_fit = false;
    setZoom(1.0);
}

void ZoomImageView::fitToWindow()
{
    m_fit = true;
    if (m_image.isNull())
        return;
    const QSizeF area = viewport()->size();
    const double scale = std::min(area.width() / m_image.width(), area.height() / m_image.height());
    setZoom(scale);
    centerOn(m_pixmap);
}

void ZoomImageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_fit = false;
    setZoom(zoom() * std::pow(kStep, delta / 120.0));
    event->accept();
}

void ZoomImageView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void ZoomImageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}

} // namespace alpr::gui
