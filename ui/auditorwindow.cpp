// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditorwindow.h"
#include "namedwidgets.h"

#include "auditing/auditexport.h"
#include "auditing/auditmemo.h"
#include "auth/session.h"
#include "cases/caseview.h"
#include "cases/purposes.h"
#include "common/clock.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor kBad(0xb0, 0x00, 0x20);
const QColor kGood(0x1b, 0x5e, 0x20);

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QTableView* makeTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setResizeContentsPrecision(200);
    return t;
}

void setupTableWidget(QTableWidget* t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
}

// Fits the columns to their contents, but leaves the stretching last one and
// keeps any column from taking more than `cap` pixels.
void fitColumns(QTableView* table, int cap)
{
    table->resizeColumnsToContents();
    const int last = table->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c) + 12, cap));
}

QString scalarText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? u"yes"_s : u"no"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return u"[%1]"_s.arg(v.toArray().size());
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return u"-"_s;
    }
}

// What a search or canvass looked for, and how many it found.
QString querySummary(const QJsonObject& details)
{
    const QJsonObject query = details.value(u"query"_s).toObject();
    QString text;
    if (query.contains(u"pattern"_s)) {
        text = query.value(u"pattern"_s).toString();
        QStringList flags;
        if (query.value(u"misread"_s).toBool())
            flags << AuditorWindow::tr("misread");
        if (const int edits = query.value(u"max_edits"_s).toInt(); edits > 0)
            flags << AuditorWindow::tr("%1 edits").arg(edits);
        const QJsonObject filters = query.value(u"filters"_s).toObject();
        for (auto it = filters.begin(); it != filters.end(); ++it)
            flags << u"%1 %2"_s.arg(it.key(), scalarText(it.value()));
        if (!flags.isEmpty())
            text += u" ("_s + flags.join(u", "_s) + u')';
    } else if (query.contains(u"windows"_s)) {
        text = AuditorWindow::tr("canvass of %1 windows, in at least %2")
                   .arg(query.value(u"windows"_s).toArray().size())
                   .arg(query.value(u"min_windows"_s).toInt());
    }
    if (details.contains(u"result_count"_s))
        text += AuditorWindow::tr(" → %1 found").arg(details.value(u"result_count"_s).toInteger());
    return text;
}

// One line for the details column: the reason of a refusal first, then the
// query, then the rest that is not a column of its own.
QString detailsSummary(const AuditEvent& e)
{
    static const QStringList shown = {
        u"case"_s,         u"purpose"_s, u"organization"_s,      u"query"_s,
        u"result_count"_s, u"reason"_s,  u"normalized_pattern"_s};
    const QJsonObject& d = e.details;
    QStringList parts;
    if (d.contains(u"reason"_s))
        parts << d.value(u"reason"_s).toString();
    if (const QString q = querySummary(d); !q.isEmpty())
        parts << q;
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!shown.contains(it.key()))
            parts << u"%1: %2"_s.arg(it.key(), scalarText(it.value()));
    }
    QString text = parts.join(u"; "_s);
    if (text.size() > 200)
        text = text.left(199) + u'…';
    return text;
}

QString indentedJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QStringList checkProblems(const AutomaticChecks& c)
{
    QStringList p;
    if (!c.caseFormatValid)
        p << AuditorWindow::tr("case format");
    else if (!c.caseOnRecord)
        p << AuditorWindow::tr("case not on record");
    if (!c.purposeListed)
        p << AuditorWindow::tr("purpose not listed");
    else if (!c.purposeActive)
        p << AuditorWindow::tr("purpose retired");
    if (!c.dataErrors.isEmpty())
        p << AuditorWindow::tr("data errors: %1").arg(c.dataErrors.size());
    return p;
}

void setYesNo(QLabel* label, bool yes)
{
    label->setText(yes ? AuditorWindow::tr("Yes") : AuditorWindow::tr("No"));
    label->setStyleSheet(yes ? u"color: #1b5e20;"_s : u"color: #b00020; font-weight: bold;"_s);
}

// Unanswered / yes / no, as the worksheet's questions take them.
QComboBox* makeTriCombo(const QString& name, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(AuditorWindow::tr("— unanswered —"), -1);
    c->addItem(AuditorWindow::tr("Yes"), 1);
    c->addItem(AuditorWindow::tr("No"), 0);
    return c;
}

void setTri(QComboBox* c, const std::optional<bool>& v)
{
    c->setCurrentIndex(c->findData(v ? (*v ? 1 : 0) : -1));
}

std::optional<bool> triOf(const QComboBox* c)
{
    const int v = c->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

} // namespace

// ---------------------------------------------------------------- AuditEventModel

AuditEventModel::AuditEventModel(QObject* parent) : QAbstractTableModel(parent) {}
AuditEventModel::~AuditEventModel() = default;

