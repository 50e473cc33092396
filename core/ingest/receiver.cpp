// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/receiver.h"

#include "auth/session.h"
#include "common/crypto.h"
#include "hits/hitmatching.h"
#include "ingest/csvreadparser.h"
#include "ingest/openalprparser.h"
#include "ingest/readimporter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/String.h>
#include <Poco/ThreadPool.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>

namespace alpr {

namespace {

// One line on stderr with the time; counts and agent names only, never a
// plate or a token.
void logLine(const QString& text)
{
    const QByteArray line =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool isLoopback(const QString& host)
{
    return host == u"127.0.0.1" || host == u"::1" || host == u"localhost";
}

} // namespace

// --- agents

struct AgentTokens::State
{
    mutable std::mutex mutex;
    std::shared_ptr<const QList<QPair<QByteArray, AgentIdentity>>> agents =
        std::make_shared<const QList<QPair<QByteArray, AgentIdentity>>>();
};

AgentTokens::AgentTokens() : m_state(std::make_unique<State>()) {}
AgentTokens::~AgentTokens() = default;

void AgentTokens::setAgents(const QHash<QByteArray, AgentIdentity>& agents)
{
    auto list = std::make_shared<QList<QPair<QByteArray, AgentIdentity>>>();
    for (auto it = agents.begin(); it != agents.end(); ++it)
        list->append({it.key(), it.value()});
    std::lock_guard lock(m_state->mutex);
    m_state->agents = std::move(list);
}

std::optional<AgentIdentity> AgentTokens::authenticate(const QByteArray& token) const
{
    if (token.isEmpty())
        return std::nullopt;
    std::shared_ptr<const QList<QPair<QByteArray, AgentIdentity>>> agents;
    {
        std::lock_guard lock(m_state->mutex);
        agents = m_state->agents;
    }
    const QByteArray hash = crypto::sha256(token);
    std::optional<AgentIdentity> found;
    // Every entry is compared, whatever matched, so the time does not say where.
    for (const auto& [tokenHash, agent] : *agents)
        if (sameBytes(hash, tokenHash) && !found)
            found = agent;
    return found;
}

ReceiverAuthenticator AgentTokens::authenticator() const
{
    return [this](const QByteArray& token) { return authenticate(token); };
}

// --- the queue between handler threads and the writer

struct QueuedRequest
{
    AgentIdentity agent;
    QList<ReadRecord> reads;
    qint64 bytes = 0;
    // Set by the writer under the queue's mutex.
    bool done = false;
    bool ok = false;
    // Not stored because the store could not be used (its connection was
    // lost, or the receiver stopped before storing it): 503, send again.
    bool storeLost = false;
    int stored = 0;
    int duplicates = 0;
};

class ReceiverQueue final
{
public:
    enum class Offer
    {
        Queued,
        Full,
        Unavailable
    };

    ReceiverQueue(const ReceiverOptions& options) : m_options(options) {}

    Offer offer(const std::shared_ptr<QueuedRequest>& request)
    {
        std::lock_guard lock(m_mutex);
        if (!m_available || m_closed)
            return Offer::Unavailable;
        if (int(m_pending.size()) >= m_options.maxQueuedRequests ||
            m_bytes + request->bytes > m_options.maxQueuedBytes)
            return Offer::Full;
        m_pending.push_back(request);
        m_bytes += request->bytes;
        m_work.notify_all();
        return Offer::Queued;
    }

    // True once the writer answered the request.
    bool waitFor(const std::shared_ptr<QueuedRequest>& request, int seconds)
    {
        std::unique_lock lock(m_mutex);
        return m_done.wait_for(lock, std::chrono::seconds(seconds), [&] { return request->done; });
    }

    std::vector<std::shared_ptr<QueuedRequest>> take(int waitMs)
    {
        std::unique_lock lock(m_mutex);
        m_work.wait_for(lock, std::chrono::milliseconds(waitMs),
                        [&] { return !m_pending.empty(); });
        std::vector<std::shared_ptr<QueuedRequest>> taken;
        while (!m_pending.empty() && int(taken.size()) < m_options.maxGroupRequests) {
            taken.push_back(m_pending.front());
            m_bytes -= m_pending.front()->bytes;
            m_pending.pop_front();
        }
        return taken;
    }

