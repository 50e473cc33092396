// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidencepackagespage.h"
#include "auditwidgets.h"
#include "custodydialog.h"
#include "errortext.h"
#include "evidencepackagemodel.h"
#include "evidenceverifydialog.h"
#include "namedwidgets.h"
#include "placeholddialog.h"
#include "sentence.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "evidence/custody.h"
#include "evidence/evidenceexport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kListed = 200;
}

EvidencePackagesPage::EvidencePackagesPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"evidencePackagesPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* refreshButton = namedButton(tr("&Refresh"), u"refreshPackagesButton"_s, this);
    connect(refreshButton, &QPushButton::clicked, this, &EvidencePackagesPage::refresh);
    m_detailsButton = namedButton(tr("&Details"), u"packageDetailsButton"_s, this);
    connect(m_detailsButton, &QPushButton::clicked, this, [this] { showDetails(selectedRow()); });
    m_verify = namedButton(tr("&Verify package…"), u"verifyPackageButton"_s, this);
    m_verify->setToolTip(tr("Check the package's folder, if the medium is here"));
    connect(m_verify, &QPushButton::clicked, this, &EvidencePackagesPage::verifySelected);
    bar->addWidget(refreshButton);
    bar->addWidget(m_detailsButton);
    bar->addWidget(m_verify);
    if (PlaceHoldDialog::mayPlace(m_session)) {
        m_placeHold = namedButton(tr("Place &hold…"), u"packageHoldButton"_s, this);
        m_placeHold->setToolTip(tr("Keep the package's reads from the purge"));
        connect(m_placeHold, &QPushButton::clicked, this, &EvidencePackagesPage::placeHold);
        bar->addWidget(m_placeHold);
    }
    bar->addStretch();
    layout->addLayout(bar);

    m_message = namedLabel(u"packagesMessage"_s, this);
    m_message->hide();
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_model = new EvidencePackageModel(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"packagesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showDetails(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showDetails(current.row());
                updateButtons();
            });
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"packageDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a package for its details and its chain of custody."));

    // The chain of custody of the package shown, under its details.
    auto* custodyPane = new QWidget(splitter);
    auto* custodyLayout = new QVBoxLayout(custodyPane);
    custodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* custodyBar = new QHBoxLayout;
    auto* custodyTitle = new QLabel(tr("<b>Chain of custody</b>"), custodyPane);
    custodyBar->addWidget(custodyTitle);
    custodyBar->addStretch();
    if (m_session.can(Action::Export)) {
        m_recordCustody = namedButton(tr("Record &custody…"), u"recordCustodyButton"_s, this);
        m_recordCustody->setToolTip(tr("Booked into evidence, transferred, released, returned "
                                       "or destroyed"));
        connect(m_recordCustody, &QPushButton::clicked, this, &EvidencePackagesPage::recordCustody);
        custodyBar->addWidget(m_recordCustody);
    }
    m_printCustody = namedButton(tr("&Print custody log…"), u"printCustodyButton"_s, this);
    connect(m_printCustody, &QPushButton::clicked, this, &EvidencePackagesPage::printCustody);
    custodyBar->addWidget(m_printCustody);
    custodyLayout->addLayout(custodyBar);
    m_custodyMessage = namedLabel(u"custodyMessage"_s, custodyPane);
    m_custodyMessage->hide();
    custodyLayout->addWidget(m_custodyMessage);
    m_custody = new QTableWidget(0, 6, custodyPane);
    m_custody->setObjectName(u"custodyTable"_s);
    m_custody->setHorizontalHeaderLabels(
        {tr("When"), tr("Event"), tr("By"), tr("To"), tr("Item"), tr("Note")});
    m_custody->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_custody->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_custody->setWordWrap(false);
    m_custody->verticalHeader()->hide();
    m_custody->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_custody->horizontalHeader()->setStretchLastSection(true);
    custodyLayout->addWidget(m_custody, 1);

    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->addWidget(custodyPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    refresh();
}

EvidencePackagesPage::~EvidencePackagesPage() = default;

int EvidencePackagesPage::selectedRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void EvidencePackagesPage::updateButtons()
{
    const EvidencePackage* p = m_model->package(selectedRow());
    m_detailsButton->setEnabled(p != nullptr);
    m_verify->setEnabled(p && p->status == PackageStatus::Exported);
    if (m_placeHold)
        m_placeHold->setEnabled(p && p->status == PackageStatus::Exported);
    const bool shown = !m_shown.isEmpty();
    if (m_recordCustody)
        m_recordCustody->setEnabled(shown);
    m_printCustody->setEnabled(shown);
}