void AuditEventModel::setEvents(QList<AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const AuditEvent* AuditEventModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    const AuditEvent* e = event(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return e->seq;
        case Time:
            return localTime(e->at);
        case User:
            return e->username;
        case Action:
            return e->action;
        case Object:
            return e->object;
        case Case:
            return e->details.value(u"case"_s).toString();
        case Purpose:
            return e->details.value(u"purpose"_s).toString();
        case Outcome:
            return e->outcome;
        case Details:
            return detailsSummary(*e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return tr("%1 UTC").arg(e->at.toUTC().toString(Qt::ISODateWithMs));
        if (index.column() == Details || index.column() == Object)
            return QString::fromUtf8(QJsonDocument(e->details).toJson(QJsonDocument::Compact))
                .left(2000);
    }
    if (role == Qt::ForegroundRole && e->outcome != QLatin1String("success"))
        return kBad;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Seq");
    case Time:
        return tr("Time (local)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Case:
        return tr("Case");
    case Purpose:
        return tr("Purpose");
    case Outcome:
        return tr("Outcome");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- SampleItemModel

SampleItemModel::SampleItemModel(QObject* parent) : QAbstractTableModel(parent) {}
SampleItemModel::~SampleItemModel() = default;

void SampleItemModel::setItems(QList<SampleItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const SampleItem* SampleItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int SampleItemModel::rowOfItem(int item) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].item == item)
            return row;
    return -1;
}

int SampleItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SampleItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleItemModel::data(const QModelIndex& index, int role) const
{
    const SampleItem* it = item(index.row());
    if (!it)
        return {};
    const AuditEvent& e = it->event;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item:
            return it->item;
        case Event:
            return e.seq;
        case Time:
            return localTime(e.at);
        case User:
            return e.username;
        case Action:
            return e.action;
        case Case:
            return e.details.value(u"case"_s).toString();
        case Purpose:
            return e.details.value(u"purpose"_s).toString();
        case Query: {
            const QString q = querySummary(e.details);
            return q.isEmpty() ? detailsSummary(e) : q;
        }
        case Checks: {
            const QStringList p = checkProblems(it->checks);
            return p.isEmpty() ? tr("all pass") : p.join(u", "_s);
        }
        case Finding:
            return it->worksheet.finding ? findingTitle(*it->worksheet.finding)
                                         : tr("not reviewed");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Checks)
            return checkProblems(it->checks).isEmpty() ? kGood : kBad;
        if (index.column() == Finding && it->worksheet.finding)
            return *it->worksheet.finding == alpr::Finding::Complies ? kGood : kBad;
    }
    if (role == Qt::ToolTipRole && index.column() == Checks && !it->checks.dataErrors.isEmpty())
        return it->checks.dataErrors.join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == Query)
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))
            .left(2000);
    if (role == Qt::TextAlignmentRole && (index.column() == Item || index.column() == Event))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SampleItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Event:
        return tr("Event");
    case Time:
        return tr("Time (local)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Case:
        return tr("Case");
    case Purpose:
        return tr("Purpose");
    case Query:
        return tr("Query");
    case Checks:
        return tr("Checks");
    case Finding:
        return tr("Finding");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- AuditorWindow

AuditorWindow::AuditorWindow(Session& session, QWidget* parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(u"auditorWindow"_s);
    setWindowTitle(tr("Audit — %1")
                       .arg(session.user().fullName.isEmpty() ? session.user().username
                                                              : session.user().fullName));
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"auditorTabs"_s);
    m_tabs->addTab(buildTrailTab(), tr("Trail"));
    m_tabs->addTab(buildSamplesTab(), tr("Samples"));
    m_tabs->addTab(buildCaseTab(), tr("Case"));
    const int purposesIndex = m_tabs->addTab(buildPurposesTab(), tr("Purposes"));
    if (!m_session.can(Action::ChangeSettings)) {
        m_tabs->setTabEnabled(purposesIndex, false);
        m_tabs->setTabToolTip(purposesIndex,
                              tr("Only an administrator (change-settings) maintains the "
                                 "list of purposes."));
    }

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (!m_session.can(Action::ReadAudit)) {
        auto* banner = namedLabel(u"auditorNoAccess"_s, central);
        const QString why = m_session.trainingProblem();
        banner->setText(why.isEmpty()
                            ? tr("Your account may not read the audit trail (read-audit). "
                                 "You can look up the cases you searched under.")
                            : tr("The audit trail is closed to you: %1").arg(why));
        banner->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        layout->addWidget(banner);
        // The case view stays open: showCase() lets a user see a case they
        // searched under.
        m_tabs->setTabEnabled(0, false);
        m_tabs->setTabEnabled(1, false);
        m_tabs->setCurrentIndex(2);
    }
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    resize(1280, 800);

    fillPurposeCombo();
    refreshPurposes();
    if (m_session.can(Action::ReadAudit)) {
        applyFilter();
        refreshSamples();
    } else if (m_session.can(Action::ChangeSettings)) {
        m_tabs->setCurrentIndex(purposesIndex);
    }
}

AuditorWindow::~AuditorWindow() = default;

void AuditorWindow::setMessage(QLabel* label, bool ok, const QString& text)
{
    label->setStyleSheet(ok ? QString() : u"color: #b00020;"_s);
    label->setText(text);
}

QString AuditorWindow::defaultPeriod(SampleKind kind, const QDateTime& now)
{
    const QDate d = now.toUTC().date();
    int year = d.year();
    if (kind == SampleKind::Searches) {
        int half = d.month() <= 6 ? 1 : 2;
        if (half == 1) {
            --year;
            half = 2;
        } else {
            half = 1;
        }
        return u"%1-H%2"_s.arg(year).arg(half);
    }
    int quarter = (d.month() - 1) / 3 + 1;
    if (quarter == 1) {
        --year;
        quarter = 4;
    } else {
        --quarter;
    }
    return u"%1-Q%2"_s.arg(year).arg(quarter);
}

// ---------------------------------------------------------------- Trail

