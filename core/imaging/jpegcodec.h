// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QImage>

namespace alpr {

// JPEG through libjpeg-turbo, PNG through Qt. OpenCV's imgcodecs is not
// used: Debian builds it against GDAL, which loads a plain libsqlite3 next to
// SQLCipher, and two SQLite copies in one process corrupt each other.

// Encodes 8-bit BGR pixels (OpenCV's order); empty on failure.
QByteArray encodeBgrJpeg(const uchar* bgr, int width, int height, int bytesPerLine, int quality);

// Decode whole images whose header was already checked (size, type).
Result<QImage> decodeJpegPixels(const QByteArray& bytes); // Format_RGB888
Result<QImage> decodePngPixels(const QByteArray& bytes,
                               bool alpha); // Format_RGB888 or Format_ARGB32

} // namespace alpr