    void complete(const std::vector<std::shared_ptr<QueuedRequest>>& requests)
    {
        std::lock_guard lock(m_mutex);
        for (const auto& r : requests)
            r->done = true;
        m_done.notify_all();
    }

    void reject()
    {
        std::lock_guard lock(m_mutex);
        ++m_rejectedSinceGroup;
        ++m_counters.rejectedRequests;
    }
    int takeRejected()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_rejectedSinceGroup, 0);
    }
    qint64 refuseToken()
    {
        std::lock_guard lock(m_mutex);
        return ++m_counters.refusedTokens;
    }

    void setAvailable(bool available)
    {
        std::lock_guard lock(m_mutex);
        m_available = available;
    }
    bool available() const
    {
        std::lock_guard lock(m_mutex);
        return m_available;
    }
    // No more requests; those still queued are answered as not stored
    // (503: send again), so that no handler waits for a writer that has gone.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        for (const auto& r : m_pending) {
            r->done = true;
            r->ok = false;
            r->storeLost = true;
        }
        m_pending.clear();
        m_bytes = 0;
        m_done.notify_all();
    }

    void enter()
    {
        std::lock_guard lock(m_mutex);
        ++m_handling;
    }
    void leave()
    {
        std::lock_guard lock(m_mutex);
        --m_handling;
    }
    bool idle() const
    {
        std::lock_guard lock(m_mutex);
        return m_pending.empty() && m_handling == 0;
    }

    ReceiverCounters counters() const
    {
        std::lock_guard lock(m_mutex);
        ReceiverCounters c = m_counters;
        c.queuedRequests = int(m_pending.size());
        return c;
    }

private:
    const ReceiverOptions& m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_done;
    std::deque<std::shared_ptr<QueuedRequest>> m_pending;
    qint64 m_bytes = 0;
    bool m_available = true;
    bool m_closed = false;
    int m_handling = 0;
    int m_rejectedSinceGroup = 0;
    ReceiverCounters m_counters;
};

// --- HTTP

namespace {

using Poco::Net::HTTPMessage;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

void sendJson(HTTPServerResponse& response, HTTPResponse::HTTPStatus status,
              const QJsonObject& body)
{
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    response.setStatusAndReason(status); // "400 Bad Request", not "400 OK"
    response.setContentType("application/json");
    response.setContentLength(data.size());
    response.sendBuffer(data.constData(), std::size_t(data.size()));
}

void sendError(HTTPServerResponse& response, HTTPResponse::HTTPStatus status, const QString& why)
{
    sendJson(response, status, QJsonObject{{QStringLiteral("error"), why}});
}

// Reads and drops a small body the answer does not need, so that closing
// the connection does not reset it before the client has read the answer.
void skipSmallBody(HTTPServerRequest& request)
{
    const std::streamsize length = request.getContentLength64();
    if (request.getChunkedTransferEncoding() || length <= 0 || length > (1 << 20))
        return;
    std::istream& in = request.stream();
    char buffer[16 * 1024];
    do
        in.read(buffer, sizeof buffer);
    while (in.gcount() > 0);
}

enum class Endpoint
{
    AlprGroup,
    ReadsCsv,
    Health
};

} // namespace

class Receiver::Handlers final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Handlers(Receiver& receiver) : m_receiver(receiver) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override
    {
        return new Handler(m_receiver);
    }

