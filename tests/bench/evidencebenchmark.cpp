// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-bench evidence: one evidence package of every read of a store (N
// reads with plate, vehicle and overview JPEGs of camera sizes) written to a
// local folder, read back past the page cache, then checked with
// evidence::verifyBag; and, on the same bytes, what the stock tools take:
// cp -r of data/, sync, sha256sum -c.
#include "evidencebenchmark.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "evidence/bagverifier.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alpr::bench {

namespace {

constexpr int kPoolImages = 24; // per kind; each read's copy is made unique
constexpr int kImportBatch = 500;

double cpuSeconds()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double mbPerSecond(qint64 bytes, double seconds)
{
    return seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0;
}

// A camera-like JPEG that does not compress to nothing: a gradient with
// noise, its area adjusted until the file is near targetBytes.
QByteArray noiseJpeg(QRandomGenerator& rng, qint64 targetBytes, double aspect)
{
    double area = double(targetBytes) / 0.9; // about 0.9 bytes a pixel at quality 75
    QByteArray bytes;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int width = std::max(16, int(std::sqrt(area * aspect)));
        const int height = std::max(16, int(width / aspect));
        QImage image(width, height, QImage::Format_RGB32);
        for (int y = 0; y < height; ++y) {
            auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int base = 40 + (150 * (x + y)) / (width + height);
                const quint32 noise = rng.generate();
                const int r = std::clamp(base + int(noise & 0x7f) - 64, 0, 255);
                const int g = std::clamp(base + int((noise >> 8) & 0x7f) - 64, 0, 255);
                const int b = std::clamp(base + int((noise >> 16) & 0x7f) - 64, 0, 255);
                line[x] = qRgb(r, g, b);
            }
        }
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 75);
        const double ratio = double(targetBytes) / double(std::max<qsizetype>(1, bytes.size()));
        if (ratio > 0.93 && ratio < 1.07)
            break;
        area *= ratio;
    }
    return bytes;
}

