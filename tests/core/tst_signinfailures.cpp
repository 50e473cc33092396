// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auth/keyslotfile.h"
#include "auth/signin.h"
#include "auth/signinfailures.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

// Failed sign-ins under names nobody has, or names far too long for anyone to
// have, are counted in the key-slot file; whatever is typed, the file stays
// small and the real users can still sign in.
class TestSignInFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;

    QString keysPath() const { return KeySlotFile::pathForStore(m_path); }

    static QString longName(int i)
    {
        return QString(120000, QChar(u'a' + i % 26)) + QString::number(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"failures.alprdb"_s);
        auto admin = test::createStore(m_path, m_clock);
        QVERIFY(admin);
    }

    void recordedUsername_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("short") << u"reyes"_s << u"reyes"_s;
        QTest::newRow("64 characters") << QString(64, u'x') << QString(64, u'x');
        const QString name65 = QString(65, u'x');
        QTest::newRow("65 characters")
            << name65
            << QString(16, u'x') + u"\u2026[65 characters, SHA-256 "_s +
                   QString::fromLatin1(
                       QCryptographicHash::hash(name65.toUtf8(), QCryptographicHash::Sha256)
                           .left(6)
                           .toHex()) +
                   u"]"_s;
        // A surrogate pair is not cut in half at the 16th character.
        const QString emoji = QString(15, u'y') + u"\U0001F600"_s + QString(56, u'z');
        QTest::newRow("surrogate pair at the cut")
            << emoji
            << QString(15, u'y') + u"\u2026[73 characters, SHA-256 "_s +
                   QString::fromLatin1(
                       QCryptographicHash::hash(emoji.toUtf8(), QCryptographicHash::Sha256)
                           .left(6)
                           .toHex()) +
                   u"]"_s;
    }

    void recordedUsername()
    {
        QFETCH(QString, name);
        QFETCH(QString, recorded);
        QCOMPARE(KeySlotFile::recordedUsername(name), recorded);
        // Recorded once, it stays as it is (the file is read back and
        // written again before the trail gets it).
        QCOMPARE(KeySlotFile::recordedUsername(recorded), recorded);
    }

    void unknownNamesAreCappedOldestFirst()
    {
        KeySlotFile keys = KeySlotFile::createNew(m_dir.filePath(u"cap.keys"_s));
        QVERIFY(keys.addSlot(u"reyes"_s, test::password(),
                             test::password("0123456789abcdef"
                                            "0123456789abcdef"))
                    .ok());
        QDateTime at = m_clock.now();
        (void)SignInFailures::recordWrongPassword(keys, u"reyes"_s, at);
        const int names = kMaxUnknownNameFailures + 44;
        for (int i = 0; i < names; ++i) {
            at = at.addSecs(1);
            (void)SignInFailures::recordWrongPassword(keys, u"nobody%1"_s.arg(i), at);
        }
        // The user with a slot keeps their count; the 44 oldest unknown names
        // are gone and the newest are there.
        QCOMPARE(keys.failureRecordCount(), qsizetype(kMaxUnknownNameFailures + 1));
        QCOMPARE(keys.failures(u"reyes"_s).consecutiveFailures, 1);
        QCOMPARE(keys.failures(u"nobody43"_s).consecutiveFailures, 0);
        QCOMPARE(keys.failures(u"nobody44"_s).consecutiveFailures, 1);
        QCOMPARE(keys.failures(u"nobody%1"_s.arg(names - 1)).consecutiveFailures, 1);

        // An unknown name that fails again is the newest, and stays.
        (void)SignInFailures::recordWrongPassword(keys, u"nobody44"_s, at.addSecs(1));
        (void)SignInFailures::recordWrongPassword(keys, u"another"_s, at.addSecs(2));
        QCOMPARE(keys.failures(u"nobody44"_s).consecutiveFailures, 2);
        QCOMPARE(keys.failures(u"nobody45"_s).consecutiveFailures, 0);

        // A name too long for any account is refused but never counted.
        const QString tooLong = QString(65, u'q');
        QCOMPARE(SignInFailures::recordWrongPassword(keys, tooLong, at),
                 u"wrong user name or password"_s);
        QCOMPARE(keys.failures(tooLong).consecutiveFailures, 0);
        QCOMPARE(keys.pendingEvents().last().username, KeySlotFile::recordedUsername(tooLong));

        // The cap survives a save and a load.
        QVERIFY(keys.save().ok());
        auto loaded = KeySlotFile::load(keys.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->failureRecordCount(), qsizetype(kMaxUnknownNameFailures + 1));
        QCOMPARE(loaded->failures(u"nobody44"_s).consecutiveFailures, 2);
    }

    void olderFileWithLongNamesIsTrimmedOnLoad()
    {
        KeySlotFile keys = KeySlotFile::createNew(m_dir.filePath(u"old.keys"_s));
        QVERIFY(keys.save().ok());
        QFile f(keys.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        // As a file written before the limits: a long name in a failure
        // record and in a pending event, and more unknown names than the cap.
        QJsonArray failures;
        QJsonArray events;
        const QString huge = QString(5000, u'h');
        failures.append(QJsonObject{
            {u"username"_s, huge}, {u"consecutive_failures"_s, 1}, {u"locked_until"_s, QString()}});
        for (int i = 0; i < kMaxUnknownNameFailures + 10; ++i)
            failures.append(QJsonObject{{u"username"_s, u"u%1"_s.arg(i)},
                                        {u"consecutive_failures"_s, 1},
                                        {u"locked_until"_s, QString()}});
        events.append(QJsonObject{{u"at"_s, u"2026-11-01T10:00:00.000Z"_s},
                                  {u"username"_s, huge},
                                  {u"action"_s, u"sign-in"_s},
                                  {u"outcome"_s, u"failure"_s},
                                  {u"detail"_s, u"wrong password"_s}});
        root.insert(u"failures"_s, failures);
        root.insert(u"pending_events"_s, events);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();

        auto loaded = KeySlotFile::load(keys.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->failureRecordCount(), qsizetype(kMaxUnknownNameFailures));
        QCOMPARE(loaded->failures(huge).consecutiveFailures, 0);
        QCOMPARE(loaded->pendingEvents().size(), 1);
        QCOMPARE(loaded->pendingEvents().first().username, KeySlotFile::recordedUsername(huge));
    }

    void oversizedFileIsRefusedUnread()
    {
        const QString path = m_dir.filePath(u"huge.alprdb"_s);
        QFile store(path);
        QVERIFY(store.open(QIODevice::WriteOnly));
        store.close();
        QFile keys(KeySlotFile::pathForStore(path));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        QVERIFY(keys.resize(kMaxKeySlotFileSize + 1)); // sparse: nothing to read
        keys.close();

        auto loaded = KeySlotFile::load(keys.fileName());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Corrupt);
        QVERIFY2(loaded.error().message.contains(u"larger than the 16 MiB a key-slot file may "
                                                 u"be, so it was not read"_s),
                 qPrintable(loaded.error().message));
        auto s = SignIn::signIn(path, u"admin"_s, test::password(), m_clock);
        QVERIFY(!s);
        QCOMPARE(s.error().message, loaded.error().message);
    }

    // The attack from the Trail and keys issue: 100 failures with
    // 120,000-character names and 1,000 under distinct unknown names. The
    // bulk runs through the same call SignIn makes (load, record, save) to
    // spare 1,100 PBKDF2 runs; a few run through the sign-in itself.
    void floodOfFailuresLeavesSignInWorking()
    {
        QDateTime at = m_clock.now();
        qint64 largest = 0;
        auto batch = [&](int from, int to, auto nameOf) {
            auto keys = KeySlotFile::load(keysPath());
            QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));
            for (int i = from; i < to; ++i) {
                at = at.addSecs(1);
                const QString message =
                    SignInFailures::recordWrongPassword(keys.value(), nameOf(i), at);
                QVERIFY(message.startsWith(u"wrong user name or password"_s));
            }
            QVERIFY(keys->save().ok());
            largest = qMax(largest, QFileInfo(keysPath()).size());
        };
        for (int from = 0; from < 1000; from += 100)
            batch(from, from + 100, [](int i) { return u"unknown.user.%1"_s.arg(i); });
        for (int from = 0; from < 100; from += 10)
            batch(from, from + 10, [](int i) { return longName(i); });

        // And through the prompt itself: refused, never locked.
        m_clock.set(at.addSecs(1));
        for (int i = 100; i < 103; ++i) {
            auto s = SignIn::signIn(m_path, longName(i), test::password(), m_clock);
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::AuthFailed);
            QCOMPARE(s.error().message, u"wrong user name or password"_s);
        }
        for (int i = 0; i < 3; ++i) {
            auto s = SignIn::signIn(m_path, u"stranger%1"_s.arg(i), test::password(), m_clock);
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::AuthFailed);
        }
        largest = qMax(largest, QFileInfo(keysPath()).size());

        // Small: far under the 16 MiB that locked everyone out (1,000 short
        // events and 256 short counts come to a few hundred kB).
        QVERIFY2(largest < 512 * 1024, qPrintable(QString::number(largest)));
        QFile f(keysPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains(QByteArray(65, 'a')));
        const QJsonArray records =
            QJsonDocument::fromJson(text).object().value(u"failures"_s).toArray();
        QCOMPARE(records.size(), kMaxUnknownNameFailures);
        for (const QJsonValue& v : records)
            QVERIFY(v.toObject().value(u"username"_s).toString().size() <=
                    kMaxStoredUsernameLength);

        // A real user signs in, and the trail holds what happened.
        auto admin = SignIn::signIn(m_path, u"admin"_s, test::password(), m_clock);
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
        const auto events = trailOf(*admin.value()).list({});
        QVERIFY(events);
        int failures = 0;
        int longNames = 0;
        int dropped = -1;
        for (const AuditEvent& e : events.value()) {
            QVERIFY(e.username.size() <= kMaxStoredUsernameLength);
            if (e.action == u"sign-in"_s && e.outcome == u"failure"_s) {
                ++failures;
                if (e.username.contains(u"\u2026[12000"_s) &&
                    e.username.contains(u" characters, SHA-256 "_s))
                    ++longNames;
            }
            if (e.action == u"pending-events-dropped"_s)
                dropped = e.details.value(u"dropped"_s).toInt();
        }
        // 1,106 failures: the newest 1,000 are in the trail, one event says
        // 106 older ones were dropped; all 103 long names are among the kept.
        QCOMPARE(failures, kMaxPendingEvents);
        QCOMPARE(dropped, 106);
        QCOMPARE(longNames, 103);
        auto keys = KeySlotFile::load(keysPath());
        QVERIFY(keys);
        QVERIFY(keys->pendingEvents().isEmpty());
        QCOMPARE(keys->droppedPendingEvents(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignInFailures)
#include "tst_signinfailures.moc"
