// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "purposespage.h"
#include "auditwidgets.h"
#include "displaynames.h"
#include "namedwidgets.h"
#include "purposetablemodel.h"

#include "cases/purposes.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

PurposesPage::PurposesPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* tab = this;
    setObjectName(u"purposesTab"_s);

    m_model = new PurposeTableModel(this);
    m_purposes = makeAuditTable(u"purposesTable"_s, m_model, tab);
    m_purposes->horizontalHeader()->setStretchLastSection(false);
    connect(m_purposes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
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
    // Who may give the purpose: the roles that may search.
    auto* roles = new QHBoxLayout;
    for (Role role : purposeRoles()) {
        auto* check = new QCheckBox(roleLabel(role), edit);
        check->setObjectName(u"purposeRole_"_s + roleName(role));
        roles->addWidget(check);
        m_roleChecks.append({role, check});
    }
    roles->addStretch(1);
    checkRoles(defaultPurposeRoles(QString()));
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
           "searches but cannot be chosen. A user is offered only the purposes of their "
           "roles."),
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
    form->addRow(tr("Who may give it:"), roles);
    form->addRow(buttons);
    form->addRow(m_purposesMessage);
    form->addRow(note);

    auto* right = new QVBoxLayout;
    right->addWidget(edit);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(m_purposes, 3);
    layout->addLayout(right, 2);

    refreshPurposes();
}

PurposesPage::~PurposesPage() = default;

int PurposesPage::selectedRow() const
{
    const QModelIndexList selected = m_purposes->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

void PurposesPage::refreshPurposes()
{
    auto list = listPurposes(m_session);
    if (!list) {
        setMessage(m_purposesMessage, false, list.error().message);
        return;
    }
    const QString selected = m_purposeCode->text().trimmed();
    {
        QSignalBlocker block(m_purposes->selectionModel());
        m_model->setPurposes(std::move(list.value()));
        if (const int row = m_model->rowOfCode(selected); row >= 0)
            m_purposes->selectRow(row);
    }
    m_purposes->resizeColumnsToContents();
    m_purposes->horizontalHeader()->setSectionResizeMode(PurposeTableModel::Description,
                                                         QHeaderView::Stretch);
    m_purposeActiveButton->setEnabled(selectedRow() >= 0);
}

void PurposesPage::purposeSelectionChanged()
{
    const Purpose* p = m_model->purpose(selectedRow());
    if (!p) {
        m_purposeActiveButton->setEnabled(false);
        return;
    }
    m_purposeCode->setText(p->code);
    m_purposeDescription->setText(p->description);
    m_purposePolicyRef->setText(p->policyRef);
    checkRoles(p->roles);
    m_purposeActiveButton->setText(p->active ? tr("Retire") : tr("Reinstate"));
    m_purposeActiveButton->setEnabled(true);
}

void PurposesPage::clearPurposeForm()
{
    m_purposes->clearSelection();
    m_purposeCode->clear();
    m_purposeDescription->clear();
    m_purposePolicyRef->clear();
    checkRoles(defaultPurposeRoles(QString()));
    m_purposeActiveButton->setText(tr("Retire"));
    m_purposeActiveButton->setEnabled(false);
    m_purposesMessage->clear();
    m_purposeCode->setFocus();
}

void PurposesPage::savePurposeClicked()
{
    Purpose p;
    p.code = m_purposeCode->text().trimmed();
    p.description = m_purposeDescription->text().trimmed();
    p.policyRef = m_purposePolicyRef->text().trimmed();
    p.roles = checkedRoles();
    if (auto r = savePurpose(m_session, p); !r) {
        setMessage(m_purposesMessage, false, r.error().message);
        return;
    }
    refreshPurposes();
    Q_EMIT purposesChanged();
    setMessage(m_purposesMessage, true,
               tr("Saved purpose %1, for %2.").arg(p.code, rolesLabel(p.roles)));
}

QList<Role> PurposesPage::checkedRoles() const
{
    QList<Role> roles;
    for (const auto& [role, check] : m_roleChecks)
        if (check->isChecked())
            roles.append(role);
    return roles;
}

void PurposesPage::checkRoles(const QList<Role>& roles)
{
    for (const auto& [role, check] : m_roleChecks)
        check->setChecked(roles.contains(role));
}

void PurposesPage::togglePurposeActive()
{
    const QString code = m_purposeCode->text().trimmed();
    const Purpose* p = m_model->purpose(m_model->rowOfCode(code));
    if (!p)
        return;
    const bool active = !p->active;
    if (auto r = setPurposeActive(m_session, code, active); !r) {
        setMessage(m_purposesMessage, false, r.error().message);
        return;
    }
    refreshPurposes();
    purposeSelectionChanged();
    Q_EMIT purposesChanged();
    setMessage(m_purposesMessage, true,
               active ? tr("Reinstated purpose %1.").arg(code)
                      : tr("Retired purpose %1.").arg(code));
}

} // namespace alpr::gui
