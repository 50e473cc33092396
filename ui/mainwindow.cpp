// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "mainwindow.h"

#include "imageview.h"
#include "readtablemodel.h"

#include "auth/session.h"
#include "cases/casepolicy.h"
#include "imaging/imagecodec.h"
#include "search/searchservice.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)),
      m_search(std::make_unique<SearchService>(*m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ALPR Workstation — %1").arg(QFileInfo(m_session->store().path()).fileName()));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    buildSearchBar(central);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
        "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_model = new ReadTableModel(this);
    m_results = new QTableView(splitter);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRead(current.row()); });

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* plateBox = new QGroupBox(tr("Plate"), detail);
    auto* plateLayout = new QVBoxLayout(plateBox);
    m_plateImage = new ImageView(plateBox);
    m_plateImage->setObjectName(QStringLiteral("plateImage"));
    m_plateImage->setMinimumHeight(130);
    m_plateImage->setPlaceholder(tr("Select a read to see its plate."));
    plateLayout->addWidget(m_plateImage);
    auto* overviewBox = new QGroupBox(tr("Overview"), detail);
    auto* overviewLayout = new QVBoxLayout(overviewBox);
    m_overviewImage = new ImageView(overviewBox);
    m_overviewImage->setObjectName(QStringLiteral("overviewImage"));
    m_overviewImage->setMinimumHeight(220);
    m_overviewImage->setPlaceholder(tr("Select a read to see the scene."));
    overviewLayout->addWidget(m_overviewImage);
    m_details = new QLabel(detail);
    m_details->setObjectName(QStringLiteral("readDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    detailLayout->addWidget(plateBox, 2);
    detailLayout->addWidget(overviewBox, 4);
    detailLayout->addWidget(m_details, 2);
    splitter->addWidget(m_results);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_status, 1);
    const UserAccount& user = m_session->user();
    auto* who = new QLabel(tr("Signed in as %1 (%2) · %3")
                               .arg(user.fullName.isEmpty() ? user.username : user.fullName,
                                    rolesToString(user.roles), user.organization),
                           this);
    who->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addPermanentWidget(who);
    m_status->setText(tr("Enter a plate pattern, a case number and a purpose, then Search."));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Sign out and &quit"), QKeySequence::Quit, this, &QWidget::close);

    // The plate dictionary is built now, so the first search is as fast as the rest.
    if (auto index = m_session->plateIndex(); !index)
        showError(index.error().message);

    resize(1280, 800);
    m_pattern->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSearchBar(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_pattern = new QLineEdit(bar);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("Plate: 7ABC123, 7AB*, *XYZ*, 7?B?12?"));
    m_pattern->setToolTip(tr("? is one character, * any run of characters, [AB8] one of a set. "
                             "Spaces and dashes are ignored."));
    m_pattern->setMinimumWidth(200);

    m_case = new QComboBox(bar);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(140);

    m_purpose = new QComboBox(bar);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    m_purpose->addItem(tr("— choose a purpose —"), QString());
    if (auto policy = CasePolicy::load(m_session->store())) {
        m_case->lineEdit()->setPlaceholderText(
            tr("Case no., e.g. %1").arg(policy->caseNumberExample()));
        for (const Purpose& p : policy->purposes())
            m_purpose->addItem(QStringLiteral("%1 — %2").arg(p.code, p.description), p.code);
    }

    m_misread = new QCheckBox(tr("Misread-tolerant"), bar);
    m_misread->setObjectName(QStringLiteral("misreadCheck"));
    m_misread->setToolTip(tr("Also match characters cameras confuse: 0/O/D/Q, 1/I, 2/Z, 5/S, "
                             "8/B, 6/G"));

    m_searchButton = new QPushButton(tr("Search"), bar);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &MainWindow::runSearch);
    connect(m_pattern, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_case->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::runSearch);

    row->addWidget(new QLabel(tr("Plate"), bar));
    row->addWidget(m_pattern, 2);
    row->addWidget(new QLabel(tr("Case"), bar));
    row->addWidget(m_case, 1);
    row->addWidget(new QLabel(tr("Purpose"), bar));
    row->addWidget(m_purpose, 2);
    row->addWidget(m_misread);
    row->addWidget(m_searchButton);
    static_cast<QVBoxLayout*>(parent->layout())->addWidget(bar);
    refreshRecentCases();
}

