// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/imagecodec.h"

#include <QBuffer>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QtTest>

using namespace alpr;

namespace {

// Left half red, right half blue: shows whether colour order survives.
QImage twoColourImage(int width = 64, int height = 32)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, x < width / 2 ? qRgb(220, 20, 20) : qRgb(20, 20, 220));
    return image;
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, 90))
        qFatal("cannot write a %s test image", format);
    return bytes;
}

QByteArray jpeg(int width = 64, int height = 32)
{
    return encoded(twoColourImage(width, height), "JPG");
}

// Random pixels: most of the file is scan data, as in a camera image.
QByteArray detailedJpeg()
{
    QRandomGenerator rng(7);
    QImage image(160, 80, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(int(rng.bounded(256)), int(rng.bounded(256)), x));
    return encoded(image, "JPG");
}

QByteArray png(const QImage& image)
{
    return encoded(image, "PNG");
}

// The JPEG with its frame header (SOF) claiming another size.
QByteArray withJpegSize(QByteArray bytes, int width, int height)
{
    int pos = 2;
    while (pos + 4 < bytes.size()) {
        const auto marker = uchar(bytes[pos + 1]);
        const int length = (uchar(bytes[pos + 2]) << 8) | uchar(bytes[pos + 3]);
        if (marker >= 0xC0 && marker <= 0xC2) {
            bytes[pos + 5] = char(height >> 8);
            bytes[pos + 6] = char(height & 0xFF);
            bytes[pos + 7] = char(width >> 8);
            bytes[pos + 8] = char(width & 0xFF);
            return bytes;
        }
        pos += 2 + length;
    }
    qFatal("no SOF marker in the test JPEG");
    return {};
}

// The PNG with its IHDR claiming another size (CRC left stale).
QByteArray withPngSize(QByteArray bytes, quint32 width, quint32 height)
{
    for (int i = 0; i < 4; ++i) {
        bytes[16 + i] = char(width >> (24 - 8 * i));
        bytes[20 + i] = char(height >> (24 - 8 * i));
    }
    return bytes;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

} // namespace

class TestImageCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void sizeFromHeaderOnly();
    void decodesJpeg();
    void decodesPng();
    void decodesPngWithAlpha();
    void decodesGreyscalePng_data();
    void decodesGreyscalePng();
    void imageOwnsItsPixels();
    void survivesTruncation();
    void survivesDamage();
};

void TestImageCodec::initTestCase()
{
    const QList<QByteArray> formats = QImageWriter::supportedImageFormats();
    if (!formats.contains("jpg") || !formats.contains("png"))
        QFAIL("Qt cannot write the JPEG and PNG test images: its image format plugins are "
              "missing (packaging/install-deps.sh installs them with qt6-base-dev)");
}

