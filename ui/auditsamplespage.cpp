// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditsamplespage.h"
#include "auditwidgets.h"
#include "namedwidgets.h"
#include "sampleitemmodel.h"
#include "samplelistmodel.h"
#include "worksheetbox.h"

#include "auditing/auditmemo.h"
#include "auth/session.h"
#include "common/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

QString AuditSamplesPage::defaultPeriod(SampleKind kind, const QDateTime& now)
{
    return lastCompletePeriod(kind, now);
}

AuditSamplesPage::AuditSamplesPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* tab = this;
    setObjectName(u"samplesTab"_s);

    // Left: the samples drawn, and drawing a new one.
    auto* listBox = new QGroupBox(tr("Samples drawn"), tab);
    m_sampleModel = new SampleListModel(this);
    m_samples = makeAuditTable(u"samplesTable"_s, m_sampleModel, listBox);
    connect(m_samples->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { sampleSelectionChanged(); });
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_samples);

    auto* drawBox = new QGroupBox(tr("Draw a sample"), tab);
    drawBox->setObjectName(u"drawSampleBox"_s);
    m_sampleKind = new QComboBox(drawBox);
    m_sampleKind->setObjectName(u"sampleKind"_s);
    m_sampleKind->addItem(tr("Search inquiries (twice a year)"), int(SampleKind::Searches));
    m_sampleKind->addItem(tr("Image views (quarterly)"), int(SampleKind::Images));
    m_sampleKind->addItem(tr("Hit verifications (quarterly)"), int(SampleKind::Hits));
    m_sampleKind->addItem(tr("Evidence exports (quarterly)"), int(SampleKind::Exports));
    m_sampleKind->addItem(tr("Release requests (quarterly)"), int(SampleKind::Releases));
    m_samplePeriod = namedEdit(u"samplePeriod"_s, drawBox);
    m_samplePeriod->setPlaceholderText(tr("2026-H1 or 2026-Q3"));
    m_sampleSize = new QSpinBox(drawBox);
    m_sampleSize->setObjectName(u"sampleSize"_s);
    m_sampleSize->setMaximum(1000);
    m_sampleSeed = namedEdit(u"sampleSeed"_s, drawBox);
    m_sampleSeed->setPlaceholderText(tr("empty: a random seed"));
    m_sampleSeed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\d{0,20}"_s), m_sampleSeed));
    m_sampleSeed->setToolTip(tr("The same seed over the same trail draws the same items"));
    auto* draw = namedButton(tr("Draw"), u"drawSampleButton"_s, drawBox);
    connect(draw, &QPushButton::clicked, this, [this] { drawSample(); });
    m_drawMessage = namedLabel(u"drawMessage"_s, drawBox);
    connect(m_sampleKind, &QComboBox::currentIndexChanged, this, [this] { sampleKindChanged(); });
    auto* drawForm = new QFormLayout(drawBox);
    drawForm->addRow(tr("&Kind:"), m_sampleKind);
    drawForm->addRow(tr("&Period:"), m_samplePeriod);
    drawForm->addRow(tr("&Size:"), m_sampleSize);
    drawForm->addRow(tr("S&eed:"), m_sampleSeed);
    drawForm->addRow(QString(), draw);
    drawForm->addRow(m_drawMessage);
    sampleKindChanged();

    auto* left = new QWidget(tab);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listBox, 1);
    leftLayout->addWidget(drawBox);

    // Right: the selected sample, its items and the worksheet of one.
    m_sampleHeader = namedLabel(u"sampleHeader"_s, tab);
    QFont bold = m_sampleHeader->font();
    bold.setBold(true);
    m_sampleHeader->setFont(bold);
    m_sampleHeader->setText(tr("No sample selected. Draw one, or select one on the left."));
    m_sampleStatement = namedLabel(u"sampleStatement"_s, tab);
    m_memoButton = namedButton(tr("Memo PDF…"), u"memoButton"_s, tab);
    m_memoButton->setToolTip(tr("The memo to the Chief: method, seed, findings, data errors "
                                "and the trail's latest hash"));
    m_memoButton->setEnabled(false);
    connect(m_memoButton, &QPushButton::clicked, this, [this] { memoClicked(); });
    m_memoCsv = new QCheckBox(tr("also as CSV"), tab);
    m_memoCsv->setObjectName(u"memoCsvCheck"_s);
    m_memoCsv->setChecked(true);
    m_memoMessage = namedLabel(u"memoMessage"_s, tab);
    auto* memoRow = new QHBoxLayout;
    memoRow->addWidget(m_sampleStatement, 1);
    memoRow->addWidget(m_memoCsv);
    memoRow->addWidget(m_memoButton);

    m_itemModel = new SampleItemModel(this);
    m_itemTable = makeAuditTable(u"sampleItemsTable"_s, m_itemModel, tab);
    // The query and the checks share what width there is and wrap, so every
    // column, the finding too, can be read without widening the window.
    m_itemTable->setWordWrap(true);
    m_itemTable->setTextElideMode(Qt::ElideNone);
    QHeaderView* itemHeader = m_itemTable->horizontalHeader();
    itemHeader->setStretchLastSection(false);
    itemHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    itemHeader->setSectionResizeMode(SampleItemModel::Query, QHeaderView::Stretch);
    itemHeader->setSectionResizeMode(SampleItemModel::Checks, QHeaderView::Stretch);
    m_itemTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { itemSelectionChanged(); });
    connect(m_itemTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const SampleItem* it = m_itemModel->item(index.row());
        const QString number = it ? it->event.details.value(u"case"_s).toString() : QString();
        if (!number.isEmpty())
            Q_EMIT caseRequested(number);
    });

    auto* split = new QSplitter(Qt::Vertical, tab);
    split->setObjectName(u"sampleSplitter"_s);
    split->addWidget(m_itemTable);
    m_worksheet = new WorksheetBox(split);
    connect(m_worksheet, &WorksheetBox::saveRequested, this, [this] { saveFinding(); });
    split->addWidget(m_worksheet);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);

    auto* right = new QWidget(tab);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sampleHeader);
    rightLayout->addLayout(memoRow);
    rightLayout->addWidget(m_memoMessage);
    rightLayout->addWidget(split, 1);

    auto* outer = new QSplitter(Qt::Horizontal, tab);
    outer->setObjectName(u"samplesSplitter"_s);
    outer->addWidget(left);
    outer->addWidget(right);
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setSizes({360, 900});
    outer->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(outer);
}

