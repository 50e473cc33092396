// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cli.h"
#include "terminal.h"

#include "auth/departmentstore.h"
#include "auth/passwordfile.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "common/readrecord.h"
#include "evidence/evidencekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace alpr::cli {

bool Options::isSet(const char* name) const
{
    return fromFile.contains(QLatin1String(name)) || parser.isSet(QLatin1String(name));
}

QString Options::value(const char* name) const
{
    if (auto it = fromFile.constFind(QLatin1String(name)); it != fromFile.constEnd())
        return it->value(0);
    return parser.value(QLatin1String(name));
}

QStringList Options::values(const char* name) const
{
    if (auto it = fromFile.constFind(QLatin1String(name)); it != fromFile.constEnd())
        return *it;
    return parser.values(QLatin1String(name));
}

int exitFor(const Error& e)
{
    switch (e.code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::Locked:
        return ExitAuth;
    case ErrorCode::Denied:
    case ErrorCode::Conflict:
        return ExitPolicy;
    default:
        return ExitError;
    }
}

int fail(const Error& e)
{
    printErr(QStringLiteral("alprctl: %1").arg(e.message));
    return exitFor(e);
}

int usage(const QString& message)
{
    printErr(QStringLiteral("alprctl: %1\nRun 'alprctl --help' for the commands.").arg(message));
    return ExitUsage;
}

Result<SecureBytes> signInPassword(const Options& o)
{
    if (o.username.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("say who you are with --user NAME"));
    SecureBytes password;
    if (!o.passwordFile.isEmpty()) {
        // Never on the command line, where the process list shows it to everyone.
        auto fromFile = passwordfile::read(o.passwordFile);
        if (!fromFile)
            return fromFile.error();
        password = std::move(fromFile.value());
    } else {
        QString problem;
        password = readPassword("ALPR_PASSWORD",
                                QStringLiteral("Password for %1: ").arg(o.username), &problem);
        if (!problem.isEmpty())
            return makeError(ErrorCode::Invalid, problem);
    }
    if (password.isEmpty())
        return makeError(ErrorCode::AuthFailed,
                         QStringLiteral("no password given (set ALPR_PASSWORD or run on a "
                                        "terminal)"));
    return password;
}

namespace {

// The commands that work on the department store so far.
QStringList departmentCommandList()
{
    return {QStringLiteral("pg init"),
            QStringLiteral("pg upgrade"),
            QStringLiteral("search"),
            QStringLiteral("canvass"),
            QStringLiteral("read show"),
            QStringLiteral("audit verify"),
            QStringLiteral("audit list"),
            QStringLiteral("audit sample"),
            QStringLiteral("audit samples"),
            QStringLiteral("audit show"),
            QStringLiteral("audit finding"),
            QStringLiteral("audit memo"),
            QStringLiteral("user add"),
            QStringLiteral("user list"),
            QStringLiteral("user unlock"),
            QStringLiteral("user train"),
            QStringLiteral("user disable"),
            QStringLiteral("user passwd"),
            QStringLiteral("user roles"),
            QStringLiteral("user enable"),
            QStringLiteral("user totp"),
            QStringLiteral("user policy"),
            QStringLiteral("import reads"),
            QStringLiteral("receive"),
            QStringLiteral("agent"),
            QStringLiteral("retention purge"),
            QStringLiteral("retention certificates"),
            QStringLiteral("retention certificate"),
            QStringLiteral("retention rules"),
            QStringLiteral("case show"),
            QStringLiteral("case title"),
            QStringLiteral("pg migrate"),
            QStringLiteral("pg rotate-trail-key"),
            QStringLiteral("hold place"),
            QStringLiteral("hold release"),
            QStringLiteral("hold list"),
            QStringLiteral("hold show"),
            QStringLiteral("hotlist list"),
            QStringLiteral("hotlist show"),
            QStringLiteral("hotlist stale"),
            QStringLiteral("hotlist create"),
            QStringLiteral("hotlist edit"),
            QStringLiteral("hotlist disable"),
            QStringLiteral("hotlist import"),
            QStringLiteral("hotlist entry"),
            QStringLiteral("hits list"),
            QStringLiteral("hits queue"),
            QStringLiteral("hits show"),
            QStringLiteral("hits take"),
            QStringLiteral("hits release"),
            QStringLiteral("hits verify"),
            QStringLiteral("hits dispose"),
            QStringLiteral("hits sweep"),
            QStringLiteral("hits confirmation"),
            QStringLiteral("purpose"),
            QStringLiteral("evidence export"),
            QStringLiteral("evidence list"),
            QStringLiteral("evidence show"),
            QStringLiteral("evidence key"),
            QStringLiteral("evidence custody"),
            QStringLiteral("evidence verify"),
            QStringLiteral("release"),
            QStringLiteral("settings"),
            QStringLiteral("store anchor"),
            QStringLiteral("store check")};
}

bool servedByDepartmentStore(const QStringList& words)
{
    const QStringList served = departmentCommandList();
    return served.contains(words.value(0)) ||
           served.contains(words.value(0) + u' ' + words.value(1));
}

} // namespace

