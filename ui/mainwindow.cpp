// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "mainwindow.h"
#include "displaynames.h"
#include "errortext.h"

#include "adminwindow.h"
#include "alertspanel.h"
#include "auditorwindow.h"
#include "canvasspanel.h"
#include "changepassworddialog.h"
#include "evidenceexportdialog.h"
#include "evidencepackagespage.h"
#include "evidenceverifydialog.h"
#include "flowlayout.h"
#include "focusframestyle.h"
#include "holdspage.h"
#include "idlelock.h"
#include "placeholddialog.h"
#include "readdetailpane.h"
#include "readtablemodel.h"
#include "releaserequestspage.h"
#include "resultsview.h"
#include "sentence.h"
#include "stalelistslabel.h"

#include "auth/session.h"
#include "cases/notescreen.h"
#include "hits/alerts.h"
#include "inquiry/changenotice.h"
#include "inquiry/searchservice.h"
#include "retention/legalholds.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace alpr::gui {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)),
      m_search(std::make_unique<SearchService>(*m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The department store's address (never its password), or the file's name.
    setWindowTitle(tr("ALPR Workstation — %1")
                       .arg(m_session->isDepartment()
                                ? m_session->storeLocation()
                                : QFileInfo(m_session->storeLocation()).fileName()));
    if (auto policy = CasePolicy::load(*m_session))
        m_policy = std::move(policy.value());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(buildSearchBar(central));
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
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("workTabs"));
    buildResults();
    if (m_session->can(Action::VerifyHit)) {
        // A dispatcher's first screen: the alerts, with the count of untaken ones in its title.
        m_alerts = new AlertsPanel(*m_session, m_tabs);
        m_tabs->insertTab(0, m_alerts, tr("Alerts"));
        m_tabs->setCurrentWidget(m_alerts);
        connect(m_alerts, &AlertsPanel::untakenCountChanged, this, &MainWindow::updateAlertsTab);
        updateAlertsTab(m_alerts->untakenCount());
    }
    m_detail = new ReadDetailPane(*m_search, splitter);
    connect(m_detail, &ReadDetailPane::failed, this, &MainWindow::showError);
    m_detail->showNothingOpen(tr("Press Enter or click a read to open it."));
    if (m_session->can(Action::Canvass)) {
        m_canvass = new CanvassPanel(*m_session, m_tabs);
        m_canvass->setObjectName(QStringLiteral("canvassPanel"));
        m_tabs->addTab(m_canvass, tr("Canvass"));
        // A sighting of the canvass is opened like a read of the results; the
        // results then highlight no row, so no row seems to be the one shown.
        connect(m_canvass, &CanvassPanel::readOpened, this,
                [this](const ReadRecord& read, qint64 searchId) {
                    if (m_detail->openRead(read, searchId, tr("canvass %1").arg(searchId)))
                        m_results->selectionModel()->clear();
                });
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) != m_canvass)
                return;
            m_canvass->setCase(m_case->currentText().trimmed(),
                               m_purpose->currentData().toString());
            // The highlighted read's place and time are in the results already.
            if (const SearchHit* hit = m_results->currentHit())
                m_canvass->startAround(hit->read);
        });
    }
    if (m_session->can(Action::Export)) {
        m_packages = new EvidencePackagesPage(*m_session, m_tabs);
        m_tabs->addTab(m_packages, tr("Evidence packages"));
    }
    if (m_session->can(Action::Export)) {
        m_holds = new HoldsPage(*m_session, false, m_tabs);
        m_tabs->addTab(m_holds, tr("Legal holds"));
        if (m_packages)
            connect(m_packages, &EvidencePackagesPage::holdPlaced, m_holds, &HoldsPage::refresh);
    }
    // Records staff log other agencies' requests for ALPR data, supervisors
    // decide them (administrators in their own window).
    if (m_session->can(Action::Export) ||
        (m_session->can(Action::ApproveReleases) &&
         !m_session->user().roles.contains(Role::Administrator))) {
        m_releases = new ReleaseRequestsPage(*m_session, false, m_tabs);
        m_tabs->addTab(m_releases, tr("Release requests"));
    }
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCount"));
    m_status->setMinimumWidth(1); // a long status is cut in the status bar, never widens it
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
                                    rolesLabel(user.roles), user.organization),
                           this);
    who->setObjectName(QStringLiteral("signedInAs"));
    // The member who entered a BOLO is told when it hits.
    if (m_session->can(Action::EnterHotListEntries)) {
        m_boloNotice = new QLabel(this);
        m_boloNotice->setObjectName(QStringLiteral("boloNotice"));
        m_boloNotice->setTextFormat(Qt::PlainText);
        m_boloNotice->setStyleSheet(QStringLiteral("QLabel { color: #0d47a1; }"));
        QFont bold = m_boloNotice->font(); // bold by font, so that the text is cut to what shows
        bold.setBold(true);
        m_boloNotice->setFont(bold);
        m_boloNotice->hide();
        statusBar()->addPermanentWidget(m_boloNotice);
    }
    // Hits on a list not downloaded in time may no longer be current: say which.
    if (StaleListsLabel::mayShow(*m_session))
        statusBar()->addPermanentWidget(new StaleListsLabel(*m_session, this));
    statusBar()->addPermanentWidget(who);
    m_status->setText(tr("Enter a plate pattern, a case number and a purpose, then Search."));

    buildMenus();
    // Hides the data after the idle minutes, and when the department
    // store's connection is lost until the user signs in again.
    m_lock = new IdleLock(*m_session, this);
    // A dispatcher who walks away does not keep alerts from the others. (A
    // lost connection cannot give them back: the server keeps them.)
    connect(m_lock, &IdleLock::lockedChanged, this, [this](bool locked) {
        if (locked && m_alerts && !m_lock->isConnectionLost())
            m_alerts->releaseMine(QStringLiteral("locked"));
        else if (!locked)
            storeChanged();
    });
    connect(m_lock, &IdleLock::reconnected, this, [this] {
        m_banner->hide(); // what failed said the connection was gone
        m_changes->reconnected();
    });
    if (m_alerts || m_packages || m_holds) {
        // The read pane belongs to the search; the queue, the packages and
        // the holds need the width.
        const auto showDetail = [this] {
            QWidget* current = m_tabs->currentWidget();
            m_detail->setVisible(
                !current || (current != m_alerts && current != m_packages && current != m_holds));
        };
        connect(m_tabs, &QTabWidget::currentChanged, this, showDetail);
        showDetail();
    }
    if (m_boloNotice)
        showBoloNotices(); // the hits of this user's BOLOs while they were away
    // Other workstations' changes: the store's version, polled.
    m_changes = new ChangeNotice(*m_session, this);
    m_changes->setObjectName(QStringLiteral("changeNotice"));
    connect(m_changes, &ChangeNotice::changed, this, &MainWindow::storeChanged);
    // A poll that failed because the connection is gone locks the window.
    connect(m_changes, &ChangeNotice::failed, this, [this](const QString& message) {
        if (!m_lock->checkConnection())
            showError(message);
    });
    m_changes->start(); // the version as of now: what changes after it is news

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

    // A refusal the search bar caused goes away once the search bar is right.
    connect(m_pattern, &QLineEdit::textChanged, this, &MainWindow::clearFixedRefusal);
    connect(m_case, &QComboBox::editTextChanged, this, &MainWindow::clearFixedRefusal);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &MainWindow::clearFixedRefusal);
    connect(m_note, &QLineEdit::textChanged, this, &MainWindow::clearFixedRefusal);
    connect(m_misread, &QCheckBox::toggled, this, &MainWindow::clearFixedRefusal);
    for (QCheckBox* use : {m_useFrom, m_useTo})
        connect(use, &QCheckBox::toggled, this, &MainWindow::clearFixedRefusal);
    for (QDateTimeEdit* edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &MainWindow::clearFixedRefusal);

    orderTabs();
    FocusFrameStyle::applyTo(this, FocusFrameStyle::shared());

    // The plate dictionary is built now, so the first search is as fast as the rest.
    if (auto index = m_search->buildIndex(); !index)
        showError(errorText(index.error()));

    // Never larger than the screen: a 1024 x 700 dispatcher's screen shows it whole.
    QSize size(1280, 800);
    if (const QScreen* shownOn = screen())
        size = size.boundedTo(shownOn->availableGeometry().size());
    resize(size);
    m_pattern->setFocus();
}

