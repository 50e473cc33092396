// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/keyslotfile.h"
#include "common/crypto.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace alpr;

namespace {

const QString kWrongUserOrPassword = QStringLiteral("wrong user name or password");

SecureBytes password(const char* text)
{
    return SecureBytes::fromRaw(text, qsizetype(qstrlen(text)));
}

// The message of a failed result, for QVERIFY2 (which evaluates it even on
// success).
template <typename R> QByteArray why(const R& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool writeJson(const QString& path, const QJsonObject& root)
{
    return writeBytes(path, QJsonDocument(root).toJson());
}

// The slot object of username in a parsed file, or an empty object.
QJsonObject slotOf(const QJsonObject& root, const QString& username)
{
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    for (const QJsonValue& v : slots) {
        if (v.toObject().value(QLatin1String("username")).toString() == username)
            return v.toObject();
    }
    return {};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestKeySlotFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void roundTrip();
    void unknownUserAndWrongPasswordLookAlike();
    void slotCopiedToAnotherUserFails();
    void slotCopiedFromAnotherStoreFails();
    void changingOnePasswordLeavesTheOtherSlotAlone();
    void removeSlot();
    void addSlotRefusesBadInput_data();
    void addSlotRefusesBadInput();
    void failuresAndPendingEventsPersist();
    void pendingEventsAreBounded();
    void savedFileIsOwnerOnlyAndHoldsNoSecret();
    void saveIntoMissingFolderFails();
    void missingFileIsNotFound();
    void malformedFileIsCorrupt_data();
    void malformedFileIsCorrupt();

private:
    // A fresh copy of the two-user file made in initTestCase().
    QString copyOfTemplate(const QString& name);

    QTemporaryDir m_dir;
    SecureBytes m_databaseKey;
    QString m_templateStoreId;
    QByteArray m_template;
};

void TestKeySlotFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databaseKey = crypto::randomBytes(kDatabaseKeyLength);

    KeySlotFile file = KeySlotFile::createNew(m_dir.filePath(QStringLiteral("template.keys")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(
        file.addSlot(QStringLiteral("alice"), password("alice's password"), m_databaseKey).ok());
    qInfo("One key slot at %d PBKDF2 iterations took %lld ms", kMinPbkdf2Iterations,
          timer.elapsed());
    QVERIFY(file.addSlot(QStringLiteral("bob"), password("bob's password"), m_databaseKey).ok());
    const auto saved = file.save();
    QVERIFY2(saved.ok(), why(saved).constData());

    m_templateStoreId = file.storeId();
    QFile written(file.path());
    QVERIFY(written.open(QIODevice::ReadOnly));
    m_template = written.readAll();
    QVERIFY(!m_template.isEmpty());
}

QString TestKeySlotFile::copyOfTemplate(const QString& name)
{
    const QString path = m_dir.filePath(name + QLatin1String(".keys"));
    if (!writeBytes(path, m_template))
        return {};
    return path;
}

void TestKeySlotFile::roundTrip()
{
    const QString path = copyOfTemplate(QStringLiteral("roundtrip"));
    const auto loaded = KeySlotFile::load(path);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QCOMPARE(loaded->path(), path);
    QCOMPARE(loaded->storeId(), m_templateStoreId);
    QCOMPARE(loaded->usernames(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QVERIFY(loaded->hasSlot(QStringLiteral("bob")));
    QVERIFY(!loaded->hasSlot(QStringLiteral("Bob")));

    const auto key = loaded->unlock(QStringLiteral("bob"), password("bob's password"));
    QVERIFY2(key.ok(), why(key).constData());
    QVERIFY(*key == m_databaseKey);
}

void TestKeySlotFile::unknownUserAndWrongPasswordLookAlike()
{
    const auto loaded = KeySlotFile::load(copyOfTemplate(QStringLiteral("lookalike")));
    QVERIFY(loaded.ok());

    const auto wrongPassword = loaded->unlock(QStringLiteral("alice"), password("bob's password"));
    QVERIFY(!wrongPassword.ok());
    QCOMPARE(wrongPassword.error().code, ErrorCode::AuthFailed);
    QCOMPARE(wrongPassword.error().message, kWrongUserOrPassword);

    const auto unknownUser = loaded->unlock(QStringLiteral("carol"), password("alice's password"));
    QVERIFY(!unknownUser.ok());
    QCOMPARE(unknownUser.error().code, ErrorCode::AuthFailed);
    QCOMPARE(unknownUser.error().message, wrongPassword.error().message);
}

void TestKeySlotFile::slotCopiedToAnotherUserFails()
{
    // Mallory copies alice's slot under her own name, hoping alice's
    // password (which she does not know) is not needed or that she can
    // later swap names back; with the name in the AAD the slot is dead.
    const QString path = copyOfTemplate(QStringLiteral("moved"));
    QJsonObject root = readJson(path);
    QJsonObject copied = slotOf(root, QStringLiteral("alice"));
    QVERIFY(!copied.isEmpty());
    copied.insert(QLatin1String("username"), QStringLiteral("mallory"));
    QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    slots.append(copied);
    root.insert(QLatin1String("slots"), slots);
    QVERIFY(writeJson(path, root));

    const auto loaded = KeySlotFile::load(path);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QVERIFY(loaded->hasSlot(QStringLiteral("mallory")));
    const auto key = loaded->unlock(QStringLiteral("mallory"), password("alice's password"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::AuthFailed);
}

void TestKeySlotFile::slotCopiedFromAnotherStoreFails()
{
    const QJsonObject alice =
        slotOf(QJsonDocument::fromJson(m_template).object(), QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("other-store.keys"));
    const KeySlotFile other = KeySlotFile::createNew(path);
    QVERIFY(other.storeId() != m_templateStoreId);
    QVERIFY(other.save().ok());
    QJsonObject root = readJson(path);
    root.insert(QLatin1String("slots"), QJsonArray{alice});
    QVERIFY(writeJson(path, root));

    const auto loaded = KeySlotFile::load(path);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QVERIFY(loaded->hasSlot(QStringLiteral("alice")));
    const auto key = loaded->unlock(QStringLiteral("alice"), password("alice's password"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::AuthFailed);
}

void TestKeySlotFile::changingOnePasswordLeavesTheOtherSlotAlone()
{
    const QString path = copyOfTemplate(QStringLiteral("change"));
    const QJsonObject before = readJson(path);

    auto loaded = KeySlotFile::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(
        loaded->addSlot(QStringLiteral("alice"), password("a new passphrase"), m_databaseKey).ok());
    QVERIFY(loaded->save().ok());
    const QJsonObject after = readJson(path);

    QCOMPARE(compact(slotOf(after, QStringLiteral("bob"))),
             compact(slotOf(before, QStringLiteral("bob"))));
    const QJsonObject oldAlice = slotOf(before, QStringLiteral("alice"));
    const QJsonObject newAlice = slotOf(after, QStringLiteral("alice"));
    for (const char* field : {"salt", "nonce", "ciphertext", "tag"}) {
        const QLatin1String key(field);
        QVERIFY2(newAlice.value(key).toString() != oldAlice.value(key).toString(), field);
    }
    QCOMPARE(after.value(QLatin1String("store_id")), before.value(QLatin1String("store_id")));

    const auto reloaded = KeySlotFile::load(path);
    QVERIFY(reloaded.ok());
    const auto key = reloaded->unlock(QStringLiteral("alice"), password("a new passphrase"));
    QVERIFY2(key.ok(), why(key).constData());
    QVERIFY(*key == m_databaseKey);
    const auto old = reloaded->unlock(QStringLiteral("alice"), password("alice's password"));
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, ErrorCode::AuthFailed);
}

void TestKeySlotFile::removeSlot()
{
    const QString path = copyOfTemplate(QStringLiteral("remove"));
    auto loaded = KeySlotFile::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->removeSlot(QStringLiteral("bob")));
    QVERIFY(!loaded->removeSlot(QStringLiteral("bob")));
    QVERIFY(!loaded->removeSlot(QStringLiteral("nobody")));
    QVERIFY(loaded->save().ok());

    const auto reloaded = KeySlotFile::load(path);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->usernames(), QStringList{QStringLiteral("alice")});
    QVERIFY(!reloaded->hasSlot(QStringLiteral("bob")));
    const auto key = reloaded->unlock(QStringLiteral("bob"), password("bob's password"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::AuthFailed);
}

void TestKeySlotFile::addSlotRefusesBadInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<int>("iterations");
    QTest::newRow("too few iterations") << QStringLiteral("dave") << 32 << kMinPbkdf2Iterations - 1;
    QTest::newRow("1,000 iterations") << QStringLiteral("dave") << 32 << 1000;
    QTest::newRow("too many iterations")
        << QStringLiteral("dave") << 32 << kMaxPbkdf2Iterations + 1;
    QTest::newRow("no user name") << QString() << 32 << kMinPbkdf2Iterations;
    QTest::newRow("short key") << QStringLiteral("dave") << 16 << kMinPbkdf2Iterations;
    QTest::newRow("no key") << QStringLiteral("dave") << 0 << kMinPbkdf2Iterations;
}

void TestKeySlotFile::addSlotRefusesBadInput()
{
    QFETCH(QString, username);
    QFETCH(int, keyLength);
    QFETCH(int, iterations);
    KeySlotFile file = KeySlotFile::createNew(m_dir.filePath(QStringLiteral("refuse.keys")));
    const auto added =
        file.addSlot(username, password("pw"), crypto::randomBytes(keyLength), iterations);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::Invalid);
    QVERIFY(file.usernames().isEmpty());
}

void TestKeySlotFile::failuresAndPendingEventsPersist()
{
    const QString path = m_dir.filePath(QStringLiteral("failures.keys"));
    KeySlotFile file = KeySlotFile::createNew(path);
    const QDateTime lockedUntil(QDate(2026, 3, 1), QTime(14, 30, 15, 250), Qt::UTC);
    file.setFailures(QStringLiteral("alice"), {3, lockedUntil, {}});
    file.setFailures(QStringLiteral("bob"), {1, QDateTime(), {}});
    file.setFailures(QStringLiteral("carol"), {});
    const PendingEvent first{QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC),
                             QStringLiteral("alice"), QStringLiteral("sign-in"),
                             QStringLiteral("failed"), QStringLiteral("wrong password, try 3")};
    // Given in another zone: stored as the same instant in UTC.
    const PendingEvent second{
        QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::OffsetFromUTC, -5 * 3600),
        QStringLiteral("zo\u00eb"), QStringLiteral("sign-in"), QStringLiteral("locked"), QString()};
    file.appendPendingEvent(first);
    file.appendPendingEvent(second);
    QCOMPARE(file.pendingEvents().at(1).at.timeSpec(), Qt::UTC);
    QCOMPARE(file.failures(QStringLiteral("alice")).lockedUntil, lockedUntil);
    QVERIFY(file.save().ok());

    auto loaded = KeySlotFile::load(path);
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QCOMPARE(loaded->failures(QStringLiteral("alice")).consecutiveFailures, 3);
    QCOMPARE(loaded->failures(QStringLiteral("alice")).lockedUntil, lockedUntil);
    QCOMPARE(loaded->failures(QStringLiteral("alice")).lockedUntil.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->failures(QStringLiteral("bob")).consecutiveFailures, 1);
    QVERIFY(!loaded->failures(QStringLiteral("bob")).lockedUntil.isValid());
    QCOMPARE(loaded->failures(QStringLiteral("carol")).consecutiveFailures, 0);
    QCOMPARE(readJson(path).value(QLatin1String("failures")).toArray().size(), 2);

    const QList<PendingEvent> events = loaded->pendingEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].at, first.at);
    QCOMPARE(events[0].username, first.username);
    QCOMPARE(events[0].action, first.action);
    QCOMPARE(events[0].outcome, first.outcome);
    QCOMPARE(events[0].detail, first.detail);
    QCOMPARE(events[1].at, QDateTime(QDate(2026, 3, 1), QTime(14, 5), Qt::UTC));
    QCOMPARE(events[1].username, QStringLiteral("zo\u00eb"));
    QCOMPARE(events[1].outcome, QStringLiteral("locked"));

    // Clearing both, then saving, leaves nothing behind.
    loaded->setFailures(QStringLiteral("alice"), {});
    loaded->clearPendingEvents();
    QVERIFY(loaded->save().ok());
    const auto cleared = KeySlotFile::load(path);
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->failures(QStringLiteral("alice")).consecutiveFailures, 0);
    QVERIFY(!cleared->failures(QStringLiteral("alice")).lockedUntil.isValid());
    QCOMPARE(cleared->failures(QStringLiteral("bob")).consecutiveFailures, 1);
    QVERIFY(cleared->pendingEvents().isEmpty());
}

