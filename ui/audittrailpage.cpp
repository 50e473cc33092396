// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "audittrailpage.h"
#include "auditeventmodel.h"
#include "auditwidgets.h"
#include "displaynames.h"
#include "namedwidgets.h"

#include "auditing/auditexport.h"
#include "auth/session.h"
#include "cases/purposes.h"
#include "common/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

AuditTrailPage::AuditTrailPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* tab = this;
    setObjectName(u"trailTab"_s);

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
        m_outcome->addItem(auditOutcomeLabel(o), o);

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
    m_trailTable = makeAuditTable(u"trailTable"_s, m_trailModel, tab);
    connect(m_trailTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { trailSelectionChanged(); });
    connect(m_trailTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const AuditEvent* e = m_trailModel->event(index.row());
        const QString number = e ? e->details.value(u"case"_s).toString() : QString();
        if (!number.isEmpty())
            Q_EMIT caseRequested(number);
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

    fillPurposeCombo();
}

AuditTrailPage::~AuditTrailPage() = default;

void AuditTrailPage::fillPurposeCombo()
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

AuditFilter AuditTrailPage::currentFilter() const
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

bool AuditTrailPage::applyFilter()
{
    const AuditFilter filter = currentFilter();
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to) {
        setMessage(m_trailMessage, false,
                   tr("The time range is empty: \"from\" is not before \"to\"."));
        return false;
    }
    return listEvents(filter);
}

bool AuditTrailPage::listEvents(const AuditFilter& filter)
{
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

void AuditTrailPage::trailSelectionChanged()
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

void AuditTrailPage::exportCsvClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit events as CSV"), u"audit-trail.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AuditTrailPage::exportCsv(const QString& path)
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

bool AuditTrailPage::verifyTrail()
{
    auto v = verifyAuditTrail(m_session);
    if (!v) {
        setMessage(m_verifyResult, false, v.error().message);
        return false;
    }
    // The check is itself an event: list again, so the list and its count
    // include it.
    listEvents(m_listedFilter);
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

} // namespace alpr::gui
