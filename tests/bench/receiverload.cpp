// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "receiverload.h"
#include "hitsbenchmark.h"

#include "imaging/demoimages.h"
#include "imaging/jpegcodec.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QDateTime>
#include <QFile>
#include <QImage>

#include <algorithm>
#include <istream>
#include <limits>
#include <ostream>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alpr::bench {

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---------------------------------------------------------------------------
// The groups.

// Demo scenes re-encoded at the JPEG quality that brings each to a size
// drawn from 20-60 KB: what a camera's overview weighs.
ImagePool makeImagePool(quint64 seed, int count)
{
    ImagePool pool;
    BenchRandom rng(seed ^ 0x1a9e5u);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        DemoScene scene;
        scene.plate = benchPlate(rng);
        scene.state = u"CA"_s;
        scene.cameraName = u"Bench camera %1"_s.arg(i % 20);
        scene.capturedAt =
            QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + i * 3'600'000LL, Qt::UTC);
        scene.make = u"toyota"_s;
        scene.color = u"silver"_s;
        scene.body = u"sedan"_s;
        scene.seed = rng.next();
        const QByteArray crop = renderPlateCrop(scene);
        const QByteArray rendered = renderOverview(scene);
        QByteArray chosen = rendered;
        auto pixels = decodeJpegPixels(rendered);
        const qint64 target = 20 * 1024 + qint64(rng.next() % (40 * 1024));
        if (pixels) {
            const QImage bgr = pixels->rgbSwapped();
            for (int quality = 60; quality <= 100; quality += 2) {
                chosen = encodeBgrJpeg(bgr.constBits(), bgr.width(), bgr.height(),
                                       int(bgr.bytesPerLine()), quality);
                if (chosen.size() >= target)
                    break;
            }
        }
        total += chosen.size();
        pool.smallest = i == 0 ? chosen.size() : std::min(pool.smallest, qint64(chosen.size()));
        pool.largest = std::max(pool.largest, qint64(chosen.size()));
        pool.overviews << chosen.toBase64();
        pool.crops << crop.toBase64();
    }
    pool.mean = count ? total / count : 0;
    return pool;
}

// Each request's read has a unique best_uuid: "BENCH-<run>-<step>-<index>".
QByteArray uuidFor(const QByteArray& prefix, qint64 index)
{
    return prefix + QByteArray::number(index).rightJustified(8, '0');
}