MainWindow::~MainWindow()
{
    releaseHolds();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    releaseHolds();
    QMainWindow::closeEvent(event);
}

void MainWindow::releaseHolds()
{
    if (m_holdsReleased || !m_alerts)
        return;
    m_holdsReleased = true;
    (void)m_alerts->alerts().releaseMine(QStringLiteral("signed-out"));
}

void MainWindow::storeChanged()
{
    // Behind the lock screen nothing is listed; the unlock catches up.
    if (m_lock && m_lock->isLocked())
        return;
    if (m_alerts)
        m_alerts->refresh();
    if (m_boloNotice)
        showBoloNotices();
    catchUpSearchIndex();
}

void MainWindow::catchUpSearchIndex()
{
    // The search index learns of the reads other processes stored, without
    // a rebuild; never under a running search, whose scan reads the index
    // on another thread: then when it ends.
    if (isSearching()) {
        m_catchUpPending = true;
        return;
    }
    m_catchUpPending = false;
    if (auto r = m_search->catchUpIndex(); !r)
        showError(errorText(r.error()));
}

void MainWindow::updateAlertsTab(int untaken)
{
    if (!m_alerts)
        return;
    const int index = m_tabs->indexOf(m_alerts);
    m_tabs->setTabText(index, untaken > 0 ? tr("Alerts (%1)").arg(untaken) : tr("Alerts"));
    m_tabs->setTabToolTip(index, tr("%n alert(s) nobody has taken", nullptr, untaken));
}

