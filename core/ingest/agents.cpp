// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/agents.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace alpr {

namespace {

const QByteArray kTokenPrefix = QByteArrayLiteral("alpr1.");
constexpr int kTokenRandomBytes = 32; // 43 characters of base64url

// An agent as the department store's server describes it.
Agent agentFromJson(const QJsonObject& o)
{
    Agent a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.name = o.value(QStringLiteral("name")).toString();
    a.tokenSha256 = o.value(QStringLiteral("token_sha256")).toString();
    a.cameras = departmentStrings(o.value(QStringLiteral("cameras")));
    a.createdBy = o.value(QStringLiteral("created_by")).toString();
    a.createdAt = departmentTime(o.value(QStringLiteral("created_at")));
    a.revokedBy = o.value(QStringLiteral("revoked_by")).toString();
    a.revokedAt = departmentTime(o.value(QStringLiteral("revoked_at")));
    return a;
}

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
    if (!m_session.isDepartment()) {
        auto existing = storeOf(m_session).agents().byName(name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return makeError(ErrorCode::Invalid,
                             tr("There is already an agent named %1 (revoked agents keep their "
                                "name).")
                                 .arg(name));
    }
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
    // The server checks the name and cameras again, keeps the hash, records.
    if (m_session.isDepartment()) {
        auto added = departmentOf(m_session).call(
            "agent_add", {DepartmentArg::text(name), DepartmentArg::textArray(cameras),
                          DepartmentArg::text(made.agent.tokenSha256)});
        if (!added)
            return added.error();
        made.agent.id = added->value(QStringLiteral("id")).toInteger();
        return made;
    }
    auto id = storeOf(m_session).agents().add(
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
    if (m_session.isDepartment()) {
        auto answer = departmentOf(m_session).call("agent_list", {});
        if (!answer)
            return answer.error();
        QList<Agent> out;
        for (const QJsonValue& v : answer->value(QStringLiteral("agents")).toArray())
            out.append(agentFromJson(v.toObject()));
        return out;
    }
    return storeOf(m_session).agents().all();
}

Result<void> Agents::revoke(const QString& name)
{
    const QString object = QStringLiteral("agent:%1").arg(escapeControls(name));
    if (auto r = m_session.require(Action::ManageUsers, object); !r)
        return r;
    if (m_session.isDepartment())
        return departmentOf(m_session).perform("agent_revoke", {DepartmentArg::text(name)});
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
    QHash<QByteArray, AgentIdentity> out;
    if (m_session.isDepartment()) {
        auto answer = departmentOf(m_session).call("agents_delivering", {});
        if (!answer)
            return answer.error();
        for (const QJsonValue& v : answer->value(QStringLiteral("agents")).toArray()) {
            const QJsonObject o = v.toObject();
            out.insert(
                QByteArray::fromHex(o.value(QStringLiteral("token_sha256")).toString().toLatin1()),
                AgentIdentity{o.value(QStringLiteral("name")).toString(),
                              departmentStrings(o.value(QStringLiteral("cameras")))});
        }
        return out;
    }
    auto all = storeOf(m_session).agents().all();
    if (!all)
        return all.error();
    for (const Agent& a : *all)
        if (!a.revoked())
            out.insert(QByteArray::fromHex(a.tokenSha256.toLatin1()),
                       AgentIdentity{a.name, a.cameras});
    return out;
}

} // namespace alpr
