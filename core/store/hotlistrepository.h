// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// A general list is an extract from the California DOJ or NCIC, replaced
// whole at each download; a department list holds entries its members make.
enum class HotListKind
{
    General,
    Department
};
QString hotListKindName(HotListKind kind); // "general", "department"
std::optional<HotListKind> hotListKindFromName(const QString& name);

struct HotList
{
    qint64 id = 0;
    QString name;
    HotListKind kind = HotListKind::General;
    QString purpose;     // the purpose code its hits are verified under
    int priority = 50;   // 0..100, higher first
    bool covert = false; // hits shown only to the members
    bool alert = true;
    bool enabled = true;
    QStringList members; // user names; for covert lists
    QString source;      // file name of the last import, "demo", or "" for department lists
    QString format;      // clew, ncic-csv, csv of the last import
    QDateTime extractAt; // the extract's own time, invalid when the file has none
    QDateTime loadedAt;  // last import (or creation)
    QString loadedBy;
    QString createdBy;
    int entryCount = 0; // entries, any status (filled by lists())
};

// approved entries match; pending ones wait for an administrator; removed
// and expired ones stay for the hits that point at them.
enum class EntryStatus
{
    Pending,
    Approved,
    Removed,
    Expired
};
QString entryStatusName(EntryStatus status); // "pending", "approved", "removed", "expired"
std::optional<EntryStatus> entryStatusFromName(const QString& name);

struct HotListEntry
{
    qint64 id = 0;
    qint64 listId = 0;
    QString plate; // a plate (A-Z0-9), or a pattern when isPattern
    bool isPattern = false;
    QString state; // two letters, or empty
    QString reason;
    QString caseNumber;
    QString synopsis;
    QString note;
    QDateTime expiresAt; // invalid: does not expire
    EntryStatus status = EntryStatus::Approved;
    QString enteredBy;
    QDateTime enteredAt;
    QString approvedBy;
    QDateTime approvedAt;
    // Descriptors and the extract's own fields: make, model, color, body,
    // vehicle_year, plate_year, plate_type, nic, ori, county, listed_on.
    QJsonObject details;
};

// A change to an entry, waiting for a supervisor.
struct EntryChange
{
    qint64 id = 0;
    qint64 entryId = 0;
    QJsonObject proposed; // field -> new value; "status": "removed" removes the entry
    QString proposedBy;
    QDateTime proposedAt;
    QString status; // pending, approved, refused
    QString decidedBy;
    QDateTime decidedAt;
};

// What the matcher needs of one entry that may match.
struct ActiveEntry
{
    qint64 entryId = 0;
    qint64 listId = 0;
    QString plate;
    bool isPattern = false;
    QString state;
    qint64 expiresAtMs = 0; // 0: does not expire
};

struct HitRecord
{
    qint64 id = 0;
    qint64 readId = 0;
    qint64 listId = 0;
    qint64 entryId = 0;
    QDateTime matchedAt;
    QString matchKind;    // exact, pattern, candidate, misread
    QString matchedPlate; // the reading that matched (the plate or an alternative)
    bool stateDiffers = false;
    bool stale = false;
    int priority = 0;
    bool covert = false;
    QString status;       // new, taken, confirmed, rejected (see hits/alerts.h)
    QJsonObject snapshot; // the list and entry as they were when it matched
    // The dispatcher's work on it.
    QString takenBy; // who holds it now; empty when nobody does
    QDateTime takenAt;
    QString incident; // the CAD incident number it is verified under
    QDateTime lastStepAt;
    QDateTime escalatedAt; // left untaken too long (stays set once escalated)
    QJsonObject checklist; // step -> its result as it stands
    QString decidedBy;
    QDateTime decidedAt;
    QString outcome;      // the disposition, after a confirmation
    QDateTime notifiedAt; // the BOLO's author was told of it
    // Of the read, filled by the listing queries.
    QString readPlate;
    QString readState;
    QDateTime capturedAt;
    QString camera;
};

// One step of a hit's verification, as hit_steps keeps them in order.
struct HitStep
{
    qint64 id = 0;
    qint64 hitId = 0;
    QString step; // taken, released, escalated, image-viewed, characters, ...
    QString username;
    QDateTime at;
    QString incident;
    QJsonObject details;
};

struct HitFilter
{
    QString status;           // empty: any
    bool open = false;        // only hits nobody has decided (new or taken)
    QString unnotifiedAuthor; // only hits of entries this user entered, not yet told
    qint64 hitId = 0;         // only this hit (0: any)
    QString viewer;           // covert lists' hits only when this user is a member
    int limit = 200;
};

