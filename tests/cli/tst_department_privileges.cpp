// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// What a modified client can do to the department store with psql and the
// workstations' login role: no table of schema alpr, no internal function,
// no role switch; every alpr_api function refuses without a sign-in and
// gives no plate; signed in, a plate or an image comes only with its access
// record, refusals are recorded, and the trail cannot be written or
// rewritten (the append-only trigger even for the superuser; a DBA who turns
// it off is caught by 'audit verify'). A login role that is not a
// workstation's cannot even connect. Every table and function is found in
// the catalog, so one added later is covered without touching this test.
#include "../support/anchorlistener.h"
#include "../support/clirunner.h"
#include "../support/pgtestserver.h"

#include "auditing/auditsample.h"
#include "store/departmentlink.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDatabase = u"alpr"_s;
const QString kClient = u"alpr_client"_s;
const QString kClientPassword = u"client-pw"_s;
// A second workstation login role, granted alpr_workstation by hand.
const QString kStation = u"station2"_s;
const QString kStationPassword = u"station2-pw"_s;
// A login role of the cluster that is no workstation's.
const QString kOutsider = u"outsider"_s;
const QString kOutsiderPassword = u"outsider-pw"_s;

const QString kChiefPassword = u"correct horse battery staple"_s;
const QString kDetectivePassword = u"my own detective pw 77"_s;
const QString kAuditorPassword = u"my own auditor pw 1234"_s;

// Real webhook output of an OpenALPR camera (tests/data/ingest names its source and licence).
QString fixture()
{
    return QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/alpr_group_v2.json");
}

QString sqlLiteral(const QString& text)
{
    return PgTestServer::quoteLiteral(text);
}

// Each statement in its own transaction, rolled back: what a hole would
// let through changes nothing for the checks after it.
QString rolledBack(const QString& statement)
{
    return u"BEGIN;\n"_s + statement + u";\nROLLBACK;"_s;
}

struct Probe
{
    QString what; // the statement, as reported
    QString sql;  // what psql runs
};

} // namespace

