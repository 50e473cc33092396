// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl init, demo, import, store compact|rekey|backup|restore|anchor.
#include "cli.h"
#include "terminal.h"

#include "auditing/storecheck.h"
#include "auditing/trailanchoring.h"
#include "auth/departmentstore.h"
#include "auth/keyslotfile.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "auth/storekeys.h"
#include "auth/storemaintenance.h"
#include "common/clock.h"
#include "common/damagedstore.h"
#include "common/privatefiles.h"
#include "demo/demostore.h"
#include "ingest/readimporter.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace alpr::cli {

namespace {

int cmdInit(Options& o)
{
    const QString admin = o.value("admin");
    if (admin.isEmpty())
        return usage(QStringLiteral("init needs --admin NAME"));
    QString problem;
    SecureBytes password = cli::readNewPassword(
        "ALPR_PASSWORD", QStringLiteral("New password for %1: ").arg(admin), &problem);
    if (password.isEmpty())
        return fail(makeError(ErrorCode::Invalid, problem));
    if (auto r = makeOwnerOnlyFolders(QFileInfo(o.storePath).absolutePath()); !r)
        return fail(r.error());
    UserAccount account;
    account.username = admin;
    account.fullName = admin;
    account.roles = {Role::Administrator};
    auto session = SignIn::createStore(o.storePath, account, password, Clock::system());
    if (!session)
        return fail(session.error());
    printOut(QStringLiteral("Created %1 with administrator %2.\nKey slots: %3")
                 .arg(o.storePath, admin, KeySlotFile::pathForStore(o.storePath)));
    return ExitOk;
}

int cmdDemo(Options& o)
{
    DemoOptions demo;
    bool ok = true;
    if (o.isSet("reads")) {
        demo.reads = o.value("reads").toInt(&ok);
        if (!ok || demo.reads < 0)
            return usage(QStringLiteral("--reads takes a number of reads, e.g. --reads 20000"));
    }
    if (o.isSet("seed")) {
        demo.seed = o.value("seed").toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed takes a whole number"));
    }
    if (o.isSet("last-day")) {
        demo.lastDay = QDate::fromString(o.value("last-day"), Qt::ISODate);
        if (!demo.lastDay.isValid())
            return usage(QStringLiteral("--last-day takes a date, e.g. 2026-11-21"));
    }
    demo.images = !o.isSet("no-images");
    if (auto r = makeOwnerOnlyFolders(QFileInfo(o.storePath).absolutePath()); !r)
        return fail(r.error());
    const bool interactive = ::isatty(2);
    auto summary = createOrFillDemoStore(o.storePath, demo, [interactive](int done, int total) {
        if (interactive)
            std::fprintf(stderr, "\r  %d of %d reads", done, total);
    });
    if (interactive)
        std::fputc('\n', stderr);
    if (!summary)
        return fail(summary.error());
    printOut(QStringLiteral("Demo store %1: %2 reads added, %3 distinct plates, %4 cameras.")
                 .arg(o.storePath)
                 .arg(summary->reads)
                 .arg(summary->distinctPlates)
                 .arg(summary->cameras));
    QStringList users;
    for (const DemoAccount& a : demoAccounts())
        users << QStringLiteral("%1 (%2)").arg(a.username, a.roles);
    printOut(QStringLiteral("Sign in as %1; the password of every demo account is %2")
                 .arg(users.join(QStringLiteral(", ")), demoPassword()));
    return ExitOk;
}

int cmdImport(Options& o)
{
    if (o.positional.size() < 3 || o.positional[1] != QLatin1String("reads"))
        return usage(QStringLiteral("import reads FILE... : name one or more read files"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    ReadImporter importer(*session.value());
    int status = ExitOk;
    for (const QString& file : o.positional.mid(2)) {
        auto result = importer.importFile(file);
        if (!result) {
            printErr(QStringLiteral("alprctl: %1").arg(result.error().message));
            status = std::max(status, exitFor(result.error()));
            continue;
        }
        printOut(QStringLiteral("%1: %2 read(s) imported, %3 already in the store")
                     .arg(result->source)
                     .arg(result->imported)
                     .arg(result->duplicates));
    }
    return status;
}

// Exit 0 when every page, table, index and the trail are sound; 1 naming
// what is damaged otherwise.
// The department store's check: its trail, its code against what the
// migrations make, and what its searches count from against a recount.
// Exit 1 when anything differs.
int cmdDepartmentStoreCheck(Options& o)
{
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto check = checkDepartmentStore(*session.value(), o.isSet("mend"));
    if (!check)
        return fail(check.error());
    for (const QString& line : check->lines())
        printOut(line);
    if (check->trail && !check->trail->intact) {
        printErr(QStringLiteral("alprctl: the audit trail of %1 is BROKEN at event %2: %3")
                     .arg(check->address)
                     .arg(check->trail->firstBadSeq)
                     .arg(check->trail->problem));
        return ExitError;
    }
    if (!check->code.none()) {
        printErr(QStringLiteral("alprctl: the functions, triggers or grants of %1 are not what its "
                                "migrations made (%2 changed, %3 missing, %4 added): its searches, "
                                "checks and trail may not do what they say. This is for the "
                                "server's superuser to look into; see the README, \"Checking the "
                                "department store\".")
                     .arg(check->address)
                     .arg(check->code.changed.size())
                     .arg(check->code.missing.size())
                     .arg(check->code.added.size()));
        return ExitError;
    }
    if (!check->after.none()) {
        printErr(QStringLiteral("alprctl: %1 keeps counts or copies that differ from its reads; "
                                "its searches may report wrong counts.%2")
                     .arg(check->address,
                          check->after.plates + check->after.ends > 0
                              ? QStringLiteral(" 'alprctl store check --mend' recounts them.")
                              : QStringLiteral(" Alternative readings that differ from their "
                                               "reads are for the server's superuser to look "
                                               "into.")));
        return ExitError;
    }
    printOut(check->mended ? QStringLiteral("%1 is sound, mended").arg(check->address)
                           : QStringLiteral("%1 is sound").arg(check->address));
    return ExitOk;
}

int cmdStoreCheck(Options& o)
{
    if (departmentstore::isAddress(o.storePath))
        return cmdDepartmentStoreCheck(o);
    if (o.isSet("mend"))
        return usage(QStringLiteral("--mend is for a department store; a store file that "
                                    "fails its check is restored from a backup"));
    auto password = signInPassword(o);
    if (!password)
        return fail(password.error());
    auto report = checkStore(o.storePath, o.username, password.value(), Clock::system());
    if (!report)
        return fail(report.error());
    for (const QString& line : report->lines())
        printOut(line);
    if (report->damaged()) {
        printErr(QStringLiteral("alprctl: %1")
                     .arg(storeDamaged(o.storePath, report->damage().join(QStringLiteral("; ")))
                              .message));
        return ExitError;
    }
    if (!report->intact()) {
        printErr(QStringLiteral("alprctl: the audit trail of %1 is BROKEN at event %2: %3")
                     .arg(o.storePath)
                     .arg(report->trail->firstBadSeq)
                     .arg(report->trail->problem));
        return ExitError;
    }
    printOut(QStringLiteral("%1 is sound").arg(o.storePath));
    return ExitOk;
}

int cmdStoreCompact(Session& s, const Options& o)
{
    auto done = StoreMaintenance(s).compactStore();
    if (!done)
        return fail(done.error());
    printOut(QStringLiteral("%1 compacted in %2 s: %3 MB before, %4 MB after")
                 .arg(o.storePath)
                 .arg(double(done->milliseconds) / 1000.0, 0, 'f', 1)
                 .arg(double(done->bytesBefore) / 1e6, 0, 'f', 1)
                 .arg(double(done->bytesAfter) / 1e6, 0, 'f', 1));
    return ExitOk;
}

int cmdStoreRekey(Session& s, const Options& o)
{
    auto done = StoreKeys(s).rekey();
    if (!done)
        return fail(done.error());
    QString said = QStringLiteral("%1 has a new database key, sealed to %2 active user(s); "
                                  "earlier copies of the key-slot file no longer open it.")
                       .arg(o.storePath)
                       .arg(done->usersSealed);
    if (done->slotsWithoutKey > 0)
        said += QStringLiteral(" %1 key slot(s) of disabled users were left without it.")
                    .arg(done->slotsWithoutKey);
    printOut(said);
    return ExitOk;
}

int cmdStoreBackup(Session& s, const Options& o)
{
    if (!o.isSet("out"))
        return usage(QStringLiteral("store backup needs --out FILE"));
    auto done = StoreKeys(s).backup(o.value("out"));
    if (!done)
        return fail(done.error());
    printOut(QStringLiteral("Backup written: %1 (the store, encrypted as it is) and %2 (its key "
                            "slots), up to audit event %3.\nKeep both together, away from this "
                            "machine.")
                 .arg(done->storeCopy, done->slotCopy)
                 .arg(done->headSeq));
    return ExitOk;
}

int cmdStoreRestore(Options& o)
{
    const QString file = o.positional.value(2);
    if (file.isEmpty())
        return usage(QStringLiteral("store restore takes the backup file: store restore FILE"));
    // No sign-in first: the store may be too damaged to open.
    auto password = signInPassword(o);
    if (!password)
        return fail(password.error());
    auto done =
        StoreKeys::restore(o.storePath, o.username, password.value(), file, Clock::system());
    if (!done)
        return fail(done.error());
    printOut(QStringLiteral("%1 restored from %2, which held audit events up to %3.")
                 .arg(o.storePath, file)
                 .arg(done->backupHeadSeq));
    if (done->discardedTo < 0)
        printOut(QStringLiteral("The replaced store could not be read; every audit event after "
                                "%1 is gone, and the trail records the restore.")
                     .arg(done->backupHeadSeq));
    else if (done->discardedTo >= done->discardedFrom)
        printOut(QStringLiteral("Audit events %1 to %2 of the replaced store were taken back by "
                                "the restore; the trail records it.")
                     .arg(done->discardedFrom)
                     .arg(done->discardedTo));
    return ExitOk;
}

int cmdStoreAnchor(Session& s, const Options& o)
{
    if (o.isSet("target")) {
        if (auto r = setAnchorTarget(s, o.value("target")); !r)
            return fail(r.error());
        printOut(QStringLiteral("Anchors of the audit trail now go to %1; one was sent.")
                     .arg(o.value("target")));
        return ExitOk;
    }
    auto target = anchorTarget(s);
    if (!target)
        return fail(target.error());
    if (auto r = s.anchorTrail(); !r)
        return fail(r.error());
    printOut(QStringLiteral("The trail's head was anchored to %1.").arg(target.value()));
    return ExitOk;
}

int cmdStore(Options& o)
{
    const QString sub = o.positional.value(1);
    using Handler = int (*)(Session&, const Options&);
    const QList<std::pair<QLatin1String, Handler>> handlers{
        {QLatin1String("compact"), cmdStoreCompact},
        {QLatin1String("rekey"), cmdStoreRekey},
        {QLatin1String("backup"), cmdStoreBackup},
        {QLatin1String("anchor"), cmdStoreAnchor}};
    if (sub == QLatin1String("restore"))
        return cmdStoreRestore(o);
    if (sub == QLatin1String("check"))
        return cmdStoreCheck(o);
    Handler handler = nullptr;
    for (const auto& [name, h] : handlers)
        if (sub == name)
            handler = h;
    if (!handler)
        return usage(
            QStringLiteral("store takes check, compact, rekey, backup, restore or anchor"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    return handler(*session.value(), o);
}

} // namespace

QList<Command> storeCommands()
{
    return {
        {"init",
         "init --admin NAME                  create a new, empty store with one administrator",
         {{QStringLiteral("admin"), QStringLiteral("Administrator of a new store."),
           QStringLiteral("NAME")}},
         cmdInit},
        {"demo",
         "demo [--reads N] [--seed S] [--no-images] [--last-day YYYY-MM-DD]\n"
         "                                     create a demo store, or add reads to one: 30\n"
         "                                     days of reads up to now, or up to the end of\n"
         "                                     the --last-day asked for",
         {{QStringLiteral("reads"), QStringLiteral("Demo reads."), QStringLiteral("N")},
          {QStringLiteral("seed"), QStringLiteral("Demo seed."), QStringLiteral("S")},
          {QStringLiteral("last-day"),
           QStringLiteral("Last day of demo reads, read to its end (default: up to now)."),
           QStringLiteral("DATE")},
          {QStringLiteral("no-images"), QStringLiteral("Demo reads without images.")}},
         cmdDemo},
        {"import",
         "import reads FILE...               import OpenALPR alpr_group JSON or CSV read files",
         {},
         cmdImport},
        {"store",
         "store check [--mend]               read every page, table and index of the store, run\n"
         "                                     SQLite's integrity check and verify the audit "
         "trail;\n"
         "                                     exit 1 naming what is damaged (nightly, as "
         "maintenance).\n"
         "                                     A department store: its trail, its functions,\n"
         "                                     triggers and grants against what its migrations\n"
         "                                     made, and the counts its searches use against a\n"
         "                                     recount from the reads; --mend recounts those\n"
         "                                     that differ\n"
         "  store compact                      rewrite the store so its indexes lie together: "
         "after "
         "large\n"
         "                                     imports, for a fast plate index build at sign-in "
         "(administrators)\n"
         "  store rekey                        give the store a new database key, sealed to every\n"
         "                                     active user (after disabling someone)\n"
         "  store backup --out FILE            a consistent, encrypted copy of the store and its\n"
         "                                     key slots (FILE and FILE.keys)\n"
         "  store restore FILE                 replace the store with a backup (administrators)\n"
         "  store anchor [--target T]          send the audit trail's signed head to syslog now;\n"
         "                                     with --target: syslog, unix:/path, udp:host:port, "
         "off",
         {{QStringLiteral("target"), QStringLiteral("Where the trail's anchors go."),
           QStringLiteral("T")},
          {QStringLiteral("mend"),
           QStringLiteral("store check: recount a department store's counts that differ.")}},
         cmdStore},
    };
}

} // namespace alpr::cli
