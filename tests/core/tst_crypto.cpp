// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/crypto.h"
#include "common/securebytes.h"

#include <QtTest>

using namespace alpr;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecureBytes secret(const QByteArray& bytes)
{
    return SecureBytes::fromRaw(bytes.constData(), bytes.size());
}

// The message of a failed result, for QVERIFY2 (which evaluates it even on
// success).
template <typename R> QByteArray why(const R& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

bool allZero(const SecureBytes& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.constData()[i] != 0)
            return false;
    }
    return true;
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SecureBytes
    void secureBytesStartsZeroed();
    void secureBytesFromRawKeepsEveryByte();
    void secureBytesFromUtf8();
    void secureBytesWipeZeroesInPlace();
    void secureBytesClearReleases();
    void secureBytesMoveTransfersTheBuffer();
    void secureBytesCloneIsIndependent();
    void secureBytesEquality_data();
    void secureBytesEquality();
    void secureWipeClearsQtStrings();

    // Random source
    void randomBytes();

    // Known answers
    void sha256_data();
    void sha256();
    void digestInPiecesMatchesKnownAnswers();
    void ed25519PemRoundTripsAndRefusesOtherText();
    void hmacSha256_data();
    void hmacSha256();
    void pbkdf2Sha256_data();
    void pbkdf2Sha256();
    void pbkdf2RefusesBadArguments_data();
    void pbkdf2RefusesBadArguments();
    void aes256GcmKnownAnswer_data();
    void aes256GcmKnownAnswer();

    // GCM behaviour
    void aes256GcmRoundTripUsesFreshNonces();
    void aes256GcmRejectsTampering_data();
    void aes256GcmRejectsTampering();
    void aes256GcmRefusesWrongLengths_data();
    void aes256GcmRefusesWrongLengths();

    void constantTimeEquals_data();
    void constantTimeEquals();

    // Last: it changes where every later SecureBytes comes from.
    void secureBytesWorkOnTheSecureHeap();
};

void TestCrypto::secureBytesStartsZeroed()
{
    const SecureBytes empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), 0);
    QVERIFY(empty.constData() == nullptr);

    const SecureBytes sized(48);
    QCOMPARE(sized.size(), 48);
    QVERIFY(!sized.isEmpty());
    QVERIFY(allZero(sized));
}

void TestCrypto::secureBytesFromRawKeepsEveryByte()
{
    const QByteArray raw("pass\0word", 9);
    const SecureBytes s = SecureBytes::fromRaw(raw.constData(), raw.size());
    QCOMPARE(s.size(), 9);
    QCOMPARE(s.toByteArrayUnsafe(), raw);
}

void TestCrypto::secureBytesFromUtf8()
{
    const SecureBytes s = SecureBytes::fromUtf8(QStringLiteral("p\u00e4ss \u20ac"));
    QCOMPARE(s.toByteArrayUnsafe(), QByteArray("p\xc3\xa4ss \xe2\x82\xac"));
    QVERIFY(SecureBytes::fromUtf8(QString()).isEmpty());
}

void TestCrypto::secureBytesWipeZeroesInPlace()
{
    SecureBytes s = SecureBytes::fromRaw("correct horse battery", 21);
    const char* before = s.constData();
    QVERIFY(!allZero(s));
    s.wipe();
    QVERIFY(s.constData() == before); // same block, overwritten in place
    QCOMPARE(s.size(), 21);
    QVERIFY(allZero(s));
}

void TestCrypto::secureBytesClearReleases()
{
    SecureBytes s = SecureBytes::fromRaw("secret", 6);
    s.clear();
    QVERIFY(s.isEmpty());
    QCOMPARE(s.size(), 0);
    QVERIFY(s.constData() == nullptr);
}

void TestCrypto::secureBytesMoveTransfersTheBuffer()
{
    SecureBytes a = SecureBytes::fromRaw("0123456789", 10);
    const char* block = a.constData();

    // Moving hands over the block: no second copy of the secret appears.
    SecureBytes b(std::move(a));
    QVERIFY(b.constData() == block);
    QCOMPARE(b.toByteArrayUnsafe(), QByteArray("0123456789"));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QVERIFY(a.constData() == nullptr);

    SecureBytes c = SecureBytes::fromRaw("old", 3);
    c = std::move(b);
    QVERIFY(c.constData() == block);
    QCOMPARE(c.size(), 10);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)

    SecureBytes& same = c;
    c = std::move(same); // self-move leaves it intact
    QCOMPARE(c.toByteArrayUnsafe(), QByteArray("0123456789"));
}