Result<std::unique_ptr<Session>> signIn(const Options& o)
{
    // After the command's own usage checks, before any password is asked.
    if (departmentstore::isAddress(o.storePath) && !servedByDepartmentStore(o.positional))
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("'%1' does not work on the department store yet (%2); it serves: %3")
                .arg(o.positional.mid(0, 2).join(u' '),
                     departmentstore::displayAddress(o.storePath),
                     departmentCommandList().join(QStringLiteral(", "))));
    auto password = signInPassword(o);
    if (!password)
        return password.error();
    // Asked for only when the account has a second factor.
    const QString user = o.username;
    auto oneTimeCode = [user]() {
        QString tooLong;
        SecureBytes code =
            readPassword("ALPR_TOTP", QStringLiteral("One-time code for %1: ").arg(user), &tooLong);
        return QString::fromUtf8(code.constData(), code.size());
    };
    auto session =
        SignIn::signIn(o.storePath, o.username, password.value(), Clock::system(), oneTimeCode);
    // Hands the evidence key on to a new records clerk (or makes the first
    // one), as the GUI's sign-in does; an export says why it cannot sign.
    // (On the department store the server keeps the evidence key.)
    if (session && !session.value()->isDepartment())
        (void)EvidenceKeys(*session.value()).maintain();
    return session;
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString position(const std::optional<double>& latitude, const std::optional<double>& longitude)
{
    const auto part = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'f', 5) : QStringLiteral("-");
    };
    return part(latitude) + u',' + part(longitude);
}

std::optional<QDateTime> parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Result<QDateTime> timeOption(const Options& o, const char* name)
{
    if (!o.isSet(name))
        return QDateTime();
    const QString text = o.value(name);
    const std::optional<QDateTime> t = parseTime(text);
    if (!t)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--%1 \"%2\" is not an ISO 8601 date or time "
                                        "(e.g. 2026-11-01 or 2026-11-01T08:00:00Z)")
                             .arg(QLatin1String(name), text));
    return *t;
}

Result<std::optional<int>> countOption(const Options& o, const char* name)
{
    if (!o.isSet(name))
        return std::optional<int>();
    bool ok = false;
    const int n = o.value(name).toInt(&ok);
    if (!ok || n < 1)
        return makeError(ErrorCode::Invalid, QStringLiteral("--%1 takes a positive number, not "
                                                            "\"%2\"")
                                                 .arg(QLatin1String(name), o.value(name)));
    return std::optional<int>(n);
}

QJsonObject readJson(const ReadRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("plate"), r.plate},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("captured_at"), r.capturedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("camera"), r.cameraName},
            {QStringLiteral("latitude"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue()},
            {QStringLiteral("longitude"), r.longitude ? QJsonValue(*r.longitude) : QJsonValue()}};
}

QString toJsonText(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace alpr::cli
