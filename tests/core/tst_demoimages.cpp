// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "imaging/demoimages.h"
#include "imaging/imagecodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QtTest>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace alpr;

namespace {

DemoScene sampleScene(quint64 seed = 42)
{
    DemoScene s;
    s.plate = QStringLiteral("7ABC123");
    s.state = QStringLiteral("CA");
    s.cameraName = QStringLiteral("El Camino Real & San Antonio Rd");
    s.capturedAt = QDateTime(QDate(2025, 3, 14), QTime(21, 26, 53), Qt::UTC);
    s.make = QStringLiteral("toyota");
    s.color = QStringLiteral("silver");
    s.body = QStringLiteral("sedan");
    s.seed = seed;
    return s;
}

QImage decoded(const QByteArray& jpeg)
{
    Result<QImage> image = decodeImage(jpeg);
    if (!image) {
        qWarning("decode failed: %s", qPrintable(image.error().message));
        return {};
    }
    return image.value();
}

int luma(QRgb p)
{
    return (qRed(p) * 299 + qGreen(p) * 587 + qBlue(p) * 114) / 1000;
}

// Share of pixels in rect darker than half the band's bright level (its 90th
// percentile): the strokes of the characters on a light plate.
double darkFraction(const QImage& image, const QRect& rect)
{
    std::vector<int> values;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            values.push_back(luma(image.pixel(x, y)));
    std::vector<int> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const int bright = sorted[sorted.size() * 9 / 10];
    const auto dark =
        std::count_if(values.begin(), values.end(), [&](int v) { return v < bright / 2; });
    return double(dark) / double(values.size());
}

double lumaStdDev(const QImage& image)
{
    double sum = 0, sum2 = 0;
    const int n = image.width() * image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int v = luma(image.pixel(x, y));
            sum += v;
            sum2 += double(v) * v;
        }
    }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, sum2 / n - mean * mean));
}

struct MeanColour
{
    double r = 0, g = 0, b = 0;
};

MeanColour meanColour(const QImage& image, const QRect& rect)
{
    MeanColour m;
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            m.r += qRed(p);
            m.g += qGreen(p);
            m.b += qBlue(p);
            ++n;
        }
    }
    m.r /= n;
    m.g /= n;
    m.b /= n;
    return m;
}

// Pixels in the top band of a crop, between the stickers, that are clearly
// red (the state name).
int reddishPixels(const QImage& image)
{
    int count = 0;
    for (int y = image.height() / 20; y < image.height() * 2 / 5; ++y) {
        for (int x = image.width() * 3 / 10; x < image.width() * 7 / 10; ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) > qGreen(p) + 50 && qRed(p) > qBlue(p) + 50)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDemoImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void seedChangesImages();
    void threadSafe();
    void decodesToExpectedSize();
    void plateCropShowsCharacters_data();
    void plateCropShowsCharacters();
    void plateCropStateName();
    void overviewCarColour_data();
    void overviewCarColour();
    void overviewPlateIsBoxed();
    void captionSanitizing_data();
    void captionSanitizing();
    void nonAsciiNamesRender();
    void stateNames();
    void renderTime();
    void samplesRenderNightAndDay();
};

void TestDemoImages::deterministic()
{
    const DemoScene scene = sampleScene();
    const QByteArray crop = renderPlateCrop(scene);
    const QByteArray overview = renderOverview(scene);
    QVERIFY(!crop.isEmpty());
    QVERIFY(!overview.isEmpty());
    QCOMPARE(renderPlateCrop(scene), crop);
    QCOMPARE(renderOverview(scene), overview);
}

void TestDemoImages::seedChangesImages()
{
    const DemoScene a = sampleScene(1);
    const DemoScene b = sampleScene(2);
    QVERIFY(renderPlateCrop(a) != renderPlateCrop(b));
    QVERIFY(renderOverview(a) != renderOverview(b));
    DemoScene otherPlate = a;
    otherPlate.plate = QStringLiteral("8XYZ987");
    QVERIFY(renderPlateCrop(a) != renderPlateCrop(otherPlate));
}

