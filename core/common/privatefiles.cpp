// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace alpr {

namespace {

constexpr mode_t kFileMode = S_IRUSR | S_IWUSR;
constexpr mode_t kFolderMode = S_IRWXU;

// A filesystem without modes (FAT, exFAT, some network shares) refuses or
// ignores the change; the file then has what the medium supports.
bool noModesHere(int error)
{
    return error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EROFS;
}

Error modeError(const QString& path, int error)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("alpr::PrivateFiles",
                                    "Could not make %1 readable by its owner only: %2. Check the "
                                    "folder's filesystem and that the file is yours.")
            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
}

} // namespace

void keepNewFilesOwnerOnly()
{
    ::umask(S_IRWXG | S_IRWXO);
}

Result<void> makeOwnerOnly(QFileDevice& file)
{
    const int fd = file.handle();
    if (fd < 0)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("alpr::PrivateFiles",
                                                     "%1 must be open before its mode is set")
                             .arg(QDir::toNativeSeparators(file.fileName())));
    if (::fchmod(fd, kFileMode) != 0 && !noModesHere(errno))
        return modeError(file.fileName(), errno);
    return {};
}

Result<void> makeOwnerOnly(const QString& path)
{
    if (::chmod(QFile::encodeName(path).constData(), kFileMode) != 0 && !noModesHere(errno))
        return modeError(path, errno);
    return {};
}

Result<void> makeOwnerOnlyFolders(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, innermost first.
    QStringList missing;
    for (QString p = absolute; !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (QFileInfo(p).path() == p)
            break;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), kFolderMode) != 0 && errno != EEXIST) {
            const int error = errno;
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("alpr::PrivateFiles",
                                                         "Could not create the folder %1: %2")
                                 .arg(QDir::toNativeSeparators(folder),
                                      QString::fromLocal8Bit(std::strerror(error))));
        }
        // mkdir applies the umask; 0700 whatever it is.
        if (::chmod(QFile::encodeName(folder).constData(), kFolderMode) != 0 && !noModesHere(errno))
            return modeError(folder, errno);
    }
    if (!QFileInfo(absolute).isDir())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::PrivateFiles", "%1 is not a folder")
                             .arg(QDir::toNativeSeparators(absolute)));
    return {};
}

Result<void> syncToDisk(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("alpr::PrivateFiles", "Could not write %1 to disk: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
    return {};
}

Result<void> syncFolderOf(const QString& path)
{
    return syncToDisk(QFileInfo(path).absolutePath());
}

} // namespace alpr
