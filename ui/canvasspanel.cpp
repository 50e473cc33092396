// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasspanel.h"
#include "displaynames.h"

#include "canvassplatemodel.h"
#include "canvasssightingmodel.h"
#include "canvasstime.h"
#include "canvasstimedelegate.h"
#include "canvasswindowmodel.h"
#include "sentence.h"

#include "auth/session.h"
#include "cases/casepolicy.h"
#include "common/clock.h"
#include "retention/legalholds.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace alpr::gui {

namespace {

QTableView* makeTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false); // a time or a place is one line
    return view;
}

// With one window there is nothing to have in common: list every plate in it.
QList<CanvassPlate> platesOfOneWindow(const CanvassWindowResult& window)
{
    QMap<QString, CanvassPlate> byPlate;
    for (const ReadRecord& read : window.reads) {
        CanvassPlate& p = byPlate[read.plate];
        p.plate = read.plate;
        p.windows = {0};
        p.sightings.append({0, read});
    }
    QList<CanvassPlate> plates = byPlate.values();
    std::stable_sort(plates.begin(), plates.end(),
                     [](const CanvassPlate& a, const CanvassPlate& b) {
                         return a.sightings.size() > b.sightings.size();
                     });
    return plates;
}

// The first thing wrong with the windows' times, checked in core's order
// (place, radius, then time, window by window), said with the times as the
// table shows them and the user typed them, local to the minute; empty when
// the times are not what core refuses first.
QString timeProblem(const QList<CanvassWindow>& windows)
{
    for (int i = 0; i < windows.size(); ++i) {
        const CanvassWindow& w = windows[i];
        const bool placeBad = !std::isfinite(w.latitude) || std::abs(w.latitude) > 90.0 ||
                              !std::isfinite(w.longitude) || std::abs(w.longitude) > 180.0 ||
                              !std::isfinite(w.radiusMetres) || w.radiusMetres <= 0.0 ||
                              w.radiusMetres > kCanvassMaxRadiusMetres;
        if (placeBad)
            return {};
        if (!w.from.isValid() || !w.to.isValid())
            return CanvassPanel::tr("Window %1: give both the start and the end of the time range.")
                .arg(i + 1);
        if (w.from >= w.to)
            return CanvassPanel::tr(
                       "Window %1: the time range must start (%2) before it ends (%3).")
                .arg(i + 1)
                .arg(canvassTime(w.from), canvassTime(w.to));
        if (w.from.addDays(kCanvassMaxWindowDays) < w.to)
            return CanvassPanel::tr("Window %1: the time range %2 to %3 is longer than %4 days; "
                                    "split it into several windows.")
                .arg(i + 1)
                .arg(canvassTime(w.from), canvassTime(w.to))
                .arg(kCanvassMaxWindowDays);
    }
    return {};
}

} // namespace