void TestKeySlotFile::pendingEventsAreBounded()
{
    const QString path = m_dir.filePath(QStringLiteral("bounded.keys"));
    KeySlotFile file = KeySlotFile::createNew(path);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < kMaxPendingEvents + 5; ++i) {
        file.appendPendingEvent({start.addSecs(i), QStringLiteral("user"),
                                 QStringLiteral("sign-in"), QStringLiteral("failed"),
                                 QString::number(i)});
    }
    QCOMPARE(file.pendingEvents().size(), kMaxPendingEvents);
    QCOMPARE(file.pendingEvents().first().detail, QStringLiteral("5"));
    QCOMPARE(file.pendingEvents().last().detail, QString::number(kMaxPendingEvents + 4));

    QVERIFY(file.save().ok());
    const auto loaded = KeySlotFile::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->pendingEvents().size(), kMaxPendingEvents);
    QCOMPARE(loaded->pendingEvents().first().detail, QStringLiteral("5"));
}

void TestKeySlotFile::savedFileIsOwnerOnlyAndHoldsNoSecret()
{
    // An existing world-readable file is replaced by an owner-only one.
    const QString path = m_dir.filePath(QStringLiteral("mode.keys"));
    QVERIFY(writeBytes(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(fileMode(path), 0644);

    const KeySlotFile file = KeySlotFile::createNew(path);
    QVERIFY(file.save().ok());
    QCOMPARE(fileMode(path), 0600);

    // The template, written by save() as a new file, is owner-only too.
    QCOMPARE(fileMode(m_dir.filePath(QStringLiteral("template.keys"))), 0600);

    // Neither the key nor a password is in the file, raw or in base64.
    const QByteArray key = m_databaseKey.toByteArrayUnsafe();
    QVERIFY(!m_template.contains(key));
    QVERIFY(!m_template.contains(key.toBase64()));
    QVERIFY(!m_template.contains(key.toHex()));
    QVERIFY(!m_template.contains("alice's password"));
    QVERIFY(!m_template.contains(QByteArray("alice's password").toBase64()));

    // The documented shape.
    const QJsonObject root = QJsonDocument::fromJson(m_template).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("alpr-keyslots"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 2);
    const QJsonObject alice = slotOf(root, QStringLiteral("alice"));
    QCOMPARE(alice.value(QLatin1String("kdf")).toString(), QStringLiteral("pbkdf2-hmac-sha256"));
    QCOMPARE(alice.value(QLatin1String("iterations")).toInt(), kMinPbkdf2Iterations);
    QVERIFY(
        QByteArray::fromBase64(alice.value(QLatin1String("salt")).toString().toLatin1()).size() >=
        16);

    // No temporary file is left behind.
    const QStringList leftovers =
        QDir(m_dir.path()).entryList(QStringList{QStringLiteral("mode.keys*")}, QDir::Files);
    QCOMPARE(leftovers, QStringList{QStringLiteral("mode.keys")});
}

void TestKeySlotFile::saveIntoMissingFolderFails()
{
    const KeySlotFile file =
        KeySlotFile::createNew(m_dir.filePath(QStringLiteral("no-such-folder/store.keys")));
    const auto saved = file.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::Io);
    QVERIFY2(saved.error().message.contains(QStringLiteral("no-such-folder")),
             why(saved).constData());
}

void TestKeySlotFile::missingFileIsNotFound()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.keys"));
    const auto loaded = KeySlotFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(KeySlotFile::pathForStore(QStringLiteral("/data/reads.alprdb")),
             QStringLiteral("/data/reads.alprdb.keys"));
}

