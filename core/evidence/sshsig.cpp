// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/sshsig.h"

#include "common/crypto.h"
#include "common/textinput.h"

#include <QCoreApplication>

#include <optional>

namespace alpr::evidence {

namespace {

const char kMagic[] = "SSHSIG";
const char kKeyType[] = "ssh-ed25519";
const char kArmorBegin[] = "-----BEGIN SSH SIGNATURE-----";
const char kArmorEnd[] = "-----END SSH SIGNATURE-----";
constexpr quint32 kVersion = 1;
constexpr qsizetype kArmorColumns = 70;

// The translators' context of this file's messages.
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Evidence)
};

void putUint32(QByteArray& out, quint32 value)
{
    out += char((value >> 24) & 0xff);
    out += char((value >> 16) & 0xff);
    out += char((value >> 8) & 0xff);
    out += char(value & 0xff);
}

void putString(QByteArray& out, const QByteArray& bytes)
{
    putUint32(out, quint32(bytes.size()));
    out += bytes;
}

QByteArray sshString(const QByteArray& bytes)
{
    QByteArray out;
    putString(out, bytes);
    return out;
}

// Reads SSH wire values from a buffer, never past its end.
class WireReader
{
public:
    explicit WireReader(const QByteArray& data) : m_data(data) {}

    std::optional<quint32> uint32()
    {
        if (m_data.size() - m_offset < 4)
            return std::nullopt;
        const auto* p = reinterpret_cast<const unsigned char*>(m_data.constData() + m_offset);
        m_offset += 4;
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }
    std::optional<QByteArray> string()
    {
        const auto length = uint32();
        if (!length || qint64(*length) > qint64(m_data.size() - m_offset))
            return std::nullopt;
        QByteArray out = m_data.mid(m_offset, qsizetype(*length));
        m_offset += qsizetype(*length);
        return out;
    }
    std::optional<QByteArray> raw(qsizetype size)
    {
        if (m_data.size() - m_offset < size)
            return std::nullopt;
        QByteArray out = m_data.mid(m_offset, size);
        m_offset += size;
        return out;
    }
    bool atEnd() const { return m_offset == m_data.size(); }

private:
    const QByteArray& m_data;
    qsizetype m_offset = 0;
};

QByteArray hashed(const QByteArray& algorithm, const QByteArray& message)
{
    crypto::Digest digest(algorithm == "sha256" ? crypto::Digest::Algorithm::Sha256
                                                : crypto::Digest::Algorithm::Sha512);
    digest.update(message);
    return digest.finish();
}

// What the Ed25519 signature covers (PROTOCOL.sshsig, "Signed Data").
QByteArray signedData(const QByteArray& nameSpace, const QByteArray& reserved,
                      const QByteArray& hashAlgorithm, const QByteArray& messageHash)
{
    QByteArray out(kMagic);
    putString(out, nameSpace);
    putString(out, reserved);
    putString(out, hashAlgorithm);
    putString(out, messageHash);
    return out;
}

Error invalid(const QString& why)
{
    return makeError(ErrorCode::Invalid, Msg::tr("not a valid SSH signature: %1").arg(why));
}

} // namespace

QByteArray sshEd25519PublicBlob(const QByteArray& publicKey)
{
    return sshString(kKeyType) + sshString(publicKey);
}

QByteArray allowedSignersLine(const QString& principal, const QByteArray& publicKey)
{
    QString clean;
    for (const QChar c : principal) {
        const bool bad = c.isSpace() || c.category() == QChar::Other_Control ||
                         c.category() == QChar::Other_Format ||
                         QStringLiteral(",\"'*?!#\\").contains(c);
        clean += bad ? QLatin1Char('_') : c;
    }
    if (clean.isEmpty())
        clean = QStringLiteral("evidence");
    return clean.toUtf8() + " namespaces=\"" + kEvidenceSignatureNamespace + "\" " + kKeyType +
           ' ' + sshEd25519PublicBlob(publicKey).toBase64() + '\n';
}

QByteArray sshsigSignedData(const QByteArray& message, const QString& nameSpace)
{
    const QByteArray algorithm("sha512");
    return signedData(nameSpace.toUtf8(), {}, algorithm, hashed(algorithm, message));
}