AuditSamplesPage::~AuditSamplesPage() = default;

void AuditSamplesPage::sampleKindChanged()
{
    const auto kind = SampleKind(m_sampleKind->currentData().toInt());
    const int minimum = policyMinimum(kind);
    m_sampleSize->setMinimum(minimum);
    m_sampleSize->setValue(minimum);
    m_sampleSize->setToolTip(tr("At least %1 (the policy minimum)").arg(minimum));
    // Follow the kind unless the auditor typed a period of their own.
    const QString period = defaultPeriod(kind, m_session.clock().now());
    if (m_samplePeriod->text().trimmed().isEmpty() || m_samplePeriod->text() == m_periodDefault)
        m_samplePeriod->setText(period);
    m_periodDefault = period;
}

void AuditSamplesPage::refreshSamples()
{
    auto list = listSamples(m_session);
    if (!list) {
        setMessage(m_drawMessage, false, list.error().message);
        return;
    }
    QSignalBlocker block(m_samples->selectionModel());
    m_sampleModel->setSamples(std::move(list.value()));
    if (m_sample)
        m_samples->selectRow(m_sampleModel->rowOfSample(m_sample->id));
    m_samples->resizeColumnsToContents();
}

bool AuditSamplesPage::drawSample()
{
    SampleRequest request;
    request.kind = SampleKind(m_sampleKind->currentData().toInt());
    request.period = m_samplePeriod->text().trimmed();
    request.size = m_sampleSize->value();
    const QString seedText = m_sampleSeed->text().trimmed();
    if (!seedText.isEmpty()) {
        bool ok = false;
        const quint64 seed = seedText.toULongLong(&ok);
        if (!ok) {
            setMessage(m_drawMessage, false,
                       tr("The seed is a whole number from 0 to 18446744073709551615."));
            return false;
        }
        request.seed = seed;
    }
    auto drawn = alpr::drawSample(m_session, request);
    if (!drawn) {
        setMessage(m_drawMessage, false, drawn.error().message);
        return false;
    }
    setMessage(m_drawMessage, true,
               tr("Drew sample %1 with seed %2.").arg(drawn->id).arg(QString::number(drawn->seed)));
    m_sample = drawn.value();
    refreshSamples();
    return selectSample(drawn->id);
}

void AuditSamplesPage::sampleSelectionChanged()
{
    const QModelIndexList selected = m_samples->selectionModel()->selectedRows();
    const AuditSample* s =
        selected.isEmpty() ? nullptr : m_sampleModel->sample(selected.first().row());
    if (!s)
        return;
    const qint64 id = s->id;
    if (!m_sample || m_sample->id != id || m_itemModel->rowCount() == 0)
        selectSample(id);
}