// The pool image with a JPEG comment after its start marker: the same
// picture, bytes of its own.
QByteArray unique(const QByteArray& jpeg, const QByteArray& note)
{
    const qsizetype length = note.size() + 2;
    QByteArray segment("\xff\xfe", 2);
    segment += char((length >> 8) & 0xff);
    segment += char(length & 0xff);
    segment += note;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

struct Pool
{
    QList<QByteArray> plate, vehicle, overview;
};

Pool makePool(quint64 seed)
{
    QRandomGenerator rng(quint32(seed * 2654435761u + 17));
    Pool pool;
    for (int i = 0; i < kPoolImages; ++i) {
        // Plate crops 5-15 KB, vehicles 20-60 KB, overviews 60-150 KB.
        pool.plate << noiseJpeg(rng, 5000 + rng.bounded(10000), 2.5);
        pool.vehicle << noiseJpeg(rng, 20000 + rng.bounded(40000), 4.0 / 3.0);
        pool.overview << noiseJpeg(rng, 60000 + rng.bounded(90000), 16.0 / 9.0);
    }
    return pool;
}

struct Prepared
{
    QString folder;
    QString store;
    QList<qint64> readIds;
};

SecureBytes password()
{
    return SecureBytes::fromUtf8(demoPassword());
}

std::unique_ptr<Session> signIn(const QString& store, const QString& user, QTextStream& err)
{
    auto session = SignIn::signIn(store, user, password(), Clock::system());
    if (!session) {
        err << u"alpr-bench: cannot sign in as %1: %2\n"_s.arg(user, session.error().message);
        return nullptr;
    }
    // As the CLI and the GUI do after every sign-in.
    (void)EvidenceKeys(*session.value()).maintain();
    return std::move(session.value());
}

bool addUser(Session& admin, const QString& name, Role role)
{
    UserAccount u;
    u.username = name;
    u.fullName = u"Benchmark "_s + name;
    u.organization = u"Bench PD"_s;
    u.roles = {role};
    const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
    return UserAdministration(admin).addUser(u, password()) &&
           UserAdministration(admin).addTraining(name, training);
}

// Makes (or reuses) the store: administrator "bench", records clerk "clerk"
// (who holds the evidence key), ingest user "feeder", and the reads.
bool prepare(const EvidenceBenchmarkOptions& options, Prepared& p, qint64& imageBytes,
             QTextStream& out, QTextStream& err)
{
    p.folder = QDir(options.directory)
                   .filePath(u"alpr-bench-evidence-%1-%2"_s.arg(options.reads).arg(options.seed));
    p.store = QDir(p.folder).filePath(u"evidence.alprdb"_s);
    const QString idsFile = QDir(p.folder).filePath(u"prepared"_s);
    imageBytes = 0;
    if (!options.rebuild && QFileInfo::exists(idsFile)) {
        QFile f(idsFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            imageBytes = lines.value(0).toLongLong();
            for (const QByteArray& line : lines.mid(1))
                if (!line.isEmpty())
                    p.readIds << line.toLongLong();
            if (p.readIds.size() == options.reads) {
                out << u"prepared store kept from an earlier run: %1 (%2 reads, %3 MB of "
                       u"images)\n"_s.arg(p.store)
                           .arg(p.readIds.size())
                           .arg(double(imageBytes) / 1e6, 0, 'f', 0);
                out.flush();
                return true;
            }
            p.readIds.clear();
        }
    }
    QDir(p.folder).removeRecursively();
    if (!QDir().mkpath(p.folder)) {
        err << u"alpr-bench: cannot make %1\n"_s.arg(p.folder);
        return false;
    }
    out << u"preparing %1 with %2 reads...\n"_s.arg(p.store).arg(options.reads);
    out.flush();
    QElapsedTimer timer;
    timer.start();
    {
        UserAccount admin;
        admin.username = u"bench"_s;
        admin.fullName = u"Benchmark Administrator"_s;
        admin.organization = u"Bench PD"_s;
        admin.roles = {Role::Administrator};
        auto session = SignIn::createStore(p.store, admin, password(), Clock::system());
        if (!session) {
            err << u"alpr-bench: cannot make the store: %1\n"_s.arg(session.error().message);
            return false;
        }
        Session& s = *session.value();
        const TrainingRecord training{u"bench"_s, QDate(2026, 1, 1), QDate()};
        if (!UserAdministration(s).addTraining(admin.username, training) ||
            !addUser(s, u"clerk"_s, Role::Records) || !addUser(s, u"feeder"_s, Role::Ingest)) {
            err << u"alpr-bench: cannot add the users\n"_s;
            return false;
        }
        // The administrator's sign-in makes the evidence key, sealed to the clerk.
        if (auto made = EvidenceKeys(s).maintain(); !made) {
            err << u"alpr-bench: cannot make the evidence key: %1\n"_s.arg(made.error().message);
            return false;
        }
    }
    const Pool pool = makePool(options.seed);
    auto feeder = signIn(p.store, u"feeder"_s, err);
    if (!feeder)
        return false;
    QRandomGenerator rng(quint32(options.seed));
    const QStringList states{u"CA"_s, u"NV"_s, u"AZ"_s, u"OR"_s};
    const QStringList makes{u"Toyota"_s, u"Honda"_s, u"Ford"_s, u"Tesla"_s, u"Chevrolet"_s};
    const QDateTime first(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    for (int done = 0; done < options.reads;) {
        QList<ReadRecord> batch;
        for (; done < options.reads && batch.size() < kImportBatch; ++done) {
            ReadRecord r;
            r.plate = u"7EV%1"_s.arg(done, 5, 10, QLatin1Char('0'));
            r.state = states.at(int(rng.bounded(states.size())));
            r.capturedAt = first.addSecs(qint64(done) * 97);
            r.cameraCode = u"CAM-%1"_s.arg(1 + done % 12);
            r.cameraName = u"Bench camera %1"_s.arg(1 + done % 12);
            r.latitude = 37.3 + rng.bounded(0.2);
            r.longitude = -122.2 + rng.bounded(0.2);
            r.confidence = 80 + rng.bounded(20.0);
            r.sourceKind = SourceKind::Fixed;
            r.make = makes.at(int(rng.bounded(makes.size())));
            const QByteArray note = "alpr-bench read " + QByteArray::number(done);
            r.plateJpeg = unique(pool.plate.at(int(rng.bounded(kPoolImages))), note);
            r.vehicleJpeg = unique(pool.vehicle.at(int(rng.bounded(kPoolImages))), note);
            r.overviewJpeg = unique(pool.overview.at(int(rng.bounded(kPoolImages))), note);
            imageBytes += r.plateJpeg.size() + r.vehicleJpeg.size() + r.overviewJpeg.size();
            batch << r;
        }
        auto imported = ReadImporter(*feeder).importReads(batch, u"alpr-bench evidence"_s);
        if (!imported) {
            err << u"alpr-bench: the import failed: %1\n"_s.arg(imported.error().message);
            return false;
        }
        for (const ReadRecord& r : std::as_const(batch))
            p.readIds << r.id;
    }
    feeder.reset();
    QFile f(idsFile);
    QByteArray text = QByteArray::number(imageBytes) + '\n';
    for (qint64 id : std::as_const(p.readIds))
        text += QByteArray::number(id) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        err << u"alpr-bench: cannot write %1\n"_s.arg(idsFile);
        return false;
    }
    out << u"prepared in %1 s: %2 reads, %3 MB of images\n"_s
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(p.readIds.size())
               .arg(double(imageBytes) / 1e6, 0, 'f', 0);
    out.flush();
    return true;
}

// Write back and drop the page cache (root, --drop-caches only).
bool dropCaches(QTextStream& err)
{
    ::sync();
    QFile f(u"/proc/sys/vm/drop_caches"_s);
    if (!f.open(QIODevice::WriteOnly) || f.write("3\n") != 2) {
        err << u"alpr-bench: cannot drop the page cache (--drop-caches needs root)\n"_s;
        return false;
    }
    return true;
}

struct Timed
{
    bool ok = false;
    double seconds = 0;
    QString output;
};

Timed runTimed(const QString& dir, const QString& program, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    const bool finished = p.waitForFinished(-1);
    Timed t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    t.output = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return t;
}

} // namespace

