// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/departmentlink.h"

#include "store/departmentauditevents.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace alpr {

namespace {

// The numbered migrations, in order (core/store/pgschema).
const char* const kMigrations[] = {
    ":/pgschema/001_accounts_trail.sql",  ":/pgschema/002_users_reads_search.sql",
    ":/pgschema/003_migrated_store.sql",  ":/pgschema/004_retention.sql",
    ":/pgschema/005_hotlists.sql",        ":/pgschema/006_alerts.sql",
    ":/pgschema/007_settings.sql",        ":/pgschema/008_evidence.sql",
    ":/pgschema/009_canvass.sql",         ":/pgschema/010_changes.sql",
    ":/pgschema/011_samples.sql",         ":/pgschema/012_trail.sql",
    ":/pgschema/013_agents.sql",          ":/pgschema/014_change_notices.sql",
    ":/pgschema/015_read_months.sql",     ":/pgschema/016_search_answers.sql",
    ":/pgschema/017_search_at_scale.sql", ":/pgschema/018_alternative_readings.sql",
    ":/pgschema/019_store_check.sql",     ":/pgschema/020_gapped_tags.sql",
    ":/pgschema/021_store_code.sql",
};

// A SQL array literal of plain words ({a,b}); anything else is quoted.
QString arrayLiteral(const QStringList& items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + item + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

ErrorCode errorCodeFor(const QString& code)
{
    if (code == QLatin1String("denied") || code == QLatin1String("not-signed-in"))
        return ErrorCode::Denied;
    if (code == QLatin1String("failed") || code == QLatin1String("code-required"))
        return ErrorCode::AuthFailed;
    if (code == QLatin1String("locked"))
        return ErrorCode::Locked;
    if (code == QLatin1String("not-found"))
        return ErrorCode::NotFound;
    if (code == QLatin1String("exists") || code == QLatin1String("conflict"))
        return ErrorCode::Conflict;
    return ErrorCode::Invalid;
}

} // namespace

bool DepartmentAddress::isAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

Result<DepartmentAddress> DepartmentAddress::parse(const QString& text)
{
    // The text may hold a password: no message quotes it.
    const QUrl url(text, QUrl::StrictMode);
    DepartmentAddress a;
    if (!isAddress(text) || !url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "A department store is given as postgresql://HOST[:PORT]/DATABASE; "
                             "this address is not one"));
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.role = url.userName();
    a.password = url.password();
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "The department store address %1 names no database (…/DATABASE)")
                             .arg(a.display()));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslrootcert")) {
            a.caFile = value;
        } else if (key == QLatin1String("sslmode")) {
            if (value != QLatin1String("verify-full"))
                return makeError(ErrorCode::Invalid,
                                 QCoreApplication::translate(
                                     "alpr::DepartmentLink",
                                     "The department store is reached with TLS verify-full only, "
                                     "not sslmode=%1")
                                     .arg(value.left(20)));
        } else {
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "alpr::DepartmentLink",
                                 "The department store address %1 has an unknown option \"%2\"")
                                 .arg(a.display(), key.left(30)));
        }
    }
    if (!a.isLoopback() && a.caFile.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "The department store at %1 is reached over the network, so the "
                             "server is verified (TLS verify-full): add ?sslrootcert=CA-FILE to "
                             "the address, the file of the certificate authority that signed "
                             "the server's certificate")
                             .arg(a.host));
    if (!a.caFile.isEmpty() && !QFile::exists(a.caFile))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "alpr::DepartmentLink",
                                            "%1: no such CA file, for the department store at %2")
                                            .arg(a.caFile, a.host));
    return a;
}