QWidget* AuditorWindow::buildTrailTab()
{
    auto* tab = new QWidget;
    tab->setObjectName(u"trailTab"_s);

    m_user = namedEdit(u"trailUser"_s, tab);
    m_user->setPlaceholderText(tr("user name"));
    m_case = namedEdit(u"trailCase"_s, tab);
    m_case->setPlaceholderText(tr("case number"));
    m_plate = namedEdit(u"trailPlate"_s, tab);
    m_plate->setPlaceholderText(tr("plate or pattern"));
    m_plate->setToolTip(tr("Reads and images of this plate opened, and searches whose pattern "
                           "matches it"));
    m_purpose = new QComboBox(tab);
    m_purpose->setObjectName(u"trailPurpose"_s);
    m_purpose->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_action = new QComboBox(tab);
    m_action->setObjectName(u"trailAction"_s);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->setToolTip(tr("One action, or several separated by commas"));
    m_action->addItem(tr("any"));
    for (const QString& a :
         {u"search,canvass"_s, u"search"_s,       u"canvass"_s,       u"view-read"_s,
          u"view-image"_s,     u"export"_s,       u"sign-in"_s,       u"sign-out"_s,
          u"screen-lock"_s,    u"import"_s,       u"case-view"_s,     u"audit-list"_s,
          u"audit-export"_s,   u"audit-sample"_s, u"audit-finding"_s, u"audit-memo"_s,
          u"purpose-saved"_s,  u"user-added"_s,   u"roles-changed"_s, u"password-changed"_s})
        m_action->addItem(a);
    m_action->setMinimumContentsLength(14);

    m_outcome = new QComboBox(tab);
    m_outcome->setObjectName(u"trailOutcome"_s);
    m_outcome->addItem(tr("any"), QString());
    for (const QString& o : {u"success"_s, u"refused"_s, u"failure"_s, u"invalid"_s, u"locked"_s})
        m_outcome->addItem(o, o);

    const QDateTime now = m_session.clock().now().toUTC();
    auto makeTime = [&](const QString& name, const QDateTime& value) {
        auto* e = new QDateTimeEdit(tab);
        e->setObjectName(name);
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        e->setCalendarPopup(true);
        e->setDateTime(value);
        e->setEnabled(false);
        return e;
    };
    m_fromCheck = new QCheckBox(tr("From"), tab);
    m_fromCheck->setObjectName(u"trailFromCheck"_s);
    m_from = makeTime(u"trailFrom"_s, QDateTime(now.date().addDays(-30), QTime(0, 0), Qt::UTC));
    m_toCheck = new QCheckBox(tr("To"), tab);
    m_toCheck->setObjectName(u"trailToCheck"_s);
    m_toCheck->setToolTip(tr("Up to, not including, this time"));
    m_to = makeTime(u"trailTo"_s, QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC));
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_limit = new QSpinBox(tab);
    m_limit->setObjectName(u"trailLimit"_s);
    m_limit->setRange(0, 1000000);
    m_limit->setSingleStep(1000);
    m_limit->setValue(5000);
    m_limit->setSpecialValueText(tr("all"));
    m_limit->setToolTip(tr("The newest events the filter selects; 0 for all"));

    auto* apply = namedButton(tr("Apply"), u"trailApplyButton"_s, tab);
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, [this] { applyFilter(); });
    for (QLineEdit* e : {m_user, m_case, m_plate})
        connect(e, &QLineEdit::returnPressed, this, [this] { applyFilter(); });
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, [this] { applyFilter(); });

    auto* filters = new QGroupBox(tr("Filter"), tab);
    filters->setObjectName(u"trailFilterBox"_s);
    auto* grid = new QGridLayout(filters);
    auto addPair = [&](int row, int col, QWidget* label, QWidget* field) {
        grid->addWidget(label, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    auto label = [&](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, filters);
        l->setBuddy(buddy);
        return l;
    };
    addPair(0, 0, label(tr("&User"), m_user), m_user);
    addPair(0, 1, label(tr("&Case"), m_case), m_case);
    addPair(0, 2, label(tr("P&late"), m_plate), m_plate);
    addPair(0, 3, label(tr("&Purpose"), m_purpose), m_purpose);
    addPair(1, 0, label(tr("&Action"), m_action), m_action);
    addPair(1, 1, label(tr("&Outcome"), m_outcome), m_outcome);
    addPair(1, 2, m_fromCheck, m_from);
    addPair(1, 3, m_toCheck, m_to);
    addPair(0, 4, label(tr("Newest"), m_limit), m_limit);
    grid->addWidget(apply, 1, 9);
    for (int c = 1; c < 10; c += 2)
        grid->setColumnStretch(c, 1);

    m_trailModel = new AuditEventModel(this);
    m_trailTable = makeTable(u"trailTable"_s, m_trailModel, tab);
    connect(m_trailTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { trailSelectionChanged(); });
    connect(m_trailTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const AuditEvent* e = m_trailModel->event(index.row());
        const QString number = e ? e->details.value(u"case"_s).toString() : QString();
        if (!number.isEmpty() && showCase(number))
            m_tabs->setCurrentIndex(2);
    });

    // The selected event: its hashes and the whole record.
    auto* detailBox = new QGroupBox(tr("Selected event"), tab);
    detailBox->setObjectName(u"trailDetailBox"_s);
    m_trailHash = namedLabel(u"trailHash"_s, detailBox, false);
    m_trailPrevHash = namedLabel(u"trailPrevHash"_s, detailBox, false);
    m_trailHash->setFont(fixedFont());
    m_trailPrevHash->setFont(fixedFont());
    m_trailDetails = new QPlainTextEdit(detailBox);
    m_trailDetails->setObjectName(u"trailDetails"_s);
    m_trailDetails->setReadOnly(true);
    m_trailDetails->setFont(fixedFont());
    m_trailDetails->setPlaceholderText(tr("Select an event to see its whole record."));
    auto* hashes = new QFormLayout;
    hashes->addRow(tr("Hash:"), m_trailHash);
    hashes->addRow(tr("Previous hash:"), m_trailPrevHash);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addLayout(hashes);
    detailLayout->addWidget(m_trailDetails, 1);

    auto* split = new QSplitter(Qt::Vertical, tab);
    split->setObjectName(u"trailSplitter"_s);
    split->addWidget(m_trailTable);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_trailCount = namedLabel(u"trailCount"_s, tab, false);
    auto* exportButton = namedButton(tr("Export CSV…"), u"trailExportButton"_s, tab);
    exportButton->setToolTip(tr("Writes the events listed as CSV (recorded as an audit export)"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsvClicked(); });
    auto* verifyButton = namedButton(tr("Verify trail"), u"verifyTrailButton"_s, tab);
    verifyButton->setToolTip(tr("Checks the hash chain of the whole trail"));
    connect(verifyButton, &QPushButton::clicked, this, [this] { verifyTrail(); });
    m_verifyResult = namedLabel(u"trailVerifyResult"_s, tab);
    m_trailMessage = namedLabel(u"trailMessage"_s, tab);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_trailCount);
    actions->addStretch(1);
    actions->addWidget(exportButton);
    actions->addWidget(verifyButton);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_trailMessage);
    return tab;
}

void AuditorWindow::fillPurposeCombo()
{
    const QString current = m_purpose->currentData().toString();
    QSignalBlocker block(m_purpose);
    m_purpose->clear();
    m_purpose->addItem(tr("any"), QString());
    if (auto list = listPurposes(m_session)) {
        for (const Purpose& p : list.value())
            m_purpose->addItem(p.active ? p.code : tr("%1 (retired)").arg(p.code), p.code);
    }
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(current)));
}

AuditFilter AuditorWindow::currentFilter() const
{
    AuditFilter f;
    f.username = m_user->text().trimmed();
    f.caseNumber = m_case->text().trimmed();
    f.plate = m_plate->text().trimmed();
    f.purpose = m_purpose->currentData().toString();
    QString action = m_action->currentText().trimmed();
    if (action == tr("any"))
        action.clear();
    QStringList actions = action.split(u',', Qt::SkipEmptyParts);
    for (QString& a : actions)
        a = a.trimmed();
    f.action = actions.join(u',');
    f.outcome = m_outcome->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_toCheck->isChecked())
        f.to = m_to->dateTime().toUTC();
    f.limit = m_limit->value();
    return f;
}

