// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "releaserequestdialog.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/session.h"
#include "evidence/releaserequests.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

ReleaseRequestDialog::ReleaseRequestDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"releaseRequestDialog"_s);
    setWindowTitle(tr("Log a release request"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A request from another agency for ALPR data. Requests the law "
                                "or the policies forbid are refused at once and kept on file; "
                                "the others wait for a supervisor or administrator."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_agency = namedEdit(u"releaseAgencyEdit"_s, this);
    m_agency->setPlaceholderText(tr("The requesting agency"));
    m_type = new QComboBox(this);
    m_type->setObjectName(u"releaseAgencyTypeCombo"_s);
    m_type->addItem(tr("Choose the kind of agency…"), QString());
    for (const QString& type : ReleaseRequests::agencyTypes())
        m_type->addItem(agencyTypeLabel(type), type);
    m_requester = namedEdit(u"releaseRequesterEdit"_s, this);
    m_requester->setPlaceholderText(tr("Name and rank of the person asking"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(u"releasePurposeCombo"_s);
    m_purpose->addItem(tr("Choose the purpose…"), QString());
    for (const QString& purpose : ReleaseRequests::purposes())
        m_purpose->addItem(purposeLabel(purpose), purpose);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"releaseDescriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What they intend to do with the data"));
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_case = namedEdit(u"releaseCaseEdit"_s, this);
    m_case->setPlaceholderText(tr("Their case number"));
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("Agency &type:"), m_type);
    form->addRow(tr("&Requester:"), m_requester);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Their &case number:"), m_case);
    layout->addLayout(form);

    m_ruling = namedLabel(u"releaseRuling"_s, this);
    layout->addWidget(m_ruling);
    m_problem = namedLabel(u"releaseProblem"_s, this);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_log = buttons->addButton(tr("&Log request"), QDialogButtonBox::AcceptRole);
    m_log->setObjectName(u"releaseLogButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (logRequest())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_agency, m_requester, m_case})
        connect(edit, &QLineEdit::textChanged, this, &ReleaseRequestDialog::updateRuling);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReleaseRequestDialog::updateRuling);
    for (QComboBox* combo : {m_type, m_purpose})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReleaseRequestDialog::updateRuling);
    setMinimumWidth(520);
    updateRuling();
}

ReleaseRequestDialog::~ReleaseRequestDialog() = default;

QString ReleaseRequestDialog::agencyTypeLabel(const QString& type)
{
    if (type == u"ca-local"_s)
        return tr("California local agency");
    if (type == u"ca-state"_s)
        return tr("California state agency");
    if (type == u"ca-prosecutor"_s)
        return tr("California prosecutor");
    if (type == u"out-of-state"_s)
        return tr("Agency of another state");
    if (type == u"federal"_s)
        return tr("Federal agency");
    if (type == u"non-law-enforcement"_s)
        return tr("Not a law enforcement agency");
    return type;
}

QString ReleaseRequestDialog::purposeLabel(const QString& purpose)
{
    if (purpose == u"criminal-investigation"_s)
        return tr("Criminal investigation");
    if (purpose == u"prosecution"_s)
        return tr("Prosecution");
    if (purpose == u"missing-person"_s)
        return tr("Missing person");
    if (purpose == u"stolen-vehicle"_s)
        return tr("Stolen vehicle");
    if (purpose == u"immigration-enforcement"_s)
        return tr("Immigration enforcement");
    if (purpose == u"other"_s)
        return tr("Other");
    return purpose;
}

void ReleaseRequestDialog::updateRuling()
{
    const QString type = m_type->currentData().toString();
    const QString purpose = m_purpose->currentData().toString();
    if (type.isEmpty() || purpose.isEmpty()) {
        setMessage(m_ruling, true,
                   tr("Choose the kind of agency and the purpose to see the ruling."));
    } else {
        const ReleaseRuling ruling =
            ReleaseRequests::rule(type, purpose, m_description->toPlainText());
        if (ruling.refused)
            setMessage(m_ruling, false, tr("Will be refused: %1").arg(ruling.reason));
        else
            setMessage(m_ruling, true,
                       tr("Will wait for approval by a supervisor or administrator."));
    }
    const bool complete = !m_agency->text().trimmed().isEmpty() && !type.isEmpty() &&
                          !m_requester->text().trimmed().isEmpty() && !purpose.isEmpty() &&
                          !m_description->toPlainText().trimmed().isEmpty() &&
                          !m_case->text().trimmed().isEmpty();
    m_log->setEnabled(complete && !m_logged);
}

bool ReleaseRequestDialog::logRequest()
{
    ReleaseRequest request;
    request.agency = m_agency->text().trimmed();
    request.agencyType = m_type->currentData().toString();
    request.requester = m_requester->text().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.description = m_description->toPlainText().trimmed();
    request.caseNumber = m_case->text().trimmed();
    auto logged = ReleaseRequests(m_session).log(request);
    if (!logged) {
        setMessage(m_problem, false, asSentence(errorText(logged.error())));
        m_problem->show();
        return false;
    }
    m_logged = logged.value();
    m_problem->hide();
    updateRuling();
    return true;
}

} // namespace alpr::gui