void TestDemoImages::threadSafe()
{
    // Many threads rendering at once (first use included) give the serial bytes.
    constexpr int kThreads = 8;
    std::vector<QByteArray> crops(kThreads), overviews(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back(QThread::create([i, &crops, &overviews] {
            for (int k = 0; k < 5; ++k) {
                crops[size_t(i)] = renderPlateCrop(sampleScene(quint64(100 + i % 2)));
                overviews[size_t(i)] = renderOverview(sampleScene(quint64(100 + i % 2)));
            }
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        QVERIFY(t->wait(60000));
    for (int i = 0; i < kThreads; ++i) {
        QCOMPARE(crops[size_t(i)], renderPlateCrop(sampleScene(quint64(100 + i % 2))));
        QCOMPARE(overviews[size_t(i)], renderOverview(sampleScene(quint64(100 + i % 2))));
    }
}

void TestDemoImages::decodesToExpectedSize()
{
    qsizetype largestCrop = 0, largestOverview = 0;
    for (quint64 seed = 0; seed < 40; ++seed) {
        DemoScene scene = sampleScene(seed);
        scene.capturedAt = scene.capturedAt.addSecs(qint64(seed) * 3600); // day, dusk, night
        const QByteArray crop = renderPlateCrop(scene);
        const QByteArray overview = renderOverview(scene);
        const QImage cropImage = decoded(crop);
        const QImage overviewImage = decoded(overview);
        QCOMPARE(cropImage.size(), QSize(kDemoPlateCropWidth, kDemoPlateCropHeight));
        QCOMPARE(overviewImage.size(), QSize(kDemoOverviewWidth, kDemoOverviewHeight));
        largestCrop = std::max(largestCrop, crop.size());
        largestOverview = std::max(largestOverview, overview.size());
    }
    qInfo("largest plate crop %lld bytes, largest overview %lld bytes", qlonglong(largestCrop),
          qlonglong(largestOverview));
    QVERIFY2(largestCrop <= 6 * 1024, qPrintable(QString::number(largestCrop)));
    QVERIFY2(largestOverview <= 25 * 1024, qPrintable(QString::number(largestOverview)));
}

void TestDemoImages::plateCropShowsCharacters_data()
{
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QString>("state");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("CA 7 characters")
        << QStringLiteral("7ABC123") << QStringLiteral("CA") << quint64(1);
    QTest::newRow("NV") << QStringLiteral("123A45") << QStringLiteral("NV") << quint64(2);
    QTest::newRow("AZ") << QStringLiteral("CMD4521") << QStringLiteral("AZ") << quint64(3);
    QTest::newRow("OR") << QStringLiteral("482LKB") << QStringLiteral("OR") << quint64(4);
    QTest::newRow("8 characters") << QStringLiteral("ABCD1234") << QStringLiteral("TX")
                                  << quint64(5);
    QTest::newRow("unknown state")
        << QStringLiteral("ABC1234") << QStringLiteral("ZZ") << quint64(6);
    QTest::newRow("no state") << QStringLiteral("4GHJ777") << QString() << quint64(7);
    for (quint64 seed = 10; seed < 30; seed += 3) {
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
            << QStringLiteral("6TRJ244") << QStringLiteral("CA") << seed;
    }
}

void TestDemoImages::plateCropShowsCharacters()
{
    QFETCH(QString, plate);
    QFETCH(QString, state);
    QFETCH(quint64, seed);
    DemoScene scene = sampleScene(seed);
    scene.plate = plate;
    scene.state = state;
    const QImage image = decoded(renderPlateCrop(scene));
    QVERIFY(!image.isNull());
    QVERIFY2(lumaStdDev(image) > 25.0, "crop is nearly uniform");

    // The band where the characters are: the middle of the plate.
    const QRect band(image.width() * 25 / 100, image.height() * 45 / 100, image.width() / 2,
                     image.height() / 5);
    const double withText = darkFraction(image, band);
    scene.plate.clear();
    const double blank = darkFraction(decoded(renderPlateCrop(scene)), band);
    QVERIFY2(withText > 0.15 && withText < 0.6, qPrintable(QString::number(withText)));
    QVERIFY2(blank < 0.05, qPrintable(QString::number(blank)));
}

void TestDemoImages::plateCropStateName()
{
    // "California" is printed in red across the top; Nevada's name is blue.
    DemoScene scene = sampleScene(3);
    const int california = reddishPixels(decoded(renderPlateCrop(scene)));
    scene.state = QStringLiteral("NV");
    const int nevada = reddishPixels(decoded(renderPlateCrop(scene)));
    QVERIFY2(california > 60, qPrintable(QString::number(california)));
    QVERIFY2(nevada < 10, qPrintable(QString::number(nevada)));
}

void TestDemoImages::overviewCarColour_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("hour"); // UTC
    const QStringList bodies = {QStringLiteral("sedan"),     QStringLiteral("suv"),
                                QStringLiteral("pickup"),    QStringLiteral("van"),
                                QStringLiteral("hatchback"), QStringLiteral("coupe")};
    const QStringList colours = {QStringLiteral("red"),   QStringLiteral("blue"),
                                 QStringLiteral("green"), QStringLiteral("white"),
                                 QStringLiteral("black"), QStringLiteral("silver"),
                                 QStringLiteral("gold"),  QStringLiteral("Dark Blue")};
    int i = 0;
    for (const QString& colour : colours) {
        for (int hour : {20, 2, 9}) { // Pacific day, dusk, night
            const QString& body = bodies[i++ % bodies.size()];
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3h").arg(colour, body).arg(hour)))
                << colour << body << hour;
        }
    }
}

void TestDemoImages::overviewCarColour()
{
    QFETCH(QString, colour);
    QFETCH(QString, body);
    QFETCH(int, hour);
    DemoScene scene = sampleScene(quint64(qHash(colour) ^ quint64(hour)));
    scene.color = colour;
    scene.body = body;
    scene.capturedAt.setTime(QTime(hour, 5, 0));
    const QImage image = decoded(renderOverview(scene));
    QVERIFY(!image.isNull());

    // The trunk or tailgate just above the plate (the reading is drawn below it).
    const QRect plate = overviewPlateRect(scene);
    const QRect trunk(plate.left(), plate.top() - plate.height(), plate.width(),
                      plate.height() * 2 / 3);
    const MeanColour m = meanColour(image, trunk);
    const QString got = QStringLiteral("r %1 g %2 b %3").arg(m.r).arg(m.g).arg(m.b);
    const QString c = colour.toLower();
    if (c == QLatin1String("red"))
        QVERIFY2(m.r > m.g + 40 && m.r > m.b + 40, qPrintable(got));
    else if (c.contains(QLatin1String("blue")))
        QVERIFY2(m.b > m.r + 25 && m.b > m.g + 10, qPrintable(got));
    else if (c == QLatin1String("green"))
        QVERIFY2(m.g > m.r + 15 && m.g > m.b + 10, qPrintable(got));
    else if (c == QLatin1String("gold"))
        QVERIFY2(m.r > m.b + 40 && m.g > m.b + 25, qPrintable(got));
    else if (c == QLatin1String("black"))
        QVERIFY2(m.r < 60 && m.g < 60 && m.b < 60, qPrintable(got));
    else if (c == QLatin1String("white") || c == QLatin1String("silver")) {
        const double lo = std::min({m.r, m.g, m.b}), hi = std::max({m.r, m.g, m.b});
        QVERIFY2(hi - lo < 20, qPrintable(got));
        QVERIFY2(lo > (c == QLatin1String("white") ? 130 : 100), qPrintable(got));
    }
}

void TestDemoImages::overviewPlateIsBoxed()
{
    const DemoScene scene = sampleScene(7);
    const QImage image = decoded(renderOverview(scene));
    const QRect plate = overviewPlateRect(scene);
    QVERIFY(QRect(0, 0, kDemoOverviewWidth, kDemoOverviewHeight - 22).contains(plate));
    QVERIFY(plate.width() >= 45); // small, but an investigator can make it out
    // The plate is light, the box round it is green.
    const MeanColour inside = meanColour(image, plate.adjusted(2, 2, -2, -2));
    QVERIFY2(inside.r + inside.g + inside.b > 3 * 140, "plate in the overview is not light");
    const MeanColour box =
        meanColour(image, QRect(plate.left(), plate.bottom() + 4, plate.width(), 1));
    QVERIFY2(box.g > box.r + 60 && box.g > box.b + 60, "no box round the plate");
}

void TestDemoImages::captionSanitizing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QStringLiteral("El Camino Real & San Antonio Rd")
                           << QStringLiteral("El Camino Real & San Antonio Rd");
    QTest::newRow("accents") << QStringLiteral("Calle Ni\u00f1o & Pe\u00f1a")
                             << QStringLiteral("Calle Nino & Pena");
    QTest::newRow("dash and quotes") << QStringLiteral("I\u2011280 \u2014 \u201cNorth\u201d")
                                     << QStringLiteral("I-280 - \"North\"");
    QTest::newRow("sharp s") << QStringLiteral("Stra\u00dfe") << QStringLiteral("Strasse");
    QTest::newRow("cjk") << QStringLiteral("\u5317\u4eac Rd") << QStringLiteral("?? Rd");
    QTest::newRow("emoji") << QStringLiteral("Cam \U0001F697 1") << QStringLiteral("Cam ? 1");
    QTest::newRow("control characters")
        << QStringLiteral("A\tB\nC\u0007") << QStringLiteral("A B C?");
    QTest::newRow("empty") << QString() << QString();
}

void TestDemoImages::captionSanitizing()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toAsciiCaption(input), expected);
}

