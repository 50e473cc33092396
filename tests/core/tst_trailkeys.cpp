// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The Trail and keys issue: signed events, anchors, slot generations, rekey,
// backup and restore, each attacked as an insider with the raw key would.
#include "../support/anchorlistener.h"
#include "../support/rawstore.h"
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "audit/trailanchors.h"
#include "auditing/auditexport.h"
#include "auditing/trailanchoring.h"
#include "auth/keyslotfile.h"
#include "auth/sessionaccess.h"
#include "auth/storekeys.h"
#include "common/crypto.h"
#include "store/store.h"
#include "store/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtEndian>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::StringLiterals;

namespace {

const char* const kBobPassword = "quiet-harbour-lantern-2026";

std::unique_ptr<Session> signInAs(const QString& store, const QString& user,
                                  const char* pass = kPassword)
{
    auto s = SignIn::signIn(store, user, password(pass), Clock::system());
    if (!s)
        qWarning("sign-in of %s: %s", qPrintable(user), qPrintable(s.error().message));
    return s ? std::move(s.value()) : nullptr;
}

SecureBytes rawKey(const QString& store, const QString& user, const char* pass = kPassword)
{
    auto keys = KeySlotFile::loadForStore(store);
    auto key = keys->unlock(user, password(pass));
    if (!key)
        qFatal("no raw key: %s", qPrintable(key.error().message));
    return std::move(key.value());
}

AuditVerification verifyAs(Session& s, const TrailVerifyOptions& options = {})
{
    auto v = trailOf(s).verify(options);
    if (!v)
        qFatal("verify failed: %s", qPrintable(v.error().message));
    return v.value();
}

} // namespace

class TestTrailKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newStorePath() { return m_dir.filePath(QStringLiteral("s%1.alprdb").arg(++m_n)); }

    // A store with administrator "admin" and detective "bob".
    QString makeStore()
    {
        const QString path = newStorePath();
        auto admin = createStore(path, Clock::system());
        UserAccount bob;
        bob.username = QStringLiteral("bob");
        bob.fullName = QStringLiteral("Bob Detective");
        bob.roles = {Role::Detective};
        bob.mustChangePassword = false;
        auto added = UserAdministration(*admin).addUser(bob, password(kBobPassword));
        if (!added)
            qFatal("cannot add bob: %s", qPrintable(added.error().message));
        if (!UserAdministration(*admin).addTraining(bob.username, currentTraining()))
            qFatal("cannot train bob");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newStoreIsSignedFromItsFirstEvents()
    {
        const QString path = makeStore();
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        QVERIFY(bob);
        const AuditVerification v = verifyAs(*bob);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.signingStartSeq > 0);
        QCOMPARE(v.signedEvents, v.events - v.signingStartSeq + 1);
        QVERIFY(!v.rootFingerprint.isEmpty());
        QVERIFY(v.uncertifiedKeys.isEmpty());

        // The printed fingerprint is checked; another one is named.
        TrailVerifyOptions right;
        right.fingerprint = v.rootFingerprint;
        QVERIFY(verifyAs(*bob, right).intact);
        TrailVerifyOptions wrong;
        wrong.fingerprint = crypto::fingerprint(crypto::generateEd25519().publicKey);
        const AuditVerification w = verifyAs(*bob, wrong);
        QVERIFY(!w.intact);
        QVERIFY2(w.problem.contains(QStringLiteral("another root key")), qPrintable(w.problem));
    }

    // Finding 1, second script: another user's event changed and the chain
    // after it recomputed with the raw key. The hashes agree again; the
    // signatures do not.
    void editedEventWithRecomputedChainIsNamed()
    {
        const QString path = makeStore();
        qint64 victimSeq = 0;
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(admin);
            auto seq = trailOf(*admin).append(
                QStringLiteral("admin"), QStringLiteral("search"), QStringLiteral("search:1"),
                {{QStringLiteral("case"), QStringLiteral("26-1")}}, QStringLiteral("success"));
            QVERIFY(seq);
            victimSeq = seq.value();
        }
        QVERIFY(signInAs(path, QStringLiteral("bob"), kBobPassword));

        {
            RawStore raw(path, rawKey(path, QStringLiteral("bob"), kBobPassword));
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
            // Read every event, change the victim's case, recompute the chain.
            auto admin = signInAs(path, QStringLiteral("admin"));
            auto all = trailOf(*admin).list({});
            QVERIFY(all);
            admin.reset();
            all = [&] {
                auto again = signInAs(path, QStringLiteral("bob"), kBobPassword);
                return trailOf(*again).list({});
            }();
            QString prev = AuditLog::genesisHash();
            QStringList updates;
            for (AuditEvent e : all.value()) {
                if (e.seq == victimSeq)
                    e.details.insert(QStringLiteral("case"), QStringLiteral("26-999"));
                e.prevHash = prev;
                e.hash = AuditLog::chainHash(prev, e);
                prev = e.hash;
                updates << QStringLiteral("UPDATE audit SET details = '%1', prev_hash = '%2', "
                                          "hash = '%3' WHERE seq = %4")
                               .arg(QString::fromUtf8(
                                        QJsonDocument(e.details).toJson(QJsonDocument::Compact))
                                        .replace(u'\'', QStringLiteral("''")),
                                    e.prevHash, e.hash)
                               .arg(e.seq);
            }
            QVERIFY2(raw.withoutTriggers(updates.join(QStringLiteral(";"))),
                     qPrintable(raw.lastError()));
        }
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        QVERIFY(bob);
        const AuditVerification v = verifyAs(*bob);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, victimSeq);
        QVERIFY2(v.problem.contains(QStringLiteral("signature of admin")), qPrintable(v.problem));
    }

    // Finding 1, first script: the newest events deleted. Only an anchor
    // outside the file can tell; the test listens where syslog would.
    void deletedTailIsNamedByTheAnchors()
    {
        const QString path = makeStore();
        AnchorListener syslog(m_dir.filePath(QStringLiteral("anchor%1.sock").arg(m_n)));
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(setAnchorTarget(*admin, syslog.target()));
        } // sign-out sends an anchor
        qint64 searchSeq = 0;
        {
            auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
            QVERIFY(bob);
            auto seq = trailOf(*bob).append(
                QStringLiteral("bob"), QStringLiteral("search"), QStringLiteral("search:2"),
                {{QStringLiteral("note"), QStringLiteral("checking ex-partner")}},
                QStringLiteral("success"));
            QVERIFY(seq);
            searchSeq = seq.value();
        } // bob signs out: his search is anchored
        const QByteArray anchors = syslog.drain();
        QVERIFY(anchors.count("ALPR-ANCHOR") >= 3);
        const QString anchorFile = m_dir.filePath(QStringLiteral("syslog%1.log").arg(m_n));
        QFile f(anchorFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dec  5 02:00:00 host sshd[1]: unrelated line\n" + anchors);
        f.close();

        {
            RawStore raw(path, rawKey(path, QStringLiteral("bob"), kBobPassword));
            QVERIFY(raw.isOpen());
            QVERIFY(raw.withoutTriggers(
                QStringLiteral("DELETE FROM audit WHERE seq >= %1").arg(searchSeq)));
        }
        auto admin = signInAs(path, QStringLiteral("admin"));
        QVERIFY(admin);
        // The chain that is left is whole and signed...
        QVERIFY(verifyAs(*admin).intact);
        // ...but the anchors say what was there.
        qint64 unreadable = -1;
        auto read = readTrailAnchors(anchorFile, &unreadable);
        QVERIFY(read);
        QCOMPARE(unreadable, 0);
        TrailVerifyOptions options;
        options.anchors = read.value();
        options.anchorsGiven = true;
        const AuditVerification v = verifyAs(*admin, options);
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QStringLiteral("anchored")), qPrintable(v.problem));
        QVERIFY(v.firstBadSeq <= searchSeq + 1);
    }

    void anchorsCoverTheTailOfAnIntactTrail()
    {
        const QString path = makeStore();
        AnchorListener syslog(m_dir.filePath(QStringLiteral("anchor%1.sock").arg(m_n)));
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(setAnchorTarget(*admin, syslog.target()));
        }
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        TrailVerifyOptions options;
        options.anchors = trailanchors::parse(syslog.drain());
        options.anchorsGiven = true;
        const AuditVerification v = verifyAs(*bob, options);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.anchorsChecked >= 2);
        QCOMPARE(v.anchorsRejected, 0);
        QVERIFY(v.lastAnchoredSeq > 0);
        QCOMPARE(v.unanchoredEvents, v.events - v.lastAnchoredSeq);
        QVERIFY(v.unanchoredEvents > 0); // bob's sign-in is not anchored yet
    }

    // Finding 2: an old copy of the slot file brings back an old password.
    void rolledBackSlotFileIsRefused()
    {
        const QString path = makeStore();
        const QString keys = KeySlotFile::pathForStore(path);
        const QString copy = keys + QStringLiteral(".old");
        QVERIFY(QFile::copy(keys, copy));
        {
            auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
            QVERIFY(bob);
            QVERIFY(bob->changeOwnPassword(password(kBobPassword),
                                           password("a-new-and-better-passphrase-2026")));
        }
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::copy(copy, keys));
        auto old =
            SignIn::signIn(path, QStringLiteral("bob"), password(kBobPassword), Clock::system());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Denied);
        QVERIFY2(old.error().message.contains(QStringLiteral("earlier copy")),
                 qPrintable(old.error().message));
        // Other users' slots in the old copy are as current as ever.
        QVERIFY(signInAs(path, QStringLiteral("admin")));
    }

    // Finding 2: a disabled user's old slot yields the database key, until a rekey.
    void disabledUsersOldSlotNoLongerOpensAfterRekey()
    {
        const QString path = makeStore();
        const QString keys = KeySlotFile::pathForStore(path);
        const SecureBytes bobsKey = rawKey(path, QStringLiteral("bob"), kBobPassword);
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(UserAdministration(*admin).disableUser(QStringLiteral("bob")));
            // Before the rekey the old key still opens the file.
            {
                RawStore raw(path, bobsKey);
                QVERIFY(raw.isOpen());
            }
            auto rekeyed = StoreKeys(*admin).rekey();
            QVERIFY2(rekeyed, rekeyed ? "" : qPrintable(rekeyed.error().message));
            QCOMPARE(rekeyed->usersSealed, 1);
            // The session goes on with the new file.
            QVERIFY(verifyAs(*admin).intact);
        }
        RawStore raw(path, bobsKey);
        QVERIFY(!raw.isOpen());
        auto admin = signInAs(path, QStringLiteral("admin"));
        QVERIFY(admin);
        const AuditVerification v = verifyAs(*admin);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(QFile::exists(keys));
        QVERIFY(!QFile::exists(path + QStringLiteral(".replacing")));
    }

    void rekeyIsRefusedWhileAnotherSessionIsOpen()
    {
        const QString path = makeStore();
        auto admin = signInAs(path, QStringLiteral("admin"));
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        QVERIFY(admin && bob);
        // Without waiting (the default waits a minute for them to close).
        StoreKeys refused(*admin);
        refused.setWaitForOthers(0);
        auto r = refused.rekey();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QVERIFY2(r.error().message.contains(QStringLiteral("Other sessions")),
                 qPrintable(r.error().message));
        // Both sessions work on.
        QVERIFY(verifyAs(*bob).intact);

        // Told and given time, a session that stays open still stops it,
        // and the notice goes away with the attempt.
        StoreKeys keys(*admin);
        keys.setWaitForOthers(600);
        auto told = keys.rekey();
        QVERIFY(!told);
        QVERIFY2(told.error().message.contains(QStringLiteral("were told")),
                 qPrintable(told.error().message));
        QVERIFY(!StoreKeys::announcedReplacement(path));
    }

    // A crash between the rename and the promotion of the new keys: the
    // next sign-in finishes the replacement.
    void interruptedReplacementIsFinishedAtSignIn()
    {
        const QString path = makeStore();
        auto slots = KeySlotFile::loadForStore(path);
        QVERIFY(slots);
        const SecureBytes oldKey = rawKey(path, QStringLiteral("admin"));
        const SecureBytes newKey = crypto::randomBytes(kDatabaseKeyLength);
        for (const QString& user : slots->usernames())
            QVERIFY(slots->sealNextDatabaseKey(user, newKey));
        QVERIFY(slots->save());
        {
            // The copy under the new key, renamed over the store: as far as
            // a rekey gets before it would promote the keys.
            RawStore raw(path, oldKey);
            QVERIFY(raw.isOpen());
            const QString copy = path + QStringLiteral(".replacing");
            QFile made(copy);
            QVERIFY(made.open(QIODevice::WriteOnly));
            made.close();
            QVERIFY(
                raw.exec(QStringLiteral("ATTACH DATABASE '%1' AS c KEY \"x'%2'\"")
                             .arg(copy, QString::fromLatin1(newKey.toByteArrayUnsafe().toHex()))));
            QVERIFY(raw.exec("PRAGMA c.cipher_page_size = 4096"));
            QVERIFY(raw.exec("SELECT sqlcipher_export('c')"));
            QVERIFY(raw.exec("DETACH DATABASE c"));
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + QStringLiteral(".replacing"), path));
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        QVERIFY(bob);
        QVERIFY(!KeySlotFile::loadForStore(path)->hasNextDatabaseKey());
        auto admin = signInAs(path, QStringLiteral("admin"));
        QVERIFY(admin);
        RawStore raw(path, newKey);
        QVERIFY(raw.isOpen());
    }

    // A store from before signing: a version 1 slot file (the database key
    // wrapped under each password) and unsigned events. The first
    // administrator's sign-in makes the root key and starts signing; a
    // detective's key is then registered by itself, and listed as such.
    void oldStoreStartsSigningAtTheFirstAdministratorsSignIn()
    {
        const QString path = newStorePath();
        const SecureBytes key = crypto::randomBytes(kDatabaseKeyLength);
        const QString storeId = QString::fromLatin1(crypto::randomBytesPublic(16).toHex());
        {
            auto store = Store::create(path, key);
            QVERIFY(store);
            AuditLog trail(store.value()->auditEvents(), Clock::system(), u"old"_qs);
            for (const auto& [name, role] :
                 {std::pair{QStringLiteral("admin"), Role::Administrator},
                  std::pair{QStringLiteral("bob"), Role::Detective}}) {
                UserAccount a;
                a.username = name;
                a.fullName = name;
                a.roles = {role};
                auto id = store.value()->users().insert(a, QDateTime::currentDateTimeUtc());
                QVERIFY(id);
                QVERIFY(store.value()->users().addTraining(id.value(), currentTraining()));
                QVERIFY(
                    trail.append(name, u"user-added"_qs, u"user:"_qs + name, {}, u"success"_qs));
            }
        }
        auto field = [](const QByteArray& bytes) {
            const quint32 size = qToBigEndian(quint32(bytes.size()));
            return QByteArray(reinterpret_cast<const char*>(&size), sizeof size) + bytes;
        };
        QJsonArray slots;
        for (const auto& [name, pass] : {std::pair{QStringLiteral("admin"), kPassword},
                                         std::pair{QStringLiteral("bob"), kBobPassword}}) {
            const QByteArray salt = crypto::randomBytesPublic(32);
            auto wrapping = crypto::pbkdf2Sha256(password(pass), salt, kMinPbkdf2Iterations, 32);
            QVERIFY(wrapping);
            const QByteArray aad =
                "alpr-keyslots/1/slot" + field(storeId.toUtf8()) + field(name.toUtf8());
            auto sealed = crypto::aes256GcmSeal(wrapping.value(), key, aad);
            QVERIFY(sealed);
            slots.append(
                QJsonObject{{u"username"_qs, name},
                            {u"kdf"_qs, u"pbkdf2-hmac-sha256"_qs},
                            {u"iterations"_qs, kMinPbkdf2Iterations},
                            {u"salt"_qs, QString::fromLatin1(salt.toBase64())},
                            {u"nonce"_qs, QString::fromLatin1(sealed->nonce.toBase64())},
                            {u"ciphertext"_qs, QString::fromLatin1(sealed->ciphertext.toBase64())},
                            {u"tag"_qs, QString::fromLatin1(sealed->tag.toBase64())}});
        }
        QFile keys(KeySlotFile::pathForStore(path));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write(QJsonDocument(QJsonObject{{u"format"_qs, u"alpr-keyslots"_qs},
                                             {u"version"_qs, 1},
                                             {u"store_id"_qs, storeId},
                                             {u"slots"_qs, slots},
                                             {u"failures"_qs, QJsonArray()},
                                             {u"pending_events"_qs, QJsonArray()}})
                       .toJson());
        keys.close();

        // A detective first: nothing is signed yet, the slot stays as it was.
        QVERIFY(signInAs(path, QStringLiteral("bob"), kBobPassword));
        QVERIFY(KeySlotFile::loadForStore(path)->sealingPublic(u"bob"_qs).isEmpty());
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(admin);
            const AuditVerification v = verifyAs(*admin);
            QVERIFY2(v.intact, qPrintable(v.problem));
            QVERIFY(v.signingStartSeq > 2); // the old events are kept, unsigned
            QVERIFY(!KeySlotFile::loadForStore(path)->rootPublic().isEmpty());
        }
        auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
        QVERIFY(bob);
        QVERIFY(!KeySlotFile::loadForStore(path)->sealingPublic(u"bob"_qs).isEmpty());
        const AuditVerification v = verifyAs(*bob);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.uncertifiedKeys, QStringList{u"bob"_qs});
    }

    void backupDamageRestoreVerify()
    {
        const QString path = makeStore();
        const QString backup = m_dir.filePath(QStringLiteral("backup%1.alprdb").arg(m_n));
        AnchorListener syslog(m_dir.filePath(QStringLiteral("anchor%1.sock").arg(m_n)));
        qint64 backupHead = 0;
        {
            auto admin = signInAs(path, QStringLiteral("admin"));
            QVERIFY(setAnchorTarget(*admin, syslog.target()));
            auto b = StoreKeys(*admin).backup(backup);
            QVERIFY2(b, b ? "" : qPrintable(b.error().message));
            backupHead = b->headSeq;
            QVERIFY(QFile::exists(backup));
            QCOMPARE(int(QFile::permissions(backup) & 0077), 0);
            QCOMPARE(int(QFile::permissions(backup + QStringLiteral(".keys")) & 0077), 0);
        }
        {
            auto bob = signInAs(path, QStringLiteral("bob"), kBobPassword);
            QVERIFY(bob);
        }
        // Damage: overwrite a run of pages in the middle of the file.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() / 2));
            f.write(QByteArray(8192, '\x5a'));
        }
        // No session needed: the damaged store may not open at all.
        auto restored =
            StoreKeys::restore(path, QStringLiteral("admin"), password(), backup, Clock::system());
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->backupHeadSeq, backupHead);
        QVERIFY(restored->discardedTo < 0 || restored->discardedTo > backupHead);
        auto again = signInAs(path, QStringLiteral("admin"));
        QVERIFY(again);
        TrailVerifyOptions options;
        options.anchors = trailanchors::parse(syslog.drain());
        options.anchorsGiven = true;
        const AuditVerification v = verifyAs(*again, options);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.discardedByRestore > 0);
        auto restoredEvents = trailOf(*again).list(
            {QString(), QStringLiteral("store-restored"), {}, {}, {}, {}, {}, {}, 0});
        QVERIFY(restoredEvents);
        QCOMPARE(restoredEvents->size(), 1);
        // Bob still signs in with today's password.
        QVERIFY(signInAs(path, QStringLiteral("bob"), kBobPassword));
    }
};

QTEST_GUILESS_MAIN(TestTrailKeys)
#include "tst_trailkeys.moc"
