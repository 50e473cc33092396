// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/permissions.h"
#include "common/readrecord.h"
#include "common/result.h"
#include "search/platepattern.h"
#include "search/searchengine.h"
#include "store/readrepository.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace alpr {

class PlateIndexCache;
class Session;

// Filters of a search besides the plate.
struct SearchFilters
{
    QDateTime from; // captured at or after (UTC); invalid = open. One-second resolution.
    QDateTime to;   // captured before
    ReadAttributeFilter attributes;

    QJsonObject toJson() const;
};

// One inquiry: what is looked for, and the case and purpose it is for.
struct SearchRequest
{
    QString caseNumber;
    QString purpose;
    QString pattern;
    bool misread = false;   // also match the characters cameras confuse
    int maxEdits = 0;       // 0..2: near misses of an exact plate
    bool candidates = true; // also match the reads' alternative readings
    SearchFilters filters;
    int limit = 500; // how many reads to return; the count covers all matches
    QString note;    // optional; screened for personal identifiers (screenNote)

    QJsonObject queryJson() const; // the query as the audit record keeps it
};

struct SearchHit
{
    ReadRecord read; // without images
    MatchReason reason = MatchReason::Pattern;
    int cost = 0;           // misread substitutions or edit distance
    QString matchedReading; // the plate text that matched (for a candidate: the alternative)
};

struct SearchOutcome
{
    qint64 searchId = 0;
    QString pattern; // normalized
    qint64 totalCount = 0;
    QList<SearchHit> hits; // ranked: exact, fewer misreads, candidates, edits; newest first
    qint64 elapsedMs = 0;
    qint64 engineMs = 0; // of which the in-memory engine
};

// Searches and read access for a signed-in user. Every call checks the
// permission table and the case policy and writes its audit record in the
// same transaction as the access.
// A search checked and compiled, ready for the engine.
struct PreparedSearch
{
    SearchRequest request;
    PlatePattern pattern;
    const PlateIndex* index = nullptr;
    qint64 preparedAtMs = 0; // monotonic start, for the elapsed time
};

class SearchService final
{
public:
    explicit SearchService(Session& session);
    ~SearchService();

    // The plate dictionary this service searches, built on first use; the
    // GUI builds it right after sign-in so the first search is as fast as
    // the rest. An import in the same process keeps it current.
    Result<void> buildIndex();
    // Adds to a built index the reads stored since it was built or last
    // caught up, by any process (a cron import, the receiver); nothing when
    // it is not built. For the GUI to call when the store says reads were
    // added: on the thread that owns the store, not while a prepared search runs.
    Result<void> catchUpIndex();
    PlateIndexCache& indexCache() { return *m_index; }

    // prepare + run + finish, on the calling thread.
    Result<SearchOutcome> search(const SearchRequest& request);

    // The same in three steps, for a caller that keeps its window responsive:
    // prepare and finish on the thread that owns the store, run anywhere
    // (pure memory; nothing may import meanwhile). Refusals are recorded by
    // prepare, the search itself by finish, before any result is returned.
    Result<PreparedSearch> prepare(const SearchRequest& request);
    static EngineResult run(const PreparedSearch& prepared);
    Result<SearchOutcome> finish(const PreparedSearch& prepared, EngineResult engine);
    // A read's details, opened under an earlier search of this user that
    // found it: the "view-read" access record.
    Result<ReadRecord> openRead(qint64 readId, qint64 searchId);
    // An image of a read, viewed under an earlier search of this user.
    Result<QByteArray> viewImage(qint64 readId, ImageKind kind, qint64 searchId);
    // The same image enhanced for reading (enhanceForReading); recorded as a
    // view with "enhanced": true. Nothing is recorded when it cannot be shown.
    Result<QImage> viewEnhancedImage(qint64 readId, ImageKind kind, qint64 searchId);
    // The kinds of image stored with a read (on the department store: one
    // opened by openRead, whose recorded answer names them).
    Result<QList<ImageKind>> imageKinds(qint64 readId) const;
    // The case numbers this user searched under, most recent first.
    Result<QStringList> recentCases(int count) const;

private:
    // The case and purpose of one of this user's searches, checked for the
    // permission, as the details of an access made under it.
    Result<QJsonObject> accessUnder(qint64 searchId, Action action, const QString& object);
    // Fetches an image, lets `use` take it (an error rolls everything back)
    // and records the view, in one repository call.
    Result<QByteArray> imageAccess(qint64 readId, ImageKind kind, qint64 searchId, bool enhanced,
                                   const std::function<Result<void>(const QByteArray&)>& use);

    Session& m_session;
    std::unique_ptr<PlateIndexCache> m_index;
    QHash<qint64, QList<ImageKind>> m_departmentImages; // read id -> kinds, as opened
};

} // namespace alpr
