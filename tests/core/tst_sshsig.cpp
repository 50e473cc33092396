// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// OpenSSH signatures (PROTOCOL.sshsig) of evidence packages: our own round
// trip, hostile input refused, and the real ssh-keygen checking ours and
// signing what we check.
#include "common/crypto.h"
#include "evidence/sshsig.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {

const QString kNamespace = QString::fromLatin1(evidence::kEvidenceSignatureNamespace);

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The binary blob inside an armored signature, and back.
QByteArray unarmor(const QByteArray& armored)
{
    QList<QByteArray> lines = armored.trimmed().split('\n');
    lines.removeFirst();
    lines.removeLast();
    return QByteArray::fromBase64(lines.join());
}

QByteArray armor(const QByteArray& blob)
{
    return "-----BEGIN SSH SIGNATURE-----\n" + blob.toBase64() + "\n-----END SSH SIGNATURE-----\n";
}

struct Ran
{
    int exitCode = -1;
    QByteArray out;
};

Ran run(const QStringList& args, const QString& stdinFile = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(stdinFile.isEmpty() ? QProcess::nullDevice() : stdinFile);
    p.start(QStandardPaths::findExecutable(u"ssh-keygen"_s), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit)
        return {-1, p.readAll()};
    return {p.exitCode(), p.readAll()};
}

} // namespace

