// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "releaserequestspage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "releaserequestdialog.h"
#include "sentence.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "evidence/releaserequests.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kListed = 200;
}

ReleaseRequestsPage::ReleaseRequestsPage(Session& session, bool readOnly, QWidget* parent)
    : QWidget(parent), m_session(session), m_readOnly(readOnly)
{
    setObjectName(u"releaseRequestsPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* refreshButton = namedButton(tr("&Refresh"), u"refreshReleasesButton"_s, this);
    connect(refreshButton, &QPushButton::clicked, this, &ReleaseRequestsPage::refresh);
    bar->addWidget(refreshButton);
    if (!m_readOnly && m_session.can(Action::Export)) {
        m_logButton = namedButton(tr("&Log request…"), u"logReleaseButton"_s, this);
        m_logButton->setToolTip(tr("A request from another agency for ALPR data"));
        connect(m_logButton, &QPushButton::clicked, this, &ReleaseRequestsPage::logRequest);
        bar->addWidget(m_logButton);
    }
    if (!m_readOnly && m_session.can(Action::ApproveReleases)) {
        m_approve = namedButton(tr("&Approve…"), u"approveReleaseButton"_s, this);
        m_deny = namedButton(tr("De&ny…"), u"denyReleaseButton"_s, this);
        connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
        connect(m_deny, &QPushButton::clicked, this, [this] { askDecision(false); });
        bar->addWidget(m_approve);
        bar->addWidget(m_deny);
    }
    m_print = namedButton(tr("&Print…"), u"printReleaseButton"_s, this);
    m_print->setToolTip(tr("The request on file as a PDF"));
    connect(m_print, &QPushButton::clicked, this, &ReleaseRequestsPage::printSelected);
    bar->addWidget(m_print);
    bar->addStretch();
    layout->addLayout(bar);

    m_message = namedLabel(u"releasesMessage"_s, this);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table = namedRecordTable(u"releasesTable"_s,
                               {tr("No."), tr("Logged"), tr("Status"), tr("Agency"), tr("Type"),
                                tr("Purpose"), tr("Requester"), tr("Logged by"), tr("Decided by")},
                               splitter);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"releaseDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a request to see it as it is on file."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    refresh();
}

ReleaseRequestsPage::~ReleaseRequestsPage() = default;

void ReleaseRequestsPage::showEvent(QShowEvent* event)
{
    // Others log and decide requests meanwhile: the tab shows them as they are.
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

bool ReleaseRequestsPage::mayShow(const Session& session)
{
    return session.can(Action::Export) || session.can(Action::ApproveReleases) ||
           session.can(Action::ReadAudit);
}

QString ReleaseRequestsPage::statusLabel(const QString& status)
{
    if (status == u"pending"_s)
        return tr("pending");
    if (status == u"approved"_s)
        return tr("approved");
    if (status == u"denied"_s)
        return tr("denied");
    if (status == u"refused"_s)
        return tr("refused");
    return status;
}

const ReleaseRequest* ReleaseRequestsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_requests.size() ? &m_requests[row] : nullptr;
}

void ReleaseRequestsPage::setPageMessage(bool ok, const QString& text)
{
    setMessage(m_message, ok, text);
    m_message->setVisible(!text.isEmpty());
}

void ReleaseRequestsPage::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QSignalBlocker blocker(m_table);
    auto list = ReleaseRequests(m_session).list(kListed);
    m_table->setRowCount(0);
    if (!list) {
        m_requests.clear();
        setPageMessage(false, asSentence(errorText(list.error())));
    } else {
        m_requests = std::move(list.value());
        setPageMessage(true, m_requests.isEmpty() ? tr("No release request has been logged yet.")
                                                  : QString());
    }
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const ReleaseRequest& r = m_requests[row];
        const QStringList cells{QString::number(r.id),
                                localTime(r.loggedAt),
                                statusLabel(r.status),
                                r.agency,
                                ReleaseRequestDialog::agencyTypeLabel(r.agencyType),
                                ReleaseRequestDialog::purposeLabel(r.purpose),
                                r.requester,
                                r.loggedBy,
                                r.decidedBy};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == Status && (r.status == u"refused"_s || r.status == u"denied"_s))
                item->setForeground(kAuditBad);
            else if (column == Status && r.status == u"approved"_s)
                item->setForeground(kAuditGood);
            m_table->setItem(row, column, item);
        }
    }
    fitColumns(m_table, 260);
    if (!keep || !select(keep)) {
        m_table->setCurrentCell(-1, -1);
        m_details->clear();
    }
    updateButtons();
}

