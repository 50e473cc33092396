// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace alpr {

// A policy audit sample as stored, without its items.
struct StoredSample
{
    qint64 id = 0;
    QString kind;   // "searches", "images"
    QString period; // "2026-H1"
    QDateTime periodStart;
    QDateTime periodEnd;
    quint64 seed = 0;
    int requestedSize = 0;
    qint64 population = 0;
    qint64 throughSeq = 0;
    QString drawnBy;
    QDateTime drawnAt;
    qint64 auditSeq = 0;
};

// The auditor's answers for one item as stored.
struct StoredWorksheet
{
    std::optional<bool> caseReal;
    std::optional<bool> purposeAuthorized;
    std::optional<bool> queryConsistent;
    QString finding; // "complies", "violation", "follow-up"; empty: none yet
    QString note;
    QString reviewedBy;
    QDateTime reviewedAt;
};

struct StoredSampleItem
{
    int item = 0;
    qint64 eventSeq = 0;
    StoredWorksheet worksheet;
};

// A search as recorded in the searches table, for checking an audit event.
struct RecordedSearch
{
    QString username;
    QString caseNumber;
    QString purpose;
    qint64 resultCount = 0;
};

// The audit samples and their worksheets, and the trail, case and search
// rows the samples are drawn from and checked against. Store::samples().
class SampleRepository
{
public:
    virtual ~SampleRepository() = default;

    // The trail's last event (0 when empty).
    virtual Result<qint64> lastAuditSeq() = 0;
    // The successful events of these actions in [start, end), up to
    // throughSeq, by seq.
    virtual Result<std::vector<qint64>> population(const QStringList& actions,
                                                   const QDateTime& start, const QDateTime& end,
                                                   qint64 throughSeq) = 0;

    // Records a sample (its id is ignored) and returns its id.
    virtual Result<qint64> addSample(const StoredSample& sample) = 0;
    // Records the items 1..n of a sample, one per event.
    virtual Result<void> addItems(qint64 sampleId, const std::vector<qint64>& eventSeqs) = 0;
    virtual Result<void> setSampleAuditSeq(qint64 sampleId, qint64 auditSeq) = 0;

    virtual Result<std::optional<StoredSample>> sample(qint64 sampleId) = 0;
    virtual Result<QList<StoredSampleItem>> items(qint64 sampleId) = 0;
    // Every sample, newest first.
    virtual Result<QList<StoredSample>> samples() = 0;

    // The event an item samples; nullopt when the sample has no such item.
    virtual Result<std::optional<qint64>> itemEventSeq(qint64 sampleId, int item) = 0;
    virtual Result<void> setWorksheet(qint64 sampleId, int item,
                                      const StoredWorksheet& worksheet) = 0;

    // When a case was first used; nullopt when it is not on record.
    virtual std::optional<QDateTime> caseFirstUse(const QString& caseNumber) = 0;
    // The search with this id, or the one this audit event recorded.
    virtual std::optional<RecordedSearch> searchById(qint64 searchId) = 0;
    virtual std::optional<RecordedSearch> searchByAuditSeq(qint64 auditSeq) = 0;

protected:
    SampleRepository() = default;
    SampleRepository(const SampleRepository&) = delete;
    SampleRepository& operator=(const SampleRepository&) = delete;
};

} // namespace alpr