bool AuditorWindow::applyFilter()
{
    const AuditFilter filter = currentFilter();
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to) {
        setMessage(m_trailMessage, false,
                   tr("The time range is empty: \"from\" is not before \"to\"."));
        return false;
    }
    auto listed = listAuditEvents(m_session, filter);
    if (!listed) {
        setMessage(m_trailMessage, false, listed.error().message);
        return false;
    }
    m_listedFilter = filter;
    const qsizetype n = listed->size();
    m_trailModel->setEvents(std::move(listed.value()));
    fitColumns(m_trailTable, 240);
    if (filter.limit > 0 && n >= filter.limit)
        m_trailCount->setText(tr("The newest %1 events the filter selects; there may be older "
                                 "ones (raise \"Newest\" or narrow the filter).")
                                  .arg(n));
    else
        m_trailCount->setText(tr("Events listed: %1").arg(n));
    setMessage(m_trailMessage, true, QString());
    trailSelectionChanged();
    return true;
}

void AuditorWindow::trailSelectionChanged()
{
    const AuditEvent* e = m_trailModel->event(m_trailTable->currentIndex().row());
    if (!e) {
        m_trailHash->clear();
        m_trailPrevHash->clear();
        m_trailDetails->clear();
        return;
    }
    m_trailHash->setText(e->hash);
    m_trailPrevHash->setText(e->prevHash);
    QString text =
        tr("Event %1 at %2 (%3 UTC), workstation %4\n")
            .arg(e->seq)
            .arg(localTime(e->at), e->at.toUTC().toString(Qt::ISODateWithMs), e->workstation);
    m_trailDetails->setPlainText(text + indentedJson(e->details));
}

void AuditorWindow::exportCsvClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit events as CSV"), u"audit-trail.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AuditorWindow::exportCsv(const QString& path)
{
    const auto& events = m_trailModel->events();
    if (auto r = exportAuditCsv(m_session, m_listedFilter, events, path); !r) {
        setMessage(m_trailMessage, false, r.error().message);
        return false;
    }
    setMessage(
        m_trailMessage, true,
        tr("Events exported: %1, to %2.").arg(events.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AuditorWindow::verifyTrail()
{
    auto v = verifyAuditTrail(m_session);
    if (!v) {
        setMessage(m_verifyResult, false, v.error().message);
        return false;
    }
    if (v->intact)
        setMessage(m_verifyResult, true,
                   tr("The trail is intact: %1 events, latest hash %2 (checked %3).")
                       .arg(v->events)
                       .arg(v->headHash, localTime(m_session.clock().now())));
    else
        setMessage(m_verifyResult, false,
                   tr("The trail is BROKEN at event %1: %2. %3 events, latest hash %4.")
                       .arg(v->firstBadSeq)
                       .arg(v->problem)
                       .arg(v->events)
                       .arg(v->headHash));
    return v->intact;
}

// ---------------------------------------------------------------- Samples

QWidget* AuditorWindow::buildSamplesTab()
{
    auto* tab = new QWidget;
    tab->setObjectName(u"samplesTab"_s);

    // Left: the samples drawn, and drawing a new one.
    auto* listBox = new QGroupBox(tr("Samples drawn"), tab);
    m_samples = new QTableWidget(0, 4, listBox);
    m_samples->setObjectName(u"samplesTable"_s);
    m_samples->setHorizontalHeaderLabels({tr("No."), tr("Kind"), tr("Period"), tr("Items")});
    setupTableWidget(m_samples);
    connect(m_samples, &QTableWidget::itemSelectionChanged, this,
            [this] { sampleSelectionChanged(); });
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_samples);

    auto* drawBox = new QGroupBox(tr("Draw a sample"), tab);
    drawBox->setObjectName(u"drawSampleBox"_s);
    m_sampleKind = new QComboBox(drawBox);
    m_sampleKind->setObjectName(u"sampleKind"_s);
    m_sampleKind->addItem(tr("Search inquiries (twice a year)"), int(SampleKind::Searches));
    m_sampleKind->addItem(tr("Image views (quarterly)"), int(SampleKind::Images));
    m_samplePeriod = namedEdit(u"samplePeriod"_s, drawBox);
    m_samplePeriod->setPlaceholderText(tr("2026-H1 or 2026-Q3"));
    m_sampleSize = new QSpinBox(drawBox);
    m_sampleSize->setObjectName(u"sampleSize"_s);
    m_sampleSize->setMaximum(1000);
    m_sampleSeed = namedEdit(u"sampleSeed"_s, drawBox);
    m_sampleSeed->setPlaceholderText(tr("empty: a random seed"));
    m_sampleSeed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\d{0,20}"_s), m_sampleSeed));
    m_sampleSeed->setToolTip(tr("The same seed over the same trail draws the same items"));
    auto* draw = namedButton(tr("Draw"), u"drawSampleButton"_s, drawBox);
    connect(draw, &QPushButton::clicked, this, [this] { drawSample(); });
    m_drawMessage = namedLabel(u"drawMessage"_s, drawBox);
    connect(m_sampleKind, &QComboBox::currentIndexChanged, this, [this] { sampleKindChanged(); });
    auto* drawForm = new QFormLayout(drawBox);
    drawForm->addRow(tr("&Kind:"), m_sampleKind);
    drawForm->addRow(tr("&Period:"), m_samplePeriod);
    drawForm->addRow(tr("&Size:"), m_sampleSize);
    drawForm->addRow(tr("S&eed:"), m_sampleSeed);
    drawForm->addRow(QString(), draw);
    drawForm->addRow(m_drawMessage);
    sampleKindChanged();

    auto* left = new QWidget(tab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listBox, 1);
    leftLayout->addWidget(drawBox);

    // Right: the selected sample, its items and the worksheet of one.
    m_sampleHeader = namedLabel(u"sampleHeader"_s, tab);
    QFont bold = m_sampleHeader->font();
    bold.setBold(true);
    m_sampleHeader->setFont(bold);
    m_sampleHeader->setText(tr("No sample selected. Draw one, or select one on the left."));
    m_sampleStatement = namedLabel(u"sampleStatement"_s, tab);
    m_memoButton = namedButton(tr("Memo PDF…"), u"memoButton"_s, tab);
    m_memoButton->setToolTip(tr("The memo to the Chief: method, seed, findings, data errors "
                                "and the trail's latest hash"));
    m_memoButton->setEnabled(false);
    connect(m_memoButton, &QPushButton::clicked, this, [this] { memoClicked(); });
    m_memoCsv = new QCheckBox(tr("also as CSV"), tab);
    m_memoCsv->setObjectName(u"memoCsvCheck"_s);
    m_memoCsv->setChecked(true);
    m_memoMessage = namedLabel(u"memoMessage"_s, tab);
    auto* memoRow = new QHBoxLayout;
    memoRow->addWidget(m_sampleStatement, 1);
    memoRow->addWidget(m_memoCsv);
    memoRow->addWidget(m_memoButton);

    m_itemModel = new SampleItemModel(this);
    m_itemTable = makeTable(u"sampleItemsTable"_s, m_itemModel, tab);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { itemSelectionChanged(); });
    connect(m_itemTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const SampleItem* it = m_itemModel->item(index.row());
        const QString number = it ? it->event.details.value(u"case"_s).toString() : QString();
        if (!number.isEmpty() && showCase(number))
            m_tabs->setCurrentIndex(2);
    });

    auto* split = new QSplitter(Qt::Vertical, tab);
    split->setObjectName(u"sampleSplitter"_s);
    split->addWidget(m_itemTable);
    split->addWidget(buildWorksheet());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);

    auto* right = new QWidget(tab);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sampleHeader);
    rightLayout->addLayout(memoRow);
    rightLayout->addWidget(m_memoMessage);
    rightLayout->addWidget(split, 1);

    auto* outer = new QSplitter(Qt::Horizontal, tab);
    outer->setObjectName(u"samplesSplitter"_s);
    outer->addWidget(left);
    outer->addWidget(right);
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setSizes({360, 900});
    outer->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(outer);
    return tab;
}