void TestCrypto::secureBytesCloneIsIndependent()
{
    SecureBytes a = SecureBytes::fromRaw("abcdef", 6);
    SecureBytes b = a.clone();
    QVERIFY(a == b);
    QVERIFY(a.constData() != b.constData());
    b.data()[0] = 'X';
    QCOMPARE(a.toByteArrayUnsafe(), QByteArray("abcdef"));
    QVERIFY(!(a == b));
}

void TestCrypto::secureBytesEquality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("key material") << QByteArray("key material") << true;
    QTest::newRow("last byte differs")
        << QByteArray("key material") << QByteArray("key materiaL") << false;
    QTest::newRow("first byte differs")
        << QByteArray("key material") << QByteArray("Key material") << false;
    QTest::newRow("prefix") << QByteArray("key") << QByteArray("key material") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
}

void TestCrypto::secureBytesEquality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(secret(a) == secret(b), equal);
    QCOMPARE(secret(a) != secret(b), !equal);
}

void TestCrypto::secureWipeClearsQtStrings()
{
    QByteArray bytes("hunter2hunter2");
    secureWipe(bytes);
    QVERIFY(bytes.isEmpty());

    QString text = QStringLiteral("hunter2");
    secureWipe(text);
    QVERIFY(text.isEmpty());

    // A shared array is only let go of; the other owner keeps its copy.
    QByteArray owner("shared secret");
    QByteArray sharer = owner;
    secureWipe(sharer);
    QVERIFY(sharer.isEmpty());
    QCOMPARE(owner, QByteArray("shared secret"));
}

void TestCrypto::randomBytes()
{
    const SecureBytes a = crypto::randomBytes(32);
    const SecureBytes b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(!allZero(a));
    QVERIFY(!(a == b));
    QVERIFY(crypto::randomBytes(0).isEmpty());

    const QByteArray p = crypto::randomBytesPublic(16);
    QCOMPARE(p.size(), 16);
    QVERIFY(p != crypto::randomBytesPublic(16));
    QVERIFY(crypto::randomBytesPublic(0).isEmpty());
}

void TestCrypto::sha256_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2, appendix B.1 and B.2; the empty message from NIST's examples.
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223"
                                           "b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb924"
                                             "27ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits") << QByteArray(
                                     "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QStringLiteral("248d6a61d20638b8e5c026930c3e6039"
                                                "a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, digest);
    QCOMPARE(crypto::sha256Hex(message), digest);
    QCOMPARE(crypto::sha256(message), QByteArray::fromHex(digest.toLatin1()));
    QCOMPARE(crypto::sha256(message).size(), crypto::kSha256Length);
}

// FIPS 180-2 appendix C (SHA-512 "abc") and B (SHA-256 "abc"), fed one byte
// at a time and after a finish() that must start over.
void TestCrypto::digestInPiecesMatchesKnownAnswers()
{
    crypto::Digest sha512(crypto::Digest::Algorithm::Sha512);
    sha512.update("unrelated", 9);
    (void)sha512.finish();
    for (const char c : QByteArray("abc"))
        sha512.update(&c, 1);
    QCOMPARE(sha512.finish().toHex(),
             QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    crypto::Digest sha256(crypto::Digest::Algorithm::Sha256);
    sha256.update(QByteArray("ab"));
    sha256.update(QByteArray());
    sha256.update(QByteArray("c"));
    QCOMPARE(sha256.finish(), crypto::sha256("abc"));
}

// RFC 8410 section 10.1's example public key.
void TestCrypto::ed25519PemRoundTripsAndRefusesOtherText()
{
    const QByteArray rfcPem = "-----BEGIN PUBLIC KEY-----\n"
                              "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                              "-----END PUBLIC KEY-----\n";
    const auto key = crypto::ed25519PublicKeyFromPem(rfcPem);
    QVERIFY(key);
    QCOMPARE(key->toHex(),
             QByteArray("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1"));
    QCOMPARE(crypto::ed25519PublicKeyPem(*key), rfcPem);

    QVERIFY(!crypto::ed25519PublicKeyFromPem(QByteArray()));
    QVERIFY(!crypto::ed25519PublicKeyFromPem(rfcPem.left(40)));
    // An X25519 key (RFC 8410 OID 1.3.101.110) in the same wrapping.
    QByteArray x25519 = rfcPem;
    x25519.replace("MCowBQYDK2VwAyEA", "MCowBQYDK2VuAyEA");
    QVERIFY(!crypto::ed25519PublicKeyFromPem(x25519));
    QVERIFY(!crypto::ed25519PublicKeyFromPem(rfcPem + QByteArray(5000, 'A')));
}

void TestCrypto::hmacSha256_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    // RFC 4231, section 4.
    QTest::newRow("RFC 4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6 (key longer than a block)")
        << QByteArray(131, '\xaa')
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestCrypto::hmacSha256()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(crypto::hmacSha256(key, data), mac);
    QCOMPARE(crypto::hmacSha256(secret(key), data), mac);
}