bool ReleaseRequestsPage::select(qint64 id)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests[row].id == id) {
            {
                const QSignalBlocker blocker(m_table);
                m_table->setCurrentCell(row, 0);
            }
            m_table->scrollToItem(m_table->item(row, 0));
            showSelected();
            updateButtons();
            return true;
        }
    }
    return false;
}

void ReleaseRequestsPage::showSelected()
{
    const ReleaseRequest* r = selected();
    if (!r) {
        m_details->clear();
        return;
    }
    auto lines = ReleaseRequests(m_session).fileText(r->id);
    m_details->setPlainText(lines ? lines->join(u'\n') : asSentence(errorText(lines.error())));
}

void ReleaseRequestsPage::updateButtons()
{
    const ReleaseRequest* r = selected();
    const bool pending = r && r->status == u"pending"_s;
    const bool own = r && r->loggedBy == m_session.user().username;
    for (QPushButton* b : {m_approve, m_deny}) {
        if (!b)
            continue;
        b->setEnabled(pending);
        b->setToolTip(own && pending ? tr("You logged this request: another supervisor or "
                                          "administrator decides it.")
                                     : QString());
    }
    m_print->setEnabled(r != nullptr);
}

void ReleaseRequestsPage::logRequest()
{
    ReleaseRequestDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.logged())
        return;
    const ReleaseRequest& r = *dialog.logged();
    refresh();
    select(r.id);
    if (r.status == u"refused"_s) {
        setPageMessage(false, tr("Request %1 was refused: %2").arg(r.id).arg(r.reason));
        QMessageBox::warning(this, tr("Request refused"),
                             tr("Request %1 from %2 is refused: %3\n\nThe refusal is kept on "
                                "file; tell the requester the reason.")
                                 .arg(r.id)
                                 .arg(r.agency, r.reason));
    } else {
        setPageMessage(true, tr("Request %1 is logged and waits for approval by a supervisor or "
                                "administrator.")
                                 .arg(r.id));
    }
}

void ReleaseRequestsPage::askDecision(bool approve)
{
    const ReleaseRequest* r = selected();
    if (!r)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"releaseDecisionDialog"_s);
    dialog.setWindowTitle(approve ? tr("Approve request %1").arg(r->id)
                                  : tr("Deny request %1").arg(r->id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* what =
        new QLabel(tr("%1 (%2)\nPurpose: %3 — %4")
                       .arg(r->agency, ReleaseRequestDialog::agencyTypeLabel(r->agencyType),
                            ReleaseRequestDialog::purposeLabel(r->purpose), r->description),
                   &dialog);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(
        new QLabel(approve ? tr("Note (optional):") : tr("Why it is denied:"), &dialog));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"decisionNoteEdit"_s);
    note->setTabChangesFocus(true);
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok =
        buttons->addButton(approve ? tr("&Approve") : tr("De&ny"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (!approve) {
        ok->setEnabled(false);
        connect(note, &QPlainTextEdit::textChanged, &dialog,
                [note, ok] { ok->setEnabled(!note->toPlainText().trimmed().isEmpty()); });
    }
    dialog.resize(440, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!decideSelected(approve, note->toPlainText().trimmed()))
        QMessageBox::warning(this, approve ? tr("Not approved") : tr("Not denied"),
                             m_message->text());
}

bool ReleaseRequestsPage::decideSelected(bool approve, const QString& note)
{
    const ReleaseRequest* r = selected();
    if (!r)
        return false;
    const qint64 id = r->id;
    ReleaseRequests releases(m_session);
    auto decided = approve ? releases.approve(id, note) : releases.deny(id, note);
    if (!decided) {
        setPageMessage(false, asSentence(errorText(decided.error())));
        return false;
    }
    refresh();
    select(id);
    setPageMessage(true, approve ? tr("Request %1 is approved.").arg(id)
                                 : tr("Request %1 is denied.").arg(id));
    return true;
}

void ReleaseRequestsPage::printSelected()
{
    const ReleaseRequest* r = selected();
    if (!r)
        return;
    const qint64 id = r->id;
    QString pdf = QFileDialog::getSaveFileName(
        this, tr("Save the request on file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"release-request-%1.pdf"_s.arg(id)),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    if (auto w = ReleaseRequests(m_session).writePdf(id, pdf); !w)
        setPageMessage(false, asSentence(errorText(w.error())));
    else
        setPageMessage(true, tr("Request %1 is in %2.").arg(id).arg(QDir::toNativeSeparators(pdf)));
}

} // namespace alpr::gui
