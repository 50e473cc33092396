// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "worksheetbox.h"
#include "auditwidgets.h"
#include "namedwidgets.h"

#include "auditing/checksummary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

void setYesNo(QLabel* label, bool yes)
{
    label->setText(yes ? WorksheetBox::tr("Yes") : WorksheetBox::tr("No"));
    label->setStyleSheet(yes ? u"color: #1b5e20;"_s : u"color: #b00020; font-weight: bold;"_s);
}

// Unanswered / yes / no, as the worksheet's questions take them.
QComboBox* makeTriCombo(const QString& name, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(WorksheetBox::tr("— unanswered —"), -1);
    c->addItem(WorksheetBox::tr("Yes"), 1);
    c->addItem(WorksheetBox::tr("No"), 0);
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

WorksheetBox::WorksheetBox(QWidget* parent) : QGroupBox(parent)
{
    setTitle(tr("Worksheet"));
    setObjectName(u"worksheetBox"_s);
    m_itemHeading = namedLabel(u"worksheetItem"_s, this);

    auto* checks = new QGroupBox(tr("Automatic checks"), this);
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

    auto* answers = new QGroupBox(tr("Auditor's review"), this);
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

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"worksheetNote"_s);
    m_note->setPlaceholderText(tr("What was found (required unless the item complies). No "
                                  "personal identifiers."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 16);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    noteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reviewed = namedLabel(u"worksheetReviewed"_s, this);
    m_saveFinding = namedButton(tr("Save finding"), u"saveFindingButton"_s, this);
    connect(m_saveFinding, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(); });
    auto* saveColumn = new QVBoxLayout;
    saveColumn->addWidget(m_reviewed);
    saveColumn->addStretch(1);
    saveColumn->addWidget(m_saveFinding);

    m_message = namedLabel(u"worksheetMessage"_s, this);

    auto* row = new QHBoxLayout;
    row->addWidget(checks, 1);
    row->addWidget(answers, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addLayout(saveColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_itemHeading);
    layout->addLayout(row);
    layout->addLayout(noteRow);
    layout->addWidget(m_message);
    showItem(nullptr);
}

WorksheetBox::~WorksheetBox() = default;

void WorksheetBox::showItem(const SampleItem* item)
{
    m_message->clear();
    setEnabled(item != nullptr);
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
    if (checkSummary(*item).count(CheckIssue::PurposeRetiredSince) > 0) {
        // Said, not flagged: the purpose was authorized when it was used.
        m_checkPurposeActive->setText(tr("No: retired since, authorized when it was used"));
        m_checkPurposeActive->setStyleSheet(QString());
    } else {
        setYesNo(m_checkPurposeActive, c.purposeActive);
    }
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

bool WorksheetBox::hasFinding() const
{
    return m_finding->currentData().toInt() >= 0;
}

Worksheet WorksheetBox::answers() const
{
    Worksheet w;
    w.caseReal = triOf(m_caseReal);
    w.purposeAuthorized = triOf(m_purposeAuthorized);
    w.queryConsistent = triOf(m_queryConsistent);
    if (const int finding = m_finding->currentData().toInt(); finding >= 0)
        w.finding = Finding(finding);
    w.note = m_note->toPlainText();
    return w;
}

void WorksheetBox::showMessage(bool ok, const QString& text)
{
    setMessage(m_message, ok, text);
}

} // namespace alpr::gui
