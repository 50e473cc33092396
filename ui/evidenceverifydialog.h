// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "evidence/bagverifier.h"

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Verify evidence package (anyone signed in): a package's folder checked as
// a court's expert would, file by file and signature by signature, on a
// worker thread (the check needs no store), with a progress bar and Cancel.
// The key it must be signed with: the fingerprint typed (prefilled with the
// agency's current evidence key), or any of the agency's evidence keys when
// a session is given. The verdict, VERIFIED or NOT VERIFIED, stands out
// above every problem found.
class EvidenceVerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceVerifyDialog)

public:
    // session may be null: then only the fingerprint typed is trusted.
    explicit EvidenceVerifyDialog(Session* session, QWidget* parent = nullptr);
    ~EvidenceVerifyDialog() override;

    void setFolder(const QString& folder);
    // Starts the check (what Verify does); verifyFinished() when it ends.
    void startVerify();
    bool isRunning() const;
    // The last check's result, once one ended.
    const std::optional<evidence::BagVerification>& verification() const { return m_result; }

Q_SIGNALS:
    void verifyFinished();

private:
    void browse();
    void cancel();
    void verifyEnded();
    void updateState();
    void showVerdict(const QString& text, bool ok);

    QList<QByteArray> m_agencyKeys; // the agency's evidence keys (raw), trusted too
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<Result<evidence::BagVerification>>* m_watcher = nullptr;
    std::optional<evidence::BagVerification> m_result;

    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_fingerprint = nullptr;
    QLabel* m_keysNote = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_details = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace alpr::gui