void TestDemoImages::nonAsciiNamesRender()
{
    DemoScene ascii = sampleScene(9);
    ascii.cameraName = QStringLiteral("Calle Nino & Pena");
    DemoScene accented = ascii;
    accented.cameraName = QStringLiteral("Calle Ni\u00f1o & Pe\u00f1a");
    // The caption carries the sanitized name, so both render identically.
    QCOMPARE(renderOverview(accented), renderOverview(ascii));

    DemoScene odd = ascii;
    odd.cameraName = QStringLiteral("\U0001F697\u5317\u4eac\u0000\uFFFF ") + QString(500, u'W');
    odd.state = QStringLiteral("\u00c9\u00c9");
    odd.plate = QStringLiteral("\u00e9\u00e9 12-3");
    odd.color = QStringLiteral("\u7ea2");
    odd.body = QString(1000, u'x');
    odd.capturedAt = QDateTime();
    QCOMPARE(decoded(renderOverview(odd)).size(), QSize(kDemoOverviewWidth, kDemoOverviewHeight));
    QCOMPARE(decoded(renderPlateCrop(odd)).size(),
             QSize(kDemoPlateCropWidth, kDemoPlateCropHeight));
}

void TestDemoImages::stateNames()
{
    QCOMPARE(stateDisplayName(QStringLiteral("CA")), QStringLiteral("California"));
    QCOMPARE(stateDisplayName(QStringLiteral("nv")), QStringLiteral("NEVADA"));
    QCOMPARE(stateDisplayName(QStringLiteral("AZ")), QStringLiteral("ARIZONA"));
    QCOMPARE(stateDisplayName(QStringLiteral("OR")), QStringLiteral("OREGON"));
    QCOMPARE(stateDisplayName(QStringLiteral("ZZ")), QString());
}

