// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/enhance.h"

#include <QPainter>
#include <QPolygon>
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

    // A skewed dark plate on a light frame comes out as a straight rectangle
    // of the plate's proportions, dark throughout.
    void rectifiesASkewedPlate()
    {
        QImage frame(400, 240, QImage::Format_RGB888);
        frame.fill(Qt::white);
        const QList<QPoint> corners{{100, 60}, {300, 80}, {296, 140}, {104, 120}};
        {
            QPainter p(&frame);
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::black);
            p.drawPolygon(QPolygon(corners));
        }
        auto cut = rectifyPlate(frame, corners);
        QVERIFY2(cut.ok(), qPrintable(cut.ok() ? QString() : cut.error().message));
        QCOMPARE(cut->height(), 120);
        // About 200 wide by 60 high: about 400 wide at 120.
        QVERIFY2(cut->width() > 360 && cut->width() < 440,
                 qPrintable(QString::number(cut->width())));
        qint64 dark = 0;
        for (int y = 0; y < cut->height(); ++y)
            for (int x = 0; x < cut->width(); ++x)
                dark += qGray(cut->pixel(x, y)) < 64 ? 1 : 0;
        QVERIFY2(dark > qint64(cut->width()) * cut->height() * 9 / 10,
                 qPrintable(QString::number(dark)));
    }

    void refusesCornersThatAreNoPlate_data()
    {
        QTest::addColumn<QList<QPoint>>("corners");
        QTest::newRow("three") << QList<QPoint>{{10, 10}, {50, 10}, {50, 30}};
        QTest::newRow("outside") << QList<QPoint>{{10, 10}, {500, 10}, {500, 30}, {10, 30}};
        QTest::newRow("negative") << QList<QPoint>{{-1, 10}, {50, 10}, {50, 30}, {10, 30}};
        QTest::newRow("crossed") << QList<QPoint>{{10, 10}, {50, 30}, {50, 10}, {10, 30}};
        QTest::newRow("a line") << QList<QPoint>{{10, 10}, {20, 10}, {30, 10}, {40, 10}};
    }
    void refusesCornersThatAreNoPlate()
    {
        QFETCH(QList<QPoint>, corners);
        QImage frame(100, 60, QImage::Format_RGB888);
        frame.fill(Qt::gray);
        auto cut = rectifyPlate(frame, corners);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().code, ErrorCode::Invalid);
        QVERIFY(!rectifyPlate(QImage(), {{1, 1}, {5, 1}, {5, 3}, {1, 3}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestEnhance)
#include "tst_enhance.moc"
