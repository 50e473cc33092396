// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "custodydialog.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/session.h"
#include "evidence/custody.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

CustodyDialog::CustodyDialog(Session& session, const QString& packageId, QWidget* parent)
    : QDialog(parent), m_session(session), m_packageId(packageId)
{
    setObjectName(u"custodyDialog"_s);
    setWindowTitle(tr("Record custody of %1").arg(packageId));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_event = new QComboBox(this);
    m_event->setObjectName(u"custodyEventCombo"_s);
    for (const QString& event : EvidenceCustody::events())
        m_event->addItem(eventLabel(event), event);
    m_to = namedEdit(u"custodyRecipientEdit"_s, this);
    m_to->setPlaceholderText(tr("Whom or where it went (transferred, released)"));
    m_item = namedEdit(u"custodyItemEdit"_s, this);
    m_item->setPlaceholderText(tr("The property room's item number (booked)"));
    m_note = namedEdit(u"custodyNoteEdit"_s, this);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&Recipient:"), m_to);
    form->addRow(tr("&Item number:"), m_item);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_problem = namedLabel(u"custodyProblem"_s, this);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(u"custodyRecordButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (record())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(500);
}

CustodyDialog::~CustodyDialog() = default;

QString CustodyDialog::eventLabel(const QString& event)
{
    if (event == u"booked"_s)
        return tr("Booked into evidence");
    if (event == u"transferred"_s)
        return tr("Transferred");
    if (event == u"released"_s)
        return tr("Released");
    if (event == u"returned"_s)
        return tr("Returned");
    if (event == u"destroyed"_s)
        return tr("Destroyed");
    if (event == u"exported"_s)
        return tr("Exported");
    return event;
}

bool CustodyDialog::record()
{
    auto entry = EvidenceCustody(m_session).record(m_packageId, m_event->currentData().toString(),
                                                   m_to->text().trimmed(), m_item->text().trimmed(),
                                                   m_note->text().trimmed());
    if (!entry) {
        setMessage(m_problem, false, asSentence(errorText(entry.error())));
        m_problem->show();
        return false;
    }
    m_recorded = entry.value();
    m_problem->hide();
    return true;
}

} // namespace alpr::gui
