// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace alpr {

// The lowest PBKDF2-HMAC-SHA256 work factor a key slot may have (OWASP 2023).
inline constexpr int kMinPbkdf2Iterations = 600000;
// The highest one a slot file may ask for, so that a damaged or hostile file
// cannot make a sign-in hang for minutes.
inline constexpr int kMaxPbkdf2Iterations = 50000000;
// The embedded store's key: 32 random bytes (SQLCipher AES-256).
inline constexpr qsizetype kDatabaseKeyLength = 32;
// How many pending events the slot file keeps; older ones are dropped.
inline constexpr int kMaxPendingEvents = 1000;
// How many user names without a key slot (unknown names) keep a failure
// record; the one whose last failure is oldest is dropped first. Names with a
// slot are always kept.
inline constexpr int kMaxUnknownNameFailures = 256;
// The longest user name the slot file stores whole. No account can have a
// longer one; a longer name gets no failure record and is written into a
// pending event shortened (see KeySlotFile::recordedUsername()).
inline constexpr qsizetype kMaxStoredUsernameLength = 64;
// The largest slot file that is read (or written); a bigger one is refused
// before any of it is read.
inline constexpr qint64 kMaxKeySlotFileSize = 16 * 1024 * 1024;
// How long 5 failed sign-ins lock an account unless the slot file says
// otherwise (CJIS 5.5.3: 10 minutes). 0 means until an administrator unlocks.
inline constexpr int kDefaultLockoutSeconds = 10 * 60;
inline constexpr int kMaxLockoutSeconds = 7 * 24 * 3600;

// One user's failed sign-in record in the key-slot side file.
struct FailureState
{
    int consecutiveFailures = 0;
    QDateTime lockedUntil;   // UTC; invalid = not locked
    QDateTime lastFailureAt; // UTC; invalid = unknown (older files)
};

// Something that happened while the store was locked (a failed sign-in), kept
// in the slot file until the next successful sign-in moves it into the audit
// trail. The slot file is not authenticated: whoever can write the file can
// change these, so the audit trail should label them as such.
struct PendingEvent
{
    QDateTime at; // UTC
    QString username;
    QString action;
    QString outcome;
    QString detail;
};

// The key-slot side file next to the store ("<store>.keys"): the random
// database key wrapped for each user with AES-256-GCM under
// PBKDF2-HMAC-SHA256(password, per-user salt, >= kMinPbkdf2Iterations).
// The GCM additional data binds each slot to the file's store id and the
// user name, so a slot copied to another user or another store does not open.
// Also keeps the failed sign-in counters and the pending events.
//
// JSON, written through QSaveFile with fsync and mode 0600:
//   { "format": "alpr-keyslots", "version": 1, "store_id": "<32 hex>",
//     "slots": [ { "username", "kdf": "pbkdf2-hmac-sha256", "iterations",
//                  "salt", "nonce", "ciphertext", "tag" (base64) } ],
//     "failures": [ { "username", "consecutive_failures", "locked_until",
//                     "last_failure_at" (optional) } ],
//     "pending_events": [ { "at", "username", "action", "outcome", "detail" } ],
//     "dropped_pending_events": 0 (optional),
//     "lockout_seconds": 600 (optional; 0 = until an administrator unlocks) }
// The lockout policy lives here, not in the store, because it is needed
// before any key has opened the store.
//
// The file stays small whatever is typed at the sign-in prompt: names over
// kMaxStoredUsernameLength are never stored whole, at most
// kMaxUnknownNameFailures unknown names keep a failure record and at most
// kMaxPendingEvents events are kept, each with short fields.
class KeySlotFile
{
public:
    // No path, no store id: a placeholder until load() or createNew().
    KeySlotFile() = default;

    // "<storePath>.keys".
    static QString pathForStore(const QString& storePath);
    // load(pathForStore(storePath)).
    static Result<KeySlotFile> loadForStore(const QString& storePath);

    // NotFound if the file is missing; Io if it cannot be read; Corrupt, naming
    // the file and what is wrong, if it is malformed.
    static Result<KeySlotFile> load(const QString& path);
    // Empty, with a new random store id; nothing is written until save().
    static KeySlotFile createNew(const QString& path);
    // QSaveFile (write, flush, fsync, rename, fsync of the folder); mode 0600.
    // Io on failure; the previous file then stays as it was.
    Result<void> save() const;

    QString path() const { return m_path; }
    QString storeId() const { return m_storeId; }

    QStringList usernames() const; // sorted
    bool hasSlot(const QString& username) const;

    // Wraps databaseKey (kDatabaseKeyLength bytes) for username under
    // password, with a fresh salt and nonce; replaces that user's slot if
    // there is one and touches no other slot. Invalid for an empty user name,
    // a key of the wrong length, or iterations outside
    // kMinPbkdf2Iterations..kMaxPbkdf2Iterations. Costs one PBKDF2 run.
    Result<void> addSlot(const QString& username, const SecureBytes& password,
                         const SecureBytes& databaseKey, int iterations = kMinPbkdf2Iterations);
    // The database key. AuthFailed with the same message ("wrong user name or
    // password") whether the user has no slot or the password is wrong; an
    // unknown user costs the same PBKDF2 run, so timing does not tell them
    // apart either. Corrupt if the slot opens but does not hold a key of the
    // right length.
    Result<SecureBytes> unlock(const QString& username, const SecureBytes& password) const;
    // False if the user had no slot. Leaves the user's failure record alone.
    bool removeSlot(const QString& username);

    FailureState failures(const QString& username) const;
    // A default FailureState (no failures, not locked) removes the record.
    // A name longer than kMaxStoredUsernameLength is not stored; a name
    // without a slot may push out the unknown name whose last failure is
    // oldest (kMaxUnknownNameFailures).
    void setFailures(const QString& username, const FailureState& state);
    // How many failure records the file holds.
    qsizetype failureRecordCount() const { return m_failures.size(); }

    // The name as a pending event or the trail records it: unchanged up to
    // kMaxStoredUsernameLength characters; a longer one is cut to its first
    // 16 characters followed by a marker with its length and the start of its
    // SHA-256, e.g. "aaaa…[120000 characters, SHA-256 3f2a9c0d1e4b]", which
    // is itself no longer than kMaxStoredUsernameLength.
    static QString recordedUsername(const QString& username);

    // How long a lockout lasts; 0 = until an administrator unlocks.
    int lockoutSeconds() const { return m_lockoutSeconds; }
    // Clamped to 0..kMaxLockoutSeconds.
    void setLockoutSeconds(int seconds);

    // Keeps the newest kMaxPendingEvents; the user name goes through
    // recordedUsername() and the other fields are cut to a few hundred
    // characters.
    void appendPendingEvent(const PendingEvent& event);
    QList<PendingEvent> pendingEvents() const { return m_pendingEvents; }
    // How many older events were dropped to keep kMaxPendingEvents, since the
    // last clearPendingEvents().
    int droppedPendingEvents() const { return m_droppedPendingEvents; }
    void clearPendingEvents()
    {
        m_pendingEvents.clear();
        m_droppedPendingEvents = 0;
    }

private:
    struct Slot
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    QByteArray slotAad(const QString& username) const;
    // Drops the oldest unknown-name failure records beyond the cap.
    void pruneUnknownFailures();
    QByteArray toJson() const;

    QString m_path;
    QString m_storeId;
    QMap<QString, Slot> m_slots;
    QMap<QString, FailureState> m_failures;
    QList<PendingEvent> m_pendingEvents;
    int m_droppedPendingEvents = 0;
    int m_lockoutSeconds = kDefaultLockoutSeconds;
};

} // namespace alpr
