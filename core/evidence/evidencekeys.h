// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"
#include "store/evidencerepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

class Session;

// An evidence signing key as people see it.
struct EvidenceKeyInfo
{
    EvidenceKey key;
    QString fingerprint;    // crypto::fingerprint of the public half
    bool certified = false; // the agency root key's certificate verifies
    QStringList holders;    // the users it is sealed to
};

// The Ed25519 keys that sign evidence packages (issue 16). Each is certified
// by the agency's root key (so only an administrator makes one) and its
// private half is sealed to the X25519 key of each records clerk (the users
// whose roles may export), never to anyone else and never readable with the
// database key alone, which every user holds. A new clerk receives the key
// from a clerk who holds it, at that clerk's next sign-in.
class EvidenceKeys final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::EvidenceKeys)

public:
    explicit EvidenceKeys(Session& session) : m_session(session) {}

    // After each sign-in, by the GUI and the CLI alike; the sign-in goes on
    // whatever it returns. An administrator makes the first key once a
    // records clerk exists (and a new one when no active clerk holds the
    // current key any more); a clerk who holds the current key seals it to
    // each active clerk who does not. Each is recorded ("evidence-key-created",
    // "evidence-key-granted").
    Result<void> maintain();
    // Administrators: a new key for the packages from now on; the old one is
    // retired and kept, so that older packages still verify.
    Result<EvidenceKeyInfo> rotate();
    // Every key, oldest first; anyone signed in.
    Result<QList<EvidenceKeyInfo>> keys();
    // The agency root key's fingerprint (empty before signing started).
    QString rootFingerprint() const;

    struct Signer
    {
        EvidenceKey key;
        SecureBytes privateKey;
    };
    // The key that signs now, opened with the signed-in user's own key.
    // Denied, saying why, for a user it is not sealed to.
    Result<Signer> signer();

    // The bytes the root key signs to certify an evidence key.
    static QByteArray certificateMessage(const QByteArray& publicKey);

private:
    Result<EvidenceKeyInfo> create(const QString& reason);
    // Active users who may export, with their sealing keys from the slot file.
    Result<QList<QPair<QString, QByteArray>>> clerks() const;
    QByteArray grantAad(const EvidenceKey& key, const QString& username) const;
    Result<EvidenceKeyGrant> seal(const EvidenceKey& key, const SecureBytes& privateKey,
                                  const QString& username, const QByteArray& sealingPublic);

    Session& m_session;
};

} // namespace alpr
