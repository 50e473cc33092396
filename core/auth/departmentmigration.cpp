// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/departmentmigration.h"

#include "audit/auditlog.h"
#include "auth/accountpolicy.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/auditeventrepository.h"
#include "store/departmentlink.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace alpr::departmentstore {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alpr::DepartmentMigration", text);
}

} // namespace

Result<FileStoreMigration> migrateFileStore(const QString& address, Session& fileSession)
{
    if (fileSession.isDepartment())
        return makeError(ErrorCode::Invalid,
                         tr("--from names the store file to migrate, not a department store"));
    auto parsed = DepartmentAddress::parse(address);
    if (!parsed)
        return parsed.error();
    // Copying every account and every read: an administrator's work.
    for (Action action : {Action::ManageUsers, Action::MaintainStore})
        if (auto r = fileSession.require(action, QStringLiteral("store"),
                                         {{QStringLiteral("migrate-to"), parsed->display()}});
            !r)
            return r.error();
    auto link = DepartmentLink::connect(parsed.value());
    if (!link)
        return link.error();
    DepartmentLink& db = *link.value();
    const int version = db.schemaVersion();
    if (version <= 0)
        return makeError(
            ErrorCode::NotFound,
            tr("%1 holds no department store: run alprctl pg init first").arg(parsed->display()));
    if (version < DepartmentLink::latestSchemaVersion())
        return makeError(ErrorCode::Invalid,
                         tr("The department store %1 has schema version %2, older than this "
                            "program's %3: run alprctl pg upgrade first")
                             .arg(parsed->display())
                             .arg(version)
                             .arg(DepartmentLink::latestSchemaVersion()));

    Store& store = storeOf(fileSession);
    FileStoreMigration out;
    QString serverStoreId;
    // One read transaction on the file: the trail verified is the trail
    // copied, whatever another workstation writes meanwhile.
    auto done = store.transaction([&]() -> Result<void> {
        auto v = trailOf(fileSession).verify(TrailVerifyOptions{});
        if (!v)
            return v.error();
        if (!v->intact)
            return makeError(ErrorCode::Invalid,
                             tr("The file store's audit trail does not verify: event %1: %2 (%3 "
                                "events checked). A trail that does not verify is not migrated; "
                                "nothing was changed")
                                 .arg(v->firstBadSeq)
                                 .arg(v->problem)
                                 .arg(v->events));
        auto head = store.auditEvents().head();
        if (!head)
            return head.error();
        out.headSeq = head.value() ? head.value()->seq : 0;
        out.headHash = v->headHash;
        out.fromStoreId = v->storeId;
        out.rootFingerprint = v->rootFingerprint;
        DepartmentImportSource source;
        source.storeId = out.fromStoreId;
        source.rootFingerprint = out.rootFingerprint;
        source.headSeq = out.headSeq;
        source.headHash = out.headHash;
        auto rules = AccountPolicy::load(fileSession);
        if (!rules)
            return rules.error();
        source.lockoutSeconds = rules->lockoutSeconds;
        source.migratedBy = fileSession.user().username;
        source.workstation = QStringLiteral("alprctl pg migrate");
        return db.asOwnerInOneTransaction(
            [&](const DepartmentLink::OwnerStatement& exec) -> Result<void> {
                DepartmentImport import(store.database(), exec);
                auto counts = import.run(source);
                if (!counts)
                    return counts.error();
                out.counts = counts.value();
                auto id = exec(
                    QStringLiteral("SELECT value FROM alpr.settings WHERE key = 'store_id'"), {});
                if (id && !id->isEmpty())
                    serverStoreId = QString::fromUtf8(id->first().value(0));
                return {};
            });
    });
    if (!done)
        return done.error();
    // The file's own trail says where its data went (after the head that
    // was copied: the file store's later events stay in the file).
    (void)trailOf(fileSession)
        .append(fileSession.user().username, QStringLiteral("store-migrated"),
                QStringLiteral("store"),
                {{QStringLiteral("to"), parsed->display()},
                 {QStringLiteral("to_store_id"), serverStoreId},
                 {QStringLiteral("head_seq"), out.headSeq},
                 {QStringLiteral("head_hash"), out.headHash},
                 {QStringLiteral("reads"), out.counts.reads},
                 {QStringLiteral("images"), out.counts.images},
                 {QStringLiteral("users"), out.counts.users},
                 {QStringLiteral("searches"), out.counts.searches}},
                QStringLiteral("success"));
    return out;
}

} // namespace alpr::departmentstore