// One v3 alpr_group as an OpenALPR agent posts it.
QByteArray groupBody(const ImagePool& images, const QStringList& listed, int hitPercent,
                     const QByteArray& uuid, qint64 index, bool withImages)
{
    BenchRandom rng(quint64(index) * 7919u + quint64(qHash(uuid)));
    const bool hit = int(rng.next() % 100) < hitPercent && !listed.isEmpty();
    const QByteArray plate =
        (hit ? listed.at(int(rng.next() % quint64(listed.size()))) : benchPlate(rng)).toLatin1();
    const QByteArray camera = QByteArray::number(1000 + index % 20);
    const QByteArray epoch = QByteArray::number(wallMs() - 500);
    const QByteArray confidence = QByteArray::number(85.0 + double(rng.next() % 1400) / 100.0);
    const QByteArray other = benchPlate(rng).toLatin1();
    QByteArray b;
    b.reserve(withImages ? 100 * 1024 : 2048);
    b += R"({"data_type":"alpr_group","version":3,"epoch_start":)" + epoch + R"(,"epoch_end":)" +
         epoch +
         R"(,"frame_start":216,"frame_end":236,)"
         R"("company_id":"2305d27a-2a29-4864-bf8f-bef5dc9330ef","agent_uid":"BENCHAGENT0001",)"
         R"("agent_version":"4.1.1","agent_type":"alprd","camera_id":)" +
         camera +
         R"(,"gps_latitude":37.40,"gps_longitude":-122.10,"country":"us",)"
         R"("uuids":[")" +
         uuid + R"("],"best_plate":{"plate":")" + plate + R"(","confidence":)" + confidence +
         R"(,"matches_template":1,"plate_index":0,"region":"us-ca","region_confidence":98,)"
         R"("processing_time_ms":5.8,"requested_topn":10,"coordinates":[{"x":300,"y":200},)"
         R"({"x":420,"y":200},{"x":420,"y":240},{"x":300,"y":240}],)";
    if (withImages)
        b += R"("plate_crop_jpeg":")" + images.crops.at(int(index % images.crops.size())) + R"(",)";
    b += R"("candidates":[{"plate":")" + plate + R"(","confidence":)" + confidence +
         R"(,"matches_template":1},{"plate":")" + other +
         R"(","confidence":70.1,"matches_template":0}]},)"
         R"("best_confidence":)" +
         confidence + R"(,"best_plate_number":")" + plate +
         R"(","best_region":"us-ca","best_region_confidence":90,"matches_template":true,)"
         R"("best_uuid":")" +
         uuid + R"(","best_uuid_epoch_ms":)" + epoch +
         R"(,"best_image_width":640,"best_image_height":360,"travel_direction":296.5,)"
         R"("is_parked":false,"is_preview":false,)"
         R"("vehicle":{"color":[{"name":"silver","confidence":90}],)"
         R"("make":[{"name":"toyota","confidence":80}],)"
         R"("make_model":[{"name":"toyota_camry","confidence":70}],)"
         R"("body_type":[{"name":"sedan","confidence":85}]},)";
    if (withImages)
        b += R"("overview_jpeg":")" + images.overviews.at(int(index % images.overviews.size())) +
             R"(",)";
    b += R"("web_server_config":{"camera_label":"Bench camera )" + camera +
         R"(","agent_label":"bench"}})";
    return b;
}

// ---------------------------------------------------------------------------
// The receiver process.

ReceiverMode detectMode(const QString& alprctl)
{
    QProcess help;
    help.setProcessChannelMode(QProcess::MergedChannels);
    help.start(alprctl, {u"--help"_s});
    help.waitForFinished(30000);
    const QString text = QString::fromUtf8(help.readAll());
    ReceiverMode mode;
    mode.hasReceive = text.contains(u"receive --listen"_s);
    mode.agentsFile = text.contains(u"--agents-file"_s);
    return mode;
}

quint16 freePort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const quint16 port = socket.address().port();
    socket.close();
    return port;
}

// user+system CPU seconds of a process, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15.
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

int httpGetStatus(quint16 port, const std::string& path)
{
    try {
        Poco::Net::HTTPClientSession s("127.0.0.1", port);
        s.setTimeout(Poco::Timespan(2, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        s.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = s.receiveResponse(response);
        body.ignore(std::numeric_limits<std::streamsize>::max());
        return int(response.getStatus());
    } catch (const Poco::Exception&) {
        return -1;
    } catch (const std::exception&) {
        return -1;
    }
}

ReceiverProcess::ReceiverProcess(ReceiverLaunch launch) : m_launch(std::move(launch)) {}

ReceiverProcess::~ReceiverProcess()
{
    stop();
}

bool ReceiverProcess::start(QString* problem)
{
    m_port = freePort();
    QStringList args{u"--store"_s,  m_launch.store,       u"--user"_s,
                     m_launch.user, u"--password-file"_s, m_launch.passwordFile,
                     u"receive"_s,  u"--listen"_s,        u"127.0.0.1:%1"_s.arg(m_port)};
    if (m_launch.mode.agentsFile)
        args << u"--agents-file"_s << m_launch.agentsFile;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_launch.log, QIODevice::Append);
    m_process->start(m_launch.alprctl, args);
    if (!m_process->waitForStarted(10000)) {
        *problem = u"cannot start %1"_s.arg(m_launch.alprctl);
        return false;
    }
    const auto deadline = SteadyClock::now() + std::chrono::seconds(300);
    while (SteadyClock::now() < deadline) {
        if (m_process->waitForFinished(200)) {
            *problem = u"the receiver ended (exit %1) before answering /health; see %2"_s
                           .arg(m_process->exitCode())
                           .arg(m_launch.log);
            return false;
        }
        if (httpGetStatus(m_port, "/health") == 200)
            return true;
    }
    *problem = u"the receiver did not answer /health within 300 s"_s;
    return false;
}

void ReceiverProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(60000)) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void ReceiverProcess::killHard()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(10000);
}

