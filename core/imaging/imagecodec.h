// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace alpr {

// Largest width or height decodeImage() accepts.
inline constexpr int kMaxImageSide = 8192;

// Decodes untrusted JPEG or PNG bytes for display. The header is checked
// before any pixel is decoded: anything that is not a JPEG or PNG, a header
// that is cut short, a side above kMaxImageSide, and a JPEG whose data is
// truncated give ErrorCode::Invalid with a plain message. The image owns its
// memory: Format_RGB888, or Format_ARGB32 for a PNG with transparency.
// EXIF orientation is ignored (ALPR cameras do not rotate).
Result<QImage> decodeImage(const QByteArray& bytes);

// Width and height as the JPEG or PNG header states them, without decoding
// the pixels; any size, even above kMaxImageSide.
Result<QSize> imageSize(const QByteArray& bytes);

} // namespace alpr
