// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/plateconcern.h"

#include "audit/auditlog.h"
#include "search/misreadtable.h"
#include "search/platepattern.h"
#include "search/platetext.h"
#include "search/searchengine.h"

#include <QHash>

#include <optional>

namespace alpr {

bool eventConcernsPlate(const AuditEvent& event, const QString& plate)
{
    if (event.details.value(QStringLiteral("plate")).toString() == plate)
        return true;
    const QJsonObject query = event.details.value(QStringLiteral("query")).toObject();
    const QString pattern = query.value(QStringLiteral("pattern")).toString();
    if (pattern.isEmpty())
        return false;
    // Patterns repeat across a trail: compile each once per thread.
    thread_local QHash<QString, std::optional<PlatePattern>> compiled;
    const bool misread = query.value(QStringLiteral("misread")).toBool();
    const QString key = (misread ? QStringLiteral("m:") : QStringLiteral("p:")) + pattern;
    auto it = compiled.find(key);
    if (it == compiled.end()) {
        static const MisreadTable table = MisreadTable::defaults();
        auto p = PlatePattern::compile(pattern, misread ? &table : nullptr);
        if (compiled.size() > 4096)
            compiled.clear();
        it = compiled.insert(key, p ? std::optional<PlatePattern>(p.value()) : std::nullopt);
    }
    if (it.value() && it.value()->misreadCost(plate) >= 0)
        return true;
    // A near-miss search (max_edits) of a whole plate.
    const int maxEdits = query.value(QStringLiteral("max_edits")).toInt();
    if (maxEdits > 0 && it.value() && it.value()->isLiteral()) {
        const QByteArray a = it.value()->literal().toLatin1();
        const QByteArray b = plate.toLatin1();
        return boundedEditDistance(a.constData(), int(a.size()), b.constData(), int(b.size()),
                                   maxEdits) <= maxEdits;
    }
    return false;
}

Result<QList<AuditEvent>> listTrail(const AuditLog& trail, const AuditFilter& filter)
{
    const QString plate = normalizePlate(filter.plate);
    if (plate.isEmpty())
        return trail.list(filter);
    return trail.list(filter,
                      [&plate](const AuditEvent& e) { return eventConcernsPlate(e, plate); });
}

} // namespace alpr
