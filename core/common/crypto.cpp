// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/crypto.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
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
        return QCoreApplication::translate("alpr::Crypto", "no reason given");
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

Error openSslError(const QString& what)
{
    return makeError(ErrorCode::Crypto,
                     QCoreApplication::translate("alpr::Crypto", "%1 failed in OpenSSL: %2")
                         .arg(what, takeOpenSslReason()));
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
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "AES-256-GCM needs a 32-byte key, got %1 bytes")
                             .arg(key.size()));
    if (nonce.size() != kGcmNonceLength)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "AES-256-GCM needs a 12-byte nonce, got %1 bytes")
                             .arg(nonce.size()));
    if (textSize > INT_MAX || aad.size() > INT_MAX)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "AES-256-GCM input too large (2 GiB at most)"));
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
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Crypto",
                                                     "PBKDF2 needs at least one iteration, got %1")
                             .arg(iterations));
    if (salt.isEmpty() || salt.size() > INT_MAX)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::Crypto", "PBKDF2 needs a non-empty salt"));
    if (keyLength < 1 || keyLength > 1024)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "PBKDF2 key length must be 1 to 1024 bytes, got %1")
                             .arg(keyLength));
    if (password.size() > INT_MAX)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Crypto", "PBKDF2 password too long"));

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
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));
    int length = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kGcmNonceLength), nullptr) !=
            1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad),
                                            static_cast<int>(aad.size())) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));

    GcmSealed sealed;
    sealed.nonce = nonce;
    sealed.ciphertext = QByteArray(plaintext.size(), '\0');
    qsizetype written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()),
                              &length, bytesOf(plaintext), static_cast<int>(plaintext.size())) != 1)
            return openSslError(
                QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));
        written = length;
    }
    unsigned char rest[16] = {}; // GCM writes nothing here; room for safety
    if (EVP_EncryptFinal_ex(ctx.get(), rest, &length) != 1 || length != 0 ||
        written != plaintext.size())
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));

    sealed.tag = QByteArray(kGcmTagLength, '\0');
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kGcmTagLength),
                            sealed.tag.data()) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM encryption"));
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
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "AES-256-GCM needs a 16-byte tag, got %1 bytes")
                             .arg(sealed.tag.size()));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM decryption"));
    int length = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kGcmNonceLength), nullptr) !=
            1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytesOf(key), bytesOf(sealed.nonce)) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM decryption"));
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytesOf(aad),
                                            static_cast<int>(aad.size())) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM decryption"));

    // Decrypted bytes go straight into a wiping buffer, which is dropped
    // (and wiped) unless the tag verifies.
    SecureBytes plaintext(sealed.ciphertext.size());
    qsizetype written = 0;
    if (!sealed.ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plaintext.data()),
                              &length, bytesOf(sealed.ciphertext),
                              static_cast<int>(sealed.ciphertext.size())) != 1)
            return openSslError(
                QCoreApplication::translate("alpr::Crypto", "AES-256-GCM decryption"));
        written = length;
    }
    unsigned char tag[kGcmTagLength];
    std::memcpy(tag, sealed.tag.constData(), kGcmTagLength);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kGcmTagLength), tag) != 1)
        return openSslError(QCoreApplication::translate("alpr::Crypto", "AES-256-GCM decryption"));
    unsigned char rest[16] = {};
    if (EVP_DecryptFinal_ex(ctx.get(), rest, &length) != 1 || length != 0 ||
        written != sealed.ciphertext.size()) {
        ERR_clear_error();
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate("alpr::Crypto",
                                        "AES-256-GCM authentication failed: the key is wrong or "
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

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

Error wrongKeyLength(const char* what, qsizetype size)
{
    return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                             "alpr::Crypto", "%1 needs a 32-byte key, got %2 bytes")
                                             .arg(QLatin1String(what))
                                             .arg(size));
}

Pkey privateKeyFrom(int type, const SecureBytes& raw)
{
    return Pkey(
        EVP_PKEY_new_raw_private_key(type, nullptr, bytesOf(raw), static_cast<size_t>(raw.size())));
}

Pkey publicKeyFrom(int type, const QByteArray& raw)
{
    return Pkey(
        EVP_PKEY_new_raw_public_key(type, nullptr, bytesOf(raw), static_cast<size_t>(raw.size())));
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(kCurve25519KeyLength, '\0');
    size_t length = static_cast<size_t>(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) !=
            1 ||
        length != static_cast<size_t>(kCurve25519KeyLength))
        return {};
    return out;
}

