// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "hits/hotlistmatcher.h"
#include "store/hotlistrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace alpr {

class Session;
struct ReadRecord;

// Matches reads against every active hot-list entry as they enter the store
// (file import, demo, receiver) and stores their hits in the import's own
// transaction. Keeps its matcher between imports and rebuilds it when the
// hot lists' generation or the misread table changed, also when another
// process changed them.
class HitMatching final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::HitMatching)

public:
    explicit HitMatching(Session& session) : m_session(session) {}

    // Brings the matcher up to date with the store.
    Result<void> refresh();
    // For ReadRepository::importReads' alsoStore: matches the stored reads
    // (id set), stores one hit per read and entry, adds "hits" to details.
    Result<void> matchAndStore(const QList<ReadRecord>& reads, QJsonObject& details);

    const HotListMatcher& matcher() const { return m_matcher; }

private:
    Session& m_session;
    HotListMatcher m_matcher;
    QHash<qint64, HotList> m_lists;
    qint64 m_generation = -1;
    QString m_misreadText;
    int m_staleHours = 24;
};

// The hit if the session's user may see it: covert lists' hits only for
// their members (the repository's listing applies the rule). Nothing recorded.
Result<std::optional<HitRecord>> visibleHitRecord(Session& session, qint64 hitId);

// Hits for users who verify them (verify-hit). Every listing and every view
// is an access event; covert lists' hits reach only their members.
class Hits final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Hits)

public:
    explicit Hits(Session& session) : m_session(session) {}

    Result<QList<HitRecord>> list(const QString& status, int limit = 200);
    Result<HitRecord> show(qint64 hitId);

private:
    Session& m_session;
};

} // namespace alpr
