// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/readrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

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

QString candidatesToJson(const QList<PlateCandidate>& candidates)
{
    if (candidates.isEmpty())
        return {};
    QJsonArray a;
    for (const PlateCandidate& c : candidates)
        a.append(QJsonObject{{QStringLiteral("plate"), c.plate},
                             {QStringLiteral("confidence"), c.confidence}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<PlateCandidate> candidatesFromJson(const QString& text)
{
    QList<PlateCandidate> out;
    if (text.isEmpty())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : a)
        out.append(
            {v[QLatin1String("plate")].toString(), v[QLatin1String("confidence")].toDouble()});
    return out;
}

QString cornersToText(const QList<QPoint>& corners)
{
    QStringList parts;
    for (const QPoint& p : corners)
        parts.append(QStringLiteral("%1,%2").arg(p.x()).arg(p.y()));
    return parts.join(QLatin1Char(' '));
}

QList<QPoint> cornersFromText(const QString& text)
{
    QList<QPoint> out;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return out;
    for (const QString& part : parts) {
        const QStringList xy = part.split(QLatin1Char(','));
        bool okX = false, okY = false;
        const int x = xy.value(0).toInt(&okX);
        const int y = xy.value(1).toInt(&okY);
        if (xy.size() != 2 || !okX || !okY)
            return {};
        out.append(QPoint(x, y));
    }
    return out;
}

} // namespace alpr
