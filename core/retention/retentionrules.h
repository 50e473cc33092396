// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/retentionrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace alpr {

class Session;

// How long the reads of one source kind are kept, and their images, with
// the policy section the period follows.
struct RetentionPeriod
{
    QString sourceKind; // mobile, fixed, unknown
    int readDays = 0;   // a read captured on day 1 is purged on day readDays + 1
    int imageDays = 0;  // at most readDays
    QString policyRef;  // "San Leandro 418.5"
};

// The agency's retention rules (issue 17). Days are counted in the agency's
// time zone: a read captured on 2026-01-10 local time, kept 365 days, is
// purged on 2027-01-10, day 366.
struct RetentionRules
{
    Q_DECLARE_TR_FUNCTIONS(alpr::RetentionRules)

public:
    QList<RetentionPeriod> periods; // mobile, fixed, unknown

    static constexpr int kMaxDays = 3650;
    // San Leandro 418.5: mobile 365 days, fixed cameras 30, anything else 30.
    static RetentionRules defaults();
    static QStringList sourceKinds();
    RetentionPeriod period(const QString& sourceKind) const;
    QJsonObject toJson() const;

    // Invalid, naming the kind and what is wrong: 1 to 3650 days, images
    // kept no longer than the read, a policy section of at most 120
    // characters for every period, and one other than the default's for a
    // mobile period under 365 days.
    static Result<void> check(const RetentionRules& rules);
    // The cut-off times at `now` in the time zone (an IANA name).
    QList<PurgeCutoffs> cutoffs(const QDateTime& now, const QString& timeZone) const;
};

// What saving new rules would do: the reads and images the next purge
// removes under the rules in force and under the new ones.
struct RetentionChange
{
    QList<PurgeCount> before;
    QList<PurgeCount> after;
    bool shortens = false; // some period is shorter than before
    qint64 moreReads = 0;  // reads the next purge removes beyond what it would now
    qint64 moreImages = 0;
};

// Anyone signed in may read the rules.
Result<RetentionRules> retentionRules(Session& session);
// Administrators: what saving these rules would change (counted now).
Result<RetentionChange> previewRetentionRules(Session& session, const RetentionRules& rules);
// Administrators. A change that shortens a period is refused (Conflict,
// saying how many reads the next purge would remove) unless
// confirmedMoreReads equals that number: the caller showed it first.
// Audited as "settings-changed" on "settings:retention" with before and after.
Result<void> setRetentionRules(Session& session, const RetentionRules& rules,
                               qint64 confirmedMoreReads = -1);

} // namespace alpr
