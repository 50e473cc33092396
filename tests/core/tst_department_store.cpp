// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The department store on a real PostgreSQL 15 server (a throwaway cluster
// of pg_virtualenv): set-up, sign-in with the lockout, the second factor,
// the training gate and one session per user all enforced by the server;
// searches that record themselves; a trail in the file store's canonical
// form that 'audit verify' proves, under 8 concurrent writers, with hostile
// text, and that catches a superuser's rewrite.
#include "../support/pgtestserver.h"

#include "auditing/auditexport.h"
#include "auditing/storecheck.h"
#include "auth/departmentstore.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/totp.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "ingest/readimporter.h"
#include "inquiry/searchservice.h"
#include "retention/legalholds.h"
#include "retention/retentionpurge.h"
#include "store/departmentlink.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <pwd.h>
#include <unistd.h>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDatabase = u"alpr"_s;
const QString kSuper = u"super"_s;
const QString kPassword = u"correct horse battery staple"_s;
const QString kClientPassword = u"client-pw-8812"_s;

QString superUrl()
{
    return u"postgresql://%1@localhost:%2/%3"_s.arg(PgTestServer::superUser())
        .arg(PgTestServer::port())
        .arg(kDatabase);
}

// The workstations' address: the login role's password in the URL, which
// no message may repeat.
QString clientUrl()
{
    return u"postgresql://alpr_client:%1@localhost:%2/%3"_s.arg(kClientPassword)
        .arg(PgTestServer::port())
        .arg(kDatabase);
}

Result<std::unique_ptr<Session>> signIn(const QString& user, const QString& password = kPassword,
                                        const QString& code = {})
{
    return SignIn::signIn(clientUrl(), user, SecureBytes::fromUtf8(password), Clock::system(),
                          [code] { return code; });
}

QSqlQuery superQuery(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(kSuper));
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