CanvassPanel::CanvassPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_service(session)
{
    setObjectName(QStringLiteral("canvassPanel"));
    auto* layout = new QVBoxLayout(this);

    // Case and purpose: a canvass does not run without them.
    auto* caseRow = new QHBoxLayout;
    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("canvassCaseEdit"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(140);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("canvassPurposeCombo"));
    m_purpose->addItem(tr("— choose a purpose —"), QString());
    if (auto policy = CasePolicy::load(m_session)) {
        m_case->lineEdit()->setPlaceholderText(
            tr("Case number, e.g. %1").arg(policy->caseNumberExample()));
        for (const Purpose& p : policy->purposes())
            m_purpose->addItem(
                QStringLiteral("%1 — %2").arg(p.code, purposeDescriptionLabel(p.description)),
                p.code);
    }
    auto* caseLabel = new QLabel(tr("&Case:"), this);
    caseLabel->setBuddy(m_case);
    auto* purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setBuddy(m_purpose);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(m_case, 1);
    caseRow->addWidget(purposeLabel);
    caseRow->addWidget(m_purpose, 2);
    layout->addLayout(caseRow);

    // The windows.
    m_windows = new CanvassWindowModel(this);
    m_windowView = makeTable(QStringLiteral("canvassWindowTable"), m_windows, this);
    m_windowView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_windowView->setToolTip(
        tr("Each window is a circle (latitude, longitude in degrees, radius in metres, at most "
           "%1 m) and a time range of at most %2 days, from inclusive, to exclusive.")
            .arg(kCanvassMaxRadiusMetres)
            .arg(kCanvassMaxWindowDays));
    auto* timeDelegate = new CanvassTimeDelegate(m_windowView);
    m_windowView->setItemDelegateForColumn(CanvassWindowModel::From, timeDelegate);
    m_windowView->setItemDelegateForColumn(CanvassWindowModel::To, timeDelegate);
    layout->addWidget(m_windowView, 1);

    auto* buttons = new QHBoxLayout;
    m_addWindow = new QPushButton(tr("Add &window"), this);
    m_addWindow->setObjectName(QStringLiteral("canvassAddWindowButton"));
    m_removeWindow = new QPushButton(tr("&Remove window"), this);
    m_removeWindow->setObjectName(QStringLiteral("canvassRemoveWindowButton"));
    m_minWindows = new QSpinBox(this);
    m_minWindows->setObjectName(QStringLiteral("canvassMinWindowsSpin"));
    m_minWindows->setRange(0, kCanvassMaxWindows);
    m_minWindows->setSpecialValueText(tr("all"));
    m_minWindows->setToolTip(tr("List the plates seen in at least this many windows."));
    auto* minLabel = new QLabel(tr("Plates seen in at &least"), this);
    minLabel->setBuddy(m_minWindows);
    m_run = new QPushButton(tr("&Run canvass"), this);
    m_run->setObjectName(QStringLiteral("canvassRunButton"));
    m_run->setDefault(true);
    buttons->addWidget(m_addWindow);
    buttons->addWidget(m_removeWindow);
    buttons->addStretch(1);
    buttons->addWidget(minLabel);
    buttons->addWidget(m_minWindows);
    buttons->addWidget(new QLabel(tr("windows"), this));
    buttons->addWidget(m_run);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("canvassStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // The results: plates, and the selected plate's sightings.
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_plates = new CanvassPlateModel(this);
    m_plateView = makeTable(QStringLiteral("canvassPlateTable"), m_plates, split);
    m_plateView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sightings = new CanvassSightingModel(this);
    m_sightingView = makeTable(QStringLiteral("canvassSightingTable"), m_sightings, split);
    m_sightingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    split->addWidget(m_plateView);
    split->addWidget(m_sightingView);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 2);

    connect(m_addWindow, &QPushButton::clicked, this, [this] {
        if (m_windows->rowCount() >= kCanvassMaxWindows)
            return;
        m_windows->addWindow(m_session.clock().now());
        m_windowView->selectRow(m_windows->rowCount() - 1);
        updateButtons();
    });
    connect(m_removeWindow, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_windowView->currentIndex();
        m_windows->removeWindow(current.isValid() ? current.row() : m_windows->rowCount() - 1);
        updateButtons();
    });
    connect(m_run, &QPushButton::clicked, this, &CanvassPanel::runCanvass);
    connect(m_case->lineEdit(), &QLineEdit::returnPressed, this, &CanvassPanel::runCanvass);
    connect(m_plateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPlate(current.row()); });
    // A sighting is opened only when the user opens it, like a read of the results.
    auto openSighting = [this](const QModelIndex& index) {
        if (const CanvassSighting* s = m_sightings->sighting(index.row()))
            Q_EMIT readOpened(s->read, m_searchId);
    };
    connect(m_sightingView, &QAbstractItemView::clicked, this, openSighting);
    connect(m_sightingView, &QAbstractItemView::activated, this, openSighting);

    m_windows->addWindow(m_session.clock().now());
    // The columns keep their numbers and times whole as the windows change.
    m_windowView->resizeColumnsToContents();
    connect(m_windows, &QAbstractItemModel::dataChanged, m_windowView,
            [this] { m_windowView->resizeColumnsToContents(); });
    updateButtons();
}