private:
    class Handler final : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(Receiver& receiver) : m_receiver(receiver) {}

        void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override
        {
            ReceiverQueue& queue = *m_receiver.m_queue;
            queue.enter();
            try {
                handle(request, response);
            } catch (const Poco::Exception& e) {
                // The client went away or timed out; nothing of its request is queued.
                response.setKeepAlive(false);
                if (!response.sent())
                    sendError(response, HTTPResponse::HTTP_BAD_REQUEST,
                              Receiver::tr("the request could not be read: %1")
                                  .arg(QString::fromStdString(e.displayText())));
            } catch (const std::exception&) {
                response.setKeepAlive(false);
                if (!response.sent())
                    sendError(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                              Receiver::tr("the request could not be handled"));
            }
            queue.leave();
        }

    private:
        void handle(HTTPServerRequest& request, HTTPServerResponse& response)
        {
            const ReceiverOptions& options = m_receiver.m_options;
            ReceiverQueue& queue = *m_receiver.m_queue;
            // Poco takes any version word and echoes it in the answer
            // ("HTTP'1.1 200 OK"); only HTTP/1.0 and 1.1 are spoken here.
            if (request.getVersion() != HTTPMessage::HTTP_1_1 &&
                request.getVersion() != HTTPMessage::HTTP_1_0) {
                response.setVersion(HTTPMessage::HTTP_1_1);
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_VERSION_NOT_SUPPORTED,
                                 Receiver::tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
            }
            const std::string& path = request.getURI();
            std::optional<Endpoint> endpoint;
            if (path == "/v1/alpr_group")
                endpoint = Endpoint::AlprGroup;
            else if (path == "/v1/reads.csv")
                endpoint = Endpoint::ReadsCsv;
            else if (path == "/health")
                endpoint = Endpoint::Health;
            if (!endpoint) {
                skipSmallBody(request);
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_NOT_FOUND,
                                 Receiver::tr("no such endpoint; POST /v1/alpr_group or "
                                              "/v1/reads.csv, GET /health"));
            }
            const std::string& method = request.getMethod();
            if (*endpoint == Endpoint::Health) {
                if (method != "GET" && method != "HEAD") {
                    skipSmallBody(request);
                    response.set("Allow", "GET, HEAD");
                    response.setKeepAlive(false);
                    return sendError(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
                                     Receiver::tr("/health takes GET"));
                }
                const ReceiverCounters c = queue.counters();
                return sendJson(
                    response, HTTPResponse::HTTP_OK,
                    {{QStringLiteral("status"), QStringLiteral("up")},
                     {QStringLiteral("store"), queue.available() ? QStringLiteral("reachable")
                                                                 : QStringLiteral("unavailable")},
                     {QStringLiteral("queue"), c.queuedRequests}});
            }
            if (method != "POST") {
                skipSmallBody(request);
                response.set("Allow", "POST");
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
                                 Receiver::tr("this endpoint takes POST"));
            }

            // The token before anything of the body is read.
            std::optional<AgentIdentity> agent;
            if (request.has("Authorization")) {
                const std::string& value = request.get("Authorization");
                if (value.size() > 7 && Poco::icompare(value.substr(0, 7), "Bearer ") == 0)
                    agent = m_receiver.m_authenticate(QByteArray::fromStdString(value.substr(7)));
            }
            if (!agent) {
                skipSmallBody(request);
                const qint64 refused = queue.refuseToken();
                logLine(QStringLiteral("refused a request: unknown or missing agent token "
                                       "(%1 refused since start)")
                            .arg(refused));
                response.set("WWW-Authenticate", "Bearer");
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_UNAUTHORIZED,
                                 Receiver::tr("an agent token is required: Authorization: "
                                              "Bearer TOKEN"));
            }
            if (!queue.available()) {
                skipSmallBody(request);
                response.set("Retry-After", std::to_string(options.retryAfterSeconds));
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
                                 Receiver::tr("the store is not available now; send again later"));
            }

            // The size from Content-Length before reading; a chunked body is
            // counted while it is read.
            const bool chunked = request.getChunkedTransferEncoding();
            const std::streamsize length = request.getContentLength64();
            if (!chunked && length == HTTPResponse::UNKNOWN_CONTENT_LENGTH) {
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_LENGTH_REQUIRED,
                                 Receiver::tr("Content-Length or chunked transfer is required"));
            }
            if (!chunked && length > options.maxBodyBytes) {
                queue.reject();
                return tooLarge(response);
            }
            if (request.getExpectContinue())
                response.sendContinue();
            QByteArray body;
            std::istream& in = request.stream();
            char buffer[64 * 1024];
            while (in) {
                // Never more than one byte past the limit: a sender that
                // stops there gets its 413 instead of a wait for more.
                in.read(buffer, std::min<std::streamsize>(sizeof buffer,
                                                          options.maxBodyBytes + 1 - body.size()));
                const std::streamsize got = in.gcount();
                if (got <= 0)
                    break;
                if (body.size() + got > options.maxBodyBytes) {
                    queue.reject();
                    return tooLarge(response);
                }
                body.append(buffer, qsizetype(got));
            }
            if (in.bad() || (!chunked && body.size() != length)) {
                // Cut off: the client went away or stopped sending. Nothing is kept.
                response.setKeepAlive(false);
                return sendError(response, HTTPResponse::HTTP_BAD_REQUEST,
                                 Receiver::tr("the body ended before its Content-Length"));
            }

            auto parsed = *endpoint == Endpoint::AlprGroup
                              ? parseOpenAlprJson(body, QStringLiteral("alpr_group"))
                              : parseCsvReads(body, QStringLiteral("reads.csv"));
            if (!parsed) {
                queue.reject();
                logLine(QStringLiteral("agent %1: refused a request with malformed input")
                            .arg(agent->name));
                return sendError(response, HTTPResponse::HTTP_BAD_REQUEST, parsed.error().message);
            }
            if (!agent->cameras.isEmpty())
                for (qsizetype i = 0; i < parsed->size(); ++i)
                    if (!agent->cameras.contains(parsed->at(i).cameraCode)) {
                        queue.reject();
                        logLine(QStringLiteral("agent %1: refused reads of a camera not its own")
                                    .arg(agent->name));
                        return sendError(
                            response, HTTPResponse::HTTP_FORBIDDEN,
                            Receiver::tr("record %1: camera %2 is not one of agent %3's cameras")
                                .arg(i + 1)
                                .arg(parsed->at(i).cameraCode, agent->name));
                    }

            auto queued = std::make_shared<QueuedRequest>();
            queued->agent = *agent;
            queued->reads = std::move(parsed.value());
            queued->bytes = body.size();
            body.clear();
            switch (queue.offer(queued)) {
            case ReceiverQueue::Offer::Queued:
                break;
            case ReceiverQueue::Offer::Full:
            case ReceiverQueue::Offer::Unavailable:
                response.set("Retry-After", std::to_string(options.retryAfterSeconds));
                return sendError(response, HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
                                 Receiver::tr("the receiver is busy; send again later"));
            }
            if (!queue.waitFor(queued, options.commitWaitSeconds)) {
                // Still queued or being stored: the sender does not know, and
                // sends again; the external id keeps a read from being stored twice.
                response.set("Retry-After", std::to_string(options.retryAfterSeconds));
                return sendError(response, HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
                                 Receiver::tr("the reads were not confirmed in time; send "
                                              "them again (resent reads are stored once)"));
            }
            if (!queued->ok && queued->storeLost) {
                response.set("Retry-After", std::to_string(options.retryAfterSeconds));
                return sendError(response, HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
                                 Receiver::tr("the reads were not stored: the store cannot be "
                                              "reached or the receiver is stopping; send them "
                                              "again later (resent reads are stored once)"));
            }
            if (!queued->ok)
                return sendError(response, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                                 Receiver::tr("the reads could not be stored; send them again "
                                              "later"));
            sendJson(response, HTTPResponse::HTTP_OK,
                     {{QStringLiteral("stored"), queued->stored},
                      {QStringLiteral("duplicates"), queued->duplicates}});
        }

        void tooLarge(HTTPServerResponse& response)
        {
            // The rest of the body is not read: the connection closes after the answer.
            response.setKeepAlive(false);
            sendError(response, HTTPResponse::HTTP_REQUESTENTITYTOOLARGE,
                      Receiver::tr("the body is larger than %1 bytes; send fewer reads per "
                                   "request")
                          .arg(m_receiver.m_options.maxBodyBytes));
        }

        Receiver& m_receiver;
    };

    Receiver& m_receiver;
};