qint64 superCount(const QString& sql)
{
    QSqlQuery q = superQuery(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// The starts and ends whose kept count of reads differs from a recount.
qint64 endsMiscounted()
{
    return superCount(PgTestServer::endsMiscountedSql());
}

ReadRecord read(const QString& plate, const QString& externalId, int minutesAgo)
{
    ReadRecord r;
    r.plate = plate;
    r.state = u"CA"_s;
    r.capturedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.cameraCode = u"test:cam-1"_s;
    r.cameraName = u"Main St eastbound"_s;
    r.latitude = 37.4021;
    r.longitude = -122.1125;
    r.confidence = 91;
    r.sourceKind = SourceKind::Fixed;
    r.externalId = externalId;
    r.plateJpeg = QByteArray("\xff\xd8\xff\xe0 not really a jpeg", 22);
    return r;
}

SearchRequest request(const QString& pattern)
{
    SearchRequest r;
    r.caseNumber = u"26-004211"_s;
    r.purpose = u"criminal-investigation"_s;
    r.pattern = pattern;
    return r;
}

} // namespace

class TestDepartmentStore : public QObject
{
    Q_OBJECT

    void addUser(Session& admin, const QString& name, QList<Role> roles, bool trained)
    {
        UserAccount a;
        a.username = name;
        a.fullName = name;
        a.roles = roles;
        a.mustChangePassword = true;
        auto added = UserAdministration(admin).addUser(a, SecureBytes::fromUtf8(kPassword));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        if (trained) {
            TrainingRecord t{u"ALPR basics"_s, QDate(2026, 1, 5), {}};
            auto r = UserAdministration(admin).addTraining(name, t);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
    }

    AuditVerification verifyTrail()
    {
        auto auditor = signIn(u"inspector"_s);
        if (!auditor)
            qFatal("auditor: %s", qPrintable(auditor.error().message));
        auto v = verifyAuditTrail(*auditor.value());
        if (!v)
            qFatal("verify: %s", qPrintable(v.error().message));
        return v.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(), "CTest runs this test under pg_virtualenv -t");
        QVERIFY(PgTestServer::createDatabase(kDatabase));
        QVERIFY(PgTestServer::superConnection(kSuper, kDatabase).isOpen());
        superQuery(u"CREATE ROLE alpr_client LOGIN PASSWORD '%1'"_s.arg(kClientPassword));

        UserAccount chief;
        chief.username = u"chief"_s;
        chief.fullName = u"Chief Admin"_s;
        chief.roles = {Role::Administrator};
        auto set = departmentstore::initialize(superUrl(), chief, SecureBytes::fromUtf8(kPassword),
                                               PgTestServer::extensionPath(), u"alpr_client"_s);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        QCOMPARE(set->schemaVersion, DepartmentLink::latestSchemaVersion());

        auto admin = signIn(u"chief"_s);
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
        QVERIFY(admin.value()->isDepartment());
        addUser(*admin.value(), u"det"_s, {Role::Detective}, true);
        addUser(*admin.value(), u"rookie"_s, {Role::Detective}, false);
        addUser(*admin.value(), u"inspector"_s, {Role::Auditor}, true);
        addUser(*admin.value(), u"locky"_s, {Role::Detective}, true);
        addUser(*admin.value(), u"clerk"_s, {Role::Records}, true);
        for (int i = 1; i <= 8; ++i)
            addUser(*admin.value(), u"writer%1"_s.arg(i), {Role::Detective}, true);
        for (const auto& [name, role] :
             {std::pair{u"ing"_s, Role::Ingest}, std::pair{u"maint"_s, Role::Maintenance}}) {
            UserAccount service;
            service.username = name;
            service.roles = {role};
            QVERIFY(UserAdministration(*admin.value())
                        .addUser(service, SecureBytes::fromUtf8(kPassword))
                        .ok());
        }
        // (The temporary passwords' change is Session::changeOwnPassword's
        // test below; the rest start with their own.)
        superQuery(u"UPDATE alpr.users SET must_change_password = false WHERE username <> 'det'"_s);
    }

    void addressesKeepTheirPasswords()
    {
        const QString secret = u"s3cret-in-url"_s;
        auto noDatabase =
            DepartmentAddress::parse(u"postgresql://u:%1@db.example.org/"_s.arg(secret));
        QVERIFY(!noDatabase);
        QVERIFY(!noDatabase.error().message.contains(secret));
        auto noCa =
            DepartmentAddress::parse(u"postgresql://u:%1@db.example.org/alpr"_s.arg(secret));
        QVERIFY(!noCa);
        QVERIFY(noCa.error().message.contains(u"sslrootcert"_s));
        QVERIFY(!noCa.error().message.contains(secret));
        auto plain = DepartmentAddress::parse(u"postgresql://localhost/alpr?sslmode=disable"_s);
        QVERIFY(!plain);
        QVERIFY(plain.error().message.contains(u"verify-full"_s));
        auto loopback = DepartmentAddress::parse(clientUrl());
        QVERIFY(loopback.ok());
        QVERIFY(loopback->isLoopback());
        QVERIFY(!loopback->display().contains(kClientPassword));
        // A wrong login password: the message is libpq's, without the password.
        auto wrong =
            SignIn::signIn(u"postgresql://alpr_client:%1@localhost:%2/alpr"_s.arg(secret).arg(
                               PgTestServer::port()),
                           u"det"_s, SecureBytes::fromUtf8(kPassword), Clock::system());
        QVERIFY(!wrong);
        QVERIFY2(!wrong.error().message.contains(secret), qPrintable(wrong.error().message));
    }

    // An address without a login role: libpq asks for $PGUSER, else this
    // computer's account. Where the server does not know it, the message
    // says which role to name and where; a role that is named but unknown
    // gets no such advice.
    void addressWithoutRoleSaysWhatToName()
    {
        const passwd* entry = ::getpwuid(::geteuid());
        QVERIFY(entry);
        const QString account = QString::fromLocal8Bit(entry->pw_name);
        const QString where = u"localhost:%1/alpr"_s.arg(PgTestServer::port());
        const auto signInAt = [&](const QString& address) {
            return SignIn::signIn(address, u"det"_s, SecureBytes::fromUtf8(kPassword),
                                  Clock::system());
        };
        const QByteArray pgUser = qgetenv("PGUSER");
        qunsetenv("PGUSER");
        auto noRole = signInAt(u"postgresql://"_s + where);
        qputenv("PGUSER", pgUser);
        if (account == PgTestServer::superUser()) {
            // The cluster runs as this account, so the server knows it.
            QVERIFY2(noRole.ok(), qPrintable(noRole.ok() ? QString() : noRole.error().message));
            return;
        }
        QVERIFY(!noRole);
        const QString message = noRole.error().message;
        QVERIFY2(message.contains(u"role %1 was asked for"_s.arg(account)), qPrintable(message));
        const auto shown = DepartmentAddress::parse(u"postgresql://"_s + where);
        QVERIFY(shown.ok());
        QVERIFY2(message.endsWith(shown->display().replace(u"://"_s, u"://ROLE@"_s)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"--login-role"_s), qPrintable(message));
        auto unknown = signInAt(u"postgresql://nobody_here@"_s + where);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(u"nobody_here"_s),
                 qPrintable(unknown.error().message));
        QVERIFY2(!unknown.error().message.contains(u"ROLE@"_s),
                 qPrintable(unknown.error().message));
    }

    void setUpIsRefusedTwiceAndToOthers()
    {
        UserAccount other;
        other.username = u"second"_s;
        other.roles = {Role::Administrator};
        auto again = departmentstore::initialize(
            superUrl(), other, SecureBytes::fromUtf8(kPassword), PgTestServer::extensionPath(), {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        auto notSuper =
            departmentstore::initialize(clientUrl(), other, SecureBytes::fromUtf8(kPassword),
                                        PgTestServer::extensionPath(), {});
        QVERIFY(!notSuper);
        QCOMPARE(notSuper.error().code, ErrorCode::Denied);
    }

    void temporaryPasswordMustBeChanged()
    {
        auto det = signIn(u"det"_s);
        QVERIFY(det.ok());
        QVERIFY(det.value()->user().mustChangePassword);
        auto refused = SearchService(*det.value()).search(request(u"7ABC123"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        QVERIFY(det.value()
                    ->changeOwnPassword(SecureBytes::fromUtf8(kPassword),
                                        SecureBytes::fromUtf8(u"a brand new passphrase 71"_s))
                    .ok());
        QVERIFY(!det.value()->user().mustChangePassword);
        det.value().reset();
        QVERIFY(!signIn(u"det"_s).ok());
        superQuery(u"UPDATE alpr.users SET password_hash = (SELECT password_hash FROM alpr.users"
                   " WHERE username = 'chief') WHERE username = 'det'"_s);
        QVERIFY(signIn(u"det"_s).ok());
    }

    void fifthFailureLocksOnTheServer()
    {
        for (int i = 1; i <= 4; ++i) {
            auto r = signIn(u"locky"_s, u"wrong password %1"_s.arg(i));
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::AuthFailed);
        }
        auto fifth = signIn(u"locky"_s, u"wrong password 5"_s);
        QVERIFY(!fifth);
        QCOMPARE(fifth.error().code, ErrorCode::Locked);
        auto right = signIn(u"locky"_s);
        QVERIFY(!right);
        QCOMPARE(right.error().code, ErrorCode::Locked);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action ="
                            " 'account-locked' AND username = 'locky'"_s),
                 1);
        {
            auto admin = signIn(u"chief"_s);
            QVERIFY(admin.ok());
            QVERIFY(UserAdministration(*admin.value()).unlockUser(u"locky"_s).ok());
        }
        QVERIFY(signIn(u"locky"_s).ok());
    }

    void oneSessionPerUser()
    {
        auto first = signIn(u"writer1"_s);
        QVERIFY(first.ok());
        auto second = signIn(u"writer1"_s);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Denied);
        QVERIFY(second.error().message.contains(u"already signed in"_s));
        first.value().reset();
        auto third = signIn(u"writer1"_s);
        QVERIFY(third.ok());
        // A workstation whose network goes without a word is found out by
        // the server's own keepalives within a minute, which frees the user.
        QSqlQuery keepalive(departmentOf(*third.value()).database());
        QVERIFY(keepalive.exec(u"SELECT current_setting('tcp_keepalives_idle'),"
                               " current_setting('tcp_keepalives_count')"_s));
        QVERIFY(keepalive.next());
        QCOMPARE(keepalive.value(0).toString(), u"30"_s);
        QCOMPARE(keepalive.value(1).toString(), u"3"_s);
        keepalive = QSqlQuery();
        // A workstation that vanishes (its connection killed) frees the user at once.
        superQuery(
            u"SELECT pg_terminate_backend(backend_pid) FROM alpr.sessions s JOIN alpr.users u"
            " ON u.id = s.user_id WHERE u.username = 'writer1' AND s.ended_at IS NULL"_s);
        auto fourth = signIn(u"writer1"_s);
        QVERIFY2(fourth.ok(), qPrintable(fourth.ok() ? QString() : fourth.error().message));
        // Ended sessions' rows go a week after their end, at a later sign-in.
        const QString ended =
            u"SELECT count(*) FROM alpr.sessions s JOIN alpr.users u ON u.id ="
            " s.user_id WHERE u.username = 'writer1' AND s.ended_at IS NOT NULL"_s;
        const qint64 endedBefore = superCount(ended);
        QVERIFY(endedBefore >= 2);
        const qint64 oldest = superCount(QString(ended).replace(u"count(*)"_s, u"min(s.id)"_s));
        superQuery(u"UPDATE alpr.sessions SET ended_at = ended_at - interval '8 days'"
                   " WHERE id = %1"_s.arg(oldest));
        fourth.value().reset();
        fourth = signIn(u"writer1"_s);
        QVERIFY(fourth.ok());
        // The old one gone, the one just ended kept.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.sessions WHERE id = %1"_s.arg(oldest)), 0);
        QCOMPARE(superCount(ended), endedBefore);
        // Service accounts may have several.
        auto ingestA = signIn(u"ing"_s);
        auto ingestB = signIn(u"ing"_s);
        QVERIFY(ingestA.ok() && ingestB.ok());
    }

    void searchesRecordThemselves()
    {
        {
            auto ingest = signIn(u"ing"_s);
            QVERIFY(ingest.ok());
            QList<ReadRecord> reads{
                read(u"7ABC123"_s, u"x-1"_s, 30), read(u"7A8C123"_s, u"x-2"_s, 20),
                read(u"7ABC124"_s, u"x-3"_s, 10), read(u"5XYZ999"_s, u"x-4"_s, 5)};
            reads[3].candidates = {{u"7ABC123"_s, 40}};
            auto imported = ReadImporter(*ingest.value()).importReads(reads, u"test"_s);
            QVERIFY2(imported.ok(),
                     qPrintable(imported.ok() ? QString() : imported.error().message));
            QCOMPARE(imported->imported, 4);
            QList<ReadRecord> again{read(u"7ABC123"_s, u"x-1"_s, 30)};
            QCOMPARE(ReadImporter(*ingest.value()).importReads(again, u"again"_s)->duplicates, 1);
        }
        auto det = signIn(u"det"_s);
        QVERIFY(det.ok());
        SearchService search(*det.value());
        const qint64 eventsBefore = superCount(u"SELECT count(*) FROM alpr.audit_events"_s);
        auto exact = search.search(request(u"7ABC123"_s));
        QVERIFY2(exact.ok(), qPrintable(exact.ok() ? QString() : exact.error().message));
        QCOMPARE(exact->totalCount, 2); // the read, and the alternative reading of another
        QCOMPARE(exact->hits[0].reason, MatchReason::Exact);
        QCOMPARE(exact->hits[1].reason, MatchReason::Candidate);
        QCOMPARE(exact->hits[1].read.plate, u"5XYZ999"_s);
        // The answer carries each read whole, built in one pass (migration 16).
        const ReadRecord& shown = exact->hits[1].read;
        QCOMPARE(shown.cameraCode, u"test:cam-1"_s);
        QCOMPARE(shown.cameraName, u"Main St eastbound"_s);
        QCOMPARE(shown.state, u"CA"_s);
        QCOMPARE(shown.latitude.value_or(0), 37.4021);
        QCOMPARE(shown.externalId, u"x-4"_s);
        QCOMPARE(shown.candidates.size(), 1);
        QCOMPARE(shown.candidates.first().plate, u"7ABC123"_s);
        QCOMPARE(exact->hits[0].read.candidates.size(), 0);
        // Each read the search returned is kept with its capture time, which
        // finds it in its month's table.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.search_reads sr JOIN alpr.reads r"
                            " ON r.id = sr.read_id AND r.captured_at = sr.captured_at"
                            " WHERE sr.search_id = %1"_s.arg(exact->searchId)),
                 2);
        // What the key from these reads to their search kept, now checked by
        // statement (migration 17), for the superuser too: a read names a
        // recorded search, which keeps its id and is not deleted while it
        // has reads; nor does a read move to another search.
        for (const QString& refused :
             {u"INSERT INTO alpr.search_reads(search_id, read_id, position, reason, cost, reading)"
              " SELECT max(id) + 1, 1, 1, 'exact', 0, 'X' FROM alpr.searches"_s,
              u"DELETE FROM alpr.searches WHERE id = %1"_s.arg(exact->searchId),
              u"UPDATE alpr.searches SET id = DEFAULT WHERE id = %1"_s.arg(exact->searchId),
              u"UPDATE alpr.search_reads SET search_id = search_id + 1 WHERE search_id = %1"_s.arg(
                  exact->searchId),
              u"TRUNCATE alpr.searches CASCADE"_s}) {
            QSqlQuery q(QSqlDatabase::database(kSuper));
            QVERIFY2(!q.exec(refused), qPrintable(refused));
        }
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.search_reads WHERE search_id = %1"_s.arg(
                     exact->searchId)),
                 2);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events"_s), eventsBefore + 1);
        QSqlQuery recorded =
            superQuery(u"SELECT e.username, e.details->>'case', e.details->>'purpose',"
                       " e.details->'query'->>'pattern', (e.details->>'result_count')::int, s.id"
                       " FROM alpr.audit_events e JOIN alpr.searches s ON s.audit_seq = e.seq"
                       " ORDER BY e.seq DESC LIMIT 1"_s);
        QVERIFY(recorded.next());
        QCOMPARE(recorded.value(0).toString(), u"det"_s);
        QCOMPARE(recorded.value(1).toString(), u"26-004211"_s);
        QCOMPARE(recorded.value(2).toString(), u"criminal-investigation"_s);
        QCOMPARE(recorded.value(3).toString(), u"7ABC123"_s);
        QCOMPARE(recorded.value(4).toInt(), 2);
        QCOMPARE(recorded.value(5).toLongLong(), exact->searchId);

        SearchRequest misread = request(u"7ABC123"_s);
        misread.misread = true;
        misread.candidates = false;
        auto m = search.search(misread);
        QVERIFY(m.ok());
        QCOMPARE(m->totalCount, 2);
        QCOMPARE(m->hits[1].reason, MatchReason::Misread);
        QCOMPARE(m->hits[1].read.plate, u"7A8C123"_s);
        SearchRequest edits = request(u"7ABC123"_s);
        edits.maxEdits = 1;
        edits.candidates = false;
        auto e = search.search(edits);
        QVERIFY(e.ok());
        QCOMPARE(e->totalCount, 3); // 7ABC123, 7A8C123 and 7ABC124 are one edit away
        auto gapped = search.search(request(u"7?B?12?"_s));
        QVERIFY(gapped.ok());
        QCOMPARE(gapped->totalCount, 3); // 7ABC123, 7ABC124, and the alternative reading 7ABC123

        // Opening a read: only under one's own search that returned it.
        const qint64 readId = exact->hits[0].read.id;
        auto opened = search.openRead(readId, exact->searchId);
        QVERIFY(opened.ok());
        QCOMPARE(opened->plate, u"7ABC123"_s);
        auto image = search.viewImage(readId, ImageKind::Plate, exact->searchId);
        QVERIFY(image.ok());
        QVERIFY(image->startsWith("\xff\xd8"));
        auto notFound = search.openRead(readId, gapped->searchId + 1000);
        QVERIFY(!notFound);
        QCOMPARE(notFound.error().code, ErrorCode::Denied);
        auto other = signIn(u"writer2"_s);
        QVERIFY(other.ok());
        auto foreign = SearchService(*other.value()).openRead(readId, exact->searchId);
        QVERIFY(!foreign);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE username = 'writer2'"
                            " AND action = 'view-read' AND outcome = 'refused'"_s),
                 1);

        // The law's rules: a case number and an authorized purpose.
        SearchRequest bad = request(u"7ABC*"_s);
        bad.caseNumber = u"no case"_s;
        auto refused = search.search(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        SearchRequest invalid = request(u"7AB[C"_s);
        QVERIFY(!search.search(invalid));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'search'"
                            " AND username = 'det' AND (outcome = 'invalid'"
                            " OR outcome = 'refused' AND details->>'case' = 'no case')"_s),
                 2);
    }

    void trainingIsCheckedOnTheServer()
    {
        auto rookie = signIn(u"rookie"_s);
        QVERIFY(rookie.ok());
        auto r = SearchService(*rookie.value()).search(request(u"7ABC123"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QVERIFY2(r.error().message.contains(u"training"_s), qPrintable(r.error().message));
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE username = 'rookie'"
                            " AND action = 'search' AND outcome = 'refused'"_s),
                 1);
    }

    void secondFactorOnTheServer()
    {
        SecureBytes secret = totp::generateSecret();
        {
            auto det = signIn(u"det"_s);
            QVERIFY(det.ok());
            const QString code = totp::codeAt(secret, QDateTime::currentDateTimeUtc());
            auto enrolled =
                departmentOf(*det.value())
                    .call("totp_enrol", {DepartmentArg::bytes(secret.toByteArrayUnsafe()),
                                         DepartmentArg::text(code)});
            QVERIFY2(enrolled.ok(),
                     qPrintable(enrolled.ok() ? QString() : enrolled.error().message));
        }
        auto noCode = signIn(u"det"_s);
        QVERIFY(!noCode);
        QCOMPARE(noCode.error().code, ErrorCode::AuthFailed);
        QVERIFY(noCode.error().message.contains(u"one-time code"_s));
        auto wrong = signIn(u"det"_s, kPassword,
                            u"000000"_s == totp::codeAt(secret, QDateTime::currentDateTimeUtc())
                                ? u"111111"_s
                                : u"000000"_s);
        QVERIFY(!wrong);
        QCOMPARE(superCount(u"SELECT failed_sign_ins FROM alpr.users WHERE username = 'det'"_s), 1);
        // The next step's code (the server takes one step of drift), once.
        const QString next = totp::codeAt(secret, QDateTime::currentDateTimeUtc().addSecs(30));
        auto right = signIn(u"det"_s, kPassword, next);
        QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : right.error().message));
        right.value().reset();
        QVERIFY(!signIn(u"det"_s, kPassword, next));
        superQuery(u"UPDATE alpr.users SET totp_secret = NULL, failed_sign_ins = 0"
                   " WHERE username = 'det'"_s);
    }

    void eightWritersOneChain()
    {
        const qint64 before = superCount(u"SELECT max(seq) FROM alpr.audit_events"_s);
        constexpr int kSearches = 12;
        std::atomic<int> failures{0};
        QList<QThread*> threads;
        for (int i = 1; i <= 8; ++i)
            threads.append(QThread::create([i, &failures] {
                auto s = signIn(u"writer%1"_s.arg(i));
                if (!s) {
                    qWarning("writer%d: %s", i, qPrintable(s.error().message));
                    ++failures;
                    return;
                }
                SearchService search(*s.value());
                for (int n = 0; n < kSearches; ++n)
                    if (!search.search(request(n % 2 ? u"7AB*"_s : u"*123"_s)))
                        ++failures;
            }));
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        // Each writer: sign-in, its searches, sign-out; nothing lost, nothing forked.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE seq > %1"_s.arg(before)),
                 8 * (kSearches + 2));
        QCOMPARE(superCount(u"SELECT count(DISTINCT prev_hash) FROM alpr.audit_events"_s),
                 superCount(u"SELECT count(*) FROM alpr.audit_events"_s));
        const AuditVerification v = verifyTrail();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.signingStartSeq, 1);
        QCOMPARE(v.signedEvents, v.events);
    }

    void hostileTextKeepsTheCanonicalForm()
    {
        auto det = signIn(u"writer3"_s);
        QVERIFY(det.ok());
        const QString hostile = u"quote \" backslash \\ tab \t newline \n bell \x07 del \x7f"
                                u" é 漢字 😀 </script> ' -- ; DROP TABLE"_s;
        det.value()->recordScreenLock(true, hostile);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action ="
                            " 'session-locked' AND details->>'reason' = %1"_s.arg(
                                PgTestServer::quoteLiteral(hostile))),
                 1);
        // Only what a workstation may report: not a search, not an audit result.
        auto forged = departmentOf(*det.value())
                          .call("record_event",
                                {DepartmentArg::text(u"search"_s), DepartmentArg::text(u"search"_s),
                                 DepartmentArg::json({}), DepartmentArg::text(u"success"_s)});
        QVERIFY(!forged);
        auto audit = departmentOf(*det.value())
                         .call("record_event", {DepartmentArg::text(u"audit-verify"_s),
                                                DepartmentArg::text(u"audit"_s),
                                                DepartmentArg::json({{u"intact"_s, true}}),
                                                DepartmentArg::text(u"success"_s)});
        QVERIFY(!audit);
        det.value().reset();
        const AuditVerification v = verifyTrail();
        QVERIFY2(v.intact, qPrintable(v.problem));
    }

    void purgeOnTheServer()
    {
        // The fixed cameras' cut-off, as the server counts it (start of the
        // local day 29 days ago): a read a second before it goes, one at it
        // stays, and an older one under a hold stays with its images. The
        // month of one two months older holds no other read: its table goes.
        QSqlQuery cut = superQuery(u"SELECT alpr.retention_cutoff(30)"_s);
        QVERIFY(cut.next());
        const QDateTime cutoff = cut.value(0).toDateTime().toUTC();
        QVERIFY(cutoff.isValid());
        QList<ReadRecord> reads{read(u"4OLD001"_s, u"p-1"_s, 0), read(u"4EDGE02"_s, u"p-2"_s, 0),
                                read(u"4HELD03"_s, u"p-3"_s, 0), read(u"4MOBL04"_s, u"p-4"_s, 0),
                                read(u"4MNTH05"_s, u"p-5"_s, 0)};
        reads[0].capturedAt = cutoff.addSecs(-1);
        reads[1].capturedAt = cutoff;
        reads[2].capturedAt = cutoff.addDays(-10);
        reads[3].capturedAt = cutoff.addDays(-100);
        reads[3].sourceKind = SourceKind::Mobile;
        reads[4].capturedAt = cutoff.addDays(-60);
        // Alternative readings: two that give the purged read the start ^8
        // (counted once), one that gives it nothing its plate lacks but ^8.
        reads[0].candidates = {{u"8OLD001"_s, 30}, {u"8OLD00T"_s, 20}, {u"4OLD00I"_s, 10}};
        reads[1].candidates = {{u"8EDGE02"_s, 30}};
        reads[3].candidates = {{u"4MOBL0A"_s, 10}};
        const QString month = reads[4].capturedAt.toUTC().toString(u"yyyy_MM"_s);
        const auto monthTables = [&] {
            return superCount(
                u"SELECT count(*) FROM pg_class WHERE relname = 'reads_%1'"_s.arg(month));
        };
        {
            auto ingest = signIn(u"ing"_s);
            QVERIFY(ingest.ok());
            QVERIFY(ReadImporter(*ingest.value()).importReads(reads, u"purge"_s).ok());
        }
        // The purged read and reads[1] have "~^8", once each.
        QCOMPARE(endsMiscounted(), 0);
        QCOMPARE(superCount(u"SELECT sum(reads) FROM (SELECT reads FROM alpr.plate_end_reads"
                            " WHERE plate_end = '~^8' UNION ALL SELECT reads"
                            " FROM alpr.plate_end_changes WHERE plate_end = '~^8') x"_s),
                 2);
        // A records clerk's hold, placed through the server.
        auto clerk = signIn(u"clerk"_s);
        QVERIFY(clerk.ok());
        HoldRequest hold;
        hold.selection.readIds = {reads[2].id};
        hold.caseNumber = u"26-004211"_s;
        hold.reason = u"discovery-request"_s;
        hold.requestingParty = u"Deputy DA Ruiz"_s;
        hold.reviewOn = QDate::currentDate().addDays(90);
        auto placed = LegalHolds(*clerk.value()).place(hold);
        QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
        QCOMPARE(placed->readCount, 1);
        QCOMPARE(LegalHolds(*clerk.value()).reads(placed->id).value(), QList<qint64>{reads[2].id});
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'hold-placed'"
                            " AND details->'read_ids' = '[%1]'"_s.arg(reads[2].id)),
                 1);
        // A detective may not place one.
        {
            auto det = signIn(u"writer5"_s);
            QVERIFY(det.ok());
            QCOMPARE(LegalHolds(*det.value()).place(hold).error().code, ErrorCode::Denied);
        }

        // (Next month's table, which the migration made, is made again by the purge.)
        superQuery(u"DO $$ DECLARE m date := date_trunc('month', (now() AT TIME ZONE 'UTC')"
                   " + interval '1 month'); BEGIN EXECUTE format('DROP TABLE alpr.%I',"
                   " alpr.read_month_table(m)); DELETE FROM alpr.read_months WHERE month = m;"
                   " END $$"_s);
        auto maint = signIn(u"maint"_s);
        QVERIFY(maint.ok());
        RetentionPurge purge(*maint.value());
        auto plan = purge.plan();
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        for (const PurgeCount& c : plan->counts) {
            QCOMPARE(c.reads, c.sourceKind == u"fixed" ? 2 : 0);
            QCOMPARE(c.heldReads, c.sourceKind == u"fixed" ? 1 : 0);
        }
        purge.setBatchReads(1);
        auto run = purge.run();
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        QCOMPARE(run->summary.value(u"reads"_s).toInteger(), 2);
        QCOMPARE(run->idsSha256, RetentionPurge::idsSha256({reads[0].id, reads[4].id}));
        // Its month had nothing else: the table went, and the trail says so.
        // The purge made next month's table ahead of its first read.
        QCOMPARE(monthTables(), 0);
        QCOMPARE(
            superCount(u"SELECT count(*) FROM alpr.read_months WHERE month ="
                       " date_trunc('month', (now() AT TIME ZONE 'UTC') + interval '1 month')"_s),
            1);
        QCOMPARE(
            superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action ="
                       " 'retention-purge-batch' AND details->'months_dropped' @> '[\"%1\"]'"_s.arg(
                           QString(month).replace(u'_', u'-'))),
            1);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.reads WHERE id = %1"_s.arg(reads[0].id)),
                 0);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plates WHERE plate = '4OLD001'"_s), 0);
        QCOMPARE(superCount(
                     u"SELECT count(*) FROM alpr.reads WHERE id IN (%1, %2, %3)"_s.arg(reads[1].id)
                         .arg(reads[2].id)
                         .arg(reads[3].id)),
                 3);
        QCOMPARE(
            superCount(u"SELECT count(*) FROM alpr.images WHERE read_id = %1"_s.arg(reads[2].id)),
            1);
        auto lines = purge.certificateText(run->id);
        QVERIFY(lines.ok());
        QVERIFY(lines->join(u'\n').contains(u"VACUUM"_s));
        // A detective cannot purge; nobody can purge twice what is gone.
        auto det = signIn(u"writer4"_s);
        QVERIFY(det.ok());
        QCOMPARE(RetentionPurge(*det.value()).run().error().code, ErrorCode::Denied);
        auto again = purge.run();
        QVERIFY(again.ok());
        QCOMPARE(again->summary.value(u"reads"_s).toInteger(), 0);
        // Released with a note, the read goes at the next purge.
        QVERIFY(!LegalHolds(*clerk.value()).release(placed->id, {}).ok());
        auto released = LegalHolds(*clerk.value()).release(placed->id, u"case closed"_s);
        QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
        QVERIFY(!released->active());
        QCOMPARE(LegalHolds(*clerk.value()).list(false)->size(), 0);
        auto third = purge.run();
        QVERIFY(third.ok());
        QCOMPARE(third->summary.value(u"reads"_s).toInteger(), 1);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.reads WHERE id = %1"_s.arg(reads[2].id)),
                 0);
        // A late read of a month whose table went makes it again.
        {
            auto ingest = signIn(u"ing"_s);
            QVERIFY(ingest.ok());
            QList<ReadRecord> late{read(u"4LATE06"_s, u"p-6"_s, 0)};
            late[0].capturedAt = reads[4].capturedAt;
            QVERIFY(ReadImporter(*ingest.value()).importReads(late, u"late"_s).ok());
            QCOMPARE(monthTables(), 1);
            // None is made for a camera whose clock is years ahead.
            QList<ReadRecord> ahead{read(u"4AHED07"_s, u"p-7"_s, 0)};
            ahead[0].capturedAt = QDateTime::currentDateTimeUtc().addYears(2);
            auto refused = ReadImporter(*ingest.value()).importReads(ahead, u"ahead"_s);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"more than a year from now"_s),
                     qPrintable(refused.error().message));
            // Nor more than 24 at once (an old file comes in parts of fewer months).
            QList<ReadRecord> spread;
            for (int m = 0; m < 30; ++m) {
                spread.append(read(u"4SPRD%1"_s.arg(m, 2, 10, QChar(u'0')), u"s-%1"_s.arg(m), 0));
                spread.last().capturedAt = cutoff.addMonths(-24 - m);
            }
            refused = ReadImporter(*ingest.value()).importReads(spread, u"spread"_s);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"more than 24 months"_s),
                     qPrintable(refused.error().message));
        }
        clerk.value().reset();
        maint.value().reset();
        det.value().reset();
        const AuditVerification v = verifyTrail();
        QVERIFY2(v.intact, qPrintable(v.problem));
        // Every plate's count of reads followed the imports and the purge,
        // and its bound on its newest read is no earlier than that read; so
        // did the counts of the plates' starts and ends, before and after
        // their changes are folded, and those of the starts and ends that
        // only alternative readings give a read ("~^8"). Each alternative
        // reading keeps its read's plate and time.
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.read_candidates rc LEFT JOIN alpr.reads r"
                            " ON r.id = rc.read_id WHERE r.plate_id IS DISTINCT FROM"
                            " rc.read_plate_id OR r.captured_at IS DISTINCT FROM rc.captured_at"_s),
                 0);
        QVERIFY(superCount(u"SELECT count(*) FROM alpr.read_candidates"_s) >= 2);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plates p WHERE p.reads <>"
                            " (SELECT count(*) FROM alpr.reads r WHERE r.plate_id = p.id)"_s),
                 0);
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plates p WHERE p.newest IS DISTINCT FROM"
                            " (SELECT greatest(max(r.captured_at), p.newest) FROM alpr.reads r"
                            "   WHERE r.plate_id = p.id)"_s),
                 0);
        for (bool folded : {false, true}) {
            if (folded)
                superQuery(u"SELECT alpr.fold_plate_ends()"_s);
            QCOMPARE(endsMiscounted(), 0);
        }
        QVERIFY(superCount(u"SELECT reads FROM alpr.plate_end_reads WHERE plate_end = '^4'"_s) > 0);
        QCOMPARE(superCount(u"SELECT reads FROM alpr.plate_end_reads WHERE plate_end = '~^8'"_s),
                 1);
        // (The purged read's "~0T$", from "8OLD00T", is taken away again.)
        QCOMPARE(superCount(u"SELECT coalesce(sum(reads), 0) FROM alpr.plate_end_reads"
                            " WHERE plate_end = '~0T$'"_s),
                 0);
        QVERIFY(!QSqlQuery(QSqlDatabase::database(kSuper))
                     .exec(u"UPDATE alpr.reads SET plate_id = plate_id + 1"_s));
        // Nor its capture time, which its alternative readings keep too;
        // nor theirs; and none names a read that is not stored.
        for (const QString& refused :
             {u"UPDATE alpr.reads SET captured_at = captured_at - interval '1 hour'"_s,
              u"UPDATE alpr.read_candidates SET captured_at = captured_at - interval '1 hour'"_s,
              u"UPDATE alpr.read_candidates SET read_plate_id = plate_id"_s,
              u"INSERT INTO alpr.read_candidates(plate_id, read_id, read_plate_id, captured_at)"
              " SELECT id, 999999999, id, now() FROM alpr.plates LIMIT 1"_s}) {
            QSqlQuery q(QSqlDatabase::database(kSuper));
            QVERIFY2(!q.exec(refused), qPrintable(refused));
            QVERIFY2(q.lastError().text().contains(u"capture time"_s) ||
                         q.lastError().text().contains(u"keeps the plate and time"_s) ||
                         q.lastError().text().contains(u"is not stored"_s),
                     qPrintable(q.lastError().text()));
        }
    }

    // Migration 15 on a store that holds reads (made through migration 14):
    // every read keeps its id, images, alternative readings and camera id,
    // each in its capture month's table; the ids go on after the highest one
    // ever given, a purged read's too; a resent read is still known.
    void readsMoveIntoMonthTables()
    {
        const QString db = u"alpr_upgrade"_s;
        QVERIFY(PgTestServer::createDatabase(db));
        auto address = DepartmentAddress::parse(
            u"postgresql://%1@localhost:%2/%3"_s.arg(PgTestServer::superUser())
                .arg(PgTestServer::port())
                .arg(db));
        QVERIFY(address.ok());
        auto link = DepartmentLink::connect(address.value());
        QVERIFY2(link.ok(), qPrintable(link.ok() ? QString() : link.error().message));
        auto installed = link.value()->installSchema(PgTestServer::extensionPath(), 14);
        QVERIFY2(installed.ok(),
                 qPrintable(installed.ok() ? QString() : installed.error().message));
        QCOMPARE(link.value()->schemaVersion(), 14);
        const auto rows = [&](const QString& sql) { return PgTestServer::superRows(db, sql); };
        rows(u"INSERT INTO alpr.cameras(code, name, source_kind) VALUES ('up:1', 'Gate', 'fixed');"
             "INSERT INTO alpr.plates(plate) VALUES ('7UPG001'), ('7UPG002'), ('7UPG00Z');"
             "INSERT INTO alpr.reads(plate_id, captured_at, camera_id, source_kind, external_id,"
             " imported_at) SELECT p.id, t::timestamptz, 1, 'fixed', e, now() FROM (VALUES"
             " ('7UPG001', '2025-11-30 23:59:59+00', 'cam-a'),"
             " ('7UPG002', '2026-02-14 08:00:00+00', NULL),"
             " ('7UPG001', '2026-02-01 00:00:00+00', 'cam-b'),"
             " ('7UPG002', '2026-03-01 00:00:00+00', 'cam-c')) v(plate, t, e)"
             " JOIN alpr.plates p ON p.plate = v.plate ORDER BY t;"
             "INSERT INTO alpr.images(read_id, kind, jpeg) SELECT id, 'plate', '\\xffd8'"
             " FROM alpr.reads WHERE external_id = 'cam-a';"
             "INSERT INTO alpr.read_candidates(plate_id, read_id, confidence) SELECT p.id, r.id, 80"
             " FROM alpr.plates p, alpr.reads r WHERE p.plate = '7UPG00Z' AND r.external_id = "
             "'cam-b';"
             "DELETE FROM alpr.reads WHERE external_id = 'cam-c'"_s);
        const QStringList before =
            rows(u"SELECT string_agg(r.id || ' ' || p.plate || ' ' || r.captured_at::text || ' ' ||"
                 " coalesce(r.external_id, '-'), ', ' ORDER BY r.id) FROM alpr.reads r"
                 " JOIN alpr.plates p ON p.id = r.plate_id"_s);
        QCOMPARE(before.size(), 1);
        const qint64 highest = rows(u"SELECT max(id) FROM alpr.reads"_s).value(0).toLongLong() + 1;

        auto migrated = link.value()->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        QCOMPARE(migrated.value(), DepartmentLink::latestSchemaVersion() - 14);
        // The upgraded store's code is what a new store's is (the store check's).
        auto code = link.value()->storeCode();
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        const DepartmentCodeDifferences upgraded =
            compareStoreCode(code.value(), DepartmentLink::expectedStoreCode());
        QVERIFY2(upgraded.none(),
                 qPrintable(u"changed %1; missing %2; added %3"_s.arg(
                     upgraded.changed.join(u", "_s), upgraded.missing.join(u", "_s),
                     upgraded.added.join(u", "_s))));
        QCOMPARE(rows(u"SELECT string_agg(r.id || ' ' || p.plate || ' ' || r.captured_at::text"
                      " || ' ' || coalesce(r.external_id, '-'), ', ' ORDER BY r.id)"
                      " FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id"_s),
                 before);
        // Each read in its UTC month's table; this month's is there already.
        QCOMPARE(rows(u"SELECT tableoid::regclass || ' ' || coalesce(external_id, '-')"
                      " FROM alpr.reads ORDER BY id"_s),
                 (QStringList{u"alpr.reads_2025_11 cam-a"_s, u"alpr.reads_2026_02 cam-b"_s,
                              u"alpr.reads_2026_02 -"_s}));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QStringList months = rows(u"SELECT month FROM alpr.read_months"_s);
        QVERIFY(months.contains(today.toString(u"yyyy-MM-01"_s)));
        QVERIFY(months.contains(today.addMonths(1).toString(u"yyyy-MM-01"_s)));
        QCOMPARE(rows(u"SELECT count(*) FROM alpr.images i JOIN alpr.reads r ON r.id = i.read_id"
                      " WHERE r.external_id = 'cam-a'"_s),
                 QStringList{u"1"_s});
        QCOMPARE(rows(u"SELECT string_agg(p.plate || ' ' || p.reads, ' ' ORDER BY p.plate)"
                      " FROM alpr.plates p"_s),
                 QStringList{u"7UPG001 2 7UPG002 1 7UPG00Z 0"_s});
        // Each plate's newest read, and the reads of each start and end
        // (migration 17).
        QCOMPARE(rows(u"SELECT string_agg(p.plate || ' ' || coalesce(to_char(p.newest AT TIME ZONE"
                      " 'UTC', 'YYYY-MM-DD HH24:MI'), '-'), ', ' ORDER BY p.plate)"
                      " FROM alpr.plates p"_s),
                 QStringList{u"7UPG001 2026-02-01 00:00, 7UPG002 2026-02-14 08:00, 7UPG00Z -"_s});
        QCOMPARE(rows(u"SELECT string_agg(plate_end || ' ' || reads, ' '"
                      " ORDER BY plate_end COLLATE \"C\") FROM alpr.plate_end_reads"
                      " WHERE reads > 0"_s),
                 QStringList{u"01$ 2 02$ 1 1$ 2 2$ 1 ^7 3 ^7U 3 ~0Z$ 1 ~Z$ 1"_s});
        // The alternative reading keeps its read's plate and time, and its
        // end that the read's plate lacks is counted (migration 18).
        QCOMPARE(rows(u"SELECT string_agg(p.plate || ' ' || to_char(rc.captured_at AT TIME ZONE"
                      " 'UTC', 'YYYY-MM-DD HH24:MI'), ', ') FROM alpr.read_candidates rc"
                      " JOIN alpr.plates p ON p.id = rc.read_plate_id"_s),
                 QStringList{u"7UPG001 2026-02-01 00:00"_s});
        QCOMPARE(rows(u"SELECT string_agg(external_id, ' ' ORDER BY external_id)"
                      " FROM alpr.read_sources"_s),
                 QStringList{u"cam-a cam-b"_s});
        // The next read's id is past the purged one's; a camera's id is
        // still one read's, and a row naming no stored read is refused.
        int exitCode = -1;
        const QString next = PgTestServer::psql(
            PgTestServer::superUser(), PgTestServer::superPassword(), db,
            u"INSERT INTO alpr.reads(plate_id, captured_at, camera_id, source_kind, imported_at)"
            " VALUES (1, '2026-02-20+00', 1, 'fixed', now()) RETURNING id"_s,
            &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(next.section(u'\n', 0, 0).toLongLong() > highest, qPrintable(next));
        for (const QString& refused :
             {u"INSERT INTO alpr.reads(plate_id, captured_at, camera_id, source_kind, external_id,"
              " imported_at) VALUES (1, '2026-02-21+00', 1, 'fixed', 'cam-a', now())"_s,
              u"INSERT INTO alpr.images(read_id, kind, jpeg) VALUES (999999, 'plate', '\\xff')"_s,
              u"DELETE FROM alpr.reads WHERE external_id = 'cam-a'"_s,
              u"UPDATE alpr.reads SET external_id = 'cam-z' WHERE external_id = 'cam-b'"_s,
              u"UPDATE alpr.reads SET id = id + 100 WHERE external_id = 'cam-b'"_s,
              u"TRUNCATE alpr.reads CASCADE"_s}) {
            PgTestServer::psql(PgTestServer::superUser(), PgTestServer::superPassword(), db,
                               refused, &exitCode);
            QVERIFY2(exitCode != 0, qPrintable(refused));
        }
        link.value().reset();
    }

    // The plate index only narrows: for random plates and patterns of every
    // kind, the plates its condition lets through and the expression matches
    // are all those the expression matches over every plate; the same for
    // near misses. And it does narrow: a fixed first character leaves out
    // most plates. The search's own condition (alpr.plate_filter: ranges of
    // a fixed start or end, or the tags, and the expression unless they say
    // as much) lets through exactly those plates, and the starts and ends it
    // names for a count are exactly theirs.
    void plateIndexFindsWhatAScanFinds()
    {
        superQuery(u"SELECT setseed(0.19)"_s);
        superQuery(u"INSERT INTO alpr.plates(plate)"
                   " SELECT string_agg(substr('ABCDEFGHJKLMNPRSTUVWXYZ0123456789B8O0',"
                   "                          1 + floor(random() * 37)::int, 1), '')"
                   "   FROM generate_series(1, 3000) n, generate_series(1, 4 + n % 5) k"
                   "  GROUP BY n ON CONFLICT (plate) DO NOTHING"_s);
        QVERIFY(superCount(u"SELECT count(*) FROM alpr.plates"_s) > 2900);
        superQuery(
            u"CREATE FUNCTION pg_temp.missed(p_re text, OUT missed bigint, OUT kept bigint)"
            " LANGUAGE plpgsql AS $$ BEGIN"
            "  EXECUTE 'SELECT count(*) FROM alpr.plates p WHERE ' ||"
            "          alpr.plate_tag_filter(p_re) INTO kept;"
            "  EXECUTE 'SELECT count(*) FROM alpr.plates p WHERE ' ||"
            "          alpr.plate_tag_filter(p_re) || ' AND p.plate ~ $1' INTO missed USING p_re;"
            "  missed := (SELECT count(*) FROM alpr.plates WHERE plate ~ p_re) - missed;"
            " END $$"_s);
        superQuery(
            u"CREATE FUNCTION pg_temp.filtered(p_re text, OUT wrong bigint, OUT ends_wrong bigint)"
            " LANGUAGE plpgsql AS $$ DECLARE f record; BEGIN"
            "  f := alpr.plate_filter(p_re);"
            "  EXECUTE 'SELECT count(*) FROM alpr.plates p WHERE (' || f.cond ||"
            "          ') IS DISTINCT FROM (p.plate ~ $1)' INTO wrong USING p_re;"
            "  ends_wrong := CASE WHEN f.ends IS NOT NULL THEN"
            "   (SELECT count(*) FROM alpr.plates p WHERE (p.plate ~ p_re)"
            "            <> (alpr.plate_ends(p.plate) && f.ends)) END;"
            " END $$"_s);
        superQuery(
            u"CREATE FUNCTION pg_temp.missed_near(p_plate text, p_edits int) RETURNS bigint"
            " LANGUAGE plpgsql AS $$ DECLARE n bigint; BEGIN"
            "  EXECUTE 'SELECT count(*) FROM alpr.plates p WHERE ' ||"
            "          alpr.plate_edit_filter(p_plate, p_edits) ||"
            "          ' AND alpr.levenshtein(p.plate, $1) <= $2' INTO n USING p_plate, p_edits;"
            "  RETURN (SELECT count(*) FROM alpr.plates WHERE"
            "          alpr.levenshtein(plate, p_plate) <= p_edits) - n;"
            " END $$"_s);
        const qint64 plates = superCount(u"SELECT count(*) FROM alpr.plates"_s);
        QSqlQuery pick(QSqlDatabase::database(kSuper));
        QVERIFY(pick.exec(u"SELECT plate FROM alpr.plates ORDER BY id"_s));
        QStringList known;
        while (pick.next())
            known << pick.value(0).toString();
        QRandomGenerator random(20261206);
        QSqlQuery check(QSqlDatabase::database(kSuper));
        QVERIFY(check.prepare(u"SELECT * FROM pg_temp.missed(alpr.pattern_regex($1, $2)),"
                              " pg_temp.filtered(alpr.pattern_regex($1, $2))"_s));
        QSqlQuery near(QSqlDatabase::database(kSuper));
        QVERIFY(near.prepare(u"SELECT pg_temp.missed_near($1, $2)"_s));
        // A pattern without '*' of three fixed characters or more is narrowed
        // by their tags from the start only; a shorter one by both, which
        // together say its length (migration 20).
        QSqlQuery tags(QSqlDatabase::database(kSuper));
        QVERIFY(tags.exec(u"SELECT alpr.plate_tag_filter('^7.B.12.$'),"
                          " alpr.plate_tag_filter('^A.1$')"_s));
        QVERIFY(tags.next());
        QCOMPARE(tags.value(0).toString(),
                 u"alpr.alpr_plate_tags(p.plate) @> '{0:7,2:B,4:1,5:2}'::text[]"_s);
        QCOMPARE(tags.value(1).toString(),
                 u"alpr.alpr_plate_tags(p.plate) @> '{-3:A,0:A,-1:1,2:1}'::text[]"_s);
        int patterns = 0;
        int ends = 0;
        // A few of each kind first, then random ones.
        const QStringList chosen{u"7*"_s,      u"*9"_s,  u"7[A-C]*"_s, u"*1[23]"_s, u"AB*C"_s,
                                 u"[78]AB*"_s, u"*B8"_s, u"B?8*"_s,    u"*A*B*"_s};
        for (int i = 0; i < 400 + chosen.size(); ++i) {
            QString pattern =
                i < chosen.size() ? chosen.at(i) : known.at(random.bounded(int(known.size())));
            const int edits = i < chosen.size() ? 0 : random.bounded(3);
            if (edits > 0) {
                // Near misses of it: each deletes, inserts or changes a
                // character, edits times.
                for (int v = 0; v < 4; ++v) {
                    QString variant = pattern;
                    for (int e = 0; e < edits; ++e) {
                        const auto at = qsizetype(random.bounded(int(variant.size())));
                        const QChar c(u'A' + random.bounded(26));
                        const int kind = (v + e) % 3;
                        if (kind == 0 && variant.size() > 1)
                            variant.remove(at, 1);
                        else if (kind == 1 && variant.size() < 10)
                            variant.insert(at, c);
                        else
                            variant[at] = c;
                    }
                    QSqlQuery add(QSqlDatabase::database(kSuper));
                    QVERIFY(add.prepare(u"INSERT INTO alpr.plates(plate) VALUES ($1)"
                                        " ON CONFLICT (plate) DO NOTHING"_s));
                    add.addBindValue(variant);
                    QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
                }
                near.addBindValue(pattern);
                near.addBindValue(edits);
                QVERIFY2(near.exec() && near.next(), qPrintable(near.lastError().text()));
                QVERIFY2(near.value(0).toLongLong() == 0,
                         qPrintable(u"%1 within %2 edits"_s.arg(pattern).arg(edits)));
            }
            // Some characters become '?' or a set, and a start, end or
            // middle becomes '*'.
            for (qsizetype c = 0; c < pattern.size() && i >= chosen.size(); ++c) {
                const int roll = random.bounded(10);
                if (roll == 0)
                    pattern[c] = u'?';
                else if (roll == 1 && pattern.at(c).isLetterOrNumber())
                    pattern.replace(c, 1, u"["_s + pattern.at(c) + u"8B]"_s), c += 3;
            }
            const int cut = i < chosen.size() ? 0 : random.bounded(4);
            const qsizetype mid = pattern.size() / 2;
            if (cut == 1)
                pattern = u"*"_s + pattern.mid(mid);
            else if (cut == 2)
                pattern = pattern.left(mid) + u"*"_s;
            else if (cut == 3)
                pattern = u"*"_s + pattern.mid(1, mid) + u"*"_s;
            if (pattern.contains(u"[["_s) || !pattern.contains(QRegularExpression(u"[A-Z0-9]"_s)))
                continue;
            for (bool misread : {false, true}) {
                check.addBindValue(pattern);
                check.addBindValue(misread);
                if (!check.exec() || !check.next())
                    continue; // a pattern the server refuses (a set cut by '*')
                ++patterns;
                QVERIFY2(check.value(0).toLongLong() == 0,
                         qPrintable(u"%1 (misread %2): the index missed %3 plates"_s.arg(pattern)
                                        .arg(misread)
                                        .arg(check.value(0).toLongLong())));
                if (pattern.front().isLetterOrNumber() && !misread)
                    QVERIFY2(check.value(1).toLongLong() < plates / 4, qPrintable(pattern));
                QVERIFY2(check.value(2).toLongLong() == 0,
                         qPrintable(u"%1 (misread %2): the search's condition is wrong for %3"
                                    " plates"_s.arg(pattern)
                                        .arg(misread)
                                        .arg(check.value(2).toLongLong())));
                QVERIFY2(check.value(3).toLongLong() == 0,
                         qPrintable(u"%1 (misread %2): its starts or ends are wrong for %3"
                                    " plates"_s.arg(pattern)
                                        .arg(misread)
                                        .arg(check.value(3).toLongLong())));
                ends += check.value(3).isNull() ? 0 : 1;
            }
        }
        QVERIFY2(patterns > 500, qPrintable(QString::number(patterns)));
        QVERIFY2(ends > 20, qPrintable(QString::number(ends)));
    }

    // A pattern that matches more plates than alpr.settings'
    // search_broad_plates (50,000) is searched without copying its plates:
    // the same counts and the same first reads as the other way, its count
    // from the starts' and ends' counts where it is one, before and after
    // their changes are folded. So are all ways of finding the newest reads
    // of the plates copied: walking the time index back, and probing only
    // the plates whose newest read can be among them, also when a plate's
    // newest read was purged (its bound is later than its newest read), and
    // with a range that ends before the newest reads.
    void broadPatternsFindTheSame()
    {
        {
            auto ingest = signIn(u"ing"_s);
            QVERIFY(ingest.ok());
            QList<ReadRecord> reads;
            QRandomGenerator random(7);
            for (int i = 0; i < 300; ++i) {
                QString plate = u"7"_s;
                for (int c = 0; c < 6; ++c)
                    plate += QChar(u"AB8C0O12"_s.at(random.bounded(8)));
                reads << read(plate, u"b-%1"_s.arg(i), random.bounded(20000));
                if (i % 7 == 0)
                    reads.last().candidates = {{u"8"_s + plate.mid(1), 30}};
            }
            QVERIFY(ReadImporter(*ingest.value()).importReads(reads, u"broad"_s).ok());
        }
        auto det = signIn(u"det"_s);
        QVERIFY(det.ok());
        SearchService search(*det.value());
        // range: none, the last 5 days, all but the last 3 days
        auto run = [&](const QString& pattern, bool misread, bool candidates, int range) {
            SearchRequest r = request(pattern);
            r.misread = misread;
            r.candidates = candidates;
            r.limit = 40;
            if (range == 1)
                r.filters.from = QDateTime::currentDateTimeUtc().addDays(-5);
            else if (range == 2)
                r.filters.to = QDateTime::currentDateTimeUtc().addDays(-3);
            auto outcome = search.search(r);
            QStringList hits{QString::number(outcome ? outcome->totalCount : -1)};
            if (outcome)
                for (const SearchHit& h : outcome->hits)
                    hits << u"%1 %2"_s.arg(h.read.id).arg(int(h.reason));
            return hits;
        };
        // ("8*", "8A*": only alternative readings match; "[78]*": both,
        // and no read is counted twice.)
        const QStringList patterns{u"7*"_s,          u"7A*"_s,    u"*8"_s, u"7?B*"_s, u"*AB*"_s,
                                   u"7*[12][12O]"_s, u"7[AB]*"_s, u"8*"_s, u"8A*"_s,  u"[78]*"_s};
        QList<QStringList> narrow;
        QVERIFY(run(u"7*"_s, false, false, 0).size() == 41); // more than the limit
        for (const QString& p : patterns)
            for (bool misread : {false, true})
                for (int range : {0, 1, 2})
                    narrow << run(p, misread, false, range) << run(p, misread, true, range);
        const auto same = [&](const char* how) {
            int i = 0;
            for (const QString& p : patterns)
                for (bool misread : {false, true})
                    for (int range : {0, 1, 2}) {
                        const QString what =
                            u"%1 misread %2 range %3: %4"_s.arg(p).arg(misread).arg(range).arg(
                                QLatin1String(how));
                        QVERIFY2(run(p, misread, false, range) == narrow.at(i++), qPrintable(what));
                        QVERIFY2(run(p, misread, true, range) == narrow.at(i++), qPrintable(what));
                    }
        };
        // The newest reads of many plates by walking the time index back
        // (search_walk_ratio huge) or by the plates' own (0): the same.
        for (const char* ratio : {"1000000000", "0"}) {
            superQuery(
                u"INSERT INTO alpr.settings(key, value) VALUES ('search_walk_ratio', '%1')"_s.arg(
                    QLatin1String(ratio)));
            same(ratio);
            superQuery(u"DELETE FROM alpr.settings WHERE key = 'search_walk_ratio'"_s);
            if (QTest::currentTestFailed())
                return;
        }
        // Half the plates' bounds later than their newest read, probing
        // the plates (0: never walks).
        superQuery(u"UPDATE alpr.plates SET newest = now() + interval '1 hour' WHERE id % 2 = 0"_s);
        superQuery(u"INSERT INTO alpr.settings(key, value) VALUES ('search_walk_ratio', '0')"_s);
        same("bounds later than the newest reads");
        superQuery(u"DELETE FROM alpr.settings WHERE key = 'search_walk_ratio'"_s);
        if (QTest::currentTestFailed())
            return;
        superQuery(u"INSERT INTO alpr.settings(key, value) VALUES ('search_broad_plates', '0')"_s);
        for (bool folded : {false, true}) {
            if (folded) {
                // Not in a transaction of one snapshot (which could find
                // changes another fold took since); then at once.
                superQuery(u"INSERT INTO alpr.plate_end_changes VALUES ('^7', 0)"_s);
                const qint64 pending = superCount(u"SELECT count(*) FROM alpr.plate_end_changes"_s);
                superQuery(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s);
                superQuery(u"SELECT alpr.fold_plate_ends()"_s);
                superQuery(u"COMMIT"_s);
                QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plate_end_changes"_s), pending);
                superQuery(u"SELECT alpr.fold_plate_ends()"_s);
            }
            int i = 0;
            for (const QString& p : patterns)
                for (bool misread : {false, true})
                    for (int range : {0, 1, 2}) {
                        const QString what = u"%1 misread %2 range %3 folded %4"_s.arg(p)
                                                 .arg(misread)
                                                 .arg(range)
                                                 .arg(folded);
                        QVERIFY2(run(p, misread, false, range) == narrow.at(i++), qPrintable(what));
                        QVERIFY2(run(p, misread, true, range) == narrow.at(i++), qPrintable(what));
                        QVERIFY2(narrow.at(i - 1).first().toInt() > 0, qPrintable(what));
                    }
        }
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.plate_end_changes"_s), 0);
        superQuery(u"DELETE FROM alpr.settings WHERE key = 'search_broad_plates'"_s);
    }

    // The store check (migration 19): what a superuser changes beside the
    // reads, which the trail cannot see, is found and recorded, and the
    // counts are mended from the reads; a changed copy is found, not mended.
    void storeCheckFindsWhatASuperuserChanged()
    {
        auto maint = signIn(u"maint"_s);
        QVERIFY2(maint.ok(), qPrintable(maint.ok() ? QString() : maint.error().message));
        const auto check = [&](bool mend) {
            auto c = checkDepartmentStore(*maint.value(), mend);
            if (!c)
                qFatal("store check: %s", qPrintable(c.error().message));
            return c.value();
        };
        const DepartmentStoreCheck clean = check(false);
        QVERIFY(clean.found.none());
        QVERIFY(!clean.trail); // the maintenance account does not read the trail
        QVERIFY(clean.intact());
        QVERIFY(superCount(u"SELECT count(*) FROM alpr.read_candidates"_s) > 0);
        QVERIFY(superCount(
                    u"SELECT count(*) FROM alpr.plate_end_reads WHERE plate_end LIKE '~%'"_s) > 0);

        superQuery(u"SELECT alpr.fold_plate_ends()"_s);
        superQuery(
            u"UPDATE alpr.plate_end_reads SET reads = reads + 500 WHERE plate_end ="
            " (SELECT min(plate_end) FROM alpr.plate_end_reads WHERE plate_end LIKE '~%')"_s);
        superQuery(u"UPDATE alpr.plates SET newest = newest - interval '1 day'"
                   " WHERE id = (SELECT min(id) FROM alpr.plates WHERE reads > 0)"_s);
        superQuery(u"ALTER TABLE alpr.read_candidates DISABLE TRIGGER read_candidates_copy_kept"_s);
        const qint64 moved = superCount(
            u"WITH m AS (UPDATE alpr.read_candidates SET captured_at = captured_at + interval"
            " '1 hour' WHERE read_id = (SELECT min(read_id) FROM alpr.read_candidates)"
            " RETURNING 1) SELECT count(*) FROM m"_s);
        QVERIFY(moved > 0);
        const DepartmentStoreCheck found = check(false);
        QCOMPARE(found.found.plates, 1);
        QCOMPARE(found.found.ends, 1);
        QCOMPARE(found.found.copies, moved);
        QVERIFY(!found.mended);
        QVERIFY(!found.intact());
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'store-check'"
                            " AND username = 'maint' AND outcome = 'failure'"
                            " AND (details->'found'->>'ends')::int = 1"_s),
                 1);

        // Mended: the counts from the reads; the copy stays for the superuser.
        const DepartmentStoreCheck mended = check(true);
        QVERIFY(mended.mended);
        QCOMPARE(mended.found.ends, 1);
        QCOMPARE(mended.after.plates, 0);
        QCOMPARE(mended.after.ends, 0);
        QCOMPARE(mended.after.copies, moved);
        QVERIFY(!mended.intact());
        QCOMPARE(endsMiscounted(), 0);

        superQuery(u"UPDATE alpr.read_candidates SET captured_at = captured_at - interval '1 hour'"
                   " WHERE read_id = (SELECT min(read_id) FROM alpr.read_candidates)"_s);
        superQuery(u"ALTER TABLE alpr.read_candidates ENABLE TRIGGER read_candidates_copy_kept"_s);
        QVERIFY(check(false).intact());
        QCOMPARE(superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'store-check'"
                            " AND details->>'mended' = 'true' AND outcome = 'failure'"_s),
                 1);

        // The administrator's check verifies the trail too; records staff may not check.
        auto chief = signIn(u"chief"_s);
        QVERIFY(chief.ok());
        auto byChief = checkDepartmentStore(*chief.value(), false);
        QVERIFY2(byChief.ok(), qPrintable(byChief.ok() ? QString() : byChief.error().message));
        if (chief.value()->can(Action::ReadAudit)) {
            QVERIFY(byChief->trail);
            QVERIFY(byChief->trail->intact);
        }
        auto clerk = signIn(u"clerk"_s);
        QVERIFY(clerk.ok());
        auto refused = checkDepartmentStore(*clerk.value(), false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Denied);
    }

    // The store's code (migration 21): a superuser who redefines a function,
    // grants the workstations a table or a column, adds a function or
    // switches off a month table's trigger is found by the workstation and
    // recorded; the store is sound again once it is put back.
    void storeCheckFindsChangedCode()
    {
        auto maint = signIn(u"maint"_s);
        QVERIFY2(maint.ok(), qPrintable(maint.ok() ? QString() : maint.error().message));
        const auto check = [&] {
            auto c = checkDepartmentStore(*maint.value(), false);
            if (!c)
                qFatal("store check: %s", qPrintable(c.error().message));
            return c.value();
        };
        const DepartmentStoreCheck clean = check();
        if (!clean.code.none()) {
            // A migration changed the code: store_code.txt says what it was.
            const QString made = QCoreApplication::applicationDirPath() + u"/store_code.txt"_s;
            QFile out(made);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((clean.code.store.join(u'\n') + u'\n').toUtf8());
            const auto some = [](const QStringList& names) {
                return names.mid(0, 5).join(u", "_s) + (names.size() > 5 ? u", ..."_s : QString());
            };
            QFAIL(qPrintable(u"the store's code is not store_code.txt's: changed %1; missing %2; "
                             "added %3. If a migration made the change, put the header of "
                             "core/store/pgschema/store_code.txt above the lines of %4"_s.arg(
                                 some(clean.code.changed), some(clean.code.missing),
                                 some(clean.code.added), made)));
        }
        QVERIFY(clean.code.store.size() > 300);
        QVERIFY(clean.intact());

        const auto superText = [](const QString& sql) {
            QSqlQuery q = superQuery(sql);
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString source =
            superText(u"SELECT prosrc FROM pg_proc WHERE oid = 'alpr.plate_tag_filter'::regproc"_s);
        QVERIFY(source.contains(u"required"_s));
        const QString partition =
            superText(u"SELECT c.relname || ' ' || t.tgname FROM pg_trigger t JOIN pg_class c"
                      " ON c.oid = t.tgrelid WHERE t.tgparentid <> 0 AND NOT t.tgisinternal"
                      " AND c.relname LIKE 'reads_2%'"
                      " ORDER BY 1 LIMIT 1"_s);
        QVERIFY2(!partition.isEmpty(), "no month table with a trigger");
        const QString monthTable = partition.section(u' ', 0, 0);
        const QString trigger = partition.section(u' ', 1, 1);
        superQuery(u"CREATE OR REPLACE FUNCTION alpr.plate_tag_filter(p_re text) RETURNS text"
                   " LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 'false'; END $$"_s);
        superQuery(u"GRANT SELECT ON alpr.reads TO alpr_workstation"_s);
        superQuery(u"GRANT SELECT (plate) ON alpr.plates TO alpr_workstation"_s);
        // Its name moves the cursor of a terminal that prints it raw.
        superQuery(u"CREATE FUNCTION alpr_api.U&\"peek\\001B[2J\"() RETURNS bigint LANGUAGE sql"
                   " SECURITY DEFINER AS 'SELECT count(*) FROM alpr.reads'"_s);
        superQuery(u"ALTER TABLE alpr.%1 DISABLE TRIGGER %2"_s.arg(monthTable, trigger));

        const DepartmentStoreCheck found = check();
        QCOMPARE(found.code.changed, (QStringList{u"function alpr.plate_tag_filter(p_re text)"_s,
                                                  u"table alpr.plates"_s, u"table alpr.reads"_s,
                                                  u"trigger alpr.reads %1"_s.arg(trigger)}));
        QCOMPARE(found.code.added, QStringList{u"function alpr_api.peek\x1b[2J()"_s});
        QVERIFY(found.code.missing.isEmpty());
        QVERIFY(found.found.none());
        QVERIFY(!found.intact());
        QVERIFY(found.lines().contains(u"code added: function alpr_api.peek\\x1b[2J()"_s));
        QCOMPARE(
            superCount(u"SELECT count(*) FROM alpr.audit_events WHERE action = 'store-check'"
                       " AND outcome = 'failure' AND details->'code'->'changed'"
                       " ? 'function alpr.plate_tag_filter(p_re text)'"
                       " AND details->'code'->'added' ? U&'function alpr_api.peek\\001B[2J()'"_s),
            1);

        superQuery(u"CREATE OR REPLACE FUNCTION alpr.plate_tag_filter(p_re text) RETURNS text"
                   " LANGUAGE plpgsql IMMUTABLE AS $alpr_saved$%1$alpr_saved$"_s.arg(source));
        superQuery(u"REVOKE SELECT ON alpr.reads FROM alpr_workstation"_s);
        superQuery(u"REVOKE SELECT (plate) ON alpr.plates FROM alpr_workstation"_s);
        superQuery(u"DROP FUNCTION alpr_api.U&\"peek\\001B[2J\"()"_s);
        superQuery(u"ALTER TABLE alpr.%1 ENABLE TRIGGER %2"_s.arg(monthTable, trigger));
        const DepartmentStoreCheck restored = check();
        QVERIFY2(restored.code.none(), qPrintable(restored.code.changed.join(u", "_s)));
        QVERIFY(restored.intact());

        // Each object is compared by name: one gone, one new, one other.
        const DepartmentCodeDifferences d =
            compareStoreCode({u"00000000000000000000000000000001 function alpr.a()"_s,
                              u"00000000000000000000000000000009 function alpr.c()"_s},
                             {u"00000000000000000000000000000001 function alpr.a()"_s,
                              u"00000000000000000000000000000002 function alpr.b()"_s,
                              u"00000000000000000000000000000003 function alpr.c()"_s});
        QCOMPARE(d.missing, QStringList{u"function alpr.b()"_s});
        QCOMPARE(d.changed, QStringList{u"function alpr.c()"_s});
        QVERIFY(d.added.isEmpty());
    }

    void superuserRewriteIsCaught()
    {
        // The trigger stops even the owner; a superuser can remove it.
        QVERIFY(!QSqlQuery(QSqlDatabase::database(kSuper))
                     .exec(u"UPDATE alpr.audit_events SET outcome = 'success' WHERE seq = 3"_s));
        QVERIFY(!QSqlQuery(QSqlDatabase::database(kSuper)).exec(u"TRUNCATE alpr.audit_events"_s));
        superQuery(u"ALTER TABLE alpr.audit_events DISABLE TRIGGER USER"_s);
        const qint64 target = superCount(u"SELECT min(seq) FROM alpr.audit_events WHERE action ="
                                         " 'search' AND username = 'det'"_s);
        QVERIFY(target > 0);
        superQuery(u"UPDATE alpr.audit_events SET details = jsonb_set(details, '{case}',"
                   " '\"26-999999\"') WHERE seq = %1"_s.arg(target));
        const AuditVerification v = verifyTrail();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, target);
        superQuery(u"ALTER TABLE alpr.audit_events ENABLE TRIGGER USER"_s);
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(kSuper); }
};

QTEST_GUILESS_MAIN(TestDepartmentStore)
#include "tst_department_store.moc"
