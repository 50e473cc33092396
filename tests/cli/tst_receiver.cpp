// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The camera receiver through the real 'alprctl receive', over loopback HTTP:
// good and repeated groups, CSV batches, tokens, limits, hostile clients, a
// full queue, a store replacement and SIGTERM.
#include "../support/clirunner.h"
#include "../support/receiverclient.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/storekeys.h"
#include "common/auditevent.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "hits/hotlistfile.h"
#include "hits/hotlists.h"
#include "store/hotlistrepository.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <csignal>
#include <future>
#include <mutex>
#include <thread>

#include <signal.h>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {

const QString kDemoPassword = u"demo-password-2026"_s;
// The tokens 'alprctl agent add' gave (initTestCase): an agent for any
// camera, and one allowed one camera, not the fixtures'.
QByteArray kToken;
QByteArray kOtherToken;
QByteArray kNewcomerToken; // added and revoked while the receiver runs
constexpr int kMaxBody = 1 << 20;

using Answer = alpr::test::HttpAnswer;
using alpr::test::ingestFixture;

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_passwordFile;
    QByteArray addAgent(const QString& name, const QStringList& extra)
    {
        const auto r = alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s,
                                                          u"admin"_s, u"agent"_s, u"add"_s, name} +
                                                  extra,
                                              {{u"ALPR_PASSWORD"_s, kDemoPassword}});
        return r.exitCode == 0 ? r.out.trimmed().toLatin1() : QByteArray();
    }
    bool agentCommand(const QStringList& args)
    {
        return alpr::test::runAlprctl(
                   QStringList{u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"agent"_s} + args,
                   {{u"ALPR_PASSWORD"_s, kDemoPassword}})
                   .exitCode == 0;
    }
    QProcess m_receiver;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_log;

    Answer request(const std::string& method, const std::string& path, const QByteArray& body = {},
                   const QByteArray& token = kToken,
                   const std::string& contentType = "application/json") const
    {
        return alpr::test::receiverRequest(m_port, m_tls, method, path, body, token, contentType);
    }
    Answer post(const std::string& path, const QByteArray& body, const QByteArray& token = kToken)
    {
        return request("POST", path, body, token,
                       path == "/v1/reads.csv" ? "text/csv" : "application/json");
    }

    // Bytes as a hostile client sends them; what came back until the server
    // closed or timeout seconds passed. halfClose: end sending after them.
    QByteArray raw(const QByteArray& bytes, bool halfClose = false, int timeout = 15) const
    {
        QByteArray got;
        try {
            Poco::Net::StreamSocket socket;
            socket.connect(Poco::Net::SocketAddress("127.0.0.1", m_port));
            socket.setReceiveTimeout(Poco::Timespan(timeout, 0));
            socket.sendBytes(bytes.constData(), int(bytes.size()));
            if (halfClose)
                socket.shutdownSend();
            char buffer[4096];
            for (;;) {
                const int n = socket.receiveBytes(buffer, sizeof buffer);
                if (n <= 0)
                    break;
                got.append(buffer, n);
            }
        } catch (const Poco::Exception&) {
        }
        return got;
    }
    static int statusOf(const QByteArray& response)
    {
        return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
    }

    std::unique_ptr<Session> admin() const
    {
        auto s = SignIn::signIn(m_store, u"admin"_s, SecureBytes::fromUtf8(kDemoPassword),
                                Clock::system());
        if (!s)
            qFatal("admin sign-in: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }
    qint64 readCount() const
    {
        auto s = admin();
        auto n = storeOf(*s).reads().count();
        return n ? *n : -1;
    }

    void collectLog() { m_log += m_receiver.readAllStandardError(); }

    // alprctl receive as the feeder, on a random high port.
    bool startReceiver(const QStringList& extra = {})
    {
        return alpr::test::startReceiverProcess(
            m_receiver, m_log, m_port,
            {u"--store"_s, m_store, u"--user"_s, u"feeder"_s, u"--password-file"_s, m_passwordFile},
            QStringList{u"--max-queue"_s, u"1"_s, u"--max-body"_s, QString::number(kMaxBody)} +
                extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::signal(SIGPIPE, SIG_IGN); // a server that closes first must not end the test
        m_store = m_dir.filePath(u"receiver.alprdb"_s);
        m_passwordFile = m_dir.filePath(u"feeder.pw"_s);
        QProcess demo;
        demo.setStandardInputFile(QProcess::nullDevice());
        demo.start(QStringLiteral(ALPRCTL),
                   {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"20"_s, u"--no-images"_s});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        const auto added = alpr::test::runAlprctl(
            {u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"feeder"_s,
             u"--roles"_s, u"ingest"_s, u"--password-file"_s, m_passwordFile},
            {{u"ALPR_PASSWORD"_s, kDemoPassword}});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        // Agents, made as an administrator makes them; the token is the
        // command's standard output alone.
        kToken = addAgent(u"camera-one"_s, {});
        kOtherToken = addAgent(u"camera-two"_s, {u"--camera"_s, u"openalpr:elsewhere:1"_s});
        QVERIFY(!kToken.isEmpty() && !kOtherToken.isEmpty());

        QVERIFY2(startReceiver(), m_log.constData());
    }

    void plainHttpOnlyOnLoopback()
    {
        const auto r = alpr::test::runAlprctl({u"--store"_s, m_store, u"--user"_s, u"feeder"_s,
                                               u"--password-file"_s, m_passwordFile, u"receive"_s,
                                               u"--listen"_s, u"0.0.0.0:8080"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--tls-cert"_s), qPrintable(r.err));
    }

    void healthNeedsNoTokenAndShowsNoData()
    {
        const Answer a = request("GET", "/health", {}, {});
        QCOMPARE(a.status, 200);
        const QJsonObject o = a.json();
        QCOMPARE(o.value(u"status"_s).toString(), u"up"_s);
        QCOMPARE(o.value(u"store"_s).toString(), u"reachable"_s);
        QVERIFY(o.contains(u"queue"_s));
        QCOMPARE(o.size(), 3);
    }

    void goodV3GroupIsStoredWithItsImagesOnce()
    {
        const qint64 before = readCount();
        qint64 lastId = 0;
        {
            auto s = admin();
            lastId = *storeOf(*s).reads().lastReadId();
        }
        const QByteArray v3 = ingestFixture(u"alpr_group_v3.json"_s);
        Answer a = post("/v1/alpr_group", v3);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"stored"_s).toInt(), 1);
        QCOMPARE(a.json().value(u"duplicates"_s).toInt(), 0);
        QCOMPARE(readCount(), before + 1);
        {
            auto s = admin();
            auto fresh = storeOf(*s).reads().readsAfter(lastId, 10);
            QVERIFY(fresh.ok());
            QCOMPARE(fresh->size(), std::size_t(1));
            QCOMPARE(fresh->front().plate, u"19462SH"_s);
            auto kinds = storeOf(*s).reads().imageKinds(fresh->front().readId);
            QVERIFY(kinds.ok());
            QVERIFY(kinds->contains(ImageKind::Plate));
            QVERIFY(kinds->contains(ImageKind::Overview));
        }
        // Sent again (a retry): answered 200, stored once.
        a = post("/v1/alpr_group", v3);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"stored"_s).toInt(), 0);
        QCOMPARE(a.json().value(u"duplicates"_s).toInt(), 1);
        QCOMPARE(readCount(), before + 1);
    }

    void v2GroupAndCsvBatch()
    {
        const qint64 before = readCount();
        Answer a = post("/v1/alpr_group", ingestFixture(u"alpr_group_v2.json"_s));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"stored"_s).toInt(), 1);
        a = post("/v1/reads.csv", ingestFixture(u"reads_valid.csv"_s));
        QCOMPARE(a.status, 200);
        const int csvReads = a.json().value(u"stored"_s).toInt();
        QVERIFY(csvReads >= 2);
        QCOMPARE(readCount(), before + 1 + csvReads);
    }

    // A read on a hot list is matched before its 200: the hit is there when
    // the answer comes, for the dispatchers' queue.
    void aReadOnAHotListIsMatchedBeforeItsAnswer()
    {
        auto s = admin();
        HotLists lists(*s);
        HotList svs;
        svs.name = u"SVS receiver"_s;
        svs.purpose = u"stolen-vehicle"_s;
        QVERIFY(lists.createList(svs).ok());
        const QDateTime extract = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(
            QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
        const QByteArray clew = "DATE" + extract.toString(u"MM/dd/yyyy hh:mm"_s).toLatin1() +
                                "\r\nA424761 IN0120261201\r\nTOTAL RECORD 0000001\r\n";
        const HotListFormat format = HotListFormat::Clew;
        auto loaded = lists.importData(svs.name, clew, u"svs.tbl"_s, &format, false);
        QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().message));
        HitFilter all;
        all.limit = 100000;
        auto before = storeOf(*s).hotLists().hits(all);
        QVERIFY(before.ok());

        QJsonObject group =
            QJsonDocument::fromJson(ingestFixture(u"alpr_group_v2.json"_s)).object();
        group.insert(u"best_uuid"_s, u"hot-list-test-1"_s);
        const Answer a = post("/v1/alpr_group", QJsonDocument(group).toJson());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"stored"_s).toInt(), 1);
        auto after = storeOf(*s).hotLists().hits(all);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
    }

    void chunkedBodiesAreReadUpToTheLimit()
    {
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        QByteArray chunked;
        for (qsizetype at = 0; at < v2.size(); at += 5000) {
            const QByteArray part = v2.mid(at, 5000);
            chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        const QByteArray head =
            "POST /v1/alpr_group HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
            "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        QByteArray answer = raw(head + chunked + "0\r\n\r\n");
        QCOMPARE(statusOf(answer), 200);
        QVERIFY2(answer.contains("\"duplicates\":1"), answer.constData());
        // One byte over the limit, in a chunk that says there is more: 413.
        const QByteArray over(kMaxBody + 1, ' ');
        answer = raw(head + QByteArray::number(kMaxBody + 100, 16) + "\r\n" + over);
        QCOMPARE(statusOf(answer), 413);
    }

    void readsOfAnotherAgentsCameraAre403()
    {
        const qint64 before = readCount();
        const Answer a =
            post("/v1/alpr_group", ingestFixture(u"alpr_group_v3.json"_s), kOtherToken);
        QCOMPARE(a.status, 403);
        QVERIFY2(a.json().value(u"error"_s).toString().contains(u"camera-two"_s),
                 a.body.constData());
        QCOMPARE(readCount(), before);
    }

    void unknownOrMissingTokenIs401()
    {
        const qint64 before = readCount();
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        QCOMPARE(post("/v1/alpr_group", v2, "not-a-known-token").status, 401);
        QCOMPARE(post("/v1/alpr_group", v2, {}).status, 401);
        QCOMPARE(readCount(), before);
    }

    void wrongMethodAndUnknownPath()
    {
        QCOMPARE(request("GET", "/v1/alpr_group").status, 405);
        QCOMPARE(request("POST", "/v1/other", "{}").status, 404);
        QCOMPARE(request("GET", "/").status, 404);
    }

    void oversizedBodyIs413WithoutSendingIt()
    {
        const QByteArray answer =
            raw("POST /v1/alpr_group HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
                "\r\nContent-Type: application/json\r\nContent-Length: 9000000\r\n\r\n");
        QCOMPARE(statusOf(answer), 413);
        // No length and no chunking: 411.
        QCOMPARE(statusOf(raw("POST /v1/alpr_group HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                              kToken + "\r\n\r\n{}")),
                 411);
    }

    void malformedJsonIs400NamingTheFieldAndStoresNothing()
    {
        const qint64 before = readCount();
        QJsonDocument doc = QJsonDocument::fromJson(ingestFixture(u"alpr_group_v2.json"_s));
        QJsonObject group = doc.object();
        group.insert(u"best_uuid"_s, u"malformed-1"_s);
        group.insert(u"epoch_start"_s, u"yesterday"_s);
        QJsonArray both{QJsonDocument::fromJson(ingestFixture(u"alpr_group_v3.json"_s)).object(),
                        group};
        Answer a = post("/v1/alpr_group", QJsonDocument(both).toJson());
        QCOMPARE(a.status, 400);
        const QString error = a.json().value(u"error"_s).toString();
        QVERIFY2(error.contains(u"epoch_start"_s), qPrintable(error));
        QVERIFY2(error.contains(u"record 2"_s), qPrintable(error));
        a = post("/v1/alpr_group", "{\"data_type\": \"alpr_group\", ");
        QCOMPARE(a.status, 400);
        a = post("/v1/reads.csv", "plate,state\n7ABC123,CA\n");
        QCOMPARE(a.status, 400);
        QCOMPARE(readCount(), before);
    }

    void truncatedUploadStoresNothing()
    {
        const qint64 before = readCount();
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        const QByteArray answer =
            raw("POST /v1/alpr_group HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
                    "\r\nContent-Length: " + QByteArray::number(v2.size()) + "\r\n\r\n" +
                    v2.left(v2.size() / 2),
                true);
        QVERIFY(statusOf(answer) == 0 || statusOf(answer) == 400);
        QCOMPARE(request("GET", "/health", {}, {}).status, 200);
        QCOMPARE(readCount(), before);
    }

    void slowClientDoesNotBlockOthers()
    {
        Poco::Net::StreamSocket slow;
        slow.connect(Poco::Net::SocketAddress("127.0.0.1", m_port));
        const QByteArray head =
            "POST /v1/alpr_group HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken +
            "\r\nContent-Length: 100\r\n\r\n";
        slow.sendBytes(head.constData(), int(head.size()));
        Poco::Net::StreamSocket silent; // connects and sends nothing at all
        silent.connect(Poco::Net::SocketAddress("127.0.0.1", m_port));
        const Answer a = post("/v1/alpr_group", ingestFixture(u"alpr_group_v3.json"_s));
        QCOMPARE(a.status, 200);
        QCOMPARE(request("GET", "/health", {}, {}).status, 200);
        slow.close();
        silent.close();
    }

    void fullQueueIs503WithRetryAfter()
    {
        // The store held by another writer: the receiver's group waits, the
        // queue (one request, --max-queue 1) fills, and the next is refused.
        auto holder = admin();
        QSqlQuery lock(storeOf(*holder).database());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        const QByteArray csv = ingestFixture(u"reads_valid.csv"_s);
        std::vector<std::future<Answer>> sent;
        Answer refused;
        for (int i = 0; i < 4 && refused.status == 0; ++i) {
            sent.push_back(
                std::async(std::launch::async, [this, csv] { return post("/v1/reads.csv", csv); }));
            // Until this one is answered or waits in the queue; the first
            // is given the writer's time to take it.
            QDeadlineTimer deadline(i == 0 ? 500 : 3000);
            while (!deadline.hasExpired()) {
                if (sent.back().wait_for(std::chrono::milliseconds(50)) ==
                    std::future_status::ready) {
                    refused = sent.back().get();
                    sent.pop_back();
                    break;
                }
                if (request("GET", "/health", {}, {}).json().value(u"queue"_s).toInt() == 1 &&
                    i > 0)
                    break;
            }
        }
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QCOMPARE(refused.status, 503);
        QVERIFY(refused.retryAfter.toInt() > 0);
        // Those that were queued are stored once the store is free.
        for (auto& f : sent)
            QCOMPARE(f.get().status, 200);
    }

    void storeReplacementAnswers503ThenResumes()
    {
        QVERIFY(StoreKeys::announceReplacement(m_store, u"admin"_s).ok());
        const QByteArray v3 = ingestFixture(u"alpr_group_v3.json"_s);
        Answer a;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            a = post("/v1/alpr_group", v3);
            if (a.status == 503)
                break;
            QThread::msleep(200);
        }
        QCOMPARE(a.status, 503);
        QVERIFY(a.retryAfter.toInt() > 0);
        QCOMPARE(request("GET", "/health", {}, {}).json().value(u"store"_s).toString(),
                 u"unavailable"_s);
        StoreKeys::withdrawAnnouncement(m_store);
        deadline.setRemainingTime(15000);
        while (!deadline.hasExpired()) {
            a = post("/v1/alpr_group", v3);
            if (a.status == 200)
                break;
            QThread::msleep(200);
        }
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"duplicates"_s).toInt(), 1);
    }

    // A real rekey by an administrator while the receiver runs: it lets go
    // of the store, the rekey goes through, and it signs in again.
    void rekeyWhileReceiving()
    {
        const auto rekey = alpr::test::runAlprctl(
            {u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"store"_s, u"rekey"_s},
            {{u"ALPR_PASSWORD"_s, kDemoPassword}});
        QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.err + rekey.out));
        QJsonObject group =
            QJsonDocument::fromJson(ingestFixture(u"alpr_group_v2.json"_s)).object();
        group.insert(u"best_uuid"_s, u"after-rekey-1"_s);
        const QByteArray body = QJsonDocument(group).toJson();
        Answer a;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            a = post("/v1/alpr_group", body);
            if (a.status == 200)
                break;
            QThread::msleep(200);
        }
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"stored"_s).toInt(), 1);
    }

    void oneIngestEventPerGroupWithoutPlates()
    {
        auto s = admin();
        AuditFilter filter;
        filter.action = u"ingest"_s;
        auto events = trailOf(*s).list(filter);
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        for (const AuditEvent& e : *events) {
            QCOMPARE(e.username, u"feeder"_s);
            QCOMPARE(e.details.value(u"agents"_s).toArray().first().toString(), u"camera-one"_s);
            QVERIFY(e.details.contains(u"reads"_s));
            QVERIFY(e.details.contains(u"rejected"_s));
            QVERIFY(e.details.contains(u"duplicates"_s));
        }
    }

    // Agents added and revoked in the store take effect within a second,
    // without a restart.
    void agentsAddedAndRevokedTakeEffect()
    {
        const QByteArray v2 = ingestFixture(u"alpr_group_v2.json"_s);
        const QByteArray newToken = kNewcomerToken = addAgent(u"newcomer"_s, {});
        QVERIFY(!newToken.isEmpty());
        Answer a;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && (a = post("/v1/alpr_group", v2, newToken)).status != 200)
            QThread::msleep(200);
        QCOMPARE(a.status, 200);
        QVERIFY(agentCommand({u"revoke"_s, u"newcomer"_s}));
        deadline.setRemainingTime(10000);
        while (!deadline.hasExpired() && (a = post("/v1/alpr_group", v2, newToken)).status != 401)
            QThread::msleep(200);
        QCOMPARE(a.status, 401);
        QCOMPARE(post("/v1/alpr_group", v2).status, 200);
    }

    void sigtermStopsCleanlyAndTheLogHoldsNoSecret()
    {
        m_receiver.terminate();
        QVERIFY(m_receiver.waitForFinished(30000));
        collectLog();
        QCOMPARE(m_receiver.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_receiver.exitCode(), 0);
        QVERIFY2(m_log.contains("stopped"), m_log.constData());
        QVERIFY2(m_log.contains("refused"), m_log.constData());
        QVERIFY(!m_log.contains(kToken));
        QVERIFY(!m_log.contains(kNewcomerToken));
        QVERIFY2(m_log.contains("agents changed"), m_log.constData());
        for (const char* plate : {"19462SH", "A424761", "7ABC123"})
            QVERIFY2(!m_log.contains(plate), m_log.constData());
    }
    // kill -9 during load, three times: every read answered 200 is in the
    // store exactly once, and the store passes its check.
    void killedUnderLoadKeepsEveryAnsweredReadOnce()
    {
        QVERIFY2(startReceiver(), m_log.constData());
        const QJsonObject base =
            QJsonDocument::fromJson(ingestFixture(u"alpr_group_v3.json"_s)).object();
        std::mutex mutex;
        QStringList answered;
        int next = 0;
        for (int round = 0; round < 3; ++round) {
            std::atomic<bool> stop{false};
            auto send = [&] {
                while (!stop) {
                    QString uuid;
                    {
                        std::lock_guard lock(mutex);
                        uuid = u"kill-test-%1"_s.arg(next++);
                    }
                    QJsonObject group = base;
                    group.insert(u"best_uuid"_s, uuid);
                    const Answer a =
                        post("/v1/alpr_group", QJsonDocument(group).toJson(QJsonDocument::Compact));
                    if (a.status == 200) {
                        std::lock_guard lock(mutex);
                        answered << uuid;
                    } else if (a.status == 0) {
                        QThread::msleep(20); // the receiver is gone
                    }
                }
            };
            std::thread first(send), second(send);
            QThread::msleep(1500);
            ::kill(pid_t(m_receiver.processId()), SIGKILL);
            QVERIFY(m_receiver.waitForFinished(10000));
            stop = true;
            first.join();
            second.join();
            QVERIFY2(startReceiver(), m_log.constData());
        }
        QVERIFY(!answered.isEmpty());
        {
            auto s = admin();
            QSqlQuery q(storeOf(*s).database());
            QVERIFY(q.prepare(u"SELECT count(*) FROM reads WHERE external_id = ?"_s));
            for (const QString& uuid : answered) {
                q.bindValue(0, uuid);
                QVERIFY(q.exec() && q.next());
                QVERIFY2(q.value(0).toInt() == 1, qPrintable(uuid));
            }
        }
        m_receiver.terminate();
        QVERIFY(m_receiver.waitForFinished(30000));
        const auto check = alpr::test::runAlprctl(
            {u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"store"_s, u"check"_s},
            {{u"ALPR_PASSWORD"_s, kDemoPassword}});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    }

    // With a certificate (self-signed here, made by openssl): HTTPS only.
    void tlsWithASelfSignedCertificate()
    {
        const QString cert = m_dir.filePath(u"receiver.crt"_s);
        const QString key = m_dir.filePath(u"receiver.key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s});
        // openssl is a dependency (packaging/install-deps.sh): no certificate is a failure.
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QVERIFY2(startReceiver({u"--tls-cert"_s, cert, u"--tls-key"_s, key}), m_log.constData());
        QVERIFY(m_log.contains("HTTPS"));
        // Plain HTTP to the TLS port gets no answer.
        QCOMPARE(request("GET", "/health", {}, {}).status, 0);
        m_tls = true;
        QCOMPARE(request("GET", "/health", {}, {}).status, 200);
        const Answer a = post("/v1/alpr_group", ingestFixture(u"alpr_group_v2.json"_s));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(u"duplicates"_s).toInt(), 1);
        QCOMPARE(post("/v1/alpr_group", ingestFixture(u"alpr_group_v2.json"_s), "wrong").status,
                 401);
        m_tls = false;
        m_receiver.terminate();
        QVERIFY(m_receiver.waitForFinished(30000));
        QCOMPARE(m_receiver.exitCode(), 0);
    }

    void cleanupTestCase()
    {
        if (m_receiver.state() != QProcess::NotRunning) {
            m_receiver.terminate();
            m_receiver.waitForFinished(30000);
        }
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
