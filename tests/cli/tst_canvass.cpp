// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl canvass end to end: the real executable on a demo store, checked
// against a brute-force scan of every read the same store returns. Built
// twice: with ALPR_TEST_DEPARTMENT the canvass runs on a throwaway
// PostgreSQL server a copy of the demo moved to (cli_department_canvass),
// where the server finds the reads and records the search.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include "auth/sessionaccess.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = alpr::test::CliRun;

const QString kDemoPassword = u"demo-password-2026"_s;
const QString kCase = u"26-004211"_s;
const QString kPurpose = u"criminal-investigation"_s;

// Two fixed cameras of the demo in Los Altos, 2.3 km apart, and the demo's 30 days.
const QString kWindowLA01 = u"37.4021,-122.1125,1000,2026-10-03,2026-11-02"_s;
const QString kWindowLA02 = u"37.3836,-122.1002,1000,2026-10-03T00:00:00Z,2026-11-02T00:00:00Z"_s;

// Written out here rather than taken from core, so the test checks the code.
double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = std::numbers::pi / 180.0;
    const double a = std::pow(std::sin((lat2 - lat1) * rad / 2), 2) +
                     std::cos(lat1 * rad) * std::cos(lat2 * rad) *
                         std::pow(std::sin((lon2 - lon1) * rad / 2), 2);
    return 2 * 6371008.8 * std::asin(std::sqrt(a));
}

struct Window
{
    double lat, lon, radius;
    QDateTime from, to;
};

} // namespace

class TestCanvassCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;  // the demo store file, whose reads the expectations come from
    QString m_store; // the store canvassed: the demo file, or the department store it moved to

    Run run(const QStringList& args)
    {
        return alpr::test::runAlprctl(args,
                                      {{u"ALPR_PASSWORD"_s, kDemoPassword}, {u"TZ"_s, u"UTC"_s}});
    }

    Run canvass(const QStringList& extra, bool withCase = true)
    {
        QStringList args{u"canvass"_s, u"--store"_s, m_store, u"--user"_s, u"detective"_s};
        if (withCase)
            args += QStringList{u"--case"_s, kCase, u"--purpose"_s, kPurpose};
        return run(args + extra);
    }

    static QJsonObject json(const Run& r)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(r.out + r.err));
        return doc.object();
    }

    // Every read in the store, straight from the database in the same JSON
    // form as the command prints.
    QJsonArray allReads()
    {
        const QByteArray password = kDemoPassword.toUtf8();
        auto session =
            alpr::SignIn::signIn(m_demo, u"detective"_s,
                                 alpr::SecureBytes::fromRaw(password.constData(), password.size()),
                                 alpr::Clock::system());
        if (!session)
            qFatal("cannot sign in: %s", qPrintable(session.error().message));
        QSqlQuery q(storeOf(*session.value()).database());
        if (!q.exec(u"SELECT id, plate, captured_at, latitude, longitude FROM reads"_s))
            qFatal("cannot read the reads");
        QJsonArray reads;
        while (q.next())
            reads.append(QJsonObject{
                {u"id"_s, q.value(0).toLongLong()},
                {u"plate"_s, q.value(1).toString()},
                {u"captured_at"_s, QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)
                                       .toString(Qt::ISODateWithMs)},
                {u"latitude"_s, q.value(3).isNull() ? QJsonValue() : q.value(3).toDouble()},
                {u"longitude"_s, q.value(4).isNull() ? QJsonValue() : q.value(4).toDouble()}});
        return reads;
    }

    static QList<qint64> expectedIds(const QJsonArray& reads, const Window& w)
    {
        QList<qint64> ids;
        for (const QJsonValue& v : reads) {
            const QJsonObject read = v.toObject();
            if (read.value(u"latitude"_s).isNull() || read.value(u"longitude"_s).isNull())
                continue;
            const QDateTime t =
                QDateTime::fromString(read.value(u"captured_at"_s).toString(), Qt::ISODate);
            if (t < w.from || t >= w.to)
                continue;
            if (distanceMetres(w.lat, w.lon, read.value(u"latitude"_s).toDouble(),
                               read.value(u"longitude"_s).toDouble()) > w.radius)
                continue;
            ids << read.value(u"id"_s).toInteger();
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static QList<qint64> ids(const QJsonArray& reads)
    {
        QList<qint64> out;
        for (const QJsonValue& v : reads)
            out << v.toObject().value(u"id"_s).toInteger();
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.alprdb"_s);
        const Run r = run({u"demo"_s, u"--store"_s, m_demo, u"--reads"_s, u"300"_s, u"--seed"_s,
                           u"5"_s, u"--last-day"_s, u"2026-11-01"_s, u"--no-images"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_store = m_demo;
#ifdef ALPR_TEST_DEPARTMENT
        // The same demo moved to a department store: its reads keep their ids.
        const QString moved = m_dir.filePath(u"moved.alprdb"_s);
        QVERIFY(QFile::copy(m_demo, moved));
        QVERIFY(QFile::copy(m_demo + u".keys"_s, moved + u".keys"_s));
        QString error;
        m_store =
            alpr::test::DepartmentFixture::migrateDemo(u"canvass"_s, moved, kDemoPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
    }

    void jsonHasTheWindowsAndTheCommonPlates()
    {
        const Run r = canvass({u"--at"_s, kWindowLA01, u"--at"_s, kWindowLA02, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QVERIFY(o.value(u"search_id"_s).toInteger() > 0);
        QCOMPARE(o.value(u"case"_s).toString(), kCase);
        QCOMPARE(o.value(u"purpose"_s).toString(), kPurpose);
        QCOMPARE(o.value(u"min_windows"_s).toInt(), 2);
        const QJsonArray windows = o.value(u"windows"_s).toArray();
        QCOMPARE(windows.size(), 2);

        const QDateTime from(QDate(2026, 10, 3), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
        const Window expected[] = {{37.4021, -122.1125, 1000, from, to},
                                   {37.3836, -122.1002, 1000, from, to}};
        const QJsonArray all = allReads();
        QCOMPARE(all.size(), 300);
        QHash<qint64, QString> plateOf;
        for (const QJsonValue& v : all)
            plateOf.insert(v[u"id"_s].toInteger(), v[u"plate"_s].toString());
        QList<QSet<QString>> platesIn;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject w = windows[i].toObject();
            QCOMPARE(w.value(u"latitude"_s).toDouble(), expected[i].lat);
            QCOMPARE(w.value(u"longitude"_s).toDouble(), expected[i].lon);
            QCOMPARE(w.value(u"radius_m"_s).toDouble(), 1000.0);
            QCOMPARE(w.value(u"from"_s).toString(), u"2026-10-03T00:00:00Z"_s);
            QCOMPARE(w.value(u"to"_s).toString(), u"2026-11-02T00:00:00Z"_s);
            const QJsonArray reads = w.value(u"reads"_s).toArray();
            QCOMPARE(w.value(u"count"_s).toInt(), reads.size());
            const QList<qint64> want = expectedIds(all, expected[i]);
            QVERIFY(want.size() > 5); // the demo's cameras see traffic
            QCOMPARE(ids(reads), want);
            for (const QJsonValue& v : reads) {
                const QJsonObject read = v.toObject();
                for (const char* key :
                     {"id", "plate", "state", "captured_at", "camera", "latitude", "longitude"})
                    QVERIFY2(read.contains(QLatin1String(key)), key);
                QVERIFY(read.value(u"captured_at"_s).toString().endsWith(u'Z'));
            }
            QSet<QString> plates;
            for (qint64 id : want)
                plates.insert(plateOf.value(id));
            platesIn << plates;
        }

        const QSet<QString> both = QSet<QString>(platesIn[0]).intersect(platesIn[1]);
        QVERIFY(!both.isEmpty()); // the demo's vehicles keep to their town
        const QJsonArray common = o.value(u"common_plates"_s).toArray();
        QSet<QString> listed;
        for (const QJsonValue& v : common) {
            const QJsonObject p = v.toObject();
            const QString plate = p.value(u"plate"_s).toString();
            listed.insert(plate);
            QCOMPARE(p.value(u"windows"_s).toArray(), (QJsonArray{0, 1}));
            const QJsonArray sightings = p.value(u"sightings"_s).toArray();
            QVERIFY(sightings.size() >= 2);
            QSet<int> seenIn;
            for (const QJsonValue& s : sightings) {
                QCOMPARE(s[u"plate"_s].toString(), plate);
                seenIn.insert(s[u"window"_s].toInt());
                QVERIFY(expectedIds(all, expected[s[u"window"_s].toInt()])
                            .contains(s[u"id"_s].toInteger()));
            }
            QCOMPARE(seenIn, (QSet<int>{0, 1}));
        }
        QCOMPARE(listed, both);
    }

    void oneWindowHasNoCommonPlates()
    {
        const Run r = canvass({u"--at"_s, kWindowLA01, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"windows"_s).toArray().size(), 1);
        QVERIFY(o.value(u"windows"_s)[0][u"count"_s].toInt() > 0);
        QCOMPARE(o.value(u"common_plates"_s).toArray().size(), 0);
    }

    void minWindowsOneListsEveryPlate()
    {
        const QJsonObject all = json(canvass({u"--at"_s, kWindowLA01, u"--at"_s, kWindowLA02,
                                              u"--min-windows"_s, u"1"_s, u"--json"_s}));
        const QJsonObject both =
            json(canvass({u"--at"_s, kWindowLA01, u"--at"_s, kWindowLA02, u"--json"_s}));
        QCOMPARE(all.value(u"min_windows"_s).toInt(), 1);
        QVERIFY(all.value(u"common_plates"_s).toArray().size() >
                both.value(u"common_plates"_s).toArray().size());
    }

    void textOutputShowsWindowsAndPlates()
    {
        const Run r = canvass({u"--at"_s, kWindowLA01, u"--at"_s, kWindowLA02});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"case 26-004211 (criminal-investigation)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Window 1: within 1000 m of 37.40210,-122.11250"_s));
        QVERIFY(r.out.contains(u"Window 2: within 1000 m of 37.38360,-122.10020"_s));
        QVERIFY(r.out.contains(u"Plates seen in at least 2 of the 2 windows: "_s));
        QVERIFY(r.out.contains(u"windows 1,2"_s));
        QVERIFY(r.out.contains(u"CAPTURED (local)"_s));
    }

    void refusalsAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withCase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList at{u"--at"_s, kWindowLA01};
        QTest::newRow("no case") << at << false << 4 << u"case or incident number is required"_s;
        QTest::newRow("no window") << QStringList{} << true << 2 << u"at least one --at"_s;
        QTest::newRow("three fields") << QStringList{u"--at"_s, u"37.4,-122.1,500"_s} << true << 2
                                      << u"is not LAT,LON,METRES,FROM,TO"_s;
        QTest::newRow("latitude not a number")
            << QStringList{u"--at"_s, u"north,-122.1,500,2026-10-03,2026-10-04"_s} << true << 2
            << u"the latitude \"north\" is not a number"_s;
        QTest::newRow("bad time") << QStringList{u"--at"_s,
                                                 u"37.4,-122.1,500,yesterday,2026-10-04"_s}
                                  << true << 2 << u"the start \"yesterday\" is not an ISO 8601"_s;
        QTest::newRow("radius 0") << QStringList{u"--at"_s,
                                                 u"37.4,-122.1,0,2026-10-03,2026-10-04"_s}
                                  << true << 2 << u"window 1: radius 0 m"_s;
        QTest::newRow("backwards")
            << QStringList{u"--at"_s, u"37.4,-122.1,500,2026-10-04,2026-10-03"_s} << true << 2
            << u"must start"_s;
        QTest::newRow("K too large")
            << at + QStringList{u"--min-windows"_s, u"2"_s} << true << 2 << u"min-windows 2"_s;
        QTest::newRow("K zero") << at + QStringList{u"--min-windows"_s, u"0"_s} << true << 2
                                << u"--min-windows takes a positive number"_s;
    }

    void refusalsAndUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withCase);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = canvass(args + QStringList{u"--json"_s}, withCase);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void everyCanvassIsInTheAuditLog()
    {
        const Run bad = canvass({u"--at"_s, u"37.4,-122.1,0,2026-10-03,2026-10-04"_s});
        QCOMPARE(bad.exitCode, 2);
        const Run done = canvass({u"--at"_s, kWindowLA01, u"--at"_s, kWindowLA02, u"--json"_s});
        QCOMPARE(done.exitCode, 0);
        const Run audit = run({u"audit"_s, u"list"_s, u"--store"_s, m_store, u"--user"_s,
                               u"auditor"_s, u"--action"_s, u"canvass"_s, u"--json"_s});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const QJsonArray events = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QVERIFY(events.size() >= 2);
        const QJsonObject invalid = events[events.size() - 2].toObject();
        QCOMPARE(invalid.value(u"outcome"_s).toString(), u"invalid"_s);
        QVERIFY(invalid.value(u"details"_s)[u"reason"_s].toString().contains(u"radius 0 m"_s));
        const QJsonObject last = events.last().toObject();
        QCOMPARE(last.value(u"action"_s).toString(), u"canvass"_s);
        QCOMPARE(last.value(u"outcome"_s).toString(), u"success"_s);
        QCOMPARE(last.value(u"user"_s).toString(), u"detective"_s);
        QCOMPARE(last.value(u"object"_s).toString(),
                 u"search:%1"_s.arg(json(done).value(u"search_id"_s).toInteger()));
        const QJsonObject query = last.value(u"details"_s)[u"query"_s].toObject();
        QCOMPARE(query.value(u"windows"_s).toArray().size(), 2);
        QCOMPARE(query.value(u"min_windows"_s).toInt(), 2);
        QCOMPARE(last.value(u"details"_s)[u"case"_s].toString(), kCase);
    }
};

QTEST_GUILESS_MAIN(TestCanvassCli)
#include "tst_canvass.moc"
