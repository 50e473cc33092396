// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QImage>
#include <QWidget>

namespace alpr::gui {

// Shows one image scaled to fit, keeping its proportions, with a caption
// when there is no image; a double-click on an image is signalled.
class ImageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageView)

public:
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    void setPlaceholder(const QString& text);
    const QImage& image() const { return m_image; }
    QString placeholder() const { return m_placeholder; }
    bool hasImage() const { return !m_image.isNull(); }

    QSize sizeHint() const override;

Q_SIGNALS:
    // The user double-clicked the image (the detail pane opens it at full size).
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace alpr::gui
