// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/pageauthentication.h"
#include "common/auditevent.h"
#include "common/result.h"
#include "store/storescan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace alpr {

class Clock;
class SecureBytes;
class Session;

// What `alprctl store check` found.
struct StoreCheckReport
{
    QString path;
    PageAuthentication pages;               // every page's HMAC
    StoreScan scan;                         // every table and index read; integrity_check
    std::optional<AuditVerification> trail; // checked only when the pages are sound

    bool damaged() const { return !pages.intact() || !scan.intact(); }
    bool intact() const { return !damaged() && trail && trail->intact; }
    // What is damaged, for the message: "table users", "page 37 (in no table
    // or index: a free page)", "the integrity check: ...".
    QStringList damage() const;
    // The report as lines for a person to read.
    QStringList lines() const;
};

// The store file read with the database key: every page's HMAC, every table
// and index, integrity_check; nothing written, the trail not verified.
Result<StoreCheckReport> inspectStoreFile(const QString& storePath, const SecureBytes& databaseKey);

// The store check (README "Checking the store"), for the nightly timer and
// for administrators. The user's key slot gives the database key (a wrong
// password counts as a failed sign-in, and a locked account is refused, as
// at sign-in); with it every page's HMAC is checked, every table and index
// read whole and SQLite's integrity_check run, without signing in, so that a
// damaged users table, trail or schema is reported as damage and never as a
// disabled account or a failed migration. When the pages are sound the user
// signs in (read-audit needed), the trail's hash chain is verified through
// verifyAuditTrail() (recorded as "audit-verify") and the check is recorded
// as "store-check". A damaged store is reported, not written to.
Result<StoreCheckReport> checkStore(const QString& storePath, const QString& username,
                                    const SecureBytes& password, const Clock& clock);

// What the department store's check found (README "Checking the department
// store"): what the server keeps beside the reads for its searches, against
// a recount from the reads. Counts only; what differs names plates.
struct DepartmentStoreDifferences
{
    qint64 plates = 0; // a plate's count of reads or newest time is not its reads'
    qint64 ends = 0;   // a start's or end's count of reads is not a recount's
    qint64 copies =
        0; // an alternative reading's copy of its read's plate and time is not the read's

    bool none() const { return plates == 0 && ends == 0 && copies == 0; }
};

// The store's code (functions, triggers, tables' grants, schemas: store_code.sql)
// against what this program's migrations make (store_code.txt), each object
// named as there ("function alpr.plate_tag_filter(p_re text)").
struct DepartmentCodeDifferences
{
    QStringList changed; // defined otherwise, switched off, granted to others
    QStringList missing; // dropped
    QStringList added;   // not made by the migrations
    QStringList store;   // the store's "<md5> <object>" lines, as store_code.txt holds them

    bool none() const { return changed.isEmpty() && missing.isEmpty() && added.isEmpty(); }
};

// Compares the store's lines with the expected ones.
DepartmentCodeDifferences compareStoreCode(const QStringList& store, const QStringList& expected);

struct DepartmentStoreCheck
{
    QString address;
    std::optional<AuditVerification> trail; // when the user may read the trail
    DepartmentCodeDifferences code;
    DepartmentStoreDifferences found;
    bool mended = false;
    DepartmentStoreDifferences after; // after mending; as found when not mended

    bool intact() const { return code.none() && after.none() && (!trail || trail->intact); }
    QStringList lines() const;
};

// The department store's check, for the nightly timer and for
// administrators (maintain-store): the trail's hash chain and signatures
// verified through verifyAuditTrail() when the user may read the trail (an
// auditor verifies it otherwise); the store's code read from the catalogs
// and compared here with what the migrations make; then the server
// recounts what its searches count from and records the check, with the
// code's differences, as "store-check" (a failure when anything differs).
// With mend, the counts that differ are recounted from the reads and
// checked again; a copy that differs, and changed code, are left for the
// superuser.
Result<DepartmentStoreCheck> checkDepartmentStore(Session& session, bool mend);

} // namespace alpr
