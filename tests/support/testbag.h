// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// A small evidence package (BagIt 1.0, signed) written the way the exporter
// writes one, with hashes from QCryptographicHash, for the verifier's tests.

#include "common/crypto.h"
#include "evidence/bagverifier.h"
#include "evidence/sshsig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>

namespace alpr::test {

struct TestBagOptions
{
    QByteArray extraManifestLine; // appended to both payload manifests, e.g. "<hex>  ../etc/passwd"
    QString payloadOxum;          // instead of the true one
};

inline bool writeBagFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readBagFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "<hex>  path\n" for each path, sorted by path.
inline QByteArray bagManifest(const QString& root, const QStringList& paths,
                              QCryptographicHash::Algorithm algorithm)
{
    QStringList sorted = paths;
    sorted.sort();
    QByteArray out;
    for (const QString& path : sorted)
        out += QCryptographicHash::hash(readBagFile(root + u'/' + path), algorithm).toHex() + "  " +
               path.toUtf8() + '\n';
    return out;
}

inline const QStringList& bagTagFiles()
{
    static const QStringList files{QStringLiteral("bagit.txt"),
                                   QStringLiteral("bag-info.txt"),
                                   QStringLiteral("manifest-sha256.txt"),
                                   QStringLiteral("manifest-sha512.txt"),
                                   QStringLiteral("VERIFY.txt"),
                                   QString::fromLatin1(evidence::kPublicKeyFile),
                                   QString::fromLatin1(evidence::kAllowedSignersFile)};
    return files;
}

// Writes tagmanifest-sha256.txt over the tag files as they are now.
inline bool rehashBagTagManifest(const QString& root)
{
    return writeBagFile(root + QStringLiteral("/tagmanifest-sha256.txt"),
                        bagManifest(root, bagTagFiles(), QCryptographicHash::Sha256));
}

// Signs tagmanifest-sha256.txt as it is now: .sig and .sshsig.
inline bool signBag(const QString& root, const crypto::KeyPair& key)
{
    const QByteArray tagManifest = readBagFile(root + QStringLiteral("/tagmanifest-sha256.txt"));
    auto signature = crypto::ed25519Sign(key.privateKey, tagManifest);
    auto sshsig = evidence::sshsigSign(key.privateKey, tagManifest,
                                       QLatin1String(evidence::kEvidenceSignatureNamespace));
    return signature.ok() && sshsig.ok() &&
           writeBagFile(root + u'/' + QLatin1String(evidence::kSignatureFile), *signature) &&
           writeBagFile(root + u'/' + QLatin1String(evidence::kSshSignatureFile), *sshsig);
}

// The payload files writeTestBag() writes, relative to the bag.
inline QMap<QString, QByteArray> testBagPayload()
{
    QByteArray jpeg("\xff\xd8\xff\xe0 plate image 12 ");
    jpeg += QByteArray(3000, 'x');
    jpeg += "\xff\xd9";
    QByteArray pdf("%PDF-1.7\n% report\n");
    pdf += QByteArray(2000, 'p');
    return {
        {QStringLiteral("data/reads.csv"),
         "id,plate,state,captured_at\n12,7ABC123,CA,2026-12-05T10:00:00Z\n13,8XYZ987,CA,"
         "2026-12-05T10:05:00Z\n"},
        {QStringLiteral("data/reads.json"), "[{\"id\":12},{\"id\":13}]\n"},
        {QStringLiteral("data/report.pdf"), pdf},
        {QStringLiteral("data/custody.csv"), "at,who,what\n2026-12-05T11:00:00Z,admin,export\n"},
        {QStringLiteral("data/audit-extract.jsonl"), "{\"seq\":1}\n{\"seq\":2}\n"},
        {QStringLiteral("data/images/12-plate.jpg"), jpeg},
        {QStringLiteral("data/images/13-plate.jpg"), jpeg + "13"},
    };
}

// A complete, valid package in root (which must exist), signed with key.
inline bool writeTestBag(const QString& root, const crypto::KeyPair& key,
                         const TestBagOptions& options = {})
{
    const QMap<QString, QByteArray> payload = testBagPayload();
    qint64 bytes = 0;
    for (auto it = payload.cbegin(); it != payload.cend(); ++it) {
        if (!writeBagFile(root + u'/' + it.key(), it.value()))
            return false;
        bytes += it.value().size();
    }
    const QString oxum = options.payloadOxum.isEmpty()
                             ? QStringLiteral("%1.%2").arg(bytes).arg(payload.size())
                             : options.payloadOxum;
    const QString fingerprint = crypto::fingerprint(key.publicKey);
    const QByteArray bagInfo = "Source-Organization: Test Police Department\n"
                               "External-Identifier: ev-20261205-3f9a2c1b\n"
                               "Bagging-Date: 2026-12-05\n"
                               "Payload-Oxum: " +
                               oxum.toUtf8() +
                               "\n"
                               "Agency-Key-Fingerprint: " +
                               fingerprint.toUtf8() +
                               "\n"
                               "Internal-Sender-Description: Reads for case 26-004211,\n"
                               "  exported for the district attorney.\n";
    QByteArray sha256 = bagManifest(root, payload.keys(), QCryptographicHash::Sha256);
    QByteArray sha512 = bagManifest(root, payload.keys(), QCryptographicHash::Sha512);
    if (!options.extraManifestLine.isEmpty()) {
        sha256 += options.extraManifestLine + '\n';
        sha512 += QByteArray(128, 'a') + options.extraManifestLine.mid(64) + '\n';
    }
    return writeBagFile(root + QStringLiteral("/bagit.txt"),
                        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n") &&
           writeBagFile(root + QStringLiteral("/bag-info.txt"), bagInfo) &&
           writeBagFile(root + QStringLiteral("/manifest-sha256.txt"), sha256) &&
           writeBagFile(root + QStringLiteral("/manifest-sha512.txt"), sha512) &&
           writeBagFile(root + QStringLiteral("/VERIFY.txt"),
                        "Check this package with: alprctl evidence verify DIR --fingerprint "
                        "F\n") &&
           writeBagFile(root + u'/' + QLatin1String(evidence::kPublicKeyFile),
                        crypto::ed25519PublicKeyPem(key.publicKey)) &&
           writeBagFile(
               root + u'/' + QLatin1String(evidence::kAllowedSignersFile),
               evidence::allowedSignersLine(QStringLiteral("evidence@test-pd"), key.publicKey)) &&
           rehashBagTagManifest(root) && signBag(root, key);
}

} // namespace alpr::test
