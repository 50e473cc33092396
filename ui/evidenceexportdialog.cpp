// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidenceexportdialog.h"
#include "displaynames.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

// What the summary guesses a read takes on the medium: its JPEGs and its
// lines in the CSV, the JSON and the report; the enhanced views (PNG) take
// about five times that again. Only a guess: core checks the medium's free
// space itself.
constexpr qint64 kBytesPerRead = 80 * 1024;
constexpr int kDerivativesFactor = 6;
constexpr qint64 kFixedBytes = 64 * 1024;

} // namespace

EvidenceExportDialog::EvidenceExportDialog(Session& session, const EvidenceRequest& request,
                                           QWidget* parent)
    : QDialog(parent), m_session(session), m_request(request)
{
    setObjectName(u"evidenceExportDialog"_s);
    setWindowTitle(tr("Export evidence"));
    if (auto policy = CasePolicy::load(m_session))
        m_policy = std::move(policy.value());

    auto* layout = new QVBoxLayout(this);
    m_source = namedLabel(u"evidenceSource"_s, this);
    if (request.hitId > 0)
        m_source->setText(tr("The read of hit %1, as a signed evidence package (BagIt) on a "
                             "medium.")
                              .arg(request.hitId));
    else
        m_source->setText(tr("%n read(s) chosen, as a signed evidence package (BagIt) on a "
                             "medium.",
                             nullptr, int(request.readIds.size())));
    layout->addWidget(m_source);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_case = namedEdit(u"evidenceCaseEdit"_s, this);
    m_case->setText(request.caseNumber);
    if (m_policy)
        m_case->setPlaceholderText(tr("Case no., e.g. %1").arg(m_policy->caseNumberExample()));
    form->addRow(tr("&Case"), m_case);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(u"evidencePurposeCombo"_s);
    m_purpose->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_purpose->setMinimumContentsLength(30);
    m_purpose->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_purpose->addItem(tr("— choose a purpose —"), QString());
    if (m_policy)
        for (const Purpose& p : m_policy->purposes()) {
            const QString text = u"%1 — %2"_s.arg(p.code, purposeDescriptionLabel(p.description));
            m_purpose->addItem(text, p.code);
            m_purpose->setItemData(m_purpose->count() - 1, text, Qt::ToolTipRole);
        }
    if (const int index = m_purpose->findData(request.purpose); index > 0)
        m_purpose->setCurrentIndex(index);
    form->addRow(tr("&Purpose"), m_purpose);

    auto* folderRow = new QHBoxLayout;
    m_folder = namedEdit(u"evidenceFolderEdit"_s, this);
    m_folder->setText(request.target.isEmpty() ? suggestedFolder() : request.target);
    m_folder->setToolTip(tr("The folder on the medium the package is made in, as a folder of "
                            "its own named for the package"));
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 50);
    m_browse = namedButton(tr("&Browse…"), u"evidenceBrowseButton"_s, this);
    connect(m_browse, &QPushButton::clicked, this, &EvidenceExportDialog::browse);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_derivatives = new QCheckBox(tr("Include &enhanced views (derivatives)"), this);
    m_derivatives->setObjectName(u"derivativesCheck"_s);
    m_derivatives->setChecked(request.derivatives);
    m_derivatives->setToolTip(tr("Also the enhanced views of the images, marked as such, beside "
                                 "the images as recorded"));
    form->addRow(QString(), m_derivatives);
    layout->addLayout(form);

    m_summary = namedLabel(u"evidenceSummary"_s, this);
    layout->addWidget(m_summary);
    m_problem = namedLabel(u"evidenceProblem"_s, this);
    m_problem->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
    layout->addWidget(m_problem);
    m_result = namedLabel(u"evidenceResult"_s, this);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch();

    auto* buttons = new QHBoxLayout;
    m_export = namedButton(tr("E&xport"), u"exportButton"_s, this);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &EvidenceExportDialog::runExport);
    m_close = namedButton(tr("Close"), u"closeButton"_s, this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_case, &QLineEdit::textChanged, this, &EvidenceExportDialog::updateState);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &EvidenceExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &EvidenceExportDialog::updateState);
    connect(m_derivatives, &QCheckBox::toggled, this, &EvidenceExportDialog::updateState);
    updateState();
}

EvidenceExportDialog::~EvidenceExportDialog() = default;

