// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/retentionrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace alpr {

class Session;

// Which reads a new hold keeps: exactly one of these.
struct HoldSelection
{
    QList<qint64> readIds; // chosen by id (from a search's results too: give searchId)
    qint64 searchId = 0;   // the search the ids came from, recorded as the hold's source
    QString caseNumber;    // every read opened or exported under the case
    QString packageId;     // an evidence package's reads
};

struct HoldRequest
{
    HoldSelection selection;
    QString caseNumber; // the case the hold is for
    QString reason;     // evidence, discovery-request, preservation-letter, litigation
    QString requestingParty;
    QDate reviewOn;
    QString note;
};

// Legal holds (issue 17): reads that are, or may become, evidence, or are
// subject to a discovery request or other lawful action, are never purged,
// nor their images (Government Code 34090.6; San Leandro 418.5; Los Altos
// 462.5). Records staff place and release them; administrators release
// them too; auditors read them. Every change is an audit event.
class LegalHolds final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::LegalHolds)

public:
    explicit LegalHolds(Session& session) : m_session(session) {}

    static QStringList reasons(); // evidence, discovery-request, preservation-letter, litigation
    static constexpr int kMaxReads = 100000;

    Result<LegalHold> place(const HoldRequest& request);
    // Records staff or an administrator, with a note.
    Result<LegalHold> release(qint64 id, const QString& note);
    // Active holds (all with includeReleased), newest first.
    Result<QList<LegalHold>> list(bool includeReleased = false);
    // Active holds whose review date has come (today in the agency's zone).
    Result<QList<LegalHold>> dueForReview();
    Result<LegalHold> show(qint64 id);
    Result<QList<qint64>> reads(qint64 id);
    // Which of these reads a hold keeps: for the mark wherever reads are
    // listed. Anyone who may search may ask.
    Result<QSet<qint64>> held(const std::vector<qint64>& readIds);

    // The hold a hit confirmed with an enforcement disposition puts on its
    // read (Los Altos 462.4(h)(3)): called by Alerts on the confirming
    // dispatcher's session, so it needs no records role.
    static Result<qint64> holdForStop(Session& session, qint64 readId, qint64 hitId,
                                      const QString& incident, const QString& disposition);

private:
    Result<void> requireReader();
    Result<QList<qint64>> selectReads(const HoldSelection& selection, QString& source);
    static QString noReadsOfCase(const QString& caseNumber);

    Session& m_session;
};

} // namespace alpr
