// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "audit/auditlog.h"
#include "auditing/auditsample.h"
#include "cases/agencysettings.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace alpr {

class Session;

// The audit memo to the Chief of Police (DESIGN.md "Audits"): the period,
// the sampling method and seed, each sampled item with its checks and
// finding, the data errors found, the state of the trail with its latest
// hash, the auditor and the date. The latest hash lets anyone holding the
// printed memo detect a later rewrite of the trail up to that point.
struct AuditMemo
{
    AuditSample sample;
    AuditVerification trail;
    bool redrawMatches = false;
    QString auditorUser;
    QString auditorName;
    QString organization;
    AgencySettings agency; // named in the memo's header: the name and the ORI
    QDateTime writtenAt;
    QStringList dataErrors; // "item 3 (event 1234): ..." and trail problems

    int count(std::optional<Finding> finding) const; // nullopt: items without a finding
};

// Loads the sample, verifies the trail and draws the sample again, for a memo
// (read-audit permission). Nothing is written.
Result<AuditMemo> compileAuditMemo(Session& session, qint64 sampleId);
// The memo as rich text (what the PDF shows) and as CSV (the same content).
QString memoHtml(const AuditMemo& memo);
QByteArray memoCsv(const AuditMemo& memo);
// Writes the PDF (and the CSV when csvPath is not empty), each whole or not
// at all, and records an "audit-memo" event with the hash printed on it.
Result<AuditMemo> writeAuditMemo(Session& session, qint64 sampleId, const QString& pdfPath,
                                 const QString& csvPath);

} // namespace alpr
