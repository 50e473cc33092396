// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>
#include <QString>

// The one place that talks to OpenSSL (with SecureBytes, which wipes with it).
// This header does not include OpenSSL headers; everything else in the application uses these
// wrappers. There is one secure random source: randomBytes() and
// randomBytesPublic() (both OpenSSL RAND_bytes).
namespace alpr::crypto {

inline constexpr qsizetype kSha256Length = 32;
inline constexpr qsizetype kSha1Length = 20;
inline constexpr qsizetype kAes256KeyLength = 32;
inline constexpr qsizetype kGcmNonceLength = 12;
inline constexpr qsizetype kGcmTagLength = 16;

// n bytes from the secure random source. An RNG failure aborts the process:
// continuing with weak keys would be worse. n <= 0 gives an empty buffer.
SecureBytes randomBytes(qsizetype n);
// The same source, for values that are not secret: salts, nonces, seeds, ids.
QByteArray randomBytesPublic(qsizetype n);

// The hash and MAC functions cannot fail on valid input; if OpenSSL fails
// anyway (out of memory, broken provider) they abort rather than return a
// value that could compare equal to another failure.
QByteArray sha256(const QByteArray& data); // 32 raw bytes
QString sha256Hex(const QByteArray& data); // 64 lower-case hex characters
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
// HMAC-SHA1, for TOTP (RFC 6238 / RFC 4226) only: authenticator apps use it.
// Not for anything new.
QByteArray hmacSha1(const SecureBytes& key, const QByteArray& data);

// PBKDF2-HMAC-SHA256. Invalid for iterations < 1, an empty salt, or a key
// length outside 1..1024. The minimum work factor for stored passwords is
// enforced by the callers (kMinPbkdf2Iterations), not here.
Result<SecureBytes> pbkdf2Sha256(const SecureBytes& password, const QByteArray& salt,
                                 int iterations, int keyLength);

// AES-256-GCM output: nonce 12 bytes, tag 16 bytes, ciphertext as long as the
// plaintext.
struct GcmSealed
{
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

// Encrypts with a fresh random 96-bit nonce. Invalid unless the key is 32 bytes.
Result<GcmSealed> aes256GcmSeal(const SecureBytes& key, const SecureBytes& plaintext,
                                const QByteArray& aad);
// Invalid for a key, nonce or tag of the wrong length; Crypto when the tag does
// not verify (wrong key, or ciphertext, nonce, tag or aad changed). No
// plaintext is returned unless the tag verifies.
Result<SecureBytes> aes256GcmOpen(const SecureBytes& key, const GcmSealed& sealed,
                                  const QByteArray& aad);

// --- Key pairs: X25519 (sealing to a user) and Ed25519 (signing).
inline constexpr qsizetype kCurve25519KeyLength = 32; // private and public halves
inline constexpr qsizetype kEd25519SignatureLength = 64;

struct KeyPair
{
    SecureBytes privateKey; // 32 raw bytes
    QByteArray publicKey;   // 32 raw bytes
};

// A fresh pair from the secure random source; aborts as randomBytes() does if
// OpenSSL cannot make one.
KeyPair generateX25519();
KeyPair generateEd25519();
// The public half of a 32-byte private key; Invalid for a key of the wrong length.
Result<QByteArray> x25519PublicKey(const SecureBytes& privateKey);
Result<QByteArray> ed25519PublicKey(const SecureBytes& privateKey);

// Ed25519 (RFC 8032, pure). Invalid for a key of the wrong length.
Result<QByteArray> ed25519Sign(const SecureBytes& privateKey, const QByteArray& message);
// False for a wrong signature, or a key or signature of the wrong length.
bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message,
                   const QByteArray& signature);

// A secret sealed to an X25519 public key: an ephemeral key pair, X25519
// agreement with the recipient, HKDF-SHA256 (salt: both public keys, info:
// "alpr-seal-v1") to an AES-256-GCM key. Only the holder of the recipient's
// private key can open it; aad binds it to its context (store, user, purpose).
struct SealedBox
{
    QByteArray ephemeralPublic; // 32 bytes
    GcmSealed sealed;
};

Result<SealedBox> sealTo(const QByteArray& recipientPublic, const SecureBytes& plaintext,
                         const QByteArray& aad);
// Crypto when the box was not sealed to this key pair or was changed.
Result<SecureBytes> openSealed(const SecureBytes& recipientPrivate, const SealedBox& box,
                               const QByteArray& aad);

// The fingerprint people compare: SHA-256 of the public key, 64 lower-case
// hex digits in groups of four ("3f2a 9c0d ...").
QString fingerprint(const QByteArray& publicKey);

// A SHA-256 or SHA-512 digest over data given in pieces, for files too big
// to hold in memory. finish() gives the raw digest (32 or 64 bytes) and
// starts over.
class Digest final
{
public:
    enum class Algorithm
    {
        Sha256,
        Sha512
    };
    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    void update(const char* data, qsizetype size);
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    QByteArray finish();

private:
    Algorithm m_algorithm;
    struct Context;
    Context* m_context;
};

// An Ed25519 public key as the PEM SubjectPublicKeyInfo that `openssl
// pkeyutl -pubin` reads ("-----BEGIN PUBLIC KEY-----"), and back: Invalid
// unless the text is exactly one such key.
QByteArray ed25519PublicKeyPem(const QByteArray& publicKey);
Result<QByteArray> ed25519PublicKeyFromPem(const QByteArray& pem);

// Constant time in the content for arrays of equal size; arrays of different
// sizes compare unequal at once.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// Turns on OpenSSL's secure heap (locked in memory, guard pages) for
// SecureBytes and OpenSSL's own secrets. Call once at start-up, before any
// secret is allocated; bytes is rounded up to a power of two. Returns false
// when the heap could not be set up or locked; SecureBytes then uses the
// normal heap, which is still wiped on release.
bool enableSecureHeap(qsizetype bytes);

namespace testing {
// FOR KNOWN-ANSWER TESTS ONLY. Encrypts with a caller-chosen nonce. Reusing a
// nonce under the same key breaks GCM completely: production code calls
// aes256GcmSeal(), which draws the nonce itself.
Result<GcmSealed> aes256GcmSealWithNonce(const SecureBytes& key, const QByteArray& nonce,
                                         const SecureBytes& plaintext, const QByteArray& aad);
} // namespace testing

} // namespace alpr::crypto
