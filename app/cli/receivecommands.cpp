// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl receive: the camera receiver as its own long-running process. HTTP
// handler threads parse and queue; this process's main thread, which signed
// in and owns the store's connection, stores what is queued in groups.
#include "cli.h"
#include "terminal.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/storekeys.h"
#include "hits/hitmatching.h"
#include "ingest/agents.h"
#include "ingest/receiver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

#include <csignal>

namespace alpr::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void requestStop(int)
{
    g_stop = 1;
}

void installStopHandlers()
{
    struct sigaction action
    {
    };
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGTERM, SIGINT})
        sigaction(signal, &action, nullptr);
    // A client that closes early must not end the process through a write.
    std::signal(SIGPIPE, SIG_IGN);
}

// The log: one line each, with the time; counts and agent names, never a
// plate or a token.
void log(const QString& text)
{
    printErr(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ' + text);
}

void logGroup(const ReceiverGroup& g)
{
    log(QStringLiteral("stored a group: agents %1, %2 requests, %3 reads, %4 duplicates, %5 "
                       "rejected, %6 ms%7")
            .arg(g.agents.join(u','))
            .arg(g.requests)
            .arg(g.stored)
            .arg(g.duplicates)
            .arg(g.rejected)
            .arg(g.milliseconds)
            .arg(!g.failed     ? QString()
                 : g.storeLost ? QStringLiteral(
                                     ", NOT STORED: the store's connection was lost (answered 503)")
                               : QStringLiteral(", FAILED (answered 500): %1").arg(g.error)));
}

// "127.0.0.1:8080", "localhost:8080", "[::1]:8080".
Result<std::pair<QString, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8080"));
    return std::pair{host, quint16(port)};
}

Result<qint64> sizeOption(const Options& o, const char* name, qint64 fallback)
{
    if (!o.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = o.value(name).toLongLong(&ok);
    if (!ok || value <= 0)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("--%1 takes a positive whole number").arg(QString::fromLatin1(name)));
    return value;
}

// Stores what is queued until nothing is left or the time is up.
void drain(Receiver& receiver, ReceiverWriter& writer, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!receiver.idle() && !deadline.hasExpired())
        if (auto group = writer.writeQueued(100))
            logGroup(*group);
}

