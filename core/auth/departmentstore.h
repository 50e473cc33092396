// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auth/session.h"
#include "common/result.h"
#include "common/securebytes.h"
#include "common/useraccount.h"

#include <QJsonObject>
#include <QString>

namespace alpr {

class DepartmentLink;

// The department store (PostgreSQL) as the accounts see it: setting one up,
// and the accounts the server sends.
namespace departmentstore {

struct SetUp
{
    QString storeId;
    QString rootFingerprint; // of the agency root key the trail names
    int schemaVersion = 0;
};

// 'alprctl pg init': on an empty database, as a superuser of the server.
// Installs the schema, the roles and the functions (signing module at
// extensionPath), the program's permission table, the server's root and
// trail keys (the trail's first event names the root key and certifies the
// trail key, as a file store's does its first user's), and the first
// administrator with the given password. loginRole, when given, is an
// existing server role the workstations log in with; it is granted the
// store's client role (calling the store's functions, nothing else).
Result<SetUp> initialize(const QString& address, const UserAccount& admin,
                         const SecureBytes& password, const QString& extensionPath,
                         const QString& loginRole);

// 'alprctl pg migrate': brings a store's schema up to date; returns the
// number of migrations applied.
Result<int> migrateSchema(const QString& address);

// Whether a store location names a department store (postgresql://…).
bool isAddress(const QString& location);
// The address as messages show it (never a password); the text itself when
// it is not an address.
QString displayAddress(const QString& location);

// The account as the server's functions describe it.
UserAccount accountFromJson(const QJsonObject& json);

// A user's sign-in on a connection no one is signed in on (SignIn, and
// Session::reconnect on a new one): the server checks the password and,
// when the account has a second factor, the code asked of oneTimeCode;
// counts a failure toward the lockout; records the sign-in. The account
// as the server describes it (with "totp_required").
Result<QJsonObject> signInOn(DepartmentLink& link, const QString& username,
                             const SecureBytes& password, const OneTimeCodeSource& oneTimeCode);

// The name the server's trail key signs as.
QString serverSigner();

// 'alprctl pg rotate-trail-key' (administrators): the server makes a new
// trail key; its "key-rotated" event, the last the old key signs, names it.
struct RotatedTrailKey
{
    qint64 seq = 0;    // the key-rotated event
    QString publicKey; // base64
};
Result<RotatedTrailKey> rotateTrailKey(Session& session, const QString& reason);

} // namespace departmentstore

} // namespace alpr
