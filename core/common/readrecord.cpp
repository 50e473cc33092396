// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/readrecord.h"

namespace alpr {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Mobile:
        return QStringLiteral("mobile");
    case SourceKind::Fixed:
        return QStringLiteral("fixed");
    case SourceKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SourceKind sourceKindFromName(const QString& name)
{
    if (name == QLatin1String("mobile"))
        return SourceKind::Mobile;
    if (name == QLatin1String("fixed"))
        return SourceKind::Fixed;
    return SourceKind::Unknown;
}

} // namespace alpr