QByteArray sshsigArmor(const QByteArray& publicKey, const QByteArray& signature,
                       const QString& nameSpace)
{
    QByteArray blob(kMagic);
    putUint32(blob, kVersion);
    putString(blob, sshEd25519PublicBlob(publicKey));
    putString(blob, nameSpace.toUtf8());
    putString(blob, {});
    putString(blob, QByteArray("sha512"));
    putString(blob, sshString(kKeyType) + sshString(signature));

    const QByteArray base64 = blob.toBase64();
    QByteArray out = QByteArray(kArmorBegin) + '\n';
    for (qsizetype i = 0; i < base64.size(); i += kArmorColumns)
        out += base64.mid(i, kArmorColumns) + '\n';
    out += QByteArray(kArmorEnd) + '\n';
    return out;
}

Result<QByteArray> sshsigSign(const SecureBytes& ed25519Private, const QByteArray& message,
                              const QString& nameSpace)
{
    if (nameSpace.isEmpty())
        return makeError(ErrorCode::Invalid, Msg::tr("an SSH signature needs a namespace"));
    auto publicKey = crypto::ed25519PublicKey(ed25519Private);
    if (!publicKey)
        return publicKey.error();
    auto signature = crypto::ed25519Sign(ed25519Private, sshsigSignedData(message, nameSpace));
    if (!signature)
        return signature.error();
    return sshsigArmor(publicKey.value(), signature.value(), nameSpace);
}

Result<QByteArray> sshsigVerify(const QByteArray& armored, const QByteArray& message,
                                const QString& nameSpace)
{
    if (armored.size() > kMaxSshsigSize)
        return invalid(Msg::tr("larger than %1 bytes").arg(kMaxSshsigSize));
    const QByteArray text = armored.trimmed();
    if (!text.startsWith(kArmorBegin) || !text.endsWith(kArmorEnd))
        return invalid(Msg::tr("no %1 ... %2 armor")
                           .arg(QLatin1String(kArmorBegin), QLatin1String(kArmorEnd)));
    QByteArray body = text.mid(qsizetype(sizeof kArmorBegin) - 1);
    body.chop(qsizetype(sizeof kArmorEnd) - 1);
    body = body.simplified().replace(' ', QByteArray());
    const auto decoded =
        QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(Msg::tr("the armor does not hold base64"));
    const QByteArray& blob = decoded.decoded;

    WireReader reader(blob);
    if (reader.raw(qsizetype(sizeof kMagic) - 1) != QByteArray(kMagic))
        return invalid(Msg::tr("no SSHSIG magic"));
    const auto version = reader.uint32();
    if (!version || *version != kVersion)
        return invalid(Msg::tr("not version 1"));
    const auto keyBlob = reader.string();
    const auto ns = reader.string();
    const auto reserved = reader.string();
    const auto algorithm = reader.string();
    const auto signatureBlob = reader.string();
    if (!keyBlob || !ns || !reserved || !algorithm || !signatureBlob || !reader.atEnd())
        return invalid(Msg::tr("truncated or with bytes left over"));

    WireReader keyReader(*keyBlob);
    const auto keyType = keyReader.string();
    const auto publicKey = keyReader.string();
    if (!keyType || *keyType != kKeyType || !publicKey ||
        publicKey->size() != crypto::kCurve25519KeyLength || !keyReader.atEnd())
        return invalid(Msg::tr("the key is not an %1 key").arg(QLatin1String(kKeyType)));
    if (*ns != nameSpace.toUtf8())
        return invalid(Msg::tr("made for the namespace \"%1\", not \"%2\"")
                           .arg(escapeControls(QString::fromUtf8(*ns)), nameSpace));
    if (*algorithm != "sha512" && *algorithm != "sha256")
        return invalid(Msg::tr("the hash algorithm is neither sha512 nor sha256"));

    WireReader signatureReader(*signatureBlob);
    const auto signatureType = signatureReader.string();
    const auto signature = signatureReader.string();
    if (!signatureType || *signatureType != kKeyType || !signature ||
        signature->size() != crypto::kEd25519SignatureLength || !signatureReader.atEnd())
        return invalid(
            Msg::tr("the signature is not an %1 signature").arg(QLatin1String(kKeyType)));

    if (!crypto::ed25519Verify(*publicKey,
                               signedData(*ns, *reserved, *algorithm, hashed(*algorithm, message)),
                               *signature))
        return makeError(ErrorCode::Crypto,
                         Msg::tr("the SSH signature does not match the signed file and its key"));
    return *publicKey;
}

} // namespace alpr::evidence