void MainWindow::showBoloNotices()
{
    Alerts alerts(*m_session);
    auto notices = alerts.boloNotices();
    if (!notices) {
        m_boloNotice->setText(tr("BOLO hits: cannot tell"));
        m_boloNotice->setToolTip(errorText(notices.error()));
        m_boloNotice->show();
        return;
    }
    if (notices->isEmpty())
        return;
    QList<qint64> shown;
    for (const HitRecord& h : notices.value()) {
        // The time before the camera: a long camera name is what the status bar cuts.
        const QDateTime at = h.capturedAt.toLocalTime();
        const QString when = at.date() == QDate::currentDate()
                                 ? at.time().toString(QStringLiteral("HH:mm"))
                                 : QLocale().toString(at, QLocale::ShortFormat);
        const QString listed = h.snapshot.value(QStringLiteral("plate")).toString();
        m_boloTexts.prepend(
            listed == h.readPlate
                ? tr("Your BOLO %1 hit at %2, camera %3").arg(listed, when, h.camera)
                : tr("Your BOLO %1 hit: %2 at %3, camera %4")
                      .arg(listed, h.readPlate, when, h.camera));
        shown << h.id;
    }
    // Beside the stale lists and the user's name on a 1024-pixel screen; the tooltip says them all.
    QString text = m_boloTexts.first();
    if (m_boloTexts.size() > 1)
        text += tr(" (and %n more)", nullptr, int(m_boloTexts.size() - 1));
    m_boloNotice->setText(m_boloNotice->fontMetrics().elidedText(text, Qt::ElideRight, 320));
    m_boloNotice->setToolTip(m_boloTexts.join(QLatin1Char('\n')));
    m_boloNotice->show();
    if (auto told = alerts.notify(shown); !told)
        showError(errorText(told.error()));
}

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
    QList<QWidget*> order{m_pattern,  m_case,       m_purpose, m_searchButton, m_useFrom,
                          m_from,     m_useTo,      m_to,      m_state,        m_misread,
                          m_maxEdits, m_candidates, m_note,    m_tabs,         m_results};
    order += m_detail->focusOrder();
    order << m_cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

QWidget* MainWindow::buildSearchBar(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_pattern = new QLineEdit(bar);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(tr("Plate: 7ABC123, 7AB*, *XYZ*, 7?B?12?"));
    m_pattern->setToolTip(tr("? is one character, * any run of characters, [AB8] one of a set. "
                             "Spaces and dashes are ignored."));
    m_pattern->setMinimumWidth(160);

    m_case = new QComboBox(bar);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(130);

    m_purpose = new QComboBox(bar);
    m_purpose->setObjectName(QStringLiteral("purposeCombo"));
    // The purposes' descriptions are long: the list opens wide, the box stays narrow.
    m_purpose->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_purpose->setMinimumContentsLength(22);
    m_purpose->addItem(tr("— choose a purpose —"), QString());
    if (m_policy) {
        m_case->lineEdit()->setPlaceholderText(
            tr("Case no., e.g. %1").arg(m_policy->caseNumberExample()));
        for (const Purpose& p : m_policy->purposes()) {
            const QString text =
                QStringLiteral("%1 — %2").arg(p.code, purposeDescriptionLabel(p.description));
            m_purpose->addItem(text, p.code);
            m_purpose->setItemData(m_purpose->count() - 1, text, Qt::ToolTipRole);
        }
    }

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
    refreshRecentCases();
    return bar;
}

