// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Runs the real alprctl (ALPRCTL, set for cli tests) as a user would, with
// the password and other secrets in its environment, never on a terminal.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace alpr::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed
    QString out;
    QString err;

    // Standard output as a JSON object; an empty one, with a warning naming
    // what was printed, when it is not JSON.
    QJsonObject json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(out + err));
        return doc.object();
    }
};

// env: variables to set (ALPR_PASSWORD, ALPR_NEW_PASSWORD, ALPR_TOTP, ...);
// ALPR_STORE and the other secrets are cleared first.
inline CliRun runAlprctl(const QStringList& args, const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"ALPR_STORE", "ALPR_USER", "ALPR_PASSWORD", "ALPR_NEW_PASSWORD", "ALPR_TOTP"})
        e.remove(QLatin1String(name));
    for (auto it = env.begin(); it != env.end(); ++it)
        if (!it.value().isEmpty())
            e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(ALPRCTL), args);
    if (!p.waitForFinished(60000))
        qFatal("alprctl did not finish: %s", qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// alprctl search --json as the demo's detective (demo password), for case
// 26-004211 and a criminal investigation.
inline CliRun runDetectiveSearch(const QString& store, const QString& pattern,
                                 const QStringList& extra = {})
{
    return runAlprctl(
        QStringList{QStringLiteral("search"), QStringLiteral("--store"), store,
                    QStringLiteral("--user"), QStringLiteral("detective"), QStringLiteral("--case"),
                    QStringLiteral("26-004211"), QStringLiteral("--purpose"),
                    QStringLiteral("criminal-investigation"), QStringLiteral("--json")} +
            extra + QStringList{pattern},
        {{QStringLiteral("ALPR_PASSWORD"), QStringLiteral("demo-password-2026")}});
}

// The command a systemd unit file (packaging/systemd) runs, as systemd would
// run it: ExecStart's arguments after /usr/bin/alprctl, each ${NAME} replaced
// by values[NAME], else by the unit's own Environment=NAME=value. Empty when
// the file cannot be read or its program is not /usr/bin/alprctl.
inline QStringList unitCommand(const QString& unitFile, const QMap<QString, QString>& values)
{
    QFile unit(unitFile);
    if (!unit.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, QString> known;
    QString execStart;
    for (const QString& line : QString::fromUtf8(unit.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("Environment="))) {
            const QString assignment = line.mid(12).trimmed();
            known.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        } else if (line.startsWith(QLatin1String("ExecStart="))) {
            execStart = line.mid(10).trimmed();
        }
    }
    known.insert(values);
    QStringList args = execStart.split(u' ', Qt::SkipEmptyParts);
    if (args.value(0) != QLatin1String("/usr/bin/alprctl"))
        return {};
    args.removeFirst();
    for (QString& a : args)
        for (auto it = known.begin(); it != known.end(); ++it)
            a.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
    return args;
}

} // namespace alpr::test