CanvassPanel::~CanvassPanel() = default;

void CanvassPanel::startAround(const ReadRecord& read)
{
    if (m_windows->placeFirstAround(read))
        m_status->setText(tr("The first window is around the read of %1: 500 m, half an hour "
                             "either side. Change it as you need.")
                              .arg(read.plate));
}

void CanvassPanel::setCase(const QString& caseNumber, const QString& purpose)
{
    m_case->setEditText(caseNumber);
    const int index = m_purpose->findData(purpose);
    m_purpose->setCurrentIndex(index >= 0 ? index : 0);
}

void CanvassPanel::clearOpened()
{
    m_sightingView->selectionModel()->clear();
}

void CanvassPanel::updateButtons()
{
    m_addWindow->setEnabled(m_windows->rowCount() < kCanvassMaxWindows);
    m_removeWindow->setEnabled(m_windows->rowCount() > 1);
}

void CanvassPanel::showError(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void CanvassPanel::runCanvass()
{
    CanvassRequest request;
    request.caseNumber = m_case->currentText().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.windows = m_windows->windows();
    request.minWindows = m_minWindows->value();

    m_plates->setPlates({});
    m_sightings->setSightings({});
    // Bounded work (at most 10 windows of at most 100,000 reads each, found
    // through the captured_at index), so it runs here with a busy cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = m_service.canvass(request);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_searchId = 0;
        const QString times = timeProblem(request.windows);
        showError(times.isEmpty() ? asSentence(outcome.error().message) : times);
        return;
    }
    m_searchId = outcome->searchId;

    QStringList counts;
    for (int i = 0; i < outcome->windows.size(); ++i)
        counts << tr("window %1: %n read(s)", nullptr, int(outcome->windows[i].reads.size()))
                      .arg(i + 1);
    QString summary;
    QList<CanvassPlate> plates;
    if (outcome->windows.size() == 1) {
        plates = platesOfOneWindow(outcome->windows.first());
        summary = tr("%n plate(s) in the window", nullptr, int(plates.size()));
    } else {
        plates = outcome->commonPlates;
        summary =
            tr("%n plate(s) seen in at least %1 of the %2 windows", nullptr, int(plates.size()))
                .arg(outcome->minWindows)
                .arg(outcome->windows.size());
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Canvass %1 recorded for case %2. %3. %4.")
                          .arg(outcome->searchId)
                          .arg(request.caseNumber,
                               asSentence(counts.join(QStringLiteral("; "))).chopped(1),
                               asSentence(summary).chopped(1)));
    markHeldReads(*outcome);
    m_plates->setPlates(std::move(plates));
    m_plateView->resizeColumnsToContents();
    if (m_plates->rowCount() > 0)
        m_plateView->selectRow(0);
    Q_EMIT canvassFinished(m_searchId);
}

void CanvassPanel::markHeldReads(const CanvassOutcome& outcome)
{
    // One question for all of the canvass's reads; a refusal or failure marks nothing.
    std::vector<qint64> ids;
    for (const CanvassWindowResult& window : outcome.windows)
        for (const ReadRecord& read : window.reads)
            ids.push_back(read.id);
    QSet<qint64> held;
    if (!ids.empty())
        if (auto found = LegalHolds(m_session).held(ids))
            held = std::move(found.value());
    m_sightings->setHeld(std::move(held));
}

void CanvassPanel::showPlate(int row)
{
    const CanvassPlate* plate = m_plates->plate(row);
    m_sightings->setSightings(plate ? plate->sightings : QList<CanvassSighting>{});
    m_sightingView->resizeColumnsToContents();
}

} // namespace alpr::gui
