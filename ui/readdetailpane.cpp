// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "readdetailpane.h"

#include "errortext.h"
#include "heldmark.h"

#include "imageview.h"
#include "imagewindow.h"
#include "recordedimage.h"
#include "sentence.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

ReadDetailPane::ReadDetailPane(SearchService& search, QWidget* parent)
    : QWidget(parent), m_search(search)
{
    setObjectName(QStringLiteral("readDetailPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* plateBox = new QGroupBox(tr("Plate"), this);
    auto* plateLayout = new QVBoxLayout(plateBox);
    m_plateImage = new ImageView(plateBox);
    m_plateImage->setObjectName(QStringLiteral("plateImage"));
    m_plateImage->setMinimumHeight(70);
    m_plateImage->setToolTip(tr("Double-click to see the images at full size."));
    plateLayout->addWidget(m_plateImage, 1);
    auto* plateTools = new QHBoxLayout;
    m_enhance = new QCheckBox(tr("Enhance for reading"), plateBox);
    m_enhance->setObjectName(QStringLiteral("enhanceCheck"));
    m_enhance->setToolTip(tr("Shows an enhanced copy of the plate crop (contrast, enlarged, "
                             "sharpened); the stored image is unchanged. Each enhanced view is "
                             "recorded."));
    m_fullSizeButton = new QPushButton(tr("F&ull size…"), plateBox);
    m_fullSizeButton->setObjectName(QStringLiteral("fullSizeButton"));
    m_fullSizeButton->setToolTip(tr("The plate crop and the overview at full size, with zoom "
                                    "and pan, in their own window (or double-click an image)."));
    m_fullSizeButton->setEnabled(false);
    plateTools->addWidget(m_enhance);
    plateTools->addStretch(1);
    plateTools->addWidget(m_fullSizeButton);
    plateLayout->addLayout(plateTools);

    auto* overviewBox = new QGroupBox(tr("Overview"), this);
    auto* overviewLayout = new QVBoxLayout(overviewBox);
    m_overviewImage = new ImageView(overviewBox);
    m_overviewImage->setObjectName(QStringLiteral("overviewImage"));
    m_overviewImage->setMinimumHeight(120);
    m_overviewImage->setToolTip(m_plateImage->toolTip());
    overviewLayout->addWidget(m_overviewImage);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("readDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);

    // The sightings scroll in their own list; they never make the window taller.
    m_sightingsTitle = new QLabel(this);
    m_sightingsTitle->setObjectName(QStringLiteral("sightings"));
    m_sightingsTitle->setTextFormat(Qt::PlainText);
    m_sightingsTitle->setWordWrap(true);
    QFont bold = m_sightingsTitle->font();
    bold.setBold(true);
    m_sightingsTitle->setFont(bold);
    m_sightings = new QStandardItemModel(0, 3, this);
    m_sightings->setHorizontalHeaderLabels({tr("Captured"), HeldMark::header(), tr("Camera")});
    m_sightingsView = new QTableView(this);
    m_sightingsView->setObjectName(QStringLiteral("sightingsView"));
    m_sightingsView->setModel(m_sightings);
    m_sightingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sightingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sightingsView->setWordWrap(false);
    m_sightingsView->verticalHeader()->hide();
    m_sightingsView->horizontalHeader()->setStretchLastSection(true);
    m_sightingsView->setMinimumHeight(80);
    m_sightingsView->hide(); // until a read with sightings is open

    layout->addWidget(plateBox, 2);
    layout->addWidget(overviewBox, 3);
    layout->addWidget(m_details);
    layout->addWidget(m_sightingsTitle);
    layout->addWidget(m_sightingsView, 2);

    connect(m_enhance, &QCheckBox::toggled, this, [this] {
        if (m_open)
            showImage(m_plateImage, {ImageKind::Plate}, m_enhance->isChecked());
    });
    connect(m_fullSizeButton, &QPushButton::clicked, this, &ReadDetailPane::openFullSize);
    for (ImageView* view : {m_plateImage, m_overviewImage})
        connect(view, &ImageView::doubleClicked, this, &ReadDetailPane::openFullSize);
}

ReadDetailPane::~ReadDetailPane() = default;

QList<QWidget*> ReadDetailPane::focusOrder() const
{
    return {m_enhance, m_fullSizeButton, m_sightingsView};
}

bool ReadDetailPane::openRead(const ReadRecord& read, qint64 searchId, const QString& openedFrom)
{
    const std::pair<qint64, qint64> key{searchId, read.id};
    if (m_open == key)
        return false; // a double-click on the open read shows nothing new
    // Opening a read is an access of its own (view-read), recorded once per
    // read and search; each image shown is recorded as it is shown.
    if (!m_recorded.contains(key)) {
        auto opened = m_search.openRead(read.id, searchId);
        if (!opened) {
            Q_EMIT failed(errorText(opened.error()));
            return false;
        }
        m_recorded.insert(key);
    }
    if (m_fullSize)
        m_fullSize->close();
    m_open = key;
    m_read = read;
    auto kinds = m_search.imageKinds(read.id);
    m_available = kinds ? kinds.value() : QList<ImageKind>();
    showImage(m_plateImage, {ImageKind::Plate}, m_enhance->isChecked());
    showImage(m_overviewImage, {ImageKind::Overview, ImageKind::Vehicle}, false);
    m_fullSizeButton->setEnabled(!m_available.isEmpty());
    showDetails(read, openedFrom);
    m_sightingsTitle->clear();
    m_sightings->removeRows(0, m_sightings->rowCount());
    m_sightingsView->hide();
    return true;
}

void ReadDetailPane::showNothingOpen(const QString& placeholder)
{
    if (m_fullSize)
        m_fullSize->close();
    m_open.reset();
    m_available.clear();
    m_fullSizeButton->setEnabled(false);
    m_plateImage->setPlaceholder(placeholder);
    m_overviewImage->setPlaceholder(placeholder);
    m_details->setText(placeholder.toHtmlEscaped());
    m_sightingsTitle->clear();
    m_sightings->removeRows(0, m_sightings->rowCount());
    m_sightingsView->hide();
}

void ReadDetailPane::showImage(ImageView* view, std::initializer_list<ImageKind> kinds,
                               bool enhance)
{
    auto image =
        viewRecordedImage(m_search, m_open->second, m_open->first, m_available, kinds, enhance);
    if (image)
        view->setImage(image.value());
    else
        view->setPlaceholder(asSentence(image.error().message));
}

void ReadDetailPane::showDetails(const ReadRecord& r, const QString& openedFrom)
{
    QStringList candidates;
    for (const PlateCandidate& c : r.candidates)
        candidates << QStringLiteral("%1 (%2%)").arg(c.plate).arg(c.confidence, 0, 'f', 0);
    const QString vehicle = QStringList{r.color, r.make, r.model, r.body}.join(u' ').simplified();
    QString html = QStringLiteral("<table cellspacing='2'>");
    auto rowHtml = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    rowHtml(tr("Plate"), QStringLiteral("%1  %2").arg(r.plate, r.state));
    const QDateTime local = r.capturedAt.toLocalTime();
    QString captured = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    if (local.offsetFromUtc() != 0)
        captured += tr(" (%1 UTC)").arg(r.capturedAt.toUTC().toString(QStringLiteral("HH:mm:ss")));
    rowHtml(tr("Captured"), captured);
    rowHtml(tr("Camera"),
            QStringLiteral("%1 (%2)").arg(r.cameraName, sourceKindName(r.sourceKind)));
    if (r.latitude && r.longitude)
        rowHtml(tr("Position"),
                QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 5).arg(*r.longitude, 0, 'f', 5));
    if (!vehicle.isEmpty())
        rowHtml(tr("Vehicle"), vehicle);
    rowHtml(tr("Confidence"), QStringLiteral("%1%").arg(r.confidence, 0, 'f', 1));
    if (!candidates.isEmpty())
        rowHtml(tr("Other readings"), candidates.join(QStringLiteral(", ")));
    rowHtml(tr("Read"), tr("%1, opened from %2").arg(r.id).arg(openedFrom));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void ReadDetailPane::showSightings(const QString& plate, const QList<ReadRecord>& sightings,
                                   const QSet<qint64>& held)
{
    m_sightingsTitle->setText(tr("Sightings of %1 in these results: %2")
                                  .arg(plate)
                                  .arg(QLocale().toString(sightings.size())));
    m_sightings->removeRows(0, m_sightings->rowCount());
    for (const ReadRecord& r : sightings) {
        auto* when = new QStandardItem(
            r.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        auto* camera = new QStandardItem(r.cameraName);
        auto* hold = new QStandardItem;
        if (held.contains(r.id))
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole)})
                hold->setData(HeldMark::data(role), role);
        m_sightings->appendRow({when, hold, camera});
    }
    m_sightingsView->resizeColumnToContents(0);
    m_sightingsView->resizeColumnToContents(1); // the camera's name takes the rest
    m_sightingsView->setVisible(!sightings.isEmpty());
}

void ReadDetailPane::openFullSize()
{
    if (!m_open || m_available.isEmpty())
        return;
    if (m_fullSize && m_fullSize->readId() == m_open->second &&
        m_fullSize->searchId() == m_open->first) {
        m_fullSize->raise();
        m_fullSize->activateWindow();
        return;
    }
    if (m_fullSize)
        m_fullSize->close();
    m_fullSize = new ImageWindow(m_search, m_read, m_open->first, m_enhance->isChecked(), this);
    m_fullSize->show();
}

} // namespace alpr::gui
