// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "mainwindow.h"
#include "errortext.h"

#include "adminwindow.h"
#include "auditorwindow.h"
#include "canvasspanel.h"
#include "changepassworddialog.h"
#include "idlelock.h"
#include "imageview.h"
#include "readtablemodel.h"

#include "auth/session.h"
#include "cases/casepolicy.h"
#include "cases/notescreen.h"
#include "imaging/imagecodec.h"
#include "inquiry/searchservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace alpr::gui {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)),
      m_search(std::make_unique<SearchService>(*m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("ALPR Workstation — %1").arg(QFileInfo(m_session->storeLocation()).fileName()));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    buildSearchBar(central);
    layout->addWidget(buildFilterBar(central));

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                       "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("workTabs"));
    m_model = new ReadTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReadTableModel::SortRole);
    m_results = new QTableView(m_tabs);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setModel(m_proxy);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(-1,
                            Qt::AscendingOrder); // the engine's ranking until a header is clicked
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A read is opened only when the user opens it: a click on its row, Enter or
    // a double-click. Moving through the rows with the keyboard only highlights
    // them; nothing is loaded, shown or recorded.
    connect(m_results, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { openRead(m_proxy->mapToSource(index).row()); });
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRead(m_proxy->mapToSource(index).row()); });
    m_tabs->addTab(m_results, tr("Search results"));
    if (m_session->can(Action::Canvass)) {
        m_canvass = new CanvassPanel(*m_session, m_tabs);
        m_canvass->setObjectName(QStringLiteral("canvassPanel"));
        m_tabs->addTab(m_canvass, tr("Canvass"));
        // A sighting of the canvass is opened like a read of the results.
        connect(m_canvass, &CanvassPanel::readOpened, this,
                [this](const ReadRecord& read, qint64 searchId) {
                    if (openReadUnder(read, searchId))
                        m_sightings->clear();
                });
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) != m_canvass)
                return;
            m_canvass->setCase(m_case->currentText().trimmed(),
                               m_purpose->currentData().toString());
            // The highlighted read's place and time are in the results already.
            const QModelIndex current = m_proxy->mapToSource(m_results->currentIndex());
            if (const SearchHit* hit = m_model->hit(current.row()))
                m_canvass->startAround(hit->read);
        });
    }

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* plateBox = new QGroupBox(tr("Plate"), detail);
    auto* plateLayout = new QVBoxLayout(plateBox);
    m_plateImage = new ImageView(plateBox);
    m_plateImage->setObjectName(QStringLiteral("plateImage"));
    m_plateImage->setMinimumHeight(130);
    plateLayout->addWidget(m_plateImage);
    m_enhance = new QCheckBox(tr("Enhance for reading (contrast, enlarged, sharpened)"), plateBox);
    m_enhance->setObjectName(QStringLiteral("enhanceCheck"));
    m_enhance->setToolTip(tr("Shows an enhanced copy of the plate crop; the stored image is "
                             "unchanged. Each enhanced view is recorded."));
    plateLayout->addWidget(m_enhance);
    connect(m_enhance, &QCheckBox::toggled, this, [this] {
        if (const auto open = m_openRead)
            showImage(m_plateImage, open->second, open->first, imageKindsOf(open->second),
                      {ImageKind::Plate}, m_enhance->isChecked());
    });
    auto* overviewBox = new QGroupBox(tr("Overview"), detail);
    auto* overviewLayout = new QVBoxLayout(overviewBox);
    m_overviewImage = new ImageView(overviewBox);
    m_overviewImage->setObjectName(QStringLiteral("overviewImage"));
    m_overviewImage->setMinimumHeight(220);
    overviewLayout->addWidget(m_overviewImage);
    m_details = new QLabel(detail);
    m_details->setObjectName(QStringLiteral("readDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_sightings = new QLabel(detail);
    m_sightings->setObjectName(QStringLiteral("sightings"));
    m_sightings->setTextFormat(Qt::RichText);
    m_sightings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sightings->setWordWrap(true);
    detailLayout->addWidget(plateBox, 2);
    detailLayout->addWidget(overviewBox, 4);
    detailLayout->addWidget(m_details, 2);
    detailLayout->addWidget(m_sightings, 1);
    showNothingOpen(tr("Press Enter or click a read to open it."));
    splitter->addWidget(m_tabs);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setRange(0, 0); // busy: the scan has no steps worth counting
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the search (Esc)"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSearch);
    statusBar()->addWidget(m_cancelButton);
    m_watcher = new QFutureWatcher<EngineResult>(this);
    connect(m_watcher, &QFutureWatcher<EngineResult>::finished, this, &MainWindow::engineFinished);
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
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Change &password…"), this,
                       [this] { ChangePasswordDialog(*m_session, this).exec(); });
    QAction* admin = account->addAction(tr("&Administration…"), this, [this] {
        auto* window = new AdminWindow(*m_session, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    admin->setEnabled(m_session->can(Action::ManageUsers));
    QMenu* audit = menuBar()->addMenu(tr("A&udit"));
    QAction* console = audit->addAction(tr("&Auditor's console…"), this,
                                        [this] { (new AuditorWindow(*m_session, this))->show(); });
    console->setObjectName(QStringLiteral("auditorConsoleAction"));
    console->setEnabled(m_session->can(Action::ReadAudit) ||
                        m_session->can(Action::ChangeSettings));
    QAction* caseHistory = audit->addAction(tr("&Case history…"), this, [this] {
        auto* window = new AuditorWindow(*m_session, this);
        window->show();
        if (!m_case->currentText().trimmed().isEmpty())
            window->showCase(m_case->currentText());
    });
    caseHistory->setObjectName(QStringLiteral("caseHistoryAction"));
    caseHistory->setToolTip(tr("Everything done under the case in the search bar"));
    new IdleLock(*m_session, this); // hides the data after the idle minutes

    // The keyboard: Enter in any field searches, Ctrl+F goes to the pattern,
    // Escape cancels a running search.
    m_searchFields = {
        m_pattern, m_case,  m_case->lineEdit(), m_purpose,  m_useFrom,    m_from, m_useTo,
        m_to,      m_state, m_misread,          m_maxEdits, m_candidates, m_note};
    for (QObject* field : std::as_const(m_searchFields))
        field->installEventFilter(this);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setObjectName(QStringLiteral("findShortcut"));
    connect(find, &QShortcut::activated, this, [this] {
        m_pattern->setFocus(Qt::ShortcutFocusReason);
        m_pattern->selectAll();
    });
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setObjectName(QStringLiteral("cancelShortcut"));
    m_cancelShortcut->setEnabled(false);
    connect(m_cancelShortcut, &QShortcut::activated, this, &MainWindow::cancelSearch);
    orderTabs();

    // The plate dictionary is built now, so the first search is as fast as the rest.
    if (auto index = m_search->buildIndex(); !index)
        showError(errorText(index.error()));

    resize(1280, 800);
    m_pattern->setFocus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_searchFields.contains(watched)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            if (auto* spin = qobject_cast<QAbstractSpinBox*>(watched))
                spin->interpretText(); // a date or number typed counts as entered
            runSearch();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::orderTabs()
{
    const QList<QWidget*> order{m_pattern, m_case,    m_purpose,  m_searchButton,
                                m_useFrom, m_from,    m_useTo,    m_to,
                                m_state,   m_misread, m_maxEdits, m_candidates,
                                m_note,    m_tabs,    m_enhance,  m_cancelButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

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
    if (auto policy = CasePolicy::load(*m_session)) {
        m_case->lineEdit()->setPlaceholderText(
            tr("Case no., e.g. %1").arg(policy->caseNumberExample()));
        for (const Purpose& p : policy->purposes())
            m_purpose->addItem(QStringLiteral("%1 — %2").arg(p.code, p.description), p.code);
    }

    m_misread = new QCheckBox(tr("Misread-tolerant"), bar);
    m_misread->setObjectName(QStringLiteral("misreadCheck"));
    m_misread->setToolTip(tr("Also match characters cameras confuse: 0/O/D/Q, 1/I, 2/Z, 5/S, "
                             "8/B, 6/G"));

    m_maxEdits = new QSpinBox(bar);
    m_maxEdits->setObjectName(QStringLiteral("maxEditsSpin"));
    m_maxEdits->setRange(0, 2);
    m_maxEdits->setPrefix(tr("Near misses: "));
    m_maxEdits->setToolTip(tr("For a whole plate: also find plates one or two characters off "
                              "(a character changed, added or missing)."));
    m_candidates = new QCheckBox(tr("Alternative readings"), bar);
    m_candidates->setObjectName(QStringLiteral("candidatesCheck"));
    m_candidates->setChecked(true);
    m_candidates->setToolTip(tr("Also match the camera's second guesses at a plate."));

    m_searchButton = new QPushButton(tr("Search"), bar);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &MainWindow::runSearch);

    row->addWidget(new QLabel(tr("Plate"), bar));
    row->addWidget(m_pattern, 2);
    row->addWidget(new QLabel(tr("Case"), bar));
    row->addWidget(m_case, 1);
    row->addWidget(new QLabel(tr("Purpose"), bar));
    row->addWidget(m_purpose, 2);
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

QWidget* MainWindow::buildFilterBar(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QDateTime now = QDateTime::currentDateTime();
    auto dateEdit = [bar](const char* name, const QDateTime& value) {
        auto* edit = new QDateTimeEdit(value, bar);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        // The note field takes the rest; the dates keep room for all their digits.
        edit->setMinimumWidth(edit->sizeHint().width() +
                              2 * edit->fontMetrics().averageCharWidth());
        edit->setEnabled(false);
        return edit;
    };
    m_useFrom = new QCheckBox(tr("From"), bar);
    m_useFrom->setObjectName(QStringLiteral("fromCheck"));
    m_from = dateEdit("fromEdit", now.addDays(-7));
    m_useTo = new QCheckBox(tr("To"), bar);
    m_useTo->setObjectName(QStringLiteral("toCheck"));
    m_to = dateEdit("toEdit", now);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_state = new QLineEdit(bar);
    m_state->setObjectName(QStringLiteral("stateEdit"));
    m_state->setPlaceholderText(tr("any"));
    m_state->setMaxLength(3);
    m_state->setMaximumWidth(60);
    row->addWidget(m_useFrom);
    row->addWidget(m_from);
    row->addWidget(m_useTo);
    row->addWidget(m_to);
    row->addWidget(new QLabel(tr("State"), bar));
    row->addWidget(m_state);
    row->addSpacing(12);
    // Matching options live here, where the search bar has room to spare.
    row->addWidget(m_misread);
    row->addWidget(m_maxEdits);
    row->addWidget(m_candidates);
    row->addSpacing(12);
    m_note = new QLineEdit(bar);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note for the record (optional)"));
    m_note->setToolTip(tr("Kept with the search in the access record. A note that holds a "
                          "Social Security number or a date of birth is refused."));
    m_note->setMaxLength(kMaxNoteLength);
    row->addWidget(m_note, 1);
    return bar;
}

bool MainWindow::isSearching() const
{
    return m_pending.has_value();
}

void MainWindow::setSearching(bool searching)
{
    m_searchButton->setEnabled(!searching);
    m_progress->setVisible(searching);
    m_cancelButton->setVisible(searching);
    m_cancelShortcut->setEnabled(searching);
}

void MainWindow::runSearch()
{
    if (isSearching())
        return;
    m_banner->hide();
    SearchRequest request;
    request.pattern = m_pattern->text();
    request.caseNumber = m_case->currentText().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.misread = m_misread->isChecked();
    request.maxEdits = m_maxEdits->value();
    request.candidates = m_candidates->isChecked();
    request.note = m_note->text().trimmed();
    if (m_useFrom->isChecked())
        request.filters.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        request.filters.to = m_to->dateTime().toUTC();
    request.filters.attributes.state = m_state->text().trimmed().toUpper();
    request.limit = 5000;

    auto prepared = m_search->prepare(request);
    if (!prepared) {
        showError(errorText(prepared.error()));
        m_status->setText(tr("Search refused."));
        return;
    }
    m_pending = std::move(prepared.value());
    m_cancelled = false;
    setSearching(true);
    m_status->setText(tr("Searching %1…").arg(m_pending->pattern.text()));
    const PreparedSearch* pending = &*m_pending;
    m_watcher->setFuture(QtConcurrent::run([pending] { return SearchService::run(*pending); }));
}

void MainWindow::cancelSearch()
{
    // The scan cannot be interrupted; its result is dropped unseen and unrecorded.
    m_cancelled = true;
    m_status->setText(tr("Cancelling…"));
}

void MainWindow::engineFinished()
{
    setSearching(false);
    EngineResult engine = m_watcher->result();
    PreparedSearch prepared = std::move(*m_pending);
    m_pending.reset();
    if (m_cancelled) {
        m_status->setText(tr("Search cancelled: nothing was shown or recorded."));
        return;
    }
    auto outcome = m_search->finish(prepared, std::move(engine));
    if (!outcome) {
        showError(errorText(outcome.error()));
        m_status->setText(tr("Search failed."));
        return;
    }
    m_searchId = outcome->searchId;
    const qint64 shown = outcome->hits.size();
    m_model->setHits(std::move(outcome->hits));
    m_results->sortByColumn(-1, Qt::AscendingOrder);
    if (shown > 0)
        m_results->resizeColumnsToContents();
    QString status =
        tr("%n read(s) match %1", nullptr, int(outcome->totalCount)).arg(outcome->pattern);
    if (shown < outcome->totalCount)
        status += tr(" (showing the first %1)").arg(shown);
    status += tr(" — %1 ms — search %2, case %3")
                  .arg(outcome->elapsedMs)
                  .arg(m_searchId)
                  .arg(prepared.request.caseNumber);
    m_status->setText(status);
    refreshRecentCases();
    // The search shows plates, states, times and places; no read is opened
    // until the user opens one.
    showNothingOpen(shown > 0 ? tr("Press Enter or click a read to open it.")
                              : tr("No read in this store matches %1.").arg(outcome->pattern));
}

void MainWindow::showNothingOpen(const QString& placeholder)
{
    m_openRead.reset();
    m_plateImage->setPlaceholder(placeholder);
    m_overviewImage->setPlaceholder(placeholder);
    m_details->setText(placeholder.toHtmlEscaped());
    m_sightings->clear();
}

void MainWindow::openRead(int sourceRow)
{
    const SearchHit* hit = m_model->hit(sourceRow);
    if (hit && openReadUnder(hit->read, m_searchId))
        showSightings(hit->read);
}

bool MainWindow::openReadUnder(const ReadRecord& read, qint64 searchId)
{
    const std::pair<qint64, qint64> key{searchId, read.id};
    if (m_openRead == key)
        return false; // a double-click on the open read shows nothing new
    // Opening a read is an access of its own (view-read), recorded once per
    // read and search; each image shown is recorded as it is shown.
    if (!m_openedReads.contains(key)) {
        auto opened = m_search->openRead(read.id, searchId);
        if (!opened) {
            showError(errorText(opened.error()));
            return false;
        }
        m_openedReads.insert(key);
    }
    m_openRead = key;
    showReadDetails(read, searchId);
    return true;
}

void MainWindow::showReadDetails(const ReadRecord& r, qint64 searchId)
{
    const QList<ImageKind> available = imageKindsOf(r.id);
    showImage(m_plateImage, r.id, searchId, available, {ImageKind::Plate}, m_enhance->isChecked());
    showImage(m_overviewImage, r.id, searchId, available, {ImageKind::Overview, ImageKind::Vehicle},
              false);

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
    rowHtml(tr("Read"), QString::number(r.id));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

QList<ImageKind> MainWindow::imageKindsOf(qint64 readId) const
{
    auto kinds = m_search->imageKinds(readId);
    return kinds ? kinds.value() : QList<ImageKind>();
}

void MainWindow::showImage(ImageView* view, qint64 readId, qint64 searchId,
                           const QList<ImageKind>& available,
                           std::initializer_list<ImageKind> kinds, bool enhance)
{
    for (ImageKind kind : kinds) {
        if (!available.contains(kind))
            continue;
        if (enhance) {
            auto enhanced = m_search->viewEnhancedImage(readId, kind, searchId);
            if (enhanced)
                view->setImage(enhanced.value());
            else
                view->setPlaceholder(enhanced.error().message);
            return;
        }
        auto bytes = m_search->viewImage(readId, kind, searchId);
        if (!bytes) {
            view->setPlaceholder(bytes.error().message);
            return;
        }
        auto image = decodeImage(bytes.value());
        if (image)
            view->setImage(image.value());
        else
            view->setPlaceholder(
                tr("The stored image cannot be shown: %1").arg(image.error().message));
        return;
    }
    view->setPlaceholder(tr("No image was stored with this read."));
}

void MainWindow::showSightings(const ReadRecord& r)
{
    // The plate's other sightings among the results.
    QString sightings;
    int count = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const SearchHit* other = m_model->hit(i);
        if (other->read.plate != r.plate)
            continue;
        if (++count <= 12)
            sightings += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                             .arg(other->read.capturedAt.toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                      .toHtmlEscaped(),
                                  other->read.cameraName.toHtmlEscaped());
    }
    m_sightings->setText(tr("<b>Sightings of %1 in these results: %2</b>").arg(r.plate).arg(count) +
                         QStringLiteral("<table cellspacing='0' cellpadding='2'>") + sightings +
                         QStringLiteral("</table>"));
}

} // namespace alpr::gui
