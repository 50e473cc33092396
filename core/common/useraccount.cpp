// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/useraccount.h"

#include "common/textinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alpr {

Result<void> validateUsername(const QString& username)
{
    // Matched whole: "$" alone would let a trailing line break through.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9._-]{1,31}")));
    if (username.size() > 32 || !re.match(username).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAccount",
                                        "\"%1\" is not a valid user name: use 2 to 32 lower-case "
                                        "letters, digits, '.', '_' or '-', starting with a letter")
                .arg(escapeControls(username.left(kMaxNameLength))));
    return {};
}

bool TrainingRecord::isCurrentOn(const QDate& today) const
{
    return completedOn.isValid() && completedOn <= today &&
           (!expiresOn.isValid() || expiresOn >= today);
}

bool UserAccount::hasCurrentTraining(const QDate& today) const
{
    for (const TrainingRecord& t : training)
        if (t.isCurrentOn(today))
            return true;
    return false;
}

QString UserAccount::trainingProblem(const QDate& today) const
{
    if (hasCurrentTraining(today))
        return {};
    if (training.isEmpty())
        return QCoreApplication::translate(
                   "alpr::UserAccount",
                   "%1 has no record of department-approved ALPR training; ALPR data "
                   "stays closed until an administrator records it")
            .arg(username);
    QDate latest;
    for (const TrainingRecord& t : training)
        if (t.expiresOn.isValid() && (!latest.isValid() || t.expiresOn > latest))
            latest = t.expiresOn;
    if (latest.isValid() && latest < today)
        return QCoreApplication::translate(
                   "alpr::UserAccount",
                   "the ALPR training of %1 expired on %2; ALPR data stays closed "
                   "until an administrator records a current course")
            .arg(username, latest.toString(Qt::ISODate));
    return QCoreApplication::translate(
               "alpr::UserAccount",
               "the ALPR training of %1 is not yet complete; ALPR data stays closed "
               "until an administrator records it")
        .arg(username);
}

bool UserAccount::isServiceAccount() const
{
    for (Role r : roles)
        if (isServiceRole(r))
            return true;
    return false;
}

QString UserAccount::kindName() const
{
    return isServiceAccount() ? QStringLiteral("service") : QStringLiteral("person");
}

Result<void> validateRoleCombination(const QString& username, const QList<Role>& roles)
{
    if (roles.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::UserAccount", "give %1 at least one role")
                                                 .arg(username));
    QList<Role> service;
    QList<Role> person;
    for (Role r : roles)
        (isServiceRole(r) ? service : person).append(r);
    if (!service.isEmpty() && !person.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::UserAccount",
                                        "%1 cannot hold the service role %2 together with the "
                                        "role %3 of a person: a service account is for an "
                                        "unattended job and holds only %4; give the person "
                                        "and the job separate accounts")
                .arg(username, rolesToString(service), rolesToString(person),
                     rolesToString(serviceRoles())
                         .replace(u',', QCoreApplication::translate("alpr::UserAccount", " or "))));
    return {};
}

QString userAuditObject(const QString& username)
{
    return QStringLiteral("user:%1").arg(username);
}

} // namespace alpr
