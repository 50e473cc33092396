// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/readrepository.h"

namespace alpr {

QString imageKindName(ImageKind kind)
{
    switch (kind) {
    case ImageKind::Plate:
        return QStringLiteral("plate");
    case ImageKind::Overview:
        return QStringLiteral("overview");
    case ImageKind::Vehicle:
        return QStringLiteral("vehicle");
    }
    return {};
}

std::optional<ImageKind> imageKindFromName(const QString& name)
{
    for (ImageKind k : {ImageKind::Plate, ImageKind::Overview, ImageKind::Vehicle})
        if (imageKindName(k) == name)
            return k;
    return std::nullopt;
}

bool ReadAttributeFilter::isEmpty() const
{
    return state.isEmpty() && camera.isEmpty() && make.isEmpty() && color.isEmpty() &&
           body.isEmpty() && !nearLatitude;
}

} // namespace alpr
