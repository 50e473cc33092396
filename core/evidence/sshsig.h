// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// OpenSSH signatures (PROTOCOL.sshsig) with Ed25519 keys, so that anyone can
// check an evidence package with the stock `ssh-keygen -Y verify`, and the
// allowed_signers line that goes with them.

#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>
#include <QString>

namespace alpr::evidence {

// The namespace evidence packages are signed in.
inline constexpr char kEvidenceSignatureNamespace[] = "alpr-evidence";
// An armored signature larger than this is refused before it is parsed.
inline constexpr qsizetype kMaxSshsigSize = 64 * 1024;

// The SSH wire form of an Ed25519 public key (32 raw bytes): string
// "ssh-ed25519", string key; each string a big-endian uint32 length and the
// bytes.
QByteArray sshEd25519PublicBlob(const QByteArray& publicKey);

// One line of an OpenSSH allowed_signers file naming the key for
// kEvidenceSignatureNamespace:
//   principal namespaces="alpr-evidence" ssh-ed25519 BASE64\n
// ssh-keygen reads the principal as a comma-separated list of patterns, so
// the principal is cleaned, not refused: every character that would end it
// or change its meaning (white space, control characters, ',', '"', '\'',
// '*', '?', '!', '#', '\\') becomes '_'; an empty principal becomes
// "evidence".
QByteArray allowedSignersLine(const QString& principal, const QByteArray& publicKey);

// The armored SSHSIG ("-----BEGIN SSH SIGNATURE-----", base64 in lines of 70
// characters) of message under an Ed25519 private key (32 raw bytes), with
// the SHA-512 of the message signed. Invalid for a key of the wrong length or
// an empty namespace.
Result<QByteArray> sshsigSign(const SecureBytes& ed25519Private, const QByteArray& message,
                              const QString& nameSpace);
// The same in two halves, for a signer that holds the key elsewhere (the
// department store's server): what the Ed25519 signature covers (SHA-512 of
// message), and the armored SSHSIG around that signature.
QByteArray sshsigSignedData(const QByteArray& message, const QString& nameSpace);
QByteArray sshsigArmor(const QByteArray& publicKey, const QByteArray& signature,
                       const QString& nameSpace);

// The signer's raw 32-byte Ed25519 public key when armored is a valid SSHSIG
// of message in nameSpace (hash sha512 or sha256). Invalid when the text is
// not a signature this accepts (armor, magic, version, key type, hash,
// namespace, sizes; over kMaxSshsigSize); Crypto when the signature does not
// verify. Safe on any input: every length is checked before it is used.
Result<QByteArray> sshsigVerify(const QByteArray& armored, const QByteArray& message,
                                const QString& nameSpace);

} // namespace alpr::evidence
