// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/imagecodec.h"

#include "imaging/jpegcodec.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <new>

namespace alpr {

namespace {

enum class Format
{
    Jpeg,
    Png
};

// What the header of a JPEG or PNG says, read without decoding pixels.
struct Header
{
    Format format = Format::Jpeg;
    QSize size;
    bool hasAlpha = false;    // PNG: alpha channel or tRNS chunk
    qsizetype scanStart = -1; // JPEG: first byte after the first SOS segment
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

Error truncatedHeader()
{
    return invalid(QCoreApplication::translate("alpr::ImageCodec", "image header is truncated"));
}

Error damagedHeader()
{
    return invalid(QCoreApplication::translate("alpr::ImageCodec", "image header is damaged"));
}

bool isJpegSof(uchar marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks the JPEG marker segments up to the size (SOF) and, when wantScan is set,
// up to the first scan (SOS). Never reads past the end of the data.
Result<Header> readJpegHeader(const uchar* p, qsizetype n, bool wantScan)
{
    Header header;
    header.format = Format::Jpeg;
    qsizetype pos = 2; // after SOI
    bool haveSize = false;
    for (;;) {
        if (pos >= n)
            return truncatedHeader();
        if (p[pos] != 0xFF)
            return damagedHeader();
        while (pos < n && p[pos] == 0xFF) // fill bytes
            ++pos;
        if (pos >= n)
            return truncatedHeader();
        const uchar marker = p[pos++];
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // standalone markers without a length
        if (marker == 0xD8 || marker == 0xD9 || marker == 0x00)
            return damagedHeader();
        if (marker == 0xDA && !haveSize)
            return damagedHeader();
        if (pos + 2 > n)
            return truncatedHeader();
        const int length = (p[pos] << 8) | p[pos + 1]; // includes its own two bytes
        if (length < 2)
            return damagedHeader();
        if (pos + length > n)
            return truncatedHeader();
        if (isJpegSof(marker)) {
            if (haveSize || length < 8)
                return damagedHeader();
            const int height = (p[pos + 3] << 8) | p[pos + 4];
            const int width = (p[pos + 5] << 8) | p[pos + 6];
            if (width == 0 || height == 0)
                return invalid(QCoreApplication::translate("alpr::ImageCodec",
                                                           "JPEG header gives no image size"));
            header.size = QSize(width, height);
            haveSize = true;
            if (!wantScan)
                return header;
        }
        if (marker == 0xDA) {
            header.scanStart = pos + length;
            return header;
        }
        pos += length;
    }
}

Result<Header> readPngHeader(const uchar* p, qsizetype n)
{
    Header header;
    header.format = Format::Png;
    // Signature (8), IHDR length (4), "IHDR" (4), 13 bytes of data, CRC (4).
    if (n < 33)
        return truncatedHeader();
    if (qFromBigEndian<quint32>(p + 8) != 13 || memcmp(p + 12, "IHDR", 4) != 0)
        return damagedHeader();
    const quint32 width = qFromBigEndian<quint32>(p + 16);
    const quint32 height = qFromBigEndian<quint32>(p + 20);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return damagedHeader();
    header.size = QSize(int(width), int(height));
    const uchar colorType = p[25];
    header.hasAlpha = colorType == 4 || colorType == 6;
    // Look for a tRNS chunk before the image data: it adds transparency too.
    qsizetype pos = 33;
    while (!header.hasAlpha && pos + 8 <= n) {
        const quint32 length = qFromBigEndian<quint32>(p + pos);
        const uchar* type = p + pos + 4;
        if (memcmp(type, "IDAT", 4) == 0 || memcmp(type, "IEND", 4) == 0)
            break;
        if (memcmp(type, "tRNS", 4) == 0)
            header.hasAlpha = true;
        if (length > quint32(n)) // also keeps the sum below from overflowing
            break;
        pos += 12 + qsizetype(length);
    }
    return header;
}

Result<Header> readHeader(const QByteArray& bytes, bool wantScan)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n == 0)
        return invalid(QCoreApplication::translate("alpr::ImageCodec", "image is empty (0 bytes)"));
    static constexpr uchar pngSignature[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return readJpegHeader(p, n, wantScan);
    if (n >= 8 && memcmp(p, pngSignature, 8) == 0)
        return readPngHeader(p, n);
    return invalid(QCoreApplication::translate("alpr::ImageCodec", "not a JPEG or PNG image"));
}

Error undecodable()
{
    return invalid(QCoreApplication::translate(
        "alpr::ImageCodec", "image data is damaged or truncated and could not be decoded"));
}

} // namespace

Result<QSize> imageSize(const QByteArray& bytes)
{
    Result<Header> header = readHeader(bytes, false);
    if (!header)
        return header.error();
    return header->size;
}

Result<QImage> decodeImage(const QByteArray& bytes)
{
    Result<Header> header = readHeader(bytes, true);
    if (!header)
        return header.error();
    const QSize size = header->size;
    if (size.width() > kMaxImageSide || size.height() > kMaxImageSide) {
        return invalid(QCoreApplication::translate("alpr::ImageCodec",
                                                   "image is %1x%2 pixels; the limit is %3")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(kMaxImageSide));
    }
    if (header->format == Format::Jpeg) {
        // libjpeg pads a cut-off image with grey and only warns; refuse it instead.
        // 0xFF 0xD9 cannot occur inside entropy-coded data (0xFF is stuffed).
        if (header->scanStart < 0 ||
            bytes.indexOf(QByteArrayView("\xFF\xD9", 2), header->scanStart) < 0)
            return invalid(QCoreApplication::translate(
                "alpr::ImageCodec", "JPEG image is truncated (no end-of-image marker)"));
    }

    Result<QImage> image = header->format == Format::Jpeg
                               ? decodeJpegPixels(bytes)
                               : decodePngPixels(bytes, header->hasAlpha);
    if (image && image->size() != size)
        return undecodable();
    return image;
}

} // namespace alpr