QGroupBox* AuditorWindow::buildWorksheet()
{
    m_worksheetBox = new QGroupBox(tr("Worksheet"));
    m_worksheetBox->setObjectName(u"worksheetBox"_s);
    m_itemHeading = namedLabel(u"worksheetItem"_s, m_worksheetBox);

    auto* checks = new QGroupBox(tr("Automatic checks"), m_worksheetBox);
    m_checkCaseFormat = namedLabel(u"checkCaseFormat"_s, checks);
    m_checkCaseOnRecord = namedLabel(u"checkCaseOnRecord"_s, checks);
    m_checkPurposeListed = namedLabel(u"checkPurposeListed"_s, checks);
    m_checkPurposeActive = namedLabel(u"checkPurposeActive"_s, checks);
    m_checkDataErrors = namedLabel(u"checkDataErrors"_s, checks);
    auto* checkForm = new QFormLayout(checks);
    checkForm->addRow(tr("Case number in the department's format:"), m_checkCaseFormat);
    checkForm->addRow(tr("Case on record by then:"), m_checkCaseOnRecord);
    checkForm->addRow(tr("Purpose on the list:"), m_checkPurposeListed);
    checkForm->addRow(tr("Purpose active (not retired):"), m_checkPurposeActive);
    checkForm->addRow(tr("Data errors:"), m_checkDataErrors);

    auto* answers = new QGroupBox(tr("Auditor's review"), m_worksheetBox);
    m_caseReal = makeTriCombo(u"questionCaseReal"_s, answers);
    m_purposeAuthorized = makeTriCombo(u"questionPurposeAuthorized"_s, answers);
    m_queryConsistent = makeTriCombo(u"questionQueryConsistent"_s, answers);
    m_finding = new QComboBox(answers);
    m_finding->setObjectName(u"worksheetFinding"_s);
    m_finding->addItem(tr("— choose —"), -1);
    m_finding->addItem(tr("Complies"), int(Finding::Complies));
    m_finding->addItem(tr("Does not comply"), int(Finding::Violation));
    m_finding->addItem(tr("Needs follow-up"), int(Finding::FollowUp));
    auto* answerForm = new QFormLayout(answers);
    answerForm->addRow(tr("The case exists in the records system:"), m_caseReal);
    answerForm->addRow(tr("The purpose fits the case and the policy:"), m_purposeAuthorized);
    answerForm->addRow(tr("The query is consistent with the case:"), m_queryConsistent);
    answerForm->addRow(tr("&Finding:"), m_finding);

    m_note = new QPlainTextEdit(m_worksheetBox);
    m_note->setObjectName(u"worksheetNote"_s);
    m_note->setPlaceholderText(tr("What was found (required unless the item complies). No "
                                  "personal identifiers."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 16);
    auto* noteLabel = new QLabel(tr("&Note:"), m_worksheetBox);
    noteLabel->setBuddy(m_note);
    noteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reviewed = namedLabel(u"worksheetReviewed"_s, m_worksheetBox);
    m_saveFinding = namedButton(tr("Save finding"), u"saveFindingButton"_s, m_worksheetBox);
    connect(m_saveFinding, &QPushButton::clicked, this, [this] { saveFinding(); });
    auto* saveColumn = new QVBoxLayout;
    saveColumn->addWidget(m_reviewed);
    saveColumn->addStretch(1);
    saveColumn->addWidget(m_saveFinding);

    m_worksheetMessage = namedLabel(u"worksheetMessage"_s, m_worksheetBox);

    auto* row = new QHBoxLayout;
    row->addWidget(checks, 1);
    row->addWidget(answers, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addLayout(saveColumn);
    auto* layout = new QVBoxLayout(m_worksheetBox);
    layout->addWidget(m_itemHeading);
    layout->addLayout(row);
    layout->addLayout(noteRow);
    layout->addWidget(m_worksheetMessage);
    showWorksheet(nullptr);
    return m_worksheetBox;
}

void AuditorWindow::sampleKindChanged()
{
    const auto kind = SampleKind(m_sampleKind->currentData().toInt());
    const int minimum = policyMinimum(kind);
    m_sampleSize->setMinimum(minimum);
    m_sampleSize->setValue(minimum);
    m_sampleSize->setToolTip(tr("At least %1 (the policy minimum)").arg(minimum));
    // Follow the kind unless the auditor typed a period of their own.
    const QString period = defaultPeriod(kind, m_session.clock().now());
    if (m_samplePeriod->text().trimmed().isEmpty() || m_samplePeriod->text() == m_periodDefault)
        m_samplePeriod->setText(period);
    m_periodDefault = period;
}

void AuditorWindow::refreshSamples()
{
    auto list = listSamples(m_session);
    if (!list) {
        setMessage(m_drawMessage, false, list.error().message);
        return;
    }
    QSignalBlocker block(m_samples);
    m_samples->setRowCount(0);
    int row = 0;
    for (const AuditSample& s : list.value()) {
        m_samples->insertRow(row);
        const qint64 size = std::min<qint64>(s.population, s.requestedSize);
        const QStringList cells = {QString::number(s.id), sampleKindName(s.kind), s.period.label,
                                   tr("%1 of %2").arg(size).arg(s.population)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, s.id);
            item->setToolTip(tr("Sample %1, drawn by %2 on %3 with seed %4")
                                 .arg(s.id)
                                 .arg(s.drawnBy, localTime(s.drawnAt), QString::number(s.seed)));
            m_samples->setItem(row, c, item);
        }
        if (m_sample && m_sample->id == s.id)
            m_samples->selectRow(row);
        ++row;
    }
    m_samples->resizeColumnsToContents();
}

bool AuditorWindow::drawSample()
{
    SampleRequest request;
    request.kind = SampleKind(m_sampleKind->currentData().toInt());
    request.period = m_samplePeriod->text().trimmed();
    request.size = m_sampleSize->value();
    const QString seedText = m_sampleSeed->text().trimmed();
    if (!seedText.isEmpty()) {
        bool ok = false;
        const quint64 seed = seedText.toULongLong(&ok);
        if (!ok) {
            setMessage(m_drawMessage, false,
                       tr("The seed is a whole number from 0 to 18446744073709551615."));
            return false;
        }
        request.seed = seed;
    }
    auto drawn = alpr::drawSample(m_session, request);
    if (!drawn) {
        setMessage(m_drawMessage, false, drawn.error().message);
        return false;
    }
    setMessage(m_drawMessage, true,
               tr("Drew sample %1 with seed %2.").arg(drawn->id).arg(QString::number(drawn->seed)));
    m_sample = drawn.value();
    refreshSamples();
    return selectSample(drawn->id);
}

void AuditorWindow::sampleSelectionChanged()
{
    const QList<QTableWidgetItem*> selected = m_samples->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    if (!m_sample || m_sample->id != id || m_itemModel->rowCount() == 0)
        selectSample(id);
}

bool AuditorWindow::selectSample(qint64 sampleId)
{
    auto loaded = loadSample(m_session, sampleId);
    if (!loaded) {
        setMessage(m_drawMessage, false, loaded.error().message);
        return false;
    }
    m_sample = loaded.value();
    const AuditSample& s = *m_sample;
    {
        QSignalBlocker block(m_samples);
        for (int row = 0; row < m_samples->rowCount(); ++row) {
            if (m_samples->item(row, 0)->data(Qt::UserRole).toLongLong() == sampleId)
                m_samples->selectRow(row);
        }
    }
    m_sampleHeader->setText(
        tr("Sample %1: %2 in %3 (%4 to %5 UTC), seed %6, drawn by %7 on %8")
            .arg(s.id)
            .arg(s.kind == SampleKind::Searches ? tr("search inquiries") : tr("image views"),
                 s.period.label, s.period.start.toString(u"yyyy-MM-dd"_s),
                 s.period.end.addMSecs(-1).toString(u"yyyy-MM-dd"_s), QString::number(s.seed),
                 s.drawnBy, localTime(s.drawnAt)));
    m_sampleStatement->setText(s.sizeStatement());
    m_sampleStatement->setToolTip(s.methodStatement());
    m_memoButton->setEnabled(true);
    m_memoMessage->clear();
    m_itemModel->setItems(s.items);
    fitColumns(m_itemTable, 200);
    m_item = 0;
    if (!s.items.isEmpty()) {
        m_itemTable->selectRow(0);
        showWorksheet(m_itemModel->item(0));
    } else {
        showWorksheet(nullptr);
    }
    return true;
}

void AuditorWindow::itemSelectionChanged()
{
    showWorksheet(m_itemModel->item(m_itemTable->currentIndex().row()));
}

bool AuditorWindow::selectItem(int item)
{
    const int row = m_itemModel->rowOfItem(item);
    if (row < 0)
        return false;
    m_itemTable->selectRow(row);
    showWorksheet(m_itemModel->item(row));
    return true;
}

void AuditorWindow::showWorksheet(const SampleItem* item)
{
    m_worksheetMessage->clear();
    m_worksheetBox->setEnabled(item != nullptr);
    const QList<QLabel*> checks = {m_checkCaseFormat, m_checkCaseOnRecord, m_checkPurposeListed,
                                   m_checkPurposeActive, m_checkDataErrors};
    if (!item) {
        m_item = 0;
        m_itemHeading->setText(tr("Select an item of a sample to review it."));
        for (QLabel* l : checks)
            l->clear();
        setTri(m_caseReal, std::nullopt);
        setTri(m_purposeAuthorized, std::nullopt);
        setTri(m_queryConsistent, std::nullopt);
        m_finding->setCurrentIndex(0);
        m_note->clear();
        m_reviewed->clear();
        return;
    }
    m_item = item->item;
    const AuditEvent& e = item->event;
    m_itemHeading->setText(tr("Item %1: event %2, %3 by %4 on %5 under case %6 for %7")
                               .arg(item->item)
                               .arg(e.seq)
                               .arg(e.action, e.username, localTime(e.at),
                                    e.details.value(u"case"_s).toString(),
                                    e.details.value(u"purpose"_s).toString()));
    const AutomaticChecks& c = item->checks;
    setYesNo(m_checkCaseFormat, c.caseFormatValid);
    setYesNo(m_checkCaseOnRecord, c.caseOnRecord);
    setYesNo(m_checkPurposeListed, c.purposeListed);
    setYesNo(m_checkPurposeActive, c.purposeActive);
    if (c.dataErrors.isEmpty()) {
        m_checkDataErrors->setText(tr("None"));
        m_checkDataErrors->setStyleSheet(u"color: #1b5e20;"_s);
    } else {
        m_checkDataErrors->setText(c.dataErrors.join(u'\n'));
        m_checkDataErrors->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    }
    const Worksheet& w = item->worksheet;
    setTri(m_caseReal, w.caseReal);
    setTri(m_purposeAuthorized, w.purposeAuthorized);
    setTri(m_queryConsistent, w.queryConsistent);
    m_finding->setCurrentIndex(w.finding ? m_finding->findData(int(*w.finding)) : 0);
    m_note->setPlainText(w.note);
    m_reviewed->setText(
        w.reviewedBy.isEmpty()
            ? tr("Not reviewed yet.")
            : tr("Reviewed by %1 on %2.").arg(w.reviewedBy, localTime(w.reviewedAt)));
}

bool AuditorWindow::saveFinding()
{
    if (!m_sample || m_item == 0) {
        setMessage(m_worksheetMessage, false, tr("Select an item of a sample first."));
        return false;
    }
    const int findingValue = m_finding->currentData().toInt();
    if (findingValue < 0) {
        setMessage(m_worksheetMessage, false,
                   tr("Choose a finding: complies, does not comply or needs follow-up."));
        return false;
    }
    Worksheet w;
    w.caseReal = triOf(m_caseReal);
    w.purposeAuthorized = triOf(m_purposeAuthorized);
    w.queryConsistent = triOf(m_queryConsistent);
    w.finding = Finding(findingValue);
    w.note = m_note->toPlainText();
    const int item = m_item;
    if (auto r = recordFinding(m_session, m_sample->id, item, w); !r) {
        setMessage(m_worksheetMessage, false, r.error().message);
        return false;
    }
    // Show what the store now holds, on the same item.
    if (!selectSample(m_sample->id))
        return false;
    selectItem(item);
    setMessage(m_worksheetMessage, true,
               tr("Item %1 saved: %2.").arg(item).arg(findingTitle(*w.finding)));
    return true;
}

void AuditorWindow::memoClicked()
{
    if (!m_sample)
        return;
    const QString suggested =
        u"audit-memo-%1-sample-%2.pdf"_s.arg(m_sample->period.label).arg(m_sample->id);
    QString pdf = QFileDialog::getSaveFileName(this, tr("Save the audit memo"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    const QString csv = m_memoCsv->isChecked() ? pdf.left(pdf.size() - 4) + u".csv"_s : QString();
    writeMemo(pdf, csv);
}

bool AuditorWindow::writeMemo(const QString& pdfPath, const QString& csvPath)
{
    if (!m_sample) {
        setMessage(m_memoMessage, false, tr("Select a sample first."));
        return false;
    }
    auto memo = writeAuditMemo(m_session, m_sample->id, pdfPath, csvPath);
    if (!memo) {
        setMessage(m_memoMessage, false, memo.error().message);
        return false;
    }
    QString text =
        csvPath.isEmpty()
            ? tr("Memo written to %1.").arg(QDir::toNativeSeparators(pdfPath))
            : tr("Memo written to %1 and %2.")
                  .arg(QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(csvPath));
    text += u' ';
    text += memo->trail.intact ? tr("Trail intact; latest hash %1.").arg(memo->trail.headHash)
                               : tr("The trail is BROKEN at event %1; latest hash %2.")
                                     .arg(memo->trail.firstBadSeq)
                                     .arg(memo->trail.headHash);
    if (!memo->redrawMatches)
        text += u' ' + tr("Drawing again from the seed does NOT give the same items.");
    setMessage(m_memoMessage, memo->trail.intact && memo->redrawMatches, text);
    return true;
}

// ---------------------------------------------------------------- Case

QWidget* AuditorWindow::buildCaseTab()
{
    auto* tab = new QWidget;
    tab->setObjectName(u"caseTab"_s);
    m_caseNumber = namedEdit(u"caseNumber"_s, tab);
    m_caseNumber->setPlaceholderText(tr("case or incident number"));
    m_caseNumber->setMaximumWidth(260);
    auto* show = namedButton(tr("Show"), u"showCaseButton"_s, tab);
    connect(show, &QPushButton::clicked, this, [this] { showCase(m_caseNumber->text()); });
    connect(m_caseNumber, &QLineEdit::returnPressed, this,
            [this] { showCase(m_caseNumber->text()); });
    m_caseMessage = namedLabel(u"caseMessage"_s, tab);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Case &number:"), tab);
    label->setBuddy(m_caseNumber);
    top->addWidget(label);
    top->addWidget(m_caseNumber);
    top->addWidget(show);
    top->addWidget(m_caseMessage, 1);

    auto* header = new QGroupBox(tr("Case"), tab);
    header->setObjectName(u"caseHeaderBox"_s);
    m_caseTitle = namedLabel(u"caseTitle"_s, header);
    m_caseFirstUse = namedLabel(u"caseFirstUse"_s, header);
    m_caseCounts = namedLabel(u"caseCounts"_s, header);
    m_caseUsers = namedLabel(u"caseUsers"_s, header);
    auto* form = new QFormLayout(header);
    form->addRow(tr("Case:"), m_caseTitle);
    form->addRow(tr("First used:"), m_caseFirstUse);
    form->addRow(tr("Activity:"), m_caseCounts);
    form->addRow(tr("Users:"), m_caseUsers);

    m_caseModel = new AuditEventModel(this);
    m_caseTable = makeTable(u"caseEventsTable"_s, m_caseModel, tab);
    m_caseDetails = new QPlainTextEdit(tab);
    m_caseDetails->setObjectName(u"caseDetails"_s);
    m_caseDetails->setReadOnly(true);
    m_caseDetails->setFont(fixedFont());
    m_caseDetails->setPlaceholderText(tr("Select an event to see its whole record."));
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const AuditEvent* e = m_caseModel->event(current.row());
                m_caseDetails->setPlainText(e ? tr("Event %1, hash %2\n").arg(e->seq).arg(e->hash) +
                                                    indentedJson(e->details)
                                              : QString());
            });
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_caseTable);
    split->addWidget(m_caseDetails);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(header);
    layout->addWidget(split, 1);
    return tab;
}