void MainWindow::refreshRecentCases()
{
    const QString current = m_case->currentText();
    const QSignalBlocker quiet(m_case);
    m_case->clear();
    if (auto recent = m_search->recentCases(10))
        m_case->addItems(recent.value());
    m_case->setEditText(current);
}

QWidget* MainWindow::buildFilterBar(QWidget* parent)
{
    // The filters and the matching options wrap onto a second line when the
    // window is narrow; each label stays with its field.
    auto* bar = new QWidget(parent);
    auto* flow = new FlowLayout(bar);
    flow->setContentsMargins(0, 0, 0, 0);
    auto group = [bar](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(bar);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets) {
            w->setParent(box);
            row->addWidget(w);
        }
        return box;
    };
    const QDateTime now = QDateTime::currentDateTime();
    auto dateEdit = [bar](const char* name, const QDateTime& value) {
        auto* edit = new QDateTimeEdit(value, bar);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        // Room for all the digits.
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
    m_state->setFixedWidth(m_state->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);

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

    m_note = new QLineEdit(bar);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note for the record (optional)"));
    m_note->setToolTip(tr("Kept with the search in the access record. A note that holds a "
                          "Social Security number or a date of birth is refused."));
    m_note->setMaxLength(kMaxNoteLength);
    m_note->setMinimumWidth(220);

    flow->addWidget(group({m_useFrom, m_from}));
    flow->addWidget(group({m_useTo, m_to}));
    flow->addWidget(group({new QLabel(tr("State"), bar), m_state}));
    flow->addWidget(group({m_misread, m_maxEdits, m_candidates}));
    flow->addStretchingWidget(m_note);
    return bar;
}