void TestDemoImages::renderTime()
{
    const QStringList colours = {QStringLiteral("white"), QStringLiteral("black"),
                                 QStringLiteral("silver"), QStringLiteral("red"),
                                 QStringLiteral("blue")};
    const QStringList states = {QStringLiteral("CA"), QStringLiteral("NV"), QStringLiteral("AZ"),
                                QStringLiteral("OR")};
    // Warm the caches (glyphs, plate blanks, backgrounds) first.
    for (quint64 seed = 0; seed < 64; ++seed) {
        DemoScene s = sampleScene(seed);
        s.capturedAt = s.capturedAt.addSecs(qint64(seed) * 3600);
        (void)renderPlateCrop(s);
        (void)renderOverview(s);
    }
    constexpr int kReads = 400;
    qint64 cropBytes = 0, overviewBytes = 0;
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kReads; ++i) {
        DemoScene s = sampleScene(quint64(1000 + i));
        s.plate = QStringLiteral("%1ABC%2").arg(i % 10).arg(100 + i);
        s.color = colours[i % colours.size()];
        s.state = states[i % states.size()];
        s.capturedAt = s.capturedAt.addSecs(qint64(i) * 7919);
        cropBytes += renderPlateCrop(s).size();
        overviewBytes += renderOverview(s).size();
    }
    const double msPerRead = double(timer.nsecsElapsed()) / 1e6 / kReads;
    const double cpuMsPerRead = (cpuMs() - cpuStart) / kReads;
    // CPU time as well: on a busy machine the wall clock says more about the neighbours.
    qInfo("demo images: %.3f ms per read wall, %.3f ms CPU (plate crop + overview); "
          "average %lld + %lld bytes",
          msPerRead, cpuMsPerRead, cropBytes / kReads, overviewBytes / kReads);
    // Printed, not asserted: a ctest never asserts on time (the benchmarks
    // measure it); what is checked is that every image was made.
    QVERIFY(cropBytes > 0 && overviewBytes > 0);
}

