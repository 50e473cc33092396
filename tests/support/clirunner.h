// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Runs the real alprctl (ALPRCTL, set for cli tests) as a user would, with
// the password and other secrets in its environment, never on a terminal.

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

} // namespace alpr::test
