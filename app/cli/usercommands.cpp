// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl user add|list|disable|enable|unlock|passwd|roles|train|totp|policy.
#include "cli.h"
#include "terminal.h"

#include "auth/accountpolicy.h"
#include "auth/qrcode.h"
#include "auth/serviceaccounts.h"
#include "auth/session.h"
#include "auth/signinfailures.h"
#include "auth/totp.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "common/textinput.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace alpr::cli {

namespace {

const QString kIssuer = QStringLiteral("ALPR Workstation");

Result<QList<Role>> rolesArgument(const QString& text)
{
    QString unknown;
    const auto roles = parseRoles(text, &unknown);
    if (!roles)
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown role \"%1\"; the roles are %2")
                                                 .arg(unknown, rolesToString(allRoles())));
    if (roles->isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("name at least one role (%1)").arg(rolesToString(allRoles())));
    return roles.value();
}

Result<QDate> dateOption(const Options& o, const char* name, bool required)
{
    if (!o.isSet(name)) {
        if (required)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("--%1 DATE is required").arg(QLatin1String(name)));
        return QDate();
    }
    const QDate d = QDate::fromString(o.value(name), Qt::ISODate);
    if (!d.isValid())
        return makeError(ErrorCode::Invalid, QStringLiteral("--%1 \"%2\" is not a date like "
                                                            "2026-01-15")
                                                 .arg(QLatin1String(name), o.value(name)));
    return d;
}

Result<SecureBytes> newPassword(const QString& username)
{
    QString problem;
    SecureBytes pw = readNewPassword(
        "ALPR_NEW_PASSWORD", QStringLiteral("New password for %1: ").arg(username), &problem);
    if (pw.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    return pw;
}

QString lockText(const UserStatus& s)
{
    if (!s.locked)
        return s.failures.consecutiveFailures > 0
                   ? QStringLiteral("%1 failed").arg(s.failures.consecutiveFailures)
                   : QStringLiteral("-");
    if (s.failures.lockedUntil.date().year() == 9999)
        return QStringLiteral("locked");
    return QStringLiteral("locked until %1").arg(localTime(s.failures.lockedUntil));
}

QJsonObject userJson(const UserStatus& s, const QDate& today)
{
    const UserAccount& a = s.account;
    QJsonArray training;
    for (const TrainingRecord& t : a.training)
        training.append(QJsonObject{
            {QStringLiteral("course"), t.course},
            {QStringLiteral("completed_on"), t.completedOn.toString(Qt::ISODate)},
            {QStringLiteral("expires_on"),
             t.expiresOn.isValid() ? QJsonValue(t.expiresOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("current"), t.isCurrentOn(today)}});
    return {{QStringLiteral("username"), a.username},
            {QStringLiteral("full_name"), a.fullName},
            {QStringLiteral("badge"), a.badge},
            {QStringLiteral("organization"), a.organization},
            {QStringLiteral("kind"), a.kindName()},
            {QStringLiteral("roles"), rolesToString(a.roles)},
            {QStringLiteral("status"),
             a.active ? QStringLiteral("active") : QStringLiteral("disabled")},
            {QStringLiteral("must_change_password"), a.mustChangePassword},
            {QStringLiteral("second_factor"), a.totpEnrolled},
            {QStringLiteral("trained"), a.hasCurrentTraining(today)},
            {QStringLiteral("locked"), s.locked},
            {QStringLiteral("failed_sign_ins"), s.failures.consecutiveFailures},
            {QStringLiteral("training"), training}};
}

int listUsers(Options& o, Session& s)
{
    auto users = UserAdministration(s).listUsers();
    if (!users)
        return fail(users.error());
    const QDate today = s.clock().now().toLocalTime().date();
    if (o.isSet("json")) {
        QJsonArray a;
        for (const UserStatus& u : users.value())
            a.append(userJson(u, today));
        printOut(toJsonText(a));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("USER"), -14)
                 .arg(QStringLiteral("KIND"), -8)
                 .arg(QStringLiteral("STATUS"), -9)
                 .arg(QStringLiteral("ROLES"), -30)
                 .arg(QStringLiteral("TRAINED"), -8)
                 .arg(QStringLiteral("2FA"), -4)
                 .arg(QStringLiteral("LOCK"), -22)
                 .arg(QStringLiteral("NAME")));
    for (const UserStatus& u : users.value()) {
        const UserAccount& a = u.account;
        QString status = a.active ? QStringLiteral("active") : QStringLiteral("disabled");
        if (a.active && a.mustChangePassword)
            status = QStringLiteral("temp-pw");
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(a.username, -14)
                     .arg(a.kindName(), -8)
                     .arg(status, -9)
                     .arg(rolesToString(a.roles), -30)
                     // A service account needs no training record.
                     .arg(a.isServiceAccount()          ? QStringLiteral("n/a")
                          : a.hasCurrentTraining(today) ? QStringLiteral("yes")
                                                        : QStringLiteral("NO"),
                          -8)
                     .arg(a.totpEnrolled ? QStringLiteral("yes") : QStringLiteral("no"), -4)
                     .arg(lockText(u), -22)
                     // Stored before names were checked, a name may still hold a line break.
                     .arg(escapeControls(a.fullName)));
    }
    return ExitOk;
}

