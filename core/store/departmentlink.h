// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

struct pg_conn;

namespace alpr {

// Where the department store is: postgresql://[ROLE[:PASSWORD]@]HOST[:PORT]/DBNAME
// [?sslrootcert=FILE]. The role is the server login the workstation connects
// as (it carries no privilege but calling the store's functions); the user
// signs in inside that connection. A password left out comes from libpq's own
// places (PGPASSWORD, ~/.pgpass), which is where it belongs.
struct DepartmentAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString role;
    QString password; // from the URL; never shown
    QString caFile;   // sslrootcert

    // Whether text names a department store rather than a store file.
    static bool isAddress(const QString& text);
    // Refuses an address that is not one, and one off this machine without
    // a CA file to verify the server (TLS is required there: verify-full).
    static Result<DepartmentAddress> parse(const QString& text);
    bool isLoopback() const;
    // The address as messages and titles show it: never the password.
    QString display() const;
};

// A time as the server's answers give it (ISO 8601, alpr.event_time_text),
// in UTC; invalid when the answer has none.
QDateTime departmentTime(const QJsonValue& value);
// An array of strings in an answer (an empty list when it is none).
QStringList departmentStrings(const QJsonValue& value);

// One argument of a store function, with the SQL type it is passed as.
struct DepartmentArg
{
    QVariant value;
    const char* type = "text"; // text, bigint, integer, boolean, bytea, jsonb, text[], bigint[]

    static DepartmentArg text(const QString& v) { return {QVariant(v), "text"}; }
    static DepartmentArg integer(qint64 v) { return {QVariant(v), "bigint"}; }
    static DepartmentArg boolean(bool v) { return {QVariant(v), "boolean"}; }
    static DepartmentArg bytes(const QByteArray& v) { return {QVariant(v), "bytea"}; }
    static DepartmentArg json(const QJsonObject& v);
    // JSON text in UTF-8, as is (a large array is not copied to UTF-16).
    static DepartmentArg jsonText(const QByteArray& v) { return {QVariant(v), "jsonb"}; }
    static DepartmentArg textArray(const QStringList& v);
    static DepartmentArg integerArray(const std::vector<qint64>& v);
    static DepartmentArg null(const char* type) { return {QVariant(), type}; }
};

// The connection to the department store (PostgreSQL through Qt's QPSQL
// driver). Everything a workstation does there is a call of one of the
// store's functions (schema alpr_api), each of which checks the signed-in
// user and records the access itself; the connection has no other privilege.
class AuditEventRepository;

class DepartmentLink final
{
public:
    ~DepartmentLink();
    DepartmentLink(const DepartmentLink&) = delete;
    DepartmentLink& operator=(const DepartmentLink&) = delete;

    static Result<std::unique_ptr<DepartmentLink>> connect(const DepartmentAddress& address);

    const DepartmentAddress& address() const { return m_address; }
    // The trail as AuditLog reads it (through the store's functions).
    AuditEventRepository& auditEvents() { return *m_auditEvents; }
    QSqlDatabase database() const;

    // Calls alpr_api.<function>(args...) and returns its JSON answer. An
    // answer {"error": {"code", "message"}} (a refusal the server recorded)
    // becomes the Error it names; so does an exception the server raised.
    Result<QJsonObject> call(const char* function, const std::vector<DepartmentArg>& args);
    // The same, for a change whose answer the caller does not need.
    Result<void> perform(const char* function, const std::vector<DepartmentArg>& args);

    // The connection broke (the server restarted or ended it): every call
    // fails from now on; a new sign-in makes a new connection.
    bool isLost() const;

    // Listens for the server's change notices (channel alpr_changes, sent
    // when a change commits; migration 14): onNotice runs on this thread,
    // from its event loop, after each batch of them arrives, and once when
    // the connection is lost (the next call then says why). A notice that
    // arrives during a call is told after it. Requires an event loop.
    // Nothing is told once receiver is destroyed; a second call replaces
    // the first's receiver.
    Result<void> watchChanges(QObject* receiver, std::function<void()> onNotice);

    // --- Setting up a store (pg init): run as a superuser of the server. ---
    // Creates the roles alpr_owner (owns everything, cannot log in) and
    // alpr_workstation (may call alpr_api's functions and nothing else), the
    // schemas, the extensions and the signing functions (from the module at
    // extensionPath), then applies the migrations as alpr_owner, each in one
    // transaction. Refuses a database that already holds a store.
    // throughVersion < latestSchemaVersion() leaves out the newer migrations
    // (the tests of an upgrade start from an older store).
    Result<void> installSchema(const QString& extensionPath, int throughVersion = 0);
    // Brings an existing store's schema up to date (as a superuser).
    Result<int> migrate();
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Runs sql (one statement, with $1… placeholders) as alpr_owner, for the
    // setup steps that fill the tables 'pg init' creates.
    // (A QByteArray is passed as bytea, anything else as text.)
    Result<void> execAsOwner(const QString& sql, const QVariantList& binds);
    // One statement of a job run as alpr_owner: its rows, each field as text
    // (NULL as a null QByteArray).
    using OwnerStatement = std::function<Result<QList<QByteArrayList>>(
        const QString& sql, const std::vector<DepartmentArg>& args)>;
    // Runs a whole job (a migration from a file store) as alpr_owner in ONE
    // transaction: everything fn did commits when it returns ok, nothing
    // when it fails, whatever step failed. As a superuser of the server.
    Result<void>
    asOwnerInOneTransaction(const std::function<Result<void>(const OwnerStatement& exec)>& fn);
    // Grants the store's client role to an existing login role.
    Result<void> grantClient(const QString& loginRole);

    // What the store's code is (pgschema/store_code.sql), read from the
    // catalogs by any role: "<md5> <object>" for each function, trigger,
    // table, view, sequence and schema of alpr and alpr_api, sorted.
    Result<QStringList> storeCode();
    // The same lines for a store this program's migrations made
    // (pgschema/store_code.txt), at latestSchemaVersion().
    static QStringList expectedStoreCode();

private:
    DepartmentLink(DepartmentAddress address, QString connectionName);
    Result<void> execScript(const QString& sql, const QString& what);
    // One statement with its parameters (libpq's text format), or a script
    // of several without; the rows as text.
    Result<QList<QByteArrayList>> exec(const QString& sql, const std::vector<DepartmentArg>& args,
                                       const QString& what, bool script = false);
    Result<void> inTransaction(const std::function<Result<void>()>& fn);
    Result<int> applyMigrations(int from, int through);
    pg_conn* connection() const;
    // Takes the notices libpq holds; tells them (queued) when there were any.
    void takeNotices();

    DepartmentAddress m_address;
    QString m_connectionName;
    std::unique_ptr<AuditEventRepository> m_auditEvents;
    struct Watch;
    std::unique_ptr<Watch> m_watch;
};

} // namespace alpr