struct Receiver::Server
{
    std::unique_ptr<Poco::ThreadPool> pool;
    std::unique_ptr<Poco::Net::HTTPServer> http;
};

Receiver::Receiver(ReceiverOptions options, ReceiverAuthenticator authenticate)
    : m_options(std::move(options)), m_authenticate(std::move(authenticate)),
      m_queue(std::make_unique<ReceiverQueue>(m_options))
{
}

Receiver::~Receiver()
{
    stopAccepting();
    finish();
}

Result<void> Receiver::checkOptions(const ReceiverOptions& options)
{
    const bool tls = !options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty();
    if (tls && (options.tlsCertificateFile.isEmpty() || options.tlsKeyFile.isEmpty()))
        return makeError(ErrorCode::Invalid,
                         tr("TLS needs both --tls-cert FILE and --tls-key FILE"));
    if (!tls && !isLoopback(options.host))
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a loopback address: without TLS the receiver listens "
                            "on 127.0.0.1, ::1 or localhost only; give --tls-cert and "
                            "--tls-key to listen elsewhere")
                             .arg(options.host));
    if (options.maxBodyBytes <= 0 || options.maxQueuedRequests <= 0 ||
        options.maxQueuedBytes <= 0 || options.maxGroupRequests <= 0 || options.maxThreads <= 0 ||
        options.maxKeepAliveRequests <= 0 || options.receiveTimeoutSeconds <= 0)
        return makeError(ErrorCode::Invalid, tr("the receiver's limits must be positive"));
    return {};
}

