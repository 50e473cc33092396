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

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
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

} // namespace alpr::test
