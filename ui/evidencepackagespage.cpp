// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidencepackagespage.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "evidencepackagemodel.h"
#include "evidenceverifydialog.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/session.h"
#include "evidence/evidenceexport.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
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
            &EvidencePackagesPage::updateButtons);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"packageDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Double-click a package for its details."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
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
        return;
    }
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
