// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl end to end: the real executable on real stores in a temporary directory.
#include "../support/clirunner.h"
#include "auth/sessionaccess.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;
using alpr::test::runDetectiveSearch;

namespace {

using Run = alpr::test::CliRun;

const QString kDemoPassword = QStringLiteral("demo-password-2026");

} // namespace

class TestAlprctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    Run run(const QStringList& args, const QString& password = kDemoPassword)
    {
        return test::runAlprctl(args, {{QStringLiteral("ALPR_PASSWORD"), password}});
    }

    QString makeDemo(const QString& name, int seed)
    {
        const QString path = m_dir.filePath(name);
        const Run r =
            run({QStringLiteral("demo"), QStringLiteral("--store"), path, QStringLiteral("--reads"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QString::number(seed),
                 QStringLiteral("--last-day"), QStringLiteral("2026-11-01")});
        if (r.exitCode != 0)
            qFatal("demo failed: %s", qPrintable(r.err));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(QStringLiteral("demo.alprdb"), 5);
    }

    void noPlainSqliteLinked_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::newRow("alprctl") << QStringLiteral(ALPRCTL);
        QTest::newRow("alpr-workstation") << QStringLiteral(ALPR_WORKSTATION);
    }

    // SQLCipher is the process's only SQLite: a second copy (OpenCV's
    // imgcodecs brings one through GDAL) would corrupt the store.
    void noPlainSqliteLinked()
    {
        QFETCH(QString, binary);
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {binary});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY(libraries.contains(QStringLiteral("libsqlcipher")));
        QVERIFY2(!libraries.contains(QStringLiteral("libsqlite3")), qPrintable(libraries));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << u"no command"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 2 << u"unknown command"_s;
        QTest::newRow("unknown option")
            << QStringList{u"search"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("init without admin") << QStringList{u"init"_s} << 2 << u"--admin"_s;
        QTest::newRow("bad reads")
            << QStringList{u"demo"_s, u"--reads"_s, u"many"_s} << 2 << u"--reads"_s;
        QTest::newRow("two patterns")
            << QStringList{u"search"_s, u"7A*"_s, u"8B*"_s} << 2 << u"exactly one PATTERN"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void initCreatesAnEmptyStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.alprdb"));
        const QStringList args{QStringLiteral("init"), QStringLiteral("--store"), path,
                               QStringLiteral("--admin"), QStringLiteral("chief")};
        Run r = run(args, QStringLiteral("a-strong-admin-password"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".keys")));
        r = run(args, QStringLiteral("a-strong-admin-password"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        r = run({QStringLiteral("init"), QStringLiteral("--store"),
                 m_dir.filePath(QStringLiteral("weak.alprdb")), QStringLiteral("--admin"),
                 QStringLiteral("chief")},
                QStringLiteral("short"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("at least 12")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("weak.alprdb"))));
    }

    void sameSeedSameStore()
    {
        const QString again = makeDemo(QStringLiteral("again.alprdb"), 5);
        const QString other = makeDemo(QStringLiteral("other.alprdb"), 6);
        auto reads = [this](const QString& store) {
            return runDetectiveSearch(store, QStringLiteral("*1*"),
                                      {QStringLiteral("--limit"), QStringLiteral("100000")})
                .json()
                .value(QStringLiteral("reads"));
        };
        QCOMPARE(reads(again), reads(m_demo));
        QVERIFY(reads(other) != reads(m_demo));
    }

    // With no --last-day the demo reads end when the store is made, not at
    // 23:59 of today.
    void demoReadsEndWhenTheStoreIsMade()
    {
        const QString path = m_dir.filePath(QStringLiteral("now.alprdb"));
        const Run made =
            run({QStringLiteral("demo"), QStringLiteral("--store"), path, QStringLiteral("--reads"),
                 QStringLiteral("600"), QStringLiteral("--no-images")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        int seen = 0;
        for (const QString& pattern : {QStringLiteral("*1*"), QStringLiteral("*7*")}) {
            const QJsonArray reads =
                runDetectiveSearch(path, pattern,
                                   {QStringLiteral("--limit"), QStringLiteral("100000")})
                    .json()
                    .value(QStringLiteral("reads"))
                    .toArray();
            for (const QJsonValue& v : reads) {
                const QString at = v.toObject().value(QStringLiteral("captured_at")).toString();
                QVERIFY2(QDateTime::fromString(at, Qt::ISODate) <= after, qPrintable(at));
                ++seen;
            }
        }
        QVERIFY(seen > 100);
    }

    void importRealFixturesAndBrokenFiles()
    {
        const QString data = QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/");
        const QString store = makeDemo(QStringLiteral("import.alprdb"), 9);
        QStringList args{QStringLiteral("import"),
                         QStringLiteral("--store"),
                         store,
                         QStringLiteral("--user"),
                         QStringLiteral("admin"),
                         QStringLiteral("reads"),
                         data + QStringLiteral("alpr_group_v2.json"),
                         data + QStringLiteral("alpr_group_v3.json")};
        Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("alpr_group_v2.json: 1 read(s) imported")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("alpr_group_v3.json: 1 read(s) imported")));
        // The same webhook delivered twice is stored once.
        r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 read(s) imported, 1 already in the store")));

        QJsonObject o = runDetectiveSearch(store, QStringLiteral("A424761")).json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 1);
        const QJsonObject read = o.value(QStringLiteral("reads")).toArray().first().toObject();
        QCOMPARE(read.value(QStringLiteral("state")).toString(), QStringLiteral("IN"));
        QCOMPARE(read.value(QStringLiteral("captured_at")).toString(),
                 QStringLiteral("2020-12-31T16:55:31Z"));
        QCOMPARE(read.value(QStringLiteral("match")).toString(), QStringLiteral("exact"));
        QCOMPARE(runDetectiveSearch(store, QStringLiteral("TEST123"))
                     .json()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 0);
        QCOMPARE(runDetectiveSearch(store, QStringLiteral("19462SH"))
                     .json()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 1);

        // A broken file is named, with its record, and nothing of it is stored.
        QFile broken(m_dir.filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("plate,state,captured_at,camera,latitude,longitude\n"
                     "8ZZZ111,CA,2026-10-01T10:00:00Z,Gate 3,37.1,-122.1\n"
                     "8ZZZ112,CA,2026-10-01T10:00:00,Gate 3,37.1,-122.1\n");
        broken.close();
        r = run({QStringLiteral("import"), QStringLiteral("--store"), store,
                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("reads"),
                 broken.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken.csv")) &&
                     r.err.contains(QStringLiteral("line 3")),
                 qPrintable(r.err));
        QCOMPARE(runDetectiveSearch(store, QStringLiteral("8ZZZ111"))
                     .json()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 0);

        QFile truncated(m_dir.filePath(QStringLiteral("truncated.json")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        QFile v3(data + QStringLiteral("alpr_group_v3.json"));
        QVERIFY(v3.open(QIODevice::ReadOnly));
        truncated.write(v3.readAll().left(5000));
        truncated.close();
        r = run({QStringLiteral("import"), QStringLiteral("--store"), store,
                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("reads"),
                 truncated.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("truncated.json")), qPrintable(r.err));

        // A detective may search but not import.
        r = run({QStringLiteral("import"), QStringLiteral("--store"), store,
                 QStringLiteral("--user"), QStringLiteral("detective"), QStringLiteral("reads"),
                 data + QStringLiteral("reads_valid.csv")});
        QCOMPARE(r.exitCode, 4);
    }

    void auditListShowsEveryAccess()
    {
        const QString store = makeDemo(QStringLiteral("audit.alprdb"), 2);
        QCOMPARE(runDetectiveSearch(store, QStringLiteral("7*")).exitCode, 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--store"), store,
                      QStringLiteral("--user"), QStringLiteral("detective"),
                      QStringLiteral("--purpose"), QStringLiteral("audit"), QStringLiteral("8*")})
                     .exitCode,
                 4);
        const Run r =
            run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"), store,
                 QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(events.size() > 5);
        int searches = 0, refused = 0, signIns = 0;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"seq", "at", "user", "workstation", "action", "object",
                                    "details", "outcome", "prev_hash", "hash"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            const QJsonObject d = e.value(QStringLiteral("details")).toObject();
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("sign-in"))
                ++signIns;
            if (e.value(QStringLiteral("action")).toString() != QLatin1String("search"))
                continue;
            if (e.value(QStringLiteral("outcome")).toString() == QLatin1String("refused")) {
                ++refused;
                QCOMPARE(d.value(QStringLiteral("query"))
                             .toObject()
                             .value(QStringLiteral("pattern"))
                             .toString(),
                         QStringLiteral("8*"));
                continue;
            }
            ++searches;
            QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("detective"));
            QCOMPARE(d.value(QStringLiteral("case")).toString(), QStringLiteral("26-004211"));
            QCOMPARE(d.value(QStringLiteral("purpose")).toString(),
                     QStringLiteral("criminal-investigation"));
            QCOMPARE(d.value(QStringLiteral("query"))
                         .toObject()
                         .value(QStringLiteral("pattern"))
                         .toString(),
                     QStringLiteral("7*"));
            QVERIFY(d.contains(QStringLiteral("result_count")));
        }
        QCOMPARE(searches, 1);
        QCOMPARE(refused, 1);
        QVERIFY(signIns >= 3);
    }

    void auditVerifyDetectsTampering()
    {
        const QString store = makeDemo(QStringLiteral("tamper.alprdb"), 3);
        QCOMPARE(runDetectiveSearch(store, QStringLiteral("7*")).exitCode, 0);
        const QStringList verify{QStringLiteral("audit"),   QStringLiteral("verify"),
                                 QStringLiteral("--store"), store,
                                 QStringLiteral("--user"),  QStringLiteral("auditor")};
        Run r = run(verify);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        {
            // Someone with the key rewrites the search's record (bypassing the store's guard).
            auto admin = SignIn::signIn(store, QStringLiteral("admin"),
                                        SecureBytes::fromUtf8(kDemoPassword), Clock::system());
            QVERIFY(admin.ok());
            QSqlQuery q(storeOf(*admin.value()).database());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET details = replace(details, "
                                          "'26-004211', '26-000001') WHERE action = 'search'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        r = run(verify);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("BROKEN at event")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAlprctl)
#include "tst_alprctl.moc"
