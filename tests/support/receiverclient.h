// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// The camera receiver as its agents see it: the real 'alprctl receive'
// started on a free loopback port, and HTTP(S) requests to it (Poco).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <memory>
#include <string>

namespace alpr::test {

// A file of tests/data/ingest (real OpenALPR webhook output; see its README).
inline QByteArray ingestFixture(const QString& name)
{
    QFile f(QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

struct HttpAnswer
{
    int status = 0; // 0: no answer (body: why)
    QByteArray body;
    QByteArray retryAfter;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request to the receiver on 127.0.0.1:port; with tls, over HTTPS
// without verifying the test's self-signed certificate.
inline HttpAnswer receiverRequest(quint16 port, bool tls, const std::string& method,
                                  const std::string& path, const QByteArray& body,
                                  const QByteArray& token, const std::string& contentType)
{
    HttpAnswer a;
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (tls) {
            Poco::Net::Context::Ptr context = new Poco::Net::Context(
                Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_NONE);
            session = std::make_unique<Poco::Net::HTTPSClientSession>("127.0.0.1", port, context);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
        }
        session->setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!token.isEmpty())
            req.set("Authorization", "Bearer " + token.toStdString());
        if (method == "POST") {
            req.setContentType(contentType);
            req.setContentLength64(body.size());
        }
        std::ostream& out = session->sendRequest(req);
        out.write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::string text;
        Poco::StreamCopier::copyToString(in, text);
        a.status = int(response.getStatus());
        a.body = QByteArray::fromStdString(text);
        if (response.has("Retry-After"))
            a.retryAfter = QByteArray::fromStdString(response.get("Retry-After"));
    } catch (const Poco::Exception& e) {
        a.body = QByteArray::fromStdString(e.displayText());
    }
    return a;
}

// Starts 'alprctl <args> receive --listen 127.0.0.1:PORT <receiveArgs>' on a
// random high port (the CLI cannot bind port 0), another when that one is
// taken; true once it says it is receiving. log collects its standard error.
inline bool startReceiverProcess(QProcess& process, QByteArray& log, quint16& port,
                                 const QStringList& args, const QStringList& receiveArgs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"ALPR_STORE", "ALPR_USER", "ALPR_PASSWORD", "ALPR_TOTP"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    for (int attempt = 0; attempt < 10; ++attempt) {
        port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        log.clear();
        process.start(QStringLiteral(ALPRCTL),
                      args +
                          QStringList{QStringLiteral("receive"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(port)} +
                          receiveArgs);
        if (!process.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            process.waitForReadyRead(200);
            log += process.readAllStandardError();
            if (log.contains("receiving on"))
                return true;
            if (process.state() == QProcess::NotRunning)
                break;
        }
        log += process.readAllStandardError();
        if (!log.contains("cannot listen")) {
            qWarning("%s", log.constData());
            return false;
        }
    }
    return false;
}

} // namespace alpr::test
