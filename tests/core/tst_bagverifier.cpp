// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Checking an evidence package with no store: a valid package passes, and
// each way of tampering with one, or of making its folder hostile, is found
// and named, without following a link, opening a FIFO or reading a huge file.
#include "../support/testbag.h"

#include "common/crypto.h"
#include "evidence/bagverifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace alpr;
using namespace Qt::StringLiterals;
using Kind = evidence::BagProblem::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Altered:
        return u"Altered"_s;
    case Kind::Missing:
        return u"Missing"_s;
    case Kind::Added:
        return u"Added"_s;
    case Kind::Unsafe:
        return u"Unsafe"_s;
    case Kind::Malformed:
        return u"Malformed"_s;
    case Kind::BadSignature:
        return u"BadSignature"_s;
    case Kind::UnknownKey:
        return u"UnknownKey"_s;
    }
    return {};
}

// "Kind file" for each problem, sorted: what a row expects.
QStringList found(const evidence::BagVerification& v)
{
    QStringList out;
    for (const evidence::BagProblem& p : v.problems)
        out.append(kindName(p.kind) + u' ' + p.file);
    out.sort();
    return out;
}

QString allOf(const evidence::BagVerification& v)
{
    QStringList lines;
    for (const evidence::BagProblem& p : v.problems)
        lines.append(evidence::describe(p));
    return lines.join(u'\n');
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(char(c ^ 0x01));
}

bool replaceIn(const QString& path, const QByteArray& before, const QByteArray& after)
{
    QByteArray bytes = test::readBagFile(path);
    if (!bytes.contains(before))
        return false;
    return test::writeBagFile(path, bytes.replace(before, after));
}

// Whether any of the stock commands of VERIFY.txt fails on the bag: the
// two sha256sum checks, openssl pkeyutl and ssh-keygen -Y verify.
bool stockToolsFail(const QString& root)
{
    const auto fails = [&root](const QString& program, const QStringList& args,
                               const QString& input = {}) {
        QProcess p;
        p.setWorkingDirectory(root);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardInputFile(input.isEmpty() ? QProcess::nullDevice() : root + u'/' + input);
        p.start(program, args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return true;
        }
        return p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0;
    };
    return fails(u"sha256sum"_s, {u"-c"_s, u"manifest-sha256.txt"_s}) ||
           fails(u"sha256sum"_s, {u"-c"_s, u"tagmanifest-sha256.txt"_s}) ||
           fails(u"openssl"_s,
                 {u"pkeyutl"_s, u"-verify"_s, u"-rawin"_s, u"-pubin"_s, u"-inkey"_s,
                  u"agency-signing-key.pub.pem"_s, u"-in"_s, u"tagmanifest-sha256.txt"_s,
                  u"-sigfile"_s, u"tagmanifest-sha256.txt.sig"_s}) ||
           fails(u"ssh-keygen"_s,
                 {u"-Y"_s, u"verify"_s, u"-f"_s, u"allowed_signers"_s, u"-I"_s,
                  u"evidence@test-pd"_s, u"-n"_s, u"alpr-evidence"_s, u"-s"_s,
                  u"tagmanifest-sha256.txt.sshsig"_s},
                 u"tagmanifest-sha256.txt"_s);
}

const QString kPem = QString::fromLatin1(evidence::kPublicKeyFile);
const QString kSig = QString::fromLatin1(evidence::kSignatureFile);
const QString kSshsig = QString::fromLatin1(evidence::kSshSignatureFile);
const QString kSigners = QString::fromLatin1(evidence::kAllowedSignersFile);

} // namespace

class TestBagVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::KeyPair m_key;
    crypto::KeyPair m_other;
    int m_bags = 0;

    // A fresh valid package in its own folder.
    QString freshBag(const test::TestBagOptions& options = {})
    {
        const QString root = m_dir.filePath(u"ev-%1"_s.arg(++m_bags));
        if (!QDir().mkpath(root) || !test::writeTestBag(root, m_key, options))
            return {};
        return root;
    }

    evidence::BagVerifyOptions trusting() const
    {
        evidence::BagVerifyOptions options;
        options.trustedKeys = {m_key.publicKey};
        return options;
    }

    // Applies the tampering a row names to the package in root.
    bool tamper(const QString& name, const QString& root)
    {
        const QString outside = m_dir.filePath(u"outside-%1"_s.arg(m_bags));
        if (name == u"image byte")
            return flipByte(root + u"/data/images/12-plate.jpg"_s, 100);
        if (name == u"reads.csv byte")
            return flipByte(root + u"/data/reads.csv"_s, 30);
        if (name == u"bag-info byte")
            return replaceIn(root + u"/bag-info.txt"_s, "Test Police", "Tost Police");
        if (name == u"other key's pem")
            return test::writeBagFile(root + u'/' + kPem,
                                      crypto::ed25519PublicKeyPem(m_other.publicKey));
        if (name == u"other key's signature")
            return test::writeBagFile(
                root + u'/' + kSig,
                crypto::ed25519Sign(m_other.privateKey,
                                    test::readBagFile(root + u"/tagmanifest-sha256.txt"_s))
                    .value());
        if (name == u"deleted payload")
            return QFile::remove(root + u"/data/custody.csv"_s);
        if (name == u"added payload")
            return test::writeBagFile(root + u"/data/extra.txt"_s, "not exported\n");
        if (name == u".DS_Store")
            return test::writeBagFile(root + u"/.DS_Store"_s, "Bud1");
        if (name == u"renamed payload")
            return QFile::rename(root + u"/data/reads.json"_s, root + u"/data/reads2.json"_s);
        if (name == u"edited manifest and tag manifest") {
            const QByteArray manifest = test::readBagFile(root + u"/manifest-sha256.txt"_s);
            const qsizetype line = manifest.indexOf("  data/reads.csv") - 64;
            QByteArray edited = manifest;
            edited[line] = edited[line] == '0' ? '1' : '0';
            return test::writeBagFile(root + u"/manifest-sha256.txt"_s, edited) &&
                   test::rehashBagTagManifest(root);
        }
        if (name == u"symlink payload") {
            const QString image = root + u"/data/images/12-plate.jpg"_s;
            return QDir().mkpath(outside) && QFile::rename(image, outside + u"/12-plate.jpg"_s) &&
                   ::symlink(QFile::encodeName(outside + u"/12-plate.jpg"_s).constData(),
                             QFile::encodeName(image).constData()) == 0;
        }
        if (name == u"symlink data") {
            // The link leads to the true payload: following it would pass.
            return QDir().rename(root + u"/data"_s, outside) &&
                   ::symlink(QFile::encodeName(outside).constData(),
                             QFile::encodeName(root + u"/data"_s).constData()) == 0;
        }
        if (name == u"fifo")
            return ::mkfifo(QFile::encodeName(root + u"/data/fifo"_s).constData(), 0600) == 0;
        if (name == u"name not UTF-8") {
            const QByteArray path = QFile::encodeName(root + u"/data/"_s) + "bad\xff\xfe.jpg";
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
            return fd >= 0 && ::close(fd) == 0;
        }
        if (name == u"huge sparse file") {
            const QByteArray path = QFile::encodeName(root + u"/data/images/13-plate.jpg"_s);
            const int fd = ::open(path.constData(), O_WRONLY | O_TRUNC);
            const bool ok = fd >= 0 && ::ftruncate(fd, 64LL << 30) == 0;
            return fd >= 0 && ::close(fd) == 0 && ok;
        }
        return name == u"none";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = crypto::generateEd25519();
        m_other = crypto::generateEd25519();
    }

    void validPackageVerifies()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        qint64 total = -1;
        qint64 done = -1;
        evidence::BagVerifyOptions options = trusting();
        options.progress = [&](qint64 d, qint64 t) {
            done = d;
            total = t;
        };
        auto v = evidence::verifyBag(root, options);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QVERIFY2(v->ok(), qPrintable(allOf(*v)));
        QVERIFY(v->signatureValid);
        QVERIFY(v->sshSignatureValid);
        QVERIFY(v->keyTrusted);
        QCOMPARE(v->signingKey, m_key.publicKey);
        QCOMPARE(v->keyFingerprint, crypto::fingerprint(m_key.publicKey));
        const auto payload = test::testBagPayload();
        qint64 bytes = 0;
        for (const QByteArray& b : payload)
            bytes += b.size();
        QCOMPARE(v->payloadFiles, qint64(payload.size()));
        QCOMPARE(v->payloadBytes, bytes);
        QCOMPARE(done, bytes);
        QCOMPARE(total, bytes);
        QCOMPARE(v->info(u"external-identifier"_s), u"ev-20261205-3f9a2c1b"_s);
        // A continuation line joins the value before it.
        QCOMPARE(v->info(u"Internal-Sender-Description"_s),
                 u"Reads for case 26-004211, exported for the district attorney."_s);
        QCOMPARE(v->bagInfo.first().first, u"Source-Organization"_s);
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QByteArray>("extraManifestLine");
        QTest::addColumn<QString>("payloadOxum");
        QTest::addColumn<QStringList>("expected");
        // Whether the stock commands of VERIFY.txt see it too (sha256sum
        // looks only at the files a manifest lists: an added file, a link
        // to the same bytes or a wrong Payload-Oxum passes it); -1: not run
        // (sha256sum would read all 64 GiB of the sparse file).
        QTest::addColumn<int>("stockSees");

        const QByteArray none;
        QTest::newRow("image byte") << u"image byte"_s << none << QString()
                                    << QStringList{u"Altered data/images/12-plate.jpg"_s} << 1;
        QTest::newRow("reads.csv byte") << u"reads.csv byte"_s << none << QString()
                                        << QStringList{u"Altered data/reads.csv"_s} << 1;
        QTest::newRow("bag-info byte") << u"bag-info byte"_s << none << QString()
                                       << QStringList{u"Altered bag-info.txt"_s} << 1;
        QTest::newRow("other key's pem")
            << u"other key's pem"_s << none << QString()
            << QStringList{u"Altered "_s + kPem,          u"BadSignature "_s + kPem,
                           u"BadSignature "_s + kSig,     u"BadSignature "_s + kSshsig,
                           u"BadSignature "_s + kSigners, u"UnknownKey "_s + kPem}
            << 1;
        QTest::newRow("other key's signature") << u"other key's signature"_s << none << QString()
                                               << QStringList{u"BadSignature "_s + kSig} << 1;
        QTest::newRow("deleted payload")
            << u"deleted payload"_s << none << QString()
            << QStringList{u"Missing data/custody.csv"_s, u"Altered data"_s} << 1;
        QTest::newRow("added payload")
            << u"added payload"_s << none << QString()
            << QStringList{u"Added data/extra.txt"_s, u"Altered data"_s} << 0;
        QTest::newRow(".DS_Store")
            << u".DS_Store"_s << none << QString() << QStringList{u"Added .DS_Store"_s} << 0;
        QTest::newRow("renamed payload")
            << u"renamed payload"_s << none << QString()
            << QStringList{u"Missing data/reads.json"_s, u"Added data/reads2.json"_s} << 1;
        QTest::newRow("edited manifest and tag manifest")
            << u"edited manifest and tag manifest"_s << none << QString()
            << QStringList{u"Altered data/reads.csv"_s, u"BadSignature "_s + kSig,
                           u"BadSignature "_s + kSshsig}
            << 1;
        QTest::newRow("../etc/passwd line")
            << u"none"_s << QByteArray(64, '0') + "  ../etc/passwd" << QString()
            << QStringList{u"Unsafe ../etc/passwd"_s} << 1;
        QTest::newRow("data/../../etc/passwd line")
            << u"none"_s << QByteArray(64, '0') + "  data/../../etc/passwd" << QString()
            << QStringList{u"Unsafe data/../../etc/passwd"_s} << 1;
        QTest::newRow("absolute path line")
            << u"none"_s << QByteArray(64, '0') + "  /etc/passwd" << QString()
            << QStringList{u"Unsafe /etc/passwd"_s} << 1;
        QTest::newRow("backslash line")
            << u"none"_s << QByteArray(64, '0') + "  data\\reads.csv" << QString()
            << QStringList{u"Unsafe data\\reads.csv"_s} << 1;
        QTest::newRow("empty segment line")
            << u"none"_s << QByteArray(64, '0') + "  data//reads.csv" << QString()
            << QStringList{u"Unsafe data//reads.csv"_s} << 1;
        QTest::newRow("symlink payload") << u"symlink payload"_s << none << QString()
                                         << QStringList{u"Unsafe data/images/12-plate.jpg"_s} << 0;
        QTest::newRow("symlink data")
            << u"symlink data"_s << none << QString() << QStringList{u"Unsafe data"_s} << 0;
        QTest::newRow("fifo") << u"fifo"_s << none << QString()
                              << QStringList{u"Unsafe data/fifo"_s} << 0;
        QTest::newRow("name not UTF-8") << u"name not UTF-8"_s << none << QString()
                                        << QStringList{u"Unsafe data/bad\\xff\\xfe.jpg"_s} << 0;
        QTest::newRow("huge sparse file")
            << u"huge sparse file"_s << none << QString()
            << QStringList{u"Altered data/images/13-plate.jpg"_s, u"Altered data"_s} << -1;
        QTest::newRow("wrong Payload-Oxum")
            << u"none"_s << none << u"99999.7"_s << QStringList{u"Altered data"_s} << 0;
        QTest::newRow("malformed Payload-Oxum")
            << u"none"_s << none << u"many"_s << QStringList{u"Malformed bag-info.txt"_s} << 0;
    }

    void tampered()
    {
        QFETCH(QString, tampering);
        QFETCH(QByteArray, extraManifestLine);
        QFETCH(QString, payloadOxum);
        QFETCH(QStringList, expected);
        QFETCH(int, stockSees);
        const QString root = freshBag({extraManifestLine, payloadOxum});
        QVERIFY(!root.isEmpty());
        QVERIFY2(tamper(tampering, root), qPrintable(tampering));

        qint64 total = 0;
        evidence::BagVerifyOptions options = trusting();
        options.progress = [&](qint64, qint64 t) { total = std::max(total, t); };
        auto v = evidence::verifyBag(root, options);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QVERIFY(!v->ok());
        expected.sort();
        QCOMPARE(found(*v), expected);
        for (const evidence::BagProblem& p : v->problems) {
            QVERIFY(!p.detail.isEmpty());
            QVERIFY(!evidence::describe(p).contains(u'\n'));
        }
        // Only sizes were looked at for the 64 GiB file: it was never read.
        QVERIFY(total < (1LL << 30));
        if (stockSees >= 0)
            QCOMPARE(stockToolsFail(root), stockSees == 1);
        // QTemporaryDir cannot remove a name that is not UTF-8.
        if (tampering == u"name not UTF-8")
            QCOMPARE(
                ::unlink((QFile::encodeName(root + u"/data/"_s) + "bad\xff\xfe.jpg").constData()),
                0);
    }

    void trust_data()
    {
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<bool>("rightKey");
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<bool>("trusted");

        const QString fingerprint = crypto::fingerprint(m_key.publicKey);
        QString colons = fingerprint;
        colons.replace(u' ', u':');
        QTest::newRow("no key given") << QString() << false << false << false;
        QTest::newRow("fingerprint, upper case with spaces")
            << fingerprint.toUpper() << false << false << true;
        QTest::newRow("fingerprint with colons") << colons << false << false << true;
        QTest::newRow("another key's fingerprint")
            << crypto::fingerprint(m_other.publicKey) << false << false << false;
        QTest::newRow("a short fingerprint") << fingerprint.left(19) << false << false << false;
        QTest::newRow("the right --key") << QString() << true << false << true;
        QTest::newRow("a wrong --key") << QString() << false << true << false;
    }

    void trust()
    {
        QFETCH(QString, fingerprint);
        QFETCH(bool, rightKey);
        QFETCH(bool, wrongKey);
        QFETCH(bool, trusted);
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        evidence::BagVerifyOptions options;
        options.trustedFingerprint = fingerprint;
        if (rightKey)
            options.trustedKeys.append(m_key.publicKey);
        if (wrongKey)
            options.trustedKeys.append(m_other.publicKey);
        auto v = evidence::verifyBag(root, options);
        QVERIFY(v.ok());
        QVERIFY(v->signatureValid);
        QVERIFY(v->sshSignatureValid);
        QCOMPARE(v->keyTrusted, trusted);
        QCOMPARE(v->ok(), trusted);
        if (!trusted) {
            QCOMPARE(found(*v), QStringList{u"UnknownKey "_s + kPem});
            // The user is told which key signed, to compare it with the agency's.
            QVERIFY(v->problems.first().detail.contains(crypto::fingerprint(m_key.publicKey)));
            QVERIFY(v->problems.first().detail.contains(u"--fingerprint"_s));
        }
    }

    void percentEncodedNames()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        const QString name = u"data/odd%name\nline.txt"_s;
        QVERIFY(test::writeBagFile(root + u'/' + name, "odd\n"));
        const QByteArray encoded = "data/odd%25name%0Aline.txt";
        for (const auto& [file, algorithm] :
             {std::pair{"/manifest-sha256.txt", QCryptographicHash::Sha256},
              std::pair{"/manifest-sha512.txt", QCryptographicHash::Sha512}}) {
            QByteArray manifest = test::readBagFile(root + QLatin1String(file));
            manifest +=
                QCryptographicHash::hash("odd\n", algorithm).toHex() + "  " + encoded + '\n';
            QVERIFY(test::writeBagFile(root + QLatin1String(file), manifest));
        }
        // One more file of 4 bytes in Payload-Oxum.
        const auto payload = test::testBagPayload();
        qint64 bytes = 0;
        for (const QByteArray& b : payload)
            bytes += b.size();
        QVERIFY(replaceIn(root + u"/bag-info.txt"_s,
                          "Payload-Oxum: " + QByteArray::number(bytes) + '.' +
                              QByteArray::number(payload.size()),
                          "Payload-Oxum: " + QByteArray::number(bytes + 4) + '.' +
                              QByteArray::number(payload.size() + 1)));
        QVERIFY(test::rehashBagTagManifest(root) && test::signBag(root, m_key));
        auto v = evidence::verifyBag(root, trusting());
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(allOf(*v)));
    }

    void unsupportedAndOversizedManifests()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        QVERIFY(test::writeBagFile(root + u"/manifest-md5.txt"_s,
                                   "d41d8cd98f00b204e9800998ecf8427e  data/reads.csv\n"));
        QByteArray longLine(70 * 1024, 'a');
        QVERIFY(test::writeBagFile(root + u"/tagmanifest-sha512.txt"_s, longLine + "\n"));
        auto v = evidence::verifyBag(root, trusting());
        QVERIFY(v.ok());
        QCOMPARE(found(*v), (QStringList{u"Malformed manifest-md5.txt"_s,
                                         u"Malformed tagmanifest-sha512.txt"_s}));
    }

    void duplicateLinesAreMalformed()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        QByteArray manifest = test::readBagFile(root + u"/manifest-sha256.txt"_s);
        manifest += manifest.left(manifest.indexOf('\n') + 1);
        QVERIFY(test::writeBagFile(root + u"/manifest-sha256.txt"_s, manifest));
        QVERIFY(test::rehashBagTagManifest(root) && test::signBag(root, m_key));
        auto v = evidence::verifyBag(root, trusting());
        QVERIFY(v.ok());
        QCOMPARE(v->problems.size(), 1);
        QCOMPARE(v->problems.first().kind, Kind::Malformed);
    }

    void missingSignaturesAndKey()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        for (const QString& file : {kSig, kSshsig, kSigners})
            QVERIFY(QFile::remove(root + u'/' + file));
        auto v = evidence::verifyBag(root, trusting());
        QVERIFY(v.ok());
        QCOMPARE(found(*v), (QStringList{u"Missing "_s + kSigners, u"Missing "_s + kSig,
                                         u"Missing "_s + kSshsig}));
        QVERIFY(!v->signatureValid);
        QVERIFY(QFile::remove(root + u'/' + kPem));
        v = evidence::verifyBag(root, trusting());
        QVERIFY(v.ok());
        QVERIFY(found(*v).contains(u"Missing "_s + kPem));
        QVERIFY(!v->keyTrusted);
    }

    void cancelled()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        evidence::BagVerifyOptions options = trusting();
        options.cancelled = [] { return true; };
        auto v = evidence::verifyBag(root, options);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::Cancelled);
    }

    void notAFolder()
    {
        auto missing = evidence::verifyBag(m_dir.filePath(u"no-such-package"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(test::writeBagFile(m_dir.filePath(u"a-file"_s), "x"));
        auto file = evidence::verifyBag(m_dir.filePath(u"a-file"_s));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::Invalid);
    }

    void describedForPeople()
    {
        const evidence::BagProblem p{Kind::Altered, u"data/images/12-plate.jpg"_s,
                                     u"SHA-256 differs from manifest-sha256.txt"_s};
        QCOMPARE(evidence::describe(p),
                 u"altered: data/images/12-plate.jpg (SHA-256 differs from manifest-sha256.txt)"_s);
        const evidence::BagProblem odd{Kind::Added, u"data/a\nb"_s, u"No manifest lists it."_s};
        QCOMPARE(evidence::describe(odd), u"added: data/a\\nb (No manifest lists it.)"_s);
    }
};

QTEST_GUILESS_MAIN(TestBagVerifier)
#include "tst_bagverifier.moc"