QString EvidenceExportDialog::suggestedFolder()
{
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty()) {
        const QString media = u"/media/"_s + user;
        if (QFileInfo(media).isDir())
            return media;
    }
    return {};
}

void EvidenceExportDialog::browse()
{
    QString start = m_folder->text().trimmed();
    if (start.isEmpty())
        start = suggestedFolder();
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("The medium's folder for the package"), start);
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

QString EvidenceExportDialog::problem() const
{
    if (m_policy) {
        if (auto r = m_policy->check(m_case->text().trimmed(), m_purpose->currentData().toString());
            !r)
            return r.error().message;
    } else if (m_case->text().trimmed().isEmpty() ||
               m_purpose->currentData().toString().isEmpty()) {
        return tr("Enter the case number and choose the purpose.");
    }
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose the folder on the medium the package goes to.");
    return {};
}

void EvidenceExportDialog::updateState()
{
    const int reads = m_request.hitId > 0 ? 1 : int(m_request.readIds.size());
    const qint64 bytes = kFixedBytes + qint64(reads) * kBytesPerRead *
                                           (m_derivatives->isChecked() ? kDerivativesFactor : 1);
    m_summary->setText(
        tr("%n read(s), about %1", nullptr, reads).arg(QLocale().formattedDataSize(bytes, 1)));
    const QString why = m_exported ? QString() : problem();
    m_problem->setText(asSentence(why));
    m_problem->setVisible(!why.isEmpty());
    m_export->setEnabled(!m_running && !m_exported && why.isEmpty() && reads > 0);
}

void EvidenceExportDialog::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? u"QLabel { background: #fdecea; color: #8a1c1c; border: 1px "
                                    u"solid #f5c2c0; border-radius: 3px; padding: 6px; }"_s
                                  : u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px "
                                    u"solid #a5d6a7; border-radius: 3px; padding: 6px; }"_s);
    m_result->show();
    adjustSize();
}

void EvidenceExportDialog::runExport()
{
    if (m_running || m_exported || !problem().isEmpty())
        return;
    EvidenceRequest request = m_request;
    request.caseNumber = m_case->text().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.target = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.derivatives = m_derivatives->isChecked();

    m_running = true;
    m_result->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_case, m_purpose, m_folder, m_browse,
                                                      m_derivatives, m_close})
        w->setEnabled(false);
    updateState();

    // The export uses the store, so it runs here; the progress callback
    // keeps the window (and the progress dialog's Cancel) alive between files.
    QProgressDialog progress(tr("Starting the export…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"evidenceProgress"_s);
    progress.setWindowTitle(tr("Exporting evidence"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60);
    progress.show();
    QCoreApplication::processEvents();

    EvidenceExport exporter(m_session);
    exporter.setProgress([&progress](int done, int total, const QString& stage) {
        progress.setMaximum(qMax(total, 0));
        progress.setValue(qBound(0, done, qMax(total, 0)));
        progress.setLabelText(tr("%1… (%2 of %3 files)").arg(stage).arg(done).arg(total));
        QCoreApplication::processEvents();
    });
    exporter.setCancel([&progress] {
        QCoreApplication::processEvents();
        return progress.wasCanceled();
    });
    auto made = exporter.exportPackage(request);
    const bool cancelled = progress.wasCanceled();
    progress.close();

    m_running = false;
    for (QWidget* w : std::initializer_list<QWidget*>{m_case, m_purpose, m_folder, m_browse,
                                                      m_derivatives, m_close})
        w->setEnabled(true);
    if (!made) {
        const QString why = cancelled ? tr("The export was cancelled.") : errorText(made.error());
        showResult(tr("%1\n\nNothing of the package is left on the medium; the failed export "
                      "is on record.")
                       .arg(asSentence(why)),
                   true);
        updateState();
        return;
    }
    m_exported = made.value();
    showResult(
        tr("Exported %n read(s) as package %1.", nullptr, m_exported->reads).arg(m_exported->id) +
            u"\n\n"_s +
            tr("Folder: %1\nFiles: %2 (%3)\nSigned with the agency's evidence key %4\n\n"
               "The package was read back from the medium and matched what was written.")
                .arg(QDir::toNativeSeparators(m_exported->folder))
                .arg(m_exported->payloadFiles)
                .arg(QLocale().formattedDataSize(m_exported->payloadBytes, 1))
                .arg(m_exported->keyFingerprint),
        false);
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
    updateState();
}

} // namespace alpr::gui
