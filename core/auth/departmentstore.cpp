// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/departmentstore.h"

#include "auth/passwordpolicy.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/sessionregistry.h"
#include "auth/signin.h"
#include "auth/storekeys.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "store/departmentlink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace alpr::departmentstore {

QString serverSigner()
{
    return QStringLiteral("alpr-server");
}

bool isAddress(const QString& location)
{
    return DepartmentAddress::isAddress(location);
}

QString displayAddress(const QString& location)
{
    auto parsed = DepartmentAddress::parse(location);
    return parsed ? parsed->display() : QStringLiteral("postgresql://…");
}

UserAccount accountFromJson(const QJsonObject& json)
{
    UserAccount a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.username = json.value(QStringLiteral("username")).toString();
    a.fullName = json.value(QStringLiteral("full_name")).toString();
    a.badge = json.value(QStringLiteral("badge")).toString();
    a.organization = json.value(QStringLiteral("organization")).toString();
    QStringList roles;
    for (const QJsonValue& r : json.value(QStringLiteral("roles")).toArray())
        roles.append(r.toString());
    a.roles = parseRoles(roles.join(u',')).value_or(QList<Role>{});
    a.active = json.value(QStringLiteral("active")).toBool();
    a.mustChangePassword = json.value(QStringLiteral("must_change_password")).toBool();
    a.totpEnrolled = json.value(QStringLiteral("totp_enrolled")).toBool();
    for (const QJsonValue& v : json.value(QStringLiteral("training")).toArray()) {
        const QJsonObject t = v.toObject();
        TrainingRecord record;
        record.course = t.value(QStringLiteral("course")).toString();
        record.completedOn =
            QDate::fromString(t.value(QStringLiteral("completed_on")).toString(), Qt::ISODate);
        record.expiresOn =
            QDate::fromString(t.value(QStringLiteral("expires_on")).toString(), Qt::ISODate);
        a.training.append(record);
    }
    return a;
}

Result<SetUp> initialize(const QString& address, const UserAccount& admin,
                         const SecureBytes& password, const QString& extensionPath,
                         const QString& loginRole)
{
    if (auto r = validateUsername(admin.username); !r)
        return r.error();
    if (auto r = validateNewPassword(admin.username, password, kMinPasswordLength); !r)
        return r.error();
    auto parsed = DepartmentAddress::parse(address);
    if (!parsed)
        return parsed.error();
    auto link = DepartmentLink::connect(parsed.value());
    if (!link)
        return link.error();
    DepartmentLink& db = *link.value();
    if (auto r = db.installSchema(extensionPath); !r)
        return r.error();

    // The permission table, from the program's own.
    for (Role role : allRoles())
        for (Action action : allActions())
            if (roleAllows(role, action))
                if (auto r = db.execAsOwner(
                        QStringLiteral(
                            "INSERT INTO alpr.permissions(role, action) VALUES ($1, $2)"),
                        {roleName(role), actionName(action)});
                    !r)
                    return r.error();
    for (Action action : allActions())
        if (reachesAlprData(action))
            if (auto r = db.execAsOwner(
                    QStringLiteral("INSERT INTO alpr.data_actions(action) VALUES ($1)"),
                    {actionName(action)});
                !r)
                return r.error();

    // The server's keys: the agency root key certifies the trail key.
    crypto::KeyPair root = crypto::generateEd25519();
    crypto::KeyPair trail = crypto::generateEd25519();
    auto certificate = keyCertificate(root.privateKey, serverSigner(), trail.publicKey);
    if (!certificate)
        return certificate.error();
    SetUp out;
    out.storeId = QString::fromLatin1(crypto::randomBytesPublic(16).toHex());
    out.rootFingerprint = crypto::fingerprint(root.publicKey);
    const QString insertKey = QStringLiteral(
        "INSERT INTO alpr.server_keys(name, seed, public_key) VALUES ($1, $2::bytea, $3::bytea)");
    if (auto r = db.execAsOwner(insertKey, {QStringLiteral("root"),
                                            root.privateKey.toByteArrayUnsafe(), root.publicKey});
        !r)
        return r.error();
    if (auto r = db.execAsOwner(insertKey, {QStringLiteral("trail"),
                                            trail.privateKey.toByteArrayUnsafe(), trail.publicKey});
        !r)
        return r.error();
    if (auto r = db.execAsOwner(
            QStringLiteral("INSERT INTO alpr.settings(key, value) VALUES ('store_id', $1)"),
            {out.storeId});
        !r)
        return r.error();

    const QJsonObject started{
        {QStringLiteral("root_public"), QString::fromLatin1(root.publicKey.toBase64())},
        {QStringLiteral("root_fingerprint"), out.rootFingerprint},
        {QStringLiteral("store_id"), out.storeId},
        {QStringLiteral("reason"), QStringLiteral("department store created")},
        {QStringLiteral("user_key"), certificate.value()}};
    const QString station = QStringLiteral("alprctl pg init");
    if (auto r = db.execAsOwner(
            QStringLiteral("SELECT alpr.append_event($1, $2, 'signing-started', 'store', $3::jsonb,"
                           " 'success')"),
            {admin.username, station,
             QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact))});
        !r)
        return r.error();

    QString secret = QString::fromUtf8(password.toByteArrayUnsafe());
    auto added = db.execAsOwner(
        QStringLiteral("INSERT INTO alpr.users(username, full_name, badge, organization, roles,"
                       " password_hash, must_change_password)"
                       " VALUES ($1, $2, $3, $4, string_to_array($5, ','),"
                       " alpr.crypt($6, alpr.gen_salt('bf', 12)), false)"),
        {admin.username, admin.fullName, admin.badge, admin.organization,
         QStringLiteral("administrator"), secret});
    secureWipe(secret);
    if (!added)
        return added.error();
    if (auto r = db.execAsOwner(
            QStringLiteral(
                "SELECT alpr.append_event($1, $2, 'user-added', $3, $4::jsonb, 'success')"),
            {admin.username, station, userAuditObject(admin.username),
             QStringLiteral("{\"roles\":\"administrator\",\"reason\":\"first administrator\"}")});
        !r)
        return r.error();
    // The agency's evidence key, which the server keeps and signs packages with.
    if (auto r = db.execAsOwner(QStringLiteral("SELECT alpr.evidence_key_create($1, $2, "
                                               "'department store created')"),
                                {admin.username, station});
        !r)
        return r.error();
    if (!loginRole.isEmpty())
        if (auto r = db.grantClient(loginRole); !r)
            return r.error();
    out.schemaVersion = db.schemaVersion();
    return out;
}