bool AuditorWindow::showCase(const QString& number)
{
    m_tabs->setCurrentIndex(2);
    const QString trimmed = number.trimmed();
    if (m_caseNumber->text() != trimmed)
        m_caseNumber->setText(trimmed);
    if (trimmed.isEmpty()) {
        setMessage(m_caseMessage, false, tr("Type a case number."));
        return false;
    }
    auto view = alpr::showCase(m_session, trimmed);
    if (!view) {
        setMessage(m_caseMessage, false, view.error().message);
        m_caseModel->setEvents({});
        for (QLabel* l : {m_caseTitle, m_caseFirstUse, m_caseCounts, m_caseUsers})
            l->clear();
        return false;
    }
    const CaseView& v = view.value();
    m_caseTitle->setText(v.record.title.isEmpty()
                             ? v.record.number
                             : u"%1 — %2"_s.arg(v.record.number, v.record.title));
    m_caseFirstUse->setText(tr("by %1 on %2").arg(v.record.firstUser, localTime(v.record.firstAt)));
    m_caseCounts->setText(tr("%1 searches, %2 reads opened, %3 images viewed, %4 exports, "
                             "%5 refused")
                              .arg(v.searches)
                              .arg(v.readsOpened)
                              .arg(v.imagesViewed)
                              .arg(v.exports)
                              .arg(v.refused));
    m_caseUsers->setText(v.users.join(u", "_s));
    m_caseModel->setEvents(v.events);
    fitColumns(m_caseTable, 240);
    m_caseDetails->clear();
    setMessage(m_caseMessage, true, tr("Events under this case: %1.").arg(v.events.size()));
    return true;
}

