// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"
#include "ingest/receiver.h"
#include "store/agentrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

class Session;

// A new agent and its token, shown once.
struct NewAgent
{
    Agent agent;
    SecureBytes token; // "alpr1." and 43 characters of base64url
};

// The camera agents that deliver reads to the receiver (Ingest issue):
// administrators add them, each with a token shown once and stored only as
// its SHA-256, list them, and revoke them. The receiver, signed in as an
// ingest service account, reads the tokens' hashes of the agents that may
// deliver and matches each request's bearer token against them.
class Agents final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Agents)

public:
    explicit Agents(Session& session) : m_session(session) {}

    // Administrators (manage-users). A name of 1 to 64 letters, digits, '.',
    // '-' or '_'; camera codes as the reads carry them.
    Result<NewAgent> add(const QString& name, const QStringList& cameras);
    Result<QList<Agent>> list();
    Result<void> revoke(const QString& name);

    // For the receiver (import-reads; AgentTokens::setAgents): the SHA-256
    // (32 raw bytes) of each token that may deliver -> the agent. Revoked
    // agents are left out.
    Result<QHash<QByteArray, AgentIdentity>> deliveringAgents();

    // The SHA-256 hex the store keeps of a token, and the check that a token
    // has the shape add() gives (anything else is refused before hashing).
    static QString tokenHash(const QByteArray& token);
    static bool tokenWellFormed(const QByteArray& token);

private:
    Session& m_session;
};

} // namespace alpr