bool AuditSamplesPage::selectSample(qint64 sampleId)
{
    auto loaded = loadSample(m_session, sampleId);
    if (!loaded) {
        setMessage(m_drawMessage, false, loaded.error().message);
        return false;
    }
    m_sample = loaded.value();
    const AuditSample& s = *m_sample;
    if (const int row = m_sampleModel->rowOfSample(sampleId); row >= 0) {
        QSignalBlocker block(m_samples->selectionModel());
        m_samples->selectRow(row);
    }
    m_sampleHeader->setText(tr("Sample %1: %2 in %3 (%4 to %5 UTC), seed %6, drawn by %7 on %8")
                                .arg(s.id)
                                .arg(sampleKindNoun(s.kind, true), s.period.label,
                                     s.period.start.toString(u"yyyy-MM-dd"_s),
                                     s.period.end.addMSecs(-1).toString(u"yyyy-MM-dd"_s),
                                     QString::number(s.seed), s.drawnBy, localTime(s.drawnAt)));
    m_sampleStatement->setText(s.sizeStatement());
    m_sampleStatement->setToolTip(s.methodStatement());
    m_memoButton->setEnabled(true);
    m_memoMessage->clear();
    m_itemModel->setItems(s.items);
    if (!s.items.isEmpty()) {
        m_itemTable->selectRow(0);
        m_worksheet->showItem(m_itemModel->item(0));
    } else {
        m_worksheet->showItem(nullptr);
    }
    return true;
}

void AuditSamplesPage::itemSelectionChanged()
{
    m_worksheet->showItem(m_itemModel->item(m_itemTable->currentIndex().row()));
}

bool AuditSamplesPage::selectItem(int item)
{
    const int row = m_itemModel->rowOfItem(item);
    if (row < 0)
        return false;
    m_itemTable->selectRow(row);
    m_worksheet->showItem(m_itemModel->item(row));
    return true;
}

bool AuditSamplesPage::saveFinding()
{
    if (!m_sample || m_worksheet->item() == 0) {
        m_worksheet->showMessage(false, tr("Select an item of a sample first."));
        return false;
    }
    if (!m_worksheet->hasFinding()) {
        m_worksheet->showMessage(
            false, tr("Choose a finding: complies, does not comply or needs follow-up."));
        return false;
    }
    const Worksheet w = m_worksheet->answers();
    const int item = m_worksheet->item();
    if (auto r = recordFinding(m_session, m_sample->id, item, w); !r) {
        m_worksheet->showMessage(false, r.error().message);
        return false;
    }
    // Show what the store now holds, on the same item.
    if (!selectSample(m_sample->id))
        return false;
    selectItem(item);
    m_worksheet->showMessage(true,
                             tr("Item %1 saved: %2.").arg(item).arg(findingTitle(*w.finding)));
    return true;
}

void AuditSamplesPage::memoClicked()
{
    if (!m_sample)
        return;
    const QString suggested =
        u"audit-memo-%1-sample-%2.pdf"_s.arg(m_sample->period.label).arg(m_sample->id);
    QString pdf = QFileDialog::getSaveFileName(this, tr("Save the audit memo"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    const QString csv = m_memoCsv->isChecked() ? pdf.left(pdf.size() - 4) + u".csv"_s : QString();
    writeMemo(pdf, csv);
}

bool AuditSamplesPage::writeMemo(const QString& pdfPath, const QString& csvPath)
{
    if (!m_sample) {
        setMessage(m_memoMessage, false, tr("Select a sample first."));
        return false;
    }
    // A memo is for the whole sample: one written before every item has its
    // finding is written only when the auditor says so, and says so itself.
    if (auto fresh = loadSample(m_session, m_sample->id); fresh)
        m_sample = fresh.value();
    if (const int open = m_sample->unreviewedCount(); open > 0) {
        QMessageBox ask(QMessageBox::Question, tr("Items not yet reviewed"),
                        tr("%1 of %2 items of this sample have no finding yet.")
                            .arg(open)
                            .arg(m_sample->items.size()),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(u"memoUnreviewedQuestion"_s);
        ask.setInformativeText(tr("The memo will say so on its first page. Write it anyway?"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes) {
            setMessage(m_memoMessage, false,
                       tr("No memo written: review the remaining items first, or write it "
                          "anyway."));
            return false;
        }
    }
    auto memo = writeAuditMemo(m_session, m_sample->id, pdfPath, csvPath);
    if (!memo) {
        setMessage(m_memoMessage, false, memo.error().message);
        return false;
    }
    QString text =
        csvPath.isEmpty()
            ? tr("Memo written to %1.").arg(QDir::toNativeSeparators(pdfPath))
            : tr("Memo written to %1 and %2.")
                  .arg(QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(csvPath));
    text += u' ';
    text += memo->trail.intact ? tr("Trail intact; latest hash %1.").arg(memo->trail.headHash)
                               : tr("The trail is BROKEN at event %1; latest hash %2.")
                                     .arg(memo->trail.firstBadSeq)
                                     .arg(memo->trail.headHash);
    if (!memo->redrawMatches)
        text += u' ' + tr("Drawing again from the seed does NOT give the same items.");
    setMessage(m_memoMessage, memo->trail.intact && memo->redrawMatches, text);
    return true;
}

} // namespace alpr::gui
