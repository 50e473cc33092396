// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/hotlistrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The hotlists, hotlist_members, hotlist_entries, hotlist_entry_changes,
// hotlist_lookbacks, hits and hotlist_state tables of the file store.
class SqlHotListRepository final : public HotListRepository
{
public:
    explicit SqlHotListRepository(QSqlDatabase db);

    Result<qint64> createList(const HotList& list, TrailWriter& trail,
                              const TrailEntry& entry) override;
    Result<void> updateList(const HotList& list, TrailWriter& trail,
                            const TrailEntry& entry) override;
    Result<QList<HotList>> lists() const override;
    Result<std::optional<HotList>> list(const QString& name) const override;
    Result<std::optional<HotList>> listById(qint64 id) const override;
    Result<void> replaceEntries(const HotList& loaded, const QList<HotListEntry>& entries,
                                TrailWriter& trail, const TrailEntry& entry) override;
    Result<qint64> addEntry(const HotListEntry& hotListEntry, TrailWriter& trail,
                            const TrailEntry& entry) override;
    Result<std::optional<HotListEntry>> entry(qint64 id) const override;
    Result<QList<HotListEntry>> entriesById(const std::vector<qint64>& ids) const override;
    Result<QList<HotListEntry>> entries(qint64 listId, std::optional<EntryStatus> status,
                                        int limit) const override;
    Result<qint64> countEntries(qint64 listId) const override;
    Result<void> setEntryStatus(qint64 entryId, EntryStatus status, const QString& by,
                                const QDateTime& at, TrailWriter& trail,
                                const TrailEntry& entry) override;
    Result<QList<HotListEntry>> dueToExpire(const QDateTime& now) const override;
    Result<qint64> proposeChange(const EntryChange& change, TrailWriter& trail,
                                 const TrailEntry& entry) override;
    Result<std::optional<EntryChange>> change(qint64 id) const override;
    Result<QList<EntryChange>> changes(qint64 entryId) const override;
    Result<void> decideChange(const EntryChange& decided, const HotListEntry& changed,
                              TrailWriter& trail, const TrailEntry& entry) override;
    Result<void> linkLookback(qint64 entryId, qint64 searchId) override;
    Result<std::vector<ActiveEntry>> activeEntries(const QDateTime& now) const override;
    Result<qint64> generation() const override;
    Result<void> insertHits(const std::vector<HitRecord>& hits) override;
    Result<QList<HitRecord>> hits(const HitFilter& filter) const override;
    Result<std::optional<HitRecord>> hit(qint64 id) const override;
    Result<void> updateHit(const HitRecord& changed, const QString& expectedStatus,
                           const QString& expectedHolder, const HitStep& step, TrailWriter& trail,
                           const TrailEntry& entry) override;
    Result<void> addHitStep(const HitStep& step) override;
    Result<QList<HitStep>> hitSteps(qint64 hitId) const override;

private:
    Result<void> bumpGeneration();
    Result<void> writeMembers(qint64 listId, const QStringList& members);
    // q: prepared on its first use, then reused.
    Result<void> insertEntry(class QSqlQuery& q, const HotListEntry& e, qint64* id);
    Result<QList<HotList>> selectLists(const QString& where, const QVariant& bound) const;
    Result<QList<HotListEntry>> selectEntries(const QString& where,
                                              const QVariantList& bound) const;
    Result<QList<EntryChange>> selectChanges(const QString& where, const QVariant& bound) const;
    Result<QList<HitRecord>> selectHits(const QString& where, const QVariantList& bound) const;

    QSqlDatabase m_db;
};

} // namespace alpr
