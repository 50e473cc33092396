// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"
#include "common/securebytes.h"
#include "store/trailwriter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace alpr {

class AuditEventRepository;
class Clock;

// The append-only, hash-chained audit trail in the store. Appends are made
// inside the caller's transaction when there is one, so that an access and
// its record commit together. Computes and checks the chain; the events
// are stored by an AuditEventRepository.
class AuditLog final : public TrailWriter
{
public:
    AuditLog(AuditEventRepository& events, const Clock& clock, QString workstation);
    ~AuditLog() override;

    // From now on every event is signed by this user with this Ed25519 key
    // (their own; see UserKeys). An empty key stops signing.
    void setSigner(const QString& username, SecureBytes signingKey);
    QString signer() const { return m_signer; }
    // Where a server keeps the trail (the department store), append() hands
    // the event to it: the server stamps, chains and signs it, for the user
    // of its own session, and takes only what a workstation may report.
    using RemoteAppend =
        std::function<Result<qint64>(const QString& action, const QString& object,
                                     const QJsonObject& details, const QString& outcome)>;
    void setRemote(RemoteAppend remote) { m_remote = std::move(remote); }
    // The head of the trail, signed by the signer, for an anchor; nothing
    // when the trail is empty or there is no signer.
    Result<std::optional<TrailAnchor>> signedHead() const;

    using TrailWriter::append;
    Result<qint64> append(const QString& username, const QString& action, const QString& object,
                          const QJsonObject& details, const QString& outcome) override;
    // For events that happened earlier (failed sign-ins held in the key-slot file).
    Result<qint64> appendAt(const QDateTime& at, const QString& username, const QString& action,
                            const QString& object, const QJsonObject& details,
                            const QString& outcome);

    // The events the filter selects, oldest first. The plate filter needs the
    // pattern language, which sits above the trail: a caller that filters by
    // plate passes it as `keep`, which runs before the limit is applied.
    Result<QList<AuditEvent>> list(const AuditFilter& filter,
                                   const std::function<bool(const AuditEvent&)>& keep = {}) const;
    // These events, in seq order; a seq with no event is left out.
    Result<QList<AuditEvent>> events(const QList<qint64>& seqs) const;
    // Checks the whole chain. With an anchor (the latest hash printed on an
    // earlier audit memo), also finds the event that has it: when none does,
    // the trail was rewritten or cut back since that memo, even if the chain
    // as it stands is whole.
    Result<AuditVerification> verify(const QString& anchorHash = {}) const;
    // verify(), and also: every event from where signing started is signed
    // by its writer with a key that the agency's root key certified (or that
    // the writer's certified key handed on); with options.fingerprint, the
    // root key is the one with that fingerprint; with options.anchors, the
    // trail holds every anchored event unchanged, and the verification says
    // how much of its tail no anchor covers yet.
    Result<AuditVerification> verify(const TrailVerifyOptions& options) const;
    QString workstation() const { return m_workstation; }

    static QString genesisHash();
    // The exact bytes the hash covers (besides the previous hash).
    static QByteArray canonicalForm(const AuditEvent& event);
    static QString chainHash(const QString& prevHash, const AuditEvent& event);

    // The bytes a root key signs to certify a user's signing key.
    static QByteArray certificateMessage(const QString& username, const QByteArray& signingPublic);
    // The bytes an anchor's signature covers.
    static QByteArray anchorMessage(const TrailAnchor& anchor);

private:
    AuditEventRepository& m_events;
    const Clock& m_clock;
    QString m_workstation;
    QString m_signer;
    RemoteAppend m_remote;
    SecureBytes m_signingKey;
};

} // namespace alpr