void MainWindow::buildResults()
{
    m_results = new ResultsView(m_tabs);
    connect(m_results, &ResultsView::openRequested, this, &MainWindow::openRead);
    connect(m_results, &ResultsView::menuAboutToShow, this, &MainWindow::addCaseActions);
    connect(m_results, &ResultsView::copied, this,
            [this](int rows) { m_status->setText(tr("%n row(s) copied.", nullptr, rows)); });
    m_tabs->addTab(m_results, tr("Search results"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Sign out and &quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_results->copyAction());
    QMenu* evidence = menuBar()->addMenu(tr("E&vidence"));
    if (m_session->can(Action::Export)) {
        m_exportAction =
            evidence->addAction(tr("&Export evidence…"), this, &MainWindow::exportSelected);
        m_exportAction->setObjectName(QStringLiteral("exportEvidenceAction"));
        m_exportAction->setToolTip(
            tr("The chosen results as a signed evidence package on a medium"));
        m_exportAction->setEnabled(false);
        connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] { m_exportAction->setEnabled(!m_results->selectedSourceRows().isEmpty()); });
    }
    if (PlaceHoldDialog::mayPlace(*m_session)) {
        m_holdAction =
            evidence->addAction(tr("Place legal &hold…"), this, &MainWindow::placeHoldOnResults);
        m_holdAction->setObjectName(QStringLiteral("placeHoldAction"));
        m_holdAction->setToolTip(
            tr("Keep the chosen results (or all of them) from the purge: evidence, a discovery "
               "request, a preservation letter or litigation"));
        m_holdAction->setEnabled(false);
    }
    QAction* verify = evidence->addAction(tr("&Verify evidence package…"), this, [this] {
        // A package is checked on its own, and against the agency's keys.
        auto* dialog = new EvidenceVerifyDialog(m_session.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    verify->setObjectName(QStringLiteral("verifyEvidenceAction"));
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Change &password…"), this,
                       [this] { ChangePasswordDialog(*m_session, this).exec(); });
    QAction* admin = account->addAction(tr("&Administration…"), this,
                                        [this] { AdminWindow::showFor(*m_session, this); });
    admin->setEnabled(m_session->can(Action::ManageUsers));
    QMenu* audit = menuBar()->addMenu(tr("A&udit"));
    QAction* console = audit->addAction(tr("&Auditor's console…"), this,
                                        [this] { AuditorWindow::showFor(*m_session, this); });
    console->setObjectName(QStringLiteral("auditorConsoleAction"));
    console->setEnabled(m_session->can(Action::ReadAudit) ||
                        m_session->can(Action::ChangeSettings));
    QAction* caseHistory = audit->addAction(tr("&Case history…"), this, [this] {
        auto* window = AuditorWindow::showFor(*m_session, this);
        if (!m_case->currentText().trimmed().isEmpty())
            window->showCase(m_case->currentText());
    });
    caseHistory->setObjectName(QStringLiteral("caseHistoryAction"));
    caseHistory->setToolTip(tr("Everything done under the case in the search bar"));
}

void MainWindow::showError(const QString& message)
{
    m_refusalFixable = false;
    m_banner->setText(asSentence(message));
    m_banner->show();
}

void MainWindow::showRefusal(const QString& message)
{
    showError(message);
    m_refusalFixable = !searchBarProblem().isEmpty();
}

QString MainWindow::searchBarProblem() const
{
    if (m_policy) {
        if (auto r = m_policy->check(m_case->currentText().trimmed(),
                                     m_purpose->currentData().toString());
            !r)
            return r.error().message;
    }
    if (auto r = PlatePattern::compile(m_pattern->text()); !r)
        return r.error().message;
    if (auto r = screenNote(m_note->text().trimmed(), QDate::currentDate()); !r)
        return r.error().message;
    if (m_useFrom->isChecked() && m_useTo->isChecked() && m_from->dateTime() >= m_to->dateTime())
        return tr("The time range is empty.");
    return {};
}

void MainWindow::clearFixedRefusal()
{
    if (m_refusalFixable && m_banner->isVisible() && searchBarProblem().isEmpty()) {
        m_banner->hide();
        m_refusalFixable = false;
    }
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

    if (m_session->isDepartment()) {
        // The server matches and records in one call, on this thread (the
        // connection belongs to it); at a department's scale it answers in
        // milliseconds (see the README).
        m_status->setText(tr("Searching %1…").arg(request.pattern));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto outcome = m_search->search(request);
        QApplication::restoreOverrideCursor();
        if (!outcome && (outcome.error().code == ErrorCode::Denied ||
                         outcome.error().code == ErrorCode::Invalid)) {
            showRefusal(outcome.error().message);
            m_status->setText(tr("Search refused."));
            return;
        }
        showOutcome(request, std::move(outcome));
        return;
    }
    auto prepared = m_search->prepare(request);
    if (!prepared) {
        showRefusal(prepared.error().message);
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
    // The scan is over: once its results are shown, the index takes the
    // reads stored meanwhile.
    if (m_catchUpPending)
        QTimer::singleShot(0, this, &MainWindow::catchUpSearchIndex);
    if (m_cancelled) {
        m_status->setText(tr("Search cancelled: nothing was shown or recorded."));
        return;
    }
    showOutcome(prepared.request, m_search->finish(prepared, std::move(engine)));
}

void MainWindow::showOutcome(const SearchRequest& request, Result<SearchOutcome> outcome)
{
    if (!outcome) {
        showError(errorText(outcome.error()));
        m_status->setText(tr("Search failed."));
        return;
    }
    m_searchId = outcome->searchId;
    m_resultsCase = request.caseNumber;
    m_resultsPurpose = request.purpose;
    const qint64 shown = outcome->hits.size();
    m_results->setHits(std::move(outcome->hits));
    markHeldReads();
    if (m_holdAction)
        m_holdAction->setEnabled(shown > 0);
    if (m_exportAction)
        m_exportAction->setEnabled(!m_results->selectedSourceRows().isEmpty());
    QString status =
        tr("%n read(s) match %1", nullptr, int(outcome->totalCount)).arg(outcome->pattern);
    if (shown < outcome->totalCount)
        status += tr(" (showing the first %1)").arg(shown);
    status += tr(" — %1 ms — search %2, case %3")
                  .arg(outcome->elapsedMs)
                  .arg(m_searchId)
                  .arg(request.caseNumber);
    m_status->setText(status);
    refreshRecentCases();
    // The search shows plates, states, times and places; no read is opened
    // until the user opens one.
    m_detail->showNothingOpen(shown > 0
                                  ? tr("Press Enter or click a read to open it.")
                                  : tr("No read in this store matches %1.").arg(outcome->pattern));
}

void MainWindow::openRead(int sourceRow)
{
    const ReadTableModel& hits = m_results->hits();
    const SearchHit* hit = hits.hit(sourceRow);
    if (!hit || !m_detail->openRead(hit->read, m_searchId, tr("search %1").arg(m_searchId)))
        return;
    if (m_canvass)
        m_canvass->clearOpened();
    // The plate's other sightings among the results, marked as the results are.
    QList<ReadRecord> sightings;
    QSet<qint64> held;
    for (int i = 0; i < hits.rowCount(); ++i)
        if (const SearchHit* other = hits.hit(i); other->read.plate == hit->read.plate) {
            sightings << other->read;
            if (hits.isHeld(i))
                held << other->read.id;
        }
    m_detail->showSightings(hit->read.plate, sightings, held);
}

void MainWindow::addCaseActions(QMenu* menu, const QList<int>& sourceRows)
{
    // Each only when m_session->can(...) allows it (the action exists then).
    if (sourceRows.isEmpty() || (!m_exportAction && !m_holdAction))
        return;
    menu->addSeparator();
    if (m_exportAction)
        menu->addAction(m_exportAction);
    if (m_holdAction)
        menu->addAction(m_holdAction);
}

void MainWindow::markHeldReads()
{
    // One question for the whole list; a refusal or failure marks nothing.
    const ReadTableModel& hits = m_results->hits();
    std::vector<qint64> ids;
    ids.reserve(size_t(hits.rowCount()));
    for (int row = 0; row < hits.rowCount(); ++row)
        ids.push_back(hits.hit(row)->read.id);
    if (ids.empty())
        return;
    if (auto held = LegalHolds(*m_session).held(ids))
        m_results->setHeld(std::move(held.value()));
}

void MainWindow::placeHoldOnResults()
{
    if (!PlaceHoldDialog::mayPlace(*m_session))
        return;
    const ReadTableModel& hits = m_results->hits();
    QList<int> rows = m_results->selectedSourceRows();
    const bool all = rows.isEmpty();
    if (all)
        for (int row = 0; row < hits.rowCount(); ++row)
            rows << row;
    HoldSelection selection;
    selection.searchId = m_searchId;
    for (int row : std::as_const(rows))
        if (const SearchHit* hit = hits.hit(row))
            selection.readIds << hit->read.id;
    if (selection.readIds.isEmpty())
        return;
    const QString what =
        all ? tr("all %n result(s) of search %1", nullptr, int(selection.readIds.size()))
                  .arg(m_searchId)
            : tr("%n chosen result(s) of search %1", nullptr, int(selection.readIds.size()))
                  .arg(m_searchId);
    PlaceHoldDialog dialog(*m_session, selection, what, this);
    dialog.setCaseNumber(m_resultsCase);
    if (dialog.exec() != QDialog::Accepted || !dialog.placed())
        return;
    markHeldReads();
    if (m_holds)
        m_holds->refresh();
    m_status->setText(
        tr("Legal hold %1 keeps %n read(s).", nullptr, int(dialog.placed()->readCount))
            .arg(dialog.placed()->id));
}

void MainWindow::exportSelected()
{
    if (!m_session->can(Action::Export))
        return;
    EvidenceRequest request;
    request.caseNumber = m_resultsCase;
    request.purpose = m_resultsPurpose;
    request.searchId = m_searchId;
    for (int row : m_results->selectedSourceRows())
        if (const SearchHit* hit = m_results->hits().hit(row))
            request.readIds << hit->read.id;
    if (request.readIds.isEmpty())
        return;
    EvidenceExportDialog dialog(*m_session, request, this);
    dialog.exec();
    if (dialog.exported() && m_packages)
        m_packages->refresh();
}

} // namespace alpr::gui