void TestDemoImages::samplesRenderNightAndDay()
{
    // Night and day, several states and bodies: each renders to a JPEG that
    // decodes at its size. ALPR_DUMP_IMAGES=1 also writes them to
    // /tmp/alpr-demo-images/ to look at.
    const bool dump = qEnvironmentVariableIsSet("ALPR_DUMP_IMAGES");
    const QString dir = QStringLiteral("/tmp/alpr-demo-images");
    if (dump)
        QVERIFY(QDir().mkpath(dir));
    struct Sample
    {
        const char* plate;
        const char* state;
        const char* colour;
        const char* body;
        int hour;
    };
    const Sample samples[] = {
        {"7ABC123", "CA", "silver", "sedan", 20},    {"8MXK441", "CA", "red", "suv", 1},
        {"482LKB", "OR", "blue", "pickup", 23},      {"123A45", "NV", "white", "van", 5},
        {"CMD4521", "AZ", "black", "hatchback", 18}, {"6TRJ244", "CA", "gold", "coupe", 13},
    };
    int i = 0;
    for (const Sample& s : samples) {
        DemoScene scene = sampleScene(quint64(500 + i));
        scene.plate = QLatin1String(s.plate);
        scene.state = QLatin1String(s.state);
        scene.color = QLatin1String(s.colour);
        scene.body = QLatin1String(s.body);
        scene.capturedAt.setTime(QTime(s.hour, 12, 7));
        for (const auto& [name, bytes] :
             {std::pair{QStringLiteral("plate"), renderPlateCrop(scene)},
              std::pair{QStringLiteral("overview"), renderOverview(scene)}}) {
            auto image = decodeImage(bytes);
            QVERIFY2(image.ok(), qPrintable(name));
            QCOMPARE(image->width(), name == QLatin1String("plate") ? 240 : 640);
            if (!dump)
                continue;
            QFile f(QStringLiteral("%1/%2-%3.jpg").arg(dir, name).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        ++i;
    }
}

QTEST_GUILESS_MAIN(TestDemoImages)
#include "tst_demoimages.moc"
