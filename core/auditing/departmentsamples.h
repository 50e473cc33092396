// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "audit/auditlog.h"
#include "auditing/auditsample.h"
#include "common/result.h"
#include "store/samplerepository.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <vector>

namespace alpr {

class Session;

// What the automatic checks of a sampled event look at, as the store holds
// it: when the event's case was first searched under, and the search row the
// event names (for an image view, the search it was viewed under; else the
// one the event recorded).
struct SampleEventFacts
{
    std::optional<QDateTime> caseFirstUse;
    std::optional<RecordedSearch> search;
};

// The policy audit's samples on the department store: the server draws them
// from its own trail (so no workstation can choose the events), keeps the
// worksheets and records each finding and memo; the workstation checks the
// events and draws each sample again by itself.
namespace departmentsamples {

struct Loaded
{
    StoredSample sample;
    QList<StoredSampleItem> items;
    QHash<qint64, AuditEvent> events;   // by seq; an item whose event is missing has none
    QHash<int, SampleEventFacts> facts; // by item
    std::vector<qint64> population;     // with withPopulation: every event drawn from
};

// Returns the new sample's id.
Result<qint64> draw(Session& session, SampleKind kind, const QString& period, int size,
                    std::optional<quint64> seed);
// Reading a sample is a reading of the trail, recorded by the server first.
Result<Loaded> load(Session& session, qint64 sampleId, bool withPopulation);
Result<QList<StoredSample>> list(Session& session);
Result<void> recordFinding(Session& session, qint64 sampleId, int item, const Worksheet& worksheet);
// details: trail_latest_hash, trail_events, trail_intact, data_errors, pdf, csv.
Result<void> recordMemo(Session& session, qint64 sampleId, const QJsonObject& details);

} // namespace departmentsamples

} // namespace alpr
