// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "purgecertificatespage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "retention/retentionpurge.h"

#include <QApplication>
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

PurgeCertificatesPage::PurgeCertificatesPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"purgeCertificatesPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* refreshButton = namedButton(tr("&Refresh"), u"refreshCertificatesButton"_s, this);
    connect(refreshButton, &QPushButton::clicked, this, &PurgeCertificatesPage::refresh);
    bar->addWidget(refreshButton);
    m_savePdf = namedButton(tr("Save &PDF…"), u"saveCertificatePdfButton"_s, this);
    m_savePdf->setToolTip(tr("The certificate for the Custodian of Records"));
    connect(m_savePdf, &QPushButton::clicked, this, [this] { askSave(true); });
    m_saveCsv = namedButton(tr("Save &CSV…"), u"saveCertificateCsvButton"_s, this);
    m_saveCsv->setToolTip(tr("One row per removed read: its id, source, capture day and what "
                             "was removed (no plates)"));
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { askSave(false); });
    bar->addWidget(m_savePdf);
    bar->addWidget(m_saveCsv);
    bar->addStretch();
    if (m_session.can(Action::PurgeReads)) {
        m_run = namedButton(tr("Run purge &now…"), u"runPurgeButton"_s, this);
        m_run->setToolTip(tr("Shows what the purge would remove first; the daily timer runs it "
                             "otherwise"));
        connect(m_run, &QPushButton::clicked, this, &PurgeCertificatesPage::runPurge);
        bar->addWidget(m_run);
    }
    layout->addLayout(bar);

    m_message = namedLabel(u"certificatesMessage"_s, this);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table =
        namedRecordTable(u"certificatesTable"_s,
                         {tr("Purge"), tr("Finished"), tr("By"), tr("Reads removed"),
                          tr("Images removed"), tr("Continues"), tr("SHA-256 of the read ids")},
                         splitter);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(u"certificateText"_s);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a purge to see its certificate."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    refresh();
}

PurgeCertificatesPage::~PurgeCertificatesPage() = default;

void PurgeCertificatesPage::showEvent(QShowEvent* event)
{
    // The daily timer purges meanwhile: the tab shows its certificates.
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

bool PurgeCertificatesPage::mayShow(const Session& session)
{
    return session.can(Action::PurgeReads) || session.can(Action::ReadAudit);
}

const PurgeRun* PurgeCertificatesPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

void PurgeCertificatesPage::setPageMessage(bool ok, const QString& text)
{
    setMessage(m_message, ok, text);
    m_message->setVisible(!text.isEmpty());
}

void PurgeCertificatesPage::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QSignalBlocker blocker(m_table);
    auto list = RetentionPurge(m_session).certificates(kListed);
    m_table->setRowCount(0);
    if (!list) {
        m_runs.clear();
        setPageMessage(false, asSentence(errorText(list.error())));
    } else {
        m_runs = std::move(list.value());
        setPageMessage(true, m_runs.isEmpty() ? tr("No purge has finished yet.") : QString());
    }
    m_table->setRowCount(int(m_runs.size()));
    for (int row = 0; row < m_runs.size(); ++row) {
        const PurgeRun& r = m_runs[row];
        const QStringList cells{QString::number(r.id),
                                localTime(r.finishedAt),
                                r.startedBy,
                                QString::number(r.summary.value(u"reads"_s).toInteger()),
                                QString::number(r.summary.value(u"images"_s).toInteger()),
                                r.continues ? tr("purge %1").arg(r.continues) : QString(),
                                r.idsSha256};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == Sha256)
                item->setFont(fixedFont());
            if (column == Reads || column == Images || column == Id)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    fitColumns(m_table, 520);
    if (!keep || !select(keep)) {
        m_table->setCurrentCell(-1, -1);
        m_text->clear();
    }
    updateButtons();
}

bool PurgeCertificatesPage::select(qint64 id)
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs[row].id == id) {
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

void PurgeCertificatesPage::showSelected()
{
    const PurgeRun* r = selected();
    if (!r) {
        m_text->clear();
        return;
    }
    auto lines = RetentionPurge(m_session).certificateText(r->id);
    m_text->setPlainText(lines ? lines->join(u"\n\n"_s) : asSentence(errorText(lines.error())));
}

void PurgeCertificatesPage::updateButtons()
{
    const bool chosen = selected() != nullptr;
    m_savePdf->setEnabled(chosen);
    m_saveCsv->setEnabled(chosen);
}

void PurgeCertificatesPage::askSave(bool pdf)
{
    const PurgeRun* r = selected();
    if (!r)
        return;
    const QString suffix = pdf ? u".pdf"_s : u".csv"_s;
    QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the purge certificate") : tr("Save the removed read ids"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"purge-certificate-%1%2"_s.arg(r->id).arg(suffix)),
        pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    saveSelected(path, pdf);
}

bool PurgeCertificatesPage::saveSelected(const QString& path, bool pdf)
{
    const PurgeRun* r = selected();
    if (!r)
        return false;
    const qint64 id = r->id;
    RetentionPurge purge(m_session);
    auto written = pdf ? purge.writeCertificatePdf(id, path) : purge.writeCertificateCsv(id, path);
    if (!written) {
        setPageMessage(false, asSentence(errorText(written.error())));
        return false;
    }
    setPageMessage(
        true,
        tr("The certificate of purge %1 is in %2.").arg(id).arg(QDir::toNativeSeparators(path)));
    return true;
}

void PurgeCertificatesPage::runPurge()
{
    RetentionPurge purge(m_session);
    auto plan = purge.plan();
    if (!plan) {
        setPageMessage(false, asSentence(errorText(plan.error())));
        return;
    }
    QStringList lines;
    qint64 reads = 0;
    qint64 images = 0;
    for (const PurgeCount& c : std::as_const(plan->counts)) {
        lines << tr("%1: %2 reads to remove, the images of %3 more; %4 expired reads kept by "
                    "holds.")
                     .arg(c.sourceKind)
                     .arg(c.reads)
                     .arg(c.images)
                     .arg(c.heldReads);
        reads += c.reads;
        images += c.images;
    }
    if (plan->interrupted)
        lines << tr("It completes the interrupted purge %1.").arg(plan->interrupted->id);
    if (reads == 0 && images == 0 && !plan->interrupted) {
        setPageMessage(true, tr("Nothing has expired: there is nothing to purge now."));
        return;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Purge expired reads"),
                    tr("Remove %1 reads and the images of %2 more for good? Nothing removed can "
                       "be recovered.")
                        .arg(reads)
                        .arg(images),
                    QMessageBox::Cancel, this);
    ask.setObjectName(u"confirmPurgeBox"_s);
    ask.setInformativeText(lines.join(u'\n'));
    QPushButton* go = ask.addButton(tr("&Purge"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != go)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto run = purge.run();
    QApplication::restoreOverrideCursor();
    if (!run) {
        setPageMessage(false, asSentence(errorText(run.error())));
        return;
    }
    refresh();
    select(run->id);
    setPageMessage(true, tr("Purge %1 removed %2 reads and the images of %3 more.")
                             .arg(run->id)
                             .arg(run->summary.value(u"reads"_s).toInteger())
                             .arg(run->summary.value(u"images"_s).toInteger()));
}

} // namespace alpr::gui
