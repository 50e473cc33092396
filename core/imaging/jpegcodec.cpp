// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/jpegcodec.h"

#include <QCoreApplication>
#include <turbojpeg.h>

#include <memory>

namespace alpr {

namespace {

struct TurboHandle
{
    explicit TurboHandle(tjhandle h) : handle(h) {}
    ~TurboHandle()
    {
        if (handle)
            tjDestroy(handle);
    }
    TurboHandle(const TurboHandle&) = delete;
    TurboHandle& operator=(const TurboHandle&) = delete;
    tjhandle handle;
};

Error undecodable()
{
    return makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate("alpr::JpegCodec",
                                    "image data is damaged or truncated and could not be decoded"));
}

Error outOfMemory(int width, int height)
{
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate("alpr::JpegCodec", "not enough memory to show a %1x%2 image")
            .arg(width)
            .arg(height));
}

} // namespace

QByteArray encodeBgrJpeg(const uchar* bgr, int width, int height, int bytesPerLine, int quality)
{
    TurboHandle tj(tjInitCompress());
    if (!tj.handle)
        return {};
    unsigned char* out = nullptr;
    unsigned long size = 0;
    const int rc = tjCompress2(tj.handle, bgr, width, bytesPerLine, height, TJPF_BGR, &out, &size,
                               TJSAMP_420, quality, TJFLAG_ACCURATEDCT);
    QByteArray jpeg;
    if (rc == 0 && out)
        jpeg = QByteArray(reinterpret_cast<const char*>(out), qsizetype(size));
    tjFree(out);
    return jpeg;
}

Result<QImage> decodeJpegPixels(const QByteArray& bytes)
{
    TurboHandle tj(tjInitDecompress());
    if (!tj.handle)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::JpegCodec", "cannot start the JPEG decoder"));
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto size = static_cast<unsigned long>(bytes.size());
    int width = 0, height = 0, subsampling = 0, colorspace = 0;
    if (tjDecompressHeader3(tj.handle, data, size, &width, &height, &subsampling, &colorspace) != 0)
        return undecodable();
    QImage image(width, height, QImage::Format_RGB888);
    if (image.isNull())
        return outOfMemory(width, height);
    // Damaged entropy data is only a warning in libjpeg (grey patches); a
    // fatal error means there is no image.
    if (tjDecompress2(tj.handle, data, size, image.bits(), width, int(image.bytesPerLine()), height,
                      TJPF_RGB, TJFLAG_ACCURATEDCT) != 0 &&
        tjGetErrorCode(tj.handle) == TJERR_FATAL)
        return undecodable();
    return image;
}

Result<QImage> decodePngPixels(const QByteArray& bytes, bool alpha)
{
    // Qt's own PNG reader: no gamma conversion, palettes and 16-bit handled.
    QImage image;
    if (!image.loadFromData(bytes, "PNG"))
        return undecodable();
    image = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB888);
    if (image.isNull())
        return outOfMemory(image.width(), image.height());
    return image;
}

} // namespace alpr