bool DepartmentAddress::isLoopback() const
{
    static const QRegularExpression ipv4Loopback(
        QStringLiteral("^127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           ipv4Loopback.match(host).hasMatch();
}

QString DepartmentAddress::display() const
{
    QString out = QStringLiteral("postgresql://");
    if (!role.isEmpty())
        out += role + u'@';
    out += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 5432)
        out += u':' + QString::number(port);
    return out + u'/' + database;
}

DepartmentArg DepartmentArg::json(const QJsonObject& v)
{
    return jsonText(QJsonDocument(v).toJson(QJsonDocument::Compact));
}

DepartmentArg DepartmentArg::textArray(const QStringList& v)
{
    return {QVariant(arrayLiteral(v)), "text[]"};
}

DepartmentArg DepartmentArg::integerArray(const std::vector<qint64>& v)
{
    QString literal = QStringLiteral("{");
    for (qint64 n : v) {
        if (literal.size() > 1)
            literal += u',';
        literal += QString::number(n);
    }
    return {QVariant(literal + u'}'), "bigint[]"};
}

DepartmentLink::DepartmentLink(DepartmentAddress address, QString connectionName)
    : m_address(std::move(address)), m_connectionName(std::move(connectionName)),
      m_auditEvents(std::make_unique<DepartmentAuditEvents>(*this))
{
}

// The change notices being listened for (watchChanges).
struct DepartmentLink::Watch
{
    QPointer<QObject> receiver; // told only while it lives
    std::function<void()> onNotice;
    std::unique_ptr<QSocketNotifier> socket; // also the context of the queued tellings
    bool told = false;                       // a telling is queued

    void tell()
    {
        if (told)
            return;
        told = true;
        QMetaObject::invokeMethod(
            socket.get(),
            [this] {
                told = false;
                if (receiver)
                    onNotice();
            },
            Qt::QueuedConnection);
    }
};

DepartmentLink::~DepartmentLink()
{
    m_watch.reset(); // before the socket it watches closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// The role libpq asks for when the address names none: $PGUSER, else the
// name of this computer's account.
QString defaultRoleName()
{
    if (const QString role = qEnvironmentVariable("PGUSER"); !role.isEmpty())
        return role;
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

} // namespace

Result<std::unique_ptr<DepartmentLink>> DepartmentLink::connect(const DepartmentAddress& address)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("alpr-department-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<DepartmentLink> link(new DepartmentLink(address, name));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not "
                             "installed, so the department store cannot be reached"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    if (!address.role.isEmpty())
        db.setUserName(address.role);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    // A server or network that goes away without a word is found out within
    // about a minute (TCP keepalives), not after the kernel's quarter hour;
    // and the server finds out the same of a workstation whose network went,
    // so that its user may sign in again (one session per user) a minute
    // later, not two hours later.
    QStringList options{
        QStringLiteral("application_name=alpr-workstation"),
        QStringLiteral("connect_timeout=10"),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=30"),
        QStringLiteral("keepalives_interval=10"),
        QStringLiteral("keepalives_count=3"),
        QStringLiteral("options='-c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10"
                       " -c tcp_keepalives_count=3'")};
    if (address.isLoopback() && address.caFile.isEmpty()) {
        options.append(QStringLiteral("sslmode=prefer"));
    } else {
        options.append(QStringLiteral("sslmode=verify-full"));
        options.append(QStringLiteral("sslrootcert=") + address.caFile);
    }
    db.setConnectOptions(options.join(u';'));
    if (db.open()) {
        // The server's notices (a REVOKE with nothing to revoke) are not the user's business.
        if (PGconn* conn = link->connection())
            PQsetNoticeProcessor(
                conn, [](void*, const char*) {}, nullptr);
    } else {
        // libpq's message names the host and the role, never the password.
        const QString why = db.lastError().databaseText().trimmed();
        QString message = QCoreApplication::translate("alpr::DepartmentLink",
                                                      "Cannot reach the department store %1: %2")
                              .arg(address.display(), why);
        // Without a role in the address libpq asks for $PGUSER or this
        // computer's account, which the server rarely knows: say what to
        // write instead.
        const QString tried = defaultRoleName();
        if (address.role.isEmpty() && !tried.isEmpty() && why.contains(u'"' + tried + u'"'))
            message += (message.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) +
                       QCoreApplication::translate(
                           "alpr::DepartmentLink",
                           "The address names no login role, so the role %1 was asked for "
                           "(from PGUSER or this computer's account). Name the "
                           "department's login role, the one given to \"alprctl pg init "
                           "--login-role\", before the host: postgresql://ROLE@%2")
                           .arg(tried, address.display().section(QStringLiteral("://"), 1));
        return makeError(ErrorCode::Io, message);
    }
    return link;
}

QSqlDatabase DepartmentLink::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// ---- libpq, on the connection QPSQL opened ---------------------------------

namespace {

struct PgResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// The parameter as libpq's text format has it.
std::optional<QByteArray> parameterText(const DepartmentArg& arg)
{
    const QVariant& v = arg.value;
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    if (qstrcmp(arg.type, "bytea") == 0)
        return QByteArray("\\x") + v.toByteArray().toHex();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QByteArray("true") : QByteArray("false");
    // Text already in UTF-8 (jsonText): passed on without another copy.
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray();
    return v.toString().toUtf8();
}

} // namespace

PGconn* DepartmentLink::connection() const
{
    const QSqlDatabase db = database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<QList<QByteArrayList>> DepartmentLink::exec(const QString& sql,
                                                   const std::vector<DepartmentArg>& args,
                                                   const QString& what, bool script)
{
    PGconn* conn = connection();
    if (!conn)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::DepartmentLink",
                                                     "The department store is not connected"));
    std::vector<std::optional<QByteArray>> texts;
    std::vector<const char*> values;
    texts.reserve(args.size());
    for (const DepartmentArg& arg : args)
        texts.push_back(parameterText(arg));
    for (const auto& t : texts)
        values.push_back(t ? t->constData() : nullptr);
    const QByteArray statement = sql.toUtf8();
    // Parameters travel apart from the statement: no password, plate or
    // pattern is ever part of a statement's text, in pg_stat_activity or in
    // the server's log.
    PgResult result(script ? PQexec(conn, statement.constData())
                           : PQexecParams(conn, statement.constData(), int(values.size()), nullptr,
                                          values.data(), nullptr, nullptr, 0));
    if (m_watch)
        takeNotices(); // what arrived with the answer; the socket has nothing left to say
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        const char* primary =
            result ? PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        const QString message =
            QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
        const QString code = QString::fromLatin1(state ? state : "");
        if (code.startsWith(QLatin1String("AL4")))
            return makeError(
                code == QLatin1String("AL403") ? ErrorCode::Denied : ErrorCode::Invalid, message);
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::DepartmentLink",
                                                     "The department store failed %1: %2 (%3)")
                             .arg(what, message, code));
    }
    QList<QByteArrayList> rows;
    const int columns = PQnfields(result.get());
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        QByteArrayList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(PQgetisnull(result.get(), row, column)
                              ? QByteArray()
                              : QByteArray(PQgetvalue(result.get(), row, column),
                                           PQgetlength(result.get(), row, column)));
        rows.append(fields);
    }
    return rows;
}

