// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "audit/trailanchors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace alpr::trailanchors {

namespace {

const QLatin1String kMarker("ALPR-ANCHOR");
const QLatin1String kSyslogSocket("/dev/log");
// authpriv (10) * 8 + info (6).
constexpr int kPriority = 86;

Error targetError(const QString& target, const QString& what)
{
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("alpr::TrailAnchors",
                                                 "The anchor target \"%1\" %2. Use "
                                                 "\"syslog\", \"unix:/path\", "
                                                 "\"udp:host:port\" or \"off\".")
                         .arg(target, what));
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

Error sendError(const QString& target, const QString& why)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("alpr::TrailAnchors",
                                                 "Could not send the trail's anchor to %1: %2")
                         .arg(target, why));
}

Result<void> sendUnix(const QString& target, const QString& path, const QByteArray& datagram)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= qsizetype(sizeof address.sun_path))
        return targetError(target,
                           QCoreApplication::translate("alpr::TrailAnchors",
                                                       "names a socket path that is too long"));
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    Fd fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0 ||
        ::connect(fd.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::send(fd.get(), datagram.constData(), size_t(datagram.size()), MSG_NOSIGNAL) !=
            datagram.size())
        return sendError(target, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

Result<void> sendUdp(const QString& target, const QString& host, const QString& port,
                     const QByteArray& datagram)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    if (const int rc =
            ::getaddrinfo(host.toUtf8().constData(), port.toLatin1().constData(), &hints, &found);
        rc != 0)
        return sendError(target, QString::fromLocal8Bit(::gai_strerror(rc)));
    QString why;
    bool sent = false;
    for (addrinfo* a = found; a != nullptr && !sent; a = a->ai_next) {
        Fd fd(::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol));
        sent =
            fd.get() >= 0 && ::sendto(fd.get(), datagram.constData(), size_t(datagram.size()),
                                      MSG_NOSIGNAL, a->ai_addr, a->ai_addrlen) == datagram.size();
        if (!sent)
            why = QString::fromLocal8Bit(std::strerror(errno));
    }
    ::freeaddrinfo(found);
    if (!sent)
        return sendError(target, why);
    return {};
}

} // namespace

Result<void> checkTarget(const QString& target)
{
    if (target == QLatin1String("syslog") || target == QLatin1String("off"))
        return {};
    if (target.startsWith(QLatin1String("unix:"))) {
        if (!target.mid(5).startsWith(u'/'))
            return targetError(target, QCoreApplication::translate(
                                           "alpr::TrailAnchors", "needs an absolute socket path"));
        return {};
    }
    if (target.startsWith(QLatin1String("udp:"))) {
        const qsizetype colon = target.lastIndexOf(u':');
        bool ok = false;
        const int port = target.mid(colon + 1).toInt(&ok);
        if (colon <= 4 || !ok || port < 1 || port > 65535)
            return targetError(
                target, QCoreApplication::translate("alpr::TrailAnchors",
                                                    "needs a host and a port from 1 to 65535"));
        return {};
    }
    return targetError(
        target, QCoreApplication::translate("alpr::TrailAnchors", "is not one this program knows"));
}

QString defaultTarget()
{
    return QFileInfo::exists(kSyslogSocket) ? QStringLiteral("syslog") : QStringLiteral("off");
}

QByteArray messageText(const TrailAnchor& a)
{
    return QByteArray(kMarker.data()) + " v=1 store=" + a.storeId.toLatin1() +
           " seq=" + QByteArray::number(a.seq) + " hash=" + a.hash.toLatin1() +
           " signer=" + a.signer.toUtf8().toPercentEncoding() +
           " at=" + a.at.toUTC().toString(Qt::ISODateWithMs).toLatin1() +
           " sig=" + a.signature.toLatin1();
}

Result<void> send(const QString& target, const TrailAnchor& anchor)
{
    if (auto r = checkTarget(target); !r)
        return r;
    if (target == QLatin1String("off"))
        return {};
    // RFC 5424: <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD MSG
    const QByteArray datagram =
        '<' + QByteArray::number(kPriority) + ">1 " +
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' +
        QSysInfo::machineHostName().toLatin1().replace(' ', '-') + " alpr-workstation " +
        QByteArray::number(::getpid()) + " anchor - " + messageText(anchor);
    if (target == QLatin1String("syslog"))
        return sendUnix(target, kSyslogSocket, datagram);
    if (target.startsWith(QLatin1String("unix:")))
        return sendUnix(target, target.mid(5), datagram);
    const QString rest = target.mid(4);
    const qsizetype colon = rest.lastIndexOf(u':');
    QString host = rest.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return sendUdp(target, host, rest.mid(colon + 1), datagram);
}

QList<TrailAnchor> parse(const QByteArray& text, qint64* unreadable)
{
    static const QRegularExpression pattern(
        QStringLiteral("ALPR-ANCHOR v=1 store=([0-9a-f]{32}) seq=([0-9]{1,18}) hash=([0-9a-f]{64}) "
                       "signer=(\\S{1,200}) at=(\\S{1,40}) sig=([A-Za-z0-9+/=]{1,200})"));
    QList<TrailAnchor> out;
    qint64 bad = 0;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype at = line.indexOf(kMarker.data());
        if (at < 0)
            continue;
        const QRegularExpressionMatch m =
            pattern.match(QString::fromUtf8(line.mid(at, 600)), 0, QRegularExpression::NormalMatch,
                          QRegularExpression::AnchorAtOffsetMatchOption);
        TrailAnchor a;
        if (m.hasMatch()) {
            a.storeId = m.captured(1);
            a.seq = m.captured(2).toLongLong();
            a.hash = m.captured(3);
            a.signer = QString::fromUtf8(QByteArray::fromPercentEncoding(m.captured(4).toLatin1()));
            a.at = QDateTime::fromString(m.captured(5), Qt::ISODateWithMs);
            a.signature = m.captured(6);
        }
        if (!m.hasMatch() || !a.at.isValid()) {
            ++bad;
            continue;
        }
        out.append(a);
    }
    if (unreadable)
        *unreadable = bad;
    return out;
}

} // namespace alpr::trailanchors
