// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/storekeys.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "auth/signinfailures.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/privatefiles.h"
#include "store/auditeventrepository.h"
#include "store/slotgenerationrepository.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace alpr {

namespace {

QString replacementPath(const QString& storePath)
{
    return storePath + QStringLiteral(".replacing");
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}

// Announces the replacement (announceReplacement()) and tries to take the
// store for itself every quarter second until tryLock succeeds or
// waitMs have passed; withdraws the notice either way.
Result<void> announceAndWait(const QString& storePath, const QString& by, int waitMs,
                             const std::function<Result<void>()>& tryLock)
{
    if (auto r = StoreKeys::announceReplacement(storePath, by); !r)
        return r;
    Result<void> locked = tryLock();
    QElapsedTimer waited;
    waited.start();
    while (!locked && waited.elapsed() < waitMs) {
        QThread::msleep(250);
        locked = tryLock();
    }
    StoreKeys::withdrawAnnouncement(storePath);
    return locked;
}

// A byte-for-byte copy, synced, 0600; written whole or not at all.
Result<void> copyPrivately(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not read %1: %2")
                             .arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not write %1: %2")
                             .arg(to, out.errorString()));
    if (auto r = makeOwnerOnly(out); !r)
        return r;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty())
        if (out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io, QCoreApplication::translate("alpr::StoreKeys",
                                                                        "Could not write %1: %2")
                                                .arg(to, out.errorString()));
    if (in.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not read %1: %2")
                             .arg(from, in.errorString()));
    if (!out.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not write %1: %2")
                             .arg(to, out.errorString()));
    return syncFolderOf(to);
}

// Releases the exclusive lock however the function returns.
class ExclusiveGuard
{
public:
    explicit ExclusiveGuard(Store* store) : m_store(store) {}
    ~ExclusiveGuard()
    {
        if (m_store)
            m_store->releaseExclusiveLock();
    }
    void dismiss() { m_store = nullptr; }
    ExclusiveGuard(const ExclusiveGuard&) = delete;
    ExclusiveGuard& operator=(const ExclusiveGuard&) = delete;

private:
    Store* m_store;
};

} // namespace

namespace {

QString noticePath(const QString& storePath)
{
    return storePath + QStringLiteral(".replacement-notice");
}

constexpr qint64 kNoticeSeconds = 120;

} // namespace

Result<void> StoreKeys::announceReplacement(const QString& storePath, const QString& by)
{
    QSaveFile out(noticePath(storePath));
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not write %1: %2")
                             .arg(noticePath(storePath), out.errorString()));
    if (auto r = makeOwnerOnly(out); !r)
        return r;
    out.write(by.left(64).toUtf8());
    if (!out.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys", "Could not write %1: %2")
                             .arg(noticePath(storePath), out.errorString()));
    return {};
}

void StoreKeys::withdrawAnnouncement(const QString& storePath)
{
    QFile::remove(noticePath(storePath));
}

std::optional<QString> StoreKeys::announcedReplacement(const QString& storePath)
{
    const QFileInfo notice(noticePath(storePath));
    if (!notice.exists() ||
        notice.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kNoticeSeconds)
        return std::nullopt;
    QFile in(notice.filePath());
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.read(256)).trimmed();
}

Result<QJsonObject> keyCertificate(const SecureBytes& rootPrivate, const QString& username,
                                   const QByteArray& signingPublic)
{
    auto signature =
        crypto::ed25519Sign(rootPrivate, AuditLog::certificateMessage(username, signingPublic));
    if (!signature)
        return signature.error();
    return QJsonObject{
        {QStringLiteral("user"), username},
        {QStringLiteral("signing_public"), QString::fromLatin1(signingPublic.toBase64())},
        {QStringLiteral("certificate"), QString::fromLatin1(signature->toBase64())},
    };
}

