// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl evidence verify: checks an evidence package (a signed BagIt
// folder) with no store and no sign-in, as a court's expert or the defense
// would.

#include "cli.h"
#include "terminal.h"

#include "common/crypto.h"
#include "common/textinput.h"
#include "evidence/bagverifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace alpr::cli {

namespace {

// A --key PEM file is an Ed25519 public key, not a secret: a few KB at most.
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString kindWord(evidence::BagProblem::Kind kind)
{
    using Kind = evidence::BagProblem::Kind;
    switch (kind) {
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Unsafe:
        return QStringLiteral("unsafe");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::BadSignature:
        return QStringLiteral("bad-signature");
    case Kind::UnknownKey:
        return QStringLiteral("unknown-key");
    }
    return {};
}

int cmdEvidenceVerify(Options& o)
{
    const QString directory = o.positional.value(2);
    if (directory.isEmpty() || o.positional.size() > 3)
        return usage(QStringLiteral("evidence verify takes the package's folder: alprctl "
                                    "evidence verify DIR [--key PUBKEY.pem]... [--fingerprint "
                                    "HEX]"));
    evidence::BagVerifyOptions options;
    if (o.isSet("fingerprint")) {
        options.trustedFingerprint = evidence::normalizedFingerprint(o.value("fingerprint"));
        if (options.trustedFingerprint.isEmpty())
            return usage(QStringLiteral("--fingerprint takes the 64 hexadecimal digits of the "
                                        "agency's key fingerprint (spaces or colons allowed), "
                                        "not \"%1\"")
                             .arg(escapeControls(o.value("fingerprint"))));
    }
    for (const QString& path : o.values("key")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                makeError(ErrorCode::Io, QStringLiteral("cannot read the key file %1: %2")
                                             .arg(escapeControls(path), file.errorString())));
        const QByteArray pem = file.read(kMaxKeyFileBytes + 1);
        auto key = crypto::ed25519PublicKeyFromPem(pem);
        if (!key)
            return fail(
                makeError(ErrorCode::Invalid, QStringLiteral("the key file %1: %2")
                                                  .arg(escapeControls(path), key.error().message)));
        options.trustedKeys.append(key.value());
    }

    auto verified = evidence::verifyBag(directory, options);
    if (!verified)
        return fail(verified.error());
    const evidence::BagVerification& v = verified.value();
    QString package = v.info(QStringLiteral("External-Identifier"));
    if (package.isEmpty())
        package = QFileInfo(QDir::cleanPath(QDir(directory).absolutePath())).fileName();
    const bool signatureValid = v.signatureValid && v.sshSignatureValid;

    if (o.isSet("json")) {
        QJsonArray problems;
        for (const evidence::BagProblem& p : v.problems)
            problems.append(QJsonObject{{QStringLiteral("kind"), kindWord(p.kind)},
                                        {QStringLiteral("file"), p.file},
                                        {QStringLiteral("detail"), p.detail}});
        QJsonArray bagInfo;
        for (const auto& [label, value] : v.bagInfo)
            bagInfo.append(
                QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        printOut(
            toJsonText(QJsonObject{{QStringLiteral("package"), package},
                                   {QStringLiteral("verified"), v.ok()},
                                   {QStringLiteral("payload_files"), v.payloadFiles},
                                   {QStringLiteral("payload_bytes"), v.payloadBytes},
                                   {QStringLiteral("key_fingerprint"), v.keyFingerprint},
                                   {QStringLiteral("signature_valid"), v.signatureValid},
                                   {QStringLiteral("ssh_signature_valid"), v.sshSignatureValid},
                                   {QStringLiteral("key_trusted"), v.keyTrusted},
                                   {QStringLiteral("problems"), problems},
                                   {QStringLiteral("bag_info"), bagInfo}}));
        return v.ok() ? ExitOk : ExitError;
    }

    for (const evidence::BagProblem& p : v.problems)
        printOut(evidence::describe(p));
    printOut(QStringLiteral("Package %1: %2 payload files, %3 bytes; signature by key %4: %5; "
                            "key %6")
                 .arg(escapeControls(package))
                 .arg(v.payloadFiles)
                 .arg(v.payloadBytes)
                 .arg(v.keyFingerprint.isEmpty() ? QStringLiteral("(none)") : v.keyFingerprint,
                      signatureValid ? QStringLiteral("valid") : QStringLiteral("INVALID"),
                      v.keyTrusted ? QStringLiteral("trusted") : QStringLiteral("NOT TRUSTED")));
    printOut(v.ok() ? QStringLiteral("VERIFIED") : QStringLiteral("NOT VERIFIED"));
    return v.ok() ? ExitOk : ExitError;
}

int cmdEvidence(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("verify"))
        return cmdEvidenceVerify(o);
    return usage(QStringLiteral("evidence takes verify"));
}

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {"evidence",
         "evidence verify DIR [--key PUBKEY.pem]... [--fingerprint HEX] [--json]\n"
         "                                     checks an evidence package: every file, the\n"
         "                                     signatures, and that the key is the agency's\n"
         "                                     (no store, no sign-in)",
         {{QStringLiteral("key"),
           QStringLiteral("A trusted Ed25519 public key, PEM (repeat for several)."),
           QStringLiteral("PUBKEY.pem")},
          {QStringLiteral("fingerprint"),
           QStringLiteral("A trusted key's fingerprint, as printed."), QStringLiteral("F")}},
         cmdEvidence},
    };
}

} // namespace alpr::cli
