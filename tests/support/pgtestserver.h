// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// The throwaway PostgreSQL server of a department* test. CTest runs those
// under pg_virtualenv -t (cmake/AlprTest.cmake), which creates a cluster for
// the one test, sets PGHOST, PGPORT, PGUSER and PGPASSWORD for its superuser,
// and drops it afterwards. ALPR_PG_EXTENSION is the path of alpr_pg.so.

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace alpr::test {

struct PgTestServer
{
    // True under pg_virtualenv (or with PGHOST and PGPORT set by hand).
    static bool available() { return qEnvironmentVariableIsSet("PGHOST") && port() > 0; }
    static QString host() { return qEnvironmentVariable("PGHOST"); }
    static int port() { return qEnvironmentVariableIntValue("PGPORT"); }
    static QString superUser() { return qEnvironmentVariable("PGUSER"); }
    static QString superPassword() { return qEnvironmentVariable("PGPASSWORD"); }

    // An open QPSQL connection as the superuser (check isOpen()); remove it
    // with QSqlDatabase::removeDatabase(connectionName) when done.
    static QSqlDatabase superConnection(const QString& connectionName,
                                        const QString& dbname = QStringLiteral("postgres"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(host());
        db.setPort(port());
        db.setUserName(superUser());
        db.setPassword(superPassword());
        db.setDatabaseName(dbname);
        if (!db.open())
            qWarning("PgTestServer: cannot connect to %s: %s", qPrintable(dbname),
                     qPrintable(db.lastError().text()));
        return db;
    }

    // CREATE DATABASE name as the superuser; false (with a warning) when refused.
    static bool createDatabase(const QString& name)
    {
        const QString connection = QStringLiteral("pgtestserver-create-") + name;
        bool ok = false;
        {
            QSqlDatabase db = superConnection(connection);
            if (db.isOpen()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name));
                if (!ok)
                    qWarning("PgTestServer: CREATE DATABASE %s: %s", qPrintable(name),
                             qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    // The absolute path of alpr_pg.so, for CREATE FUNCTION ... LANGUAGE C.
    static QString extensionPath() { return QStringLiteral(ALPR_PG_EXTENSION); }

    // "name" as an SQL identifier.
    static QString quoteIdentifier(const QString& name)
    {
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }

    // 'text' as an SQL string literal.
    static QString quoteLiteral(const QString& text)
    {
        QString quoted = text;
        quoted.replace(u'\'', QStringLiteral("''"));
        return u'\'' + quoted + u'\'';
    }

    // Runs sql with the psql client as user (password in its environment,
    // never on the command line), stopping at the first error; returns its
    // standard output and error together. exitCode: psql's, -1 if it crashed
    // or did not finish.
    static QString psql(const QString& user, const QString& password, const QString& dbname,
                        const QString& sql, int* exitCode = nullptr)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PGHOST"), host());
        e.insert(QStringLiteral("PGPORT"), QString::number(port()));
        e.insert(QStringLiteral("PGPASSWORD"), password);
        e.remove(QStringLiteral("PGSERVICE"));
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-At"), QStringLiteral("-U"), user, QStringLiteral("-d"), dbname,
                 QStringLiteral("-c"), sql});
        const bool finished = p.waitForFinished(60000);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }
};

} // namespace alpr::test
