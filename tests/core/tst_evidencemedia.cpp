// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// Evidence packages on the media they go to: FAT and exFAT file systems in
// image files the test makes (dosfstools, exfatprogs) and mounts through a
// loop device (CI runs as root). A medium too small, a medium that fills up
// while the package is written, and a byte that changes on the medium
// between the writing and the read-back (flipped in the image file behind
// the loop device) are failed exports on record with nothing left on the
// medium; a medium with room takes a package that verifies.
//
// The FAT rows need the kernel's vfat driver. The exFAT rows use the
// kernel's exfat driver, or exfat-fuse (a FUSE driver on the loop device)
// where the kernel has none.
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "evidence/bagverifier.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"
#include "store/evidencerepository.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alpr {

namespace {

// Noise does not compress: a JPEG of about 300 KB.
QByteArray noiseJpeg(quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(400, 300, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = 0xff000000u | (rng.generate() & 0xffffffu);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

struct Run
{
    bool ok = false;
    QString output; // the command line, its exit code and what it printed
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    Run r;
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.output = u"%1 %2 (exit %3): %4"_s.arg(program, args.join(u' '))
                   .arg(finished ? p.exitCode() : -1)
                   .arg(QString::fromLocal8Bit(p.readAll()).trimmed());
    return r;
}

QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/sbin"_s});
    return path;
}

// A medium: an image file of a FAT or exFAT file system, mounted through a
// loop device on a folder. Unmounted (and its loop device freed) when it goes.
class Medium
{
public:
    enum class State
    {
        Mounted,
        Unavailable, // no driver for the file system here: skip, with the reason
        Failed,      // a tool failed: the test fails, with its output
    };

    ~Medium() { unmount(); }

    State mount(const QString& kind, qint64 bytes)
    {
        if (::geteuid() != 0)
            return unavailable(u"mounting a file system image needs root (CI runs as root)"_s);
        if (!m_dir.isValid())
            return failed(u"no temporary folder"_s);
        m_image = m_dir.filePath(u"medium.img"_s);
        m_folder = m_dir.filePath(u"mnt"_s);
        if (!QDir().mkpath(m_folder))
            return failed(u"cannot make "_s + m_folder);
        QFile image(m_image);
        if (!image.open(QIODevice::WriteOnly) || !image.resize(bytes))
            return failed(u"cannot make the image "_s + m_image);
        image.close();
        const bool fat = kind == u"vfat"_s;
        const QString mkfs = findTool(fat ? u"mkfs.fat"_s : u"mkfs.exfat"_s);
        if (mkfs.isEmpty())
            return failed(u"%1 is not installed (packaging/install-deps.sh installs it)"_s.arg(
                fat ? u"mkfs.fat"_s : u"mkfs.exfat"_s));
        // FAT16 with 512-byte clusters: many clusters even in a few MB.
        const Run made = run(mkfs, fat ? QStringList{u"-F"_s, u"16"_s, u"-s"_s, u"1"_s, m_image}
                                       : QStringList{m_image});
        if (!made.ok)
            return failed(made.output);

        // The kernel's driver; -o loop frees the loop device at the unmount.
        const Run mounted =
            run(u"mount"_s, {u"-t"_s, kind, u"-o"_s, u"loop,uid=0,gid=0"_s, m_image, m_folder});
        if (mounted.ok) {
            m_mounted = true;
            return State::Mounted;
        }
        if (!mounted.output.contains(u"unknown filesystem type"_s))
            return failed(mounted.output);
        const QString fuse = fat ? QString() : findTool(u"mount.exfat-fuse"_s);
        if (fuse.isEmpty())
            return unavailable(u"this kernel has no %1 driver (%2)%3"_s.arg(
                kind, mounted.output, fat ? QString() : u" and exfat-fuse is not installed"_s));
        // exfat-fuse wants a block device: a loop device of our own.
        const Run loop = run(u"losetup"_s, {u"--find"_s, u"--show"_s, m_image});
        if (!loop.ok)
            return failed(loop.output);
        m_loop = loop.output.section(u": "_s, 1).trimmed();
        if (!m_loop.startsWith(u"/dev/loop"_s))
            return failed(loop.output);
        const Run fused = run(
            u"mount"_s, {u"-t"_s, u"exfat-fuse"_s, u"-o"_s, u"uid=0,gid=0"_s, m_loop, m_folder});
        if (!fused.ok)
            return failed(fused.output);
        m_mounted = true;
        return State::Mounted;
    }

    void unmount()
    {
        if (m_mounted) {
            const Run r = run(u"umount"_s, {m_folder});
            if (!r.ok)
                qWarning("%s", qPrintable(r.output));
            m_mounted = false;
        }
        if (!m_loop.isEmpty()) {
            // A device still held (the FUSE driver ending) goes when it is let go.
            const Run r = run(u"losetup"_s, {u"-d"_s, m_loop});
            if (!r.ok)
                qWarning("%s", qPrintable(r.output));
            m_loop.clear();
        }
    }

    QString folder() const { return m_folder; }
    QString image() const { return m_image; }
    QString problem() const { return m_problem; }

    // The file system in user space reads the loop device through the
    // block device's own page cache, which does not see a write to the
    // image file: drop it. (The kernel's drivers read a file's blocks
    // through the loop device into the file's pages, which the read-back
    // drops: the image file's page cache, written here, is what they see.)
    bool dropDeviceCache() const
    {
        if (m_loop.isEmpty())
            return true;
        const int fd = ::open(QFile::encodeName(m_loop).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool ok = ::ioctl(fd, BLKFLSBUF, 0) == 0;
        ::close(fd);
        return ok;
    }

private:
    State unavailable(const QString& why)
    {
        m_problem = why;
        return State::Unavailable;
    }
    State failed(const QString& why)
    {
        m_problem = why;
        return State::Failed;
    }

    QTemporaryDir m_dir;
    QString m_image;
    QString m_folder;
    QString m_loop; // set up here (for exfat-fuse); empty with -o loop
    bool m_mounted = false;
    QString m_problem;
};

} // namespace

#define MOUNT_MEDIUM(medium, bytes)                                                                \
    do {                                                                                           \
        QFETCH(QString, kind);                                                                     \
        switch ((medium).mount(kind, (bytes))) {                                                   \
        case Medium::State::Mounted:                                                               \
            break;                                                                                 \
        case Medium::State::Unavailable:                                                           \
            QSKIP(qPrintable((medium).problem()));                                                 \
        case Medium::State::Failed:                                                                \
            QFAIL(qPrintable((medium).problem()));                                                 \
        }                                                                                          \
    } while (false)

class TestEvidenceMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    QList<qint64> m_small; // a few KB of images
    QList<qint64> m_large; // about 1.2 MB of images

    void addUser(const QString& name, QList<Role> roles)
    {
        QVERIFY(test::addTrainedUser(*m_admin, name, roles));
    }

    std::unique_ptr<Session> signIn(const QString& name)
    {
        return test::signInLikeTheApps(m_path, name);
    }

    EvidenceRequest request(const QString& target, const QList<qint64>& reads)
    {
        EvidenceRequest r;
        r.caseNumber = u"26-004212"_s;
        r.purpose = u"criminal-investigation"_s;
        r.readIds = reads;
        r.target = target;
        return r;
    }

    QList<AuditEvent> exportEvents()
    {
        AuditFilter f;
        f.action = u"evidence-export"_s;
        auto events = trailOf(*m_admin).list(f);
        return events ? *events : QList<AuditEvent>();
    }

    // The export ended as a failure on record: its last event, its package.
    void verifyFailureOnRecord(const Result<ExportedPackage>& made)
    {
        QVERIFY(!made.ok());
        const QList<AuditEvent> events = exportEvents();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().outcome, u"failure"_s);
        QCOMPARE(events.last().details.value(u"reason"_s).toString(), made.error().message);
        auto packages = EvidenceExport(*m_clerk).list(1);
        QVERIFY(packages.ok());
        QVERIFY(!packages->isEmpty());
        QCOMPARE(packages->first().status, PackageStatus::Failed);
        QCOMPARE(packages->first().failure, made.error().message);
    }

