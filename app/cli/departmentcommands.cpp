// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl pg: setting up the department store on a PostgreSQL server.
#include "cli.h"
#include "terminal.h"

#include "auth/departmentmigration.h"
#include "auth/departmentstore.h"
#include "auth/session.h"
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

// pg migrate --from FILE --file-user ADMIN: the file store, signed in to as
// its administrator ($ALPR_PASSWORD), copied into the department store
// (--store postgresql://SUPERUSER@HOST/DB, the password from PGPASSWORD).
int cmdPgMigrate(Options& o)
{
    const QString from = o.value("from");
    if (from.isEmpty() || departmentstore::isAddress(from))
        return usage(QStringLiteral("pg migrate needs --from FILE.alprdb, the store file to copy, "
                                    "and --file-user NAME, its administrator"));
    if (!departmentstore::isAddress(o.storePath))
        return usage(QStringLiteral("pg migrate copies into a department store: give --store "
                                    "postgresql://SUPERUSER@HOST/DATABASE"));
    Options file = o;
    file.storePath = from;
    if (o.isSet("file-user"))
        file.username = o.value("file-user");
    auto session = signIn(file);
    if (!session)
        return fail(session.error());
    auto m = departmentstore::migrateFileStore(o.storePath, *session.value());
    if (!m)
        return fail(m.error());
    const DepartmentImportCounts& c = m->counts;
    printOut(QStringLiteral("Migrated %1 into the department store %2:")
                 .arg(from, departmentstore::displayAddress(o.storePath)));
    printOut(QStringLiteral("  users: %1 migrated%2")
                 .arg(c.users)
                 .arg(c.usersSkipped == 0
                          ? QString()
                          : QStringLiteral(", %1 skipped (the server's own account of that name "
                                           "was kept: %2)")
                                .arg(c.usersSkipped)
                                .arg(c.skippedUsers.join(QStringLiteral(", ")))));
    printOut(QStringLiteral("  reads: %1 (%2 cameras, %3 plates, %4 alternative readings)")
                 .arg(c.reads)
                 .arg(c.cameras)
                 .arg(c.plates)
                 .arg(c.candidates));
    printOut(QStringLiteral("  images: %1").arg(c.images));
    printOut(QStringLiteral("  searches: %1%2")
                 .arg(c.searches)
                 .arg(c.searchesWithoutUser == 0
                          ? QString()
                          : QStringLiteral(" (%1 by users with no account, not copied)")
                                .arg(c.searchesWithoutUser)));
    printOut(QStringLiteral("  training records: %1").arg(c.training));
    printOut(QStringLiteral("  old trail events: %1").arg(c.events));
    printOut(
        QStringLiteral("  open legal holds: %1, keeping %2 read(s)").arg(c.holds).arg(c.heldReads));
    printOut(QStringLiteral("  hot lists: %1, with %2 entries; hits: %3")
                 .arg(c.hotLists)
                 .arg(c.hotListEntries)
                 .arg(c.hits));
    printOut(QStringLiteral("  evidence packages: %1; release requests: %2")
                 .arg(c.evidencePackages)
                 .arg(c.releaseRequests));
    printOut(QStringLiteral("  audit samples: %1; camera agents: %2").arg(c.samples).arg(c.agents));
    printOut(QStringLiteral("The file store's trail (%1 events, head %2) is kept verbatim: alprctl "
                            "audit verify --migrated")
                 .arg(c.events)
                 .arg(m->headHash));
    if (!m->fromStoreId.isEmpty())
        printOut(QStringLiteral("File store id: %1; its root key fingerprint: %2")
                     .arg(m->fromStoreId, m->rootFingerprint));
    if (!c.migratedUsers.isEmpty())
        printOut(QStringLiteral("Every migrated person must have a new password set: alprctl "
                                "user passwd NAME (%1)")
                     .arg(c.migratedUsers.join(QStringLiteral(", "))));
    return ExitOk;
}

// An administrator replaces the server's trail key (the old one signs the
// hand-over, then is gone).
int cmdPgRotateTrailKey(Options& o)
{
    if (!departmentstore::isAddress(o.storePath))
        return usage(QStringLiteral("pg rotate-trail-key is for a department store "
                                    "(--store postgresql://...)"));
    if (o.value("reason").trimmed().isEmpty())
        return usage(QStringLiteral("pg rotate-trail-key needs --reason, e.g. \"DBA left\""));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto rotated = departmentstore::rotateTrailKey(*session.value(), o.value("reason"));
    if (!rotated)
        return fail(rotated.error());
    printOut(QStringLiteral("The trail key was replaced at event %1; from there on events are "
                            "signed with the key %2.")
                 .arg(rotated->seq)
                 .arg(rotated->publicKey));
    return ExitOk;
}

int cmdPg(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("init"))
        return cmdPgInit(o);
    if (sub == QLatin1String("upgrade"))
        return cmdPgUpgrade(o);
    if (sub == QLatin1String("migrate"))
        return cmdPgMigrate(o);
    if (sub == QLatin1String("rotate-trail-key"))
        return cmdPgRotateTrailKey(o);
    return usage(QStringLiteral("pg takes init, upgrade, migrate or rotate-trail-key"));
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
         "  pg upgrade                         apply the department store's new migrations\n"
         "  pg migrate --from FILE.alprdb --file-user ADMIN\n"
         "                                     copy a store file (its administrator's password\n"
         "                                     in $ALPR_PASSWORD) into a new department store,\n"
         "                                     with its audit trail kept verbatim\n"
         "  pg rotate-trail-key --reason TEXT  replace the server's trail key (administrators)",
         {{QStringLiteral("login-role"),
           QStringLiteral("The server role workstations log in with."), QStringLiteral("ROLE")},
          {QStringLiteral("file-user"),
           QStringLiteral("pg migrate: the store file's administrator who signs in to it."),
           QStringLiteral("NAME")},
          {QStringLiteral("extension"), QStringLiteral("The store's signing module (alpr_pg.so)."),
           QStringLiteral("FILE")}},
         cmdPg},
    };
}

} // namespace alpr::cli
