// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "terminal.h"

#include "common/textinput.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace alpr::cli {

namespace {

SecureBytes promptNoEcho(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return {};
    const QByteArray p = prompt.toUtf8();
    (void)!::write(fd, p.constData(), size_t(p.size()));
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    SecureBytes buffer(1024);
    qsizetype length = 0;
    char c = 0;
    while (length < buffer.size() && ::read(fd, &c, 1) == 1 && c != '\n')
        buffer.data()[length++] = c;
    if (isTty)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    c = 0;
    return SecureBytes::fromRaw(buffer.constData(), length);
}

} // namespace

SecureBytes readPassword(const char* envVariable, const QString& prompt)
{
    if (const char* value = std::getenv(envVariable); value && *value)
        return SecureBytes::fromRaw(value, qsizetype(std::strlen(value)));
    return promptNoEcho(prompt);
}

SecureBytes readNewPassword(const char* envVariable, const QString& prompt, QString* problem)
{
    if (const char* value = std::getenv(envVariable); value && *value)
        return SecureBytes::fromRaw(value, qsizetype(std::strlen(value)));
    SecureBytes first = promptNoEcho(prompt);
    if (first.isEmpty()) {
        *problem = QStringLiteral("no password given (set %1 or run on a terminal)")
                       .arg(QLatin1String(envVariable));
        return {};
    }
    SecureBytes second = promptNoEcho(QStringLiteral("Repeat the password: "));
    if (!(first == second)) {
        *problem = QStringLiteral("the two passwords differ");
        return {};
    }
    return first;
}

namespace {

// Line breaks and tabs the program wrote stay; any other control character
// (an escape sequence from stored text, say) is written out, never obeyed.
QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t' || c == u'\\')
            out += c;
        else
            out += escapeControls(QString(c));
    }
    return out;
}

} // namespace

void printOut(const QString& text)
{
    const QByteArray bytes = terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace alpr::cli
