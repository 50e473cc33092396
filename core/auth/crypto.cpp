// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/crypto.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace alpr::crypto {

namespace {

// OpenSSL wants a valid pointer even for zero-length input.
const unsigned char kNothing[1] = {0};

const unsigned char* bytesOf(const char* data, qsizetype size)
{
    return size > 0 ? reinterpret_cast<const unsigned char*>(data) : kNothing;
}

const unsigned char* bytesOf(const QByteArray& a)
{
    return bytesOf(a.constData(), a.size());
}

const unsigned char* bytesOf(const SecureBytes& s)
{
    return bytesOf(s.constData(), s.size());
}

[[noreturn]] void fatal(const char* what)
{
    ERR_clear_error();
    qFatal("%s", what);
    std::abort();
}

// The reason OpenSSL gives for the last failure, and clears its error queue so
// that the failure does not show up later in an unrelated caller.
QString takeOpenSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no reason given");
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

Error openSslError(const QString& what)
{
    return makeError(ErrorCode::Crypto,
                     QStringLiteral("%1 failed in OpenSSL: %2").arg(what, takeOpenSslReason()));
}

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

void fillRandom(char* out, qsizetype n)
{
    auto* p = reinterpret_cast<unsigned char*>(out);
    while (n > 0) {
        const int chunk = n > INT_MAX ? INT_MAX : static_cast<int>(n);
        if (RAND_bytes(p, chunk) != 1)
            fatal("The secure random source (OpenSSL RAND_bytes) failed; stopping rather than "
                  "using weak random numbers");
        p += chunk;
        n -= chunk;
    }
}

QByteArray hmac(const unsigned char* key, qsizetype keySize, const QByteArray& data)
{
    if (keySize > INT_MAX)
        fatal("HMAC-SHA256 key too long");
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    if (!HMAC(EVP_sha256(), key, static_cast<int>(keySize), bytesOf(data),
              static_cast<size_t>(data.size()), out, &outLength) ||
        outLength != kSha256Length)
        fatal("HMAC-SHA256 failed in OpenSSL");
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

Result<void> checkGcmLengths(const SecureBytes& key, const QByteArray& nonce, qsizetype textSize,
                             const QByteArray& aad)
{
    if (key.size() != kAes256KeyLength)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("AES-256-GCM needs a 32-byte key, got %1 bytes").arg(key.size()));
    if (nonce.size() != kGcmNonceLength)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("AES-256-GCM needs a 12-byte nonce, got %1 bytes").arg(nonce.size()));
    if (textSize > INT_MAX || aad.size() > INT_MAX)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("AES-256-GCM input too large (2 GiB at most)"));
    return {};
}

} // namespace

SecureBytes randomBytes(qsizetype n)
{
    SecureBytes out(n);
    fillRandom(out.data(), out.size());
    return out;
}

QByteArray randomBytesPublic(qsizetype n)
{
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    fillRandom(out.data(), out.size());
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    if (EVP_Digest(bytesOf(data), static_cast<size_t>(data.size()), out, &outLength, EVP_sha256(),
                   nullptr) != 1 ||
        outLength != kSha256Length)
        fatal("SHA-256 failed in OpenSSL");
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    return hmac(bytesOf(key), key.size(), data);
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    return hmac(bytesOf(key), key.size(), data);
}

QByteArray hmacSha1(const SecureBytes& key, const QByteArray& data)
{
    if (key.size() > INT_MAX)
        fatal("HMAC-SHA1 key too long");
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    if (!HMAC(EVP_sha1(),
              key.isEmpty() ? reinterpret_cast<const unsigned char*>("")
                            : reinterpret_cast<const unsigned char*>(key.constData()),
              static_cast<int>(key.size()), bytesOf(data), static_cast<size_t>(data.size()), out,
              &outLength) ||
        outLength != kSha1Length)
        fatal("HMAC-SHA1 failed in OpenSSL");
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

Result<SecureBytes> pbkdf2Sha256(const SecureBytes& password, const QByteArray& salt,
                                 int iterations, int keyLength)
{
    if (iterations < 1)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("PBKDF2 needs at least one iteration, got %1").arg(iterations));
    if (salt.isEmpty() || salt.size() > INT_MAX)
        return makeError(ErrorCode::Invalid, QStringLiteral("PBKDF2 needs a non-empty salt"));
    if (keyLength < 1 || keyLength > 1024)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("PBKDF2 key length must be 1 to 1024 bytes, got %1").arg(keyLength));
    if (password.size() > INT_MAX)
        return makeError(ErrorCode::Invalid, QStringLiteral("PBKDF2 password too long"));

    SecureBytes key(keyLength);
    if (PKCS5_PBKDF2_HMAC(password.isEmpty() ? "" : password.constData(),
                          static_cast<int>(password.size()), bytesOf(salt),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), keyLength,
                          reinterpret_cast<unsigned char*>(key.data())) != 1)
        return openSslError(QStringLiteral("PBKDF2-HMAC-SHA256"));
    return key;
}