// ---------------------------------------------------------------- Purposes

QWidget* AuditorWindow::buildPurposesTab()
{
    auto* tab = new QWidget;
    tab->setObjectName(u"purposesTab"_s);
    m_purposesTab = tab;

    m_purposes = new QTableWidget(0, 4, tab);
    m_purposes->setObjectName(u"purposesTable"_s);
    m_purposes->setHorizontalHeaderLabels(
        {tr("Code"), tr("Description"), tr("Policy"), tr("Status")});
    setupTableWidget(m_purposes);
    m_purposes->horizontalHeader()->setStretchLastSection(false);
    connect(m_purposes, &QTableWidget::itemSelectionChanged, this,
            [this] { purposeSelectionChanged(); });

    auto* edit = new QGroupBox(tr("Purpose"), tab);
    edit->setObjectName(u"purposeEditBox"_s);
    m_purposeCode = namedEdit(u"purposeCode"_s, edit);
    m_purposeCode->setPlaceholderText(tr("e.g. hit-and-run"));
    m_purposeCode->setToolTip(tr("2 to 40 characters of a-z, 0-9 and '-'"));
    m_purposeDescription = namedEdit(u"purposeDescription"_s, edit);
    m_purposeDescription->setPlaceholderText(tr("what the purpose allows, 5 to 200 characters"));
    m_purposePolicyRef = namedEdit(u"purposePolicyRef"_s, edit);
    m_purposePolicyRef->setPlaceholderText(tr("e.g. Los Altos 462.3"));
    auto* save = namedButton(tr("Save"), u"savePurposeButton"_s, edit);
    connect(save, &QPushButton::clicked, this, [this] { savePurposeClicked(); });
    auto* clear = namedButton(tr("New"), u"newPurposeButton"_s, edit);
    connect(clear, &QPushButton::clicked, this, [this] { clearPurposeForm(); });
    m_purposeActiveButton = namedButton(tr("Retire"), u"purposeActiveButton"_s, edit);
    m_purposeActiveButton->setEnabled(false);
    connect(m_purposeActiveButton, &QPushButton::clicked, this, [this] { togglePurposeActive(); });
    m_purposesMessage = namedLabel(u"purposesMessage"_s, edit);
    auto* note = new QLabel(
        tr("A purpose can never name a use the policies prohibit: immigration enforcement, "
           "personal use, harassment or intimidation, First Amendment activity, or targeting "
           "a protected characteristic. A retired purpose stays in the record of past "
           "searches but cannot be chosen."),
        edit);
    note->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_purposeActiveButton);
    auto* form = new QFormLayout(edit);
    form->addRow(tr("&Code:"), m_purposeCode);
    form->addRow(tr("&Description:"), m_purposeDescription);
    form->addRow(tr("&Policy reference:"), m_purposePolicyRef);
    form->addRow(buttons);
    form->addRow(m_purposesMessage);
    form->addRow(note);

    auto* right = new QVBoxLayout;
    right->addWidget(edit);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(m_purposes, 3);
    layout->addLayout(right, 2);
    return tab;
}