QDateTime departmentTime(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC()
                            : QDateTime();
}

QStringList departmentStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

bool DepartmentLink::isLost() const
{
    PGconn* conn = connection();
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

Result<void> DepartmentLink::watchChanges(QObject* receiver, std::function<void()> onNotice)
{
    if (m_watch) {
        m_watch->receiver = receiver;
        m_watch->onNotice = std::move(onNotice);
        return {};
    }
    auto listening =
        exec(QStringLiteral("LISTEN alpr_changes"), {},
             QCoreApplication::translate("alpr::DepartmentLink", "to listen for changes"));
    if (!listening)
        return listening.error();
    PGconn* conn = connection();
    const int socket = conn ? PQsocket(conn) : -1;
    if (socket < 0)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::DepartmentLink",
                                                     "The department store is not connected"));
    m_watch = std::make_unique<Watch>();
    m_watch->receiver = receiver;
    m_watch->onNotice = std::move(onNotice);
    m_watch->socket = std::make_unique<QSocketNotifier>(qintptr(socket), QSocketNotifier::Read);
    QObject::connect(m_watch->socket.get(), &QSocketNotifier::activated, m_watch->socket.get(),
                     [this] {
                         PGconn* c = connection();
                         if (c)
                             (void)PQconsumeInput(c); // on failure the status says lost
                         takeNotices();
                     });
    return {};
}

void DepartmentLink::takeNotices()
{
    PGconn* conn = connection();
    if (!conn || PQstatus(conn) == CONNECTION_BAD) {
        // Lost, found by the socket or by a call: said once (the next call
        // says why). libpq closed the socket, whose number the notifier
        // must not go on watching.
        if (m_watch->socket->isEnabled()) {
            m_watch->socket->setEnabled(false);
            m_watch->tell();
        }
        return;
    }
    bool any = false;
    while (PGnotify* notice = conn ? PQnotifies(conn) : nullptr) {
        PQfreemem(notice);
        any = true;
    }
    if (any)
        m_watch->tell();
}

Result<void> DepartmentLink::perform(const char* function, const std::vector<DepartmentArg>& args)
{
    auto answer = call(function, args);
    if (!answer)
        return answer.error();
    return {};
}