int runEvidenceBenchmark(const EvidenceBenchmarkOptions& options, QTextStream& out,
                         QTextStream& err)
{
    Prepared prepared;
    qint64 imageBytes = 0;
    if (!prepare(options, prepared, imageBytes, out, err))
        return 1;
    const QString target = QDir(prepared.folder).filePath(u"medium"_s);
    const QString copy = QDir(prepared.folder).filePath(u"copy"_s);
    QDir(target).removeRecursively();
    QDir(copy).removeRecursively();
    if (!QDir().mkpath(target) || !QDir().mkpath(copy)) {
        err << u"alpr-bench: cannot make %1\n"_s.arg(target);
        return 1;
    }
    const QString caches = options.dropCaches
                               ? u"cold: the page cache was dropped before each step"_s
                               : u"as left: the store as the last run left it in the page "
                                 u"cache; the read-back reads the disk (POSIX_FADV_DONTNEED), "
                                 u"which leaves the package in the cache for verifyBag, cp "
                                 u"and sha256sum"_s;

    auto clerk = signIn(prepared.store, u"clerk"_s, err);
    if (!clerk)
        return 1;
    EvidenceRequest request;
    request.caseNumber = u"26-000001"_s;
    request.purpose = u"criminal-investigation"_s;
    request.readIds = prepared.readIds;
    request.target = target;

    // Where the export's time goes, from its progress calls and the hook
    // that runs once the package is in place (after the sync and rename).
    QElapsedTimer timer;
    QList<std::pair<QString, double>> marks; // the last time each stage was reported, in order
    double inPlaceAt = 0;
    EvidenceExport exporter(*clerk);
    exporter.setProgress([&](int, int, const QString& stage) {
        const double now = double(timer.nsecsElapsed()) / 1e9;
        if (!marks.isEmpty() && marks.last().first == stage)
            marks.last().second = now;
        else
            marks.append({stage, now});
    });
    exporter.setBeforeReadBack(
        [&](const QString&) { inPlaceAt = double(timer.nsecsElapsed()) / 1e9; });
    if (options.dropCaches && !dropCaches(err))
        return 1;
    out << u"exporting %1 reads to %2 (caches %3)...\n"_s.arg(prepared.readIds.size())
               .arg(target, options.dropCaches ? u"cold"_s : u"as left"_s);
    out.flush();
    const double cpuBefore = cpuSeconds();
    timer.start();
    auto made = exporter.exportPackage(request);
    const double exportSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double exportCpu = cpuSeconds() - cpuBefore;
    if (!made) {
        err << u"alpr-bench: the export failed: %1\n"_s.arg(made.error().message);
        return 1;
    }
    const qint64 payload = made->payloadBytes;
    out << u"export: %1 reads, %2 files, %3 MB of payload in %4 s: %5 MB/s (CPU %6 s)\n"_s
               .arg(made->reads)
               .arg(made->payloadFiles)
               .arg(double(payload) / 1e6, 0, 'f', 1)
               .arg(exportSeconds, 0, 'f', 2)
               .arg(mbPerSecond(payload, exportSeconds), 0, 'f', 1)
               .arg(exportCpu, 0, 'f', 2);
    // The stages: each runs until its last progress call.
    QJsonObject stages;
    double from = 0;
    const auto stageLine = [&](const QString& name, const QString& key, double until) {
        out << u"  %1: %2 s\n"_s.arg(name, -44).arg(until - from, 0, 'f', 2);
        stages.insert(key, until - from);
        from = until;
    };
    const auto keyOf = [](const QString& stage) {
        if (stage.contains(u"images"_s))
            return u"images_s"_s; // with what comes before: the reads fetched, the start recorded
        if (stage.contains(u"reads"_s))
            return u"reads_files_s"_s;
        if (stage.contains(u"report"_s))
            return u"report_s"_s; // the audit extract, the custody log and the PDF
        if (stage.contains(u"Signing"_s))
            return u"tag_files_s"_s;
        return u"other_s"_s;
    };
    for (const auto& [stage, at] : std::as_const(marks)) {
        if (inPlaceAt > 0 && at > inPlaceAt)
            break;
        stageLine(stage, keyOf(stage), at);
    }
    if (inPlaceAt > 0)
        stageLine(u"sync, rename"_s, u"sync_s"_s, inPlaceAt);
    stageLine(u"read-back, recording the end"_s, u"read_back_s"_s, exportSeconds);
    out.flush();

    if (options.dropCaches && !dropCaches(err))
        return 1;
    evidence::BagVerifyOptions verifyOptions;
    verifyOptions.trustedFingerprint = made->keyFingerprint;
    timer.restart();
    auto verified = evidence::verifyBag(made->folder, verifyOptions);
    const double verifySeconds = double(timer.nsecsElapsed()) / 1e9;
    const bool verifyOk = verified && verified->ok();
    out << u"verifyBag: %1 in %2 s: %3 MB/s of payload\n"_s
               .arg(verifyOk ? u"ok"_s
                             : (verified ? u"NOT ok (%1 problems)"_s.arg(verified->problems.size())
                                         : verified.error().message))
               .arg(verifySeconds, 0, 'f', 2)
               .arg(mbPerSecond(payload, verifySeconds), 0, 'f', 1);
    out.flush();

    // The stock tools on the same bytes.
    if (options.dropCaches && !dropCaches(err))
        return 1;
    const Timed cp = runTimed(made->folder, u"cp"_s, {u"-r"_s, u"data"_s, copy + u"/data"_s});
    const Timed sync = runTimed(made->folder, u"sync"_s, {});
    if (options.dropCaches && !dropCaches(err))
        return 1;
    const Timed sha = runTimed(made->folder, u"sha256sum"_s, {u"-c"_s, u"manifest-sha256.txt"_s});
    const double baseline = cp.seconds + sync.seconds + sha.seconds;
    out << u"baseline: cp -r data/ %1 s (%2 MB/s), sync %3 s, cp + sync %4 MB/s; sha256sum -c "
           u"%5 s (%6 MB/s)%7; all three %8 s (%9 MB/s)\n"_s.arg(cp.seconds, 0, 'f', 2)
               .arg(mbPerSecond(payload, cp.seconds), 0, 'f', 1)
               .arg(sync.seconds, 0, 'f', 2)
               .arg(mbPerSecond(payload, cp.seconds + sync.seconds), 0, 'f', 1)
               .arg(sha.seconds, 0, 'f', 2)
               .arg(mbPerSecond(payload, sha.seconds), 0, 'f', 1)
               .arg(cp.ok && sync.ok && sha.ok ? QString() : u" (A COMMAND FAILED)"_s)
               .arg(baseline, 0, 'f', 2)
               .arg(mbPerSecond(payload, baseline), 0, 'f', 1);
    out << u"caches: %1\n"_s.arg(caches);
    const double exportRate = mbPerSecond(payload, exportSeconds);
    const double verifyRate = mbPerSecond(payload, verifySeconds);
    out << u"targets: export >= 100 MB/s: %1; verify >= 200 MB/s: %2\n"_s.arg(
        exportRate >= 100 ? u"met"_s : u"NOT met"_s, verifyRate >= 200 ? u"met"_s : u"NOT met"_s);
    out.flush();
    if (!cp.ok || !sync.ok || !sha.ok)
        err << u"alpr-bench: %1\n"_s.arg(
            QStringList{cp.output, sync.output, sha.output}.join(u' '));

    const QJsonObject json{{u"benchmark"_s, u"evidence"_s},
                           {u"reads"_s, made->reads},
                           {u"payload_files"_s, made->payloadFiles},
                           {u"payload_bytes"_s, payload},
                           {u"image_bytes"_s, imageBytes},
                           {u"caches"_s, options.dropCaches ? u"cold"_s : u"as-left"_s},
                           {u"export_s"_s, exportSeconds},
                           {u"export_cpu_s"_s, exportCpu},
                           {u"export_mb_s"_s, exportRate},
                           {u"export_stages"_s, stages},
                           {u"verify_ok"_s, verifyOk},
                           {u"verify_s"_s, verifySeconds},
                           {u"verify_mb_s"_s, verifyRate},
                           {u"cp_s"_s, cp.seconds},
                           {u"cp_mb_s"_s, mbPerSecond(payload, cp.seconds)},
                           {u"sync_s"_s, sync.seconds},
                           {u"sha256sum_s"_s, sha.seconds},
                           {u"sha256sum_mb_s"_s, mbPerSecond(payload, sha.seconds)},
                           {u"baseline_ok"_s, cp.ok && sync.ok && sha.ok},
                           {u"baseline_s"_s, baseline},
                           {u"baseline_mb_s"_s, mbPerSecond(payload, baseline)}};
    // What was written is not kept: it is as large as the store's images, twice.
    QDir(target).removeRecursively();
    QDir(copy).removeRecursively();
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
    out.flush();
    return verifyOk && cp.ok && sync.ok && sha.ok ? 0 : 1;
}

} // namespace alpr::bench