void AuditorWindow::refreshPurposes()
{
    auto list = listPurposes(m_session);
    if (!list) {
        setMessage(m_purposesMessage, false, list.error().message);
        return;
    }
    m_purposeList = list.value();
    const QString selected = m_purposeCode->text().trimmed();
    QSignalBlocker block(m_purposes);
    m_purposes->setRowCount(0);
    for (int row = 0; row < m_purposeList.size(); ++row) {
        const Purpose& p = m_purposeList[row];
        m_purposes->insertRow(row);
        const QStringList cells = {p.code, p.description, p.policyRef,
                                   p.active ? tr("active") : tr("retired")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!p.active)
                item->setForeground(QColor(0x75, 0x75, 0x75));
            m_purposes->setItem(row, c, item);
        }
        if (p.code == selected)
            m_purposes->selectRow(row);
    }
    m_purposes->resizeColumnsToContents();
    m_purposes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    fillPurposeCombo();
    const int row = m_purposes->currentRow();
    m_purposeActiveButton->setEnabled(row >= 0 && m_purposes->item(row, 0)->isSelected());
}

void AuditorWindow::purposeSelectionChanged()
{
    const QList<QTableWidgetItem*> selected = m_purposes->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_purposeList.size()) {
        m_purposeActiveButton->setEnabled(false);
        return;
    }
    const Purpose& p = m_purposeList[row];
    m_purposeCode->setText(p.code);
    m_purposeDescription->setText(p.description);
    m_purposePolicyRef->setText(p.policyRef);
    m_purposeActiveButton->setText(p.active ? tr("Retire") : tr("Reinstate"));
    m_purposeActiveButton->setEnabled(true);
}

void AuditorWindow::clearPurposeForm()
{
    m_purposes->clearSelection();
    m_purposeCode->clear();
    m_purposeDescription->clear();
    m_purposePolicyRef->clear();
    m_purposeActiveButton->setText(tr("Retire"));
    m_purposeActiveButton->setEnabled(false);
    m_purposesMessage->clear();
    m_purposeCode->setFocus();
}

void AuditorWindow::savePurposeClicked()
{
    Purpose p;
    p.code = m_purposeCode->text().trimmed();
    p.description = m_purposeDescription->text().trimmed();
    p.policyRef = m_purposePolicyRef->text().trimmed();
    if (auto r = savePurpose(m_session, p); !r) {
        setMessage(m_purposesMessage, false, r.error().message);
        return;
    }
    refreshPurposes();
    setMessage(m_purposesMessage, true, tr("Saved purpose %1.").arg(p.code));
}

void AuditorWindow::togglePurposeActive()
{
    const QString code = m_purposeCode->text().trimmed();
    const auto it = std::find_if(m_purposeList.cbegin(), m_purposeList.cend(),
                                 [&](const Purpose& p) { return p.code == code; });
    if (it == m_purposeList.cend())
        return;
    const bool active = !it->active;
    if (auto r = setPurposeActive(m_session, code, active); !r) {
        setMessage(m_purposesMessage, false, r.error().message);
        return;
    }
    refreshPurposes();
    purposeSelectionChanged();
    setMessage(m_purposesMessage, true,
               active ? tr("Reinstated purpose %1.").arg(code)
                      : tr("Retired purpose %1.").arg(code));
}

} // namespace alpr::gui
