// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/crypto.h"
#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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

// A user's own key pairs: X25519 to receive sealed secrets (the database
// key; for administrators the agency's root key) and Ed25519 to sign the
// audit events their sessions write. The private halves exist only wrapped
// under the user's password in their slot, and in memory while they are
// signed in.
struct UserKeys
{
    SecureBytes sealingPrivate;
    QByteArray sealingPublic;
    SecureBytes signingPrivate;
    QByteArray signingPublic;

    static UserKeys generate();
    UserKeys clone() const;
    bool isEmpty() const { return sealingPublic.isEmpty(); }
};

// What a slot gives up to the right password.
struct UnlockedSlot
{
    // The slot's generation; the store keeps the one it last saw.
    int generation = 0;
    // A slot from version 1 of the file, which held only the database key:
    // keys is empty and the slot is upgraded at the user's next sign-in.
    bool legacy = false;
    UserKeys keys;
    SecureBytes databaseKey;
    // Set while a rekey or a restore is under way or was interrupted: the
    // key of the store that replaces the current one. Exactly one of the two
    // opens the store file.
    SecureBytes nextDatabaseKey;
    // The agency's root signing key, in administrators' slots only.
    SecureBytes rootKey;
};

// The key-slot side file next to the store ("<store>.keys").
//
// Each user's slot holds their key pairs (UserKeys), the private halves
// wrapped with AES-256-GCM under PBKDF2-HMAC-SHA256(password, per-user salt,
// >= kMinPbkdf2Iterations), the public halves in the clear; and the database
// key sealed to the user's X25519 key (crypto::sealTo). Because sealing needs
// only the public half, an administrator adds or resets a user, and a rekey
// seals a new database key to every active user, without anyone else's
// password. Administrators' slots also hold the agency's root signing key,
// sealed the same way. The GCM additional data binds every wrapped or sealed
// value to the file's store id, the user name and what it is, so nothing
// copied to another user, store or field opens.
//
// Every slot has a generation, raised each time the slot is replaced; the
// store records it (SlotGenerationRepository), so a file rolled back to an
// older copy is refused at sign-in.
//
// Also keeps the failed sign-in counters and the pending events, and the
// lockout policy (needed before any key has opened the store).
//
// JSON, written through QSaveFile with fsync and mode 0600:
//   { "format": "alpr-keyslots", "version": 2, "store_id": "<32 hex>",
//     "root_public": base64 (optional),
//     "slots": [ { "username", "generation", "kdf": "pbkdf2-hmac-sha256",
//                  "iterations", "salt", "nonce", "ciphertext", "tag",
//                  "sealing_public", "signing_public",
//                  "database_key", "next_database_key" (optional),
//                  "root_key" (optional): each { "ephemeral", "nonce",
//                  "ciphertext", "tag" } } ],
//     "failures": [...], "pending_events": [...],
//     "dropped_pending_events": 0, "lockout_seconds": 600 }
// Version 1 files (slots holding the database key wrapped under the password)
// are read; their slots unlock as legacy slots and are rewritten as version 2
// slots at each user's next sign-in.
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
    // Corrupt, naming path, if data is not a slot file. For load() and fuzzing.
    static Result<KeySlotFile> parse(const QByteArray& data, const QString& path);
    // Empty, with a new random store id; nothing is written until save().
    static KeySlotFile createNew(const QString& path);
    // QSaveFile (write, flush, fsync, rename, fsync of the folder); mode 0600.
    // Io on failure; the previous file then stays as it was.
    Result<void> save() const;

    QString path() const { return m_path; }
    QString storeId() const { return m_storeId; }

    QStringList usernames() const; // sorted
    bool hasSlot(const QString& username) const;
    // 0 when the user has no slot.
    int generation(const QString& username) const;
    // Empty when the user has no slot or a legacy one.
    QByteArray sealingPublic(const QString& username) const;

    // Replaces the user's slot with one holding keys wrapped under password,
    // one generation above the slot it replaces (or `generation` if higher).
    // With the same X25519 key as before, what was sealed to the old slot is
    // kept; otherwise the slot holds no database key until sealDatabaseKey().
    // Invalid for
    // an empty user name, empty keys, or iterations outside
    // kMinPbkdf2Iterations..kMaxPbkdf2Iterations. Costs one PBKDF2 run.
    Result<void> setSlot(const QString& username, const SecureBytes& password, const UserKeys& keys,
                         int generation = 0, int iterations = kMinPbkdf2Iterations);
    // setSlot() with fresh keys, then sealDatabaseKey(); returns the keys.
    Result<UserKeys> addSlot(const QString& username, const SecureBytes& password,
                             const SecureBytes& databaseKey, int iterations = kMinPbkdf2Iterations);
    // Seal databaseKey (kDatabaseKeyLength bytes) to the user's slot, as its
    // current key or as the key of the store that is replacing this one.
    Result<void> sealDatabaseKey(const QString& username, const SecureBytes& databaseKey);
    Result<void> sealNextDatabaseKey(const QString& username, const SecureBytes& databaseKey);
    // Whether any slot holds a next database key (a replacement under way).
    bool hasNextDatabaseKey() const;
    // The replacement is done: every slot's next key becomes its current key;
    // a slot without one keeps no database key (a user left out of a rekey).
    void promoteNextDatabaseKeys();
    // The replacement is abandoned: next keys are dropped.
    void dropNextDatabaseKeys();

    // The agency's root signing key (Ed25519): its public half for everyone,
    // its private half sealed to administrators' slots.
    QByteArray rootPublic() const { return m_rootPublic; }
    void setRootPublic(const QByteArray& publicKey) { m_rootPublic = publicKey; }
    Result<void> sealRootKey(const QString& username, const SecureBytes& rootPrivate);
    void removeRootKey(const QString& username);

    // Opens the user's slot. AuthFailed with the same message ("wrong user
    // name or password") whether the user has no slot or the password is
    // wrong; an unknown user costs the same PBKDF2 run, so timing does not
    // tell them apart either. Corrupt if the slot opens but what it holds is
    // not what it should be.
    Result<UnlockedSlot> open(const QString& username, const SecureBytes& password) const;
    // The database key sealed in the user's slot, opened with their X25519
    // private key (which a signed-in user holds) instead of their password:
    // for a backup's slot file, opened by the administrator restoring it.
    Result<SecureBytes> openDatabaseKey(const QString& username,
                                        const SecureBytes& sealingPrivate) const;
    // open(), giving the database key only.
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
        int generation = 0; // 0: a legacy (version 1) slot
        int iterations = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext; // the private keys; in a legacy slot the database key
        QByteArray tag;
        QByteArray sealingPublic;
        QByteArray signingPublic;
        std::optional<crypto::SealedBox> databaseKey;
        std::optional<crypto::SealedBox> nextDatabaseKey;
        std::optional<crypto::SealedBox> rootKey;
    };

    // What each wrapped or sealed value is bound to.
    QByteArray aad(const QString& username, const char* what) const;
    Result<void> seal(const QString& username, const SecureBytes& secret, const char* what,
                      std::optional<crypto::SealedBox> Slot::*field);
    // Drops the oldest unknown-name failure records beyond the cap.
    void pruneUnknownFailures();
    QByteArray toJson() const;

    QString m_path;
    QString m_storeId;
    QByteArray m_rootPublic;
    QMap<QString, Slot> m_slots;
    QMap<QString, FailureState> m_failures;
    QList<PendingEvent> m_pendingEvents;
    int m_droppedPendingEvents = 0;
    int m_lockoutSeconds = kDefaultLockoutSeconds;
};

} // namespace alpr