void EvidencePackagesPage::refresh()
{
    auto list = EvidenceExport(m_session).list(kListed);
    if (!list) {
        m_message->setText(asSentence(errorText(list.error())));
        m_message->show();
        m_model->setPackages({});
    } else {
        m_message->setVisible(list->isEmpty());
        m_message->setText(tr("No evidence package has been exported yet."));
        m_model->setPackages(std::move(list.value()));
        m_view->resizeColumnsToContents();
    }
    updateButtons();
}

void EvidencePackagesPage::showDetails(int row)
{
    const EvidencePackage* listed = m_model->package(row);
    if (!listed)
        return;
    auto p = EvidenceExport(m_session).show(listed->id);
    if (!p) {
        m_details->setPlainText(asSentence(errorText(p.error())));
        m_shown.clear();
        showCustody();
        return;
    }
    m_shown = p->id;
    QStringList reads;
    for (qint64 r : std::as_const(p->readIds))
        reads << QString::number(r);
    QStringList lines;
    lines << tr("Package %1").arg(p->id);
    lines << tr("Case %1, purpose %2").arg(p->caseNumber, p->purpose);
    lines << tr("Exported by %1, started %2, %3")
                 .arg(p->exportedBy, localTime(p->startedAt),
                      EvidencePackageModel::statusLabel(p->status));
    if (p->finishedAt.isValid())
        lines << tr("Ended %1").arg(localTime(p->finishedAt));
    if (p->status == PackageStatus::Exported)
        lines << tr("%n file(s), %1; tag manifest SHA-256 %2", nullptr, p->payloadFiles)
                     .arg(QLocale().formattedDataSize(p->payloadBytes, 1), p->tagManifestSha256);
    if (p->status == PackageStatus::Failed)
        lines << tr("Failed: %1").arg(p->failure);
    lines << tr("Written to %1").arg(QDir::toNativeSeparators(p->folder));
    lines << tr("Reads (chosen by %1): %2").arg(p->source, reads.join(u", "_s));
    m_details->setPlainText(lines.join(u'\n'));
    showCustody();
}

void EvidencePackagesPage::showCustody()
{
    m_custody->setRowCount(0);
    m_custodyMessage->hide();
    updateButtons();
    if (m_shown.isEmpty())
        return;
    auto log = EvidenceCustody(m_session).log(m_shown);
    if (!log) {
        setMessage(m_custodyMessage, false, asSentence(errorText(log.error())));
        m_custodyMessage->show();
        return;
    }
    m_custody->setRowCount(int(log->size()));
    for (int row = 0; row < log->size(); ++row) {
        const CustodyEntry& e = log->at(row);
        const QStringList cells{localTime(e.at), CustodyDialog::eventLabel(e.event),
                                e.recordedBy,    QDir::toNativeSeparators(e.to),
                                e.item,          e.note};
        for (int column = 0; column < cells.size(); ++column)
            m_custody->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    fitColumns(m_custody, 320);
}

void EvidencePackagesPage::recordCustody()
{
    if (m_shown.isEmpty())
        return;
    CustodyDialog dialog(m_session, m_shown, this);
    if (dialog.exec() == QDialog::Accepted)
        showCustody();
}

void EvidencePackagesPage::printCustody()
{
    if (m_shown.isEmpty())
        return;
    QString pdf = QFileDialog::getSaveFileName(
        this, tr("Save the custody log"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"custody-%1.pdf"_s.arg(m_shown)),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    if (auto w = EvidenceCustody(m_session).writePdf(m_shown, pdf); !w)
        setMessage(m_custodyMessage, false, asSentence(errorText(w.error())));
    else
        setMessage(m_custodyMessage, true,
                   tr("The custody log is in %1.").arg(QDir::toNativeSeparators(pdf)));
    m_custodyMessage->show();
}

void EvidencePackagesPage::placeHold()
{
    const EvidencePackage* p = m_model->package(selectedRow());
    if (!p)
        return;
    HoldSelection selection;
    selection.packageId = p->id;
    PlaceHoldDialog dialog(m_session, selection, tr("the reads of evidence package %1").arg(p->id),
                           this);
    dialog.setCaseNumber(p->caseNumber);
    if (dialog.exec() != QDialog::Accepted || !dialog.placed())
        return;
    setMessage(m_message, true,
               tr("Legal hold %1 keeps %n read(s) of the package.", nullptr,
                  int(dialog.placed()->readCount))
                   .arg(dialog.placed()->id));
    m_message->show();
    Q_EMIT holdPlaced(dialog.placed()->id);
}

void EvidencePackagesPage::verifySelected()
{
    const EvidencePackage* p = m_model->package(selectedRow());
    if (!p)
        return;
    auto* dialog = new EvidenceVerifyDialog(&m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolder(p->folder);
    dialog->show();
    dialog->startVerify();
}

} // namespace alpr::gui
