// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// A department store on the test's throwaway server (pg_virtualenv), set up
// as the demo file store's accounts are, so a test written for the file
// store runs on it unchanged: admin, detective, dispatcher, records,
// supervisor and auditor, each trained, each with the demo password; with no
// reads (create), or with a demo store file's (migrateDemo). Through the real
// alprctl, as a department's administrator would.

#include "clirunner.h"
#include "pgtestserver.h"

#include <QString>
#include <QStringList>

namespace alpr::test {

struct DepartmentFixture
{
    // The workstations' address (the login role's password in it), or an
    // empty string and *error.
    static QString create(const QString& database, const QString& demoPassword, QString* error)
    {
        const QString store = initialize(database, demoPassword, error);
        if (store.isEmpty())
            return {};
        const QString temporary = QStringLiteral("temporary-lantern-quiver");
        for (const QString& user : people()) {
            const CliRun added =
                as(store, QStringLiteral("admin"), demoPassword,
                   {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--roles"),
                    user, QStringLiteral("--full-name"), user},
                   temporary + QString::number(user.size()));
            const CliRun trained =
                added.exitCode != 0
                    ? added
                    : as(store, QStringLiteral("admin"), demoPassword,
                         {QStringLiteral("user"), QStringLiteral("train"), user,
                          QStringLiteral("--course"), QStringLiteral("ALPR use"),
                          QStringLiteral("--completed"), QStringLiteral("2026-01-05")});
            if (trained.exitCode != 0 ||
                !changePassword(store, user, temporary + QString::number(user.size()), demoPassword,
                                error)) {
                if (trained.exitCode != 0)
                    *error = user + QStringLiteral(": ") + trained.out + trained.err;
                return {};
            }
        }
        return store;
    }

    // The way a department moves to the server: pg init, then pg migrate of
    // a demo store file (its reads keep their ids). Passwords cannot move,
    // so the administrator gives each of the demo's people a temporary one,
    // which they change to the demo password.
    static QString migrateDemo(const QString& database, const QString& demoFile,
                               const QString& demoPassword, QString* error)
    {
        const QString store = initialize(database, demoPassword, error);
        if (store.isEmpty())
            return {};
        const CliRun migrated =
            runAlprctl({QStringLiteral("--store"), superAddress(database), QStringLiteral("pg"),
                        QStringLiteral("migrate"), QStringLiteral("--from"), demoFile,
                        QStringLiteral("--file-user"), QStringLiteral("admin")},
                       {{QStringLiteral("ALPR_PASSWORD"), demoPassword}});
        if (migrated.exitCode != 0) {
            *error = migrated.out + migrated.err;
            return {};
        }
        const QString temporary = QStringLiteral("temporary-lantern-quiver");
        for (const QString& user : people()) {
            const CliRun reset =
                as(store, QStringLiteral("admin"), demoPassword,
                   {QStringLiteral("user"), QStringLiteral("passwd"), user}, temporary);
            if (reset.exitCode != 0) {
                *error = user + QStringLiteral(": ") + reset.out + reset.err;
                return {};
            }
            if (!changePassword(store, user, temporary, demoPassword, error))
                return {};
        }
        // The server's own administrator (pg init's) is not the file's: it
        // gets the demo's training record here, as the demo gave the file's.
        const CliRun trained =
            as(store, QStringLiteral("admin"), demoPassword,
               {QStringLiteral("user"), QStringLiteral("train"), QStringLiteral("admin"),
                QStringLiteral("--course"), QStringLiteral("ALPR use"),
                QStringLiteral("--completed"), QStringLiteral("2026-01-15")});
        if (trained.exitCode != 0) {
            *error = QStringLiteral("admin: ") + trained.out + trained.err;
            return {};
        }
        return store;
    }

private:
    static QStringList people()
    {
        return {QStringLiteral("detective"), QStringLiteral("dispatcher"),
                QStringLiteral("records"), QStringLiteral("supervisor"), QStringLiteral("auditor")};
    }

    static QString superAddress(const QString& database)
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3")
            .arg(PgTestServer::superUser())
            .arg(PgTestServer::port())
            .arg(database);
    }

    static CliRun as(const QString& store, const QString& user, const QString& password,
                     const QStringList& args, const QString& newPassword = {})
    {
        return runAlprctl(
            QStringList{QStringLiteral("--store"), store, QStringLiteral("--user"), user} + args,
            {{QStringLiteral("ALPR_PASSWORD"), password},
             {QStringLiteral("ALPR_NEW_PASSWORD"), newPassword}});
    }

    static bool changePassword(const QString& store, const QString& user, const QString& from,
                               const QString& to, QString* error)
    {
        const CliRun r =
            as(store, user, from, {QStringLiteral("user"), QStringLiteral("passwd"), user}, to);
        if (r.exitCode != 0)
            *error = user + QStringLiteral(": ") + r.out + r.err;
        return r.exitCode == 0;
    }

    // A new database with the department store's schema and its
    // administrator "admin" (demoPassword); the workstations' address.
    static QString initialize(const QString& database, const QString& demoPassword, QString* error)
    {
        if (!PgTestServer::available()) {
            *error = QStringLiteral("no PostgreSQL server: CTest runs this under pg_virtualenv");
            return {};
        }
        if (!PgTestServer::createDatabase(database)) {
            *error = QStringLiteral("CREATE DATABASE %1 failed").arg(database);
            return {};
        }
        const QString loginPassword = QStringLiteral("login-role-pw-1187");
        int exitCode = -1;
        const QString created = PgTestServer::psql(
            PgTestServer::superUser(), PgTestServer::superPassword(), QStringLiteral("postgres"),
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'alpr_client') THEN CREATE ROLE alpr_client LOGIN PASSWORD '%1'; "
                           "END IF; END $$;")
                .arg(loginPassword),
            &exitCode);
        if (exitCode != 0) {
            *error = created;
            return {};
        }
        const CliRun r =
            runAlprctl({QStringLiteral("--store"), superAddress(database), QStringLiteral("pg"),
                        QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                        QStringLiteral("--login-role"), QStringLiteral("alpr_client"),
                        QStringLiteral("--extension"), PgTestServer::extensionPath()},
                       {{QStringLiteral("ALPR_PASSWORD"), demoPassword}});
        if (r.exitCode != 0) {
            *error = r.out + r.err;
            return {};
        }
        return QStringLiteral("postgresql://alpr_client:%1@localhost:%2/%3")
            .arg(loginPassword)
            .arg(PgTestServer::port())
            .arg(database);
    }
};

} // namespace alpr::test
