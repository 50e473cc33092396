// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// What every alprctl command shares: options, sign-in, output, exit codes.

#include "common/result.h"
#include "common/securebytes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace alpr {
class Session;
struct ReadRecord;
} // namespace alpr

namespace alpr::cli {

// Exit codes (README): 0 ok, 1 error, 2 usage, 3 authentication refused, 4 refused by policy.
enum Exit
{
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitAuth = 3,
    ExitPolicy = 4
};

struct Options
{
    QCommandLineParser& parser;
    QStringList positional; // the command word first
    QString storePath;
    QString username;   // who signs in: the first --user
    QString userFilter; // a second --user, where a command filters by user (audit list)
    // --password-file: the signing-in user's password is its first line
    // ('user add|passwd|enable' take it over for the new file of a service account).
    QString passwordFile;
    // Options read from --query-file (queryfile.h): option name -> values
    // (none for a flag). They count as given, as on the command line.
    QHash<QString, QStringList> fromFile = {};

    bool isSet(const char* name) const;
    QString value(const char* name) const;
    QStringList values(const char* name) const;
};

// One command word (or group: "audit verify", "audit list" share "audit").
struct Command
{
    const char* name;
    const char* help;                  // lines for 'alprctl --help'
    QList<QCommandLineOption> options; // options only this command takes
    int (*run)(Options& options);
};

// Each command group lives in its own source file.
QList<Command> storeCommands();      // init, demo, import
QList<Command> searchCommands();     // search
QList<Command> auditCommands();      // audit
QList<Command> userCommands();       // user
QList<Command> canvassCommands();    // canvass
QList<Command> caseCommands();       // case, purpose, read
QList<Command> hotListCommands();    // hotlist, hits
QList<Command> agentCommands();      // agent
QList<Command> receiveCommands();    // receive
QList<Command> evidenceCommands();   // evidence
QList<Command> retentionCommands();  // hold, retention
QList<Command> departmentCommands(); // pg
// The alert queue and the verification checklist (alertcommands.cpp): the
// words of 'hits' it runs, the options they take, and the command itself.
const QStringList& alertSubcommands();
QList<QCommandLineOption> alertOptions();
int runAlertCommand(Options& options);

int exitFor(const Error& error);
int fail(const Error& error);      // prints "alprctl: message", returns the exit code
int usage(const QString& message); // prints the message and a pointer to --help; returns 2

// Signs in as --user with the --password-file, else $ALPR_PASSWORD or a
// prompt, and the one-time code
// from $ALPR_TOTP or a prompt when the account has a second factor.
Result<std::unique_ptr<Session>> signIn(const Options& options);
// The password signIn() uses, for a command that opens the key slot itself
// (store check). Refused when over kMaxPasswordLength characters.
Result<SecureBytes> signInPassword(const Options& options);

QString localTime(const QDateTime& utc);
// "LAT,LON" to five decimal places; "-" for a part that is not known.
QString position(const std::optional<double>& latitude, const std::optional<double>& longitude);
// An ISO 8601 date or time in UTC (a date means its midnight UTC, a time
// without a zone is local time); nullopt when the text is neither.
std::optional<QDateTime> parseTime(const QString& text);
// An ISO 8601 date or time option (a date means its midnight UTC); null when not given.
Result<QDateTime> timeOption(const Options& options, const char* name);
// A positive whole-number option; nullopt when not given.
Result<std::optional<int>> countOption(const Options& options, const char* name);
QString toJsonText(const class QJsonValue& value);
// A read as the --json outputs list it: id, plate, state, captured_at (UTC),
// camera, latitude, longitude.
class QJsonObject readJson(const ReadRecord& read);

} // namespace alpr::cli
