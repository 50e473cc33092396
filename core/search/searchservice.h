// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "search/platepattern.h"
#include "store/readrecord.h"
#include "store/readrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace alpr {

class Session;

// One inquiry: what is looked for, and the case and purpose it is for.
struct SearchRequest
{
    QString caseNumber;
    QString purpose;
    QString pattern;
    bool misread = false;
    int limit = 500; // how many reads to return; the count covers all matches

    QJsonObject queryJson() const; // the query as the audit record keeps it
};

struct SearchHit
{
    ReadRecord read; // without images
    PlateMatch match = PlateMatch::None;
    int misreadCost = 0;
};

struct SearchOutcome
{
    qint64 searchId = 0;
    QString pattern; // normalized
    qint64 totalCount = 0;
    QList<SearchHit> hits; // ranked: exact, then fewer misreads, newest first within a rank
    qint64 elapsedMs = 0;
};

QString plateMatchName(PlateMatch match); // "exact", "pattern", "misread"

// Searches and read access for a signed-in user. Every call checks the
// permission table and the case policy and writes its audit record in the
// same transaction as the access.
class SearchService final
{
public:
    explicit SearchService(Session& session) : m_session(session) {}

    Result<SearchOutcome> search(const SearchRequest& request);
    // An image of a read, viewed under an earlier search of this user.
    Result<QByteArray> viewImage(qint64 readId, ImageKind kind, qint64 searchId);
    Result<QList<ImageKind>> imageKinds(qint64 readId) const;
    // The case numbers this user searched under, most recent first.
    Result<QStringList> recentCases(int count) const;

private:
    Session& m_session;
};

} // namespace alpr
