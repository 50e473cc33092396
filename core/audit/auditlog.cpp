// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "audit/auditlog.h"

#include "common/clock.h"
#include "common/crypto.h"
#include "store/auditeventrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace alpr {

AuditLog::AuditLog(AuditEventRepository& events, const Clock& clock, QString workstation)
    : m_events(events), m_clock(clock), m_workstation(std::move(workstation))
{
}

AuditLog::~AuditLog() = default;

void AuditLog::setSigner(const QString& username, SecureBytes signingKey)
{
    m_signer = signingKey.isEmpty() ? QString() : username;
    m_signingKey = std::move(signingKey);
}

QByteArray AuditLog::certificateMessage(const QString& username, const QByteArray& signingPublic)
{
    return QByteArrayLiteral("alpr-key-certificate-v1\n") + username.toUtf8() + '\n' +
           signingPublic.toBase64();
}

QByteArray AuditLog::anchorMessage(const TrailAnchor& a)
{
    return QByteArrayLiteral("alpr-anchor-v1\n") + a.storeId.toLatin1() + '\n' +
           QByteArray::number(a.seq) + '\n' + a.hash.toLatin1() + '\n' + a.signer.toUtf8();
}

Result<std::optional<TrailAnchor>> AuditLog::signedHead() const
{
    if (m_signer.isEmpty())
        return std::optional<TrailAnchor>();
    auto head = m_events.head();
    if (!head)
        return head.error();
    if (!head.value())
        return std::optional<TrailAnchor>();
    // The store id is the one the trail itself names (signing-started).
    AuditFilter started;
    started.action = QStringLiteral("signing-started");
    QString storeId;
    auto scanned = m_events.scan(started, [&](AuditEvent&& e) {
        if (storeId.isEmpty())
            storeId = e.details.value(QStringLiteral("store_id")).toString();
    });
    if (!scanned)
        return scanned.error();
    TrailAnchor a;
    a.storeId = storeId;
    a.seq = head.value()->seq;
    a.hash = head.value()->hash;
    a.signer = m_signer;
    a.at = m_clock.now().toUTC();
    auto signature = crypto::ed25519Sign(m_signingKey, anchorMessage(a));
    if (!signature)
        return signature.error();
    a.signature = QString::fromLatin1(signature->toBase64());
    return std::optional<TrailAnchor>(a);
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditLog::canonicalForm(const AuditEvent& e)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QJsonObject o;
    o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("user"), e.username);
    o.insert(QStringLiteral("workstation"), e.workstation);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("object"), e.object);
    o.insert(QStringLiteral("details"), e.details);
    o.insert(QStringLiteral("outcome"), e.outcome);
    // Events from before signing started have no signer, and their form
    // stays as it was.
    if (!e.signer.isEmpty())
        o.insert(QStringLiteral("signer"), e.signer);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditLog::chainHash(const QString& prevHash, const AuditEvent& event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(prevHash.toLatin1() + '\n' + canonicalForm(event),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<qint64> AuditLog::append(const QString& username, const QString& action,
                                const QString& object, const QJsonObject& details,
                                const QString& outcome)
{
    if (m_remote)
        return m_remote(action, object, details, outcome);
    return appendAt(m_clock.now(), username, action, object, details, outcome);
}

Result<qint64> AuditLog::appendAt(const QDateTime& at, const QString& username,
                                  const QString& action, const QString& object,
                                  const QJsonObject& details, const QString& outcome)
{
    AuditEvent e;
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.username = username;
    e.workstation = m_workstation;
    e.action = action;
    e.object = object;
    e.details = details;
    e.outcome = outcome;

    auto appended = m_events.atomically([&]() -> Result<void> {
        auto head = m_events.head();
        if (!head)
            return head.error();
        if (head.value()) {
            e.seq = head.value()->seq + 1;
            e.prevHash = head.value()->hash;
        } else {
            e.seq = 1;
            e.prevHash = genesisHash();
        }
        e.signer = m_signer;
        e.hash = chainHash(e.prevHash, e);
        if (!m_signer.isEmpty()) {
            auto signature = crypto::ed25519Sign(m_signingKey, e.hash.toLatin1());
            if (!signature)
                return signature.error();
            e.signature = QString::fromLatin1(signature->toBase64());
        }
        return m_events.insert(e);
    });
    if (!appended)
        return appended.error();
    return e.seq;
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter,
                                         const std::function<bool(const AuditEvent&)>& keep) const
{
    QList<AuditEvent> events;
    auto scanned = m_events.scan(filter, [&](AuditEvent&& e) {
        if (keep && !keep(e))
            return;
        events.append(std::move(e));
    });
    if (!scanned)
        return scanned.error();
    if (filter.limit > 0 && events.size() > filter.limit)
        events = events.mid(events.size() - filter.limit);
    return events;
}

Result<QList<AuditEvent>> AuditLog::events(const QList<qint64>& seqs) const
{
    return m_events.events(seqs);
}

Result<AuditVerification> AuditLog::verify(const QString& anchorHash) const
{
    TrailVerifyOptions options;
    options.memoHash = anchorHash;
    return verify(options);
}

namespace {

QByteArray fromBase64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

// What the trail says about keys, as it is read from the start.
struct KeyBook
{
    QByteArray root;
    QHash<QString, QByteArray> current; // user -> signing key in force
    // Keys in force at each event, for anchors: user -> (from seq, key).
    QHash<QString, QList<std::pair<qint64, QByteArray>>> history;
    QStringList uncertified;

    void set(const QString& user, const QByteArray& key, qint64 seq)
    {
        current.insert(user, key);
        history[user].append({seq, key});
    }
    QList<QByteArray> keysOf(const QString& user) const
    {
        QList<QByteArray> out;
        for (const auto& entry : history.value(user))
            out.append(entry.second);
        return out;
    }
};

} // namespace

Result<AuditVerification> AuditLog::verify(const TrailVerifyOptions& options) const
{
    AuditVerification v;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    KeyBook keys;
    struct Restore
    {
        qint64 seq;
        QDateTime at;
        qint64 from;
        qint64 to;
    };
    QList<Restore> restores;
    // seq -> hash, for the memo hash and the anchors.
    const bool keepHashes = options.anchorsGiven || !options.memoHash.isEmpty();
    QHash<qint64, QString> hashes;
    auto fail = [&v](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    auto certify = [&](const AuditEvent& e, const QJsonObject& cert) -> bool {
        const QString user = cert.value(QStringLiteral("user")).toString();
        const QByteArray key = fromBase64(cert.value(QStringLiteral("signing_public")));
        const QByteArray signature = fromBase64(cert.value(QStringLiteral("certificate")));
        if (!crypto::ed25519Verify(keys.root, certificateMessage(user, key), signature)) {
            fail(e.seq,
                 QCoreApplication::translate(
                     "alpr::AuditLog", "event %1 certifies a key for %2 that the agency's root "
                                       "key did not certify")
                     .arg(e.seq)
                     .arg(user));
            return false;
        }
        keys.set(user, key, e.seq);
        keys.uncertified.removeAll(user);
        return true;
    };
    auto scanned = m_events.scan({}, [&](AuditEvent&& e) {
        ++v.events;
        if (keepHashes)
            hashes.insert(e.seq, e.hash);
        if (!v.intact)
            return;
        if (e.seq != expectedSeq) {
            fail(expectedSeq, QCoreApplication::translate(
                                  "alpr::AuditLog", "event %1 is missing (the next event is %2)")
                                  .arg(expectedSeq)
                                  .arg(e.seq));
        } else if (e.prevHash != prev) {
            fail(e.seq,
                 QCoreApplication::translate("alpr::AuditLog",
                                             "event %1 does not follow from event %2: the chain is "
                                             "broken")
                     .arg(e.seq)
                     .arg(e.seq - 1));
        } else if (chainHash(e.prevHash, e) != e.hash) {
            fail(e.seq, QCoreApplication::translate("alpr::AuditLog",
                                                    "event %1 was changed after it was written")
                            .arg(e.seq));
        }
        prev = e.hash;
        expectedSeq = e.seq + 1;
        if (!v.intact)
            return;

        const QJsonObject& d = e.details;
        const QByteArray signature = QByteArray::fromBase64(e.signature.toLatin1());
        if (v.signingStartSeq == 0 && e.action == QLatin1String("signing-started") &&
            !e.signer.isEmpty()) {
            v.signingStartSeq = e.seq;
            keys.root = fromBase64(d.value(QStringLiteral("root_public")));
            v.storeId = d.value(QStringLiteral("store_id")).toString();
            v.rootFingerprint = crypto::fingerprint(keys.root);
            if (!certify(e, d.value(QStringLiteral("user_key")).toObject()))
                return;
        }
        if (v.signingStartSeq == 0) {
            if (!e.signer.isEmpty() || !e.signature.isEmpty())
                fail(e.seq,
                     QCoreApplication::translate(
                         "alpr::AuditLog", "event %1 is signed, but no earlier event starts "
                                           "signing: the start of the trail was cut or changed")
                         .arg(e.seq));
            return;
        }
        if (e.signer.isEmpty() || signature.isEmpty()) {
            fail(e.seq,
                 QCoreApplication::translate(
                     "alpr::AuditLog", "event %1 is not signed, though signing started at event "
                                       "%2: it was written or rewritten outside the program")
                     .arg(e.seq)
                     .arg(v.signingStartSeq));
            return;
        }
        // A key registered when an old store was upgraded is signed by itself.
        if (e.action == QLatin1String("key-registered") && !keys.current.contains(e.signer)) {
            keys.set(e.signer, fromBase64(d.value(QStringLiteral("signing_public"))), e.seq);
            keys.uncertified.append(e.signer);
        }
        const QByteArray key = keys.current.value(e.signer);
        if (key.isEmpty()) {
            fail(e.seq,
                 QCoreApplication::translate(
                     "alpr::AuditLog", "event %1 is signed by %2, who has no certified key at "
                                       "that point")
                     .arg(e.seq)
                     .arg(e.signer));
            return;
        }
        if (!crypto::ed25519Verify(key, e.hash.toLatin1(), signature)) {
            fail(e.seq,
                 QCoreApplication::translate(
                     "alpr::AuditLog", "event %1 does not carry a valid signature of %2: it was "
                                       "changed, or written by someone without %2's key")
                     .arg(e.seq)
                     .arg(e.signer));
            return;
        }
        ++v.signedEvents;
        if (e.action == QLatin1String("key-certified")) {
            if (!certify(e, d))
                return;
        } else if (e.action == QLatin1String("key-rotated")) {
            keys.set(e.signer, fromBase64(d.value(QStringLiteral("signing_public"))), e.seq);
        } else if (e.action == QLatin1String("store-restored")) {
            restores.append({e.seq, e.at, d.value(QStringLiteral("discarded_from")).toInteger(),
                             d.value(QStringLiteral("discarded_to")).toInteger()});
        }
    });
    if (!scanned)
        return scanned.error();
    v.headHash = prev;
    v.uncertifiedKeys = keys.uncertified;
    if (!options.memoHash.isEmpty() && v.intact) {
        for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
            if (it.value() == options.memoHash)
                v.anchorSeq = it.key();
    }

    if (v.intact && !options.fingerprint.isEmpty()) {
        const QString wanted = options.fingerprint.simplified().remove(u' ').toLower();
        const QString have = QString(v.rootFingerprint).remove(u' ');
        if (v.signingStartSeq == 0)
            fail(0, QCoreApplication::translate(
                        "alpr::AuditLog", "the trail names no root key, but the fingerprint %1 was "
                                          "given: signing never started or its start was removed")
                        .arg(options.fingerprint));
        else if (wanted != have)
            fail(v.signingStartSeq,
                 QCoreApplication::translate(
                     "alpr::AuditLog",
                     "the trail's root key has the fingerprint %1, not %2: the trail "
                     "was rewritten under another root key")
                     .arg(v.rootFingerprint, options.fingerprint));
    }

    if (v.intact && options.anchorsGiven) {
        const qint64 head = v.events;
        for (const TrailAnchor& a : options.anchors) {
            if (a.storeId != v.storeId || v.storeId.isEmpty()) {
                ++v.anchorsRejected;
                continue;
            }
            // Signed with a key the signer held at some point.
            bool signedOk = false;
            const QByteArray message = anchorMessage(a);
            const QByteArray signature = QByteArray::fromBase64(a.signature.toLatin1());
            for (const QByteArray& key : keys.keysOf(a.signer))
                signedOk = signedOk || crypto::ed25519Verify(key, message, signature);
            if (!signedOk) {
                ++v.anchorsRejected;
                continue;
            }
            ++v.anchorsChecked;
            const auto restoredBy = [&]() -> const Restore* {
                for (const Restore& r : restores)
                    if (a.seq >= r.from && (r.to < 0 || a.seq <= r.to) && a.at <= r.at)
                        return &r;
                return nullptr;
            }();
            const bool present = hashes.contains(a.seq);
            if (present && hashes.value(a.seq) == a.hash) {
                v.lastAnchoredSeq = qMax(v.lastAnchoredSeq, a.seq);
                continue;
            }
            if (restoredBy) {
                ++v.discardedByRestore;
                continue;
            }
            if (!present) {
                fail(head + 1,
                     QCoreApplication::translate(
                         "alpr::AuditLog",
                         "events %1 to %2 were deleted: the trail ends at event %3, "
                         "but %4 anchored event %2 (hash %5) at %6")
                         .arg(head + 1)
                         .arg(a.seq)
                         .arg(head)
                         .arg(a.signer, a.hash.left(16), a.at.toUTC().toString(Qt::ISODate)));
            } else {
                fail(a.seq,
                     QCoreApplication::translate(
                         "alpr::AuditLog", "event %1 is not the event %2 anchored at %3 (hash %4): "
                                           "the trail was rewritten from there or before")
                         .arg(a.seq)
                         .arg(a.signer, a.at.toUTC().toString(Qt::ISODate), a.hash.left(16)));
            }
            break;
        }
        v.unanchoredEvents = head - v.lastAnchoredSeq;
    }
    return v;
}

} // namespace alpr
