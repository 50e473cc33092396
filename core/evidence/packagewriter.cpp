// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/packagewriter.h"

#include "common/crypto.h"
#include "common/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace alpr {

namespace {

// Room kept free beyond the payload: file system overhead for many small files.
constexpr qint64 kMarginBytes = 4 * 1024 * 1024;
constexpr qint64 kBlock = 1024 * 1024;
constexpr qsizetype kMaxPendingDigests = 16;

QString errnoText(int error)
{
    switch (error) {
    case ENOSPC:
        return PackageWriter::tr("the medium is full");
    case EIO:
        return PackageWriter::tr("an input/output error (was the medium removed?)");
    case EROFS:
        return PackageWriter::tr("the medium is read-only");
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return PackageWriter::tr("the medium is gone (was it removed?)");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

Error ioError(const QString& what, const QString& path, int error)
{
    return makeError(ErrorCode::Io,
                     PackageWriter::tr("%1 %2: %3").arg(what, path, errnoText(error)));
}

bool isPlainName(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1String("..")))
        return false;
    for (const QChar c : path)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
              c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/')))
            return false;
    return true;
}

} // namespace

PackageWriter::PackageWriter(QString partial, QString final)
    : m_partial(std::move(partial)), m_final(std::move(final))
{
}

PackageWriter::PackageWriter(PackageWriter&& other) noexcept
    : m_partial(std::move(other.m_partial)), m_final(std::move(other.m_final)),
      m_folders(std::move(other.m_folders)), m_files(std::move(other.m_files)),
      m_pending(std::move(other.m_pending)), m_finished(other.m_finished), m_keep(other.m_keep),
      m_syncFd(other.m_syncFd)
{
    other.m_keep = true; // the moved-from writer owns nothing
    other.m_syncFd = -1;
}

PackageWriter::~PackageWriter()
{
    if (!m_keep)
        discard();
    if (m_syncFd >= 0)
        ::close(m_syncFd);
}

QString PackageWriter::folder() const
{
    return m_finished ? m_final : m_partial;
}

Result<PackageWriter> PackageWriter::begin(const QString& target, const QString& name,
                                           qint64 bytesNeeded)
{
    const QFileInfo info(target);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist (is the medium mounted?).").arg(target));
    if (!info.isDir())
        return makeError(ErrorCode::Invalid, tr("%1 is not a folder.").arg(target));
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    struct statvfs fs
    {
    };
    if (::statvfs(native.constData(), &fs) != 0)
        return ioError(tr("Cannot examine"), target, errno);
    const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    if (available < bytesNeeded + kMarginBytes)
        return makeError(ErrorCode::Io, tr("%1 has %2 MB free; the package needs about %3 MB.")
                                            .arg(target)
                                            .arg(available / 1e6, 0, 'f', 1)
                                            .arg((bytesNeeded + kMarginBytes) / 1e6, 0, 'f', 1));
    const QString dir = info.absoluteFilePath();
    const QString final = dir + QLatin1Char('/') + name;
    const QString partial = dir + QStringLiteral("/.") + name + QStringLiteral(".partial");
    if (QFileInfo::exists(final))
        return makeError(ErrorCode::Conflict, tr("%1 already exists.").arg(final));
    // A hidden folder left by an export that died: not ours to keep.
    if (QFileInfo::exists(partial))
        QDir(partial).removeRecursively();
    if (::mkdir(QFile::encodeName(partial).constData(), 0700) != 0)
        return ioError(tr("Cannot make the folder"), partial, errno);
    PackageWriter writer(partial, final);
    // Opened now, so that syncfs() in finish() reports every write error
    // the medium gives from here on.
    writer.m_syncFd =
        ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (writer.m_syncFd < 0)
        return ioError(tr("Cannot open"), dir, errno);
    return writer;
}

