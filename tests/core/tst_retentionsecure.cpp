// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Retention (issue 17), "nothing recoverable": after a purge, every page of
// the store file is decrypted here with the raw key, as SQLCipher 3 lays
// pages out, by code that shares nothing with core (OpenSSL EVP only), and
// none of the purged reads' plates, external ids, alternative readings or
// image bytes is anywhere in it, nor in a write-ahead log; the kept reads'
// are (so the search would see them).
#include "../support/teststore.h"

#include "auth/keyslotfile.h"
#include "retention/retentionpurge.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::StringLiterals;

namespace {

// SQLCipher 3 as the store uses it (cipher_page_size 4096, a raw key): page 1
// starts with the file's 16-byte salt, in the clear; every page ends with
// its reserve, the 16-byte IV and the 20-byte HMAC-SHA1 rounded up to the
// AES block (48 bytes); what lies between is AES-256-CBC under the raw key.
// The HMAC key is PBKDF2-HMAC-SHA1 of the raw key, with the salt XOR 0x3a
// and 2 iterations; the HMAC covers the ciphertext, the IV and the page
// number (4 bytes, little-endian).
constexpr qsizetype kPageSize = 4096;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kIvSize = 16;
constexpr qsizetype kHmacSize = 20;
constexpr qsizetype kReserve = 48;
// The write-ahead log: a 32-byte header, then frames of a 24-byte header
// (the page number first, big-endian) and the page as it is in the file.
constexpr qsizetype kWalHeader = 32;
constexpr qsizetype kWalFrameHeader = 24;

const auto kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// The plaintext of the encrypted pages of a store file and of its log.
class PageDecrypter
{
public:
    PageDecrypter(QByteArray key, QByteArray salt) : m_key(std::move(key)), m_salt(std::move(salt))
    {
        QByteArray hmacSalt = m_salt;
        for (char& c : hmacSalt)
            c = char(c ^ 0x3a);
        m_hmacKey.resize(32);
        PKCS5_PBKDF2_HMAC_SHA1(m_key.constData(), int(m_key.size()), bytes(hmacSalt),
                               int(hmacSalt.size()), 2, int(m_hmacKey.size()),
                               reinterpret_cast<unsigned char*>(m_hmacKey.data()));
    }

    // The page's plaintext (the salt's 16 bytes of page 1 left zero), or an
    // empty array when its HMAC does not check or it does not decrypt.
    QByteArray decrypt(const QByteArray& page, quint32 pgno) const
    {
        if (page.size() != kPageSize)
            return {};
        const qsizetype offset = pgno == 1 ? kSaltSize : 0;
        const qsizetype length = kPageSize - kReserve - offset;
        const QByteArray cipher = page.mid(offset, length);
        const QByteArray iv = page.mid(kPageSize - kReserve, kIvSize);
        const QByteArray mac = page.mid(kPageSize - kReserve + kIvSize, kHmacSize);
        // The HMAC first: it proves the layout and the key.
        unsigned char pgnoLe[4];
        qToLittleEndian<quint32>(pgno, pgnoLe);
        QByteArray macInput = cipher + iv + QByteArray(reinterpret_cast<char*>(pgnoLe), 4);
        unsigned char computed[EVP_MAX_MD_SIZE];
        unsigned int computedLength = 0;
        HMAC(EVP_sha1(), m_hmacKey.constData(), int(m_hmacKey.size()), bytes(macInput),
             size_t(macInput.size()), computed, &computedLength);
        if (computedLength != kHmacSize ||
            QByteArray(reinterpret_cast<char*>(computed), kHmacSize) != mac)
            return {};
        QByteArray plain(kPageSize - kReserve, '\0');
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        int n = 0;
        int final = 0;
        const bool ok =
            EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, bytes(m_key), bytes(iv)) == 1 &&
            EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
            EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(plain.data() + offset), &n,
                              bytes(cipher), int(cipher.size())) == 1 &&
            EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(plain.data() + offset + n),
                                &final) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok || n + final != length)
            return {};
        return plain;
    }

