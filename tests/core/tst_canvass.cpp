// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Canvass on a hand-built store with known answers.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "common/geo.h"
#include "inquiry/canvass.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kLatA = 37.4, kLonA = -122.1;  // window A, 1 October
constexpr double kLatB = 37.7, kLonB = -122.15; // window B, 2 October
constexpr double kLatC = 34.0, kLonC = -118.5;  // window C, 3 October
constexpr double kLonD = 179.9995;              // window D on the 180th meridian, 4 October

QDateTime at(int day, int h, int m = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 10, day), QTime(h, m, s, ms), Qt::UTC);
}

ReadRecord read(const QString& plate, const QDateTime& t, std::optional<double> lat,
                std::optional<double> lon)
{
    ReadRecord r = test::makeRead(plate, t);
    r.latitude = lat;
    r.longitude = lon;
    return r;
}

CanvassWindow window(double lat, double lon, double radius, const QDateTime& from,
                     const QDateTime& to)
{
    return CanvassWindow{lat, lon, radius, from, to};
}

CanvassWindow windowA()
{
    return window(kLatA, kLonA, 200, at(1, 10), at(1, 12));
}
CanvassWindow windowB()
{
    return window(kLatB, kLonB, 200, at(2, 10), at(2, 12));
}
CanvassWindow windowC()
{
    return window(kLatC, kLonC, 200, at(3, 10), at(3, 12));
}

QStringList plates(const QList<ReadRecord>& reads)
{
    QStringList out;
    for (const ReadRecord& r : reads)
        out << r.plate;
    return out;
}

QStringList plates(const QList<CanvassPlate>& common)
{
    QStringList out;
    for (const CanvassPlate& p : common)
        out << p.plate;
    return out;
}

} // namespace

