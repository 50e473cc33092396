// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Checking an evidence package (a BagIt 1.0 bag, RFC 8493, signed by the
// agency's Ed25519 key) with nothing but the folder: no store, no sign-in.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace alpr::evidence {

// The tag files of a package, in its top folder.
inline constexpr char kBagitFile[] = "bagit.txt";
inline constexpr char kBagInfoFile[] = "bag-info.txt";
inline constexpr char kTagManifestFile[] = "tagmanifest-sha256.txt";
inline constexpr char kSignatureFile[] = "tagmanifest-sha256.txt.sig";
inline constexpr char kSshSignatureFile[] = "tagmanifest-sha256.txt.sshsig";
inline constexpr char kPublicKeyFile[] = "agency-signing-key.pub.pem";
inline constexpr char kAllowedSignersFile[] = "allowed_signers";

// Limits on what the verifier reads into memory.
inline constexpr qint64 kMaxManifestBytes = 64LL * 1024 * 1024;
inline constexpr qsizetype kMaxManifestLineBytes = 64 * 1024;

// One thing wrong with a package.
struct BagProblem
{
    enum class Kind
    {
        Altered,      // a file's digest (or the payload's size) differs from what was signed
        Missing,      // a listed or required file is not there
        Added,        // a file is there that no manifest lists
        Unsafe,       // a symbolic link, a special file, a name that is not UTF-8, a path that
                      // leaves the bag: never opened
        Malformed,    // a tag file that does not follow RFC 8493
        BadSignature, // a signature that does not verify, or names another key
        UnknownKey,   // signed by a key the user has not said to trust
    };
    Kind kind;
    QString file;   // relative path in the bag, "/"-separated (bytes that are not
                    // UTF-8 written as \xNN); or empty
    QString detail; // a translated sentence
};

struct BagVerifyOptions
{
    // Raw 32-byte Ed25519 public keys the user trusts (from --key PEM files,
    // or the store's evidence keys).
    QList<QByteArray> trustedKeys;
    // A fingerprint the user trusts: hex, any case, spaces and colons allowed;
    // compared with crypto::fingerprint() of the package's key.
    QString trustedFingerprint;
    std::function<bool()> cancelled;                         // optional; checked between blocks
    std::function<void(qint64 done, qint64 total)> progress; // optional; payload bytes hashed
};

struct BagVerification
{
    QList<BagProblem> problems;     // every problem found, not just the first
    QByteArray signingKey;          // the package's key (from the .pem), raw, if it parsed
    QString keyFingerprint;         // crypto::fingerprint(signingKey)
    bool signatureValid = false;    // the raw .sig verifies under signingKey
    bool sshSignatureValid = false; // the .sshsig verifies, made with signingKey
    bool keyTrusted = false;        // signingKey is trusted (BagVerifyOptions)
    qint64 payloadFiles = 0;        // regular files under data/
    qint64 payloadBytes = 0;
    QList<QPair<QString, QString>> bagInfo; // bag-info.txt's labels and values, in order

    bool ok() const
    {
        return problems.isEmpty() && signatureValid && sshSignatureValid && keyTrusted;
    }
    // The value of the first bag-info.txt label of that name (case-insensitive).
    QString info(const QString& label) const;
};

// Checks the package in directory: bagit.txt, bag-info.txt (Payload-Oxum),
// every manifest and tag manifest against the files (each payload file read
// once for all its digests), no file added, nothing unsafe (links are never
// followed, special files never opened), the signatures and whether the key
// is trusted. An error only when directory is not a readable directory, or
// when cancelled; everything else is a problem in the result.
Result<BagVerification> verifyBag(const QString& directory, const BagVerifyOptions& options = {});

// "altered: data/images/12-plate.jpg (SHA-256 differs from manifest-sha256.txt)";
// control characters in the file name written out.
QString describe(const BagProblem& problem);

// A fingerprint as typed (any case, spaces or colons) as the 64 lower-case
// hex digits; empty when it is not 64 hex digits.
QString normalizedFingerprint(const QString& text);

} // namespace alpr::evidence