void TestImageCodec::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray realJpeg = jpeg();
    const QByteArray bigJpeg = detailedJpeg();
    const QByteArray realPng = png(twoColourImage());
    const QString tooLarge = QStringLiteral("image is 20000x20000 pixels; the limit is 8192");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("image is empty (0 bytes)");
    QTest::newRow("text") << QByteArray("hello, world")
                          << QStringLiteral("not a JPEG or PNG image");
    QTest::newRow("garbage") << (QByteArray("\x00", 1) + randomBytes(4000, 1))
                             << QStringLiteral("not a JPEG or PNG image");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00")
                         << QStringLiteral("not a JPEG or PNG image");
    QTest::newRow("jpeg magic then garbage")
        << (QByteArray("\xFF\xD8\xFF\xE0\x00\x10", 6) + QByteArray(3, 'x'))
        << QStringLiteral("image header is truncated");
    QTest::newRow("jpeg bad marker") << (QByteArray("\xFF\xD8\xFF\xE0\x00\x04xx", 8) + "garbage")
                                     << QStringLiteral("image header is damaged");
    QTest::newRow("jpeg header only")
        << realJpeg.left(40) << QStringLiteral("image header is truncated");
    QTest::newRow("truncated jpeg")
        << bigJpeg.left(bigJpeg.size() * 2 / 3)
        << QStringLiteral("JPEG image is truncated (no end-of-image marker)");
    QTest::newRow("jpeg without EOI")
        << realJpeg.left(realJpeg.size() - 2)
        << QStringLiteral("JPEG image is truncated (no end-of-image marker)");
    QTest::newRow("jpeg 20000x20000") << withJpegSize(realJpeg, 20000, 20000) << tooLarge;
    QTest::newRow("jpeg 8193 wide") << withJpegSize(realJpeg, 8193, 16)
                                    << QStringLiteral("image is 8193x16 pixels; the limit is 8192");
    QTest::newRow("jpeg zero height")
        << withJpegSize(realJpeg, 64, 0) << QStringLiteral("JPEG header gives no image size");
    QTest::newRow("png signature only")
        << realPng.left(8) << QStringLiteral("image header is truncated");
    QTest::newRow("png 20000x20000") << withPngSize(realPng, 20000, 20000) << tooLarge;
    QTest::newRow("png negative size")
        << withPngSize(realPng, 0x80000000u, 16) << QStringLiteral("image header is damaged");
    QTest::newRow("truncated png")
        << realPng.left(realPng.size() / 2)
        << QStringLiteral("image data is damaged or truncated and could not be decoded");
    QByteArray noIhdr = realPng;
    noIhdr.replace(12, 4, "IDAT");
    QTest::newRow("png without IHDR") << noIhdr << QStringLiteral("image header is damaged");
}

void TestImageCodec::rejectsBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<QImage> image = decodeImage(bytes);
    QVERIFY(!image);
    QCOMPARE(image.error().code, ErrorCode::Invalid);
    QCOMPARE(image.error().message, message);
}

void TestImageCodec::sizeFromHeaderOnly()
{
    const QByteArray realJpeg = jpeg(120, 48);
    Result<QSize> size = imageSize(realJpeg);
    QVERIFY(size);
    QCOMPARE(size.value(), QSize(120, 48));
    // Header only: even a truncated file tells its size, and a huge claim is reported.
    size = imageSize(realJpeg.left(realJpeg.size() / 2));
    QVERIFY(size);
    QCOMPARE(size.value(), QSize(120, 48));
    size = imageSize(withJpegSize(realJpeg, 20000, 20000));
    QVERIFY(size);
    QCOMPARE(size.value(), QSize(20000, 20000));

    size = imageSize(png(twoColourImage(33, 17)));
    QVERIFY(size);
    QCOMPARE(size.value(), QSize(33, 17));

    size = imageSize(QByteArray("not an image"));
    QVERIFY(!size);
    QCOMPARE(size.error().code, ErrorCode::Invalid);
    QCOMPARE(size.error().message, QStringLiteral("not a JPEG or PNG image"));
}

void TestImageCodec::decodesJpeg()
{
    const Result<QImage> image = decodeImage(jpeg());
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(64, 32));
    QCOMPARE(image->format(), QImage::Format_RGB888);
    const QRgb left = image->pixel(8, 16);
    const QRgb right = image->pixel(56, 16);
    QVERIFY2(qRed(left) > 180 && qBlue(left) < 70, "left half is not red");
    QVERIFY2(qBlue(right) > 180 && qRed(right) < 70, "right half is not blue");
}

void TestImageCodec::decodesPng()
{
    QImage source = twoColourImage();
    source.setPixel(3, 4, qRgb(1, 2, 3));
    const Result<QImage> image = decodeImage(png(source));
    QVERIFY(image);
    QCOMPARE(image->format(), QImage::Format_RGB888);
    QCOMPARE(image->size(), source.size());
    QCOMPARE(image->pixel(8, 16), qRgb(220, 20, 20));
    QCOMPARE(image->pixel(56, 16), qRgb(20, 20, 220));
    QCOMPARE(image->pixel(3, 4), qRgb(1, 2, 3));
}

