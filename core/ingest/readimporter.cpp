// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/readimporter.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "ingest/readfileparser.h"
#include "search/plateindex.h"
#include "search/plateindexcache.h"
#include "store/readrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace alpr {

Result<ImportResult> ReadImporter::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (auto r = m_session.require(Action::ImportReads, QStringLiteral("file:%1").arg(name)); !r)
        return r.error();
    auto parsed = parseReadFile(path);
    if (!parsed) {
        (void)trailOf(m_session).append(m_session.user().username, QStringLiteral("import"),
                                        QStringLiteral("file:%1").arg(name),
                                        {{QStringLiteral("reason"), parsed.error().message}},
                                        QStringLiteral("invalid"));
        return parsed.error();
    }
    return importReads(parsed.value(), name);
}

Result<ImportResult> ReadImporter::importReads(QList<ReadRecord>& reads, const QString& label)
{
    const QString object = QStringLiteral("file:%1").arg(label);
    if (auto r = m_session.require(Action::ImportReads, object); !r)
        return r.error();
    ImportResult result;
    result.source = label;
    auto stored =
        storeOf(m_session).reads().importReads(reads, m_session.clock().now(), trailOf(m_session),
                                               TrailEntry{m_session.user().username,
                                                          QStringLiteral("import"),
                                                          object,
                                                          {},
                                                          QStringLiteral("success")});
    if (!stored)
        return makeError(
            stored.error().code,
            QCoreApplication::translate("alpr::ReadImporter", "%1: nothing was imported: %2")
                .arg(label, stored.error().message));
    result.imported = stored->imported;
    result.duplicates = stored->duplicates;
    if (PlateIndex* index = m_keepCurrent ? m_keepCurrent->built() : nullptr) {
        for (const StoredRead& a : stored->stored) {
            index->addRead(a.plateId, a.plate, a.readId, a.capturedAtMs);
            for (const auto& [plateId, plate] : a.candidatePlates)
                index->addCandidate(plateId, plate, a.readId, a.capturedAtMs);
        }
    }
    return result;
}

} // namespace alpr