// The hot lists, their entries, and hits. Every write appends its audit
// entry in the same transaction and moves generation() on when it changes
// what may match.
class HotListRepository
{
public:
    virtual ~HotListRepository() = default;

    // A new list with its members (no entries); returns its id.
    virtual Result<qint64> createList(const HotList& list, TrailWriter& trail,
                                      const TrailEntry& entry) = 0;
    // Kind and name stay; the rest as given.
    virtual Result<void> updateList(const HotList& list, TrailWriter& trail,
                                    const TrailEntry& entry) = 0;
    virtual Result<QList<HotList>> lists() const = 0;
    // nullopt when there is no list of that name.
    virtual Result<std::optional<HotList>> list(const QString& name) const = 0;
    virtual Result<std::optional<HotList>> listById(qint64 id) const = 0;

    // Replaces every entry of a general list with these (approved), and sets
    // its source, format, extract time and load, in one transaction.
    virtual Result<void> replaceEntries(const HotList& loaded, const QList<HotListEntry>& entries,
                                        TrailWriter& trail, const TrailEntry& entry) = 0;
    // One entry (a department entry); returns its id.
    virtual Result<qint64> addEntry(const HotListEntry& hotListEntry, TrailWriter& trail,
                                    const TrailEntry& entry) = 0;
    virtual Result<std::optional<HotListEntry>> entry(qint64 id) const = 0;
    // The entries with these ids (unknown ones left out), in no order.
    virtual Result<QList<HotListEntry>> entriesById(const std::vector<qint64>& ids) const = 0;
    // Entries of a list by status (all when status is null), newest first, at most limit.
    virtual Result<QList<HotListEntry>> entries(qint64 listId, std::optional<EntryStatus> status,
                                                int limit) const = 0;
    virtual Result<qint64> countEntries(qint64 listId) const = 0;
    // Sets an entry's status; approvedBy/At are set when status is Approved.
    virtual Result<void> setEntryStatus(qint64 entryId, EntryStatus status, const QString& by,
                                        const QDateTime& at, TrailWriter& trail,
                                        const TrailEntry& entry) = 0;
    // Approved entries whose expiry is at or before now.
    virtual Result<QList<HotListEntry>> dueToExpire(const QDateTime& now) const = 0;

    virtual Result<qint64> proposeChange(const EntryChange& change, TrailWriter& trail,
                                         const TrailEntry& entry) = 0;
    virtual Result<std::optional<EntryChange>> change(qint64 id) const = 0;
    virtual Result<QList<EntryChange>> changes(qint64 entryId) const = 0;
    // Marks the change decided and, when approved, writes the entry as changed.
    virtual Result<void> decideChange(const EntryChange& decided, const HotListEntry& changed,
                                      TrailWriter& trail, const TrailEntry& entry) = 0;

    virtual Result<void> linkLookback(qint64 entryId, qint64 searchId) = 0;

    // Approved, unexpired entries of enabled lists, for the matcher.
    virtual Result<std::vector<ActiveEntry>> activeEntries(const QDateTime& now) const = 0;
    // Moves on with every change to what may match.
    virtual Result<qint64> generation() const = 0;

    // Stores hits; called inside an import's transaction (no transaction of its own).
    virtual Result<void> insertHits(const std::vector<HitRecord>& hits) = 0;
    virtual Result<QList<HitRecord>> hits(const HitFilter& filter) const = 0;
    virtual Result<std::optional<HitRecord>> hit(qint64 id) const = 0;

    // Writes a hit's work as changed (status, holder, incident, times,
    // checklist, decision, outcome, notice) provided it still has
    // expectedStatus and expectedHolder: Conflict otherwise, nothing written
    // (another dispatcher got there first). Adds the step and appends the
    // trail entry in the same transaction.
    virtual Result<void> updateHit(const HitRecord& changed, const QString& expectedStatus,
                                   const QString& expectedHolder, const HitStep& step,
                                   TrailWriter& trail, const TrailEntry& entry) = 0;
    // A step that changes nothing else (an image viewed), in the caller's transaction.
    virtual Result<void> addHitStep(const HitStep& step) = 0;
    // A hit's steps in the order they were made.
    virtual Result<QList<HitStep>> hitSteps(qint64 hitId) const = 0;
};

} // namespace alpr
