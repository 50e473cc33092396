// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace alpr {

class TrailWriter;
struct TrailEntry;

// A search or canvass that ran, as the access record of Civil Code
// 1798.90.52 keeps it, with the audit event that goes with it.
struct SearchEntry
{
    qint64 userId = 0;
    QString username;
    QDateTime at;
    QString caseNumber;
    QString purpose;
    QJsonObject query; // the full query
    qint64 resultCount = 0;
    QString note;
    QString action;           // the audit event's action: "search", "canvass"
    QJsonObject auditDetails; // the audit event's details
};

// The case and purpose a search was made under.
struct SearchPurpose
{
    QString caseNumber;
    QString purpose;
};

struct CaseRecord
{
    QString number;
    QString firstUser;
    QDateTime firstAt;
    QString title;
};

// Searches and the cases they were made under.
class InquiryRepository
{
public:
    virtual ~InquiryRepository() = default;

    // Writes the searches row, its audit event (object "search:<id>",
    // outcome "success") and the case's first use in one transaction;
    // returns the search id.
    virtual Result<qint64> recordSearch(const SearchEntry& search, TrailWriter& trail) = 0;
    // The case and purpose of one of this user's searches; nothing when the
    // search is not theirs or does not exist.
    virtual Result<std::optional<SearchPurpose>> searchOf(qint64 searchId,
                                                          const QString& username) const = 0;
    // The case numbers this user searched under, most recent first.
    virtual Result<QStringList> recentCases(const QString& username, int count) const = 0;

    virtual Result<std::optional<CaseRecord>> findCase(const QString& number) const = 0;
    // Whether this user ever searched under the case.
    virtual Result<bool> searchedUnder(const QString& number, const QString& username) const = 0;
    // Sets the case's title and appends the entry, in one transaction.
    virtual Result<void> setCaseTitle(const QString& number, const QString& title,
                                      TrailWriter& trail, const TrailEntry& entry) = 0;
};

} // namespace alpr
