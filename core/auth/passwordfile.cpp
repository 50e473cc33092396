// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/passwordfile.h"

#include "common/crypto.h"
#include "common/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace alpr::passwordfile {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static_assert(sizeof(kAlphabet) - 1 == 64);

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error exists(const QString& path)
{
    return makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate("alpr::PasswordFile",
                                    "the password file %1 already exists; a generated password "
                                    "goes into a new file only: name another file, or remove "
                                    "the old one if nothing uses it")
            .arg(native(path)));
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

SecureBytes generatePassword()
{
    const SecureBytes random = crypto::randomBytes(kGeneratedLength);
    SecureBytes password(kGeneratedLength);
    // 256 is a multiple of 64: the low six bits of each byte are uniform.
    for (qsizetype i = 0; i < kGeneratedLength; ++i)
        password.data()[i] = kAlphabet[static_cast<unsigned char>(random.constData()[i]) & 63u];
    return password;
}

Result<void> create(const QString& path, const SecureBytes& password)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    struct stat st
    {
    };
    if (::lstat(target.constData(), &st) == 0)
        return exists(path);
    if (!info.absoluteDir().exists())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordFile",
                                        "cannot write the password file %1: the folder %2 does "
                                        "not exist")
                .arg(native(path), native(info.absolutePath())));
    const QString temporaryName = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                  QStringLiteral(".new-") +
                                  QString::fromLatin1(crypto::randomBytesPublic(6).toHex());
    const QByteArray temporary = QFile::encodeName(temporaryName);
    const auto ioError = [&](const QString& what, int error) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::PasswordFile",
                                                     "cannot write the password file %1 (%2): "
                                                     "%3; nothing was written")
                             .arg(native(path), what, systemError(error)));
    };

    const int fd = ::open(temporary.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return ioError(QCoreApplication::translate("alpr::PasswordFile", "creating it"), errno);
    // 0600 whatever the umask, before a byte is written.
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    int error = errno;
    if (ok) {
        SecureBytes line(password.size() + 1);
        std::memcpy(line.data(), password.constData(), size_t(password.size()));
        line.data()[password.size()] = '\n';
        ok = writeAll(fd, line.constData(), line.size()) && ::fsync(fd) == 0;
        error = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.constData());
        return ioError(QCoreApplication::translate("alpr::PasswordFile", "writing it"), error);
    }
    // link() refuses an existing name, so a file that appeared meanwhile is
    // never replaced, and the name only ever shows the whole file.
    if (::link(temporary.constData(), target.constData()) != 0) {
        error = errno;
        ::unlink(temporary.constData());
        if (error == EEXIST)
            return exists(path);
        return ioError(QCoreApplication::translate("alpr::PasswordFile", "naming it"), error);
    }
    ::unlink(temporary.constData());
    // The name is in place; a folder that cannot be synced does not undo it.
    (void)syncFolderOf(path);
    return {};
}

Result<SecureBytes> read(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        return makeError(error == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
                         QCoreApplication::translate("alpr::PasswordFile",
                                                     "cannot read the password file %1: %2")
                             .arg(native(path), systemError(error)));
    }
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::PasswordFile",
                                                     "cannot read the password file %1: %2")
                             .arg(native(path), systemError(errno)));
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::PasswordFile",
                                                     "the password file %1 is not a regular file")
                             .arg(native(path)));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordFile",
                                        "the password file %1 may be read or written by group or "
                                        "others (mode %2); make it its owner's only with "
                                        "'chmod 600 %1'")
                .arg(native(path))
                .arg(uint(st.st_mode & 07777), 4, 8, QLatin1Char('0')));
    if (st.st_size > kMaxFileBytes)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordFile",
                                        "the password file %1 is %2 bytes; a password file holds "
                                        "one line of at most %3 bytes")
                .arg(native(path))
                .arg(qint64(st.st_size))
                .arg(kMaxFileBytes));
    SecureBytes buffer(kMaxFileBytes + 1);
    qsizetype length = 0;
    while (length < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + length, size_t(buffer.size() - length));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("alpr::PasswordFile",
                                                         "cannot read the password file %1: %2")
                                 .arg(native(path), systemError(errno)));
        if (n == 0)
            break;
        length += n;
    }
    if (length > kMaxFileBytes)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordFile",
                                        "the password file %1 is larger than %2 bytes; a password "
                                        "file holds one line")
                .arg(native(path))
                .arg(kMaxFileBytes));
    const char* begin = buffer.constData();
    const void* newline = std::memchr(begin, '\n', size_t(length));
    qsizetype lineLength = newline ? static_cast<const char*>(newline) - begin : length;
    if (lineLength > 0 && begin[lineLength - 1] == '\r')
        --lineLength;
    if (lineLength == 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::PasswordFile",
                                                 "the first line of the password file %1 is empty")
                                                 .arg(native(path)));
    return SecureBytes::fromRaw(begin, lineLength);
}

} // namespace alpr::passwordfile