Result<void> PackageWriter::write(const QString& path, const QByteArray& bytes)
{
    if (!isPlainName(path))
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a plain ASCII name for a package file.").arg(path));
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    if (slash > 0) {
        const QStringList parts = path.left(slash).split(QLatin1Char('/'));
        QString made;
        for (const QString& part : parts) {
            made += (made.isEmpty() ? QString() : QStringLiteral("/")) + part;
            if (m_folders.contains(made))
                continue;
            const QString full = m_partial + QLatin1Char('/') + made;
            if (::mkdir(QFile::encodeName(full).constData(), 0700) != 0 && errno != EEXIST)
                return ioError(tr("Cannot make the folder"), full, errno);
            m_folders << made;
        }
    }
    const QString full = m_partial + QLatin1Char('/') + path;
    const int fd = ::open(QFile::encodeName(full).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return ioError(tr("Cannot write"), full, errno);
    const char* data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min(left, kBlock)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return ioError(tr("Cannot write"), full, error);
        }
        data += n;
        left -= n;
    }
    if (::close(fd) != 0)
        return ioError(tr("Cannot write"), full, errno);
    // The digests on another core, while this one reads the next file from
    // the store; a few files at most wait for them, so memory stays bounded.
    m_pending.append(QtConcurrent::run([path, bytes] {
        WrittenFile file;
        file.path = path;
        file.size = bytes.size();
        crypto::Digest sha256(crypto::Digest::Algorithm::Sha256);
        crypto::Digest sha512(crypto::Digest::Algorithm::Sha512);
        sha256.update(bytes);
        sha512.update(bytes);
        file.sha256 = sha256.finish();
        file.sha512 = sha512.finish();
        return file;
    }));
    while (m_pending.size() > kMaxPendingDigests)
        m_files.append(m_pending.takeFirst().result());
    return {};
}

const QList<WrittenFile>& PackageWriter::files()
{
    while (!m_pending.isEmpty())
        m_files.append(m_pending.takeFirst().result());
    return m_files;
}

Result<void> PackageWriter::finish()
{
    // One syncfs() writes the whole package out: it reports any write error
    // on the medium since begin() opened m_syncFd (Linux 5.8 and later),
    // which is what an fsync() of each file would add, at a disk cache flush
    // per file. The read-back then proves every byte is on the medium.
    if (::syncfs(m_syncFd) != 0)
        return ioError(tr("Cannot sync"), m_partial, errno);
    // Deepest first, so that each folder's names are on the medium before its parent's.
    for (auto it = m_folders.crbegin(); it != m_folders.crend(); ++it)
        if (auto r = syncToDisk(m_partial + QLatin1Char('/') + *it); !r)
            return r;
    if (auto r = syncToDisk(m_partial); !r)
        return r;
    if (::rename(QFile::encodeName(m_partial).constData(),
                 QFile::encodeName(m_final).constData()) != 0)
        return ioError(tr("Cannot move the package into place at"), m_final, errno);
    m_finished = true;
    return syncFolderOf(m_final);
}

Result<void> PackageWriter::readBack()
{
    QByteArray buffer(kBlock, Qt::Uninitialized);
    for (const WrittenFile& file : files()) {
        const QString full = folder() + QLatin1Char('/') + file.path;
        const int fd =
            ::open(QFile::encodeName(full).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return ioError(tr("Cannot read back"), full, errno);
        // The pages written are clean after the sync: dropping them makes
        // the read below come from the medium, not from memory.
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        crypto::Digest sha256(crypto::Digest::Algorithm::Sha256);
        qint64 total = 0;
        for (;;) {
            const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                ::close(fd);
                return ioError(tr("Cannot read back"), full, error);
            }
            if (n == 0)
                break;
            sha256.update(buffer.constData(), n);
            total += n;
        }
        ::close(fd);
        if (total != file.size || sha256.finish() != file.sha256)
            return makeError(ErrorCode::Io,
                             tr("%1 on the medium is not what was written: the medium is "
                                "faulty or was changed while writing.")
                                 .arg(full));
    }
    return {};
}

void PackageWriter::discard()
{
    if (m_keep)
        return;
    m_keep = true;
    if (!m_partial.isEmpty() && QFileInfo::exists(m_partial))
        QDir(m_partial).removeRecursively();
    if (m_finished && QFileInfo::exists(m_final))
        QDir(m_final).removeRecursively();
    for (QFuture<WrittenFile>& pending : m_pending)
        pending.waitForFinished();
    m_pending.clear();
    m_files.clear();
}

} // namespace alpr
