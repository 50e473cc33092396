// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "terminal.h"

#include "common/textinput.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace alpr::cli {

namespace {

// UTF-8 takes at most 4 bytes per character (a character beyond the BMP is
// two UTF-16 units, as QString counts it): a password within the limit fits.
constexpr qsizetype kMaxPasswordBytes = qsizetype(kMaxPasswordLength) * 4;

// How QString would count the password: UTF-16 units, without making one.
qsizetype utf16Length(const char* data, qsizetype size)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte
        units += (byte & 0xf8) == 0xf0 ? 2 : 1;
    }
    return units;
}

QString tooLongMessage(qsizetype units)
{
    return QStringLiteral("the password is %1 characters long; at most %2 are allowed")
        .arg(units)
        .arg(kMaxPasswordLength);
}

// Refuses a password over kMaxPasswordLength before anything hashes it.
SecureBytes checkedLength(SecureBytes password, QString* problem)
{
    const qsizetype units = utf16Length(password.constData(), password.size());
    if (units <= kMaxPasswordLength)
        return password;
    *problem = tooLongMessage(units);
    return {};
}

// Reads one line without echo. A line over kMaxPasswordBytes is read to its
// end (so nothing is left for the next prompt) but not kept: *tooLong says so.
SecureBytes promptNoEcho(const QString& prompt, bool* tooLong)
{
    *tooLong = false;
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
    SecureBytes buffer(kMaxPasswordBytes + 1);
    qsizetype length = 0;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        if (length < buffer.size())
            buffer.data()[length++] = c;
        else
            *tooLong = true;
    }
    if (isTty)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    c = 0;
    if (length > kMaxPasswordBytes)
        *tooLong = true;
    if (*tooLong)
        return {};
    return SecureBytes::fromRaw(buffer.constData(), length);
}

// The password from the variable or the terminal, refused when too long.
SecureBytes readChecked(const char* envVariable, const QString& prompt, QString* problem)
{
    if (const char* value = std::getenv(envVariable); value && *value)
        return checkedLength(SecureBytes::fromRaw(value, qsizetype(std::strlen(value))), problem);
    bool tooLong = false;
    SecureBytes typed = promptNoEcho(prompt, &tooLong);
    if (tooLong) {
        *problem = QStringLiteral("the password is over %1 characters long; at most %1 are "
                                  "allowed")
                       .arg(kMaxPasswordLength);
        return {};
    }
    return checkedLength(std::move(typed), problem);
}

} // namespace

SecureBytes readPassword(const char* envVariable, const QString& prompt, QString* problem)
{
    return readChecked(envVariable, prompt, problem);
}

SecureBytes readNewPassword(const char* envVariable, const QString& prompt, QString* problem)
{
    if (const char* value = std::getenv(envVariable); value && *value)
        return checkedLength(SecureBytes::fromRaw(value, qsizetype(std::strlen(value))), problem);
    SecureBytes first = readChecked(envVariable, prompt, problem);
    if (!problem->isEmpty())
        return {};
    if (first.isEmpty()) {
        *problem = QStringLiteral("no password given (set %1 or run on a terminal)")
                       .arg(QLatin1String(envVariable));
        return {};
    }
    SecureBytes second = readChecked(envVariable, QStringLiteral("Repeat the password: "), problem);
    if (!problem->isEmpty())
        return {};
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

void printTable(const QStringList& headers, const QList<QStringList>& rows, const QString& indent)
{
    QList<QStringList> cells{headers};
    for (const QStringList& row : rows) {
        QStringList escaped;
        for (const QString& cell : row)
            escaped.append(escapeControls(cell));
        cells.append(escaped);
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList& row : cells) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString text;
    for (const QStringList& row : cells) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            line += c + 1 < widths.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    text.chop(1);
    printOut(text);
}

} // namespace alpr::cli
