// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// What the benchmarks that load the camera receiver share ('ingest' on a
// store file, 'search --store … --load' on the department store): the
// alpr_group bodies an OpenALPR agent posts, 'alprctl receive' as a child
// process, and client threads offering a rate over keep-alive connections.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace alpr::bench {

using SteadyClock = std::chrono::steady_clock;

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to);
qint64 wallMs();

struct ImagePool
{
    QList<QByteArray> overviews; // base64
    QList<QByteArray> crops;     // base64
    qint64 smallest = 0;         // decoded overview bytes
    qint64 largest = 0;
    qint64 mean = 0;
};

// Demo scenes re-encoded at the JPEG quality that brings each to a size
// drawn from 20-60 KB: what a camera's overview weighs.
ImagePool makeImagePool(quint64 seed, int count);
// Each request's read has a unique best_uuid: prefix + the index, 8 digits.
QByteArray uuidFor(const QByteArray& prefix, qint64 index);
// One v3 alpr_group as an OpenALPR agent posts it; hitPercent of them of a
// plate of listed.
QByteArray groupBody(const ImagePool& images, const QStringList& listed, int hitPercent,
                     const QByteArray& uuid, qint64 index, bool withImages);

struct ReceiverMode
{
    bool agentsFile = false; // the receiver takes --agents-file; else the store's agents
    bool hasReceive = false;
};
ReceiverMode detectMode(const QString& alprctl);

quint16 freePort();
// user+system CPU seconds of a process, from /proc/PID/stat.
double cpuSeconds(qint64 pid);
// The status of a GET on 127.0.0.1:port, -1 without an answer.
int httpGetStatus(quint16 port, const std::string& path);
// The last lines of the receiver's log, for a receiver that did not start.
QString logTail(const QString& path);

struct ReceiverLaunch
{
    QString alprctl;
    QString store; // a file or a postgresql:// address
    QString user;  // the ingest service account
    QString passwordFile;
    QString agentsFile; // with mode.agentsFile
    ReceiverMode mode;
    QString log; // its standard output and error, appended
};

// 'alprctl receive' on 127.0.0.1 at a free port.
class ReceiverProcess
{
public:
    explicit ReceiverProcess(ReceiverLaunch launch);
    ~ReceiverProcess(); // stop()
    ReceiverProcess(const ReceiverProcess&) = delete;
    ReceiverProcess& operator=(const ReceiverProcess&) = delete;

    // Starts it and waits until /health answers 200.
    bool start(QString* problem);
    // SIGTERM and wait: it stores what is queued first.
    void stop();
    void killHard(); // SIGKILL
    qint64 pid() const;
    quint16 port() const { return m_port; }
    bool running() const;

private:
    ReceiverLaunch m_launch;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

struct Sample
{
    qint64 index = 0;
    qint64 sentWallMs = 0;
    float latencyMs = 0;
    int status = 0; // HTTP status, or -1 when the connection failed
};

struct LoadPlan
{
    quint16 port = 0;
    QByteArray token;
    QByteArray uuidPrefix;
    int rate = 0; // 0: as fast as it goes
    int seconds = 60;
    int connections = 8;
    bool images = true;
    int hitPercent = 2;
    const ImagePool* pool = nullptr;
    const QStringList* listed = nullptr;
    std::atomic<bool>* stop = nullptr; // set to end the load early (crash mode)
};

struct LoadResult
{
    std::vector<Sample> samples;
    double elapsedMs = 0;
    qint64 bodyBytes = 0;
};

// plan.connections threads POST groups at plan.rate for plan.seconds.
LoadResult runLoad(const LoadPlan& plan);

} // namespace alpr::bench
