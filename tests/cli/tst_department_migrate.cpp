// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// 'alprctl pg migrate --from FILE.alprdb': a demo store file copied into a
// department store on a real PostgreSQL server (pg_virtualenv): the same
// counts, the same search results, images byte for byte, the old trail kept
// verbatim and verifiable, bound to the server's trail by the
// 'store-migrated' event; a second migration and a tampered trail refused.
#include "../support/clirunner.h"
#include "../support/pgtestserver.h"
#include "../support/rawstore.h"

#include "auth/keyslotfile.h"
#include "common/securebytes.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDatabase = u"alpr"_s;
const QString kSuper = u"super"_s;
const QString kDemoPassword = u"demo-password-2026"_s;
const QString kAdminPassword = u"correct horse battery staple"_s;
const QString kClientPassword = u"client-pw-8812"_s;
const QString kTemporary = u"Temporary violet kettle 4471"_s;
const QString kOwn = u"Own quiet harbour lantern 8812"_s;
const QString kCase = u"26-004211"_s;
const QString kPurpose = u"criminal-investigation"_s;

// The half-year we are in: the searches of this test fall into it.
QString thisHalf()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QStringLiteral("%1-H%2").arg(today.year()).arg(today.month() <= 6 ? 1 : 2);
}

QString superUrl()
{
    return u"postgresql://%1@localhost:%2/%3"_s.arg(PgTestServer::superUser())
        .arg(PgTestServer::port())
        .arg(kDatabase);
}

QString clientUrl()
{
    return u"postgresql://alpr_client:%1@localhost:%2/%3"_s.arg(kClientPassword)
        .arg(PgTestServer::port())
        .arg(kDatabase);
}

qint64 superCount(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kSuper));
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString superText(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kSuper));
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

QString describe(const CliRun& r)
{
    return u"exit %1\nout: %2\nerr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

CliRun migrate(const QString& from)
{
    return runAlprctl({u"--store"_s, superUrl(), u"pg"_s, u"migrate"_s, u"--from"_s, from,
                       u"--file-user"_s, u"admin"_s},
                      {{u"ALPR_PASSWORD"_s, kDemoPassword}});
}

} // namespace

class TestDepartmentMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_medium;         // where the file store's evidence package was written
    QString m_package;        // its id
    QJsonArray m_sampleItems; // the file store's audit sample, as drawn there
    CliRun m_migration;

    SecureBytes rawKey(const QString& store)
    {
        auto keys = KeySlotFile::loadForStore(store);
        if (!keys)
            qFatal("key slots: %s", qPrintable(keys.error().message));
        auto key = keys->unlock(u"admin"_s, SecureBytes::fromUtf8(kDemoPassword));
        if (!key)
            qFatal("raw key: %s", qPrintable(key.error().message));
        return std::move(key.value());
    }

    qint64 fileCount(const QString& sql)
    {
        RawStore raw(m_file, rawKey(m_file));
        if (!raw.isOpen())
            qFatal("raw store: %s", qPrintable(raw.lastError()));
        return raw.rows(sql).value(0).value(0, u"-1"_s).toLongLong();
    }

    CliRun onServer(const QString& user, const QString& password, const QStringList& args,
                    const QString& newPassword = {})
    {
        return runAlprctl(QStringList{u"--store"_s, clientUrl(), u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, password}, {u"ALPR_NEW_PASSWORD"_s, newPassword}});
    }

    CliRun onFile(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_file, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, kDemoPassword}});
    }

    // A migrated person's first sign-in: the server's administrator sets a
    // temporary password, the person replaces it.
    void activate(const QString& user)
    {
        CliRun reset =
            onServer(u"admin"_s, kAdminPassword, {u"user"_s, u"passwd"_s, user}, kTemporary);
        QVERIFY2(reset.exitCode == 0, qPrintable(describe(reset)));
        CliRun own = onServer(user, kTemporary, {u"user"_s, u"passwd"_s, user}, kOwn);
        QVERIFY2(own.exitCode == 0, qPrintable(describe(own)));
    }

    QJsonObject search(bool server, const QStringList& args)
    {
        const QStringList common{u"search"_s,    u"--case"_s, kCase,
                                 u"--purpose"_s, kPurpose,    u"--json"_s};
        CliRun r = server ? onServer(u"detective"_s, kOwn, common + args)
                          : onFile(u"detective"_s, common + args);
        if (r.exitCode != 0)
            qWarning("search %s: %s", server ? "server" : "file", qPrintable(describe(r)));
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(), "CTest runs this test under pg_virtualenv -t");
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"demo.alprdb"_s);
        CliRun demo = runAlprctl({u"--store"_s, m_file, u"demo"_s, u"--reads"_s, u"300"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        // A search in the file store, so that there are searches to copy.
        QVERIFY(search(false, {u"*A*"_s, u"--limit"_s, u"5"_s}).value(u"count"_s).toInteger() > 0);
        // An evidence package on a medium, booked into evidence, and a
        // release request approved: they move, and the package still verifies.
        m_medium = m_dir.filePath(u"usb"_s);
        QVERIFY(QDir().mkpath(m_medium));
        const CliRun exported =
            onFile(u"records"_s, {u"evidence"_s, u"export"_s, u"--case"_s, u"26-004211"_s,
                                  u"--purpose"_s, u"criminal-investigation"_s, u"--reads"_s,
                                  u"1,2"_s, u"--out"_s, m_medium, u"--json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        m_package = exported.json().value(u"package"_s).toString();
        QCOMPARE(onFile(u"records"_s, {u"evidence"_s, u"custody"_s, m_package, u"--event"_s,
                                       u"booked"_s, u"--item"_s, u"PR-1"_s})
                     .exitCode,
                 0);
        QCOMPARE(onFile(u"records"_s,
                        {u"release"_s, u"request"_s, u"--agency"_s, u"Palo Alto PD"_s,
                         u"--agency-type"_s, u"ca-local"_s, u"--requester"_s, u"Sgt. Lee"_s,
                         u"--for"_s, u"stolen-vehicle"_s, u"--description"_s, u"Stolen truck"_s,
                         u"--case"_s, u"PA-26-77"_s})
                     .exitCode,
                 0);

        // Account rules of the department's own.
        const CliRun rules =
            onFile(u"admin"_s, {u"user"_s, u"policy"_s, u"--min-length"_s, u"14"_s,
                                u"--lockout-minutes"_s, u"30"_s, u"--idle-minutes"_s, u"20"_s});
        QVERIFY2(rules.exitCode == 0, qPrintable(describe(rules)));
        // A camera's agent, and one revoked.
        QCOMPARE(onFile(u"admin"_s, {u"agent"_s, u"add"_s, u"gate-1"_s, u"--camera"_s, u"c1"_s})
                     .exitCode,
                 0);
        QCOMPARE(onFile(u"admin"_s, {u"agent"_s, u"add"_s, u"gate-2"_s}).exitCode, 0);
        QCOMPARE(onFile(u"admin"_s, {u"agent"_s, u"revoke"_s, u"gate-2"_s}).exitCode, 0);
        // An audit under way: a sample of this half-year's searches, the
        // first item reviewed.
        const CliRun sampled =
            onFile(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"searches"_s,
                                  u"--period"_s, thisHalf(), u"--seed"_s, u"2718"_s, u"--json"_s});
        QVERIFY2(sampled.exitCode == 0, qPrintable(describe(sampled)));
        m_sampleItems = sampled.json().value(u"items"_s).toArray();
        QVERIFY(!m_sampleItems.isEmpty());
        const CliRun reviewed =
            onFile(u"auditor"_s, {u"audit"_s, u"finding"_s, u"1"_s, u"1"_s, u"--result"_s,
                                  u"follow-up"_s, u"--note"_s, u"Ask about the pattern"_s});
        QVERIFY2(reviewed.exitCode == 0, qPrintable(describe(reviewed)));

        QVERIFY(PgTestServer::createDatabase(kDatabase));
        QVERIFY(PgTestServer::superConnection(kSuper, kDatabase).isOpen());
        QSqlQuery(QSqlDatabase::database(kSuper))
            .exec(u"CREATE ROLE alpr_client LOGIN PASSWORD '%1'"_s.arg(kClientPassword));
        // The server's first administrator has the file store's
        // administrator's name: that account is kept, the file's skipped.
        CliRun init = runAlprctl({u"--store"_s, superUrl(), u"pg"_s, u"init"_s, u"--admin"_s,
                                  u"admin"_s, u"--login-role"_s, u"alpr_client"_s, u"--extension"_s,
                                  PgTestServer::extensionPath()},
                                 {{u"ALPR_PASSWORD"_s, kAdminPassword}});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    }

    void migratesEverything()
    {
        m_migration = migrate(m_file);
        QVERIFY2(m_migration.exitCode == 0, qPrintable(describe(m_migration)));
        QVERIFY2(m_migration.out.contains(u"is kept verbatim: alprctl audit verify --migrated"_s),
                 qPrintable(m_migration.out));
        QVERIFY2(m_migration.out.contains(
                     u"Every migrated person must have a new password set: alprctl user passwd"_s),
                 qPrintable(m_migration.out));
        QVERIFY2(m_migration.out.contains(u"1 skipped"_s), qPrintable(m_migration.out));
        // The demo's legal hold comes along, with the reads it keeps.
        const qint64 holds =
            fileCount(u"SELECT count(*) FROM legal_holds WHERE released_at IS NULL"_s);
        QVERIFY(holds > 0);
        const qint64 held = fileCount(u"SELECT count(DISTINCT read_id) FROM legal_hold_reads"_s);
        QVERIFY2(m_migration.out.contains(
                     u"open legal holds: %1, keeping %2 read(s)"_s.arg(holds).arg(held)),
                 qPrintable(m_migration.out));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.legal_hold_reads"_s), held);

        // Hot lists, their entries and changes, and hits with their steps.
        for (const auto& [fileTable, serverTable] :
             {std::pair{"hotlists", "hot_lists"}, std::pair{"hotlist_entries", "hot_list_entries"},
              std::pair{"hotlist_entry_changes", "hot_list_entry_changes"},
              std::pair{"hits", "hits"}, std::pair{"hit_steps", "hit_steps"}}) {
            const qint64 file =
                fileCount(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(fileTable)));
            QCOMPARE(superCount(u"SELECT count(*) FROM alpr.%1"_s.arg(QLatin1String(serverTable))),
                     file);
        }
        QVERIFY2(
            m_migration.out.contains(u"hot lists: %1, with %2 entries; hits: %3"_s
                                         .arg(fileCount(u"SELECT count(*) FROM hotlists"_s))
                                         .arg(fileCount(u"SELECT count(*) FROM hotlist_entries"_s))
                                         .arg(fileCount(u"SELECT count(*) FROM hits"_s))),
            qPrintable(m_migration.out));
        for (const char* table : {"reads", "images", "plates", "cameras", "read_candidates",
                                  "searches", "users", "hotlists", "hits"}) {
            const qint64 file = fileCount(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
            const qint64 server = superCount(u"SELECT count(*) FROM alpr.%1"_s.arg(
                QLatin1String(table) == u"hotlists"_s ? u"hot_lists"_s : QLatin1String(table)));
            QVERIFY2(
                file > 0 && file == server,
                qPrintable(
                    u"%1: file %2, server %3"_s.arg(QLatin1String(table)).arg(file).arg(server)));
        }
        // Each plate's newest read, and the counts of the plates' starts and
        // ends (migration 17) and those only alternative readings give a read
        // (migration 18), which the count triggers, off for the copy, did
        // not keep.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plates p WHERE p.newest IS DISTINCT FROM"
                            " (SELECT max(r.captured_at) FROM alpr.reads r"
                            "   WHERE r.plate_id = p.id)"_s),
                 qint64(0));
        QCOMPARE(superCount(PgTestServer::endsMiscountedSql()), qint64(0));
        QCOMPARE(
            superCount(u"SELECT sum(reads) FROM alpr.plate_end_reads WHERE plate_end ~ '^\\^.$'"_s),
            fileCount(u"SELECT count(*) FROM reads"_s));
        QVERIFY(superCount(
                    u"SELECT sum(reads) FROM alpr.plate_end_reads WHERE plate_end ~ '^~'"_s) > 0);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plate_end_changes"_s), qint64(0));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.read_candidates rc JOIN alpr.reads r"
                            " ON r.id = rc.read_id WHERE r.plate_id = rc.read_plate_id"
                            " AND r.captured_at = rc.captured_at"_s),
                 fileCount(u"SELECT count(*) FROM read_candidates"_s));
        // The account rules, the lockout from the file's key slots.
        QCOMPARE(
            PgTestServer::superRows(kDatabase, u"SELECT alpr.account_policy()::text"_s).value(0),
            u"{\"totp_required\": false, \"lockout_seconds\": 1800, "
            "\"idle_lock_minutes\": 20, \"password_min_length\": 14}"_s);
        // The old trail up to the migration, verbatim.
        const qint64 copied = superCount(u"SELECT count(*) FROM alpr.migrated_audit_events"_s);
        QVERIFY(copied > 0);
        QCOMPARE(superCount(u"SELECT max(seq) FROM alpr.migrated_audit_events"_s), copied);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.migrations_in"_s), qint64(1));
        // Ids kept, and new ones go on after them.
        QCOMPARE(superCount(u"SELECT max(id) FROM alpr.reads"_s),
                 fileCount(u"SELECT max(id) FROM reads"_s));
        QCOMPARE(superCount(u"SELECT last_value FROM alpr.reads_id_seq"_s),
                 fileCount(u"SELECT max(id) FROM reads"_s));
        // Everyone must get a new password; the server's own admin is untouched.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.users WHERE must_change_password"_s),
                 superCount(u"SELECT count(*) FROM alpr.users WHERE username <> 'admin'"_s));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.users WHERE username = 'admin'"
                            " AND NOT must_change_password"_s),
                 qint64(1));
    }

    void searchesAndImagesAreTheSame()
    {
        activate(u"detective"_s);
        QVERIFY(!QTest::currentTestFailed());
        RawStore raw(m_file, rawKey(m_file));
        QVERIFY(raw.isOpen());
        const QStringList read = raw.rows(u"SELECT r.id, r.plate FROM reads r JOIN images i ON"
                                          " i.read_id = r.id AND i.kind = 'plate'"
                                          " ORDER BY r.id LIMIT 1"_s)
                                     .value(0);
        QCOMPARE(read.size(), 2);
        const QString plate = read[1];
        // A pattern with misreads: the second character as any.
        const QString misread = plate.left(1) + u'?' + plate.mid(2);
        for (const QStringList& args :
             {QStringList{u"*A*"_s, u"--limit"_s, u"5"_s}, QStringList{plate, u"--misread"_s},
              QStringList{misread, u"--misread"_s, u"--limit"_s, u"10"_s}}) {
            const QJsonObject onFile = search(false, args);
            const QJsonObject onServer = search(true, args);
            QVERIFY2(onFile.contains(u"count"_s) && onServer.contains(u"count"_s),
                     qPrintable(args.join(u' ')));
            QVERIFY2(onFile.value(u"count"_s).toInteger() == onServer.value(u"count"_s).toInteger(),
                     qPrintable(u"%1: file %2, server %3"_s.arg(args.join(u' '))
                                    .arg(onFile.value(u"count"_s).toInteger())
                                    .arg(onServer.value(u"count"_s).toInteger())));
        }
        // The plate image of a read, opened under a search on each store.
        QByteArray images[2];
        for (int server = 0; server < 2; ++server) {
            const QJsonObject found = search(server, {plate});
            const QString out = m_dir.filePath(u"plate-%1.jpg"_s.arg(server));
            const QStringList args{u"read"_s,
                                   u"show"_s,
                                   read[0],
                                   u"--search"_s,
                                   QString::number(found.value(u"search_id"_s).toInteger()),
                                   u"--image"_s,
                                   u"plate"_s,
                                   u"--out"_s,
                                   out};
            CliRun shown =
                server ? onServer(u"detective"_s, kOwn, args) : onFile(u"detective"_s, args);
            QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            images[server] = f.readAll();
        }
        QVERIFY(images[0].size() > 100);
        QCOMPARE(images[1], images[0]);
    }

    // The dispatcher sees the same lists and hits on the server, and the
    // server matches a new read against a migrated entry.
    void hotListsAndHitsAreTheSame()
    {
        activate(u"dispatcher"_s);
        QVERIFY(!QTest::currentTestFailed());
        const auto listed = [this](bool server, const QStringList& args) {
            CliRun r =
                server ? onServer(u"dispatcher"_s, kOwn, args) : onFile(u"dispatcher"_s, args);
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(describe(r)));
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        };
        const auto lists = [&](bool server) {
            QMap<QString, int> out;
            for (const QJsonValue& v : listed(server, {u"hotlist"_s, u"list"_s, u"--json"_s}))
                out.insert(v[u"name"_s].toString(), v[u"entries"_s].toInt());
            return out;
        };
        QVERIFY(!lists(false).isEmpty());
        QCOMPARE(lists(true), lists(false));
        const auto hits = [&](bool server) {
            QMap<qint64, QString> out;
            for (const QJsonValue& v :
                 listed(server, {u"hits"_s, u"list"_s, u"--limit"_s, u"5000"_s, u"--json"_s}))
                out.insert(v[u"id"_s].toInteger(),
                           QStringList{v[u"plate_read"_s].toString(), v[u"match"_s].toString(),
                                       v[u"status"_s].toString(),
                                       v[u"listed"_s][u"plate"_s].toString()}
                               .join(u' '));
            return out;
        };
        const QMap<qint64, QString> before = hits(false);
        QVERIFY(!before.isEmpty());
        QCOMPARE(hits(true), before);

        // A read of an approved entry's plate, imported on the server.
        const QString plate = superText(
            u"SELECT e.plate FROM alpr.hot_list_entries e JOIN alpr.hot_lists l"
            " ON l.id = e.list_id WHERE e.status = 'approved' AND NOT e.is_pattern"
            " AND l.enabled AND NOT l.covert AND (e.expires_at IS NULL OR e.expires_at > now())"
            " ORDER BY e.id LIMIT 1"_s);
        QVERIFY(!plate.isEmpty());
        CliRun trained = onServer(u"admin"_s, kAdminPassword,
                                  {u"user"_s, u"train"_s, u"admin"_s, u"--course"_s, u"ALPR"_s,
                                   u"--completed"_s, u"2026-01-15"_s});
        QVERIFY2(trained.exitCode == 0, qPrintable(describe(trained)));
        const QString csv = m_dir.filePath(u"after.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plate,state,captured_at,camera,latitude,longitude\n" + plate.toLatin1() + ",," +
                QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate).toLatin1() +
                ",MIGTEST,37.38,-122.11\n");
        f.close();
        CliRun imported = onServer(u"admin"_s, kAdminPassword, {u"import"_s, u"reads"_s, csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        const QMap<qint64, QString> after = hits(true);
        QVERIFY2(after.size() > before.size(), qPrintable(describe(imported)));
        QVERIFY(after.lastKey() >
                before.lastKey()); // the id sequence went on after the copied hits
        QVERIFY2(after.last().startsWith(plate + u" exact new "_s), qPrintable(after.last()));
    }

    // The evidence packages with their custody and the release requests
    // move; the file's evidence key moves as its public half, retired and
    // still certified by the file's root key, so the old package verifies
    // against the server's keys; the server's own key signs new packages.
    void evidenceMovesWithItsKeys()
    {
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.evidence_packages"_s),
                 fileCount(u"SELECT count(*) FROM evidence_packages"_s));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.evidence_custody"_s),
                 fileCount(u"SELECT count(*) FROM evidence_custody"_s));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.release_requests"_s),
                 fileCount(u"SELECT count(*) FROM release_requests"_s));
        QVERIFY2(m_migration.out.contains(u"evidence packages: 1; release requests: 1"_s),
                 qPrintable(m_migration.out));
        activate(u"records"_s);
        const CliRun keys = onServer(u"records"_s, kOwn, {u"evidence"_s, u"key"_s, u"--json"_s});
        QVERIFY2(keys.exitCode == 0, qPrintable(describe(keys)));
        int certified = 0;
        for (const QJsonValue& k : keys.json().value(u"keys"_s).toArray())
            certified += k[u"certified"_s].toBool();
        QCOMPARE(keys.json().value(u"keys"_s).toArray().size(), 2);
        QCOMPARE(certified, 2);
        const CliRun verified =
            onServer(u"records"_s, kOwn, {u"evidence"_s, u"verify"_s, m_medium + u'/' + m_package});
        QVERIFY2(verified.exitCode == 0 && verified.out.contains(u"VERIFIED"_s),
                 qPrintable(describe(verified)));
        const CliRun shown = onServer(u"records"_s, kOwn, {u"evidence"_s, u"show"_s, m_package});
        QVERIFY2(shown.out.contains(u"item PR-1"_s), qPrintable(describe(shown)));
    }

    void bothTrailsVerify()
    {
        activate(u"auditor"_s);
        QVERIFY(!QTest::currentTestFailed());
        CliRun live = onServer(u"auditor"_s, kOwn, {u"audit"_s, u"verify"_s});
        QVERIFY2(live.exitCode == 0 && live.out.contains(u"audit trail intact"_s),
                 qPrintable(describe(live)));
        CliRun migrated = onServer(u"auditor"_s, kOwn, {u"audit"_s, u"verify"_s, u"--migrated"_s});
        QVERIFY2(migrated.exitCode == 0, qPrintable(describe(migrated)));
        static const QRegularExpression line(
            u"migrated audit trail intact: (\\d+) events, latest hash ([0-9a-f]{64})"_s);
        const auto m = line.match(migrated.out);
        QVERIFY2(m.hasMatch(), qPrintable(migrated.out));
        const qint64 events = m.captured(1).toLongLong();
        const QString head = m.captured(2);

        // The file store's trail: intact, and its event of that seq has that hash
        // (the file goes on recording after the migration: its sign-ins, the
        // migration itself).
        CliRun file = onFile(u"auditor"_s, {u"audit"_s, u"verify"_s});
        QVERIFY2(file.exitCode == 0 && file.out.contains(u"audit trail intact"_s),
                 qPrintable(describe(file)));
        RawStore raw(m_file, rawKey(m_file));
        QCOMPARE(raw.rows(u"SELECT hash FROM audit WHERE seq = %1"_s.arg(events)).value(0).value(0),
                 head);
        QCOMPARE(raw.rows(u"SELECT count(*) FROM audit WHERE action = 'store-migrated'"
                          " AND seq > %1"_s.arg(events))
                     .value(0)
                     .value(0),
                 u"1"_s);
        QVERIFY2(m_migration.out.contains(u"(%1 events, head %2)"_s.arg(events).arg(head)),
                 qPrintable(m_migration.out));

        // The server's trail names that head.
        QCOMPARE(superText(u"SELECT details->>'old_head_hash' FROM alpr.audit_events"
                           " WHERE action = 'store-migrated'"_s),
                 head);
        QCOMPARE(superCount(u"SELECT (details->>'old_head_seq')::bigint FROM alpr.audit_events"
                            " WHERE action = 'store-migrated'"_s),
                 events);
        QCOMPARE(superText(u"SELECT old_head_hash FROM alpr.migrations_in"_s), head);
        // The reading of the migrated trail is recorded in the server's own.
        QVERIFY(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'audit-verify'"
                           " AND details->>'trail' = 'migrated'"_s) == 1);
        // The archived trail cannot be changed, even by its owner.
        QSqlQuery q(QSqlDatabase::database(kSuper));
        QVERIFY(!q.exec(u"UPDATE alpr.migrated_audit_events SET outcome = 'x' WHERE seq = 1"_s));
    }

    // The file's sample moves with its worksheet and is read against the
    // migrated trail: the same events, the same checks, and the memo draws
    // it again from that trail.
    // The nightly units with the drop-in department-store.conf
    // (packaging/systemd), run as systemd would: the address the drop-in
    // names (this server's, as a department writes its own), the login
    // role's password in the pgpass credential, the maintenance account's in
    // its own, and no PGPASSWORD.
    void theNightlyUnitsRunOnTheServer()
    {
        const QString units = QStringLiteral(ALPR_TEST_DATA_DIR) + u"/../../packaging/systemd/"_s;
        QFile dropIn(units + u"department-store.conf"_s);
        QVERIFY(dropIn.open(QIODevice::ReadOnly));
        const QString said = QString::fromUtf8(dropIn.readAll());
        for (const QString& line :
             {u"\nEnvironment=ALPR_STORE=postgresql://"_s, u"\nConditionPathExists=\n"_s,
              u"\nLoadCredential=pgpass:/etc/alpr/pgpass\n"_s,
              u"\nEnvironment=PGPASSFILE=%d/pgpass\n"_s, u"\nPrivateNetwork=no\n"_s})
            QVERIFY2(said.contains(line), qPrintable(line));

        const QString credentials = m_dir.filePath(u"credentials"_s);
        QVERIFY(QDir().mkpath(credentials));
        QFile pgpass(credentials + u"/pgpass"_s);
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(u"localhost:%1:%2:alpr_client:%3\n"_s.arg(PgTestServer::port())
                         .arg(kDatabase, kClientPassword)
                         .toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const CliRun added =
            onServer(u"admin"_s, kAdminPassword,
                     {u"user"_s, u"add"_s, u"maintenance"_s, u"--roles"_s, u"maintenance"_s,
                      u"--password-file"_s, credentials + u"/maintenance.password"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));

        const QString address =
            u"postgresql://alpr_client@localhost:%1/%2"_s.arg(PgTestServer::port()).arg(kDatabase);
        const QByteArray superPassword = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const auto runUnit = [&](const QString& unit) {
            return runAlprctl(
                alpr::test::unitCommand(units + unit, {{u"CREDENTIALS_DIRECTORY"_s, credentials},
                                                       {u"ALPR_STORE"_s, address}}),
                {{u"PGPASSFILE"_s, credentials + u"/pgpass"_s}});
        };
        const CliRun checked = runUnit(u"alpr-store-check.service"_s);
        const CliRun purged = runUnit(u"alpr-retention-purge.service"_s);
        if (!superPassword.isNull())
            qputenv("PGPASSWORD", superPassword);
        QVERIFY2(checked.exitCode == 0 && checked.out.contains(u"is sound"_s),
                 qPrintable(describe(checked)));
        QVERIFY2(purged.exitCode == 0 && purged.out.contains(u"Certificate: purge"_s),
                 qPrintable(describe(purged)));
    }

    void samplesMoveWithTheirWorksheets()
    {
        QVERIFY2(m_migration.out.contains(u"audit samples: 1; camera agents: 2"_s),
                 qPrintable(m_migration.out));
        QCOMPARE(PgTestServer::superRows(
                     kDatabase, u"SELECT name || ' ' || array_to_string(cameras, ',') || ' ' || "
                                "(revoked_at IS NOT NULL) || ' ' || length(token_sha256) FROM "
                                "alpr.agents ORDER BY name"_s),
                 (QStringList{u"gate-1 c1 false 64"_s, u"gate-2  true 64"_s}));
        const CliRun shown =
            onServer(u"auditor"_s, kOwn, {u"audit"_s, u"show"_s, u"1"_s, u"--json"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
        const QJsonArray items = shown.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), m_sampleItems.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject server = items[i].toObject();
            const QJsonObject file = m_sampleItems[i].toObject();
            QCOMPARE(server[u"event"_s][u"hash"_s].toString(),
                     file[u"event"_s][u"hash"_s].toString());
            QCOMPARE(server[u"checks"_s].toObject(), file[u"checks"_s].toObject());
        }
        QCOMPARE(items[0][u"finding"_s].toString(), u"follow-up"_s);
        QCOMPARE(items[0][u"note"_s].toString(), u"Ask about the pattern"_s);

        const QString csv = m_dir.filePath(u"memo.csv"_s);
        const CliRun memo = onServer(u"auditor"_s, kOwn,
                                     {u"audit"_s, u"memo"_s, u"1"_s, u"--out"_s,
                                      m_dir.filePath(u"memo.pdf"_s), u"--csv"_s, csv});
        QVERIFY2(memo.exitCode == 0, qPrintable(describe(memo)));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(u"the same items came out"_s));
        // A new sample on the server is numbered after the file's.
        QCOMPARE(superCount(u"SELECT last_value FROM alpr.audit_samples_id_seq"_s), qint64(1));
    }

    void secondMigrationIsRefused()
    {
        const qint64 reads = superCount(u"SELECT count(*) FROM alpr.reads"_s);
        const qint64 events = superCount(u"SELECT count(*) FROM alpr.audit_events"_s);
        const qint64 users = superCount(u"SELECT count(*) FROM alpr.users"_s);
        CliRun again = migrate(m_file);
        QVERIFY2(again.exitCode != 0, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(u"already holds a migrated file store"_s),
                 qPrintable(describe(again)));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.reads"_s), reads);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events"_s), events);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.users"_s), users);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.migrations_in"_s), qint64(1));
    }

    void tamperedTrailIsRefused()
    {
        // A copy of the store file whose trail an insider changed.
        const QString copy = m_dir.filePath(u"tampered.alprdb"_s);
        for (const QString& suffix : {QString(), u".keys"_s, u"-wal"_s})
            if (QFile::exists(m_file + suffix))
                QVERIFY(QFile::copy(m_file + suffix, copy + suffix));
        {
            RawStore raw(copy, rawKey(copy));
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            QVERIFY2(raw.withoutTriggers(
                         u"UPDATE audit SET details = '{\"note\":\"changed\"}' WHERE seq = 7"_s),
                     qPrintable(raw.lastError()));
        }
        const qint64 events = superCount(u"SELECT count(*) FROM alpr.audit_events"_s);
        CliRun refused = migrate(copy);
        QVERIFY2(refused.exitCode != 0, qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(u"does not verify: event 7"_s),
                 qPrintable(describe(refused)));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events"_s), events);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.migrations_in"_s), qint64(1));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kSuper).close();
        QSqlDatabase::removeDatabase(kSuper);
    }
};

QTEST_GUILESS_MAIN(TestDepartmentMigrate)
#include "tst_department_migrate.moc"
