// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl evidence verify through the real binary, with no store and no
// sign-in: a valid package, a flipped byte, an unknown key, a hostile folder.
#include "../support/clirunner.h"
#include "../support/testbag.h"

#include "common/crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {
using Run = alpr::test::CliRun;
} // namespace

class TestEvidenceVerify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::KeyPair m_key;
    QString m_fingerprint;
    int m_bags = 0;

    QString freshBag()
    {
        const QString root = m_dir.filePath(u"ev-20261205-%1"_s.arg(++m_bags));
        if (!QDir().mkpath(root) || !test::writeTestBag(root, m_key))
            return {};
        return root;
    }

    // No store is given (the one $ALPR_STORE names does not exist): a
    // command that opened one or signed in would fail.
    static Run verify(const QStringList& args)
    {
        return test::runAlprctl(QStringList{u"evidence"_s, u"verify"_s} + args,
                                {{u"ALPR_STORE"_s, u"/nonexistent/store.alprdb"_s}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = crypto::generateEd25519();
        m_fingerprint = crypto::fingerprint(m_key.publicKey);
    }

    void validPackageWithFingerprintIsVerified()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        const Run r = verify({root, u"--fingerprint"_s, m_fingerprint.toUpper()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Package ev-20261205-3f9a2c1b: 7 payload files"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"signature by key %1: valid; key trusted"_s.arg(m_fingerprint)),
                 qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(u"\nVERIFIED"_s));
    }

    void validPackageWithKeyFileAndJson()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        const QString pem = m_dir.filePath(u"agency.pem"_s);
        QVERIFY(test::writeBagFile(pem, crypto::ed25519PublicKeyPem(m_key.publicKey)));
        const Run r = verify({root, u"--key"_s, pem, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"verified"_s).toBool(), true);
        QCOMPARE(o.value(u"key_fingerprint"_s).toString(), m_fingerprint);
        QCOMPARE(o.value(u"payload_files"_s).toInt(), 7);
        QVERIFY(o.value(u"problems"_s).toArray().isEmpty());
    }

    void flippedByteIsNamed()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        QByteArray csv = test::readBagFile(root + u"/data/reads.csv"_s);
        csv[20] = char(csv[20] ^ 0x01);
        QVERIFY(test::writeBagFile(root + u"/data/reads.csv"_s, csv));
        const Run r = verify({root, u"--fingerprint"_s, m_fingerprint});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"altered: data/reads.csv (SHA-256 differs"_s), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(u"NOT VERIFIED"_s));

        const Run json = verify({root, u"--fingerprint"_s, m_fingerprint, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray problems = json.json().value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[u"kind"_s].toString(), u"altered"_s);
        QCOMPARE(problems.first()[u"file"_s].toString(), u"data/reads.csv"_s);
    }

    void withoutAKeyTheFingerprintIsShown()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        const Run r = verify({root});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"unknown key"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(m_fingerprint), qPrintable(r.out));
        QVERIFY(r.out.contains(u"valid; key NOT TRUSTED"_s));
        QVERIFY(r.out.trimmed().endsWith(u"NOT VERIFIED"_s));
    }

    void hostileFolderIsRefusedWithoutACrash()
    {
        const QString root = freshBag();
        QVERIFY(!root.isEmpty());
        const QString image = root + u"/data/images/12-plate.jpg"_s;
        QVERIFY(QFile::remove(image));
        QVERIFY(::symlink("/etc/passwd", QFile::encodeName(image).constData()) == 0);
        const Run r = verify({root, u"--fingerprint"_s, m_fingerprint});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"unsafe: data/images/12-plate.jpg"_s), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(u"NOT VERIFIED"_s));
    }

    void usageAndKeyFileErrors()
    {
        QCOMPARE(verify({}).exitCode, 2);
        QCOMPARE(verify({m_dir.path(), u"--fingerprint"_s, u"12ab"_s}).exitCode, 2);
        QCOMPARE(test::runAlprctl({u"evidence"_s, u"frobnicate"_s}).exitCode, 2);
        const Run noKey = verify({m_dir.path(), u"--key"_s, m_dir.filePath(u"no-such-key.pem"_s)});
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.err.contains(u"no-such-key.pem"_s), qPrintable(noKey.err));
        const Run noFolder = verify({m_dir.filePath(u"no-such-package"_s)});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY2(noFolder.err.contains(u"no-such-package"_s), qPrintable(noFolder.err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceVerify)
#include "tst_evidenceverify.moc"
