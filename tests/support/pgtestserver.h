// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// The throwaway PostgreSQL server of a department* test. CTest runs those
// under pg_virtualenv -t (cmake/AlprTest.cmake), which creates a cluster for
// the one test, sets PGHOST, PGPORT, PGUSER and PGPASSWORD for its superuser,
// and drops it afterwards. ALPR_PG_EXTENSION is the path of alpr_pg.so.

#include <QList>
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

    // A count of the starts and ends whose kept count of reads
    // (alpr.plate_end_reads and its changes) differs from one made from the
    // reads themselves: the plates' own (migration 17), and those only an
    // alternative reading gives a read ("~^8", migration 18). 0 when right.
    static QString endsMiscountedSql()
    {
        return QStringLiteral("SELECT count(*) FROM"
                              " (SELECT e, sum(p.reads) AS reads FROM alpr.plates p,"
                              "         unnest(alpr.plate_ends(p.plate)) e GROUP BY e"
                              "  UNION ALL SELECT '~' || e, count(DISTINCT rc.read_id)"
                              "   FROM alpr.read_candidates rc JOIN alpr.reads r"
                              "     ON r.id = rc.read_id JOIN alpr.plates own"
                              "     ON own.id = r.plate_id JOIN alpr.plates p"
                              "     ON p.id = rc.plate_id, unnest(alpr.plate_ends(p.plate)) e"
                              "  WHERE NOT e = ANY (alpr.plate_ends(own.plate))"
                              "  GROUP BY e) truth"
                              " FULL JOIN (SELECT plate_end, sum(reads) AS reads FROM"
                              "   (SELECT plate_end, reads FROM alpr.plate_end_reads UNION ALL"
                              "    SELECT plate_end, reads FROM alpr.plate_end_changes) x"
                              "   GROUP BY plate_end) kept ON kept.plate_end = truth.e"
                              " WHERE coalesce(kept.reads, 0) <> coalesce(truth.reads, 0)");
    }

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

    // psql as the superuser on a database: the rows (unaligned, one per
    // line), or the test run ends naming the statement and what psql said.
    static QStringList superRows(const QString& database, const QString& sql)
    {
        int exitCode = -1;
        const QString out = psql(superUser(), superPassword(), database, sql, &exitCode);
        if (exitCode != 0)
            qFatal("as the superuser: %s: %s", qPrintable(sql), qPrintable(out));
        return out.split(u'\n', Qt::SkipEmptyParts);
    }

    // What one statement of psqlStatements printed: its rows (unaligned,
    // tuples only) and its errors, kept apart.
    struct PsqlStatementResult
    {
        QString out;
        QString err;
    };

    // Runs the statements with psql as user in one connection (one session:
    // what one statement sets, such as a sign-in, holds for the next), fed
    // on standard input, going on after an error. Each statement is preceded
    // by a marker on both output streams, so that what it printed and what
    // it raised are told apart per statement. A statement may be several
    // (BEGIN; ...; ROLLBACK;) or a psql meta-command. preamble: what psql
    // printed before the first statement, such as a refused connection.
    static QList<PsqlStatementResult> psqlStatements(const QString& user, const QString& password,
                                                     const QString& dbname,
                                                     const QStringList& statements,
                                                     QString* preamble = nullptr,
                                                     int* exitCode = nullptr)
    {
        static const QString marker = QStringLiteral("@@alpr-statement-");
        QString script;
        for (qsizetype i = 0; i < statements.size(); ++i)
            script += QStringLiteral("\\echo %1%2\n\\warn %1%2\n%3\n")
                          .arg(marker)
                          .arg(i)
                          .arg(statements.at(i));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PGHOST"), host());
        e.insert(QStringLiteral("PGPORT"), QString::number(port()));
        e.insert(QStringLiteral("PGPASSWORD"), password);
        e.remove(QStringLiteral("PGSERVICE"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=0"), QStringLiteral("-At"), QStringLiteral("-U"),
                 user, QStringLiteral("-d"), dbname});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        const bool finished = p.waitForFinished(60000);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        QList<PsqlStatementResult> results(statements.size());
        auto split = [&](const QString& text, bool errors) {
            // Everything before the first marker belongs to no statement.
            qsizetype current = -1;
            QString before;
            for (const QString& line : text.split(u'\n')) {
                if (line.startsWith(marker)) {
                    current = line.mid(marker.size()).toLongLong();
                    continue;
                }
                QString& into = current < 0 || current >= results.size()
                                    ? before
                                    : (errors ? results[current].err : results[current].out);
                if (!line.isEmpty())
                    into += line + u'\n';
            }
            if (preamble)
                *preamble += before;
        };
        split(QString::fromUtf8(p.readAllStandardOutput()), false);
        split(QString::fromUtf8(p.readAllStandardError()), true);
        return results;
    }
};

} // namespace alpr::test
