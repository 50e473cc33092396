// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// A department store on the test's throwaway server (pg_virtualenv), set up
// as the demo file store's accounts are, so a test written for the file
// store runs on it unchanged: admin, detective, dispatcher, records,
// supervisor and auditor, each trained, each with the demo password. Through
// the real alprctl, as a department's administrator would.

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
        const QString at =
            QStringLiteral("@localhost:%1/%2").arg(PgTestServer::port()).arg(database);
        const QString superStore = QStringLiteral("postgresql://") + PgTestServer::superUser() + at;
        const QString store = QStringLiteral("postgresql://alpr_client:") + loginPassword + at;
        CliRun r =
            runAlprctl({QStringLiteral("--store"), superStore, QStringLiteral("pg"),
                        QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                        QStringLiteral("--login-role"), QStringLiteral("alpr_client"),
                        QStringLiteral("--extension"), PgTestServer::extensionPath()},
                       {{QStringLiteral("ALPR_PASSWORD"), demoPassword}});
        if (r.exitCode != 0) {
            *error = r.out + r.err;
            return {};
        }
        auto as = [&](const QString& user, const QString& password, const QStringList& args,
                      const QString& newPassword = {}) {
            return runAlprctl(
                QStringList{QStringLiteral("--store"), store, QStringLiteral("--user"), user} +
                    args,
                {{QStringLiteral("ALPR_PASSWORD"), password},
                 {QStringLiteral("ALPR_NEW_PASSWORD"), newPassword}});
        };
        const QString temporary = QStringLiteral("temporary-lantern-quiver");
        for (const QString& user :
             {QStringLiteral("detective"), QStringLiteral("dispatcher"), QStringLiteral("records"),
              QStringLiteral("supervisor"), QStringLiteral("auditor")}) {
            for (const CliRun& step :
                 {as(QStringLiteral("admin"), demoPassword,
                     {QStringLiteral("user"), QStringLiteral("add"), user,
                      QStringLiteral("--roles"), user, QStringLiteral("--full-name"), user},
                     temporary + QString::number(user.size())),
                  as(QStringLiteral("admin"), demoPassword,
                     {QStringLiteral("user"), QStringLiteral("train"), user,
                      QStringLiteral("--course"), QStringLiteral("ALPR use"),
                      QStringLiteral("--completed"), QStringLiteral("2026-01-05")}),
                  as(user, temporary + QString::number(user.size()),
                     {QStringLiteral("user"), QStringLiteral("passwd"), user}, demoPassword)})
                if (step.exitCode != 0) {
                    *error = user + QStringLiteral(": ") + step.out + step.err;
                    return {};
                }
        }
        return store;
    }
};

} // namespace alpr::test
