// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The camera receiver writing to the department store (a throwaway
// PostgreSQL server): agents added by an administrator on the server, real
// OpenALPR groups posted over loopback HTTP by 'alprctl receive' running as
// an ingest service account, each answered 200 only once the server has
// stored it; a detective on another workstation finds the read; a revoked
// agent is refused within seconds on the running receiver; the trail
// verifies and the receiver's log holds no token.
#include "../support/clirunner.h"
#include "../support/departmentfixture.h"
#include "../support/receiverclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace alpr::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"demo-password-2026"_s;

} // namespace

class TestDepartmentReceiver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_passwordFile;
    QByteArray m_token;
    QByteArray m_otherToken;
    QProcess m_receiver;
    QByteArray m_log;
    quint16 m_port = 0;

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    HttpAnswer post(const QByteArray& body, const QByteArray& token)
    {
        return receiverRequest(m_port, false, "POST", "/v1/alpr_group", body, token,
                               "application/json");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::signal(SIGPIPE, SIG_IGN);
        QString error;
        m_store = DepartmentFixture::create(u"receiver"_s, kPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        m_passwordFile = m_dir.filePath(u"feeder.pw"_s);
        CliRun r = as(u"admin"_s, {u"user"_s, u"add"_s, u"feeder"_s, u"--roles"_s, u"ingest"_s,
                                   u"--password-file"_s, m_passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Agents, made on the server as an administrator makes them; the
        // token is the command's standard output alone.
        r = as(u"admin"_s, {u"agent"_s, u"add"_s, u"camera-one"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_token = r.out.trimmed().toLatin1();
        r = as(u"admin"_s,
               {u"agent"_s, u"add"_s, u"camera-two"_s, u"--camera"_s, u"openalpr:elsewhere:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_otherToken = r.out.trimmed().toLatin1();
        QVERIFY(m_token.startsWith("alpr1.") && m_otherToken.startsWith("alpr1."));
        // A name is never used twice; a detective may not add agents.
        QCOMPARE(as(u"admin"_s, {u"agent"_s, u"add"_s, u"camera-one"_s}).exitCode, 1);
        QCOMPARE(as(u"detective"_s, {u"agent"_s, u"add"_s, u"camera-three"_s}).exitCode, 4);

        QVERIFY2(startReceiverProcess(m_receiver, m_log, m_port,
                                      {u"--store"_s, m_store, u"--user"_s, u"feeder"_s,
                                       u"--password-file"_s, m_passwordFile},
                                      {}),
                 m_log.constData());
        QVERIFY2(m_log.contains("2 agents"), m_log.constData());
    }

    // Stored on the server before the answer; another workstation finds it.
    void aGroupIsStoredOnTheServerOnce()
    {
        const QByteArray v3 = ingestFixture(u"alpr_group_v3.json"_s);
        const HttpAnswer first = post(v3, m_token);
        QVERIFY2(first.status == 200, first.body.constData());
        QCOMPARE(first.json().value(u"stored"_s).toInt(), 1);
        const HttpAnswer again = post(v3, m_token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"duplicates"_s).toInt(), 1);

        const QString plate =
            QJsonDocument::fromJson(v3).object().value(u"best_plate_number"_s).toString();
        const CliRun found =
            as(u"detective"_s, {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                u"stolen-vehicle"_s, u"--json"_s, plate});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QCOMPARE(found.json().value(u"count"_s).toInteger(), 1);
        // One ingest event per group, naming the agent, without the plate.
        const CliRun trail =
            as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, u"ingest"_s, u"--json"_s});
        QVERIFY2(trail.out.contains(u"camera-one"_s), qPrintable(trail.out));
        QVERIFY(!trail.out.contains(plate));
    }

    void tokensAndCamerasAreChecked()
    {
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        QCOMPARE(post(v2, "alpr1.not-a-known-token").status, 401);
        QCOMPARE(post(v2, {}).status, 401);
        const HttpAnswer other = post(ingestFixture(u"alpr_group_v3.json"_s), m_otherToken);
        QCOMPARE(other.status, 403);
        QVERIFY2(other.json().value(u"error"_s).toString().contains(u"camera-two"_s),
                 other.body.constData());
    }

    // The server goes down under the running receiver: what is posted
    // meanwhile is answered 503 with Retry-After (never 500, never 200
    // unstored). Once the server is back, the receiver signs in again by
    // itself, and the camera's resend is stored, once.
    void comesBackAfterTheServerRestarts()
    {
        const auto cluster = [](const QString& action) {
            QProcess ctl;
            ctl.start(u"pg_ctlcluster"_s, {qEnvironmentVariable("PGVERSION"), u"regress"_s, action,
                                           u"-m"_s, u"fast"_s});
            return ctl.waitForFinished(60000) && ctl.exitStatus() == QProcess::NormalExit &&
                   ctl.exitCode() == 0;
        };
        QVERIFY(cluster(u"stop"_s));
        // Started again however this function ends: the later ones need it.
        auto restart = qScopeGuard([&] { cluster(u"start"_s); });
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer down = post(v2, m_token);
            QVERIFY2(down.status == 503, down.body.constData());
            QVERIFY(!down.retryAfter.isEmpty());
        }
        QVERIFY(cluster(u"start"_s));
        restart.dismiss();
        HttpAnswer answer;
        QDeadlineTimer deadline(120000); // signing in again, on a loaded machine
        do {
            answer = post(v2, m_token);
            if (answer.status != 503)
                break;
            QThread::msleep(250);
        } while (!deadline.hasExpired());
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(answer.json().value(u"stored"_s).toInt(), 1);
        QCOMPARE(PgTestServer::superRows(u"receiver"_s, u"SELECT count(*) FROM alpr.reads"_s),
                 QStringList{u"2"_s});
        for (int i = 0; i < 50 && !m_log.contains("signed in again"); ++i) {
            m_receiver.waitForReadyRead(200);
            m_log += m_receiver.readAllStandardError();
        }
        QVERIFY2(m_log.contains("was lost") && m_log.contains("signed in again"),
                 m_log.constData());
    }

    // Revoked on the server: the running receiver refuses it within seconds.
    void aRevokedAgentIsRefused()
    {
        const CliRun revoked = as(u"admin"_s, {u"agent"_s, u"revoke"_s, u"camera-one"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        int status = 0;
        for (int i = 0; i < 100 && status != 401; ++i) {
            status = post(v2, m_token).status;
            if (status != 401)
                QThread::msleep(100);
        }
        QCOMPARE(status, 401);
        const CliRun listed = as(u"admin"_s, {u"agent"_s, u"list"_s});
        QVERIFY2(listed.out.contains(u"REVOKED by admin"_s), qPrintable(listed.out));
    }

    void stopsCleanlyAndTheTrailVerifies()
    {
        m_receiver.terminate();
        QVERIFY(m_receiver.waitForFinished(30000));
        QCOMPARE(m_receiver.exitCode(), 0);
        m_log += m_receiver.readAllStandardError();
        QVERIFY(!m_log.contains(m_token) && !m_log.contains(m_otherToken));
        const CliRun verified = as(u"auditor"_s, {u"audit"_s, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void cleanupTestCase()
    {
        if (m_receiver.state() != QProcess::NotRunning) {
            m_receiver.kill();
            m_receiver.waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestDepartmentReceiver)
#include "tst_department_receiver.moc"