Result<std::unique_ptr<Store>> openStoreWithSlot(const QString& storePath, KeySlotFile& slots,
                                                 UnlockedSlot& slot, QString* finished)
{
    if (slot.databaseKey.isEmpty() && slot.nextDatabaseKey.isEmpty())
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::StoreKeys",
                                        "Your key slot holds no key to the store %1: it was given "
                                        "a new key while your account was disabled. Ask an "
                                        "administrator to enable the account.")
                .arg(storePath));
    if (slot.nextDatabaseKey.isEmpty())
        return Store::open(storePath, slot.databaseKey);

    Result<std::unique_ptr<Store>> current = makeError(
        ErrorCode::Corrupt, QCoreApplication::translate("alpr::StoreKeys", "no current key"));
    if (!slot.databaseKey.isEmpty()) {
        current = Store::open(storePath, slot.databaseKey);
        if (current) {
            // The replacement never got as far as the rename.
            slots.dropNextDatabaseKeys();
            removeWithCompanions(replacementPath(storePath));
            if (auto r = slots.save(); !r)
                return r.error();
            *finished = QStringLiteral("abandoned");
            return current;
        }
        // Refused while another process replaces the file: do not guess.
        if (current.error().code == ErrorCode::Denied)
            return current.error();
    }
    auto next = Store::open(storePath, slot.nextDatabaseKey);
    if (!next)
        return slot.databaseKey.isEmpty() ? next.error() : current.error();
    slots.promoteNextDatabaseKeys();
    if (auto r = slots.save(); !r)
        return r.error();
    slot.databaseKey = std::move(slot.nextDatabaseKey);
    *finished = QStringLiteral("finished");
    return next;
}

namespace {

// Steps 1-4 of StoreKeys: the store file at path is closed (its lock held
// exclusively by the caller) and the new file written at replacement.
Result<void> replaceStoreFile(const QString& path, const QString& replacement, KeySlotFile& slots,
                              const SecureBytes& newKey, const QSet<QString>& activeUsers,
                              int* sealed, int* leftOut)
{
    // 1. The new key to every active user with a slot.
    for (const QString& username : slots.usernames()) {
        if (!activeUsers.contains(username) || slots.sealingPublic(username).isEmpty()) {
            ++*leftOut;
            continue;
        }
        if (auto r = slots.sealNextDatabaseKey(username, newKey); !r)
            return r;
        ++*sealed;
    }
    if (auto r = slots.save(); !r)
        return r;
    // 2-3. The new file in place of the old one.
    if (std::rename(QFile::encodeName(replacement).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        slots.dropNextDatabaseKeys();
        (void)slots.save();
        removeWithCompanions(replacement);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::StoreKeys",
                                                     "Could not put the new store file in place "
                                                     "of %1: %2. The store keeps its old key.")
                             .arg(path, why));
    }
    // The old file's log and index went with its last connection; a leftover
    // would not belong to the new file.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(replacement + QStringLiteral(".lock"));
    if (auto r = syncFolderOf(path); !r)
        return r;
    // 4. The next keys become the keys.
    slots.promoteNextDatabaseKeys();
    return slots.save();
}

QSet<QString> activeUsersOf(Store& store, Result<void>* problem)
{
    QSet<QString> active;
    auto accounts = store.users().list();
    if (!accounts) {
        *problem = accounts.error();
        return active;
    }
    for (const UserAccount& a : accounts.value())
        if (a.active)
            active.insert(a.username);
    return active;
}