int enrolTotp(Options& o, Session& s, const QString& name)
{
    if (o.isSet("remove")) {
        if (auto r = UserAdministration(s).removeTotp(name); !r)
            return fail(r.error());
        printOut(QStringLiteral("%1 signs in with a password only now").arg(name));
        return ExitOk;
    }
    const SecureBytes secret = totp::generateSecret();
    if (auto r = UserAdministration(s).setTotpSecret(name, secret); !r)
        return fail(r.error());
    const QString uri = totp::provisioningUri(secret, name, kIssuer);
    printOut(QStringLiteral("One-time codes enrolled for %1. Add this to the authenticator app "
                            "(scan the QR code or type the secret), then sign in with a code.")
                 .arg(name));
    if (!o.isSet("no-qr")) {
        if (auto qr = QrCode::encode(uri); qr)
            printOut(qr->toText());
    }
    QString base32 = totp::toBase32(secret);
    printOut(QStringLiteral("Secret (base32): %1").arg(base32));
    printOut(QStringLiteral("URI: %1").arg(uri));
    printOut(QStringLiteral("Keep this output private: whoever has the secret can make codes."));
    secureWipe(base32);
    return ExitOk;
}

int showOrSetPolicy(Options& o, Session& s)
{
    auto current = AccountPolicy::load(s);
    if (!current)
        return fail(current.error());
    AccountPolicy p = current.value();
    bool change = false;
    auto number = [&](const char* name, int* out, int scale) -> bool {
        if (!o.isSet(name))
            return true;
        bool ok = false;
        const int n = o.value(name).toInt(&ok);
        if (!ok || n < 0)
            return false;
        *out = n * scale;
        change = true;
        return true;
    };
    if (!number("min-length", &p.minPasswordLength, 1) ||
        !number("lockout-minutes", &p.lockoutSeconds, 60) ||
        !number("idle-minutes", &p.idleLockMinutes, 1))
        return usage(QStringLiteral("--min-length, --lockout-minutes and --idle-minutes take a "
                                    "whole number"));
    if (o.isSet("require-totp")) {
        const QString v = o.value("require-totp");
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return usage(QStringLiteral("--require-totp takes yes or no"));
        p.totpRequired = v == QLatin1String("yes");
        change = true;
    }
    if (change) {
        if (auto r = AccountPolicy::save(s, p); !r)
            return fail(r.error());
    }
    printOut(QStringLiteral("shortest password: %1 characters\n"
                            "lockout after %2 failed sign-ins: %3\n"
                            "idle lock: %4 minutes\n"
                            "second factor required for everyone: %5")
                 .arg(p.minPasswordLength)
                 .arg(kMaxFailedSignIns)
                 .arg(p.lockoutSeconds == 0
                          ? QStringLiteral("until an administrator unlocks")
                          : QStringLiteral("%1 minutes").arg(p.lockoutSeconds / 60))
                 .arg(p.idleLockMinutes)
                 .arg(p.totpRequired ? QStringLiteral("yes") : QStringLiteral("no")));
    return ExitOk;
}