void TestKeySlotFile::malformedFileIsCorrupt_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected"); // part of the message

    const QJsonObject root = QJsonDocument::fromJson(m_template).object();
    QVERIFY(!root.isEmpty());
    // The template with one top-level field replaced.
    const auto withField = [&root](const char* key, const QJsonValue& value) {
        QJsonObject changed = root;
        changed.insert(QLatin1String(key), value);
        return QJsonDocument(changed).toJson();
    };
    // The template with one field of alice's slot (the first) replaced.
    const auto withSlotField = [&root](const char* key, const QJsonValue& value) {
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        if (value.isUndefined())
            slot.remove(QLatin1String(key));
        else
            slot.insert(QLatin1String(key), value);
        slots.replace(0, slot);
        QJsonObject changed = root;
        changed.insert(QLatin1String("slots"), slots);
        return QJsonDocument(changed).toJson();
    };
    const QJsonObject alice = slotOf(root, QStringLiteral("alice"));
    const QString nonce = alice.value(QLatin1String("nonce")).toString();
    const QString salt = alice.value(QLatin1String("salt")).toString();
    const auto b64 = [](qsizetype n) { return QString::fromLatin1(QByteArray(n, 'x').toBase64()); };
    const QString slot1 = QStringLiteral("slot 1 (user \"alice\")");

    QTest::newRow("not JSON") << QByteArray("this is not JSON") << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("cut short") << m_template.left(m_template.size() / 2)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("a JSON list") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("other format") << withField("format", QStringLiteral("keepass"))
                                  << QStringLiteral("\"keepass\"");
    QTest::newRow("no format") << withField("format", QJsonValue::Null)
                               << QStringLiteral("\"format\" is missing");
    QTest::newRow("version 3") << withField("version", 3) << QStringLiteral("version is 3");
    QTest::newRow("version 0") << withField("version", 0) << QStringLiteral("version is 0");
    QTest::newRow("version as text") << withField("version", QStringLiteral("1"))
                                     << QStringLiteral("version is missing or not a number");
    QTest::newRow("store id not hex")
        << withField("store_id", QStringLiteral("not-an-id")) << QStringLiteral("\"store_id\"");
    QTest::newRow("slots not a list")
        << withField("slots", QJsonObject()) << QStringLiteral("\"slots\"");
    QTest::newRow("slot not an object")
        << withField("slots", QJsonArray{42}) << QStringLiteral("slot 1 is not a JSON object");
    QTest::newRow("failures missing")
        << withField("failures", QJsonValue::Null) << QStringLiteral("\"failures\"");
    QTest::newRow("low iterations") << withSlotField("iterations", 100000)
                                    << slot1 + QStringLiteral(": \"iterations\" is 100000");
    QTest::newRow("just below the minimum") << withSlotField("iterations", kMinPbkdf2Iterations - 1)
                                            << QStringLiteral("\"iterations\"");
    QTest::newRow("huge iterations")
        << withSlotField("iterations", 2147483647.0) << QStringLiteral("\"iterations\"");
    QTest::newRow("fractional iterations")
        << withSlotField("iterations", 600000.5) << QStringLiteral("not a whole number");
    QTest::newRow("iterations as text") << withSlotField("iterations", QStringLiteral("600000"))
                                        << QStringLiteral("not a whole number");
    QTest::newRow("unknown kdf") << withSlotField("kdf", QStringLiteral("argon2id"))
                                 << slot1 + QStringLiteral(": unknown key derivation \"argon2id\"");
    QTest::newRow("no salt") << withSlotField("salt", QJsonValue::Undefined)
                             << QStringLiteral("\"salt\" is missing");
    QTest::newRow("short salt") << withSlotField("salt", b64(15))
                                << QStringLiteral("\"salt\" is 15 bytes long");
    QTest::newRow("truncated base64 nonce")
        << withSlotField("nonce", nonce.left(nonce.size() - 2))
        << slot1 + QStringLiteral(": \"nonce\" is not valid base64");
    QTest::newRow("truncated base64 salt") << withSlotField("salt", salt.left(salt.size() - 1))
                                           << QStringLiteral("\"salt\" is not valid base64");
    QTest::newRow("bad base64 characters")
        << withSlotField("tag", QStringLiteral("!!!!!!!!!!!!!!!!"))
        << QStringLiteral("\"tag\" is not valid base64");
    QTest::newRow("nonce too long") << withSlotField("nonce", b64(16))
                                    << QStringLiteral("\"nonce\" is 16 bytes long, expected 12");
    QTest::newRow("ciphertext too short") << withSlotField("ciphertext", b64(31))
                                          << QStringLiteral("\"ciphertext\" is 31 bytes long");
    QTest::newRow("tag too short")
        << withSlotField("tag", b64(15)) << QStringLiteral("\"tag\" is 15 bytes long, expected 16");
    QTest::newRow("empty user name")
        << withSlotField("username", QString()) << QStringLiteral("slot 1: \"username\" is empty");
    QTest::newRow("two slots for one user") << withSlotField("username", QStringLiteral("bob"))
                                            << QStringLiteral("a second slot for the same user");
    QTest::newRow("negative failure count")
        << withField("failures",
                     QJsonArray{QJsonObject{{QLatin1String("username"), QStringLiteral("a")},
                                            {QLatin1String("consecutive_failures"), -1},
                                            {QLatin1String("locked_until"), QString()}}})
        << QStringLiteral("failure record 1: \"consecutive_failures\" is -1");
    QTest::newRow("lock time not a time")
        << withField("failures", QJsonArray{QJsonObject{
                                     {QLatin1String("username"), QStringLiteral("a")},
                                     {QLatin1String("consecutive_failures"), 5},
                                     {QLatin1String("locked_until"), QStringLiteral("soon")}}})
        << QStringLiteral("\"locked_until\" is not a date and time");
    QTest::newRow("event time not a time")
        << withField("pending_events",
                     QJsonArray{QJsonObject{{QLatin1String("at"), QStringLiteral("yesterday")},
                                            {QLatin1String("username"), QStringLiteral("a")},
                                            {QLatin1String("action"), QStringLiteral("sign-in")},
                                            {QLatin1String("outcome"), QStringLiteral("failed")},
                                            {QLatin1String("detail"), QString()}}})
        << QStringLiteral("pending event 1: \"at\" is not a date and time");
}

void TestKeySlotFile::malformedFileIsCorrupt()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);

    // The untouched template loads, so the change made in each row is what
    // the loader refuses.
    QVERIFY(KeySlotFile::load(copyOfTemplate(QStringLiteral("intact"))).ok());

    const QString path = m_dir.filePath(QStringLiteral("malformed.keys"));
    QVERIFY(writeBytes(path, contents));
    const auto loaded = KeySlotFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Corrupt);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "tst_keyslotfile.moc"
