// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl: the command-line face of ALPR Workstation. Thin: every command is
// one core call, with the same checks and audit records as the GUI.
#include "cli.h"
#include "terminal.h"

#include "auth/departmentstore.h"
#include "auth/processguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <QStandardPaths>
#include <unistd.h>

#include <memory>

using namespace alpr::cli;

namespace {

QString defaultStorePath()
{
    const QString env = qEnvironmentVariable("ALPR_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/alpr-workstation/store.alprdb");
}

QString defaultUser()
{
    QString user = qEnvironmentVariable("ALPR_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

QList<Command> allCommands()
{
    return storeCommands() + searchCommands() + canvassCommands() + caseCommands() +
           hotListCommands() + auditCommands() + userCommands() + agentCommands() +
           evidenceCommands() + retentionCommands() + receiveCommands() + departmentCommands();
}

QString helpText(const QList<Command>& commands)
{
    QString text =
        QStringLiteral("Usage: alprctl [--store FILE] [--user NAME] [--password-file FILE] COMMAND "
                       "[options]\n\nCommands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(c.help));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --store FILE   the store (default: $ALPR_STORE, else "
        "~/.local/share/alpr-workstation/store.alprdb),\n"
        "                 or the department store: postgresql://[ROLE@]HOST[:PORT]/DB\n"
        "                 [?sslrootcert=CA-FILE] (the role's password from ~/.pgpass or\n"
        "                 $PGPASSWORD; 'pg ...' commands and those it serves, see the README)\n"
        "  --user NAME    who you are (default: $ALPR_USER, else your login name); in\n"
        "                 'audit list' a second --user names whose events to list\n"
        "  --password-file FILE\n"
        "                 your password is the first line of FILE, which only you may read\n"
        "                 (0600): for service accounts' jobs. In 'user add|passwd|enable' it\n"
        "                 names the NEW file for a service account's generated password\n"
        "  --case CASE, --purpose PURPOSE, --from T, --to T, --json: where a command takes them\n\n"
        "Without --password-file the password comes from $ALPR_PASSWORD, otherwise it is\n"
        "asked for without echo; a one-time code from $ALPR_TOTP or a prompt; a new\n"
        "password from $ALPR_NEW_PASSWORD. A password is never taken on the command line.\n"
        "Exit codes: 0 ok, 1 error, 2 usage, 3 authentication refused, 4 refused by policy.");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    alpr::protectProcessSecrets();
    alpr::HiddenArguments arguments(argc, argv);
    argv = arguments.argv();
    // The audit memo, a hit's confirmation and an evidence report are laid out with fonts, which
    // need a QGuiApplication; they draw off screen, so no display is needed.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || qstrcmp(argv[i], "memo") == 0 ||
                     qstrcmp(argv[i], "confirmation") == 0 || qstrncmp(argv[i], "--pdf", 5) == 0 ||
                     (qstrcmp(argv[i], "export") == 0 && qstrcmp(argv[i - 1], "evidence") == 0);
    if (needsFonts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform wants a private runtime directory.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-alprctl-" +
                                   QByteArray::number(uint(getuid()));
            if (QDir().mkpath(QString::fromLocal8Bit(dir)))
                QFile::setPermissions(QString::fromLocal8Bit(dir),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
    }
    std::unique_ptr<QCoreApplication> app = needsFonts
                                                ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alprctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALPR_VERSION));

    const QList<Command> commands = allCommands();
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Options more than one command takes; each command adds its own.
    QStringList known;
    auto add = [&](const QCommandLineOption& option) {
        if (known.contains(option.names().first()))
            return;
        known << option.names().first();
        parser.addOption(option);
    };
    for (const QCommandLineOption& option : QList<QCommandLineOption>{
             {QStringLiteral("store"), QStringLiteral("Store file."), QStringLiteral("FILE")},
             {QStringLiteral("user"), QStringLiteral("Your user name."), QStringLiteral("NAME")},
             {QStringLiteral("password-file"),
              QStringLiteral("Read your password from the first line of this 0600 file."),
              QStringLiteral("FILE")},
             {QStringLiteral("case"), QStringLiteral("Case or incident number."),
              QStringLiteral("CASE")},
             {QStringLiteral("purpose"), QStringLiteral("Purpose code."),
              QStringLiteral("PURPOSE")},
             {QStringLiteral("from"), QStringLiteral("From (ISO 8601)."), QStringLiteral("T")},
             {QStringLiteral("to"), QStringLiteral("To (ISO 8601)."), QStringLiteral("T")},
             {QStringLiteral("json"), QStringLiteral("JSON output.")},
             {QStringLiteral("note"),
              QStringLiteral("A note for the record (no SSN or date of birth)."),
              QStringLiteral("TEXT")},
             {QStringLiteral("help"), QStringLiteral("Show help.")},
             {QStringLiteral("version"), QStringLiteral("Show the version.")}})
        add(option);
    for (const Command& c : commands)
        for (const QCommandLineOption& option : c.options)
            add(option);

    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(commands));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("alprctl %1").arg(QStringLiteral(ALPR_VERSION)));
        return ExitOk;
    }
    Options options{parser, parser.positionalArguments(), {}, {}, {}, {}};
    if (options.positional.isEmpty())
        return usage(QStringLiteral("no command given"));
    options.storePath = parser.isSet(QStringLiteral("store"))
                            ? parser.value(QStringLiteral("store"))
                            : defaultStorePath();
    const QStringList users = parser.values(QStringLiteral("user"));
    options.username = users.isEmpty() ? defaultUser() : users.first();
    if (users.size() >= 2)
        options.userFilter = users.last();
    options.passwordFile = parser.value(QStringLiteral("password-file"));
    const QString word = options.positional.first();
    // What works on a store file only, without signing in through signIn()
    // ('store anchor' and 'store check' work on both).
    if (alpr::departmentstore::isAddress(options.storePath) &&
        (word == u"init" || word == u"demo" ||
         (word == u"store" && options.positional.value(1) != u"anchor" &&
          options.positional.value(1) != u"check")))
        return fail(alpr::makeError(
            alpr::ErrorCode::Invalid,
            QStringLiteral("'%1' is for a store file; a department store is set up with 'alprctl "
                           "pg init' and kept by its server")
                .arg(word)));
    for (const Command& c : commands)
        if (word == QLatin1String(c.name))
            return c.run(options);
    return usage(QStringLiteral("unknown command \"%1\"").arg(word));
}
