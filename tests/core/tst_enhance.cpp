// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/enhance.h"

#include <QTest>

#include <cmath>

using namespace alpr;

namespace {

// Standard deviation of the lightness: how much contrast there is to read.
double contrast(const QImage& image)
{
    double sum = 0, squares = 0;
    const qint64 n = qint64(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            squares += v * v;
        }
    const double mean = sum / double(n);
    return std::sqrt(squares / double(n) - mean * mean);
}

// A dim, flat plate: dark characters barely darker than the plate.
QImage dimPlate(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(96, 96, 100));
    for (int c = 0; c < 7; ++c)
        for (int y = height / 4; y < height * 3 / 4; ++y)
            for (int x = 0; x < width / 20; ++x)
                image.setPixelColor(width / 10 + c * width / 8 + x, y, QColor(80, 80, 86));
    return image;
}

} // namespace

class TestEnhance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raisesContrastAndEnlargesSmallCrops()
    {
        const QImage dim = dimPlate(240, 120);
        auto enhanced = enhanceForReading(dim);
        QVERIFY(enhanced.ok());
        QCOMPARE(enhanced->size(), QSize(480, 240));
        QVERIFY2(
            contrast(enhanced.value()) > 2.0 * contrast(dim),
            qPrintable(
                QStringLiteral("%1 -> %2").arg(contrast(dim)).arg(contrast(enhanced.value()))));
        // Deterministic: the same input gives the same picture.
        QCOMPARE(enhanceForReading(dim).value(), enhanced.value());
    }

    void largeImagesKeepTheirSize()
    {
        auto enhanced = enhanceForReading(dimPlate(800, 400));
        QVERIFY(enhanced.ok());
        QCOMPARE(enhanced->size(), QSize(800, 400));
    }

    void coloursStayTrue()
    {
        // Equalizing lightness only: a red plate stays red.
        QImage red(200, 100, QImage::Format_RGB888);
        red.fill(QColor(160, 40, 40));
        auto enhanced = enhanceForReading(red);
        QVERIFY(enhanced.ok());
        const QColor c = enhanced->pixelColor(200, 100);
        QVERIFY2(c.red() > c.green() + 60 && c.red() > c.blue() + 60, qPrintable(c.name()));
    }

    void refusesWhatIsNotAnImage()
    {
        QVERIFY(!enhanceForReading(QImage()).ok());
        QVERIFY(!enhanceForReading(QImage(1, 1, QImage::Format_RGB888)).ok());
        QImage huge(9000, 2, QImage::Format_Grayscale8);
        huge.fill(0);
        QVERIFY(enhanceForReading(huge).error().message.contains(QStringLiteral("9000")));
    }
};

QTEST_GUILESS_MAIN(TestEnhance)
#include "tst_enhance.moc"