Result<QJsonObject> DepartmentLink::call(const char* function,
                                         const std::vector<DepartmentArg>& args)
{
    QStringList placeholders;
    for (std::size_t i = 0; i < args.size(); ++i)
        placeholders.append(QStringLiteral("$%1::%2").arg(i + 1).arg(QLatin1String(args[i].type)));
    const QString sql = QStringLiteral("SELECT alpr_api.%1(%2)::text")
                            .arg(QLatin1String(function), placeholders.join(u','));
    // A call without arguments still goes as a parameterized statement.
    auto rows = exec(sql, args, QLatin1String(function));
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().isEmpty())
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("alpr::DepartmentLink",
                                                     "The department store gave no answer to %1")
                             .arg(QLatin1String(function)));
    const QJsonDocument doc = QJsonDocument::fromJson(rows->first().first());
    if (!doc.isObject())
        return makeError(
            ErrorCode::Database,
            QCoreApplication::translate("alpr::DepartmentLink",
                                        "The department store's answer to %1 is not a JSON object")
                .arg(QLatin1String(function)));
    QJsonObject answer = doc.object();
    // A call that records first answers once its record has committed: this
    // call (autocommit) has, so the answer is asked for now.
    if (answer.contains(QStringLiteral("pending")) && qstrcmp(function, "result") != 0)
        return call("result",
                    {DepartmentArg::integer(answer.value(QStringLiteral("pending")).toInteger())});
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty())
        return makeError(errorCodeFor(error.value(QStringLiteral("code")).toString()),
                         error.value(QStringLiteral("message")).toString());
    return answer;
}

Result<void> DepartmentLink::execScript(const QString& sql, const QString& what)
{
    auto r = exec(sql, {}, what, true);
    if (!r)
        return r.error();
    return {};
}

Result<void> DepartmentLink::inTransaction(const std::function<Result<void>()>& fn)
{
    if (auto r = execScript(QStringLiteral("BEGIN"), QStringLiteral("BEGIN")); !r)
        return r;
    auto done = fn();
    if (!done) {
        (void)execScript(QStringLiteral("ROLLBACK"), QStringLiteral("ROLLBACK"));
        return done;
    }
    return execScript(QStringLiteral("COMMIT"), QStringLiteral("COMMIT"));
}

Result<void> DepartmentLink::execAsOwner(const QString& sql, const QVariantList& binds)
{
    std::vector<DepartmentArg> args;
    for (const QVariant& v : binds)
        args.push_back(v.typeId() == QMetaType::QByteArray ? DepartmentArg::bytes(v.toByteArray())
                                                           : DepartmentArg::text(v.toString()));
    return inTransaction([&]() -> Result<void> {
        if (auto r =
                execScript(QStringLiteral("SET LOCAL ROLE alpr_owner"), QStringLiteral("SET ROLE"));
            !r)
            return r;
        auto r = exec(sql, args, QStringLiteral("a set-up step"));
        if (!r)
            return r.error();
        return {};
    });
}

Result<void> DepartmentLink::asOwnerInOneTransaction(
    const std::function<Result<void>(const OwnerStatement& exec)>& fn)
{
    return inTransaction([&]() -> Result<void> {
        if (auto r =
                execScript(QStringLiteral("SET LOCAL ROLE alpr_owner"), QStringLiteral("SET ROLE"));
            !r)
            return r;
        const OwnerStatement statement = [this](const QString& sql,
                                                const std::vector<DepartmentArg>& args) {
            return exec(sql, args, QStringLiteral("a migration step"));
        };
        return fn(statement);
    });
}

int DepartmentLink::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

int DepartmentLink::schemaVersion() const
{
    auto* self = const_cast<DepartmentLink*>(this);
    auto exists =
        self->exec(QStringLiteral("SELECT to_regclass('alpr.schema_migrations') IS NOT NULL"), {},
                   QStringLiteral("a schema check"));
    if (!exists || exists->isEmpty())
        return -1;
    if (exists->first().first() != "t")
        return 0;
    auto version =
        self->exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM alpr.schema_migrations"),
                   {}, QStringLiteral("a schema check"));
    if (!version || version->isEmpty())
        return -1;
    return version->first().first().toInt();
}

