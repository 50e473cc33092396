// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/evidencerepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace alpr {

class Session;

// What to export, why and where.
struct EvidenceRequest
{
    QString caseNumber;
    QString purpose;
    QList<qint64> readIds;    // chosen by id (search results, a case's reads)
    qint64 searchId = 0;      // the user's search they were chosen from, if any
    qint64 hitId = 0;         // or the read of a hit
    QString target;           // the folder the package is made in (a medium)
    bool derivatives = false; // enhanced views in data/derivatives/
    qint64 releaseId = 0;     // an approved release request the package is made for
};

struct ExportedPackage
{
    QString id;     // "ev-20261205-3f9a2c1b", also the folder's name
    QString folder; // where it is
    int reads = 0;
    int payloadFiles = 0;
    qint64 payloadBytes = 0;
    QString tagManifestSha256; // hex
    QString keyFingerprint;
};

// Evidence packages (issue 16): BagIt 1.0 bags (RFC 8493) that anyone can
// check with the stock tools of any machine, signed with the agency's
// evidence key (EvidenceKeys). Records staff (export), with a case number
// and a purpose as for a search.
//
// The export is recorded before any byte leaves the store ("evidence-export",
// outcome "started", with the case, the purpose and every read), so that an
// export killed half-way is still on record; its end is recorded again:
// "success" with the tag manifest's hash once the package was read back from
// the medium and matched, or "failure" with the reason, and then nothing of
// it is left on the medium.
class EvidenceExport final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::EvidenceExport)

public:
    explicit EvidenceExport(Session& session) : m_session(session) {}

    // done and total in files; stage is a short translated phrase.
    using Progress = std::function<void(int done, int total, const QString& stage)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between files: a cancelled export leaves nothing behind and
    // is recorded as failed ("cancelled").
    void setCancel(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // For tests: runs when the package is in place, before it is read back.
    void setBeforeReadBack(std::function<void(const QString& folder)> hook)
    {
        m_beforeReadBack = std::move(hook);
    }

    Result<ExportedPackage> exportPackage(const EvidenceRequest& request);

    // The packages exported, newest first (records staff, auditors, administrators).
    Result<QList<EvidencePackage>> list(int limit);
    Result<EvidencePackage> show(const QString& packageId);

private:
    Session& m_session;
    Progress m_progress;
    std::function<bool()> m_cancelled;
    std::function<void(const QString&)> m_beforeReadBack;
};

} // namespace alpr