int cmdUser(Options& o)
{
    const QString sub = o.positional.value(1);
    const QString name = o.positional.value(2);
    static const QStringList withName{QStringLiteral("add"),    QStringLiteral("disable"),
                                      QStringLiteral("enable"), QStringLiteral("unlock"),
                                      QStringLiteral("passwd"), QStringLiteral("roles"),
                                      QStringLiteral("train"),  QStringLiteral("totp")};
    if (sub != QLatin1String("list") && sub != QLatin1String("policy") && !withName.contains(sub))
        return usage(QStringLiteral("user takes add, list, disable, enable, unlock, passwd, "
                                    "roles, train, totp or policy"));
    if (withName.contains(sub)) {
        if (name.isEmpty())
            return usage(QStringLiteral("user %1 needs a user NAME").arg(sub));
        const int expected = sub == QLatin1String("roles") ? 4 : 3;
        if (o.positional.size() != expected)
            return usage(sub == QLatin1String("roles")
                             ? QStringLiteral("user roles takes NAME and a list like "
                                              "detective,records")
                             : QStringLiteral("user %1 takes exactly one NAME").arg(sub));
    } else if (o.positional.size() != 2) {
        return usage(QStringLiteral("user %1 takes no further words").arg(sub));
    }

    // In 'user add|passwd|enable', --password-file is the new file for a
    // service account's generated password; the administrator signs in with
    // $ALPR_PASSWORD or the prompt.
    QString newPasswordFile;
    if (sub == QLatin1String("add") || sub == QLatin1String("passwd") ||
        sub == QLatin1String("enable"))
        newPasswordFile = std::exchange(o.passwordFile, QString());

    // Check what can be checked before anyone types a password.
    QList<Role> roles;
    if (sub == QLatin1String("add") || sub == QLatin1String("roles")) {
        auto parsed =
            rolesArgument(sub == QLatin1String("add") ? o.value("roles") : o.positional.value(3));
        if (!parsed)
            return usage(parsed.error().message);
        roles = parsed.value();
        if (auto r = validateRoleCombination(name, roles); !r)
            return usage(r.error().message);
    }
    if (sub == QLatin1String("add")) {
        const bool service = std::any_of(roles.cbegin(), roles.cend(), isServiceRole);
        if (service && newPasswordFile.isEmpty())
            return usage(QStringLiteral("a service account's password is generated, never "
                                        "typed: add --password-file FILE (a new file, written "
                                        "0600)"));
        if (!service && !newPasswordFile.isEmpty())
            return usage(QStringLiteral("a person's account cannot be made with --password-file: "
                                        "the person chooses their own password at the first "
                                        "sign-in; leave out --password-file"));
    }
    if (!newPasswordFile.isEmpty() && QFileInfo::exists(newPasswordFile))
        return usage(QStringLiteral("the password file %1 already exists; a generated password "
                                    "goes into a new file only")
                         .arg(newPasswordFile));
    TrainingRecord training;
    if (sub == QLatin1String("train")) {
        auto completed = dateOption(o, "completed", true);
        auto expires = dateOption(o, "expires", false);
        if (!completed)
            return usage(completed.error().message);
        if (!expires)
            return usage(expires.error().message);
        training.course = o.value("course").trimmed();
        if (training.course.isEmpty())
            return usage(QStringLiteral("user train needs --course \"COURSE NAME\""));
        training.completedOn = completed.value();
        training.expiresOn = expires.value();
    }

    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();

    if (sub == QLatin1String("list"))
        return listUsers(o, s);
    if (sub == QLatin1String("policy"))
        return showOrSetPolicy(o, s);
    if (sub == QLatin1String("totp"))
        return enrolTotp(o, s, name);

    if (sub == QLatin1String("add") && !newPasswordFile.isEmpty()) {
        UserAccount a;
        a.username = name;
        a.fullName = o.value("full-name");
        a.badge = o.value("badge");
        a.organization = o.isSet("org") ? o.value("org") : s.user().organization;
        a.roles = roles;
        if (auto r = ServiceAccounts(s).add(a, newPasswordFile); !r)
            return fail(r.error());
        printOut(QStringLiteral("added the service account %1 (%2); its password is in %3 "
                                "(mode 0600): let only the job that signs in as %1 read it, "
                                "with 'alprctl --user %1 --password-file %3 ...'")
                     .arg(name, rolesToString(roles), newPasswordFile));
        return ExitOk;
    }
    if ((sub == QLatin1String("passwd") || sub == QLatin1String("enable")) &&
        !newPasswordFile.isEmpty()) {
        const bool reset = sub == QLatin1String("passwd");
        auto r = reset ? ServiceAccounts(s).resetPassword(name, newPasswordFile)
                       : ServiceAccounts(s).enable(name, newPasswordFile);
        if (!r)
            return fail(r.error());
        printOut(QStringLiteral("%1 %2; its new password is in %3 (mode 0600); the old one no "
                                "longer works")
                     .arg(name,
                          reset ? QStringLiteral("has a new password") : QStringLiteral("enabled"),
                          newPasswordFile));
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        UserAccount a;
        a.username = name;
        a.fullName = o.value("full-name");
        a.badge = o.value("badge");
        a.organization = o.isSet("org") ? o.value("org") : s.user().organization;
        a.roles = roles;
        // The administrator chose this password: the user replaces it.
        a.mustChangePassword = true;
        if (auto r = validateUsername(name); !r)
            return fail(r.error());
        auto pw = newPassword(name);
        if (!pw)
            return fail(pw.error());
        if (auto r = UserAdministration(s).addUser(a, pw.value()); !r)
            return fail(r.error());
        printOut(QStringLiteral("added %1 (%2); the password is temporary and must be changed at "
                                "the first sign-in. Record the user's ALPR training with "
                                "'alprctl user train %1 ...'")
                     .arg(name, rolesToString(roles)));
        return ExitOk;
    }
    if (sub == QLatin1String("passwd")) {
        if (name == s.user().username) {
            QString problem;
            SecureBytes current = readPassword(
                "ALPR_PASSWORD", QStringLiteral("Current password for %1: ").arg(name), &problem);
            if (!problem.isEmpty())
                return fail(makeError(ErrorCode::Invalid, problem));
            auto pw = newPassword(name);
            if (!pw)
                return fail(pw.error());
            if (auto r = s.changeOwnPassword(current, pw.value()); !r)
                return fail(r.error());
            printOut(QStringLiteral("password of %1 changed").arg(name));
            return ExitOk;
        }
        auto pw = newPassword(name);
        if (!pw)
            return fail(pw.error());
        if (auto r = UserAdministration(s).resetPassword(name, pw.value()); !r)
            return fail(r.error());
        printOut(QStringLiteral("password of %1 reset; %1 must change it at the next sign-in")
                     .arg(name));
        return ExitOk;
    }
    if (sub == QLatin1String("enable")) {
        auto pw = newPassword(name);
        if (!pw)
            return fail(pw.error());
        if (auto r = UserAdministration(s).enableUser(name, pw.value()); !r)
            return fail(r.error());
        printOut(QStringLiteral("%1 enabled with a temporary password").arg(name));
        return ExitOk;
    }
    Result<void> r;
    QString done;
    if (sub == QLatin1String("disable")) {
        r = UserAdministration(s).disableUser(name);
        done = QStringLiteral("%1 disabled; their key slot is removed. A copy of the slot file "
                              "taken earlier still opens the store: run 'alprctl store rekey' "
                              "when no one else is signed in.")
                   .arg(name);
    } else if (sub == QLatin1String("unlock")) {
        r = UserAdministration(s).unlockUser(name);
        done = QStringLiteral("%1 unlocked").arg(name);
    } else if (sub == QLatin1String("roles")) {
        r = UserAdministration(s).setRoles(name, roles);
        done = QStringLiteral("%1 now has the roles %2").arg(name, rolesToString(roles));
    } else if (sub == QLatin1String("train")) {
        r = UserAdministration(s).addTraining(name, training);
        done = QStringLiteral("training recorded for %1").arg(name);
    }
    if (!r)
        return fail(r.error());
    printOut(done);
    return ExitOk;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {"user",
         "user add NAME --roles R1,R2 [--full-name N] [--badge B] [--org O]\n"
         "  user add NAME --roles ingest|maintenance --password-file FILE\n"
         "                                     a service account; its generated password goes\n"
         "                                     into the new file FILE (0600), never printed\n"
         "  user passwd|enable NAME --password-file FILE  the same, for a service account\n"
         "  user list [--json]                 accounts, roles, training, second factor, locks\n"
         "  user disable|enable|unlock NAME\n"
         "  user passwd NAME                   change your own password, or reset another's\n"
         "  user roles NAME R1,R2\n"
         "  user train NAME --course C --completed DATE [--expires DATE]\n"
         "  user totp NAME [--remove] [--no-qr]  enrol one-time codes (prints the secret and URI)\n"
         "  user policy [--min-length N] [--lockout-minutes N (0 = until unlocked)]\n"
         "              [--idle-minutes N] [--require-totp yes|no]",
         {{QStringLiteral("roles"), QStringLiteral("Roles."), QStringLiteral("R1,R2")},
          {QStringLiteral("full-name"), QStringLiteral("Full name."), QStringLiteral("NAME")},
          {QStringLiteral("badge"), QStringLiteral("Badge or employee number."),
           QStringLiteral("B")},
          {QStringLiteral("org"), QStringLiteral("Organization."), QStringLiteral("ORG")},
          {QStringLiteral("course"), QStringLiteral("Training course."), QStringLiteral("C")},
          {QStringLiteral("completed"), QStringLiteral("Completion date."), QStringLiteral("DATE")},
          {QStringLiteral("expires"), QStringLiteral("Expiry date."), QStringLiteral("DATE")},
          {QStringLiteral("remove"), QStringLiteral("Remove the second factor.")},
          {QStringLiteral("no-qr"), QStringLiteral("Do not draw the QR code.")},
          {QStringLiteral("min-length"), QStringLiteral("Shortest password."), QStringLiteral("N")},
          {QStringLiteral("lockout-minutes"), QStringLiteral("Lockout duration."),
           QStringLiteral("N")},
          {QStringLiteral("idle-minutes"), QStringLiteral("Idle lock."), QStringLiteral("N")},
          {QStringLiteral("require-totp"), QStringLiteral("Require a second factor."),
           QStringLiteral("yes|no")}},
         cmdUser},
    };
}

} // namespace alpr::cli
