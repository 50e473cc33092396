// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "recordedimage.h"

#include "imaging/imagecodec.h"
#include "inquiry/searchservice.h"

#include <QCoreApplication>

namespace alpr::gui {

Result<QImage> viewRecordedImage(SearchService& search, qint64 readId, qint64 searchId,
                                 const QList<ImageKind>& available,
                                 std::initializer_list<ImageKind> kinds, bool enhance)
{
    for (ImageKind kind : kinds) {
        if (!available.contains(kind))
            continue;
        if (enhance)
            return search.viewEnhancedImage(readId, kind, searchId);
        auto bytes = search.viewImage(readId, kind, searchId);
        if (!bytes)
            return bytes.error();
        auto image = decodeImage(bytes.value());
        if (!image)
            return makeError(image.error().code,
                             QCoreApplication::translate("alpr::gui::ReadDetailPane",
                                                         "The stored image cannot be shown: %1")
                                 .arg(image.error().message));
        return image;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("alpr::gui::ReadDetailPane",
                                                 "No image was stored with this read."));
}

} // namespace alpr::gui