class TestCanvass : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;
    std::unique_ptr<Session> m_session; // admin + detective roles

    CanvassRequest request(QList<CanvassWindow> windows, int minWindows = 0) const
    {
        CanvassRequest r;
        r.caseNumber = u"26-004211"_s;
        r.purpose = u"stolen-vehicle"_s;
        r.windows = std::move(windows);
        r.minWindows = minWindows;
        return r;
    }

    qsizetype auditCount(const QString& action) const
    {
        AuditFilter f;
        f.action = action;
        return trailOf(*m_session).list(f)->size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"canvass.alprdb"_s);
        m_session = test::createStore(m_path, m_clock, {Role::Detective});
        // 0.001 degrees of latitude is 111.19 m; of longitude at 37.4 N, 88.33 m.
        QList<ReadRecord> reads{
            // Around A (200 m, 1 October 10:00 to 12:00)
            read(u"INS189"_s, at(1, 10, 30), kLatA + 0.0017, kLonA), // 189 m: in
            read(u"OUT211"_s, at(1, 10, 31), kLatA + 0.0019, kLonA), // 211 m: out
            read(u"INSLON"_s, at(1, 10, 32), kLatA, kLonA + 0.0022), // 194 m: in
            read(u"OUTLON"_s, at(1, 10, 33), kLatA, kLonA - 0.0024), // 212 m: out
            // In the corner of the box around A's circle, 251 m away: out
            read(u"CORNER"_s, at(1, 10, 34), kLatA + 0.0016, kLonA + 0.0020),
            read(u"DIAG01"_s, at(1, 10, 35), kLatA - 0.001, kLonA - 0.0012), // 154 m: in
            read(u"EARLY1"_s, at(1, 9, 59, 59, 999), kLatA, kLonA),          // a millisecond early
            read(u"ATFROM"_s, at(1, 10), kLatA, kLonA),                      // from is inclusive
            read(u"ATTO12"_s, at(1, 12), kLatA, kLonA),                      // to is exclusive
            read(u"NOPOS1"_s, at(1, 10, 40), std::nullopt, std::nullopt),
            read(u"NOLAT1"_s, at(1, 10, 41), std::nullopt, kLonA),
            read(u"AAA111"_s, at(1, 11), kLatA, kLonA),
            read(u"BBB222"_s, at(1, 11, 10), kLatA + 0.001, kLonA),
            read(u"DDD444"_s, at(1, 10, 50), kLatA, kLonA),
            read(u"DDD444"_s, at(1, 11, 50), kLatA, kLonA),
            read(u"EEE555"_s, at(1, 11, 20), kLatA, kLonA),
            // Around B (2 October)
            read(u"AAA111"_s, at(2, 10, 15), kLatB, kLonB),
            read(u"BBB222"_s, at(2, 10, 20), kLatB, kLonB + 0.001),
            read(u"CCC333"_s, at(2, 10, 25), kLatB, kLonB),
            read(u"EEE555"_s, at(2, 13), kLatB, kLonB), // after B
            // Around C (3 October)
            read(u"AAA111"_s, at(3, 10, 5), kLatC, kLonC),
            read(u"CCC333"_s, at(3, 10, 6), kLatC, kLonC),
            read(u"CCC333"_s, at(3, 10, 7), kLatC + 0.01, kLonC), // 1.1 km away
            // On the other side of the 180th meridian from D's centre: 111 m
            read(u"WRAP01"_s, at(4, 10, 30), 0.0, -179.9995),
            read(u"WRAP02"_s, at(4, 10, 31), 0.0, -179.99), // 1.1 km
        };
        auto imported = ReadImporter(*m_session).importReads(reads, u"hand-built"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->imported, reads.size());
    }

    void haversineKnownDistances_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("metres");
        QTest::newRow("same point") << 37.4 << -122.1 << 37.4 << -122.1 << 0.0;
        QTest::newRow("one degree of latitude") << 0.0 << 0.0 << 1.0 << 0.0 << 111194.93;
        QTest::newRow("one degree on the equator") << 0.0 << 0.0 << 0.0 << 1.0 << 111194.93;
        QTest::newRow("across the 180th meridian") << 0.0 << 179.5 << 0.0 << -179.5 << 111194.93;
        // Los Angeles (LAX) to New York (JFK) on the mean-radius sphere
        QTest::newRow("LAX-JFK") << 33.9425 << -118.4081 << 40.6397 << -73.7789 << 3974340.0;
    }

    void haversineKnownDistances()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, metres);
        const double d = distanceMetres(lat1, lon1, lat2, lon2);
        QVERIFY2(std::abs(d - metres) < 1.0 + metres * 1e-4,
                 qPrintable(u"%1 m, expected %2 m"_s.arg(d, 0, 'f', 2).arg(metres, 0, 'f', 2)));
    }

    void oneWindowHoldsTheReadsInsideRadiusAndTime()
    {
        auto outcome = CanvassService(*m_session).canvass(request({windowA()}));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->windows.size(), 1);
        QCOMPARE(plates(outcome->windows[0].reads),
                 (QStringList{u"ATFROM"_s, u"INS189"_s, u"INSLON"_s, u"DIAG01"_s, u"DDD444"_s,
                              u"AAA111"_s, u"BBB222"_s, u"EEE555"_s, u"DDD444"_s}));
        QCOMPARE(outcome->readCount, 9);
        QVERIFY(outcome->commonPlates.isEmpty()); // one window: nothing to have in common
        QVERIFY(outcome->searchId > 0);
        for (const ReadRecord& r : outcome->windows[0].reads) {
            QVERIFY(r.latitude && r.longitude);
            QVERIFY(distanceMetres(kLatA, kLonA, *r.latitude, *r.longitude) <= 200);
        }
    }

    void radiusDecidesAtItsEdge_data()
    {
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("in189");
        QTest::addColumn<bool>("in211");
        QTest::addColumn<bool>("inCorner");
        QTest::newRow("188 m") << 188.0 << false << false << false;
        QTest::newRow("190 m") << 190.0 << true << false << false;
        QTest::newRow("210 m") << 210.0 << true << false << false;
        QTest::newRow("212 m") << 212.0 << true << true << false;
        QTest::newRow("250 m") << 250.0 << true << true << false;
        QTest::newRow("252 m") << 252.0 << true << true << true;
    }

    void radiusDecidesAtItsEdge()
    {
        QFETCH(double, radius);
        QFETCH(bool, in189);
        QFETCH(bool, in211);
        QFETCH(bool, inCorner);
        CanvassWindow w = windowA();
        w.radiusMetres = radius;
        auto outcome = CanvassService(*m_session).canvass(request({w}));
        QVERIFY(outcome.ok());
        const QStringList found = plates(outcome->windows[0].reads);
        QCOMPARE(found.contains(u"INS189"_s), in189);
        QCOMPARE(found.contains(u"OUT211"_s), in211);
        QCOMPARE(found.contains(u"CORNER"_s), inCorner);
        QVERIFY(found.contains(u"DIAG01"_s));
        QVERIFY(!found.contains(u"NOPOS1"_s));
        QVERIFY(!found.contains(u"NOLAT1"_s));
    }

    void windowAcrossThe180thMeridian()
    {
        auto outcome = CanvassService(*m_session)
                           .canvass(request({window(0.0, kLonD, 500, at(4, 10), at(4, 12))}));
        QVERIFY(outcome.ok());
        QCOMPARE(plates(outcome->windows[0].reads), QStringList{u"WRAP01"_s});
    }

    void commonPlates_data()
    {
        QTest::addColumn<QList<CanvassWindow>>("windows");
        QTest::addColumn<int>("minWindows");
        QTest::addColumn<QStringList>("expected"); // most windows first
        QTest::addColumn<int>("applied");
        QTest::newRow("A,B: all") << QList<CanvassWindow>{windowA(), windowB()} << 0
                                  << QStringList{u"AAA111"_s, u"BBB222"_s} << 2;
        QTest::newRow("A,B,C: all") << QList<CanvassWindow>{windowA(), windowB(), windowC()} << 0
                                    << QStringList{u"AAA111"_s} << 3;
        QTest::newRow("A,B,C: K=3") << QList<CanvassWindow>{windowA(), windowB(), windowC()} << 3
                                    << QStringList{u"AAA111"_s} << 3;
        QTest::newRow("A,B,C: K=2") << QList<CanvassWindow>{windowA(), windowB(), windowC()} << 2
                                    << QStringList{u"AAA111"_s, u"BBB222"_s, u"CCC333"_s} << 2;
        QTest::newRow("B,C: all") << QList<CanvassWindow>{windowB(), windowC()} << 0
                                  << QStringList{u"AAA111"_s, u"CCC333"_s} << 2;
        QTest::newRow("A,C with a later A")
            << QList<CanvassWindow>{windowA(), windowC()} << 0 << QStringList{u"AAA111"_s} << 2;
    }

    void commonPlates()
    {
        QFETCH(QList<CanvassWindow>, windows);
        QFETCH(int, minWindows);
        QFETCH(QStringList, expected);
        QFETCH(int, applied);
        auto outcome = CanvassService(*m_session).canvass(request(windows, minWindows));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(plates(outcome->commonPlates), expected);
        QCOMPARE(outcome->minWindows, applied);
        for (const CanvassPlate& p : outcome->commonPlates) {
            QVERIFY(p.windows.size() >= applied);
            for (const CanvassSighting& s : p.sightings) {
                QCOMPARE(s.read.plate, p.plate);
                QVERIFY(p.windows.contains(s.window));
                QVERIFY(outcome->windows[s.window].reads.size() > 0);
            }
        }
    }

    void sightingsSayWhichWindowAndWhichRead()
    {
        auto outcome =
            CanvassService(*m_session).canvass(request({windowA(), windowB(), windowC()}, 2));
        QVERIFY(outcome.ok());
        const CanvassPlate& aaa = outcome->commonPlates[0];
        QCOMPARE(aaa.plate, u"AAA111"_s);
        QCOMPARE(aaa.windows, (QList<int>{0, 1, 2}));
        QCOMPARE(aaa.sightings.size(), 3);
        QCOMPARE(aaa.sightings[0].read.capturedAt, at(1, 11));
        QCOMPARE(aaa.sightings[1].read.capturedAt, at(2, 10, 15));
        QCOMPARE(aaa.sightings[2].read.capturedAt, at(3, 10, 5));
        QCOMPARE(aaa.sightings[2].window, 2);
        const CanvassPlate& ccc = outcome->commonPlates[2];
        QCOMPARE(ccc.plate, u"CCC333"_s);
        QCOMPARE(ccc.windows, (QList<int>{1, 2}));
        QCOMPARE(ccc.sightings.size(), 2); // not the read 1.1 km from C
    }

    void overlappingWindowsCountAReadInBoth()
    {
        CanvassWindow early = windowA();
        early.to = at(1, 11, 5); // holds AAA111 at 11:00
        CanvassWindow late = windowA();
        late.from = at(1, 10, 55); // so does this one
        auto outcome = CanvassService(*m_session).canvass(request({early, late}));
        QVERIFY(outcome.ok());
        QCOMPARE(plates(outcome->commonPlates), (QStringList{u"AAA111"_s, u"DDD444"_s}));
        const CanvassPlate& aaa = outcome->commonPlates[0];
        QCOMPARE(aaa.sightings.size(), 2);
        QCOMPARE(aaa.sightings[0].read.id, aaa.sightings[1].read.id);
        QCOMPARE(aaa.sightings[0].window, 0);
        QCOMPARE(aaa.sightings[1].window, 1);
        QCOMPARE(outcome->readCount, 9); // distinct reads
    }

    void oneAuditedSearchPerCanvass()
    {
        const qsizetype before = auditCount(u"canvass"_s);
        auto outcome =
            CanvassService(*m_session).canvass(request({windowA(), windowB(), windowC()}, 2));
        QVERIFY(outcome.ok());
        QCOMPARE(auditCount(u"canvass"_s), before + 1);

        QSqlQuery q(storeOf(*m_session).database());
        q.prepare(u"SELECT username, case_number, purpose, query, result_count, audit_seq "
                  "FROM searches WHERE id = ?"_s);
        q.addBindValue(outcome->searchId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"admin"_s);
        QCOMPARE(q.value(1).toString(), u"26-004211"_s);
        QCOMPARE(q.value(2).toString(), u"stolen-vehicle"_s);
        const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(stored.value(u"windows"_s).toArray().size(), 3);
        QCOMPARE(q.value(4).toLongLong(), outcome->readCount);

        AuditFilter f;
        f.action = u"canvass"_s;
        const AuditEvent e = trailOf(*m_session).list(f)->last();
        QCOMPARE(e.seq, q.value(5).toLongLong());
        QCOMPARE(e.outcome, u"success"_s);
        QCOMPARE(e.object, u"search:%1"_s.arg(outcome->searchId));
        QCOMPARE(e.details.value(u"case"_s).toString(), u"26-004211"_s);
        const QJsonObject query = e.details.value(u"query"_s).toObject();
        QCOMPARE(query.value(u"min_windows"_s).toInt(), 2);
        const QJsonArray windows = query.value(u"windows"_s).toArray();
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows[1].toObject().value(u"latitude"_s).toDouble(), kLatB);
        QCOMPARE(windows[1].toObject().value(u"longitude"_s).toDouble(), kLonB);
        QCOMPARE(windows[1].toObject().value(u"radius_m"_s).toDouble(), 200.0);
        QCOMPARE(windows[1].toObject().value(u"from"_s).toString(), u"2026-10-02T10:00:00Z"_s);
        QCOMPARE(windows[1].toObject().value(u"to"_s).toString(), u"2026-10-02T12:00:00Z"_s);
        QCOMPARE(e.details.value(u"result_count"_s).toInteger(), outcome->readCount);
        QCOMPARE(e.details.value(u"common_plates"_s).toInt(), 3);
        QVERIFY(trailOf(*m_session).verify()->intact);
    }

    void refusedCanvassIsAuditedAndReturnsNothing_data()
    {
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("message");
        QTest::newRow("no case") << QString() << u"stolen-vehicle"_s << u"required"_s;
        QTest::newRow("bad case") << u"2026/4211"_s << u"stolen-vehicle"_s << u"format"_s;
        QTest::newRow("no purpose") << u"26-004211"_s << QString() << u"purpose is required"_s;
        QTest::newRow("personal use")
            << u"26-004211"_s << u"personal"_s << u"not an authorized purpose"_s;
    }

    void refusedCanvassIsAuditedAndReturnsNothing()
    {
        QFETCH(QString, caseNumber);
        QFETCH(QString, purpose);
        QFETCH(QString, message);
        CanvassRequest r = request({windowA(), windowB()});
        r.caseNumber = caseNumber;
        r.purpose = purpose;
        const qsizetype before = auditCount(u"canvass"_s);
        auto outcome = CanvassService(*m_session).canvass(r);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
        QCOMPARE(auditCount(u"canvass"_s), before + 1);
        const AuditEvent e = trailOf(*m_session).list({})->last();
        QCOMPARE(e.action, u"canvass"_s);
        QCOMPARE(e.outcome, u"refused"_s);
        QCOMPARE(e.details.value(u"query"_s).toObject().value(u"windows"_s).toArray().size(), 2);
    }

    void malformedWindowsAreRefusedAndRecorded_data()
    {
        QTest::addColumn<QList<CanvassWindow>>("windows");
        QTest::addColumn<int>("minWindows");
        QTest::addColumn<QString>("message");
        auto with = [](auto change) {
            CanvassWindow w = windowA();
            change(w);
            return QList<CanvassWindow>{w};
        };
        QTest::newRow("no window") << QList<CanvassWindow>{} << 0 << u"at least one window"_s;
        QTest::newRow("eleven windows")
            << QList<CanvassWindow>(11, windowA()) << 0 << u"at most 10 windows"_s;
        QTest::newRow("radius 0") << with([](CanvassWindow& w) { w.radiusMetres = 0; }) << 0
                                  << u"window 1: radius 0 m"_s;
        QTest::newRow("negative radius")
            << with([](CanvassWindow& w) { w.radiusMetres = -5; }) << 0 << u"radius -5 m"_s;
        QTest::newRow("radius over 50 km")
            << with([](CanvassWindow& w) { w.radiusMetres = 50001; }) << 0 << u"50000 m"_s;
        QTest::newRow("latitude 91") << with([](CanvassWindow& w) { w.latitude = 91; }) << 0
                                     << u"latitude 91 is not between -90 and 90"_s;
        QTest::newRow("latitude NaN")
            << with([](CanvassWindow& w) { w.latitude = std::numeric_limits<double>::quiet_NaN(); })
            << 0 << u"latitude"_s;
        QTest::newRow("longitude -181") << with([](CanvassWindow& w) { w.longitude = -181; }) << 0
                                        << u"longitude -181 is not between -180 and 180"_s;
        QTest::newRow("empty time range")
            << with([](CanvassWindow& w) { w.to = w.from; }) << 0 << u"must start"_s;
        QTest::newRow("backwards")
            << with([](CanvassWindow& w) { w.from = at(2, 10); }) << 0 << u"must start"_s;
        QTest::newRow("no end") << with([](CanvassWindow& w) { w.to = QDateTime(); }) << 0
                                << u"both the start and the end"_s;
        QTest::newRow("32 days") << with([](CanvassWindow& w) { w.to = w.from.addDays(32); }) << 0
                                 << u"longer than 31 days"_s;
        QTest::newRow("second window bad")
            << QList<CanvassWindow>{windowA(), window(kLatB, kLonB, 0, at(2, 10), at(2, 12))} << 0
            << u"window 2: radius"_s;
        QTest::newRow("K over the windows")
            << QList<CanvassWindow>{windowA(), windowB()} << 3 << u"min-windows 3"_s;
    }

    void malformedWindowsAreRefusedAndRecorded()
    {
        QFETCH(QList<CanvassWindow>, windows);
        QFETCH(int, minWindows);
        QFETCH(QString, message);
        const qsizetype before = auditCount(u"canvass"_s);
        auto outcome = CanvassService(*m_session).canvass(request(windows, minWindows));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Invalid);
        QVERIFY2(outcome.error().message.contains(message), qPrintable(outcome.error().message));
        QCOMPARE(auditCount(u"canvass"_s), before + 1);
        const AuditEvent e = trailOf(*m_session).list({})->last();
        QCOMPARE(e.action, u"canvass"_s);
        QCOMPARE(e.outcome, u"invalid"_s);
        QCOMPARE(e.details.value(u"reason"_s).toString(), outcome.error().message);
    }

    void thirtyOneDaysIsAllowed()
    {
        CanvassWindow w = windowA();
        w.from = at(1, 0);
        w.to = w.from.addDays(31);
        QVERIFY(CanvassService::validate(request({w})).ok());
    }

    void administratorAloneMayNotCanvass()
    {
        UserAccount admin2;
        admin2.username = u"admin2"_s;
        admin2.roles = {Role::Administrator};
        QVERIFY(UserAdministration(*m_session)
                    .addUser(admin2, test::password("admin-two-long-password"))
                    .ok());
        auto s =
            SignIn::signIn(m_path, u"admin2"_s, test::password("admin-two-long-password"), m_clock);
        QVERIFY(s.ok());
        auto outcome = CanvassService(*s.value()).canvass(request({windowA()}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::Denied);
        const AuditEvent e = trailOf(*s.value()).list({})->last();
        QCOMPARE(e.outcome, u"refused"_s);
        QCOMPARE(e.action, u"canvass"_s);
    }
};

QTEST_GUILESS_MAIN(TestCanvass)
#include "tst_canvass.moc"