void TestCrypto::pbkdf2Sha256_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("key");
    // The PBKDF2-HMAC-SHA256 counterparts of the RFC 6070 vectors, as published
    // (e.g. in the Python and Go test suites), and RFC 7914 section 11.
    QTest::newRow("1 iteration")
        << QByteArray("password") << QByteArray("salt") << 1
        << hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("2 iterations")
        << QByteArray("password") << QByteArray("salt") << 2
        << hex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("4096 iterations")
        << QByteArray("password") << QByteArray("salt") << 4096
        << hex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("long password and salt, 40 bytes")
        << QByteArray("passwordPASSWORDpassword")
        << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
        << hex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    QTest::newRow("NUL bytes, 16 bytes") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5)
                                         << 4096 << hex("89b69d0516f829893c696226650a8687");
    QTest::newRow("RFC 7914 passwd/salt, 64 bytes")
        << QByteArray("passwd") << QByteArray("salt") << 1
        << hex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

void TestCrypto::pbkdf2Sha256()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, key);
    const auto derived =
        crypto::pbkdf2Sha256(secret(password), salt, iterations, static_cast<int>(key.size()));
    QVERIFY2(derived.ok(), why(derived).constData());
    QCOMPARE(derived->toByteArrayUnsafe().toHex(), key.toHex());
}

void TestCrypto::pbkdf2RefusesBadArguments_data()
{
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("keyLength");
    QTest::newRow("no iterations") << QByteArray("salt") << 0 << 32;
    QTest::newRow("negative iterations") << QByteArray("salt") << -5 << 32;
    QTest::newRow("empty salt") << QByteArray() << 1 << 32;
    QTest::newRow("no key") << QByteArray("salt") << 1 << 0;
    QTest::newRow("huge key") << QByteArray("salt") << 1 << 4096;
}

void TestCrypto::pbkdf2RefusesBadArguments()
{
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, keyLength);
    const auto derived = crypto::pbkdf2Sha256(secret("password"), salt, iterations, keyLength);
    QVERIFY(!derived.ok());
    QCOMPARE(derived.error().code, ErrorCode::Invalid);
}

void TestCrypto::aes256GcmKnownAnswer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", test
    // cases 13 to 16 (the 256-bit key cases).
    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("test case 13: empty") << zeroKey << zeroNonce << QByteArray() << QByteArray()
                                         << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14: one zero block")
        << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
        << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");

    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray plaintext =
        hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray ciphertext =
        hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
    QTest::newRow("test case 15: four blocks")
        << key << nonce << plaintext << QByteArray() << ciphertext
        << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("test case 16: partial block and aad")
        << key << nonce << plaintext.left(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << ciphertext.left(60) << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::aes256GcmKnownAnswer()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const auto sealed =
        crypto::testing::aes256GcmSealWithNonce(secret(key), nonce, secret(plaintext), aad);
    QVERIFY2(sealed.ok(), why(sealed).constData());
    QCOMPARE(sealed->nonce.toHex(), nonce.toHex());
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());

    const auto opened = crypto::aes256GcmOpen(secret(key), {nonce, ciphertext, tag}, aad);
    QVERIFY2(opened.ok(), why(opened).constData());
    QCOMPARE(opened->toByteArrayUnsafe().toHex(), plaintext.toHex());
}

void TestCrypto::aes256GcmRoundTripUsesFreshNonces()
{
    const SecureBytes key = crypto::randomBytes(32);
    const SecureBytes plaintext = SecureBytes::fromRaw("the database key, 32 bytes long!", 32);
    const QByteArray aad("store 1 / user alice");

    const auto first = crypto::aes256GcmSeal(key, plaintext, aad);
    const auto second = crypto::aes256GcmSeal(key, plaintext, aad);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->nonce.size(), crypto::kGcmNonceLength);
    QCOMPARE(first->tag.size(), crypto::kGcmTagLength);
    QCOMPARE(first->ciphertext.size(), plaintext.size());
    QVERIFY(first->nonce != second->nonce);
    QVERIFY(first->ciphertext != second->ciphertext);
    QVERIFY(first->ciphertext != plaintext.toByteArrayUnsafe());

    const auto opened = crypto::aes256GcmOpen(key, *first, aad);
    QVERIFY2(opened.ok(), why(opened).constData());
    QVERIFY(*opened == plaintext);
}