Result<int> migrateSchema(const QString& address)
{
    auto parsed = DepartmentAddress::parse(address);
    if (!parsed)
        return parsed.error();
    auto link = DepartmentLink::connect(parsed.value());
    if (!link)
        return link.error();
    return link.value()->migrate();
}

Result<QJsonObject> signInOn(DepartmentLink& link, const QString& username,
                             const SecureBytes& password, const OneTimeCodeSource& oneTimeCode)
{
    QString secret = QString::fromUtf8(password.toByteArrayUnsafe());
    auto attempt = [&](const QString& code) {
        return link.call("sign_in", {DepartmentArg::text(username), DepartmentArg::text(secret),
                                     DepartmentArg::text(code),
                                     DepartmentArg::text(SessionRegistry::workstationName())});
    };
    auto answer = attempt({});
    bool codeAsked = false;
    if (answer && answer->value(QStringLiteral("code_required")).toBool()) {
        codeAsked = true;
        const QString code = oneTimeCode ? oneTimeCode().trimmed() : QString();
        if (code.isEmpty()) {
            secureWipe(secret);
            return oneTimeCodeWanted(username);
        }
        answer = attempt(code);
    }
    secureWipe(secret);
    if (!answer) {
        if (answer.error().code != ErrorCode::AuthFailed)
            return answer.error();
        return makeError(
            ErrorCode::AuthFailed,
            codeAsked ? QCoreApplication::translate("alpr::SignIn",
                                                    "wrong user name, password or one-time code")
                      : QCoreApplication::translate("alpr::SignIn", "wrong user name or password"));
    }
    return answer->value(QStringLiteral("account")).toObject();
}

Result<RotatedTrailKey> rotateTrailKey(Session& session, const QString& reason)
{
    if (!session.isDepartment())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::DepartmentStore",
                                                     "Only a department store has a server's "
                                                     "trail key; a store file's users sign their "
                                                     "own events"));
    auto answer = departmentOf(session).call("trail_key_rotate", {DepartmentArg::text(reason)});
    if (!answer)
        return answer.error();
    return RotatedTrailKey{answer->value(QStringLiteral("seq")).toInteger(),
                           answer->value(QStringLiteral("public_key")).toString()};
}

} // namespace alpr::departmentstore

namespace alpr {

Result<std::unique_ptr<Session>> SignIn::signInDepartment(const QString& address,
                                                          const QString& username,
                                                          const SecureBytes& password,
                                                          const Clock& clock,
                                                          const OneTimeCodeSource& oneTimeCode)
{
    auto parsed = DepartmentAddress::parse(address);
    if (!parsed)
        return parsed.error();
    auto link = DepartmentLink::connect(parsed.value());
    if (!link)
        return link.error();
    auto account = departmentstore::signInOn(*link.value(), username, password, oneTimeCode);
    if (!account)
        return account.error();
    std::unique_ptr<Session> session(new Session(std::move(link.value()), clock));
    session->m_user = departmentstore::accountFromJson(account.value());
    session->m_totpRequired = account->value(QStringLiteral("totp_required")).toBool();
    return session;
}

} // namespace alpr
