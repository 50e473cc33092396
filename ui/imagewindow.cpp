// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imagewindow.h"

#include "focusframestyle.h"
#include "recordedimage.h"
#include "sentence.h"
#include "zoomimageview.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace alpr::gui {

ImageWindow::ImageWindow(SearchService& search, const ReadRecord& read, qint64 searchId,
                         bool enhance, QWidget* parent)
    : QWidget(parent, Qt::Window), m_search(search), m_readId(read.id), m_searchId(searchId)
{
    setObjectName(QStringLiteral("imageWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Images of read %1 — %2 %3").arg(read.id).arg(read.plate, read.state));

    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    auto button = [this, tools](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        tools->addWidget(b);
        return b;
    };
    QPushButton* zoomIn = button(tr("Zoom &in"), "zoomInButton", tr("Zoom in (+ or the wheel)"));
    QPushButton* zoomOut =
        button(tr("Zoom &out"), "zoomOutButton", tr("Zoom out (- or the wheel)"));
    QPushButton* fit = button(tr("&Fit"), "fitButton", tr("Fit the image to the window (0)"));
    QPushButton* actual =
        button(tr("&100%"), "actualSizeButton", tr("One image pixel, one screen pixel (1)"));
    m_zoom = new QLabel(this);
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(
        m_zoom->fontMetrics().horizontalAdvance(tr("%1: %2%").arg(tr("Plate crop")).arg(1600)) + 8);
    tools->addWidget(m_zoom);
    tools->addStretch(1);
    m_enhance = new QCheckBox(tr("&Enhance plate for reading"), this);
    m_enhance->setObjectName(QStringLiteral("fullEnhanceCheck"));
    m_enhance->setChecked(enhance);
    m_enhance->setToolTip(tr("Shows an enhanced copy of the plate crop; the stored image is "
                             "unchanged. Each enhanced view is recorded."));
    tools->addWidget(m_enhance);
    layout->addLayout(tools);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto box = [split](const QString& title, const char* name) {
        auto* group = new QGroupBox(title, split);
        auto* v = new QVBoxLayout(group);
        auto* view = new ZoomImageView(group);
        view->setObjectName(QLatin1String(name));
        v->addWidget(view);
        return view;
    };
    m_plate = box(tr("Plate crop"), "fullPlateView");
    m_overview = box(tr("Overview"), "fullOverviewView");
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto* hint = new QLabel(
        tr("Drag to pan; the wheel, + and - zoom the image last clicked; 0 fits it, 1 shows it "
           "at 100%. Each image shown here is recorded."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    for (ZoomImageView* view : {m_plate, m_overview}) {
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        connect(view, &ZoomImageView::zoomChanged, this, [this, view] {
            if (view == m_active)
                showZoom();
        });
    }
    connect(zoomIn, &QPushButton::clicked, this, [this] { m_active->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_active->zoomOut(); });
    connect(fit, &QPushButton::clicked, this, [this] { m_active->fitToWindow(); });
    connect(actual, &QPushButton::clicked, this, [this] { m_active->actualSize(); });
    connect(m_enhance, &QCheckBox::toggled, this, &ImageWindow::showPlate);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    // The images, each viewed (and so recorded) as it is shown.
    auto kinds = m_search.imageKinds(m_readId);
    m_available = kinds ? kinds.value() : QList<ImageKind>();
    showPlate();
    auto overview = viewRecordedImage(m_search, m_readId, m_searchId, m_available,
                                      {ImageKind::Overview, ImageKind::Vehicle}, false);
    if (overview)
        m_overview->setImage(overview.value());
    else
        m_overview->setPlaceholder(asSentence(overview.error().message));
    setActive(m_plate);
    FocusFrameStyle::applyTo(this, FocusFrameStyle::shared());
    resize(1000, 720);
}

void ImageWindow::showPlate()
{
    auto plate = viewRecordedImage(m_search, m_readId, m_searchId, m_available, {ImageKind::Plate},
                                   m_enhance->isChecked());
    if (plate)
        m_plate->setImage(plate.value());
    else
        m_plate->setPlaceholder(asSentence(plate.error().message));
}

bool ImageWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::FocusIn || type == QEvent::MouseButtonPress || type == QEvent::Wheel) {
        for (ZoomImageView* view : {m_plate, m_overview})
            if (watched == view || watched == view->viewport())
                setActive(view);
    }
    return QWidget::eventFilter(watched, event);
}

void ImageWindow::setActive(ZoomImageView* view)
{
    m_active = view;
    for (ZoomImageView* v : {m_plate, m_overview})
        v->setFrameShadow(v == view ? QFrame::Sunken : QFrame::Plain);
    showZoom();
}

void ImageWindow::showZoom()
{
    m_zoom->setText(tr("%1: %2%")
                        .arg(m_active == m_plate ? tr("Plate crop") : tr("Overview"))
                        .arg(qRound(m_active->zoom() * 100)));
}

} // namespace alpr::gui