namespace testing {

Result<GcmSealed> aes256GcmSealWithNonce(const SecureBytes& key, const QByteArray& nonce,
                                         const SecureBytes& plaintext, const QByteArray& aad)
{
    if (auto checked = checkGcmLengths(key, nonce, plaintext.size(), aad); !checked)
        return checked.error();

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return openSslError(QStringLiteral("AES-256-GCM encryption"));
    int length = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kGcmNonceLength), nullptr) !=
            1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return openSslError(QStringLiteral("AES-256-GCM encryption"));
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad),
                                            static_cast<int>(aad.size())) != 1)
        return openSslError(QStringLiteral("AES-256-GCM encryption"));

    GcmSealed sealed;
    sealed.nonce = nonce;
    sealed.ciphertext = QByteArray(plaintext.size(), '\0');
    qsizetype written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()),
                              &length, bytesOf(plaintext), static_cast<int>(plaintext.size())) != 1)
            return openSslError(QStringLiteral("AES-256-GCM encryption"));
        written = length;
    }
    unsigned char rest[16] = {}; // GCM writes nothing here; room for safety
    if (EVP_EncryptFinal_ex(ctx.get(), rest, &length) != 1 || length != 0 ||
        written != plaintext.size())
        return openSslError(QStringLiteral("AES-256-GCM encryption"));

    sealed.tag = QByteArray(kGcmTagLength, '\0');
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kGcmTagLength),
                            sealed.tag.data()) != 1)
        return openSslError(QStringLiteral("AES-256-GCM encryption"));
    return sealed;
}

} // namespace testing

Result<GcmSealed> aes256GcmSeal(const SecureBytes& key, const SecureBytes& plaintext,
                                const QByteArray& aad)
{
    return testing::aes256GcmSealWithNonce(key, randomBytesPublic(kGcmNonceLength), plaintext, aad);
}

Result<SecureBytes> aes256GcmOpen(const SecureBytes& key, const GcmSealed& sealed,
                                  const QByteArray& aad)
{
    if (auto checked = checkGcmLengths(key, sealed.nonce, sealed.ciphertext.size(), aad); !checked)
        return checked.error();
    if (sealed.tag.size() != kGcmTagLength)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("AES-256-GCM needs a 16-byte tag, got %1 bytes").arg(sealed.tag.size()));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return openSslError(QStringLiteral("AES-256-GCM decryption"));
    int length = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kGcmNonceLength), nullptr) !=
            1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(sealed.nonce)) != 1)
        return openSslError(QStringLiteral("AES-256-GCM decryption"));
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad),
                                            static_cast<int>(aad.size())) != 1)
        return openSslError(QStringLiteral("AES-256-GCM decryption"));

    // Decrypted bytes go straight into a wiping buffer, which is dropped
    // (and wiped) unless the tag verifies.
    SecureBytes plaintext(sealed.ciphertext.size());
    qsizetype written = 0;
    if (!sealed.ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plaintext.data()),
                              &length, bytesOf(sealed.ciphertext),
                              static_cast<int>(sealed.ciphertext.size())) != 1)
            return openSslError(QStringLiteral("AES-256-GCM decryption"));
        written = length;
    }
    unsigned char tag[kGcmTagLength];
    std::memcpy(tag, sealed.tag.constData(), kGcmTagLength);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kGcmTagLength), tag) != 1)
        return openSslError(QStringLiteral("AES-256-GCM decryption"));
    unsigned char rest[16] = {};
    if (EVP_DecryptFinal_ex(ctx.get(), rest, &length) != 1 || length != 0 ||
        written != sealed.ciphertext.size()) {
        ERR_clear_error();
        return makeError(ErrorCode::Crypto,
                         QStringLiteral("AES-256-GCM authentication failed: the key is wrong or "
                                        "the data was changed"));
    }
    return plaintext;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

bool enableSecureHeap(qsizetype bytes)
{
    if (CRYPTO_secure_malloc_initialized())
        return true;
    size_t size = 4096;
    while (size < static_cast<size_t>(bytes) && size < (size_t(1) << 30))
        size <<= 1;
    // 1: set up and locked; 2: set up but not locked in memory; 0: failed.
    return CRYPTO_secure_malloc_init(size, 32) == 1;
}

} // namespace alpr::crypto