void TestCrypto::aes256GcmRejectsTampering_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("index");
    QTest::newRow("first ciphertext byte") << QStringLiteral("ciphertext") << 0;
    QTest::newRow("last ciphertext byte") << QStringLiteral("ciphertext") << 31;
    QTest::newRow("first tag byte") << QStringLiteral("tag") << 0;
    QTest::newRow("last tag byte") << QStringLiteral("tag") << 15;
    QTest::newRow("nonce") << QStringLiteral("nonce") << 5;
    QTest::newRow("aad") << QStringLiteral("aad") << 3;
    QTest::newRow("aad dropped") << QStringLiteral("no aad") << 0;
    QTest::newRow("key") << QStringLiteral("key") << 7;
    QTest::newRow("ciphertext truncated") << QStringLiteral("truncate") << 0;
}

void TestCrypto::aes256GcmRejectsTampering()
{
    QFETCH(QString, part);
    QFETCH(int, index);

    SecureBytes key = crypto::randomBytes(32);
    QByteArray aad("store 1 / user alice");
    auto sealed = crypto::aes256GcmSeal(key, crypto::randomBytes(32), aad);
    QVERIFY(sealed.ok());
    crypto::GcmSealed changed = *sealed;

    if (part == QLatin1String("ciphertext"))
        changed.ciphertext[index] = char(changed.ciphertext[index] ^ 0x01);
    else if (part == QLatin1String("tag"))
        changed.tag[index] = char(changed.tag[index] ^ 0x80);
    else if (part == QLatin1String("nonce"))
        changed.nonce[index] = char(changed.nonce[index] ^ 0x01);
    else if (part == QLatin1String("aad"))
        aad[index] = char(aad[index] ^ 0x01);
    else if (part == QLatin1String("no aad"))
        aad.clear();
    else if (part == QLatin1String("key"))
        key.data()[index] = char(key.data()[index] ^ 0x01);
    else if (part == QLatin1String("truncate"))
        changed.ciphertext.chop(1);

    const auto opened = crypto::aes256GcmOpen(key, changed, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Crypto);
}

void TestCrypto::aes256GcmRefusesWrongLengths_data()
{
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<int>("nonceLength");
    QTest::addColumn<int>("tagLength");
    QTest::newRow("AES-128 key") << 16 << 12 << 16;
    QTest::newRow("33-byte key") << 33 << 12 << 16;
    QTest::newRow("no key") << 0 << 12 << 16;
    QTest::newRow("short nonce") << 32 << 11 << 16;
    QTest::newRow("long nonce") << 32 << 16 << 16;
    QTest::newRow("short tag") << 32 << 12 << 12;
    QTest::newRow("no tag") << 32 << 12 << 0;
}

void TestCrypto::aes256GcmRefusesWrongLengths()
{
    QFETCH(int, keyLength);
    QFETCH(int, nonceLength);
    QFETCH(int, tagLength);
    const SecureBytes key = crypto::randomBytes(keyLength);
    const crypto::GcmSealed sealed{QByteArray(nonceLength, '\1'), QByteArray(32, '\2'),
                                   QByteArray(tagLength, '\3')};

    const auto opened = crypto::aes256GcmOpen(key, sealed, QByteArray());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Invalid);

    if (tagLength == crypto::kGcmTagLength) { // sealing has no tag to get wrong
        const auto resealed = crypto::testing::aes256GcmSealWithNonce(
            key, sealed.nonce, SecureBytes(32), QByteArray());
        QVERIFY(!resealed.ok());
        QCOMPARE(resealed.error().code, ErrorCode::Invalid);
    }
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << hex("00112233") << hex("00112233") << true;
    QTest::newRow("last byte") << hex("00112233") << hex("00112234") << false;
    QTest::newRow("first byte") << hex("00112233") << hex("01112233") << false;
    QTest::newRow("longer") << hex("00112233") << hex("0011223300") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("empty and zero byte") << QByteArray() << hex("00") << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

void TestCrypto::secureBytesWorkOnTheSecureHeap()
{
    // Whether the heap can be locked depends on RLIMIT_MEMLOCK; either way
    // secrets must keep working, including ones too big for the heap (they
    // fall back to the normal heap and are released through the same call).
    const bool locked = crypto::enableSecureHeap(16 * 1024);
    qInfo("OpenSSL secure heap locked in memory: %s", locked ? "yes" : "no");
    SecureBytes small = crypto::randomBytes(32);
    SecureBytes big = crypto::randomBytes(64 * 1024);
    SecureBytes copy = small.clone();
    QVERIFY(copy == small);
    QCOMPARE(big.size(), 64 * 1024);
    copy.wipe();
    QVERIFY(allZero(copy));
    big = std::move(small);
    QCOMPARE(big.size(), 32);
    const auto derived = crypto::pbkdf2Sha256(big, QByteArray("salt"), 1, 32);
    QVERIFY(derived.ok());
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