void TestImageCodec::decodesPngWithAlpha()
{
    QImage source(10, 6, QImage::Format_ARGB32);
    source.fill(qRgba(10, 200, 30, 255));
    source.setPixel(2, 3, qRgba(250, 40, 5, 128));
    source.setPixel(7, 1, qRgba(0, 0, 0, 0));
    const Result<QImage> image = decodeImage(png(source));
    QVERIFY(image);
    QCOMPARE(image->format(), QImage::Format_ARGB32);
    QCOMPARE(image->pixel(0, 0), qRgba(10, 200, 30, 255));
    QCOMPARE(image->pixel(2, 3), qRgba(250, 40, 5, 128));
    QCOMPARE(qAlpha(image->pixel(7, 1)), 0);

    // A palette with a transparent entry (tRNS chunk).
    QImage indexed(8, 4, QImage::Format_Indexed8);
    indexed.setColorTable({qRgba(255, 0, 0, 255), qRgba(0, 0, 255, 0)});
    indexed.fill(0);
    indexed.setPixel(1, 1, 1);
    const Result<QImage> paletted = decodeImage(png(indexed));
    QVERIFY(paletted);
    QCOMPARE(paletted->format(), QImage::Format_ARGB32);
    QCOMPARE(paletted->pixel(0, 0), qRgba(255, 0, 0, 255));
    QCOMPARE(qAlpha(paletted->pixel(1, 1)), 0);
}

void TestImageCodec::decodesGreyscalePng_data()
{
    QTest::addColumn<QImage>("source");
    QTest::addColumn<int>("expectedGrey");
    QImage grey8(9, 5, QImage::Format_Grayscale8);
    grey8.fill(77);
    QImage grey16(9, 5, QImage::Format_Grayscale16);
    grey16.fill(qRgb(200, 200, 200));
    QTest::newRow("8-bit") << grey8 << 77;
    QTest::newRow("16-bit") << grey16 << 200;
}

void TestImageCodec::decodesGreyscalePng()
{
    QFETCH(QImage, source);
    QFETCH(int, expectedGrey);
    const Result<QImage> image = decodeImage(png(source));
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    QCOMPARE(image->format(), QImage::Format_RGB888);
    QCOMPARE(image->size(), QSize(9, 5));
    QCOMPARE(image->pixel(4, 2), qRgb(expectedGrey, expectedGrey, expectedGrey));
}

void TestImageCodec::imageOwnsItsPixels()
{
    QImage decoded;
    {
        QByteArray bytes = png(twoColourImage());
        Result<QImage> image = decodeImage(bytes);
        QVERIFY(image);
        decoded = image.value();
        bytes.fill('\0');
    }
    QCOMPARE(decoded.pixel(8, 16), qRgb(220, 20, 20));
}

void TestImageCodec::survivesTruncation()
{
    // Every cut gives either an image of the right size or Invalid, never a crash.
    for (const QByteArray& full : {jpeg(96, 40), png(twoColourImage(96, 40))}) {
        for (qsizetype n = 0; n < full.size(); n += 7) {
            const Result<QImage> image = decodeImage(full.left(n));
            if (image)
                QCOMPARE(image->size(), QSize(96, 40));
            else
                QCOMPARE(image.error().code, ErrorCode::Invalid);
        }
        QVERIFY(decodeImage(full));
    }
}

void TestImageCodec::survivesDamage()
{
    QRandomGenerator rng(20260101);
    for (const QByteArray& full : {jpeg(96, 40), png(twoColourImage(96, 40))}) {
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = full;
            const int flips = 1 + int(rng.bounded(6));
            for (int i = 0; i < flips; ++i)
                bytes[qsizetype(rng.bounded(int(bytes.size())))] = char(rng.bounded(256));
            const Result<QImage> image = decodeImage(bytes);
            if (image) {
                QVERIFY(image->width() <= kMaxImageSide && image->height() <= kMaxImageSide);
                QVERIFY(!image->isNull());
            } else {
                QCOMPARE(image.error().code, ErrorCode::Invalid);
                QVERIFY(!image.error().message.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestImageCodec)
#include "tst_imagecodec.moc"