class TestSshsig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A dependency, like openssl: the interoperability tests fail, not skip, without it.
        QVERIFY2(!QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty(),
                 "ssh-keygen (openssh-client) is not installed");
    }

    void wireFormatOfThePublicKey()
    {
        const QByteArray key(32, '\x07');
        const QByteArray blob = evidence::sshEd25519PublicBlob(key);
        QCOMPARE(blob, QByteArray::fromHex("0000000b") + "ssh-ed25519" +
                           QByteArray::fromHex("00000020") + key);
        QCOMPARE(evidence::allowedSignersLine(u"evidence@pd"_s, key),
                 "evidence@pd namespaces=\"alpr-evidence\" ssh-ed25519 " + blob.toBase64() + '\n');
    }

    void allowedSignersPrincipalIsCleaned()
    {
        const QByteArray key(32, '\x01');
        QVERIFY(evidence::allowedSignersLine(u"a b,c\"d*e\nf"_s, key).startsWith("a_b_c_d_e_f "));
        QVERIFY(evidence::allowedSignersLine(QString(), key).startsWith("evidence "));
    }

    void roundTrip()
    {
        const crypto::KeyPair key = crypto::generateEd25519();
        const QByteArray message("the tag manifest\n");
        auto armored = evidence::sshsigSign(key.privateKey, message, kNamespace);
        QVERIFY(armored.ok());
        QVERIFY(armored->startsWith("-----BEGIN SSH SIGNATURE-----\n"));
        QVERIFY(armored->endsWith("\n-----END SSH SIGNATURE-----\n"));
        for (const QByteArray& line : armored->split('\n'))
            QVERIFY(line.size() <= 70 || line.startsWith("-----"));
        QVERIFY(unarmor(*armored).startsWith("SSHSIG"));
        auto signer = evidence::sshsigVerify(*armored, message, kNamespace);
        QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
        QCOMPARE(signer.value(), key.publicKey);
        QVERIFY(!evidence::sshsigSign(key.privateKey, message, QString()).ok());
        QVERIFY(!evidence::sshsigSign(SecureBytes::fromRaw("short", 5), message, kNamespace).ok());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("armored");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("nameSpace");
        QTest::addColumn<int>("code");

        const crypto::KeyPair key = crypto::generateEd25519();
        const QByteArray message("the tag manifest\n");
        const QByteArray good = evidence::sshsigSign(key.privateKey, message, kNamespace).value();
        const QByteArray blob = unarmor(good);
        const int invalid = int(ErrorCode::Invalid);
        const int crypto = int(ErrorCode::Crypto);

        QByteArray flippedSignature = blob;
        flippedSignature[flippedSignature.size() - 1] =
            char(flippedSignature[flippedSignature.size() - 1] ^ 0x01);
        QByteArray flippedKey = blob;
        flippedKey[6 + 4 + 4 + 4 + 11 + 4] = char(flippedKey[6 + 4 + 4 + 4 + 11 + 4] ^ 0x01);
        QByteArray badMagic = blob;
        badMagic[0] = 'X';
        QByteArray badVersion = blob;
        badVersion[9] = 2;
        QByteArray hugeLength = blob;
        hugeLength[10] = '\x7f'; // the public key blob's length
        QByteArray otherHash = blob;
        otherHash.replace("sha512", "sha384");
        QByteArray otherType = blob;
        otherType.replace("ssh-ed25519", "ssh-ed25518");

        QTest::newRow("tampered message")
            << good << QByteArray("the tag manifesT\n") << kNamespace << crypto;
        QTest::newRow("other namespace") << good << message << u"file"_s << invalid;
        QTest::newRow("flipped signature byte")
            << armor(flippedSignature) << message << kNamespace << crypto;
        QTest::newRow("flipped key byte") << armor(flippedKey) << message << kNamespace << crypto;
        QTest::newRow("wrong magic") << armor(badMagic) << message << kNamespace << invalid;
        QTest::newRow("version 2") << armor(badVersion) << message << kNamespace << invalid;
        QTest::newRow("length past the end")
            << armor(hugeLength) << message << kNamespace << invalid;
        QTest::newRow("truncated")
            << armor(blob.left(blob.size() - 10)) << message << kNamespace << invalid;
        QTest::newRow("bytes left over") << armor(blob + "x") << message << kNamespace << invalid;
        QTest::newRow("unsupported hash") << armor(otherHash) << message << kNamespace << invalid;
        QTest::newRow("unsupported key type")
            << armor(otherType) << message << kNamespace << invalid;
        QTest::newRow("no armor") << blob.toBase64() << message << kNamespace << invalid;
        QTest::newRow("not base64")
            << armor("x").replace("eA==", "!!!!") << message << kNamespace << invalid;
        QTest::newRow("empty") << QByteArray() << message << kNamespace << invalid;
        QTest::newRow("over 64 KB")
            << armor(QByteArray(60 * 1024, 'A')) << message << kNamespace << invalid;
    }

    void refused()
    {
        QFETCH(QByteArray, armored);
        QFETCH(QByteArray, message);
        QFETCH(QString, nameSpace);
        QFETCH(int, code);
        auto signer = evidence::sshsigVerify(armored, message, nameSpace);
        QVERIFY(!signer.ok());
        QCOMPARE(int(signer.error().code), code);
        QVERIFY(!signer.error().message.isEmpty());
    }

    void sshKeygenVerifiesOurs()
    {
        const crypto::KeyPair key = crypto::generateEd25519();
        const QString file = m_dir.filePath(u"ours.txt"_s);
        const QString signers = m_dir.filePath(u"ours_allowed_signers"_s);
        const QByteArray message("ba5e  data/reads.csv\n");
        QVERIFY(writeFile(file, message));
        QVERIFY(
            writeFile(signers, evidence::allowedSignersLine(u"evidence@test-pd"_s, key.publicKey)));
        QVERIFY(writeFile(file + u".sshsig"_s,
                          evidence::sshsigSign(key.privateKey, message, kNamespace).value()));
        const QStringList verify{u"-Y"_s, u"verify"_s,           u"-f"_s, signers,
                                 u"-I"_s, u"evidence@test-pd"_s, u"-n"_s, kNamespace,
                                 u"-s"_s, file + u".sshsig"_s};
        const Ran ok = run(verify, file);
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY2(ok.out.contains("Good \"alpr-evidence\" signature"), ok.out.constData());

        const QString tampered = m_dir.filePath(u"ours-tampered.txt"_s);
        QVERIFY(writeFile(tampered, "ba5f  data/reads.csv\n"));
        QVERIFY(run(verify, tampered).exitCode != 0);
        QStringList otherNamespace = verify;
        otherNamespace[7] = u"file"_s;
        QVERIFY(run(otherNamespace, file).exitCode != 0);
    }

    void weVerifySshKeygens()
    {
        const QString keyFile = m_dir.filePath(u"id_ed25519"_s);
        const Ran made = run({u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                              u"test"_s, u"-f"_s, keyFile});
        QVERIFY2(made.exitCode == 0, made.out.constData());
        const QString file = m_dir.filePath(u"theirs.txt"_s);
        const QByteArray message("the tag manifest, signed by ssh-keygen\n");
        QVERIFY(writeFile(file, message));
        const Ran signedIt = run({u"-Y"_s, u"sign"_s, u"-f"_s, keyFile, u"-n"_s, kNamespace, file});
        QVERIFY2(signedIt.exitCode == 0, signedIt.out.constData());
        const QByteArray armored = readFile(file + u".sig"_s);
        QVERIFY(!armored.isEmpty());

        // Their key, from id_ed25519.pub: "ssh-ed25519 BASE64 test".
        const QList<QByteArray> pub = readFile(keyFile + u".pub"_s).trimmed().split(' ');
        QCOMPARE(pub.size(), 3);
        const QByteArray theirBlob = QByteArray::fromBase64(pub[1]);

        auto signer = evidence::sshsigVerify(armored, message, kNamespace);
        QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
        QCOMPARE(evidence::sshEd25519PublicBlob(signer.value()), theirBlob);

        QCOMPARE(int(evidence::sshsigVerify(armored, message + "x", kNamespace).error().code),
                 int(ErrorCode::Crypto));
        QCOMPARE(int(evidence::sshsigVerify(armored, message, u"file"_s).error().code),
                 int(ErrorCode::Invalid));
    }
};

QTEST_GUILESS_MAIN(TestSshsig)
#include "tst_sshsig.moc"
