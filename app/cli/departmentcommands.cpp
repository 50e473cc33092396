// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl pg: setting up the department store on a PostgreSQL server.
#include "cli.h"
#include "terminal.h"

#include "auth/departmentstore.h"
#include "common/useraccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace alpr::cli {

namespace {

// The store's signing module: built and installed as
// lib/alpr-workstation/alpr_pg.so beside bin/.
QString defaultExtensionPath()
{
    return QFileInfo(QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../lib/alpr-workstation/alpr_pg.so"))
        .absoluteFilePath();
}

int cmdPgInit(Options& o)
{
    const QString admin = o.value("admin");
    if (admin.isEmpty())
        return usage(QStringLiteral("pg init needs --admin NAME"));
    QString problem;
    SecureBytes password = cli::readNewPassword(
        "ALPR_PASSWORD", QStringLiteral("New password for %1: ").arg(admin), &problem);
    if (password.isEmpty())
        return fail(makeError(ErrorCode::Invalid, problem));
    UserAccount account;
    account.username = admin;
    account.fullName = admin;
    account.roles = {Role::Administrator};
    const QString extension = o.isSet("extension") ? o.value("extension") : defaultExtensionPath();
    auto set = departmentstore::initialize(o.storePath, account, password, extension,
                                           o.value("login-role"));
    if (!set)
        return fail(set.error());
    printOut(QStringLiteral("Created the department store %1 (schema version %2) with "
                            "administrator %3.\nStore id: %4\nRoot key fingerprint: %5\n"
                            "Workstations log in with a server role granted alpr_workstation%6.")
                 .arg(departmentstore::displayAddress(o.storePath))
                 .arg(set->schemaVersion)
                 .arg(admin, set->storeId, set->rootFingerprint,
                      o.isSet("login-role")
                          ? QStringLiteral(" (granted to %1)").arg(o.value("login-role"))
                          : QString()));
    return ExitOk;
}

int cmdPgUpgrade(Options& o)
{
    auto applied = departmentstore::migrateSchema(o.storePath);
    if (!applied)
        return fail(applied.error());
    printOut(applied.value() == 0
                 ? QStringLiteral("The department store's schema is up to date.")
                 : QStringLiteral("Applied %1 migration(s).").arg(applied.value()));
    return ExitOk;
}

int cmdPg(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("init"))
        return cmdPgInit(o);
    if (sub == QLatin1String("upgrade"))
        return cmdPgUpgrade(o);
    return usage(QStringLiteral("pg takes init or upgrade"));
}

} // namespace

QList<Command> departmentCommands()
{
    return {
        {"pg",
         "pg init --admin NAME [--login-role ROLE] [--extension FILE]\n"
         "                                     on an empty PostgreSQL database (--store\n"
         "                                     postgresql://SUPERUSER@HOST/DB): the department\n"
         "                                     store's schema, roles, functions and keys\n"
         "  pg upgrade                         apply the department store's new migrations",
         {{QStringLiteral("login-role"),
           QStringLiteral("The server role workstations log in with."), QStringLiteral("ROLE")},
          {QStringLiteral("extension"), QStringLiteral("The store's signing module (alpr_pg.so)."),
           QStringLiteral("FILE")}},
         cmdPg},
    };
}

} // namespace alpr::cli