Result<void> DepartmentLink::installSchema(const QString& extensionPath, int throughVersion)
{
    auto super = exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"),
                      {}, QStringLiteral("a role check"));
    if (!super)
        return super.error();
    if (super->isEmpty() || super->first().first() != "t")
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "Setting up a department store needs a superuser of the server (to "
                             "install the signing functions); the role of %1 is not one")
                             .arg(m_address.display()));
    auto present = exec(QStringLiteral("SELECT to_regnamespace('alpr') IS NOT NULL"), {},
                        QStringLiteral("a check of the database"));
    if (!present)
        return present.error();
    if (!present->isEmpty() && present->first().first() == "t")
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("alpr::DepartmentLink",
                                        "%1 already holds a department store (schema version %2)")
                .arg(m_address.display())
                .arg(schemaVersion()));
    if (!QFile::exists(extensionPath))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "alpr::DepartmentLink",
                             "%1: the store's signing module is not there (it is built as "
                             "lib/alpr-workstation/alpr_pg.so beside bin/)")
                             .arg(extensionPath));
    // Names cannot be parameters: the path and the database are quoted by
    // the server itself (quote_literal, quote_ident).
    auto quoted =
        exec(QStringLiteral("SELECT quote_literal($1::text), quote_ident(current_database())"),
             {DepartmentArg::text(QFileInfo(extensionPath).absoluteFilePath())},
             QStringLiteral("quoting"));
    if (!quoted)
        return quoted.error();
    const QString path = QString::fromUtf8(quoted->first().at(0));
    const QString database = QString::fromUtf8(quoted->first().at(1));
    // The roles are the cluster's: another store's may exist already.
    const QString setup =
        QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alpr_owner') THEN"
            "  CREATE ROLE alpr_owner NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alpr_workstation') THEN"
            "  CREATE ROLE alpr_workstation NOLOGIN; END IF; END $$;"
            "GRANT pg_read_all_stats TO alpr_owner;"
            "REVOKE ALL ON DATABASE %1 FROM PUBLIC;"
            "GRANT CONNECT ON DATABASE %1 TO alpr_workstation;"
            "GRANT CONNECT, TEMPORARY ON DATABASE %1 TO alpr_owner;"
            "REVOKE ALL ON SCHEMA public FROM PUBLIC;"
            "CREATE SCHEMA alpr AUTHORIZATION alpr_owner;"
            "CREATE SCHEMA alpr_api AUTHORIZATION alpr_owner;"
            "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA alpr;"
            "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA alpr;"
            "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alpr FROM PUBLIC;"
            "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alpr TO alpr_owner;"
            "CREATE FUNCTION alpr.alpr_ed25519_sign(seed bytea, message bytea) RETURNS bytea"
            " AS %2, 'alpr_ed25519_sign' LANGUAGE C STRICT PARALLEL SAFE;"
            "CREATE FUNCTION alpr.alpr_ed25519_public(seed bytea) RETURNS bytea"
            " AS %2, 'alpr_ed25519_public' LANGUAGE C STRICT PARALLEL SAFE;"
            "CREATE FUNCTION alpr.alpr_screening_text(text) RETURNS text"
            " AS %2, 'alpr_screening_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;"
            "CREATE FUNCTION alpr.alpr_draw_positions(bigint, bigint, integer) RETURNS bigint[]"
            " AS %2, 'alpr_draw_positions' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;"
            "CREATE FUNCTION alpr.alpr_plate_tags(text) RETURNS text[]"
            " AS %2, 'alpr_plate_tags' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;"
            "ALTER FUNCTION alpr.alpr_plate_tags(text) OWNER TO alpr_owner;"
            "ALTER FUNCTION alpr.alpr_draw_positions(bigint, bigint, integer) OWNER TO alpr_owner;"
            "REVOKE ALL ON FUNCTION alpr.alpr_draw_positions(bigint, bigint, integer) FROM PUBLIC;"
            "ALTER FUNCTION alpr.alpr_ed25519_sign(bytea, bytea) OWNER TO alpr_owner;"
            "ALTER FUNCTION alpr.alpr_screening_text(text) OWNER TO alpr_owner;"
            "REVOKE ALL ON FUNCTION alpr.alpr_screening_text(text) FROM PUBLIC;"
            "ALTER FUNCTION alpr.alpr_ed25519_public(bytea) OWNER TO alpr_owner;"
            "REVOKE ALL ON FUNCTION alpr.alpr_ed25519_sign(bytea, bytea) FROM PUBLIC;"
            "REVOKE ALL ON FUNCTION alpr.alpr_ed25519_public(bytea) FROM PUBLIC;"
            "ALTER DEFAULT PRIVILEGES FOR ROLE alpr_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
            "CREATE TABLE alpr.schema_migrations (version integer PRIMARY KEY,"
            " applied_at timestamptz NOT NULL DEFAULT now());"
            "ALTER TABLE alpr.schema_migrations OWNER TO alpr_owner;")
            .arg(database, path);
    if (auto r = inTransaction([&] {
            return execScript(setup, QCoreApplication::translate("alpr::DepartmentLink",
                                                                 "setting up roles and schemas"));
        });
        !r)
        return r;
    auto migrated = applyMigrations(0, throughVersion > 0 ? throughVersion : latestSchemaVersion());
    if (!migrated)
        return migrated.error();
    return {};
}

