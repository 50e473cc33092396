// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "holdspage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "placeholddialog.h"
#include "sentence.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "retention/legalholds.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

HoldsPage::HoldsPage(Session& session, bool readOnly, QWidget* parent)
    : QWidget(parent), m_session(session), m_readOnly(readOnly)
{
    setObjectName(u"holdsPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* refreshButton = namedButton(tr("&Refresh"), u"refreshHoldsButton"_s, this);
    connect(refreshButton, &QPushButton::clicked, this, &HoldsPage::refresh);
    bar->addWidget(refreshButton);
    m_showReleased = new QCheckBox(tr("Show &released"), this);
    m_showReleased->setObjectName(u"showReleasedHoldsCheck"_s);
    connect(m_showReleased, &QCheckBox::toggled, this, &HoldsPage::refresh);
    bar->addWidget(m_showReleased);
    if (!m_readOnly && (m_session.can(Action::Export) || m_session.can(Action::PurgeReads))) {
        m_release = namedButton(tr("Re&lease…"), u"releaseHoldButton"_s, this);
        m_release->setToolTip(tr("End the hold, with a note: its reads are purged when their "
                                 "period is over"));
        connect(m_release, &QPushButton::clicked, this, &HoldsPage::askRelease);
        bar->addWidget(m_release);
    }
    bar->addStretch();
    layout->addLayout(bar);

    m_message = namedLabel(u"holdsMessage"_s, this);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table =
        namedRecordTable(u"holdsTable"_s,
                         {tr("Hold"), tr("Case"), tr("Reason"), tr("Requesting party"),
                          tr("Review on"), tr("Source"), tr("Reads"), tr("Placed by"), tr("Placed"),
                          tr("Released by"), tr("Released"), tr("Release note")},
                         splitter);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"holdDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a hold to see it and the ids of its reads."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    refresh();
}

HoldsPage::~HoldsPage() = default;

void HoldsPage::showEvent(QShowEvent* event)
{
    // Others place and release holds meanwhile: the tab shows them as they are.
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

bool HoldsPage::mayShow(const Session& session)
{
    return session.can(Action::Export) || session.can(Action::PurgeReads) ||
           session.can(Action::ReadAudit);
}

const LegalHold* HoldsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_holds.size() ? &m_holds[row] : nullptr;
}

void HoldsPage::setPageMessage(bool ok, const QString& text)
{
    setMessage(m_message, ok, text);
    m_message->setVisible(!text.isEmpty());
}

void HoldsPage::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QSignalBlocker blocker(m_table);
    LegalHolds holds(m_session);
    auto list = holds.list(m_showReleased->isChecked());
    m_table->setRowCount(0);
    m_due.clear();
    if (!list) {
        m_holds.clear();
        setPageMessage(false, asSentence(errorText(list.error())));
    } else {
        m_holds = std::move(list.value());
        if (auto due = holds.dueForReview()) {
            for (const LegalHold& h : std::as_const(due.value()))
                m_due.insert(h.id);
        }
        if (m_holds.isEmpty())
            setPageMessage(true, m_showReleased->isChecked()
                                     ? tr("No legal hold has been placed yet.")
                                     : tr("No legal hold is in force."));
        else if (!m_due.isEmpty())
            setPageMessage(false, tr("%n hold(s) past the review date: review them, and release "
                                     "those no longer needed.",
                                     nullptr, int(m_due.size())));
        else
            setPageMessage(true, QString());
    }
    m_table->setRowCount(int(m_holds.size()));
    for (int row = 0; row < m_holds.size(); ++row) {
        const LegalHold& h = m_holds[row];
        const QStringList cells{QString::number(h.id),
                                h.caseNumber,
                                PlaceHoldDialog::reasonLabel(h.reason),
                                h.requestingParty,
                                h.reviewOn.toString(Qt::ISODate),
                                h.source,
                                QString::number(h.readCount),
                                h.placedBy,
                                localTime(h.placedAt),
                                h.releasedBy,
                                h.active() ? QString() : localTime(h.releasedAt),
                                h.releaseNote};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == Review && m_due.contains(h.id)) {
                item->setForeground(kAuditBad);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setText(tr("%1 (due)").arg(cells[column]));
                item->setToolTip(tr("Past its review date: records staff review it"));
            }
            if (!h.active())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
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

bool HoldsPage::select(qint64 id)
{
    for (int row = 0; row < m_holds.size(); ++row) {
        if (m_holds[row].id == id) {
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

void HoldsPage::showSelected()
{
    const LegalHold* h = selected();
    if (!h) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << tr("Legal hold %1 for case %2: %3, asked for by %4.")
                 .arg(h->id)
                 .arg(h->caseNumber, PlaceHoldDialog::reasonLabel(h->reason), h->requestingParty);
    if (!h->incident.isEmpty())
        lines << tr("Incident %1.").arg(h->incident);
    lines << tr("Placed by %1 on %2; reads chosen by %3; review on %4.")
                 .arg(h->placedBy, localTime(h->placedAt), h->source,
                      h->reviewOn.toString(Qt::ISODate));
    if (!h->note.isEmpty())
        lines << tr("Note: %1").arg(h->note);
    if (!h->active())
        lines << tr("Released by %1 on %2: %3")
                     .arg(h->releasedBy, localTime(h->releasedAt), h->releaseNote);
    auto reads = LegalHolds(m_session).reads(h->id);
    if (!reads) {
        lines << asSentence(errorText(reads.error()));
    } else {
        QStringList ids;
        for (qint64 id : std::as_const(reads.value()))
            ids << QString::number(id);
        lines << tr("%n read(s): %1", nullptr, int(ids.size())).arg(ids.join(u", "_s));
    }
    m_details->setPlainText(lines.join(u'\n'));
}

void HoldsPage::updateButtons()
{
    if (!m_release)
        return;
    const LegalHold* h = selected();
    m_release->setEnabled(h && h->active());
}

void HoldsPage::askRelease()
{
    const LegalHold* h = selected();
    if (!h || !h->active())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"releaseHoldDialog"_s);
    dialog.setWindowTitle(tr("Release legal hold %1").arg(h->id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* what = new QLabel(tr("Case %1, %2, %n read(s). Once released, its reads are purged when "
                               "their period is over, unless another hold keeps them.",
                               nullptr, int(h->readCount))
                                .arg(h->caseNumber, PlaceHoldDialog::reasonLabel(h->reason)),
                            &dialog);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(new QLabel(tr("Why it is released:"), &dialog));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"releaseHoldNoteEdit"_s);
    note->setTabChangesFocus(true);
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->addButton(tr("Re&lease"), QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    connect(note, &QPlainTextEdit::textChanged, &dialog,
            [note, ok] { ok->setEnabled(!note->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(440, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!releaseSelected(note->toPlainText().trimmed()))
        QMessageBox::warning(this, tr("Not released"), m_message->text());
}

bool HoldsPage::releaseSelected(const QString& note)
{
    const LegalHold* h = selected();
    if (!h)
        return false;
    const qint64 id = h->id;
    auto released = LegalHolds(m_session).release(id, note);
    if (!released) {
        setPageMessage(false, asSentence(errorText(released.error())));
        return false;
    }
    refresh();
    select(id);
    setPageMessage(true, tr("Legal hold %1 is released.").arg(id));
    return true;
}

} // namespace alpr::gui