Result<void> Receiver::start()
{
    if (auto ok = checkOptions(m_options); !ok)
        return ok.error();
    try {
        const Poco::Net::SocketAddress address(m_options.host.toStdString(), m_options.port);
        std::unique_ptr<Poco::Net::ServerSocket> socket;
        if (!m_options.tlsCertificateFile.isEmpty()) {
            Poco::Net::Context::Ptr context = new Poco::Net::Context(
                Poco::Net::Context::TLS_SERVER_USE, m_options.tlsKeyFile.toStdString(),
                m_options.tlsCertificateFile.toStdString(), std::string(),
                Poco::Net::Context::VERIFY_NONE);
            context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            socket = std::make_unique<Poco::Net::SecureServerSocket>(context);
        } else {
            socket = std::make_unique<Poco::Net::ServerSocket>();
        }
        socket->bind(address, true);
        socket->listen(m_options.maxQueuedConnections);
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(m_options.maxThreads);
        params->setMaxQueued(m_options.maxQueuedConnections);
        params->setTimeout(Poco::Timespan(m_options.receiveTimeoutSeconds, 0));
        params->setKeepAlive(true);
        // A connection served this many requests closes and queues again
        // behind the waiting ones: no camera waits on another's keep-alive.
        params->setMaxKeepAliveRequests(m_options.maxKeepAliveRequests);
        // An idle kept-alive connection holds a handler thread: let it go soon.
        params->setKeepAliveTimeout(
            Poco::Timespan(std::min(m_options.receiveTimeoutSeconds, 5), 0));
        params->setServerName("alpr-receiver");
        auto server = std::make_unique<Server>();
        server->pool = std::make_unique<Poco::ThreadPool>(2, m_options.maxThreads + 1);
        server->http = std::make_unique<Poco::Net::HTTPServer>(new Handlers(*this), *server->pool,
                                                               *socket, params);
        server->http->start();
        m_server = std::move(server);
    } catch (const Poco::Exception& e) {
        return makeError(ErrorCode::Io, tr("cannot listen on %1 port %2: %3")
                                            .arg(m_options.host)
                                            .arg(m_options.port)
                                            .arg(QString::fromStdString(e.displayText())));
    }
    return {};
}