Result<int> DepartmentLink::migrate()
{
    const int from = schemaVersion();
    if (from <= 0)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::DepartmentLink",
                                        "%1 holds no department store: run alprctl pg init first")
                .arg(m_address.display()));
    return applyMigrations(from, latestSchemaVersion());
}

Result<int> DepartmentLink::applyMigrations(int from, int through)
{
    through = std::min(through, latestSchemaVersion());
    for (int version = from + 1; version <= through; ++version) {
        QFile file(QLatin1String(kMigrations[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::Internal,
                QStringLiteral("migration %1 is missing from the program").arg(version));
        const QString sql = QString::fromUtf8(file.readAll());
        const QString what =
            QCoreApplication::translate("alpr::DepartmentLink", "migration %1").arg(version);
        auto step = inTransaction([&]() -> Result<void> {
            if (auto r = execScript(QStringLiteral("SET LOCAL ROLE alpr_owner"), what); !r)
                return r;
            if (auto r = execScript(sql, what); !r)
                return r;
            // Every function the migration made: none for PUBLIC, the API
            // for the workstations.
            if (auto r = execScript(
                    QStringLiteral(
                        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alpr FROM PUBLIC;"
                        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alpr_api FROM PUBLIC;"
                        "REVOKE ALL ON ALL TABLES IN SCHEMA alpr FROM PUBLIC;"
                        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA alpr FROM PUBLIC;"
                        "GRANT USAGE ON SCHEMA alpr_api TO alpr_workstation;"
                        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alpr_api TO alpr_workstation;"),
                    what);
                !r)
                return r;
            auto recorded = exec(
                QStringLiteral("INSERT INTO alpr.schema_migrations(version) VALUES ($1::integer)"),
                {DepartmentArg::integer(version)}, what);
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!step)
            return step.error();
    }
    return std::max(through - from, 0);
}

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the program", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

Result<QStringList> DepartmentLink::storeCode()
{
    auto rows =
        exec(resourceText(QStringLiteral(":/pgschema/store_code.sql")), {},
             QCoreApplication::translate("alpr::DepartmentLink", "reading the store's code"));
    if (!rows)
        return rows.error();
    QStringList lines;
    lines.reserve(rows->size());
    for (const QByteArrayList& row : rows.value())
        lines.append(QString::fromUtf8(row.value(1) + ' ' + row.value(0)));
    std::sort(lines.begin(), lines.end(),
              [](const QString& a, const QString& b) { return a.mid(33) < b.mid(33); });
    return lines;
}

QStringList DepartmentLink::expectedStoreCode()
{
    QStringList lines;
    for (const QString& line :
         resourceText(QStringLiteral(":/pgschema/store_code.txt")).split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(u'#'))
            lines.append(line);
    return lines;
}

Result<void> DepartmentLink::grantClient(const QString& loginRole)
{
    auto role =
        exec(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = $1::text"),
             {DepartmentArg::text(loginRole)}, QStringLiteral("a role lookup"));
    if (!role)
        return role.error();
    if (role->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::DepartmentLink",
                                        "The server has no role %1 to let workstations log in with")
                .arg(loginRole));
    // A role name cannot be a parameter; quote_ident made it safe.
    return execScript(
        QStringLiteral("GRANT alpr_workstation TO %1")
            .arg(QString::fromUtf8(role->first().first())),
        QCoreApplication::translate("alpr::DepartmentLink", "granting the client role"));
}

} // namespace alpr
