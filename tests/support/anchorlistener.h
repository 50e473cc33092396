// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace alpr::test {

// A Unix datagram socket standing in for syslog: what the anchors reach.
class AnchorListener
{
public:
    explicit AnchorListener(const QString& path) : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(a.sun_path, p.constData(), size_t(p.size()));
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            qFatal("cannot bind the anchor socket");
    }
    ~AnchorListener() { ::close(m_fd); }
    // Everything received so far, one message per line.
    QByteArray drain()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
            m_received += QByteArray(buffer, n) + '\n';
        return m_received;
    }
    QString target() const { return QStringLiteral("unix:") + m_path; }

private:
    QString m_path;
    int m_fd = -1;
    QByteArray m_received;
};

} // namespace alpr::test