void Receiver::stopAccepting()
{
    if (m_server && m_server->http)
        m_server->http->stop();
}

void Receiver::finish()
{
    m_queue->close();
    if (m_server) {
        // Connections left (slow clients, keep-alive) are closed; handlers
        // still waiting find their request answered or give up.
        m_server->http->stopAll(true);
        m_server->http.reset();
        m_server->pool->joinAll();
        m_server.reset();
    }
}

bool Receiver::idle() const
{
    return m_queue->idle();
}

void Receiver::setAvailable(bool available)
{
    m_queue->setAvailable(available);
}

ReceiverCounters Receiver::counters() const
{
    return m_queue->counters();
}

// --- the writer

ReceiverWriter::ReceiverWriter(Session& session, HitMatching& matching, ReceiverQueue& queue)
    : m_session(session), m_matching(matching), m_queue(queue)
{
}

namespace {

// Stores the requests' reads in one transaction; sets each request's outcome.
bool storeGroup(ReadImporter& importer, const std::vector<std::shared_ptr<QueuedRequest>>& group,
                int rejected, QString* error)
{
    QList<ReadRecord> reads;
    QStringList agents;
    QSet<QString> cameras;
    for (const auto& r : group) {
        for (ReadRecord read : r->reads) {
            read.id = 0;
            cameras.insert(read.cameraCode);
            reads.append(std::move(read));
        }
        if (!agents.contains(r->agent.name))
            agents << r->agent.name;
    }
    agents.sort();
    QStringList cameraList(cameras.begin(), cameras.end());
    cameraList.sort();
    const QJsonObject details{{QStringLiteral("agents"), QJsonArray::fromStringList(agents)},
                              {QStringLiteral("cameras"), QJsonArray::fromStringList(cameraList)},
                              {QStringLiteral("requests"), int(group.size())},
                              {QStringLiteral("reads"), int(reads.size())},
                              {QStringLiteral("rejected"), rejected}};
    auto stored =
        importer.importReceived(reads, QStringLiteral("agents:%1").arg(agents.join(u',')), details);
    if (!stored) {
        for (const auto& r : group)
            r->ok = false;
        *error = stored.error().message;
        return false;
    }
    qsizetype at = 0;
    for (const auto& r : group) {
        r->ok = true;
        r->stored = 0;
        r->duplicates = 0;
        for (qsizetype i = 0; i < r->reads.size(); ++i, ++at)
            ++(reads[at].id != 0 ? r->stored : r->duplicates);
    }
    return true;
}

} // namespace

std::optional<ReceiverGroup> ReceiverWriter::writeQueued(int waitMs)
{
    auto group = m_queue.take(waitMs);
    if (group.empty())
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    ReceiverGroup done;
    done.requests = int(group.size());
    done.rejected = m_queue.takeRejected();
    ReadImporter importer(m_session, nullptr, &m_matching);
    if (!storeGroup(importer, group, done.rejected, &done.error)) {
        if (m_session.storeLost()) {
            // Nothing can be stored until the receiver signs in again: each
            // request is answered 503, and its sender sends it again.
            done.storeLost = true;
            for (const auto& r : group)
                r->storeLost = true;
            // Before they are answered: a resend must find the door shut
            // (503), not a queue that nobody stores until the new sign-in.
            m_queue.setAvailable(false);
        } else if (group.size() > 1) {
            // One request's reads must not keep the others from the store:
            // each on its own, so only the one that fails is answered 500.
            for (const auto& r : group)
                (void)storeGroup(importer, {r}, 0, &done.error);
        }
    }
    for (const auto& r : group) {
        if (!done.agents.contains(r->agent.name))
            done.agents << r->agent.name;
        if (r->ok) {
            done.stored += r->stored;
            done.duplicates += r->duplicates;
        } else {
            done.failed = true;
        }
    }
    done.agents.sort();
    done.milliseconds = timer.elapsed();
    m_queue.complete(group);
    return done;
}

} // namespace alpr