int cmdReceive(Options& o)
{
    if (!o.isSet("listen"))
        return usage(QStringLiteral("receive needs --listen ADDRESS:PORT"));
    auto listen = parseListen(o.value("listen"));
    if (!listen)
        return usage(listen.error().message);
    ReceiverOptions options;
    options.host = listen->first;
    options.port = listen->second;
    options.tlsCertificateFile = o.value("tls-cert");
    options.tlsKeyFile = o.value("tls-key");
    auto maxBody = sizeOption(o, "max-body", options.maxBodyBytes);
    auto maxQueue = sizeOption(o, "max-queue", options.maxQueuedRequests);
    if (!maxBody)
        return usage(maxBody.error().message);
    if (!maxQueue)
        return usage(maxQueue.error().message);
    options.maxBodyBytes = *maxBody;
    options.maxQueuedRequests = int(std::min<qint64>(*maxQueue, 1 << 20));
    if (auto ok = Receiver::checkOptions(options); !ok)
        return usage(ok.error().message);
    installStopHandlers();
    auto signedIn = signIn(o);
    if (!signedIn)
        return fail(signedIn.error());
    std::unique_ptr<Session> session = std::move(signedIn.value());
    if (!session->can(Action::ImportReads))
        return fail(makeError(ErrorCode::Denied,
                              QStringLiteral("%1 may not import reads; the receiver signs in as "
                                             "an ingest service account")
                                  .arg(session->user().username)));
    auto matching = std::make_unique<HitMatching>(*session);
    // The matcher of the hot lists is built now, not under the first
    // request: a statewide list takes seconds. (The department store's
    // server matches each read as it stores it.)
    if (!session->isDepartment())
        if (auto built = matching->refresh(); !built)
            return fail(built.error());

    // The agents come from the store ('alprctl agent add|revoke'); read again
    // every second on this, the store's thread, so that a revocation takes
    // effect within a second without a restart.
    AgentTokens tokens;
    auto agents = Agents(*session).deliveringAgents();
    if (!agents)
        return fail(agents.error());
    tokens.setAgents(*agents);
    QList<QByteArray> agentHashes = agents->keys();
    std::sort(agentHashes.begin(), agentHashes.end());
    Receiver receiver(options, tokens.authenticator());
    if (auto started = receiver.start(); !started)
        return fail(started.error());
    log(QStringLiteral("receiving on %1 port %2 (%3), %4 agents, signed in as %5")
            .arg(options.host)
            .arg(options.port)
            .arg(options.tlsCertificateFile.isEmpty() ? QStringLiteral("HTTP, loopback only")
                                                      : QStringLiteral("HTTPS"))
            .arg(agents->size())
            .arg(session->user().username));

    auto writer = std::make_unique<ReceiverWriter>(*session, *matching, receiver.queue());
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    while (!g_stop) {
        bool lost = false;
        if (auto group = writer->writeQueued(200)) {
            logGroup(*group);
            lost = group->storeLost;
        }
        if (!lost && sinceCheck.elapsed() < 1000)
            continue;
        sinceCheck.restart();
        lost = lost || session->storeLost();
        const bool replaced = !lost && session->storeReplacementAnnounced();
        if (!lost && !replaced) {
            if (auto reloaded = Agents(*session).deliveringAgents(); reloaded) {
                QList<QByteArray> hashes = reloaded->keys();
                std::sort(hashes.begin(), hashes.end());
                if (hashes != agentHashes) {
                    tokens.setAgents(*reloaded);
                    agentHashes = hashes;
                    log(QStringLiteral("agents changed: %1 may deliver").arg(reloaded->size()));
                }
            } else if (session->storeLost()) {
                lost = true;
            } else {
                log(QStringLiteral("cannot read the agents, the previous ones stay: %1")
                        .arg(reloaded.error().message));
            }
            if (!lost)
                continue;
        }
        // The store goes away: an administrator replaces the store file, or
        // the department store's server restarted or dropped the connection.
        // New reads are refused (503) until this receiver has signed in
        // again; the agents it knew stay. Replacing the store file: what is
        // queued is stored first. A lost connection stores nothing more: what
        // is queued waits for the new sign-in, up to each request's wait.
        receiver.setAvailable(false);
        if (replaced) {
            log(QStringLiteral("the store is being replaced: answering 503 until it is done"));
            drain(receiver, *writer, 10000);
        } else {
            log(QStringLiteral("the connection to %1 was lost: answering 503 until signed in "
                               "again")
                    .arg(session->storeLocation()));
        }
        writer.reset();
        matching.reset();
        session.reset();
        QElapsedTimer sinceTold;
        while (!g_stop) {
            if (!replaced || !StoreKeys::announcedReplacement(o.storePath)) {
                auto again = signIn(o);
                if (again) {
                    session = std::move(again.value());
                    break;
                }
                // Told once, then every half minute while it lasts.
                if (!sinceTold.isValid() || sinceTold.elapsed() >= 30000) {
                    log(QStringLiteral("cannot sign in again yet: %1").arg(again.error().message));
                    sinceTold.start();
                }
            }
            QThread::msleep(replaced ? 500 : 1000);
        }
        if (!session)
            break;
        matching = std::make_unique<HitMatching>(*session);
        if (!session->isDepartment())
            if (auto built = matching->refresh(); !built)
                log(QStringLiteral("the hot lists' matcher is built at the first group: %1")
                        .arg(built.error().message));
        writer = std::make_unique<ReceiverWriter>(*session, *matching, receiver.queue());
        receiver.setAvailable(true);
        log(QStringLiteral("signed in again; receiving"));
    }

    log(QStringLiteral("stopping: no new connections; storing what is queued"));
    receiver.stopAccepting();
    if (writer)
        drain(receiver, *writer, 15000);
    receiver.finish();
    const ReceiverCounters counters = receiver.counters();
    log(QStringLiteral("stopped: %1 tokens refused, %2 requests rejected")
            .arg(counters.refusedTokens)
            .arg(counters.rejectedRequests));
    return ExitOk;
}

} // namespace

QList<Command> receiveCommands()
{
    return {
        {"receive",
         "receive --listen ADDR:PORT [--tls-cert FILE --tls-key FILE]\n"
         "        [--max-body BYTES] [--max-queue REQUESTS]\n"
         "                                     receive reads from cameras over HTTP(S) as an\n"
         "                                     ingest service account (see README); runs until\n"
         "                                     SIGTERM or SIGINT",
         {{QStringLiteral("listen"), QStringLiteral("Address and port to listen on."),
           QStringLiteral("ADDR:PORT")},
          {QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
           QStringLiteral("FILE")},
          {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
           QStringLiteral("FILE")},
          {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes."),
           QStringLiteral("BYTES")},
          {QStringLiteral("max-queue"), QStringLiteral("Requests waiting to be stored, at most."),
           QStringLiteral("REQUESTS")}},
         cmdReceive},
    };
}

} // namespace alpr::cli