// An exclusive lock on "<store>.lock" for a store no Store has open here.
class FileLock
{
public:
    FileLock() = default;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Result<void> lock(const QString& storePath)
    {
        m_fd = ::open(QFile::encodeName(Store::lockPathFor(storePath)).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0 || ::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
            return makeError(
                ErrorCode::Denied,
                QCoreApplication::translate("alpr::StoreKeys",
                                            "Other sessions have the store %1 open (workstations, "
                                            "a receiver or a scheduled job). Ask their users to "
                                            "sign out and stop the services, then try again.")
                    .arg(storePath));
        return {};
    }

    void release()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

} // namespace

Result<StoreKeys::Rekeyed> StoreKeys::rekey()
{
    if (auto r = m_session.require(Action::ManageUsers, QStringLiteral("store")); !r)
        return r.error();
    Store& store = *m_session.m_store;
    const QString path = store.path();
    if (auto r = store.exclusiveLock(); !r) {
        // Tell the running sessions, and give them time to close.
        Result<void> locked = r;
        if (r.error().code == ErrorCode::Denied)
            locked = announceAndWait(path, m_session.m_user.username, m_waitForOthersMs,
                                     [&] { return store.exclusiveLock(); });
        if (!locked) {
            const QString why =
                QCoreApplication::translate(
                    "alpr::StoreKeys", "%1 They were told, and did not close within %2 seconds.")
                    .arg(locked.error().message)
                    .arg(m_waitForOthersMs / 1000);
            (void)m_session.logEvent(QStringLiteral("store-rekeyed"), QStringLiteral("store"),
                                     {{QStringLiteral("reason"), why}}, QStringLiteral("refused"));
            return makeError(locked.error().code, why);
        }
    }
    ExclusiveGuard guard(&store);
    auto slots = KeySlotFile::loadForStore(path);
    if (!slots)
        return slots.error();
    const QString replacement = replacementPath(path);
    removeWithCompanions(replacement);
    const SecureBytes newKey = crypto::randomBytes(kDatabaseKeyLength);
    if (auto r = store.checkpoint(); !r)
        return r.error();
    if (auto r = store.exportTo(replacement, newKey); !r)
        return r.error();
    // Never put in place a file the new key does not open.
    {
        auto check = Store::open(replacement, newKey);
        if (!check) {
            removeWithCompanions(replacement);
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("alpr::StoreKeys",
                                            "The copy of the store under its new key does not "
                                            "open (%1); the store keeps its old key.")
                    .arg(check.error().message));
        }
    }
    QFile::remove(replacement + QStringLiteral(".lock"));
    Result<void> problem;
    const QSet<QString> active = activeUsersOf(store, &problem);
    if (!problem)
        return problem.error();
    // The session's connection closes (the lock stays) while the file is
    // replaced, and opens the new file after.
    const SecureBytes oldKey = m_session.m_databaseKey.clone();
    m_session.m_audit.reset();
    store.closeConnection();
    Rekeyed out;
    auto replaced = replaceStoreFile(path, replacement, slots.value(), newKey, active,
                                     &out.usersSealed, &out.slotsWithoutKey);
    guard.dismiss();
    store.releaseExclusiveLock();
    const SecureBytes& keyNow = replaced ? newKey : oldKey;
    auto reopened = Store::open(path, keyNow);
    if (!reopened)
        return reopened.error();
    m_session.replaceStore(std::move(reopened.value()), keyNow.clone());
    if (!replaced)
        return replaced.error();
    if (auto r = m_session.logEvent(QStringLiteral("store-rekeyed"), QStringLiteral("store"),
                                    {{QStringLiteral("users_sealed"), out.usersSealed},
                                     {QStringLiteral("slots_without_key"), out.slotsWithoutKey}});
        !r)
        return r.error();
    return out;
}

Result<StoreKeys::BackedUp> StoreKeys::backup(const QString& out)
{
    if (auto r = m_session.require(Action::ChangeSettings, QStringLiteral("store")); !r)
        return r.error();
    Store& store = *m_session.m_store;
    BackedUp b;
    b.storeCopy = out;
    b.slotCopy = KeySlotFile::pathForStore(out);
    if (QFileInfo::exists(b.slotCopy))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::StoreKeys", "%1 already exists; choose another file")
                .arg(b.slotCopy));
    if (auto r = store.exportTo(out, m_session.m_databaseKey); !r)
        return r.error();
    if (auto r = copyPrivately(KeySlotFile::pathForStore(store.path()), b.slotCopy); !r) {
        QFile::remove(out);
        return r.error();
    }
    auto head = store.auditEvents().head();
    if (!head)
        return head.error();
    if (head.value()) {
        b.headSeq = head.value()->seq;
        b.headHash = head.value()->hash;
    }
    if (auto r = m_session.logEvent(QStringLiteral("store-backup"), QStringLiteral("store"),
                                    {{QStringLiteral("file"), QDir::toNativeSeparators(out)},
                                     {QStringLiteral("head_seq"), b.headSeq},
                                     {QStringLiteral("head_hash"), b.headHash}});
        !r)
        return r.error();
    return b;
}