private:
    QByteArray m_key;
    QByteArray m_salt;
    QByteArray m_hmacKey;
};

struct Plaintext
{
    QByteArray text; // every page's plaintext, one after the other
    qsizetype pages = 0;
    qsizetype walFrames = 0;
    QString problem; // empty when every page decrypted and checked
};

// Decrypts the store file at path and its -wal, if there is one.
Plaintext decryptStore(const QString& path, const QByteArray& key)
{
    Plaintext out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = u"cannot read "_s + path;
        return out;
    }
    const QByteArray all = file.readAll();
    if (all.size() < kPageSize || all.size() % kPageSize != 0) {
        out.problem = u"the file is %1 bytes, not whole pages"_s.arg(all.size());
        return out;
    }
    const PageDecrypter decrypter(key, all.left(kSaltSize));
    for (qsizetype at = 0; at < all.size(); at += kPageSize) {
        const auto pgno = quint32(at / kPageSize + 1);
        const QByteArray plain = decrypter.decrypt(all.mid(at, kPageSize), pgno);
        if (plain.isEmpty()) {
            out.problem = u"page %1 does not check or decrypt"_s.arg(pgno);
            return out;
        }
        if (pgno == 1) {
            // SQLite's header after the place of "SQLite format 3\0": the
            // page size 4096 big-endian, the WAL versions 2 and 2, and the
            // reserve SQLCipher keeps at each page's end.
            const QByteArray header = plain.mid(16, 8);
            if (header != QByteArray::fromHex("1000020230402020")) {
                out.problem = u"page 1 does not have SQLite's header: "_s +
                              QString::fromLatin1(header.toHex());
                return out;
            }
        }
        out.text += plain;
        ++out.pages;
    }
    QFile wal(path + u"-wal"_s);
    if (wal.exists() && wal.open(QIODevice::ReadOnly)) {
        const QByteArray log = wal.readAll();
        for (qsizetype at = kWalHeader; at + kWalFrameHeader + kPageSize <= log.size();
             at += kWalFrameHeader + kPageSize) {
            const auto pgno = qFromBigEndian<quint32>(log.constData() + at);
            const QByteArray plain =
                decrypter.decrypt(log.mid(at + kWalFrameHeader, kPageSize), pgno);
            // A frame left from before the log was restarted may not check.
            if (!plain.isEmpty())
                out.text += plain;
            ++out.walFrames;
        }
    }
    return out;
}

// A JPEG of random noise: its compressed bytes are as distinctive as bytes get.
QByteArray noiseJpeg(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(160, 120, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return jpeg;
}

// Pieces of an image's bytes to look for: 24 bytes every 1000, from past
// the JPEG header (which every image of the same size shares).
QList<QByteArray> imagePieces(const QByteArray& jpeg)
{
    QList<QByteArray> pieces;
    for (qsizetype at = 1000; at + 24 <= jpeg.size(); at += 1000)
        pieces.append(jpeg.mid(at, 24));
    return pieces;
}

struct Planted
{
    QList<QByteArray> texts; // plates, external ids, alternative readings
    QList<QByteArray> imagePieces;
};

ReadRecord plantedRead(const QString& tag, int i, const QDateTime& at, Planted& planted)
{
    // Plates and readings no search or audit event ever names.
    ReadRecord r = makeRead(u"%1%2"_s.arg(tag).arg(9071 + i), at);
    r.externalId = u"ext-%1-%2-5d0c7a"_s.arg(tag.toLower()).arg(i);
    r.candidates = {PlateCandidate{u"%1W%2"_s.arg(tag).arg(480 + i), 61.0},
                    PlateCandidate{u"%1Y%2"_s.arg(tag).arg(730 + i), 44.0}};
    r.plateJpeg = noiseJpeg(quint32(tag.at(0).unicode()) * 100 + quint32(i) * 3);
    r.overviewJpeg = noiseJpeg(quint32(tag.at(0).unicode()) * 100 + quint32(i) * 3 + 1);
    planted.texts << r.plate.toUtf8() << r.externalId.toUtf8();
    for (const PlateCandidate& c : r.candidates)
        planted.texts << c.plate.toUtf8();
    planted.imagePieces << imagePieces(r.plateJpeg) << imagePieces(r.overviewJpeg);
    return r;
}

QStringList found(const QByteArray& text, const QList<QByteArray>& needles)
{
    QStringList hits;
    for (const QByteArray& n : needles)
        if (text.contains(n))
            hits << QString::fromLatin1(n.toHex().left(24)) + u" ("_s +
                        QString::fromLatin1(n).left(12) + u')';
    return hits;
}

} // namespace