    static void media()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fat") << u"vfat"_s;
        QTest::newRow("exfat") << u"exfat"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"media.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        addUser(u"clerk"_s, {Role::Records});
        addUser(u"feeder"_s, {Role::Ingest});
        QList<ReadRecord> reads;
        for (int i = 0; i < 8; ++i) {
            ReadRecord r = test::makeRead(u"8MED%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                          QDateTime(QDate(2026, 11, 3), QTime(8, i), Qt::UTC));
            r.plateJpeg = test::flatJpeg(120, 40, 40 + i);
            if (i < 4) {
                r.vehicleJpeg = test::flatJpeg(200, 150, 90 + i);
                r.overviewJpeg = test::flatJpeg(320, 240, 140 + i);
            } else {
                r.vehicleJpeg = noiseJpeg(quint32(i));
                r.overviewJpeg = noiseJpeg(quint32(100 + i));
            }
            reads << r;
        }
        auto feeder = signIn(u"feeder"_s);
        QVERIFY(ReadImporter(*feeder).importReads(reads, u"test reads"_s).ok());
        for (int i = 0; i < reads.size(); ++i)
            (i < 4 ? m_small : m_large) << reads[i].id;
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok());
        m_clerk = signIn(u"clerk"_s);
    }

    void aPackageOnTheMediumVerifies_data() { media(); }
    void aPackageOnTheMediumVerifies()
    {
        Medium medium;
        MOUNT_MEDIUM(medium, 16 * 1024 * 1024);
        auto made = EvidenceExport(*m_clerk).exportPackage(request(medium.folder(), m_small));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QCOMPARE(entriesOf(medium.folder()), QStringList{made->id});
        QDirIterator it(made->folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString name = QDir(made->folder).relativeFilePath(it.next());
            for (const QChar c : name)
                QVERIFY2(c.unicode() > 32 && c.unicode() < 127, qPrintable(name));
            ++files;
        }
        QVERIFY(files > 4 * 3);
        evidence::BagVerifyOptions options;
        options.trustedFingerprint = made->keyFingerprint;
        auto verified = evidence::verifyBag(made->folder, options);
        QVERIFY(verified.ok());
        QStringList problems;
        for (const evidence::BagProblem& p : std::as_const(verified->problems))
            problems << evidence::describe(p);
        QVERIFY2(verified->ok(), qPrintable(problems.join(u"; "_s)));
        QCOMPARE(verified->payloadBytes, made->payloadBytes);
        QCOMPARE(EvidenceExport(*m_clerk).show(made->id)->status, PackageStatus::Exported);
    }

    void aByteFlippedOnTheMediumFailsTheExport_data() { media(); }
    void aByteFlippedOnTheMediumFailsTheExport()
    {
        Medium medium;
        MOUNT_MEDIUM(medium, 16 * 1024 * 1024);
        QString flipped; // what the hook did, or why it could not
        EvidenceExport exporter(*m_clerk);
        exporter.setBeforeReadBack([&](const QString& folder) {
            // The custody log names the package: its bytes are nowhere
            // else on the medium. Read through the mount, found in the image.
            const QByteArray custody = readAll(folder + u"/data/custody.csv"_s);
            const QByteArray needle = "package " + QFileInfo(folder).fileName().toUtf8();
            const qsizetype inFile = custody.indexOf(needle);
            if (inFile < 0) {
                flipped = u"custody.csv does not name the package: "_s + QString::fromUtf8(custody);
                return;
            }
            QFile image(medium.image());
            if (!image.open(QIODevice::ReadWrite)) {
                flipped = u"cannot open the image"_s;
                return;
            }
            const QByteArray bytes = image.readAll();
            const qsizetype at = bytes.indexOf(custody);
            if (at < 0 || bytes.indexOf(custody, at + 1) >= 0) {
                flipped = u"custody.csv is not once in the image"_s;
                return;
            }
            // "package" -> "Package"
            const qint64 offset = at + inFile;
            image.seek(offset);
            image.write(QByteArray(1, char(bytes.at(offset) ^ 0x20)));
            if (!image.flush() || ::fsync(image.handle()) != 0) {
                flipped = u"cannot write the image"_s;
                return;
            }
            image.close();
            if (!medium.dropDeviceCache()) {
                flipped = u"cannot drop the loop device's cache"_s;
                return;
            }
            flipped = u"flipped"_s;
        });
        const int before = int(exportEvents().size());
        auto made = exporter.exportPackage(request(medium.folder(), m_small));
        QCOMPARE(flipped, u"flipped"_s);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Io);
        QVERIFY2(made.error().message.contains(u"custody.csv"_s), qPrintable(made.error().message));
        QCOMPARE(entriesOf(medium.folder()), QStringList());
        QCOMPARE(exportEvents().size(), before + 2);
        verifyFailureOnRecord(made);
    }

    void aMediumTooSmallIsAFailedExport_data() { media(); }
    void aMediumTooSmallIsAFailedExport()
    {
        Medium medium;
        MOUNT_MEDIUM(medium, 4 * 1024 * 1024);
        const int before = int(exportEvents().size());
        auto made = EvidenceExport(*m_clerk).exportPackage(request(medium.folder(), m_large));
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Io);
        QVERIFY2(made.error().message.contains(u"MB free"_s), qPrintable(made.error().message));
        QCOMPARE(entriesOf(medium.folder()), QStringList());
        QCOMPARE(exportEvents().size(), before + 2);
        verifyFailureOnRecord(made);
    }

    void aMediumThatFillsUpIsAFailedExport_data() { media(); }
    void aMediumThatFillsUpIsAFailedExport()
    {
        Medium medium;
        MOUNT_MEDIUM(medium, 16 * 1024 * 1024);
        EvidenceExport exporter(*m_clerk);
        bool filled = false;
        // The room was there when the export began; then something else takes it.
        exporter.setProgress([&](int, int, const QString&) {
            if (filled)
                return;
            filled = true;
            QFile hog(medium.folder() + u"/hog"_s);
            if (hog.open(QIODevice::WriteOnly))
                while (hog.write(QByteArray(64 * 1024, 'x')) > 0 && hog.flush()) {
                }
        });
        auto made = exporter.exportPackage(request(medium.folder(), m_large));
        QVERIFY(filled);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Io);
        QVERIFY2(made.error().message.contains(u"full"_s), qPrintable(made.error().message));
        QCOMPARE(entriesOf(medium.folder()), QStringList{u"hog"_s});
        verifyFailureOnRecord(made);
    }
};

} // namespace alpr

int main(int argc, char** argv)
{
    // The report is a PDF: fonts need a QGuiApplication (offscreen here).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    alpr::TestEvidenceMedia test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evidencemedia.moc"
