// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/totp.h"

#include "common/crypto.h"

#include <QCoreApplication>
#include <QUrl>
#include <QtEndian>

namespace alpr::totp {

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32Value(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return 26 + (u - u'2');
    return -1;
}
} // namespace

SecureBytes generateSecret()
{
    return crypto::randomBytes(kSecretLength);
}

QString toBase32(const SecureBytes& secret)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(secret.constData());
    for (qsizetype i = 0; i < secret.size(); ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    buffer = 0;
    return out;
}

Result<SecureBytes> fromBase32(const QString& text)
{
    SecureBytes out((text.size() * 5) / 8 + 1);
    qsizetype n = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'=')
            continue;
        const int v = base32Value(c);
        if (v < 0)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "alpr::Totp", "the secret may only hold the letters A-Z and the "
                                               "digits 2-7"));
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.data()[n++] = char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    buffer = 0;
    if (n == 0)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Totp", "the secret is empty"));
    return SecureBytes::fromRaw(out.constData(), n);
}

qint64 stepAt(const QDateTime& time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return seconds >= 0 ? seconds / kStepSeconds : (seconds - kStepSeconds + 1) / kStepSeconds;
}

QString hotp(const SecureBytes& secret, qint64 counter, int digits)
{
    digits = qBound(6, digits, 8);
    const quint64 big = qToBigEndian(static_cast<quint64>(counter));
    const QByteArray message(reinterpret_cast<const char*>(&big), sizeof big);
    const QByteArray mac = crypto::hmacSha1(secret, message);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString codeAt(const SecureBytes& secret, const QDateTime& time, int digits)
{
    return hotp(secret, stepAt(time), digits);
}

std::optional<qint64> verify(const SecureBytes& secret, const QString& code, const QDateTime& now,
                             qint64 lastUsedStep)
{
    QString given = code;
    given.remove(u' ');
    if (given.size() != kDigits || secret.isEmpty())
        return std::nullopt;
    const QByteArray givenBytes = given.toLatin1();
    const qint64 current = stepAt(now);
    std::optional<qint64> matched;
    // Every candidate is computed and compared, matched or not.
    for (qint64 step = current - kAllowedDrift; step <= current + kAllowedDrift; ++step) {
        const bool same = crypto::constantTimeEquals(hotp(secret, step).toLatin1(), givenBytes);
        if (same && step > lastUsedStep && !matched)
            matched = step;
    }
    return matched;
}

QString provisioningUri(const SecureBytes& secret, const QString& account, const QString& issuer)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + u':' +
                          QString::fromLatin1(QUrl::toPercentEncoding(account));
    QString secretText = toBase32(secret);
    const QString uri =
        QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
            .arg(label, secretText, QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
            .arg(kDigits)
            .arg(kStepSeconds);
    secureWipe(secretText);
    return uri;
}

} // namespace alpr::totp
