// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/agents.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/textinput.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace alpr {

namespace {

const QByteArray kTokenPrefix = QByteArrayLiteral("alpr1.");
constexpr int kTokenRandomBytes = 32; // 43 characters of base64url

} // namespace

QString Agents::tokenHash(const QByteArray& token)
{
    return crypto::sha256Hex(token);
}

bool Agents::tokenWellFormed(const QByteArray& token)
{
    static const QRegularExpression shape(QStringLiteral("^alpr1\\.[A-Za-z0-9_-]{43}$"));
    return token.size() == kTokenPrefix.size() + 43 &&
           shape.match(QString::fromLatin1(token)).hasMatch();
}

Result<NewAgent> Agents::add(const QString& name, const QStringList& cameras)
{
    const QString object = QStringLiteral("agent:%1").arg(escapeControls(name));
    if (auto r = m_session.require(Action::ManageUsers, object); !r)
        return r.error();
    static const QRegularExpression nameShape(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!nameShape.match(name).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not an agent name: use 1 to 64 letters, digits, '.', '-' "
                            "or '_'.")
                             .arg(escapeControls(name)));
    for (const QString& camera : cameras)
        if (auto r = checkTextInput(tr("camera code"), camera, kMaxNameLength * 2); !r)
            return r.error();
    Store& store = storeOf(m_session);
    auto existing = store.agents().byName(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Invalid,
                         tr("There is already an agent named %1 (revoked agents keep their "
                            "name).")
                             .arg(name));
    const SecureBytes random = crypto::randomBytes(kTokenRandomBytes);
    QByteArray raw = random.toByteArrayUnsafe();
    QByteArray token =
        kTokenPrefix + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    NewAgent made;
    made.token = SecureBytes::fromRaw(token.constData(), token.size());
    made.agent.name = name;
    made.agent.tokenSha256 = tokenHash(token);
    secureWipe(raw);
    secureWipe(token);
    made.agent.cameras = cameras;
    made.agent.createdBy = m_session.user().username;
    made.agent.createdAt = m_session.clock().now();
    auto id = store.agents().add(
        made.agent, trailOf(m_session),
        TrailEntry{m_session.user().username,
                   QStringLiteral("agent-added"),
                   object,
                   {{QStringLiteral("cameras"), QJsonArray::fromStringList(cameras)}},
                   QStringLiteral("success")});
    if (!id)
        return id.error();
    made.agent.id = *id;
    return made;
}

Result<QList<Agent>> Agents::list()
{
    if (auto r = m_session.require(Action::ManageUsers, QStringLiteral("agents")); !r)
        return r.error();
    return storeOf(m_session).agents().all();
}

Result<void> Agents::revoke(const QString& name)
{
    const QString object = QStringLiteral("agent:%1").arg(escapeControls(name));
    if (auto r = m_session.require(Action::ManageUsers, object); !r)
        return r;
    Store& store = storeOf(m_session);
    auto agent = store.agents().byName(name);
    if (!agent)
        return agent.error();
    if (!agent.value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no agent named %1.").arg(escapeControls(name)));
    if (agent.value()->revoked())
        return makeError(ErrorCode::Invalid,
                         tr("The agent %1 was already revoked on %2.")
                             .arg(name, agent.value()->revokedAt.toString(Qt::ISODate)));
    return store.agents().revoke(agent.value()->id, m_session.user().username,
                                 m_session.clock().now(), trailOf(m_session),
                                 TrailEntry{m_session.user().username,
                                            QStringLiteral("agent-revoked"),
                                            object,
                                            {},
                                            QStringLiteral("success")});
}

Result<QHash<QByteArray, AgentIdentity>> Agents::deliveringAgents()
{
    if (!m_session.can(Action::ImportReads))
        return makeError(ErrorCode::Denied,
                         tr("Only an account that imports reads may receive them from agents."));
    auto all = storeOf(m_session).agents().all();
    if (!all)
        return all.error();
    QHash<QByteArray, AgentIdentity> out;
    for (const Agent& a : *all)
        if (!a.revoked())
            out.insert(QByteArray::fromHex(a.tokenSha256.toLatin1()),
                       AgentIdentity{a.name, a.cameras});
    return out;
}

} // namespace alpr
