// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "retention/retentionrules.h"
#include "store/retentionrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace alpr {

class Session;

// What a purge would do now (the dry run), and what it applies.
struct PurgePlan
{
    QDateTime at;
    RetentionRules rules;
    QString timeZone;
    QList<PurgeCutoffs> cutoffs;
    QList<PurgeCount> counts;
    std::optional<PurgeRun> interrupted; // a run this purge would continue
};

// The retention purge (issue 17): deletes the reads past their period that
// no hold keeps, with their images, alternative readings, hits and plates
// nothing else names; drops images past their own period. Each batch is one
// transaction with its audit event, so a killed purge leaves every batch
// done or not done, and the next run completes the work. SQLite's
// secure_delete zeroes what is deleted; the write-ahead log is emptied at
// the end. Administrators and the maintenance account.
class RetentionPurge final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::RetentionPurge)

public:
    explicit RetentionPurge(Session& session) : m_session(session) {}

    // Called after each batch with the reads and images removed so far.
    void setProgress(std::function<void(qint64 reads, qint64 images)> progress)
    {
        m_progress = std::move(progress);
    }
    // Batch size (reads per transaction); 0 adapts it to about 80 ms.
    void setBatchReads(int reads) { m_batchReads = reads; }

    Result<PurgePlan> plan();
    // Runs the purge to its end and returns the finished run (its certificate).
    Result<PurgeRun> run();

    // Finished runs, newest first (administrators, maintenance, auditors).
    Result<QList<PurgeRun>> certificates(int limit);
    Result<PurgeRun> certificate(qint64 id);
    // The certificate as lines of text (the PDF's and the CLI's).
    Result<QStringList> certificateText(qint64 id);
    // One row per removed read: read_id, source_kind, capture_day, removed
    // (read or images). 0600, whole or not at all.
    Result<void> writeCertificateCsv(qint64 id, const QString& path);
    // Needs a QGuiApplication (fonts). 0600.
    Result<void> writeCertificatePdf(qint64 id, const QString& path);
    // SHA-256 over the ids, sorted ascending, each in decimal and a newline:
    // what a certificate's ids_sha256 is, for anyone to recompute.
    static QString idsSha256(QList<qint64> ids);

private:
    Result<void> requireReader();
    Result<PurgeRun> finishedRun(qint64 id);

    Session& m_session;
    std::function<void(qint64, qint64)> m_progress;
    int m_batchReads = 0;
};

} // namespace alpr
