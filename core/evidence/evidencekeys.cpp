// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/evidencekeys.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "evidence/departmentevidence.h"
#include "store/store.h"
#include "store/trailwriter.h"
#include "store/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace alpr {

namespace {

std::optional<EvidenceKey> currentKey(const QList<EvidenceKey>& keys)
{
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        if (!it->retired())
            return *it;
    return std::nullopt;
}

QString keyObject(const EvidenceKey& key)
{
    return QStringLiteral("evidence-key:%1").arg(key.id);
}

} // namespace

QByteArray EvidenceKeys::certificateMessage(const QByteArray& publicKey)
{
    return QByteArrayLiteral("alpr-evidence-key-v1\n") + publicKey;
}

QString EvidenceKeys::rootFingerprint() const
{
    if (m_session.isDepartment()) {
        QByteArray root;
        if (!departmentevidence::keys(m_session, &root) || root.isEmpty())
            return {};
        return crypto::fingerprint(root);
    }
    auto slots = KeySlotFile::loadForStore(storeOf(m_session).path());
    if (!slots || slots->rootPublic().isEmpty())
        return {};
    return crypto::fingerprint(slots->rootPublic());
}

QByteArray EvidenceKeys::grantAad(const EvidenceKey& key, const QString& username) const
{
    return QByteArrayLiteral("alpr-evidence-key-grant-v1|") + key.publicKey.toHex() + '|' +
           username.toUtf8();
}

Result<QList<QPair<QString, QByteArray>>> EvidenceKeys::clerks() const
{
    Store& store = storeOf(m_session);
    auto users = store.users().list();
    if (!users)
        return users.error();
    auto slots = KeySlotFile::loadForStore(store.path());
    if (!slots)
        return slots.error();
    QList<QPair<QString, QByteArray>> out;
    for (const UserAccount& u : *users) {
        if (!u.active || !rolesAllow(u.roles, Action::Export))
            continue;
        const QByteArray sealing = slots->sealingPublic(u.username);
        if (!sealing.isEmpty())
            out.append({u.username, sealing});
    }
    return out;
}

Result<EvidenceKeyGrant> EvidenceKeys::seal(const EvidenceKey& key, const SecureBytes& privateKey,
                                            const QString& username,
                                            const QByteArray& sealingPublic)
{
    auto box = crypto::sealTo(sealingPublic, privateKey, grantAad(key, username));
    if (!box)
        return box.error();
    EvidenceKeyGrant g;
    g.keyId = key.id;
    g.username = username;
    g.recipient = sealingPublic;
    g.ephemeralPublic = box->ephemeralPublic;
    g.nonce = box->sealed.nonce;
    g.ciphertext = box->sealed.ciphertext;
    g.tag = box->sealed.tag;
    g.grantedBy = m_session.user().username;
    g.grantedAt = m_session.clock().now();
    return g;
}

Result<EvidenceKeyInfo> EvidenceKeys::create(const QString& reason)
{
    if (m_session.m_rootKey.isEmpty())
        return makeError(ErrorCode::Denied,
                         tr("Only an administrator, who holds the agency's root key, can make "
                            "an evidence signing key."));
    auto recipients = clerks();
    if (!recipients)
        return recipients.error();
    if (recipients->isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("No active records clerk can receive an evidence signing key: add "
                            "a user with the records role first."));
    crypto::KeyPair pair = crypto::generateEd25519();
    auto certificate = crypto::ed25519Sign(m_session.m_rootKey, certificateMessage(pair.publicKey));
    if (!certificate)
        return certificate.error();
    EvidenceKey key;
    key.publicKey = pair.publicKey;
    key.certificate = *certificate;
    key.createdBy = m_session.user().username;
    key.createdAt = m_session.clock().now();
    QList<EvidenceKeyGrant> grants;
    QStringList holders;
    for (const auto& [username, sealing] : std::as_const(*recipients)) {
        auto g = seal(key, pair.privateKey, username, sealing);
        if (!g)
            return g.error();
        grants.append(*g);
        holders << username;
    }
    const QString fingerprint = crypto::fingerprint(key.publicKey);
    QJsonObject details{
        {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64())},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("certificate"), QString::fromLatin1(key.certificate.toBase64())},
        {QStringLiteral("root_fingerprint"), rootFingerprint()},
        {QStringLiteral("sealed_to"), QJsonArray::fromStringList(holders)},
        {QStringLiteral("reason"), reason}};
    Store& store = storeOf(m_session);
    auto id = store.evidence().addKey(
        key, grants, trailOf(m_session),
        TrailEntry{m_session.user().username, QStringLiteral("evidence-key-created"),
                   QStringLiteral("evidence-key"), details, QStringLiteral("success")});
    if (!id)
        return id.error();
    key.id = *id;
    return EvidenceKeyInfo{key, fingerprint, true, holders};
}

