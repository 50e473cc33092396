// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "casehistorypage.h"
#include "auditeventmodel.h"
#include "auditwidgets.h"
#include "namedwidgets.h"
#include "placeholddialog.h"

#include "cases/caseview.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

CaseHistoryPage::CaseHistoryPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* tab = this;
    setObjectName(u"caseTab"_s);
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
    if (PlaceHoldDialog::mayPlace(m_session)) {
        m_placeHold = namedButton(tr("Place &hold…"), u"caseHoldButton"_s, tab);
        m_placeHold->setToolTip(tr("Keep every read opened or exported under the case from the "
                                   "purge"));
        m_placeHold->setEnabled(false);
        connect(m_placeHold, &QPushButton::clicked, this, &CaseHistoryPage::placeHold);
        top->addWidget(m_placeHold);
    }

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
    m_caseTable = makeAuditTable(u"caseEventsTable"_s, m_caseModel, tab);
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
}

CaseHistoryPage::~CaseHistoryPage() = default;

bool CaseHistoryPage::showCase(const QString& number)
{
    const QString trimmed = number.trimmed();
    m_shownCase.clear();
    if (m_placeHold)
        m_placeHold->setEnabled(false);
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
    m_shownCase = v.record.number;
    if (m_placeHold)
        m_placeHold->setEnabled(true);
    return true;
}

void CaseHistoryPage::placeHold()
{
    if (m_shownCase.isEmpty())
        return;
    HoldSelection selection;
    selection.caseNumber = m_shownCase;
    PlaceHoldDialog dialog(m_session, selection,
                           tr("every read opened or exported under case %1").arg(m_shownCase),
                           this);
    dialog.setCaseNumber(m_shownCase);
    if (dialog.exec() != QDialog::Accepted || !dialog.placed())
        return;
    setMessage(
        m_caseMessage, true,
        tr("Legal hold %1 keeps %n read(s) of the case.", nullptr, int(dialog.placed()->readCount))
            .arg(dialog.placed()->id));
}

} // namespace alpr::gui
