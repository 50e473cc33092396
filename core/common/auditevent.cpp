// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/auditevent.h"

namespace alpr {

bool AuditFilter::isEmpty() const
{
    return username.isEmpty() && action.isEmpty() && caseNumber.isEmpty() && purpose.isEmpty() &&
           plate.isEmpty() && outcome.isEmpty() && !from.isValid() && !to.isValid();
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    const std::pair<const char*, const QString*> texts[] = {
        {"user", &username},   {"action", &action}, {"case", &caseNumber},
        {"purpose", &purpose}, {"plate", &plate},   {"outcome", &outcome}};
    for (const auto& [key, value] : texts)
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODate));
    return o;
}

} // namespace alpr
