// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/searchservice.h"

#include <QImage>
#include <QList>

#include <initializer_list>

namespace alpr::gui {

// The one way the GUI shows a stored image: viewed through core's
// SearchService::viewImage (or viewEnhancedImage), which records the
// view-image access under searchId, then decoded. The first of `kinds` that
// the read has is shown; an error is a message to put where the image would be.
Result<QImage> viewRecordedImage(SearchService& search, qint64 readId, qint64 searchId,
                                 const QList<ImageKind>& available,
                                 std::initializer_list<ImageKind> kinds, bool enhance);

} // namespace alpr::gui
