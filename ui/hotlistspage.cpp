// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hotlistspage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "hotlistdialog.h"
#include "hotlistimportdialog.h"
#include "hotlisttablemodel.h"
#include "namedwidgets.h"
#include "pendingentrymodel.h"

#include "auth/session.h"
#include "hits/hotlists.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

HotListsPage::HotListsPage(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"hotListsTab"_s);

    m_model = new HotListTableModel(this);
    m_lists = makeAuditTable(u"hotListsTable"_s, m_model, this);
    connect(m_lists->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_lists, &QTableView::doubleClicked, this, [this] {
        if (m_editButton->isEnabled())
            editList();
    });

    m_newButton = namedButton(tr("&New list…"), u"newHotListButton"_s, this);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newList(); });
    m_editButton = namedButton(tr("&Edit…"), u"editHotListButton"_s, this);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editList(); });
    m_enableButton = namedButton(tr("&Disable"), u"hotListEnabledButton"_s, this);
    connect(m_enableButton, &QPushButton::clicked, this, [this] { toggleEnabled(); });
    m_importButton = namedButton(tr("&Import file…"), u"importHotListButton"_s, this);
    m_importButton->setToolTip(tr("Load a CLEW extract or an NCIC or plain CSV file into the "
                                  "selected general list"));
    connect(m_importButton, &QPushButton::clicked, this, [this] { importFile(); });
    auto* reload = namedButton(tr("Re&fresh"), u"refreshHotListsButton"_s, this);
    connect(reload, &QPushButton::clicked, this, [this] { refresh(); });
    m_message = namedLabel(u"hotListsMessage"_s, this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    buttons->addWidget(reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lists, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(buildPending(), 2);

    refresh();
}

HotListsPage::~HotListsPage() = default;

bool HotListsPage::mayShow(const Session& session)
{
    return session.can(Action::ManageHotLists) || session.can(Action::ImportHotLists);
}

QGroupBox* HotListsPage::buildPending()
{
    auto* box = new QGroupBox(tr("Pending entries"), this);
    box->setObjectName(u"pendingEntriesBox"_s);
    m_pendingModel = new PendingEntryModel(this);
    m_pending = makeAuditTable(u"pendingEntriesTable"_s, m_pendingModel, box);
    connect(m_pending->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    m_approveButton = namedButton(tr("&Approve"), u"approveEntryButton"_s, box);
    m_approveButton->setToolTip(
        tr("Approve the selected entry: it matches reads from now on (Los Altos 462.4(h)(5))"));
    connect(m_approveButton, &QPushButton::clicked, this, [this] { approveEntry(); });
    m_pendingMessage = namedLabel(u"pendingEntriesMessage"_s, box);
    auto* note = new QLabel(tr("Department entries (BOLOs) wait here until an administrator "
                               "approves them; nobody approves an entry they made."),
                            box);
    note->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_approveButton);
    row->addWidget(m_pendingMessage, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addWidget(m_pending, 1);
    layout->addLayout(row);
    return box;
}

int HotListsPage::selectedList() const
{
    const QModelIndexList rows = m_lists->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int HotListsPage::selectedPending() const
{
    const QModelIndexList rows = m_pending->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HotListsPage::refresh()
{
    HotLists hotLists(m_session);
    auto lists = hotLists.lists();
    if (!lists) {
        setMessage(m_message, false, errorText(lists.error()));
        return;
    }
    QSet<QString> stale;
    if (auto s = hotLists.staleLists())
        for (const StaleList& l : s.value())
            stale.insert(l.name);
    const HotList* current = m_model->list(selectedList());
    const QString selected = current ? current->name : QString();
    {
        QSignalBlocker block(m_lists->selectionModel());
        m_model->setLists(std::move(lists.value()), std::move(stale));
        if (const int row = m_model->rowOfName(selected); row >= 0)
            m_lists->selectRow(row);
    }
    fitColumns(m_lists, 260);
    refreshPending();
    updateButtons();
}

void HotListsPage::refreshPending()
{
    const PendingEntry* current = m_pendingModel->entry(selectedPending());
    const qint64 selected = current ? current->entry.id : 0;
    HotLists hotLists(m_session);
    QList<PendingEntry> pending;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const HotList* l = m_model->list(row);
        if (l->kind != HotListKind::Department)
            continue;
        auto entries = hotLists.entries(l->name, EntryStatus::Pending);
        if (!entries) {
            setMessage(m_pendingMessage, false, errorText(entries.error()));
            continue;
        }
        for (const HotListEntry& e : entries.value())
            pending.append({l->name, e});
    }
    {
        QSignalBlocker block(m_pending->selectionModel());
        m_pendingModel->setEntries(std::move(pending));
        if (const int row = m_pendingModel->rowOfId(selected); row >= 0)
            m_pending->selectRow(row);
    }
    fitColumns(m_pending, 200);
}

void HotListsPage::updateButtons()
{
    const bool manage = m_session.can(Action::ManageHotLists);
    const HotList* l = m_model->list(selectedList());
    m_newButton->setEnabled(manage);
    m_editButton->setEnabled(manage && l);
    m_enableButton->setEnabled(manage && l);
    m_enableButton->setText(l && !l->enabled ? tr("En&able") : tr("&Disable"));
    m_importButton->setEnabled(m_session.can(Action::ImportHotLists) && l &&
                               l->kind == HotListKind::General);
    m_approveButton->setEnabled(manage && selectedPending() >= 0);
}

void HotListsPage::newList()
{
    auto* dialog = new HotListDialog(m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const HotList& l = dialog->saved();
        refresh();
        if (const int row = m_model->rowOfName(l.name); row >= 0)
            m_lists->selectRow(row);
        setMessage(m_message, true,
                   l.kind == HotListKind::General
                       ? tr("Created the general list \"%1\"; import its first extract with "
                            "Import file….")
                             .arg(l.name)
                       : tr("Created the department list \"%1\".").arg(l.name));
        Q_EMIT listsChanged();
    });
    dialog->open();
}

void HotListsPage::editList()
{
    const HotList* l = m_model->list(selectedList());
    if (!l)
        return;
    auto* dialog = new HotListDialog(m_session, *l, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->saved().name;
        refresh();
        setMessage(m_message, true, tr("Saved the list \"%1\".").arg(name));
        Q_EMIT listsChanged();
    });
    dialog->open();
}

void HotListsPage::toggleEnabled()
{
    const HotList* current = m_model->list(selectedList());
    if (!current)
        return;
    HotList l = *current;
    l.enabled = !l.enabled;
    if (auto r = HotLists(m_session).editList(l); !r) {
        setMessage(m_message, false, errorText(r.error()));
        return;
    }
    refresh();
    setMessage(m_message, true,
               l.enabled ? tr("Enabled \"%1\": its entries match again.").arg(l.name)
                         : tr("Disabled \"%1\": its entries no longer match.").arg(l.name));
    Q_EMIT listsChanged();
}

void HotListsPage::importFile()
{
    const HotList* l = m_model->list(selectedList());
    if (!l)
        return;
    auto* dialog = new HotListImportDialog(m_session, l->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString text = HotListImportDialog::describe(dialog->counts());
        refresh();
        setMessage(m_message, true, text);
        Q_EMIT listsChanged();
    });
    dialog->open();
}

void HotListsPage::approveEntry()
{
    const PendingEntry* p = m_pendingModel->entry(selectedPending());
    if (!p)
        return;
    const PendingEntry approved = *p;
    if (auto r = HotLists(m_session).approveEntry(approved.entry.id); !r) {
        setMessage(m_pendingMessage, false, errorText(r.error()));
        return;
    }
    refresh();
    setMessage(m_pendingMessage, true,
               tr("Approved entry %1 (%2) on \"%3\": it matches reads from now on.")
                   .arg(approved.entry.id)
                   .arg(approved.entry.plate, approved.list));
}

} // namespace alpr::gui
