// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// The camera receiver: an HTTP/1.1 server (Poco::Net, TLS with Poco::NetSSL)
// that cameras and agents (OpenALPR / Rekor Scout) POST their reads to.
//
//   POST /v1/alpr_group  alpr_group JSON, v2 or v3 (ingest/openalprparser.h)
//   POST /v1/reads.csv   the importer's CSV (ingest/csvreadparser.h)
//   GET  /health         no authentication, no data: up, store, queue depth
//
// Threads: Poco's handler threads check the token, read and parse each
// request (the parsers are pure) and queue the parsed reads; they never touch
// the store, whose connection belongs to the thread that opened it. That
// thread runs ReceiverWriter::writeQueued() in a loop: it takes everything
// queued (up to a cap) and stores it in one transaction (synchronous=FULL)
// with one "ingest" audit event, then wakes each waiting request with its own
// outcome. A request is answered 200 only once its reads are committed.
//
// The queue is bounded in requests and bytes; beyond it, and while the store
// is being replaced (setAvailable(false)), a POST gets 503 with Retry-After.

#include "common/readrecord.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace alpr {

class HitMatching;
class Session;

// Who sent a request, as the authenticator knows the agent by its token.
struct AgentIdentity
{
    QString name;
    // Camera codes the agent may send reads of; empty: any camera.
    QStringList cameras;
};

// Called on handler threads with the presented bearer token; must be
// thread-safe and must not touch the store. nullopt: unknown or revoked.
using ReceiverAuthenticator = std::function<std::optional<AgentIdentity>(const QByteArray& token)>;

// A thread-safe snapshot of the agents, by SHA-256 of their token: what the
// process that owns the store refreshes (setAgents, e.g. once a second on the
// store's thread) and the receiver's authenticator looks up. The presented
// token is hashed and compared with every known hash in constant time, so
// neither the token nor which agent is near it shows in the timing.
class AgentTokens final
{
public:
    AgentTokens();
    ~AgentTokens();
    AgentTokens(const AgentTokens&) = delete;
    AgentTokens& operator=(const AgentTokens&) = delete;

    // tokenSha256: 32 raw bytes of SHA-256 of the token -> the agent.
    void setAgents(const QHash<QByteArray, AgentIdentity>& agents);
    std::optional<AgentIdentity> authenticate(const QByteArray& token) const;
    ReceiverAuthenticator authenticator() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

struct ReceiverOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    // Both or neither. Without them only a loopback host is accepted.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    qint64 maxBodyBytes = 8LL << 20;
    int maxQueuedRequests = 256;
    qint64 maxQueuedBytes = 256LL << 20; // bodies as received, of requests waiting
    int maxGroupRequests = 128;          // requests in one transaction
    // Handler threads: connections served at once, each mostly waiting for
    // its commit. A kept-alive connection holds one, so a site with more
    // cameras than threads relies on maxKeepAliveRequests to take turns.
    int maxThreads = 32;
    int maxKeepAliveRequests = 20; // then the connection closes and the camera reconnects
    int maxQueuedConnections = 64;
    int receiveTimeoutSeconds = 10; // a client that sends nothing for this long is dropped
    int commitWaitSeconds = 30;     // how long a request waits for its commit
    int retryAfterSeconds = 5;      // Retry-After of a 503
};

// Counts for the log and the health answer.
struct ReceiverCounters
{
    qint64 refusedTokens = 0;
    qint64 rejectedRequests = 0;
    int queuedRequests = 0;
};

class ReceiverQueue;

class Receiver final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Receiver)

public:
    Receiver(ReceiverOptions options, ReceiverAuthenticator authenticate);
    ~Receiver(); // stops the server
    Receiver(const Receiver&) = delete;
    Receiver& operator=(const Receiver&) = delete;

    // Whether options may be used: loopback without TLS, both TLS files or
    // neither, limits positive. Usage errors (ErrorCode::Invalid) say what to change.
    static Result<void> checkOptions(const ReceiverOptions& options);
    // Binds and starts accepting; Io when the address cannot be bound.
    Result<void> start();
    // Stops accepting connections; requests already queued are still answered
    // once the writer stores them. Then call finish().
    void stopAccepting();
    // After the last writeQueued(): closes the connections left.
    void finish();
    // No request in the queue and none being handled.
    bool idle() const;

    // While false (the store is being replaced), POSTs get 503 + Retry-After
    // and /health says the store is unreachable.
    void setAvailable(bool available);

    ReceiverQueue& queue() { return *m_queue; }
    ReceiverCounters counters() const;

private:
    class Handlers;
    ReceiverOptions m_options;
    ReceiverAuthenticator m_authenticate;
    std::unique_ptr<ReceiverQueue> m_queue;
    struct Server;
    std::unique_ptr<Server> m_server;
};

// What one writeQueued() did, for the log line.
struct ReceiverGroup
{
    int requests = 0;
    int stored = 0;
    int duplicates = 0;
    int rejected = 0; // requests refused since the last group (bad input, wrong camera)
    QStringList agents;
    qint64 milliseconds = 0;
    bool failed = false;
    bool storeLost = false; // the department store's connection was lost: sign in again
    QString error; // why the store refused, when failed (store messages carry no read data)
};

// The store side: runs on the thread that signed in, with a HitMatching kept
// for the session's life, so every stored read is matched before its 200.
class ReceiverWriter final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::ReceiverWriter)

public:
    ReceiverWriter(Session& session, HitMatching& matching, ReceiverQueue& queue);

    // Waits up to waitMs for queued requests, then stores what is queued
    // (up to the group cap) in one transaction with one "ingest" audit event
    // and answers each request. nullopt when nothing was queued.
    std::optional<ReceiverGroup> writeQueued(int waitMs);

private:
    Session& m_session;
    HitMatching& m_matching;
    ReceiverQueue& m_queue;
};

} // namespace alpr
