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

#include <QFileInfo>
#include <QSet>

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
    Store& store = storeOf(m_session);
    ImportResult result;
    result.source = label;
    struct Added
    {
        StoredRead stored;
        QString plate;
        qint64 capturedAtMs;
    };
    std::vector<Added> added;
    added.reserve(std::size_t(reads.size()));
    const QDateTime now = m_session.clock().now();

    auto stored = store.transaction([&]() -> Result<void> {
        ReadRepository repository(store.database());
        QStringList externalIds;
        for (const ReadRecord& read : reads)
            if (!read.externalId.isEmpty())
                externalIds << read.externalId;
        auto already = repository.storedExternalIds(externalIds);
        if (!already)
            return already.error();
        QSet<QString> seen = std::move(already.value());
        for (ReadRecord& read : reads) {
            // A webhook delivered twice, or a file imported again, is stored once.
            if (!read.externalId.isEmpty()) {
                if (seen.contains(read.externalId)) {
                    ++result.duplicates;
                    continue;
                }
                seen.insert(read.externalId);
            }
            auto r = repository.insert(read, now);
            if (!r)
                return r.error();
            added.push_back({r.value(), read.plate, read.capturedAt.toMSecsSinceEpoch()});
            ++result.imported;
        }
        auto logged =
            trailOf(m_session).append(m_session.user().username, QStringLiteral("import"), object,
                                      {{QStringLiteral("imported"), result.imported},
                                       {QStringLiteral("duplicates"), result.duplicates}},
                                      QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    });
    if (!stored)
        return makeError(
            stored.error().code,
            QStringLiteral("%1: nothing was imported: %2").arg(label, stored.error().message));
    if (PlateIndex* index = m_keepCurrent ? m_keepCurrent->built() : nullptr) {
        for (const Added& a : added) {
            index->addRead(a.stored.plateId, a.plate, a.stored.readId, a.capturedAtMs);
            for (const auto& [plateId, plate] : a.stored.candidatePlates)
                index->addCandidate(plateId, plate, a.stored.readId, a.capturedAtMs);
        }
    }
    return result;
}

} // namespace alpr
