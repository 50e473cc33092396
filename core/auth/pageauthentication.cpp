// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/pageauthentication.h"

#include "common/securebytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstring>

namespace alpr {

namespace {

// SQLCipher 3.4.1's defaults, as the store uses them (sqlcipherdriver.cpp
// sets cipher_page_size 4096 and a raw key).
constexpr qsizetype kPageSize = 4096;
constexpr quint32 kLockBytePage = quint32(0x40000000 / kPageSize) + 1;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kIvSize = 16;
constexpr qsizetype kHmacSize = 20; // SHA-1
constexpr qsizetype kReserve = 48;  // IV + HMAC, rounded up to the AES block
constexpr int kHmacKdfIterations = 2;
constexpr unsigned char kHmacSaltMask = 0x3a;
constexpr qsizetype kWalHeaderSize = 32;
constexpr qsizetype kWalFrameHeaderSize = 24;

// Whether one encrypted page carries the HMAC its content and number give.
bool pageAuthentic(const unsigned char* page, quint32 pageNumber, const SecureBytes& hmacKey,
                   QByteArray& scratch)
{
    const qsizetype offset = pageNumber == 1 ? kSaltSize : 0;
    const qsizetype covered = kPageSize - kReserve - offset + kIvSize; // ciphertext and IV
    scratch.resize(covered + qsizetype(sizeof pageNumber));
    std::memcpy(scratch.data(), page + offset, size_t(covered));
    // SQLCipher 3.x adds the page number in the machine's byte order.
    std::memcpy(scratch.data() + covered, &pageNumber, sizeof pageNumber);
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), hmacKey.constData(), int(hmacKey.size()),
              reinterpret_cast<const unsigned char*>(scratch.constData()), size_t(scratch.size()),
              mac.data(), &macLength) ||
        macLength != kHmacSize)
        return false;
    return CRYPTO_memcmp(mac.data(), page + kPageSize - kReserve + kIvSize, kHmacSize) == 0;
}

quint32 bigEndian32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

Result<PageAuthentication> authenticatePages(const QString& storePath,
                                             const SecureBytes& databaseKey)
{
    QFile file(storePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("alpr::PageAuthentication",
                                                                    "cannot read the store %1: %2")
                                            .arg(storePath, file.errorString()));
    PageAuthentication result;
    QByteArray page(kPageSize, '\0');
    if (file.read(page.data(), kSaltSize) != kSaltSize) {
        result.partialLastPage = true;
        result.failed << 1;
        return result;
    }
    // The HMAC key: PBKDF2-HMAC-SHA1(key, salt XOR 0x3a, 2 iterations).
    std::array<unsigned char, kSaltSize> hmacSalt{};
    for (qsizetype i = 0; i < kSaltSize; ++i)
        hmacSalt[size_t(i)] = static_cast<unsigned char>(page[i]) ^ kHmacSaltMask;
    SecureBytes hmacKey(databaseKey.size());
    if (PKCS5_PBKDF2_HMAC(databaseKey.constData(), int(databaseKey.size()), hmacSalt.data(),
                          int(hmacSalt.size()), kHmacKdfIterations, EVP_sha1(), int(hmacKey.size()),
                          reinterpret_cast<unsigned char*>(hmacKey.data())) != 1)
        return makeError(ErrorCode::Crypto,
                         QCoreApplication::translate("alpr::PageAuthentication",
                                                     "cannot derive the page key to check %1")
                             .arg(storePath));

    QByteArray scratch;
    file.seek(0);
    for (quint32 number = 1;; ++number) {
        const qint64 got = file.read(page.data(), kPageSize);
        if (got <= 0)
            break;
        if (got < kPageSize) {
            result.partialLastPage = true;
            break;
        }
        // SQLite never writes the page holding the byte at 1 GiB, the one
        // its file locks use (PENDING_BYTE): a store past 1 GiB has it
        // unencrypted, and it is no damage.
        if (number == kLockBytePage)
            continue;
        ++result.pages;
        if (!pageAuthentic(reinterpret_cast<const unsigned char*>(page.constData()), number,
                           hmacKey, scratch))
            result.failed << number;
    }

    QFile wal(storePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.open(QIODevice::ReadOnly) && wal.size() > kWalHeaderSize) {
        wal.seek(kWalHeaderSize);
        QByteArray frame(kWalFrameHeaderSize + kPageSize, '\0');
        while (wal.read(frame.data(), frame.size()) == frame.size()) {
            const auto* bytes = reinterpret_cast<const unsigned char*>(frame.constData());
            const quint32 number = bigEndian32(bytes);
            ++result.walFrames;
            if (!pageAuthentic(bytes + kWalFrameHeaderSize, number, hmacKey, scratch))
                result.failedWal << number;
        }
    }
    return result;
}

} // namespace alpr
