// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// A legal hold: reads that no purge may remove, with their images, until
// records staff or an administrator release it.
struct LegalHold
{
    qint64 id = 0;
    QString caseNumber;
    QString reason;          // evidence, discovery-request, preservation-letter, litigation, stop
    QString requestingParty; // who asked for it (a prosecutor, a court, the department)
    QDate reviewOn;          // listed for review from this day; never released by itself
    QString source;          // how the reads were chosen: "reads", "search:12", "case:26-1", ...
    QString incident;        // the incident number, for the hold a confirmed hit puts
    QString note;
    QString placedBy;
    QDateTime placedAt;
    QString releasedBy; // empty while it holds
    QDateTime releasedAt;
    QString releaseNote;
    qint64 readCount = 0;

    bool active() const { return releasedBy.isEmpty(); }
};

// The cut-off times of one purge: a read of a source kind captured before
// its cut-off has expired (readsBefore), and so have its images (imagesBefore).
struct PurgeCutoffs
{
    QString sourceKind;
    qint64 readsBeforeMs = 0;
    qint64 imagesBeforeMs = 0;
    qint64 fromMs = 0; // where a batch starts looking: the last batch's newest capture time
};

// What a purge would remove, per source kind.
struct PurgeCount
{
    QString sourceKind;
    qint64 reads = 0;      // reads to delete
    qint64 images = 0;     // reads kept whose images are dropped
    qint64 heldReads = 0;  // expired reads kept by a hold
    QList<qint64> holdIds; // the holds that keep them
};

// One purge run. A run killed before its end stays "running" until the next
// one marks it "interrupted" and continues its work; only a finished run has
// a certificate, and it covers the runs it continues.
struct PurgeRun
{
    qint64 id = 0;
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status;       // running, interrupted, finished
    qint64 continues = 0; // the interrupted run this one completed, or 0
    QJsonObject rules;    // the rules and cut-offs applied
    QJsonObject summary;  // the certificate's figures (finished runs)
    QString idsSha256;    // over the purged read ids, sorted
};

// One removed read (or, imagesOnly, the images of a kept read).
struct PurgedRead
{
    qint64 readId = 0;
    QString sourceKind;
    qint64 capturedAtMs = 0;
    bool imagesOnly = false;
};

// The outcome of one purge batch: each is one transaction.
struct PurgeBatch
{
    qint64 reads = 0;            // reads deleted
    qint64 images = 0;           // reads whose images were dropped
    qint64 lastCapturedAtMs = 0; // the batch's newest capture time
};

class RetentionRepository
{
public:
    virtual ~RetentionRepository() = default;

    // --- Legal holds ---
    // Places a hold on the reads (ids that exist; the caller checks them)
    // and records the event, in one transaction. Returns the hold's id; the
    // entry's object is filled in as "hold:<id>".
    virtual Result<qint64> addHold(const LegalHold& hold, const QList<qint64>& readIds,
                                   TrailWriter& trail, const TrailEntry& entry) = 0;
    // Releases an active hold (Conflict when it is released already).
    virtual Result<void> releaseHold(const LegalHold& released, TrailWriter& trail,
                                     const TrailEntry& entry) = 0;
    virtual Result<QList<LegalHold>> holds(bool activeOnly) const = 0;
    virtual Result<std::optional<LegalHold>> hold(qint64 id) const = 0;
    virtual Result<QList<qint64>> holdReads(qint64 holdId) const = 0;
    // The reads among these that an active hold keeps.
    virtual Result<QSet<qint64>> heldAmong(const std::vector<qint64>& readIds) const = 0;
    // The ids among these that name stored reads, in ascending order.
    virtual Result<QList<qint64>> existingReads(const QList<qint64>& readIds) const = 0;

    // --- The purge ---
    virtual Result<QList<PurgeCount>> countExpired(const QList<PurgeCutoffs>& cutoffs) const = 0;
    virtual Result<std::optional<PurgeRun>> unfinishedRun() const = 0;
    // Marks every running run interrupted and starts a new one, recording
    // the entry, in one transaction; returns the run's id.
    virtual Result<qint64> startRun(const PurgeRun& run, TrailWriter& trail,
                                    const TrailEntry& entry) = 0;
    // One transaction: deletes up to maxReads expired reads of one kind that
    // no hold keeps (their images, alternative readings, hits and hit steps,
    // and plates nothing else uses), or, with images=true, drops the images
    // of up to maxReads expired-image reads; lists them in purged_reads under
    // the run, and records a "retention-purge-batch" event built from entry.
    virtual Result<PurgeBatch> purgeBatch(qint64 runId, const PurgeCutoffs& cutoffs, bool images,
                                          int maxReads, TrailWriter& trail,
                                          const TrailEntry& entry) = 0;
    // The removals of these runs, in ascending read id.
    virtual Result<void> forEachPurged(const QList<qint64>& runIds,
                                       const std::function<void(const PurgedRead&)>& fn) const = 0;
    // Finishes a run with its summary and hash, recording the entry.
    virtual Result<void> finishRun(const PurgeRun& run, TrailWriter& trail,
                                   const TrailEntry& entry) = 0;
    virtual Result<QList<PurgeRun>> runs(int limit) const = 0;
    virtual Result<std::optional<PurgeRun>> run(qint64 id) const = 0;

    // --- For the plate indexes of running workstations ---
    // The removals listed after seq, in seq order, up to limit; fn gets each
    // seq and the read id it removed (0 for images only).
    virtual Result<void>
    purgedAfter(qint64 seq, int limit,
                const std::function<void(qint64 seq, qint64 readId)>& fn) const = 0;
    // The last seq listed in purged_reads (0 when none).
    virtual Result<qint64> lastPurgedSeq() const = 0;
};

} // namespace alpr
