// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace alpr {

class HitMatching;
class PlateIndexCache;
class Session;

struct ImportResult
{
    QString source;     // file name or batch label
    int imported = 0;   // reads stored
    int duplicates = 0; // reads skipped because their source id was already stored
    int hits = 0;       // hot-list hits of the stored reads
};

// Stores reads for a signed-in user. A file is parsed whole first; then all
// its reads are stored in one transaction together with the audit record, so
// a file is imported entirely or not at all. Every stored read is matched
// against the hot lists in that same transaction (hits/hitmatching.h).
class ReadImporter final
{
public:
    // keepCurrent: a plate index cache in this process to catch up after
    // each import when it is built (the search service's). matching: a matcher kept
    // between imports (the receiver's); without one, each import builds its own.
    explicit ReadImporter(Session& session, PlateIndexCache* keepCurrent = nullptr,
                          HitMatching* matching = nullptr);
    ~ReadImporter();

    Result<ImportResult> importFile(const QString& path);
    // Reads already in memory (the demo generator); label names them in the audit trail.
    Result<ImportResult> importReads(QList<ReadRecord>& reads, const QString& label);
    // A group of reads the receiver took from cameras (ingest/receiver.h):
    // recorded as one "ingest" event on object with details (agents, cameras,
    // rejected requests) instead of an "import". Each stored read's id is set;
    // a duplicate keeps id 0.
    Result<ImportResult> importReceived(QList<ReadRecord>& reads, const QString& object,
                                        const QJsonObject& details);

private:
    Result<ImportResult> storeOnServer(QList<ReadRecord>& reads, const QString& label,
                                       const QString& action, const QString& object,
                                       const QJsonObject& details);
    Result<ImportResult> store(QList<ReadRecord>& reads, const QString& label,
                               const QString& action, const QString& object,
                               const QJsonObject& details);

    Session& m_session;
    PlateIndexCache* m_keepCurrent;
    HitMatching* m_matching;
    std::unique_ptr<HitMatching> m_ownMatching;
};

} // namespace alpr