Result<void> EvidenceKeys::maintain()
{
    // The department store keeps the agency's evidence key on its server,
    // which does not export yet: nothing to hand on here.
    if (m_session.isDepartment())
        return {};
    Store& store = storeOf(m_session);
    auto all = store.evidence().keys();
    if (!all)
        return all.error();
    const std::optional<EvidenceKey> current = currentKey(*all);
    auto recipients = clerks();
    if (!recipients)
        return recipients.error();
    const bool administrator = !m_session.m_rootKey.isEmpty();
    if (!current) {
        if (!administrator || recipients->isEmpty())
            return {};
        auto made = create(QStringLiteral("first"));
        if (!made)
            return made.error();
        return {};
    }
    auto holders = store.evidence().grantees(current->id);
    if (!holders)
        return holders.error();
    QHash<QString, QByteArray> clerkKeys;
    for (const auto& [username, sealing] : std::as_const(*recipients))
        clerkKeys.insert(username, sealing);
    // Someone who may no longer export (a clerk disabled or moved to another
    // role) still holds the key: only a new key takes it from them.
    QStringList formerHolders;
    bool anyCurrentHolder = false;
    for (auto it = holders->cbegin(); it != holders->cend(); ++it) {
        if (!clerkKeys.contains(it.key()))
            formerHolders << it.key();
        else if (clerkKeys.value(it.key()) == it.value())
            anyCurrentHolder = true;
    }
    if (administrator && !recipients->isEmpty() &&
        (!formerHolders.isEmpty() || !anyCurrentHolder)) {
        auto made =
            create(formerHolders.isEmpty() ? QStringLiteral("no active holder")
                                           : QStringLiteral("held by %1, who may no longer export")
                                                 .arg(formerHolders.join(QStringLiteral(", "))));
        if (!made)
            return made.error();
        return {};
    }
    // A clerk who holds the key hands it on to those without it (new
    // clerks, and clerks whose password an administrator reset: their new
    // key cannot open what was sealed to the old one).
    const QString me = m_session.user().username;
    if (holders->value(me) != clerkKeys.value(me) || clerkKeys.value(me).isEmpty())
        return {};
    QList<QPair<QString, QByteArray>> lacking;
    for (const auto& clerk : std::as_const(*recipients))
        if (holders->value(clerk.first) != clerk.second)
            lacking.append(clerk);
    if (lacking.isEmpty())
        return {};
    auto mine = signer();
    if (!mine)
        return mine.error();
    QList<EvidenceKeyGrant> grants;
    QList<TrailEntry> entries;
    for (const auto& [username, sealing] : std::as_const(lacking)) {
        auto g = seal(*current, mine->privateKey, username, sealing);
        if (!g)
            return g.error();
        grants.append(*g);
        entries.append(
            TrailEntry{me,
                       QStringLiteral("evidence-key-granted"),
                       QStringLiteral("user:%1").arg(username),
                       {{QStringLiteral("fingerprint"), crypto::fingerprint(current->publicKey)},
                        {QStringLiteral("key"), keyObject(*current)}},
                       QStringLiteral("success")});
    }
    return store.evidence().addGrants(grants, trailOf(m_session), entries);
}

Result<EvidenceKeyInfo> EvidenceKeys::rotate()
{
    // The department store's server keeps the key, checks and records.
    if (m_session.isDepartment())
        return departmentevidence::rotate(m_session);
    if (auto r = m_session.require(Action::ManageUsers, QStringLiteral("evidence-key")); !r)
        return r.error();
    return create(QStringLiteral("rotated"));
}

Result<QList<EvidenceKeyInfo>> EvidenceKeys::keys()
{
    if (m_session.isDepartment())
        return departmentevidence::keys(m_session);
    Store& store = storeOf(m_session);
    auto all = store.evidence().keys();
    if (!all)
        return all.error();
    auto slots = KeySlotFile::loadForStore(store.path());
    const QByteArray root = slots ? slots->rootPublic() : QByteArray();
    QList<EvidenceKeyInfo> out;
    for (const EvidenceKey& k : std::as_const(*all)) {
        EvidenceKeyInfo info;
        info.key = k;
        info.fingerprint = crypto::fingerprint(k.publicKey);
        info.certified =
            !root.isEmpty() &&
            crypto::ed25519Verify(root, certificateMessage(k.publicKey), k.certificate);
        auto holders = store.evidence().grantees(k.id);
        if (!holders)
            return holders.error();
        info.holders = holders->keys();
        info.holders.sort();
        out.append(info);
    }
    return out;
}

Result<EvidenceKeys::Signer> EvidenceKeys::signer()
{
    Store& store = storeOf(m_session);
    auto all = store.evidence().keys();
    if (!all)
        return all.error();
    const std::optional<EvidenceKey> current = currentKey(*all);
    if (!current)
        return makeError(ErrorCode::Denied,
                         tr("The agency has no evidence signing key yet: an administrator makes "
                            "it by signing in once a records clerk exists."));
    auto grant = store.evidence().grant(current->id, m_session.user().username);
    if (!grant)
        return grant.error();
    if (!grant->has_value())
        return makeError(ErrorCode::Denied,
                         tr("The evidence signing key is not sealed to %1 yet: it is handed on "
                            "when a records clerk who holds it signs in.")
                             .arg(m_session.user().username));
    const EvidenceKeyGrant& g = grant->value();
    crypto::SealedBox box{g.ephemeralPublic, crypto::GcmSealed{g.nonce, g.ciphertext, g.tag}};
    auto opened =
        crypto::openSealed(m_session.m_keys.sealingPrivate, box, grantAad(*current, g.username));
    if (!opened)
        return makeError(ErrorCode::Crypto,
                         tr("The evidence signing key sealed to %1 does not open with their key.")
                             .arg(g.username));
    auto pub = crypto::ed25519PublicKey(*opened);
    if (!pub || *pub != current->publicKey)
        return makeError(ErrorCode::Crypto,
                         tr("The evidence signing key sealed to %1 is not the agency's current "
                            "key.")
                             .arg(g.username));
    return Signer{*current, std::move(*opened)};
}

} // namespace alpr