KeyPair generate(int type, const char* what)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY* made = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &made) != 1)
        fatal(what);
    Pkey key(made);
    KeyPair pair;
    pair.privateKey = SecureBytes(kCurve25519KeyLength);
    size_t length = static_cast<size_t>(kCurve25519KeyLength);
    if (EVP_PKEY_get_raw_private_key(
            key.get(), reinterpret_cast<unsigned char*>(pair.privateKey.data()), &length) != 1 ||
        length != static_cast<size_t>(kCurve25519KeyLength))
        fatal(what);
    pair.publicKey = rawPublic(key.get());
    if (pair.publicKey.isEmpty())
        fatal(what);
    return pair;
}

Result<QByteArray> publicOf(int type, const SecureBytes& privateKey, const char* what)
{
    if (privateKey.size() != kCurve25519KeyLength)
        return wrongKeyLength(what, privateKey.size());
    Pkey key = privateKeyFrom(type, privateKey);
    if (!key)
        return openSslError(QLatin1String(what));
    QByteArray out = rawPublic(key.get());
    if (out.isEmpty())
        return openSslError(QLatin1String(what));
    return out;
}

// X25519(ours, theirs), then HKDF-SHA256 to an AES-256 key.
Result<SecureBytes> agreeAndDerive(EVP_PKEY* ours, const QByteArray& theirPublic,
                                   const QByteArray& salt)
{
    Pkey theirs = publicKeyFrom(EVP_PKEY_X25519, theirPublic);
    if (!theirs)
        return openSslError(QStringLiteral("X25519"));
    PkeyCtx ctx(EVP_PKEY_CTX_new(ours, nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), theirs.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1 ||
        length != static_cast<size_t>(kCurve25519KeyLength))
        return openSslError(QStringLiteral("X25519"));
    SecureBytes shared(kCurve25519KeyLength);
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(shared.data()), &length) != 1)
        return openSslError(QStringLiteral("X25519"));

    static const char kInfo[] = "alpr-seal-v1";
    PkeyCtx kdf(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    SecureBytes key(kAes256KeyLength);
    size_t keyLength = static_cast<size_t>(kAes256KeyLength);
    if (!kdf || EVP_PKEY_derive_init(kdf.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(kdf.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(kdf.get(), bytesOf(salt), static_cast<int>(salt.size())) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(kdf.get(), bytesOf(shared), static_cast<int>(shared.size())) !=
            1 ||
        EVP_PKEY_CTX_add1_hkdf_info(kdf.get(), reinterpret_cast<const unsigned char*>(kInfo),
                                    static_cast<int>(sizeof kInfo - 1)) != 1 ||
        EVP_PKEY_derive(kdf.get(), reinterpret_cast<unsigned char*>(key.data()), &keyLength) != 1 ||
        keyLength != static_cast<size_t>(kAes256KeyLength))
        return openSslError(QStringLiteral("HKDF-SHA256"));
    return key;
}

} // namespace

KeyPair generateX25519()
{
    return generate(EVP_PKEY_X25519, "X25519 key generation failed in OpenSSL");
}

KeyPair generateEd25519()
{
    return generate(EVP_PKEY_ED25519, "Ed25519 key generation failed in OpenSSL");
}

Result<QByteArray> x25519PublicKey(const SecureBytes& privateKey)
{
    return publicOf(EVP_PKEY_X25519, privateKey, "X25519");
}

Result<QByteArray> ed25519PublicKey(const SecureBytes& privateKey)
{
    return publicOf(EVP_PKEY_ED25519, privateKey, "Ed25519");
}

Result<QByteArray> ed25519Sign(const SecureBytes& privateKey, const QByteArray& message)
{
    if (privateKey.size() != kCurve25519KeyLength)
        return wrongKeyLength("Ed25519", privateKey.size());
    Pkey key = privateKeyFrom(EVP_PKEY_ED25519, privateKey);
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(kEd25519SignatureLength, '\0');
    size_t length = static_cast<size_t>(signature.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       bytesOf(message), static_cast<size_t>(message.size())) != 1 ||
        length != static_cast<size_t>(kEd25519SignatureLength))
        return openSslError(QCoreApplication::translate("alpr::Crypto", "Ed25519 signing"));
    return signature;
}

bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message,
                   const QByteArray& signature)
{
    if (publicKey.size() != kCurve25519KeyLength || signature.size() != kEd25519SignatureLength)
        return false;
    Pkey key = publicKeyFrom(EVP_PKEY_ED25519, publicKey);
    MdCtx ctx(EVP_MD_CTX_new());
    const bool ok =
        key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(ctx.get(), bytesOf(signature), static_cast<size_t>(signature.size()),
                         bytesOf(message), static_cast<size_t>(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

Result<SealedBox> sealTo(const QByteArray& recipientPublic, const SecureBytes& plaintext,
                         const QByteArray& aad)
{
    if (recipientPublic.size() != kCurve25519KeyLength)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::Crypto", "X25519 needs a 32-byte public key, got %1 bytes")
                             .arg(recipientPublic.size()));
    KeyPair ephemeral = generateX25519();
    Pkey ours = privateKeyFrom(EVP_PKEY_X25519, ephemeral.privateKey);
    if (!ours)
        return openSslError(QStringLiteral("X25519"));
    auto key = agreeAndDerive(ours.get(), recipientPublic, ephemeral.publicKey + recipientPublic);
    if (!key)
        return key.error();
    auto sealed = aes256GcmSeal(key.value(), plaintext, aad);
    if (!sealed)
        return sealed.error();
    return SealedBox{ephemeral.publicKey, sealed.value()};
}

Result<SecureBytes> openSealed(const SecureBytes& recipientPrivate, const SealedBox& box,
                               const QByteArray& aad)
{
    if (recipientPrivate.size() != kCurve25519KeyLength)
        return wrongKeyLength("X25519", recipientPrivate.size());
    if (box.ephemeralPublic.size() != kCurve25519KeyLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Crypto",
                                        "A sealed box needs a 32-byte ephemeral key, got %1 bytes")
                .arg(box.ephemeralPublic.size()));
    Pkey ours = privateKeyFrom(EVP_PKEY_X25519, recipientPrivate);
    if (!ours)
        return openSslError(QStringLiteral("X25519"));
    const QByteArray ourPublic = rawPublic(ours.get());
    auto key = agreeAndDerive(ours.get(), box.ephemeralPublic, box.ephemeralPublic + ourPublic);
    if (!key)
        return key.error();
    return aes256GcmOpen(key.value(), box.sealed, aad);
}

QString fingerprint(const QByteArray& publicKey)
{
    const QString hex = sha256Hex(publicKey);
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += u' ';
        out += hex.mid(i, 4);
    }
    return out;
}

struct Digest::Context
{
    MdCtx ctx;
};

Digest::Digest(Algorithm algorithm) : m_algorithm(algorithm), m_context(new Context)
{
    m_context->ctx.reset(EVP_MD_CTX_new());
    if (!m_context->ctx ||
        EVP_DigestInit_ex(m_context->ctx.get(),
                          algorithm == Algorithm::Sha256 ? EVP_sha256() : EVP_sha512(),
                          nullptr) != 1)
        fatal("digest set-up failed in OpenSSL");
}

Digest::~Digest()
{
    delete m_context;
}

void Digest::update(const char* data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(m_context->ctx.get(), data, static_cast<size_t>(size)) != 1)
        fatal("digest failed in OpenSSL");
}

QByteArray Digest::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    if (EVP_DigestFinal_ex(m_context->ctx.get(), out, &outLength) != 1 ||
        EVP_DigestInit_ex(m_context->ctx.get(),
                          m_algorithm == Algorithm::Sha256 ? EVP_sha256() : EVP_sha512(),
                          nullptr) != 1)
        fatal("digest failed in OpenSSL");
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(outLength));
}

namespace {

// The DER SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) is this prefix
// and the 32 raw bytes.
const QByteArray& ed25519SpkiPrefix()
{
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    return prefix;
}

const char kPemBegin[] = "-----BEGIN PUBLIC KEY-----";
const char kPemEnd[] = "-----END PUBLIC KEY-----";

} // namespace

QByteArray ed25519PublicKeyPem(const QByteArray& publicKey)
{
    return QByteArray(kPemBegin) + '\n' + (ed25519SpkiPrefix() + publicKey).toBase64() + '\n' +
           QByteArray(kPemEnd) + '\n';
}

Result<QByteArray> ed25519PublicKeyFromPem(const QByteArray& pem)
{
    const auto invalid = [] {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Crypto",
                                                     "not an Ed25519 public key in PEM (%1 ... %2)")
                             .arg(QLatin1String(kPemBegin), QLatin1String(kPemEnd)));
    };
    const QByteArray text = pem.trimmed();
    if (pem.size() > 4096 || !text.startsWith(kPemBegin) || !text.endsWith(kPemEnd))
        return invalid();
    QByteArray body = text.mid(qsizetype(sizeof kPemBegin) - 1);
    body.chop(qsizetype(sizeof kPemEnd) - 1);
    body = body.simplified().replace(' ', QByteArray());
    const auto decoded =
        QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != ed25519SpkiPrefix().size() + kCurve25519KeyLength ||
        !decoded.decoded.startsWith(ed25519SpkiPrefix()))
        return invalid();
    return decoded.decoded.mid(ed25519SpkiPrefix().size());
}

} // namespace alpr::crypto
