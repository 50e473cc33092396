// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hotlistdialog.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"

#include "auth/session.h"
#include "auth/useradministration.h"
#include "cases/purposes.h"
#include "hits/hotlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

HotListDialog::HotListDialog(Session& session, std::optional<HotList> existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(std::move(existing))
{
    setObjectName(u"hotListDialog"_s);
    setWindowTitle(m_existing ? tr("Hot list %1").arg(m_existing->name) : tr("New hot list"));
    const HotList start = m_existing.value_or(HotList{});

    m_name = namedEdit(u"hotListName"_s, this);
    m_name->setText(start.name);
    m_name->setReadOnly(m_existing.has_value());
    m_name->setClearButtonEnabled(!m_existing);
    m_name->setPlaceholderText(tr("e.g. Stolen vehicles (SVS)"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"hotListKind"_s);
    m_kind->addItem(tr("general: a DOJ or NCIC extract, replaced at each download"),
                    hotListKindName(HotListKind::General));
    m_kind->addItem(tr("department: entries members make (BOLOs)"),
                    hotListKindName(HotListKind::Department));
    m_kind->setCurrentIndex(start.kind == HotListKind::General ? 0 : 1);
    m_kind->setEnabled(!m_existing);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(u"hotListPurpose"_s);
    m_message = namedLabel(u"hotListDialogMessage"_s, this);
    if (auto purposes = listPurposes(m_session)) {
        for (const Purpose& p : purposes.value())
            if (p.active || p.code == start.purpose) {
                m_purpose->addItem(p.code, p.code);
                m_purpose->setItemData(m_purpose->count() - 1, p.description, Qt::ToolTipRole);
            }
    } else {
        setMessage(m_message, false, errorText(purposes.error()));
    }
    // No purpose is chosen for the administrator: the list's hits are verified under it.
    m_purpose->setPlaceholderText(tr("Choose the purpose its hits are verified under"));
    m_purpose->setCurrentIndex(m_purpose->findData(start.purpose));

    m_priority = new QSpinBox(this);
    m_priority->setObjectName(u"hotListPriority"_s);
    m_priority->setRange(0, 100);
    m_priority->setValue(start.priority);
    m_priority->setToolTip(tr("0 to 100; hits on a higher priority list come first"));

    m_alert = new QCheckBox(tr("Alert dispatchers on a hit"), this);
    m_alert->setObjectName(u"hotListAlert"_s);
    m_alert->setChecked(start.alert);

    m_covert = new QCheckBox(tr("Covert: only the members below see and verify its hits"), this);
    m_covert->setObjectName(u"hotListCovert"_s);
    m_covert->setChecked(start.covert);

    m_memberModel = new QStandardItemModel(this);
    m_members = new QListView(this);
    m_members->setObjectName(u"hotListMembers"_s);
    m_members->setModel(m_memberModel);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setMinimumHeight(m_members->fontMetrics().height() * 6);
    if (auto users = UserAdministration(m_session).listUsers()) {
        for (const UserStatus& u : users.value()) {
            auto* item =
                new QStandardItem(u.account.fullName.isEmpty()
                                      ? u.account.username
                                      : tr("%1 (%2)").arg(u.account.username, u.account.fullName));
            item->setData(u.account.username, Qt::UserRole);
            item->setCheckable(true);
            item->setCheckState(start.members.contains(u.account.username) ? Qt::Checked
                                                                           : Qt::Unchecked);
            m_memberModel->appendRow(item);
        }
    } else {
        setMessage(m_message, false, errorText(users.error()));
    }
    m_members->setEnabled(m_covert->isChecked());
    connect(m_covert, &QCheckBox::toggled, m_members, &QWidget::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"hotListSaveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"hotListCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(QString(), m_alert);
    form->addRow(QString(), m_covert);
    form->addRow(tr("&Members:"), m_members);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

HotListDialog::~HotListDialog() = default;

HotList HotListDialog::fromFields() const
{
    HotList l = m_existing.value_or(HotList{});
    l.name = m_name->text().trimmed();
    if (!m_existing)
        l.kind =
            hotListKindFromName(m_kind->currentData().toString()).value_or(HotListKind::General);
    l.purpose = m_purpose->currentData().toString();
    l.priority = m_priority->value();
    l.alert = m_alert->isChecked();
    l.covert = m_covert->isChecked();
    l.members.clear();
    if (l.covert)
        for (int row = 0; row < m_memberModel->rowCount(); ++row)
            if (const QStandardItem* item = m_memberModel->item(row);
                item->checkState() == Qt::Checked)
                l.members << item->data(Qt::UserRole).toString();
    return l;
}

void HotListDialog::save()
{
    HotList l = fromFields();
    if (l.purpose.isEmpty()) {
        setMessage(m_message, false, tr("Choose the purpose the list's hits are verified under."));
        m_purpose->setFocus();
        return;
    }
    HotLists hotLists(m_session);
    if (m_existing) {
        if (auto r = hotLists.editList(l); !r) {
            setMessage(m_message, false, errorText(r.error()));
            return;
        }
    } else {
        auto id = hotLists.createList(l);
        if (!id) {
            setMessage(m_message, false, errorText(id.error()));
            return;
        }
        l.id = id.value();
    }
    m_saved = l;
    accept();
}

} // namespace alpr::gui
