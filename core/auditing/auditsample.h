// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "audit/auditlog.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace alpr {

class Session;

// What a policy audit samples (DESIGN.md "Audits"; Los Altos 462.6(f), San
// Leandro 418.6.1): search inquiries (searches and canvasses) twice a year,
// image views quarterly.
enum class SampleKind
{
    Searches,
    Images,
    Hits,    // hit verifications (decisions), quarterly
    Exports, // evidence packages exported, quarterly
    Releases // release requests logged and decided, quarterly
};

QString sampleKindName(SampleKind kind); // "searches", "images"
std::optional<SampleKind> sampleKindFromName(const QString& name);
// "search inquiries" / "search inquiry", translated.
QString sampleKindNoun(SampleKind kind, bool plural);
// The policy minimum: 10 inquiries, 5 image views.
int policyMinimum(SampleKind kind);
// The audit actions a kind draws from.
QStringList sampleActions(SampleKind kind);

// A half-year ("2026-H1") or a quarter ("2026-Q3"), in UTC.
struct AuditPeriod
{
    QString label;
    QDateTime start; // inclusive
    QDateTime end;   // exclusive
};
Result<AuditPeriod> parseAuditPeriod(const QString& text);
// The last complete period a sample of the kind covers at now: the previous
// half-year for search inquiries (on 2026-12-05: "2026-H1"), the previous
// quarter for image views ("2026-Q3").
QString lastCompletePeriod(SampleKind kind, const QDateTime& now);

// The findings of an audit worksheet.
enum class Finding
{
    Complies,
    Violation,
    FollowUp
};
QString findingName(Finding finding); // "complies", "violation", "follow-up"
std::optional<Finding> findingFromName(const QString& name);
QString findingTitle(Finding finding); // "complies", "does not comply", "needs follow-up"

// What the software can check of a sampled event by itself, for the auditor
// to see next to the questions only a person can answer.
struct AutomaticChecks
{
    bool caseFormatValid = false; // the case number is in the department's format
    bool caseOnRecord = false;    // and was recorded as a case by then
    bool purposeListed = false;   // the purpose is one of the store's purposes
    bool purposeActive = false;   // and is not retired
    QStringList dataErrors;       // the record itself is wrong or incomplete
};

// The auditor's answers for one sampled event.
struct Worksheet
{
    std::optional<bool> caseReal;          // the case exists in the records system
    std::optional<bool> purposeAuthorized; // the purpose fits the case and the policy
    std::optional<bool> queryConsistent;   // the query fits the case
    std::optional<Finding> finding;
    QString note;
    QString reviewedBy;
    QDateTime reviewedAt;
};

struct SampleItem
{
    int item = 0; // 1.. within the sample
    AuditEvent event;
    AutomaticChecks checks;
    Worksheet worksheet;
};

// checkSummary() (auditing/checksummary.h) says in words what the checks found.

struct AuditSample
{
    qint64 id = 0;
    SampleKind kind = SampleKind::Searches;
    AuditPeriod period;
    quint64 seed = 0;
    int requestedSize = 0;
    qint64 population = 0; // events of the kind in the period, up to throughSeq
    qint64 throughSeq = 0; // the trail's last event when drawn
    QString drawnBy;
    QDateTime drawnAt;
    qint64 auditSeq = 0;     // the "audit-sample" event
    QList<SampleItem> items; // in trail order

    // True when the population was smaller than asked, so every event is in it.
    bool tookAll() const { return population <= requestedSize; }
    // Said plainly on screen and on the memo, e.g. "Only 3 image views ...".
    QString sizeStatement() const;
    // How the draw was made, enough for anyone to repeat it.
    QString methodStatement() const;
    // Items without a finding yet, and that said in words:
    // "3 of 10 items not yet reviewed" (empty when every item has one).
    int unreviewedCount() const;
    QString reviewStatement() const;
};

struct SampleRequest
{
    SampleKind kind = SampleKind::Searches;
    QString period;              // "2026-H1", "2026-Q3"
    int size = 0;                // 0: the policy minimum; never below it
    std::optional<quint64> seed; // none: a fresh random seed
};

// Draws a sample from the trail (read-audit permission). The sample and its
// "audit-sample" event commit together.
Result<AuditSample> drawSample(Session& session, const SampleRequest& request);
// The draw itself: which positions (0-based, into the population ordered by
// seq) a seed picks. Fisher-Yates over SplitMix64; deterministic.
std::vector<qint64> drawPositions(quint64 seed, qint64 population, int size);

Result<AuditSample> loadSample(Session& session, qint64 sampleId);
// Every sample, newest first, without items.
Result<QList<AuditSample>> listSamples(Session& session);
// Draws again from the recorded seed and population; true when the same
// events come out (proof the sample was not hand-picked or edited).
Result<bool> redrawMatches(Session& session, const AuditSample& sample);
// Records the auditor's answers for one item; each is an "audit-finding" event.
Result<void> recordFinding(Session& session, qint64 sampleId, int item, const Worksheet& worksheet);

} // namespace alpr