qint64 ReceiverProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ReceiverProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

// The last lines of the receiver's log, for a receiver that did not start.
QString logTail(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QString tail;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
        tail += u"  | "_s + QString::fromUtf8(lines.at(i)) + u'\n';
    return tail;
}

// ---------------------------------------------------------------------------
// The load.

namespace {

void clientLoop(const LoadPlan& plan, SteadyClock::time_point start, std::atomic<qint64>& nextIndex,
                std::vector<Sample>& samples, qint64& bytes)
{
    const qint64 total =
        plan.rate > 0 ? qint64(plan.rate) * plan.seconds : std::numeric_limits<qint64>::max();
    const auto end = start + std::chrono::seconds(plan.seconds);
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    const std::string authorization = "Bearer " + plan.token.toStdString();
    for (;;) {
        if (plan.stop && plan.stop->load())
            return;
        const qint64 index = nextIndex.fetch_add(1);
        if (index >= total)
            return;
        // A rate the receiver cannot keep up with ends with the step's time
        // too: what was not sent by then was not achieved.
        if (SteadyClock::now() >= end)
            return;
        if (plan.rate > 0) {
            const auto due = start + std::chrono::microseconds(index * 1'000'000 / plan.rate);
            std::this_thread::sleep_until(due);
        }
        const QByteArray uuid = uuidFor(plan.uuidPrefix, index);
        const QByteArray body =
            groupBody(*plan.pool, *plan.listed, plan.hitPercent, uuid, index, plan.images);
        bytes += body.size();
        Sample s;
        s.index = index;
        s.sentWallMs = wallMs();
        const auto sent = SteadyClock::now();
        try {
            if (!session) {
                session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", plan.port);
                session->setKeepAlive(true);
                session->setTimeout(Poco::Timespan(60, 0));
            }
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/v1/alpr_group",
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            request.setContentType("application/json");
            request.setContentLength(body.size());
            request.setKeepAlive(true);
            request.set("Authorization", authorization);
            std::ostream& os = session->sendRequest(request);
            os.write(body.constData(), body.size());
            Poco::Net::HTTPResponse response;
            std::istream& is = session->receiveResponse(response);
            is.ignore(std::numeric_limits<std::streamsize>::max());
            s.status = int(response.getStatus());
            if (!response.getKeepAlive())
                session.reset();
        } catch (const Poco::Exception&) {
            s.status = -1;
            session.reset();
        } catch (const std::exception&) {
            s.status = -1;
            session.reset();
        }
        s.latencyMs = float(msBetween(sent, SteadyClock::now()));
        samples.push_back(s);
    }
}

} // namespace

LoadResult runLoad(const LoadPlan& plan)
{
    std::atomic<qint64> nextIndex{0};
    std::vector<std::vector<Sample>> perThread(size_t(plan.connections));
    std::vector<qint64> bytes(size_t(plan.connections), 0);
    std::vector<std::thread> threads;
    const auto start = SteadyClock::now() + std::chrono::milliseconds(50);
    for (int t = 0; t < plan.connections; ++t)
        threads.emplace_back(clientLoop, std::cref(plan), start, std::ref(nextIndex),
                             std::ref(perThread[size_t(t)]), std::ref(bytes[size_t(t)]));
    for (std::thread& t : threads)
        t.join();
    LoadResult result;
    result.elapsedMs = msBetween(start, SteadyClock::now());
    for (size_t t = 0; t < perThread.size(); ++t) {
        result.samples.insert(result.samples.end(), perThread[t].begin(), perThread[t].end());
        result.bodyBytes += bytes[t];
    }
    return result;
}

} // namespace alpr::bench
