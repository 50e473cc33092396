// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidenceverifydialog.h"
#include "errortext.h"
#include "namedwidgets.h"
#include "sentence.h"

#include "auth/session.h"
#include "evidence/evidencekeys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

EvidenceVerifyDialog::EvidenceVerifyDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(u"evidenceVerifyDialog"_s);
    setWindowTitle(tr("Verify evidence package"));

    QString current;
    if (session) {
        if (auto keys = EvidenceKeys(*session).keys()) {
            for (const EvidenceKeyInfo& k : std::as_const(keys.value())) {
                if (!k.certified)
                    continue;
                m_agencyKeys << k.key.publicKey;
                if (!k.key.retired())
                    current = k.fingerprint;
            }
        }
    }

    auto* layout = new QVBoxLayout(this);
    auto* intro = namedLabel(u"verifyIntro"_s, this);
    intro->setText(tr("Checks every file of a package against its manifests, its signatures, "
                      "and that it was signed with the key you trust. Nothing is changed."));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* folderRow = new QHBoxLayout;
    m_folder = namedEdit(u"verifyFolderEdit"_s, this);
    m_folder->setPlaceholderText(tr("The package's folder (ev-…)"));
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 50);
    m_browse = namedButton(tr("&Browse…"), u"verifyBrowseButton"_s, this);
    connect(m_browse, &QPushButton::clicked, this, &EvidenceVerifyDialog::browse);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("&Package"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_fingerprint = namedEdit(u"fingerprintEdit"_s, this);
    m_fingerprint->setText(current);
    // Room for a fingerprint as printed: 16 groups of 4 hex digits.
    m_fingerprint->setMinimumWidth(
        m_fingerprint->fontMetrics().horizontalAdvance(QString(79, u'0')) +
        4 * m_fingerprint->fontMetrics().averageCharWidth());
    m_fingerprint->setPlaceholderText(tr("64 hexadecimal digits; spaces or colons allowed"));
    m_fingerprint->setToolTip(tr("The fingerprint of the key the package must be signed with, "
                                 "as the agency publishes it"));
    form->addRow(tr("Key &fingerprint"), m_fingerprint);
    layout->addLayout(form);
    m_keysNote = namedLabel(u"agencyKeysNote"_s, this);
    if (!m_agencyKeys.isEmpty())
        m_keysNote->setText(tr("The agency's %n evidence key(s), current and retired, are "
                               "trusted as well.",
                               nullptr, int(m_agencyKeys.size())));
    m_keysNote->setVisible(!m_agencyKeys.isEmpty());
    layout->addWidget(m_keysNote);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAlignment(Qt::AlignCenter);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_verdict->setFont(big);
    m_verdict->hide();
    layout->addWidget(m_verdict);
    m_details = namedLabel(u"verifyDetails"_s, this);
    m_details->hide();
    layout->addWidget(m_details);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"problemList"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems, 1);

    auto* buttons = new QHBoxLayout;
    m_verify = namedButton(tr("&Verify"), u"verifyButton"_s, this);
    m_verify->setDefault(true);
    connect(m_verify, &QPushButton::clicked, this, &EvidenceVerifyDialog::startVerify);
    m_cancel = namedButton(tr("Cancel"), u"cancelVerifyButton"_s, this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &EvidenceVerifyDialog::cancel);
    m_close = namedButton(tr("Close"), u"closeButton"_s, this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    m_watcher = new QFutureWatcher<Result<evidence::BagVerification>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &EvidenceVerifyDialog::verifyEnded);
    connect(m_folder, &QLineEdit::textChanged, this, &EvidenceVerifyDialog::updateState);
    connect(m_fingerprint, &QLineEdit::textChanged, this, &EvidenceVerifyDialog::updateState);
    updateState();
}

EvidenceVerifyDialog::~EvidenceVerifyDialog()
{
    // The worker posts its progress to this window's children: it ends first.
    m_cancelled->store(true);
    m_watcher->waitForFinished();
}

void EvidenceVerifyDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

bool EvidenceVerifyDialog::isRunning() const
{
    return m_watcher->isRunning();
}

void EvidenceVerifyDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("The evidence package's folder"), m_folder->text().trimmed());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void EvidenceVerifyDialog::updateState()
{
    const bool running = isRunning();
    const QString typed = m_fingerprint->text().trimmed();
    const bool fingerprintOk = typed.isEmpty() || !evidence::normalizedFingerprint(typed).isEmpty();
    m_fingerprint->setStyleSheet(fingerprintOk ? QString() : u"QLineEdit { color: #8a1c1c; }"_s);
    m_verify->setEnabled(!running && fingerprintOk && !m_folder->text().trimmed().isEmpty());
    m_verify->setVisible(!running);
    m_cancel->setVisible(running);
    m_close->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_fingerprint->setEnabled(!running);
    m_progress->setVisible(running);
}

void EvidenceVerifyDialog::showVerdict(const QString& text, bool ok)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(ok ? u"QLabel { background: #e8f5e9; color: #1b5e20; border: 2px "
                                  u"solid #43a047; border-radius: 4px; padding: 8px; }"_s
                                : u"QLabel { background: #fdecea; color: #8a1c1c; border: 2px "
                                  u"solid #e53935; border-radius: 4px; padding: 8px; }"_s);
    m_verdict->show();
}

void EvidenceVerifyDialog::startVerify()
{
    if (isRunning() || !m_verify->isEnabled())
        return;
    evidence::BagVerifyOptions options;
    options.trustedKeys = m_agencyKeys;
    options.trustedFingerprint = evidence::normalizedFingerprint(m_fingerprint->text().trimmed());
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    options.cancelled = [cancelled] { return cancelled->load(); };
    // Progress in thousandths, posted only when it moves.
    auto last = std::make_shared<std::atomic<int>>(-1);
    QProgressBar* bar = m_progress;
    options.progress = [bar, last](qint64 done, qint64 total) {
        const int permille =
            total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
        if (last->exchange(permille) != permille)
            QMetaObject::invokeMethod(
                bar, [bar, permille] { bar->setValue(permille); }, Qt::QueuedConnection);
    };
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());

    m_result.reset();
    m_verdict->hide();
    m_details->hide();
    m_problems->clear();
    m_problems->hide();
    m_progress->setValue(0);
    m_watcher->setFuture(
        QtConcurrent::run([folder, options] { return evidence::verifyBag(folder, options); }));
    updateState();
    m_cancel->setFocus();
}

void EvidenceVerifyDialog::cancel()
{
    m_cancelled->store(true);
}

void EvidenceVerifyDialog::verifyEnded()
{
    const Result<evidence::BagVerification> result = m_watcher->result();
    updateState();
    m_verify->setFocus();
    if (!result) {
        showVerdict(tr("NOT VERIFIED"), false);
        m_details->setText(m_cancelled->load() ? tr("The check was cancelled.")
                                               : asSentence(errorText(result.error())));
        m_details->show();
        adjustSize();
        Q_EMIT verifyFinished();
        return;
    }
    const evidence::BagVerification& v = result.value();
    m_result = v;
    showVerdict(v.ok() ? tr("VERIFIED") : tr("NOT VERIFIED"), v.ok());

    QString package = v.info(u"External-Identifier"_s);
    if (package.isEmpty())
        package = QFileInfo(QDir::cleanPath(m_folder->text().trimmed())).fileName();
    const bool signatureValid = v.signatureValid && v.sshSignatureValid;
    QStringList lines;
    lines << tr("Package %1: %n payload file(s), %2", nullptr, int(v.payloadFiles))
                 .arg(package, QLocale().formattedDataSize(v.payloadBytes, 1));
    lines << tr("Signed with key %1")
                 .arg(v.keyFingerprint.isEmpty() ? tr("(none)") : v.keyFingerprint);
    lines << (signatureValid ? tr("The signatures are valid.")
                             : tr("The signatures are NOT valid."));
    lines << (v.keyTrusted ? tr("The key is trusted.")
                           : tr("The key is NOT TRUSTED: it is not the fingerprint given, nor "
                                "one of the agency's evidence keys."));
    if (v.problems.isEmpty())
        lines << tr("Every file is there and matches its manifests; nothing was added.");
    else
        lines << tr("%n problem(s) found:", nullptr, int(v.problems.size()));
    m_details->setText(lines.join(u'\n'));
    m_details->show();
    for (const evidence::BagProblem& p : v.problems)
        m_problems->addItem(evidence::describe(p));
    m_problems->setVisible(!v.problems.isEmpty());
    adjustSize(); // the verdict and every line of it in sight
    Q_EMIT verifyFinished();
}

} // namespace alpr::gui
