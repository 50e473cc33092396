// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/evidencerepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

class Session;

// What the law and the policies say of a request before anyone weighs it.
struct ReleaseRuling
{
    bool refused = false; // refused at once; otherwise it waits for approval
    QString reason;       // the law or policy section, when refused
};

// Requests from other agencies for ALPR data (issue 16): Civil Code
// 1798.90.55 (SB 34), the California Values Act (Government Code 7284.6),
// Los Altos 462.7, San Leandro 418.7. Records staff log them; out-of-state
// and federal agencies, immigration enforcement and non-law-enforcement
// requesters are refused at once (and the refusal kept on file); the rest
// wait for an administrator or supervisor who did not log the request.
class ReleaseRequests final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::ReleaseRequests)

public:
    explicit ReleaseRequests(Session& session) : m_session(session) {}

    // "ca-local", "ca-state", "ca-prosecutor", "out-of-state", "federal",
    // "non-law-enforcement".
    static QStringList agencyTypes();
    // "criminal-investigation", "prosecution", "missing-person",
    // "stolen-vehicle", "immigration-enforcement", "other".
    static QStringList purposes();
    // The rules, as rows: agency type x purpose (and what the description
    // says it is for) -> refused, with the reason, or needs approval.
    static ReleaseRuling rule(const QString& agencyType, const QString& purpose,
                              const QString& description);

    // Logs a request (records staff: export). Refused ones are kept too,
    // with status "refused"; the caller tells the requester the reason.
    Result<ReleaseRequest> log(ReleaseRequest request);
    // An administrator or supervisor who did not log it (approve-releases).
    Result<ReleaseRequest> approve(qint64 id, const QString& note);
    Result<ReleaseRequest> deny(qint64 id, const QString& note);
    // Records staff, approvers and auditors.
    Result<QList<ReleaseRequest>> list(int limit);
    Result<ReleaseRequest> show(qint64 id);
    // The request on file as text (for the PDF and the CLI), one line each.
    Result<QStringList> fileText(qint64 id);
    // The same as a PDF (needs a QGuiApplication for fonts); 0600.
    Result<void> writePdf(qint64 id, const QString& path);

private:
    Result<ReleaseRequest> decide(qint64 id, bool approve, const QString& note);
    Result<void> requireReader();

    Session& m_session;
};

} // namespace alpr