Result<StoreKeys::Restored> StoreKeys::restore(const QString& storePath, const QString& username,
                                               const SecureBytes& password, const QString& file,
                                               const Clock& clock)
{
    auto slots = KeySlotFile::loadForStore(storePath);
    if (!slots)
        return slots.error();
    auto mine = SignInFailures::openSlot(slots.value(), username, password, clock.now());
    if (!mine)
        return mine.error();
    auto backupSlots = KeySlotFile::loadForStore(file);
    if (!backupSlots)
        return backupSlots.error();
    if (backupSlots->storeId() != slots->storeId())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::StoreKeys",
                                        "%1 is a backup of another store (its key slots name "
                                        "store %2, this store is %3)")
                .arg(file, backupSlots->storeId(), slots->storeId()));
    auto backupKey = backupSlots->openDatabaseKey(username, mine->keys.sealingPrivate);
    if (!backupKey)
        return backupKey.error();

    // What the store holds now, when it can still be read.
    Restored out;
    out.discardedTo = -1;
    if (!mine->databaseKey.isEmpty()) {
        if (auto current = Store::open(storePath, mine->databaseKey)) {
            auto head = current.value()->auditEvents().head();
            if (head)
                out.discardedTo = head.value() ? head.value()->seq : 0;
        }
    }
    FileLock lock;
    if (auto r = lock.lock(storePath); !r) {
        // Tell the running sessions, and give them a minute to close.
        const Result<void> locked = announceAndWait(storePath, username, 60 * 1000, [&] {
            lock.release();
            return lock.lock(storePath);
        });
        if (!locked)
            return locked.error();
    }

    // The backup, copied beside the store, opened (which checks the key and
    // brings an older schema up to date) and given today's slot generations.
    const QString replacement = replacementPath(storePath);
    removeWithCompanions(replacement);
    if (auto r = copyPrivately(file, replacement); !r)
        return r.error();
    QSet<QString> active;
    {
        auto copy = Store::open(replacement, backupKey.value());
        if (!copy) {
            removeWithCompanions(replacement);
            return makeError(copy.error().code,
                             QCoreApplication::translate("alpr::StoreKeys",
                                                         "The backup %1 cannot be restored: %2")
                                 .arg(file, copy.error().message));
        }
        Result<void> problem;
        active = activeUsersOf(*copy.value(), &problem);
        if (!problem)
            return problem.error();
        auto account = copy.value()->users().find(username);
        if (!account || !account->active || !account->isAdministrator()) {
            copy.value().reset();
            removeWithCompanions(replacement);
            return makeError(
                ErrorCode::Denied,
                QCoreApplication::translate("alpr::StoreKeys",
                                            "%1 is not an active administrator in the backup %2; "
                                            "only an administrator may restore it")
                    .arg(username, file));
        }
        auto head = copy.value()->auditEvents().head();
        if (!head)
            return head.error();
        out.backupHeadSeq = head.value() ? head.value()->seq : 0;
        for (const QString& user : slots->usernames())
            if (auto r =
                    copy.value()->slotGenerations().setGeneration(user, slots->generation(user));
                !r)
                return r.error();
        // The sessions open when the backup was made are long over.
        for (const QString& user : active)
            if (auto r = copy.value()->users().endSessions(user); !r)
                return r.error();
    }
    out.discardedFrom = out.backupHeadSeq + 1;
    int sealed = 0;
    int leftOut = 0;
    if (auto r = replaceStoreFile(storePath, replacement, slots.value(), backupKey.value(), active,
                                  &sealed, &leftOut);
        !r)
        return r.error();
    lock.release();

    auto session = SignIn::signIn(storePath, username, password, clock);
    if (!session)
        return session.error();
    if (auto r =
            session.value()->logEvent(QStringLiteral("store-restored"), QStringLiteral("store"),
                                      {{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                                       {QStringLiteral("backup_head_seq"), out.backupHeadSeq},
                                       {QStringLiteral("discarded_from"), out.discardedFrom},
                                       {QStringLiteral("discarded_to"), out.discardedTo},
                                       {QStringLiteral("users_sealed"), sealed}});
        !r)
        return r.error();
    return out;
}

} // namespace alpr