class TestRetentionSecure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgedContentIsNowhereInTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"secure.alprdb"_s);
        ManualClock clock(kNow);
        auto session = createStore(path, clock);

        // Fixed-camera reads are kept 30 days: six captured 45 days ago go,
        // three captured 2 days ago stay.
        Planted purged;
        Planted kept;
        QList<ReadRecord> reads;
        for (int i = 0; i < 6; ++i)
            reads << plantedRead(u"QZX"_s, i, kNow.addDays(-45).addSecs(i * 60), purged);
        for (int i = 0; i < 3; ++i)
            reads << plantedRead(u"KPV"_s, i, kNow.addDays(-2).addSecs(i * 60), kept);
        auto imported = ReadImporter(*session).importReads(reads, u"retention-secure"_s);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->imported, 9);

        auto run = RetentionPurge(*session).run();
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
        QCOMPARE(run->summary.value(u"reads"_s).toInteger(), 6);
        QVERIFY(run->summary.value(u"wal_emptied"_s).toBool());

        auto keys = KeySlotFile::loadForStore(path);
        QVERIFY(keys.ok());
        auto key = keys->unlock(u"admin"_s, password());
        QVERIFY(key.ok());
        const QByteArray rawKey = key->toByteArrayUnsafe();
        QCOMPARE(rawKey.size(), 32);

        // While the session is still open, as another process would find the
        // files: the purge emptied the write-ahead log (TRUNCATE), which
        // otherwise holds the pages as they were before the purge.
        const qint64 walSize = QFileInfo(path + u"-wal"_s).size();
        {
            const Plaintext open = decryptStore(path, rawKey);
            QVERIFY2(open.problem.isEmpty(), qPrintable(open.problem));
            const QStringList leaked = found(open.text, purged.texts + purged.imagePieces);
            QVERIFY2(
                leaked.isEmpty(),
                qPrintable(u"in the open store's files (%1 log frames): "_s.arg(open.walFrames) +
                           leaked.join(u", "_s)));
            QCOMPARE(walSize, 0);
        }

        session.reset();
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
        const Plaintext closed = decryptStore(path, rawKey);
        QVERIFY2(closed.problem.isEmpty(), qPrintable(closed.problem));
        QVERIFY(closed.pages > 10);

        // The search can see: what was kept is there, in the same pages.
        QCOMPARE(found(closed.text, kept.texts).size(), kept.texts.size());
        // An image piece may straddle a page's end (its overflow chain).
        QVERIFY2(found(closed.text, kept.imagePieces).size() > kept.imagePieces.size() / 2,
                 qPrintable(u"%1 of %2"_s.arg(found(closed.text, kept.imagePieces).size())
                                .arg(kept.imagePieces.size())));
        QVERIFY(purged.imagePieces.size() > 20);

        // Nothing of the purged reads.
        const QStringList leaked = found(closed.text, purged.texts + purged.imagePieces);
        QVERIFY2(leaked.isEmpty(), qPrintable(u"in the closed store: "_s + leaked.join(u", "_s)));

        // What stays, by design: the audit trail (never purged), whose batch
        // events name the purge and the range of read ids it removed.
        QVERIFY(closed.text.contains("retention-purge-batch"));
    }
};

QTEST_GUILESS_MAIN(TestRetentionSecure)
#include "tst_retentionsecure.moc"