void MainWindow::refreshRecentCases()
{
    const QString current = m_case->currentText();
    m_case->clear();
    if (auto recent = m_search->recentCases(10))
        m_case->addItems(recent.value());
    m_case->setEditText(current);
}

void MainWindow::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
}

void MainWindow::runSearch()
{
    m_banner->hide();
    SearchRequest request;
    request.pattern = m_pattern->text();
    request.caseNumber = m_case->currentText().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.misread = m_misread->isChecked();
    request.limit = 5000;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = m_search->search(request);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        showError(outcome.error().message);
        m_status->setText(tr("Search refused."));
        return;
    }
    m_searchId = outcome->searchId;
    const qint64 shown = outcome->hits.size();
    m_model->setHits(std::move(outcome->hits));
    if (shown > 0)
        m_results->resizeColumnsToContents();
    QString status = tr("%n read(s) match %1", nullptr, int(outcome->totalCount))
                         .arg(outcome->pattern);
    if (shown < outcome->totalCount)
        status += tr(" (showing the first %1)").arg(shown);
    status += tr(" — %1 ms — search %2, case %3").arg(outcome->elapsedMs).arg(m_searchId)
                  .arg(request.caseNumber);
    m_status->setText(status);
    refreshRecentCases();
    const QString none = tr("No read in this store matches %1.").arg(outcome->pattern);
    m_plateImage->setPlaceholder(shown > 0 ? tr("Select a read to see its plate.") : none);
    m_overviewImage->setPlaceholder(shown > 0 ? tr("Select a read to see the scene.") : none);
    m_details->clear();
    if (shown > 0)
        m_results->selectRow(0);
}

void MainWindow::showRead(int row)
{
    const SearchHit* hit = m_model->hit(row);
    if (!hit)
        return;
    const ReadRecord& r = hit->read;

    auto available = m_search->imageKinds(r.id);
    auto load = [&](ImageView* view, std::initializer_list<ImageKind> kinds) {
        for (ImageKind kind : kinds) {
            if (!available || !available->contains(kind))
                continue;
            auto bytes = m_search->viewImage(r.id, kind, m_searchId);
            if (!bytes) {
                view->setPlaceholder(bytes.error().message);
                return;
            }
            auto image = decodeImage(bytes.value());
            if (!image) {
                view->setPlaceholder(tr("The stored image cannot be shown: %1")
                                         .arg(image.error().message));
                return;
            }
            view->setImage(image.value());
            return;
        }
        view->setPlaceholder(tr("No image was stored with this read."));
    };
    load(m_plateImage, {ImageKind::Plate});
    load(m_overviewImage, {ImageKind::Overview, ImageKind::Vehicle});

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
    rowHtml(tr("Camera"), QStringLiteral("%1 (%2)").arg(r.cameraName, sourceKindName(r.sourceKind)));
    if (r.latitude && r.longitude)
        rowHtml(tr("Position"), QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 5).arg(*r.longitude, 0, 'f', 5));
    if (!vehicle.isEmpty())
        rowHtml(tr("Vehicle"), vehicle);
    rowHtml(tr("Confidence"), QStringLiteral("%1%").arg(r.confidence, 0, 'f', 1));
    if (!candidates.isEmpty())
        rowHtml(tr("Other readings"), candidates.join(QStringLiteral(", ")));
    rowHtml(tr("Read"), QString::number(r.id));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

} // namespace alpr::gui
