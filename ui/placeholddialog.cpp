// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "placeholddialog.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "common/clock.h"
#include "retention/legalholds.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kReviewAfterDays = 90;
}

PlaceHoldDialog::PlaceHoldDialog(Session& session, const HoldSelection& selection,
                                 const QString& what, QWidget* parent)
    : QDialog(parent), m_session(session), m_selection(selection)
{
    setObjectName(u"placeHoldDialog"_s);
    setWindowTitle(tr("Place a legal hold"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Held reads and their images are never purged until the hold is "
                                "released. Reads: %1.")
                                 .arg(what),
                             this);
    intro->setObjectName(u"holdWhat"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_case = namedEdit(u"holdCaseEdit"_s, this);
    m_case->setPlaceholderText(tr("The case the hold is for"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"holdReasonCombo"_s);
    for (const QString& reason : LegalHolds::reasons())
        m_reason->addItem(reasonLabel(reason), reason);
    m_party = namedEdit(u"holdPartyEdit"_s, this);
    m_party->setPlaceholderText(tr("Who asked for it: a prosecutor, a court, the department"));
    m_review = new QDateEdit(this);
    m_review->setObjectName(u"holdReviewDate"_s);
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(u"yyyy-MM-dd"_s);
    const QDate today = m_session.clock().now().toLocalTime().date();
    m_review->setMinimumDate(today.addDays(1));
    m_review->setDate(today.addDays(kReviewAfterDays));
    m_review->setToolTip(tr("From this day the hold is listed for review; it is never released "
                            "by itself"));
    m_note = namedEdit(u"holdNoteEdit"_s, this);
    form->addRow(tr("&Case number:"), m_case);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Requesting &party:"), m_party);
    form->addRow(tr("Re&view on:"), m_review);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_problem = namedLabel(u"holdProblem"_s, this);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_place = buttons->addButton(tr("&Place hold"), QDialogButtonBox::AcceptRole);
    m_place->setObjectName(u"holdPlaceButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (place())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_case, &QLineEdit::textChanged, this, &PlaceHoldDialog::updateButton);
    connect(m_party, &QLineEdit::textChanged, this, &PlaceHoldDialog::updateButton);
    updateButton();
    setMinimumWidth(520);
}

PlaceHoldDialog::~PlaceHoldDialog() = default;

bool PlaceHoldDialog::mayPlace(const Session& session)
{
    return session.can(Action::Export);
}

QString PlaceHoldDialog::reasonLabel(const QString& reason)
{
    if (reason == u"evidence"_s)
        return tr("Evidence");
    if (reason == u"discovery-request"_s)
        return tr("Discovery request");
    if (reason == u"preservation-letter"_s)
        return tr("Preservation letter");
    if (reason == u"litigation"_s)
        return tr("Litigation");
    if (reason == u"stop"_s)
        return tr("Enforcement stop");
    return reason;
}

void PlaceHoldDialog::setCaseNumber(const QString& caseNumber)
{
    m_case->setText(caseNumber.trimmed());
}

void PlaceHoldDialog::updateButton()
{
    m_place->setEnabled(!m_case->text().trimmed().isEmpty() &&
                        !m_party->text().trimmed().isEmpty());
}

bool PlaceHoldDialog::place()
{
    HoldRequest request;
    request.selection = m_selection;
    request.caseNumber = m_case->text().trimmed();
    request.reason = m_reason->currentData().toString();
    request.requestingParty = m_party->text().trimmed();
    request.reviewOn = m_review->date();
    request.note = m_note->text().trimmed();
    auto hold = LegalHolds(m_session).place(request);
    if (!hold) {
        setMessage(m_problem, false, asSentence(errorText(hold.error())));
        m_problem->show();
        return false;
    }
    m_placed = hold.value();
    m_problem->hide();
    return true;
}

} // namespace alpr::gui
