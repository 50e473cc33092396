// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The camera receiver as a camera, or an attacker, reaches it: bytes on a
// loopback socket. One receiver serves the whole run, with a real store that
// its writer thread signs in to, as `alprctl receive` does. Each input is
// sent as one request and the answer read back; the receiver must answer
// every one with an HTTP status it documents (or close the connection),
// never crash or hang, and never store anything it did not answer 200.
//
// The first byte of an input chooses how the rest is framed, so that the
// fuzzer reaches past the request line and the token:
//   0: the rest is the whole request, as sent;
//   1: a POST of /v1/alpr_group with a valid token, the rest its body;
//   2: the same for /v1/reads.csv;
//   3: a valid request line, then the rest as header lines and body.
#include "fuzzcheck.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/securebytes.h"
#include "common/useraccount.h"
#include "hits/hitmatching.h"
#include "ingest/receiver.h"
#include "store/sqlcipherdriver.h"

#include <QDir>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace {

using namespace alpr;

const QByteArray kToken = QByteArrayLiteral("alpr1.fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuz");

class Harness
{
public:
    Harness()
    {
        ReceiverOptions options;
        options.host = QStringLiteral("127.0.0.1");
        // Small limits, so that the fuzzer reaches them.
        options.maxBodyBytes = 256 * 1024;
        options.maxQueuedRequests = 4;
        options.receiveTimeoutSeconds = 2;
        options.commitWaitSeconds = 10;
        options.maxThreads = 4;
        std::random_device seed;
        std::uniform_int_distribution<int> ports(20000, 60000);
        AgentIdentity agent{QStringLiteral("fuzz-agent"), {}};
        m_tokens.setAgents({{crypto::sha256(kToken), agent}});
        for (int attempt = 0; attempt < 20 && !m_receiver; ++attempt) {
            options.port = quint16(ports(seed));
            auto receiver = std::make_unique<Receiver>(options, m_tokens.authenticator());
            if (receiver->start())
                m_receiver = std::move(receiver);
        }
        FUZZ_CHECK(m_receiver != nullptr);
        m_port = options.port;
        // The store belongs to the writer's thread, which opens it; Qt's SQL
        // driver table is made here, on the main thread, which outlives it.
        registerSqlCipherDriver();
        m_writer = std::thread([this] { writeLoop(); });
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_started; });
        FUZZ_CHECK(m_storeOk);
    }

    ~Harness()
    {
        m_receiver->stopAccepting();
        m_stop = true;
        m_writer.join();
        m_receiver->finish();
    }

    quint16 port() const { return m_port; }

private:
    void writeLoop()
    {
        UserAccount admin;
        admin.username = QStringLiteral("admin");
        admin.fullName = QStringLiteral("Fuzz Administrator");
        admin.organization = QStringLiteral("Fuzz PD");
        admin.roles = {Role::Administrator};
        const char* password = "fuzz fuzz fuzz correct horse battery";
        auto session =
            SignIn::createStore(QDir(m_dir.path()).filePath(QStringLiteral("f.alprdb")), admin,
                                SecureBytes::fromRaw(password, qstrlen(password)), Clock::system());
        {
            std::lock_guard lock(m_mutex);
            m_storeOk = session.ok();
            m_started = true;
        }
        m_ready.notify_all();
        if (!session.ok())
            return;
        TrainingRecord training{QStringLiteral("fuzz course"), QDate(2020, 1, 1), QDate()};
        (void)UserAdministration(**session).addTraining(admin.username, training);
        HitMatching matching(**session);
        ReceiverWriter writer(**session, matching, m_receiver->queue());
        while (!m_stop || !m_receiver->idle())
            (void)writer.writeQueued(50);
    }

    QTemporaryDir m_dir;
    AgentTokens m_tokens;
    std::unique_ptr<Receiver> m_receiver;
    quint16 m_port = 0;
    std::thread m_writer;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_started = false;
    bool m_storeOk = false;
};

Harness& harness()
{
    static Harness h;
    return h;
}

QByteArray frame(const uint8_t* data, size_t size)
{
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const auto post = [&](const char* path) {
        return QByteArray("POST ") + path +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + kToken +
               "\r\nContent-Length: " + QByteArray::number(rest.size()) +
               "\r\nConnection: close\r\n\r\n" + rest;
    };
    switch (data[0] % 4) {
    case 1:
        return post("/v1/alpr_group");
    case 2:
        return post("/v1/reads.csv");
    case 3:
        return QByteArray("POST /v1/alpr_group HTTP/1.1\r\n") + rest;
    default:
        return rest;
    }
}

// Sends the request, half-closes, and reads the answer until the receiver
// closes or a few seconds pass (a slow client is timed out after 2 s).
QByteArray roundTrip(quint16 port, const QByteArray& request)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Hundreds of connections a second for half an hour leave many
    // connections in TIME_WAIT: each comes from another address of
    // 127.0.0.0/8, and a refused connection is tried again for a few
    // seconds (the receiver's accept queue holds 64) before it counts.
    static quint32 source = 0;
    int fd = -1;
    for (int attempt = 0;; ++attempt) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        FUZZ_CHECK(fd >= 0);
        sockaddr_in from{};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + 1 + (source++ % 250));
        FUZZ_CHECK(::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) == 0);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0)
            break;
        const int error = errno;
        ::close(fd);
        std::fprintf(stderr, "connect to the receiver failed (attempt %d): %s\n", attempt + 1,
                     std::strerror(error));
        FUZZ_CHECK(attempt < 100);
        ::usleep(50 * 1000);
    }
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t n =
            ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break; // the receiver answered early (413, 401) and closed
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[4096];
    for (int waited = 0; waited < 100;) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 100);
        if (ready == 0) {
            ++waited;
            continue;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        answer.append(buffer, qsizetype(n));
    }
    ::close(fd);
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray answer = roundTrip(harness().port(), frame(data, size));
    // Nothing at all is allowed (the connection closed on bytes that are not
    // HTTP); anything else is an HTTP answer with a status the receiver gives.
    static const bool verbose = qEnvironmentVariableIsSet("ALPR_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%zu bytes -> %s\n", size,
                     answer.isEmpty() ? "(closed)" : answer.left(answer.indexOf('\r')).constData());
    if (answer.isEmpty())
        return 0;
    FUZZ_CHECK(answer.startsWith("HTTP/1."));
    const QByteArray status = answer.mid(9, 3);
    static const QList<QByteArray> known{"200", "100", "400", "401", "403", "404", "405",
                                         "411", "413", "500", "503", "505", "501", "431"};
    if (!known.contains(status))
        std::fprintf(stderr, "unexpected answer: %s\n", answer.left(200).constData());
    FUZZ_CHECK(known.contains(status));
    // The body never echoes the token.
    FUZZ_CHECK(!answer.contains(kToken));
    return 0;
}