class TestDepartmentPrivileges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_superStore;
    QString m_clientStore;
    QStringList m_tables;
    QStringList m_plates;
    qint64 m_readId = 0;
    qint64 m_searchId = 0; // det1's search of the set-up, which returned m_readId

    // psql as the superuser on the store's database: the rows, or a failed test.
    QStringList superRows(const QString& sql) { return PgTestServer::superRows(kDatabase, sql); }

    QString superValue(const QString& sql)
    {
        const QStringList rows = superRows(sql);
        return rows.isEmpty() ? QString() : rows.first();
    }

    CliRun alprctl(const QString& user, const QString& password, const QStringList& args,
                   const QMap<QString, QString>& extra = {})
    {
        QMap<QString, QString> env = extra;
        env.insert(u"ALPR_PASSWORD"_s, password);
        env.insert(u"PGPASSWORD"_s, kClientPassword);
        return runAlprctl(QStringList{u"--store"_s, m_clientStore, u"--user"_s, user} + args, env);
    }

    // Runs probes as role in one session; the per-probe results.
    QList<PgTestServer::PsqlStatementResult> run(const QString& role, const QString& password,
                                                 const QList<Probe>& probes,
                                                 const QStringList& before = {})
    {
        QStringList statements = before;
        for (const Probe& p : probes)
            statements.append(p.sql);
        QString preamble;
        auto results =
            PgTestServer::psqlStatements(role, password, kDatabase, statements, &preamble);
        if (!preamble.trimmed().isEmpty())
            qWarning("psql as %s before the first statement: %s", qPrintable(role),
                     qPrintable(preamble));
        return results.mid(before.size());
    }

    // A call of the store's API, and, when it answered {"pending": N} (it
    // records first and answers once that has committed), the answer
    // alpr_api.result(N) then gives: psql runs each statement in a
    // transaction of its own, as alprctl does.
    static QString answered(const QString& call)
    {
        return u"\\unset answer\nSELECT (%1)::text AS answer \\gset\n"
               "SELECT CASE WHEN :'answer'::jsonb ? 'pending' THEN "
               "alpr_api.result((:'answer'::jsonb->>'pending')::bigint)::text "
               "ELSE :'answer' END;"_s.arg(call);
    }

    // The probes that must each fail with "permission denied": the ones that
    // did not, one line each with what they printed.
    static QStringList notDenied(const QList<Probe>& probes,
                                 const QList<PgTestServer::PsqlStatementResult>& results)
    {
        QStringList holes;
        for (qsizetype i = 0; i < probes.size(); ++i) {
            const auto& r = results.value(i);
            if (!r.err.contains(u"permission denied"_s))
                holes.append(
                    u"%1 was not refused with \"permission denied\": out [%2] err [%3]"_s.arg(
                        probes[i].what, r.out.trimmed().left(300), r.err.trimmed().left(300)));
        }
        return holes;
    }

    // SELECT on every table, every write on every table, role switches.
    QList<Probe> m_tableProbes;
    QList<Probe> tableProbes()
    {
        if (!m_tableProbes.isEmpty())
            return m_tableProbes;
        QList<Probe> probes;
        for (const QString& t : std::as_const(m_tables)) {
            const QString table = u"alpr."_s + PgTestServer::quoteIdentifier(t);
            const QString column = PgTestServer::quoteIdentifier(superValue(
                u"SELECT column_name FROM information_schema.columns WHERE table_schema = 'alpr' "
                "AND table_name = %1 AND is_identity = 'NO' ORDER BY ordinal_position LIMIT 1"_s
                    .arg(sqlLiteral(t))));
            for (const QString& sql : {u"SELECT * FROM %1 LIMIT 1"_s.arg(table),
                                       u"INSERT INTO %1 DEFAULT VALUES"_s.arg(table),
                                       u"UPDATE %1 SET %2 = %2"_s.arg(table, column),
                                       u"DELETE FROM %1"_s.arg(table), u"TRUNCATE %1"_s.arg(table)})
                probes.append({sql, rolledBack(sql)});
        }
        for (const QString& sql :
             {u"SET ROLE alpr_owner"_s, u"SET SESSION AUTHORIZATION alpr_owner"_s,
              u"SET SESSION AUTHORIZATION %1"_s.arg(
                  PgTestServer::quoteIdentifier(PgTestServer::superUser())),
              u"CREATE TEMP TABLE forged(x int)"_s, u"CREATE TABLE public.forged(x int)"_s,
              u"CREATE TABLE alpr_api.forged(x int)"_s,
              u"CREATE FUNCTION alpr_api.forged() RETURNS int "
              "LANGUAGE sql AS 'SELECT 1'"_s})
            probes.append({sql, rolledBack(sql)});
        m_tableProbes = probes;
        return probes;
    }

    // Every function of schema alpr (the internal ones, pgcrypto's,
    // fuzzystrmatch's), called with NULL of each argument's type.
    QList<Probe> internalFunctionProbes()
    {
        QList<Probe> probes;
        const QStringList calls = superRows(
            u"SELECT format('SELECT alpr.%I(%s)', p.proname, "
            "coalesce(string_agg('NULL::' || format_type(t.type, NULL), ', ' ORDER BY t.n), '')) "
            "FROM pg_proc p LEFT JOIN LATERAL unnest(p.proargtypes::oid[]) WITH ORDINALITY "
            "AS t(type, n) ON true WHERE p.pronamespace = 'alpr'::regnamespace "
            "AND p.prokind = 'f' GROUP BY p.oid, p.proname ORDER BY 1"_s);
        for (const QString& call : calls)
            probes.append({call, rolledBack(call)});
        return probes;
    }

    // Each function of alpr_api: its name and its argument types.
    QList<QPair<QString, QStringList>> apiFunctions()
    {
        QList<QPair<QString, QStringList>> functions;
        const QStringList rows = superRows(
            u"SELECT p.proname || '|' || coalesce(string_agg(format_type(t.type, NULL), ',' "
            "ORDER BY t.n), '') FROM pg_proc p LEFT JOIN LATERAL "
            "unnest(p.proargtypes::oid[]) WITH ORDINALITY AS t(type, n) ON true "
            "WHERE p.pronamespace = 'alpr_api'::regnamespace GROUP BY p.oid, p.proname "
            "ORDER BY 1"_s);
        for (const QString& row : rows) {
            const QString name = row.section(u'|', 0, 0);
            const QString args = row.section(u'|', 1);
            functions.append({name, args.isEmpty() ? QStringList() : args.split(u',')});
        }
        return functions;
    }

    // A plausible forged value of a type: another user's name, read 1, a
    // search that matches every plate.
    static QString forged(const QString& type, qsizetype index)
    {
        if (type == u"text"_s)
            return index == 0 ? u"'chief'"_s : u"'26-004211'"_s;
        if (type == u"bigint"_s || type == u"integer"_s)
            return u"1"_s;
        if (type == u"jsonb"_s || type == u"json"_s)
            return u"'{\"pattern\": \"A*\", \"limit\": 100}'::jsonb"_s;
        if (type == u"text[]"_s)
            return u"'{administrator}'::text[]"_s;
        if (type == u"bytea"_s)
            return u"'\\x00112233445566778899aabbccddeeff00112233'::bytea"_s;
        if (type == u"boolean"_s)
            return u"true"_s;
        return u"NULL::"_s + type;
    }

    // Calls of every alpr_api function with forged arguments: all NULL, then
    // plausible values, then the values a real client would send.
    QList<Probe> apiProbes()
    {
        QList<Probe> probes;
        for (const auto& [name, types] : apiFunctions()) {
            QStringList nulls;
            QStringList plausible;
            for (qsizetype i = 0; i < types.size(); ++i) {
                nulls.append(u"NULL::"_s + types[i]);
                plausible.append(forged(types[i], i));
            }
            // sign_in('chief', a wrong password, ...) counts toward chief's
            // lockout: once for each role, well under five.
            QList<QStringList> variants{nulls, plausible};
            if (name == u"search"_s)
                variants.append({u"'26-004211'"_s, u"'criminal-investigation'"_s,
                                 u"'{\"pattern\": \"A*\"}'::jsonb"_s, u"''"_s});
            if (name == u"open_read"_s)
                variants.append({QString::number(m_readId), QString::number(m_searchId),
                                 u"'plate'"_s, u"false"_s});
            if (name == u"audit_page"_s)
                variants.append({u"1"_s, u"0"_s, u"5000"_s, u"'{\"user\": \"chief\"}'::jsonb"_s});
            for (const QStringList& args : variants) {
                const QString call = u"alpr_api.%1(%2)"_s.arg(name, args.join(u", "_s));
                probes.append({u"SELECT "_s + call, answered(call)});
            }
        }
        return probes;
    }

    // The plates of the results, or the empty list.
    QStringList platesIn(const QString& text) const
    {
        QStringList found;
        for (const QString& plate : m_plates)
            if (text.contains(plate))
                found.append(plate);
        return found;
    }

    // Events of the trail matching the condition.
    int events(const QString& where)
    {
        return superValue(u"SELECT count(*) FROM alpr.audit_events WHERE "_s + where).toInt();
    }

    // The error code an API call returned, or "raised: ..." when it raised.
    static QString errorOf(const PgTestServer::PsqlStatementResult& r)
    {
        if (r.err.contains(u"ERROR"_s))
            return u"raised: "_s + r.err.trimmed();
        const QJsonObject answer = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        return answer.value(u"error"_s).toObject().value(u"code"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(), "CTest runs this test under pg_virtualenv -t");
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(fixture()), qPrintable(fixture()));
        QVERIFY(PgTestServer::createDatabase(kDatabase));
        int exitCode = -1;
        QString out = PgTestServer::psql(PgTestServer::superUser(), PgTestServer::superPassword(),
                                         u"postgres"_s,
                                         u"CREATE ROLE alpr_client LOGIN PASSWORD 'client-pw'; "
                                         "CREATE ROLE station2 LOGIN PASSWORD 'station2-pw'; "
                                         "CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw';"_s,
                                         &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));

        const QString at = u"@%1:%2/alpr"_s.arg(PgTestServer::host()).arg(PgTestServer::port());
        m_superStore = u"postgresql://"_s + PgTestServer::superUser() + at;
        m_clientStore = u"postgresql://"_s + kClient + at;
        CliRun r = runAlprctl({u"--store"_s, m_superStore, u"pg"_s, u"init"_s, u"--admin"_s,
                               u"chief"_s, u"--login-role"_s, kClient, u"--extension"_s,
                               PgTestServer::extensionPath()},
                              {{u"ALPR_PASSWORD"_s, kChiefPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        superRows(u"GRANT alpr_workstation TO station2"_s);

        // A detective and an auditor, trained, with their own passwords.
        for (const auto& [user, role, password] :
             {std::tuple{u"det1"_s, u"detective"_s, kDetectivePassword},
              std::tuple{u"aud1"_s, u"auditor"_s, kAuditorPassword}}) {
            const QString temporary = u"temporary horse battery 42 "_s + role;
            r = alprctl(u"chief"_s, kChiefPassword,
                        {u"user"_s, u"add"_s, user, u"--roles"_s, role, u"--full-name"_s, user},
                        {{u"ALPR_NEW_PASSWORD"_s, temporary}});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            r = alprctl(u"chief"_s, kChiefPassword,
                        {u"user"_s, u"train"_s, user, u"--course"_s, u"ALPR basics"_s,
                         u"--completed"_s, u"2026-01-01"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            r = alprctl(user, temporary, {u"user"_s, u"passwd"_s, user},
                        {{u"ALPR_NEW_PASSWORD"_s, password}});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        // The ingest service account (its generated password in a new
        // file) imports a read with its images.
        const QString passwordFile = m_dir.filePath(u"ingest.pw"_s);
        r = alprctl(u"chief"_s, kChiefPassword,
                    {u"user"_s, u"add"_s, u"ing"_s, u"--roles"_s, u"ingest"_s, u"--password-file"_s,
                     passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runAlprctl({u"--store"_s, m_clientStore, u"--user"_s, u"ing"_s, u"--password-file"_s,
                        passwordFile, u"import"_s, u"reads"_s, fixture()},
                       {{u"PGPASSWORD"_s, kClientPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = alprctl(u"det1"_s, kDetectivePassword,
                    {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                     u"criminal-investigation"_s, u"A424761"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        m_tables = superRows(u"SELECT tablename FROM pg_tables WHERE schemaname = 'alpr' "
                             "ORDER BY 1"_s);
        QVERIFY2(m_tables.size() >= 15, qPrintable(m_tables.join(u' ')));
        // Plates of fewer than 4 characters could be in any answer by chance.
        m_plates = superRows(u"SELECT plate FROM alpr.plates WHERE length(plate) >= 4"_s);
        QVERIFY2(!m_plates.isEmpty(), "the import stored no plate");
        m_readId = superValue(u"SELECT min(r.id) FROM alpr.reads r JOIN alpr.images i "
                              "ON i.read_id = r.id AND i.kind = 'plate'"_s)
                       .toLongLong();
        QVERIFY2(m_readId > 0, "the import stored no read with a plate image");
        m_searchId = superValue(u"SELECT s.id FROM alpr.searches s JOIN alpr.search_reads sr "
                                "ON sr.search_id = s.id AND sr.read_id = %1 ORDER BY s.id "
                                "LIMIT 1"_s.arg(m_readId))
                         .toLongLong();
        QVERIFY2(m_searchId > 0, "det1's search did not return the read");
        qInfo("%lld tables, %lld plates, read %lld found by search %lld",
              qlonglong(m_tables.size()), qlonglong(m_plates.size()), m_readId, m_searchId);
    }

    void workstationRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("alpr_client (pg init --login-role)") << kClient << kClientPassword;
        QTest::newRow("station2 (GRANT alpr_workstation)") << kStation << kStationPassword;
    }

    // 1. Not signed in: no table, no internal function, no other role.
    void notSignedInTablesAndInternals_data() { workstationRoles_data(); }
    void notSignedInTablesAndInternals()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        const QList<Probe> probes = tableProbes() + internalFunctionProbes();
        QVERIFY(probes.size() > m_tables.size() * 5);
        const auto results = run(role, password, probes);
        const QStringList holes = notDenied(probes, results);
        QVERIFY2(holes.isEmpty(), qPrintable(u"as %1: "_s.arg(role) + holes.join(u"\n"_s)));
        qInfo("%lld statements refused", qlonglong(probes.size()));
    }

    // 2. Not signed in: every API function, with forged arguments, refuses
    // and gives no plate.
    void notSignedInApi_data() { workstationRoles_data(); }
    void notSignedInApi()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        const int before = events(u"true"_s);
        const QList<Probe> probes = apiProbes();
        const auto results = run(role, password, probes);
        QStringList holes;
        for (qsizetype i = 0; i < probes.size(); ++i) {
            const auto& r = results.value(i);
            const QString code = errorOf(r);
            // Signing out without a session does nothing and says so with {}.
            const bool harmless = probes[i].what.startsWith(u"SELECT alpr_api.sign_out("_s) &&
                                  r.out.trimmed() == u"{}"_s;
            if (code.isEmpty() && !harmless)
                holes.append(u"%1 answered without an error: %2"_s.arg(probes[i].what,
                                                                       r.out.trimmed().left(300)));
            if (const QStringList p = platesIn(r.out + r.err); !p.isEmpty())
                holes.append(u"%1 gave plates %2"_s.arg(probes[i].what, p.join(u' ')));
            if (probes[i].what.startsWith(u"SELECT alpr_api.sign_in('chief'"_s) &&
                code != u"failed"_s)
                holes.append(u"%1: not a failed sign-in: %2"_s.arg(probes[i].what, code));
        }
        QVERIFY2(holes.isEmpty(), qPrintable(u"as %1: "_s.arg(role) + holes.join(u"\n"_s)));
        // Failed sign-ins are recorded; nothing else was done.
        QCOMPARE(events(u"seq > %1 AND action <> 'sign-in'"_s.arg(before)), 0);
        QVERIFY(events(u"seq > %1 AND action = 'sign-in' AND outcome = 'failure'"_s.arg(before)) >
                0);
        qInfo("%lld calls refused", qlonglong(probes.size()));
    }

    // 3. Signed in as a detective: still no table; a plate or an image only
    // with its record; refusals recorded; no event of the client's making.
    void signedInDetective()
    {
        const int before = events(u"true"_s);
        const QString signIn = answered(u"alpr_api.sign_in('det1', %1, NULL, 'privileges')"_s.arg(
            sqlLiteral(kDetectivePassword)));
        QList<Probe> api{
            {u"search A*"_s, answered(u"alpr_api.search('26-777001', 'criminal-investigation', "
                                      "'{\"pattern\": \"A*\"}', 'privileges')"_s)},
            {u"search for no plate"_s,
             u"SELECT alpr_api.search('26-777002', 'criminal-investigation', "
             "'{\"pattern\": \"QQ9QQ9Q\"}', '')::text AS answer \\gset\n"
             "SELECT alpr_api.result((:'answer'::jsonb->>'pending')::bigint)::text "
             "AS empty_answer \\gset\n"
             "SELECT (:'empty_answer'::jsonb->>'search_id') AS empty_search \\gset\n"
             "\\echo :empty_answer"_s},
            {u"open_read under a search that did not return it"_s,
             answered(u"alpr_api.open_read(%1, :empty_search, NULL, false)"_s.arg(m_readId))},
            {u"open_read of its image under a search that did not return it"_s,
             answered(u"alpr_api.open_read(%1, :empty_search, 'plate', false)"_s.arg(m_readId))},
            {u"open_read under a forged search id"_s,
             answered(u"alpr_api.open_read(%1, %2, 'plate', false)"_s.arg(m_readId).arg(m_searchId +
                                                                                        1000))},
            {u"open_read of the image under det1's search"_s,
             answered(
                 u"alpr_api.open_read(%1, %2, 'plate', false)"_s.arg(m_readId).arg(m_searchId))},
            {u"audit_open"_s, answered(u"alpr_api.audit_open('audit')"_s)},
            {u"record_event audit-verify"_s,
             u"SELECT alpr_api.record_event('audit-verify', 'trail', "
             "'{\"intact\": true}', 'success')::text;"_s},
            {u"record_event search"_s, u"SELECT alpr_api.record_event('search', 'search', "
                                       "'{\"case\": \"26-777009\"}', 'success')::text;"_s},
            {u"the search's own temporary table"_s,
             u"BEGIN;\nSELECT alpr_api.search('26-777003', 'criminal-investigation', "
             "'{\"pattern\": \"A*\"}', '') IS NOT NULL;\n"
             "SELECT * FROM pg_temp.matched;\nROLLBACK;"_s},
        };
        const QList<Probe> denied = tableProbes() + internalFunctionProbes();
        const auto results = run(u"alpr_client"_s, kClientPassword, api + denied, {signIn});
        QCOMPARE(results.size(), api.size() + denied.size());
        auto result = [&](int i) { return results.at(i); };

        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'sign-in' AND outcome = "
                        "'success'"_s.arg(before)),
                 1);
        // Still no table, no function, no role.
        QStringList holes = notDenied(denied, results.mid(api.size()));
        QVERIFY2(holes.isEmpty(), qPrintable(u"signed in as det1: "_s + holes.join(u"\n"_s)));

        // A search returns plates, and its record is in the trail and in
        // alpr.searches.
        QVERIFY2(!platesIn(result(0).out).isEmpty(),
                 qPrintable(u"search A*: "_s + result(0).out.left(300) + result(0).err));
        QCOMPARE(
            events(u"seq > %1 AND action = 'search' AND username = 'det1' AND outcome = "
                   "'success' AND details->>'case' = '26-777001' AND details->>'purpose' = "
                   "'criminal-investigation' AND details->>'note' = 'privileges'"_s.arg(before)),
            1);
        QCOMPARE(
            superValue(u"SELECT count(*) FROM alpr.searches s JOIN alpr.users u ON "
                       "u.id = s.user_id WHERE u.username = 'det1' AND s.case_number = "
                       "'26-777001' AND s.result_count > 0 AND s.audit_seq > %1"_s.arg(before)),
            u"1"_s);
        const QJsonObject none = QJsonDocument::fromJson(result(1).out.trimmed().toUtf8()).object();
        QVERIFY2(none.contains(u"count"_s) && none.value(u"count"_s).toInt(-1) == 0,
                 qPrintable(result(1).out + result(1).err));

        // Reads and images outside det1's searches: refused, and recorded.
        for (int i : {2, 3, 4}) {
            QVERIFY2(errorOf(result(i)) == u"denied"_s,
                     qPrintable(api[i].what + u": "_s + result(i).out + result(i).err));
            QVERIFY2(platesIn(result(i).out).isEmpty(), qPrintable(api[i].what));
            QVERIFY2(!result(i).out.contains(u"jpeg"_s), qPrintable(api[i].what));
        }
        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'view-read' AND object = "
                        "'read:%2' AND outcome = 'refused'"_s.arg(before)
                            .arg(m_readId)),
                 1);
        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'view-image' AND object = "
                        "'read:%2' AND outcome = 'refused'"_s.arg(before)
                            .arg(m_readId)),
                 2);
        // The image under det1's own search: given, and recorded.
        const QJsonObject image =
            QJsonDocument::fromJson(result(5).out.trimmed().toUtf8()).object();
        QVERIFY2(!image.value(u"jpeg"_s).toString().isEmpty(),
                 qPrintable(result(5).out.left(300) + result(5).err));
        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'view-image' AND object = "
                        "'read:%2' AND outcome = 'success' AND details->>'case' = '26-004211' "
                        "AND (details->>'search')::bigint = %3"_s.arg(before)
                            .arg(m_readId)
                            .arg(m_searchId)),
                 1);

        // The trail: refused to a detective, and the refusal recorded.
        QCOMPARE(errorOf(result(6)), u"denied"_s);
        QVERIFY(!result(6).out.contains(u"\"events\""_s));
        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'read-audit' AND outcome = "
                        "'refused' AND details->>'purpose' = 'audit'"_s.arg(before)),
                 1);
        // No event of the client's making.
        QVERIFY2(!errorOf(result(7)).isEmpty(), qPrintable(result(7).out));
        QVERIFY2(!errorOf(result(8)).isEmpty(), qPrintable(result(8).out));
        QCOMPARE(events(u"seq > %1 AND action = 'audit-verify'"_s.arg(before)), 0);
        QCOMPARE(events(u"seq > %1 AND details->>'case' = '26-777009'"_s.arg(before)), 0);
        // The search's scratch table is the owner's.
        QVERIFY2(result(9).err.contains(u"permission denied"_s),
                 qPrintable(result(9).out + result(9).err));

        // Nothing was recorded in another user's name.
        QCOMPARE(events(u"seq > %1 AND username <> 'det1'"_s.arg(before)), 0);
    }

    // 3a. An administrator's own client cannot save retention rules the
    // workstation refuses: the server checks them, and a shorter period
    // without the confirmed count, again.
    void retentionRulesCheckedOnTheServer()
    {
        superValue(u"INSERT INTO alpr.training(user_id, course, completed_on) SELECT id, "
                   "'ALPR use', current_date - 1 FROM alpr.users WHERE username = 'chief' "
                   "RETURNING user_id"_s);
        const QString signIn = answered(
            u"alpr_api.sign_in('chief', %1, NULL, 'privileges')"_s.arg(sqlLiteral(kChiefPassword)));
        auto rules = [](int mobile, const QString& mobilePolicy, int fixed, int fixedImages) {
            return u"'{\"mobile\": {\"read_days\": %1, \"image_days\": %1, \"policy\": \"%2\"},"
                   " \"fixed\": {\"read_days\": %3, \"image_days\": %4, \"policy\": "
                   "\"Los Altos 462.5\"}, \"unknown\": {\"read_days\": 30, \"image_days\": "
                   "30, \"policy\": \"San Leandro 418.5\"}}'::jsonb"_s.arg(mobile)
                       .arg(mobilePolicy)
                       .arg(fixed)
                       .arg(fixedImages);
        };
        const QList<Probe> probes{
            {u"a mobile period cut short under the default section"_s,
             answered(u"alpr_api.retention_set(%1, 0)"_s.arg(
                 rules(30, u"San Leandro 418.5"_s, 30, 30)))},
            {u"images kept longer than their reads"_s,
             answered(u"alpr_api.retention_set(%1, 0)"_s.arg(
                 rules(365, u"San Leandro 418.5"_s, 30, 60)))},
            {u"a fourth kind"_s,
             answered(u"alpr_api.retention_set('{\"mobile\": {}, \"fixed\": {}, "
                      "\"unknown\": {}, \"drone\": {}}', 0)"_s)},
            {u"a shorter period, unconfirmed"_s, answered(u"alpr_api.retention_set(%1, NULL)"_s.arg(
                                                     rules(365, u"San Leandro 418.5"_s, 20, 20)))},
            {u"a shorter period, confirmed with a wrong count"_s,
             answered(u"alpr_api.retention_set(%1, 12345)"_s.arg(
                 rules(365, u"San Leandro 418.5"_s, 20, 20)))},
        };
        const auto results = run(u"alpr_client"_s, kClientPassword, probes, {signIn});
        QCOMPARE(results.size(), probes.size());
        const QStringList expected{u"invalid"_s, u"invalid"_s, u"invalid"_s, u"conflict"_s,
                                   u"conflict"_s};
        for (qsizetype i = 0; i < probes.size(); ++i)
            QVERIFY2(
                errorOf(results.at(i)) == expected.at(i),
                qPrintable(probes.at(i).what + u": "_s + results.at(i).out + results.at(i).err));
        QCOMPARE(superValue(u"SELECT count(*) FROM alpr.settings WHERE key LIKE 'retention.%'"_s),
                 u"0"_s);
        // chief untrained again, as the tests after this one know him.
        superValue(u"DELETE FROM alpr.training WHERE user_id = (SELECT id FROM alpr.users WHERE "
                   "username = 'chief') RETURNING user_id"_s);
    }

    // 3a. A modified client skips the workstation's checks of purposes,
    // settings and hot-list entries: the server makes them again, the
    // prohibited uses too, read the way a person reads the text.
    void settingsAndPurposesCheckedOnTheServer()
    {
        superValue(u"INSERT INTO alpr.training(user_id, course, completed_on) SELECT id, "
                   "'ALPR use', current_date - 1 FROM alpr.users WHERE username = 'chief' "
                   "RETURNING user_id"_s);
        CliRun r = alprctl(u"chief"_s, kChiefPassword,
                           {u"hotlist"_s, u"create"_s, u"Screened BOLOs"_s, u"--kind"_s,
                            u"department"_s, u"--purpose"_s, u"criminal-investigation"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const int before = events(u"true"_s);
        const QString settingsBefore =
            superValue(u"SELECT string_agg(key || '=' || value, ';' ORDER BY key) "
                       "FROM alpr.settings"_s);
        const QString signIn = answered(
            u"alpr_api.sign_in('chief', %1, NULL, 'privileges')"_s.arg(sqlLiteral(kChiefPassword)));
        const auto purpose = [](const QString& code, const QString& description,
                                const QString& roles = u"\"detective\""_s) {
            return answered(u"alpr_api.purpose_save(%1::jsonb)"_s.arg(
                sqlLiteral(u"{\"code\": \"%1\", \"description\": \"%2\", \"roles\": [%3]}"_s.arg(
                    code, description, roles))));
        };
        const auto settings = [](const QString& pattern, const QString& example,
                                 const QString& misread, int holdMinutes) {
            return answered(u"alpr_api.department_settings_set(%1::jsonb)"_s.arg(
                sqlLiteral(u"{\"case_number_pattern\": \"%1\", \"case_number_example\": \"%2\", "
                           "\"misread_table\": \"%3\", \"hotlist_stale_hours\": 24, "
                           "\"alert_hold_minutes\": %4, \"alert_escalate_minutes\": 5}"_s
                               .arg(pattern, example, misread)
                               .arg(holdMinutes))));
        };
        const QList<Probe> probes{
            // Full-width I, Cyrillic С and Е, dots between the letters.
            {u"a purpose for \"I.C.E.\" in look-alike letters"_s,
             purpose(u"agents"_s, u"Help for \uFF29.\u0421.\u0415. agents"_s)},
            // A Cyrillic е and a zero-width space.
            {u"a purpose of personal use, disguised"_s,
             purpose(u"mine"_s, u"P\u0435rsonal\u200B use of the system"_s)},
            {u"a purpose an administrator would give"_s,
             purpose(u"oversight"_s, u"Oversight of the system"_s, u"\"administrator\""_s)},
            {u"a case number format that is no expression"_s,
             settings(u"(["_s, u"26-004211"_s, u""_s, 30)},
            {u"a case number format that accepts no case number"_s,
             settings(u"[0-9]*"_s, u"26"_s, u""_s, 30)},
            {u"a misread table with a character twice"_s,
             settings(u"[0-9]{2}-[0-9]{6}"_s, u"26-004211"_s, u"0OQ 1I0"_s, 30)},
            {u"alerts held two minutes"_s,
             settings(u"[0-9]{2}-[0-9]{6}"_s, u"26-004211"_s, u"0OQ 1I"_s, 2)},
            {u"an ORI of no state"_s,
             answered(u"alpr_api.agency_settings_set('{\"name\": \"PD\", \"ori\": \"XX0431000\", "
                      "\"time_zone\": \"UTC\"}')"_s)},
            // Not prohibited: the weather.
            {u"a purpose about an ice storm"_s,
             purpose(u"ice-storm"_s, u"Ice storm damage survey"_s)},
        };
        const auto results = run(u"alpr_client"_s, kClientPassword, probes, {signIn});
        QCOMPARE(results.size(), probes.size());
        const QStringList expected{u"denied"_s,  u"denied"_s,  u"invalid"_s,
                                   u"invalid"_s, u"invalid"_s, u"invalid"_s,
                                   u"invalid"_s, u"invalid"_s, QString()};
        for (qsizetype i = 0; i < probes.size(); ++i)
            QVERIFY2(
                errorOf(results.at(i)) == expected.at(i),
                qPrintable(probes.at(i).what + u": "_s + results.at(i).out + results.at(i).err));
        QVERIFY2(results.at(0).out.contains(u"immigration enforcement"_s),
                 qPrintable(results.at(0).out));
        QVERIFY2(results.at(1).out.contains(u"personal use"_s), qPrintable(results.at(1).out));
        QCOMPARE(superValue(u"SELECT string_agg(code, ',' ORDER BY code) FROM alpr.purposes "
                            "WHERE code IN ('agents', 'mine', 'oversight', 'ice-storm')"_s),
                 u"ice-storm"_s);
        QCOMPARE(superValue(u"SELECT string_agg(key || '=' || value, ';' ORDER BY key) "
                            "FROM alpr.settings"_s),
                 settingsBefore);
        // The refusals of a prohibited use are in the trail, as the workstation's are.
        QCOMPARE(events(u"seq > %1 AND action = 'purpose-saved' AND outcome = 'refused' AND "
                        "details->>'reason' LIKE 'immigration enforcement%'"_s.arg(before)),
                 1);

        // A BOLO "to assist ICE", entered past the workstation's screen.
        const QString detective =
            answered(u"alpr_api.sign_in('det1', %1, NULL, 'privileges')"_s.arg(
                sqlLiteral(kDetectivePassword)));
        const QList<Probe> entries{
            {u"a BOLO whose synopsis names immigration enforcement"_s,
             answered(u"alpr_api.hotlist_entry_add('{\"list\": \"Screened BOLOs\", \"plate\": "
                      "\"7ABC123\", \"case\": \"26-004211\", \"reason\": \"Wanted\", \"synopsis\": "
                      "\"To a\u0455sist the ICE\", \"expires\": \"%1\"}')"_s.arg(
                          QDate::currentDate().addDays(30).toString(Qt::ISODate)))},
        };
        // A format without ^ and $ still matches the whole case number.
        superValue(u"UPDATE alpr.settings SET value = '[0-9]{2}-[0-9]{6}' WHERE key = "
                   "'case_number_pattern' RETURNING key"_s);
        const QList<Probe> searches{
            {u"a search under a case number with more around it"_s,
             answered(u"alpr_api.search('x26-0042119', 'criminal-investigation', "
                      "'{\"pattern\": \"A*\"}', '')"_s)},
        };
        const QList<Probe> notes{
            {u"a search whose note holds a Social Security number"_s,
             answered(u"alpr_api.search('26-004211', 'criminal-investigation', "
                      "'{\"pattern\": \"A*\"}', 'owner 123-45-6789')"_s)},
            {u"a case title with a date of birth"_s,
             answered(u"alpr_api.case_title_set('26-004211', 'Victim DOB 4/3/1990')"_s)},
        };
        const auto added =
            run(u"alpr_client"_s, kClientPassword, entries + searches + notes, {detective});
        superValue(u"UPDATE alpr.settings SET value = '^[0-9]{2}-[0-9]{4,8}$' WHERE key = "
                   "'case_number_pattern' RETURNING key"_s);
        QCOMPARE(added.size(), 4);
        for (int i : {2, 3})
            QVERIFY2(
                errorOf(added.at(i)) == u"invalid"_s,
                qPrintable(notes.at(i - 2).what + u": "_s + added.at(i).out + added.at(i).err));
        QVERIFY2(added.at(2).out.contains(u"Social Security number"_s),
                 qPrintable(added.at(2).out));
        QVERIFY2(added.at(3).out.contains(u"date of birth"_s), qPrintable(added.at(3).out));
        // Neither reached the trail, nor the case's title.
        QCOMPARE(events(u"details::text LIKE '%6789%' OR details::text LIKE '%1990%'"_s), 0);
        QCOMPARE(superValue(u"SELECT count(*) FROM alpr.case_titles"_s), u"0"_s);
        QVERIFY2(errorOf(added.at(0)) == u"denied"_s,
                 qPrintable(added.at(0).out + added.at(0).err));
        QVERIFY2(!errorOf(added.at(1)).isEmpty() && added.at(1).out.contains(u"format"_s),
                 qPrintable(added.at(1).out + added.at(1).err));
        QCOMPARE(superValue(u"SELECT count(*) FROM alpr.hot_list_entries"_s), u"0"_s);
        QCOMPARE(events(u"seq > %1 AND action = 'hotlist-entry-added' AND outcome = 'refused' "
                        "AND username = 'det1'"_s.arg(before)),
                 1);
        superValue(u"DELETE FROM alpr.training WHERE user_id = (SELECT id FROM alpr.users WHERE "
                   "username = 'chief') RETURNING user_id"_s);
    }

    // 3c. The server signs an evidence package with the agency's key only
    // for the export it recorded, once, and only a manifest whose images are
    // the ones it stores for the package's reads; no other session goes on
    // with the package.
    void evidenceSignedOnlyForTheStoresImages()
    {
        const QString clerkPassword = u"my own records pw 5678"_s;
        const QString temporary = u"temporary horse battery 42 records"_s;
        CliRun r = alprctl(u"chief"_s, kChiefPassword,
                           {u"user"_s, u"add"_s, u"rec1"_s, u"--roles"_s, u"records"_s,
                            u"--full-name"_s, u"rec1"_s},
                           {{u"ALPR_NEW_PASSWORD"_s, temporary}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = alprctl(u"chief"_s, kChiefPassword,
                    {u"user"_s, u"train"_s, u"rec1"_s, u"--course"_s, u"ALPR basics"_s,
                     u"--completed"_s, u"2026-01-01"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = alprctl(u"rec1"_s, temporary, {u"user"_s, u"passwd"_s, u"rec1"_s},
                    {{u"ALPR_NEW_PASSWORD"_s, clerkPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // The manifest an honest workstation writes for the read's images.
        const QStringList lines = superRows(
            u"SELECT encode(alpr.digest(jpeg, 'sha256'), 'hex') || '  data/images/' || read_id "
            "|| '-' || kind || '.jpg' FROM alpr.images WHERE read_id = %1 ORDER BY kind"_s.arg(
                m_readId));
        QVERIFY(!lines.isEmpty());
        const QString manifest = lines.join(u'\n') + u"\n"_s;
        const QString tag =
            QString::fromLatin1(
                QCryptographicHash::hash(manifest.toUtf8(), QCryptographicHash::Sha256).toHex()) +
            u"  manifest-sha256.txt\n"_s;
        QString wrong = manifest;
        wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
        const QString otherRead =
            u"%1  data/images/%2-plate.jpg\n"_s.arg(QString(64, u'a')).arg(m_readId + 1000);
        const auto sign = [](const QString& manifestText, const QString& tagText) {
            return u"SELECT alpr_api.evidence_sign(:'package', %1, %2)::text;"_s.arg(
                sqlLiteral(manifestText), sqlLiteral(tagText));
        };
        const QString signIn = answered(
            u"alpr_api.sign_in('rec1', %1, NULL, 'privileges')"_s.arg(sqlLiteral(clerkPassword)));
        const QString start =
            u"SELECT alpr_api.evidence_start('{\"case\": \"26-004211\", \"purpose\": "
            "\"criminal-investigation\", \"reads\": [%1], \"folder\": \"/media/usb\"}')::text "
            "AS answer \\gset\n"
            "SELECT alpr_api.result((:'answer'::jsonb->>'pending')::bigint)->>'package' AS "
            "package \\gset"_s.arg(m_readId);
        const QList<Probe> probes{
            {u"a manifest with another digest for an image"_s, sign(wrong, tag)},
            {u"a manifest without the read's images"_s, sign(u""_s, tag)},
            {u"a manifest with another read's image"_s, sign(manifest + otherRead, tag)},
            {u"a tag manifest that does not list the manifest"_s, sign(manifest, u"x\n"_s)},
            {u"an end with a tag manifest never signed"_s,
             u"SELECT alpr_api.evidence_finish(:'package', '{\"status\": \"exported\", "
             "\"tagmanifest_sha256\": \"%1\"}')::text;"_s.arg(QString(64, u'b'))},
            {u"the honest manifest"_s, sign(manifest, tag)},
            {u"the honest manifest, again"_s, sign(manifest, tag)},
            {u"the package's name, for the next session"_s, u"SELECT :'package';"_s},
        };
        const auto results = run(u"alpr_client"_s, kClientPassword, probes, {signIn, start});
        QCOMPARE(results.size(), probes.size());
        const QStringList expected{u"invalid"_s, u"invalid"_s, u"invalid"_s, u"invalid"_s,
                                   u"invalid"_s, QString(),    u"conflict"_s};
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(
                errorOf(results.at(i)) == expected.at(i),
                qPrintable(probes.at(i).what + u": "_s + results.at(i).out + results.at(i).err));
        QVERIFY2(results.at(5).out.contains(u"\"signature\""_s), qPrintable(results.at(5).out));
        const QString package = results.at(7).out.trimmed();
        QVERIFY2(package.startsWith(u"ev-"_s), qPrintable(package));

        // Another session, another user: neither the images nor a signature.
        const QString detective =
            answered(u"alpr_api.sign_in('det1', %1, NULL, 'privileges')"_s.arg(
                sqlLiteral(kDetectivePassword)));
        const QList<Probe> others{
            {u"another user's package's image"_s,
             u"SELECT alpr_api.evidence_image(%1, %2, 'plate')::text;"_s.arg(sqlLiteral(package))
                 .arg(m_readId)},
            {u"an export by a detective"_s,
             answered(u"alpr_api.evidence_start('{\"case\": \"26-004211\", \"purpose\": "
                      "\"criminal-investigation\", \"reads\": [%1]}')"_s.arg(m_readId))},
        };
        const auto refused = run(u"alpr_client"_s, kClientPassword, others, {detective});
        QCOMPARE(errorOf(refused.value(0)), u"not-found"_s);
        QCOMPARE(errorOf(refused.value(1)), u"denied"_s);
        QCOMPARE(superValue(u"SELECT count(*) FROM alpr.audit_events WHERE action = "
                            "'evidence-signed' AND object = 'evidence:%1'"_s.arg(package)),
                 u"1"_s);
        QCOMPARE(
            superValue(u"SELECT status FROM alpr.evidence_packages WHERE id = '%1'"_s.arg(package)),
            u"started"_s);
    }

    // 3b. A client controls its transaction: nothing may be told inside a
    // transaction it could roll back. A search, a view or a sign-in records
    // first and answers only when asked again after that record committed,
    // from a transaction that has written nothing.
    // 3d. The policy audit's sample is the server's draw: a detective
    // cannot draw one, an auditor cannot choose its events, its items are the
    // ones its signed event names, a finding and a memo are checked again,
    // and the server's draw is the workstation's, position for position.
    void auditSamplesDrawnByTheServer()
    {
        // The server's draw (alpr_pg.so) against the workstation's
        // (drawPositions), for seeds past 2^63 and a population of millions.
        for (const auto& [seed, population, size] :
             {std::tuple{quint64(424242), qint64(12), 10}, std::tuple{quint64(0), qint64(1), 10},
              std::tuple{~quint64(0), qint64(7), 5},
              std::tuple{quint64(0x8000000000000001ULL), qint64(1000003), 1000},
              std::tuple{quint64(99), qint64(0), 5}}) {
            QStringList expected;
            for (qint64 position : drawPositions(seed, population, size))
                expected.append(QString::number(position));
            const QString server =
                superValue(u"SELECT array_to_string(alpr.alpr_draw_positions(%1, %2, %3), ',')"_s
                               .arg(qint64(seed))
                               .arg(population)
                               .arg(size));
            QCOMPARE(server, expected.join(u','));
        }

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString half = u"%1-H%2"_s.arg(today.year()).arg(today.month() <= 6 ? 1 : 2);
        const auto draw = [&half](const QString& size, const QString& seed,
                                  const QString& period = {}) {
            return answered(u"alpr_api.audit_sample_draw('searches', %1, %2, %3)"_s.arg(
                sqlLiteral(period.isEmpty() ? half : period), size, seed));
        };
        const int before = events(u"true"_s);
        const auto asDetective =
            run(u"alpr_client"_s, kClientPassword,
                {{u"a detective draws a sample"_s, draw(u"10"_s, u"'7'"_s)}},
                {answered(u"alpr_api.sign_in('det1', %1, NULL, 'privileges')"_s.arg(
                    sqlLiteral(kDetectivePassword)))});
        QCOMPARE(errorOf(asDetective.value(0)), u"denied"_s);
        QCOMPARE(events(u"seq > %1 AND username = 'det1' AND action = 'read-audit' AND "
                        "outcome = 'refused'"_s.arg(before)),
                 1);

        const QList<Probe> probes{
            {u"a sample of the policy minimum, seed 7"_s, draw(u"0"_s, u"'7'"_s)},
            {u"the same again"_s, draw(u"10"_s, u"'7'"_s)},
            {u"the largest seed"_s, draw(u"10"_s, u"'18446744073709551615'"_s)},
            {u"a seed past 64 bits"_s, draw(u"10"_s, u"'18446744073709551616'"_s)},
            {u"a negative seed"_s, draw(u"10"_s, u"'-1'"_s)},
            {u"fewer than the policy minimum"_s, draw(u"2"_s, u"'7'"_s)},
            {u"a period that is none"_s, draw(u"10"_s, u"'7'"_s, u"2026-H3"_s)},
            {u"a period to come"_s, draw(u"10"_s, u"'7'"_s, u"2099-Q1"_s)},
            {u"a period with no searches"_s, draw(u"10"_s, u"'7'"_s, u"2001-Q1"_s)},
            {u"a sample read without opening the trail"_s,
             answered(u"alpr_api.audit_sample(1, 1, true)"_s)},
            {u"a violation without a note"_s,
             answered(u"alpr_api.audit_finding(1, 1, '{\"result\": \"violation\"}')"_s)},
            {u"a note with a Social Security number"_s,
             answered(u"alpr_api.audit_finding(1, 1, '{\"result\": \"follow-up\", "
                      "\"note\": \"owner 123-45-6789\"}')"_s)},
            {u"an answer that is not yes or no"_s,
             answered(u"alpr_api.audit_finding(1, 1, '{\"result\": \"complies\", "
                      "\"case_real\": \"yes\"}')"_s)},
            {u"an item the sample does not have"_s,
             answered(u"alpr_api.audit_finding(1, 99, '{\"result\": \"complies\"}')"_s)},
            {u"a memo with a hash the trail never had"_s,
             answered(u"alpr_api.audit_memo_record(1, '{\"trail_latest_hash\": \"%1\", "
                      "\"trail_events\": 1, \"trail_intact\": true, \"data_errors\": 0, "
                      "\"pdf\": \"memo.pdf\"}')"_s.arg(QString(64, u'a')))},
            {u"a finding that complies"_s,
             answered(u"alpr_api.audit_finding(1, 1, '{\"result\": \"complies\", "
                      "\"case_real\": true, \"query_consistent\": null}')"_s)},
        };
        const auto results =
            run(u"alpr_client"_s, kClientPassword, probes,
                {answered(u"alpr_api.sign_in('aud1', %1, NULL, 'privileges')"_s.arg(
                    sqlLiteral(kAuditorPassword)))});
        QCOMPARE(results.size(), probes.size());
        const QStringList expected{QString(),    QString(),      QString(),    u"invalid"_s,
                                   u"invalid"_s, u"invalid"_s,   u"invalid"_s, u"invalid"_s,
                                   u"invalid"_s, u"denied"_s,    u"invalid"_s, u"invalid"_s,
                                   u"invalid"_s, u"not-found"_s, u"invalid"_s, QString()};
        for (qsizetype i = 0; i < probes.size(); ++i)
            QVERIFY2(
                errorOf(results.at(i)) == expected.at(i),
                qPrintable(probes.at(i).what + u": "_s + results.at(i).out + results.at(i).err));
        QVERIFY2(results.at(8).out.contains(u"no search inquiries in 2001-Q1"_s),
                 qPrintable(results.at(8).out));
        QCOMPARE(events(u"details::text LIKE '%6789%'"_s), 0);

        // Samples 1 and 2 (same seed) took the same events; each sample's
        // items are the ones its signed event lists.
        const auto items = [this](int id) {
            return superValue(u"SELECT string_agg(event_seq::text, ',' ORDER BY item) FROM "
                              "alpr.audit_sample_items WHERE sample_id = %1"_s.arg(id));
        };
        QVERIFY(!items(1).isEmpty());
        QCOMPARE(items(2), items(1));
        for (int id : {1, 2, 3})
            QCOMPARE(superValue(u"SELECT string_agg(i->>1, ',' ORDER BY (i->>0)::int) FROM "
                                "alpr.audit_events e, jsonb_array_elements(e.details->'items') i "
                                "WHERE e.seq = (SELECT audit_seq FROM alpr.audit_samples WHERE "
                                "id = %1)"_s.arg(id)),
                     items(id));
        QCOMPARE(superValue(u"SELECT seed::text FROM alpr.audit_samples WHERE id = 3"_s),
                 u"18446744073709551615"_s);
        QCOMPARE(superValue(u"SELECT finding || ',' || case_real || ',' || reviewed_by FROM "
                            "alpr.audit_sample_items WHERE sample_id = 1 AND item = 1"_s),
                 u"complies,true,aud1"_s);
        QCOMPARE(
            events(u"seq > %1 AND action = 'audit-finding' AND username = 'aud1'"_s.arg(before)),
            1);
        QCOMPARE(events(u"action = 'audit-memo'"_s), 0);
    }

    // 3e. The account rules an administrator sets are the server's: a
    // forged value is refused, a temporary password under the length is
    // refused, the lockout holds until an administrator unlocks, and a
    // second factor for everyone stops whoever has none.
    void accountRulesKeptByTheServer()
    {
        const QString chief = answered(
            u"alpr_api.sign_in('chief', %1, NULL, 'privileges')"_s.arg(sqlLiteral(kChiefPassword)));
        const auto policy = [](const QString& json) {
            return answered(u"alpr_api.account_policy_set(%1::jsonb)"_s.arg(sqlLiteral(json)));
        };
        const QString strict = u"{\"password_min_length\": 16, \"lockout_seconds\": 0, "
                               "\"idle_lock_minutes\": 15, \"totp_required\": false}"_s;
        const QList<Probe> probes{
            {u"a lockout of one minute"_s,
             policy(u"{\"password_min_length\": 12, \"lockout_seconds\": 60, "
                    "\"idle_lock_minutes\": 30, \"totp_required\": false}"_s)},
            {u"an idle lock of 45 minutes"_s,
             policy(u"{\"password_min_length\": 12, \"lockout_seconds\": 600, "
                    "\"idle_lock_minutes\": 45, \"totp_required\": false}"_s)},
            {u"passwords of 4 characters"_s,
             policy(u"{\"password_min_length\": 4, \"lockout_seconds\": 600, "
                    "\"idle_lock_minutes\": 30, \"totp_required\": false}"_s)},
            {u"a second factor of \"yes\""_s,
             policy(u"{\"password_min_length\": 12, \"lockout_seconds\": 600, "
                    "\"idle_lock_minutes\": 30, \"totp_required\": \"yes\"}"_s)},
            {u"passwords of 16, locked until unlocked"_s, policy(strict)},
            {u"a new account with a password of 15"_s,
             answered(u"alpr_api.user_add('tmp1', 'Tmp', '', '', '{detective}', "
                      "'fifteen-chars-x')"_s)},
            {u"a new account with a password of 16"_s,
             answered(u"alpr_api.user_add('tmp1', 'Tmp', '', '', '{detective}', "
                      "'sixteen-chars-xy')"_s)},
        };
        const auto results = run(u"alpr_client"_s, kClientPassword, probes, {chief});
        QCOMPARE(results.size(), probes.size());
        const QStringList expected{u"invalid"_s, u"invalid"_s, u"invalid"_s, u"invalid"_s,
                                   QString(),    u"invalid"_s, QString()};
        for (qsizetype i = 0; i < probes.size(); ++i)
            QVERIFY2(
                errorOf(results.at(i)) == expected.at(i),
                qPrintable(probes.at(i).what + u": "_s + results.at(i).out + results.at(i).err));
        QVERIFY2(results.at(5).out.contains(u"at least 16 characters"_s),
                 qPrintable(results.at(5).out));
        QCOMPARE(superValue(u"SELECT details->'before'->>'lockout_seconds' || '>' || "
                            "(details->>'lockout_seconds') FROM alpr.audit_events WHERE object = "
                            "'settings:accounts' ORDER BY seq DESC LIMIT 1"_s),
                 u"600>0"_s);

        // Five wrong passwords: locked until an administrator unlocks; the
        // right one then is refused too.
        QList<Probe> attempts;
        for (int i = 0; i < 5; ++i)
            attempts.append({u"a wrong password"_s,
                             answered(u"alpr_api.sign_in('tmp1', 'wrong-password-guess', NULL, "
                                      "'privileges')"_s)});
        attempts.append({u"the right password, locked"_s,
                         answered(u"alpr_api.sign_in('tmp1', 'sixteen-chars-xy', NULL, "
                                  "'privileges')"_s)});
        const auto tried = run(u"alpr_client"_s, kClientPassword, attempts);
        QCOMPARE(tried.size(), attempts.size());
        QCOMPARE(errorOf(tried.at(4)), u"locked"_s);
        QVERIFY2(tried.at(5).out.contains(u"until an administrator unlocks it"_s),
                 qPrintable(tried.at(5).out));
        QCOMPARE(superValue(u"SELECT locked_until = '9999-12-31 00:00:00+00' FROM alpr.users "
                            "WHERE username = 'tmp1'"_s),
                 u"t"_s);

        // A second factor for everyone: det1, who has none, may not search.
        const auto everyone =
            run(u"alpr_client"_s, kClientPassword,
                {{u"a second factor for everyone"_s,
                  policy(u"{\"password_min_length\": 16, \"lockout_seconds\": 0, "
                         "\"idle_lock_minutes\": 15, \"totp_required\": true}"_s)}},
                {chief});
        QCOMPARE(errorOf(everyone.value(0)), QString());
        const CliRun searched = alprctl(u"det1"_s, kDetectivePassword,
                                        {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                         u"criminal-investigation"_s, u"A424761"_s});
        QVERIFY2(searched.exitCode != 0, qPrintable(searched.out));
        QVERIFY2(searched.err.contains(u"second factor"_s), qPrintable(searched.err));
        QVERIFY(platesIn(searched.out).isEmpty());

        // Back to the defaults, for the tests after this one.
        superValue(u"DELETE FROM alpr.settings WHERE key IN ('password_min_length', "
                   "'lockout_seconds', 'idle_lock_minutes', 'totp_required') RETURNING key"_s);
    }

    void recordsSurviveTheClientsRollback()
    {
        const int before = events(u"true"_s);
        const QString signIn = answered(u"alpr_api.sign_in('det1', %1, NULL, 'privileges')"_s.arg(
            sqlLiteral(kDetectivePassword)));
        // Asked for inside the transaction that recorded it, then rolled back.
        const auto inside = [](const QString& call, const QString& begin, const QString& end) {
            return begin +
                   u"\nSELECT (%1)::text AS answer \\gset\n"
                   "SELECT alpr_api.result((:'answer'::jsonb->>'pending')::bigint)::text;\n"_s.arg(
                       call) +
                   end;
        };
        const QList<Probe> api{
            {u"BEGIN; search; result; ROLLBACK"_s,
             inside(u"alpr_api.search('26-777004', 'criminal-investigation', "
                    "'{\"pattern\": \"A*\"}', '')"_s,
                    u"BEGIN;"_s, u"ROLLBACK;"_s)},
            {u"BEGIN; open_read image; result; ROLLBACK"_s,
             inside(u"alpr_api.open_read(%1, %2, 'plate', false)"_s.arg(m_readId).arg(m_searchId),
                    u"BEGIN;"_s, u"ROLLBACK;"_s)},
            {u"SAVEPOINT; search; result; ROLLBACK TO; COMMIT"_s,
             inside(u"alpr_api.search('26-777005', 'criminal-investigation', "
                    "'{\"pattern\": \"A*\"}', '')"_s,
                    u"BEGIN;\nSAVEPOINT s;"_s, u"ROLLBACK TO s;\nCOMMIT;"_s)},
            {u"the rolled-back search's answer, asked for afterwards"_s,
             u"SELECT alpr_api.result((:'answer'::jsonb->>'pending')::bigint)::text;"_s},
        };
        const auto results = run(u"alpr_client"_s, kClientPassword, api, {signIn});
        for (qsizetype i = 0; i < api.size(); ++i) {
            const auto& r = results.value(i);
            QVERIFY2(platesIn(r.out).isEmpty(), qPrintable(api[i].what + u": "_s + r.out));
            QVERIFY2(!r.out.contains(u"jpeg"_s), qPrintable(api[i].what + u": "_s + r.out));
            QVERIFY2(!errorOf(r).isEmpty(), qPrintable(api[i].what + u": "_s + r.out + r.err));
        }
        QCOMPARE(
            events(u"seq > %1 AND details->>'case' IN ('26-777004', '26-777005')"_s.arg(before)),
            0);

        // Guesses inside a transaction learn nothing, whether the password
        // was right or wrong ...
        QList<Probe> guesses;
        for (const QString& guess : {u"'guess 1'"_s, sqlLiteral(kDetectivePassword)})
            guesses.append({u"BEGIN; sign_in(det1, %1); result; ROLLBACK"_s.arg(guess),
                            inside(u"alpr_api.sign_in('det1', %1, NULL, 'guesser')"_s.arg(guess),
                                   u"BEGIN;"_s, u"ROLLBACK;"_s)});
        const auto guessed = run(u"alpr_client"_s, kClientPassword, guesses);
        for (qsizetype i = 0; i < guesses.size(); ++i) {
            QCOMPARE(errorOf(guessed.value(i)), u"invalid"_s);
            QVERIFY2(!guessed.value(i).out.contains(u"account"_s),
                     qPrintable(guessed.value(i).out));
        }
        // ... and those it lets commit to learn their outcome count: the
        // fifth locks the account.
        QList<Probe> committed;
        for (int i = 1; i <= 5; ++i)
            committed.append(
                {u"sign_in(det1, wrong %1)"_s.arg(i),
                 answered(u"alpr_api.sign_in('det1', 'wrong %1', NULL, 'guesser')"_s.arg(i))});
        const auto outcomes = run(u"alpr_client"_s, kClientPassword, committed);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(errorOf(outcomes.value(i)), u"failed"_s);
        QCOMPARE(errorOf(outcomes.value(4)), u"locked"_s);
        QCOMPARE(
            superValue(u"SELECT locked_until > now() FROM alpr.users WHERE username = 'det1'"_s),
            u"t"_s);
        // det1 can sign in again for the checks after.
        superRows(u"UPDATE alpr.users SET locked_until = NULL, failed_sign_ins = 0 "
                  "WHERE username = 'det1'"_s);
    }

    // The grants themselves, as the catalog has them: a probe with NULL
    // arguments proves little on its own (the planner folds a STRICT
    // function of NULL to NULL without calling it, or checking EXECUTE), so
    // no workstation role may hold any privilege in schema alpr, nor create
    // anything anywhere in the database.
    void catalogGrantsNothingInternal_data() { workstationRoles_data(); }
    void catalogGrantsNothingInternal()
    {
        QFETCH(QString, role);
        const QString r = sqlLiteral(role);
        const QStringList granted = superRows(
            u"SELECT 'schema alpr: ' || p FROM unnest(ARRAY['USAGE', 'CREATE']) p "
            " WHERE has_schema_privilege(%1, 'alpr', p) "
            "UNION ALL SELECT 'schema ' || n || ': CREATE' FROM unnest(ARRAY['alpr_api', "
            "'public']) n WHERE has_schema_privilege(%1, n, 'CREATE') "
            "UNION ALL SELECT 'database: ' || p FROM unnest(ARRAY['CREATE', 'TEMPORARY']) p "
            " WHERE has_database_privilege(%1, current_database(), p) "
            "UNION ALL SELECT 'table ' || c.oid::regclass || ': ' || p FROM pg_class c, "
            "unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', "
            "'TRIGGER']) p WHERE c.relnamespace = 'alpr'::regnamespace "
            "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND has_table_privilege(%1, c.oid, p) "
            "UNION ALL SELECT 'sequence ' || c.oid::regclass || ': ' || p FROM pg_class c, "
            "unnest(ARRAY['USAGE', 'SELECT', 'UPDATE']) p WHERE c.relnamespace = "
            "'alpr'::regnamespace AND c.relkind = 'S' AND has_sequence_privilege(%1, c.oid, p) "
            "UNION ALL SELECT 'function ' || p.oid::regprocedure || ': EXECUTE' FROM pg_proc p "
            "WHERE p.pronamespace = 'alpr'::regnamespace "
            "AND has_function_privilege(%1, p.oid, 'EXECUTE') "
            "UNION ALL SELECT 'role ' || b.rolname || ': member' FROM pg_roles b "
            "WHERE b.rolname IN ('alpr_owner', %2) AND pg_has_role(%1, b.oid, 'MEMBER') "
            "ORDER BY 1"_s.arg(r, sqlLiteral(PgTestServer::superUser())));
        QVERIFY2(granted.isEmpty(), qPrintable(u"%1 holds:\n"_s.arg(role) + granted.join(u'\n')));
        // What it is meant to hold: EXECUTE on the API, through alpr_workstation.
        QCOMPARE(
            superValue(u"SELECT bool_and(has_function_privilege(%1, p.oid, 'EXECUTE')) "
                       "FROM pg_proc p WHERE p.pronamespace = 'alpr_api'::regnamespace"_s.arg(r)),
            u"t"_s);
    }

    // 5. A login role that is not a workstation's cannot connect.
    void outsiderCannotConnect()
    {
        QString preamble;
        int exitCode = -1;
        const auto results = PgTestServer::psqlStatements(
            kOutsider, kOutsiderPassword, kDatabase,
            {u"SELECT alpr_api.whoami()::text;"_s, u"SELECT count(*) FROM alpr.users;"_s},
            &preamble, &exitCode);
        const QString all = preamble + results.value(0).err + results.value(0).out;
        QVERIFY2(exitCode != 0, qPrintable(all));
        QVERIFY2(all.contains(u"permission denied for database \"alpr\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"CONNECT privilege"_s), qPrintable(all));
        QVERIFY2(platesIn(all).isEmpty(), qPrintable(all));
    }

    // Other sessions' statements are not shown to a workstation's role.
    void otherSessionsQueriesHidden()
    {
        struct Other
        {
            QString connection;
            QString user;
            QString password;
            QString marker;
        };
        const QList<Other> others{
            {u"priv-super"_s, PgTestServer::superUser(), PgTestServer::superPassword(),
             u"marker-of-the-superuser"_s},
            {u"priv-station2"_s, kStation, kStationPassword, u"marker-of-station2"_s},
        };
        // Another workstation of the same login role, calling the store as
        // the program does: its values travel as parameters, so what the
        // shared role can see of its statement is placeholders. (Literals a
        // person types into psql under that role would show; see the README.)
        const QString sameRoleMarker = u"marker-of-alpr-client"_s;
        auto address = DepartmentAddress::parse(
            u"postgresql://%1:%2@%3:%4/%5"_s.arg(kClient, kClientPassword, PgTestServer::host(),
                                                 QString::number(PgTestServer::port()), kDatabase));
        QVERIFY(address.ok());
        auto sameRole = DepartmentLink::connect(address.value());
        QVERIFY2(sameRole.ok(), qPrintable(sameRole.ok() ? QString() : sameRole.error().message));
        QVERIFY(!sameRole.value()
                     ->call("sign_in",
                            {DepartmentArg::text(u"det1"_s), DepartmentArg::text(sameRoleMarker),
                             DepartmentArg::null("text"), DepartmentArg::text(sameRoleMarker)})
                     .ok());
        for (const Other& o : others) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, o.connection);
            db.setHostName(PgTestServer::host());
            db.setPort(PgTestServer::port());
            db.setUserName(o.user);
            db.setPassword(o.password);
            db.setDatabaseName(kDatabase);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT '%1'"_s.arg(o.marker)));
        }
        int exitCode = -1;
        const QString seen = PgTestServer::psql(
            kClient, kClientPassword, kDatabase,
            u"SELECT coalesce(string_agg(usename || ': ' || coalesce(query, '(null)'), E'\\n'), "
            "'') FROM pg_catalog.pg_stat_activity WHERE pid <> pg_backend_pid()"_s,
            &exitCode);
        for (const Other& o : others)
            QSqlDatabase::removeDatabase(o.connection);
        QCOMPARE(exitCode, 0);
        QVERIFY2(!seen.contains(others[0].marker), qPrintable(seen));
        QVERIFY2(!seen.contains(others[1].marker), qPrintable(seen));
        QVERIFY2(!seen.contains(sameRoleMarker), qPrintable(seen));
        QVERIFY2(seen.contains(u"alpr_api.sign_in($1::text"_s) ||
                     seen.contains(u"alpr_api.result($1"_s),
                 qPrintable(seen));
        // det1's wrong password counted: put it back for the checks after.
        superRows(u"UPDATE alpr.users SET failed_sign_ins = 0 WHERE username = 'det1'"_s);
    }

    // 4. The trail: append-only even for the superuser; a DBA who turns the
    // trigger off and rewrites an event is caught by 'audit verify'.
    void trailAppendOnlyAndTamperingDetected()
    {
        const QString seq = superValue(u"SELECT max(seq) FROM alpr.audit_events WHERE action = "
                                       "'search' AND username = 'det1'"_s);
        QVERIFY(!seq.isEmpty());
        const QList<Probe> probes{
            {u"UPDATE"_s,
             rolledBack(u"UPDATE alpr.audit_events SET details = '{}' WHERE seq = "_s + seq)},
            {u"DELETE"_s, rolledBack(u"DELETE FROM alpr.audit_events WHERE seq = "_s + seq)},
            {u"TRUNCATE"_s, rolledBack(u"TRUNCATE alpr.audit_events"_s)},
        };
        const auto results = run(PgTestServer::superUser(), PgTestServer::superPassword(), probes);
        for (qsizetype i = 0; i < probes.size(); ++i)
            QVERIFY2(results.value(i).err.contains(u"append-only"_s),
                     qPrintable(u"as the superuser, %1 on alpr.audit_events: %2 %3"_s.arg(
                         probes[i].what, results.value(i).out, results.value(i).err)));

        CliRun r = alprctl(u"aud1"_s, kAuditorPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The untrained chief may not: the training gate, on the server.
        r = alprctl(u"chief"_s, kChiefPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));

        // Anchors go to a socket standing in for the department's syslog:
        // one now, and one at each sign-out after.
        AnchorListener syslog(m_dir.filePath(u"syslog.sock"_s));
        superValue(u"INSERT INTO alpr.training(user_id, course, completed_on) SELECT id, "
                   "'ALPR use', current_date - 1 FROM alpr.users WHERE username = 'chief' "
                   "RETURNING user_id"_s);
        r = alprctl(u"chief"_s, kChiefPassword,
                    {u"store"_s, u"anchor"_s, u"--target"_s, syslog.target()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        superValue(u"DELETE FROM alpr.training WHERE user_id = (SELECT id FROM alpr.users WHERE "
                   "username = 'chief') RETURNING user_id"_s);
        r = alprctl(u"aud1"_s, kAuditorPassword, {u"store"_s, u"anchor"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(syslog.target()), qPrintable(r.out));
        const QByteArray anchors = syslog.drain();
        // chief's two (the change and the sign-out), aud1's two.
        QVERIFY2(anchors.count("ALPR-ANCHOR") >= 4, anchors.constData());
        QFile anchorFile(m_dir.filePath(u"anchors.log"_s));
        QVERIFY(anchorFile.open(QIODevice::WriteOnly));
        anchorFile.write(anchors);
        anchorFile.close();
        r = alprctl(u"aud1"_s, kAuditorPassword,
                    {u"audit"_s, u"verify"_s, u"--anchors"_s, anchorFile.fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // A DBA turns the triggers off and changes an event: caught by its hash.
        superRows(u"ALTER TABLE alpr.audit_events DISABLE TRIGGER USER; "
                  "UPDATE alpr.audit_events SET details = details || '{\"case\": \"26-000000\"}' "
                  "WHERE seq = %1; ALTER TABLE alpr.audit_events ENABLE TRIGGER USER;"_s.arg(seq));
        r = alprctl(u"aud1"_s, kAuditorPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2((r.out + r.err).contains(u"event %1 was changed after it was written"_s.arg(seq)),
                 qPrintable(r.out + r.err));

        // A DBA who also reads the trail key chains and signs everything
        // after it again: the trail verifies, and only the anchors tell.
        superRows(
            u"ALTER TABLE alpr.audit_events DISABLE TRIGGER USER; "
            "DO $$ DECLARE e record; v_prev text; v_hash text; "
            "v_seed bytea := (SELECT seed FROM alpr.server_keys WHERE name = 'trail'); "
            "BEGIN SELECT hash INTO v_prev FROM alpr.audit_events WHERE seq = %1 - 1; "
            "FOR e IN SELECT * FROM alpr.audit_events WHERE seq >= %1 ORDER BY seq LOOP "
            "v_hash := encode(sha256(convert_to(v_prev || E'\\n' || alpr.canonical_json("
            "jsonb_build_object('seq', e.seq, 'at', alpr.event_time_text(e.at), 'user', "
            "e.username, 'workstation', e.workstation, 'action', e.action, 'object', e.object, "
            "'details', e.details, 'outcome', e.outcome, 'signer', e.signer)), 'UTF8')), 'hex'); "
            "UPDATE alpr.audit_events SET prev_hash = v_prev, hash = v_hash, signature = "
            "translate(encode(alpr.alpr_ed25519_sign(v_seed, convert_to(v_hash, 'UTF8')), "
            "'base64'), E'\\n', '') WHERE seq = e.seq; v_prev := v_hash; END LOOP; END $$; "
            "ALTER TABLE alpr.audit_events ENABLE TRIGGER USER;"_s.arg(seq));
        r = alprctl(u"aud1"_s, kAuditorPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = alprctl(u"aud1"_s, kAuditorPassword,
                    {u"audit"_s, u"verify"_s, u"--anchors"_s, anchorFile.fileName()});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2((r.out + r.err).contains(u"the trail was rewritten"_s), qPrintable(r.out + r.err));
    }

    // 6. A new trail key, when someone who could read the old one leaves:
    // the old key signs the hand-over, then nothing the trail accepts.
    void trailKeyRotated()
    {
        const QString oldSeed =
            superValue(u"SELECT encode(seed, 'hex') FROM alpr.server_keys WHERE name = 'trail'"_s);
        CliRun r = alprctl(u"det1"_s, kDetectivePassword,
                           {u"pg"_s, u"rotate-trail-key"_s, u"--reason"_s, u"DBA left"_s});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(alprctl(u"chief"_s, kChiefPassword, {u"pg"_s, u"rotate-trail-key"_s}).exitCode, 2);
        superValue(u"INSERT INTO alpr.training(user_id, course, completed_on) SELECT id, "
                   "'ALPR use', current_date - 1 FROM alpr.users WHERE username = 'chief' "
                   "RETURNING user_id"_s);
        r = alprctl(u"chief"_s, kChiefPassword,
                    {u"pg"_s, u"rotate-trail-key"_s, u"--reason"_s, u"DBA left"_s});
        superValue(u"DELETE FROM alpr.training WHERE user_id = (SELECT id FROM alpr.users WHERE "
                   "username = 'chief') RETURNING user_id"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"The trail key was replaced at event"_s), qPrintable(r.out));
        QVERIFY(superValue(u"SELECT encode(seed, 'hex') FROM alpr.server_keys WHERE name = "
                           "'trail'"_s) != oldSeed);
        QCOMPARE(superValue(u"SELECT details->>'reason' FROM alpr.audit_events WHERE action = "
                            "'key-rotated' AND username = 'chief'"_s),
                 u"DBA left"_s);
        // The trail verifies across the hand-over (the earlier tests'
        // re-signed tail included: that is what the anchors were for).
        r = alprctl(u"aud1"_s, kAuditorPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // Whoever kept the old seed appends an event signed with it: refused.
        superRows(
            u"ALTER TABLE alpr.audit_events DISABLE TRIGGER USER; "
            "DO $$ DECLARE h record; v_hash text; v_at timestamptz := clock_timestamp(); "
            "BEGIN SELECT seq, hash INTO h FROM alpr.audit_events ORDER BY seq DESC LIMIT 1; "
            "v_hash := encode(sha256(convert_to(h.hash || E'\\n' || alpr.canonical_json("
            "jsonb_build_object('seq', h.seq + 1, 'at', alpr.event_time_text(v_at), 'user', "
            "'det1', 'workstation', 'w', 'action', 'sign-out', 'object', 'user:det1', "
            "'details', '{}'::jsonb, 'outcome', 'success', 'signer', 'alpr-server')), 'UTF8')), "
            "'hex'); INSERT INTO alpr.audit_events VALUES (h.seq + 1, v_at, 'det1', 'w', "
            "'sign-out', 'user:det1', '{}', 'success', h.hash, v_hash, 'alpr-server', "
            "translate(encode(alpr.alpr_ed25519_sign(decode('%1', 'hex'), convert_to(v_hash, "
            "'UTF8')), 'base64'), E'\\n', '')); END $$; "
            "ALTER TABLE alpr.audit_events ENABLE TRIGGER USER;"_s.arg(oldSeed));
        r = alprctl(u"aud1"_s, kAuditorPassword, {u"audit"_s, u"verify"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2((r.out + r.err).contains(u"does not carry a valid signature"_s),
                 qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestDepartmentPrivileges)
#include "tst_department_privileges.moc"
