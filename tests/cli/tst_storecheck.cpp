// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl store check, and what other commands say, on a store with a byte
// flipped: damage is said as damage (exit 1, the table named), never as a
// disabled account, a lock or a failed migration. Every page in turn is
// covered in core (tests/core/tst_storecheck.cpp); here the real command on
// a few.
#include "../support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using alpr::test::CliRun;

namespace {
constexpr qint64 kPageSize = 4096;
const QString kPassword = u"demo-password-2026"_s;
} // namespace

class TestStoreCheckCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_soundReport;

    CliRun run(const QString& store, const QString& user, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    QString damagedCopy(qint64 page)
    {
        const QString copy = m_dir.filePath(u"page-%1.alprdb"_s.arg(page));
        QFile::remove(copy);
        QFile::remove(copy + u".keys"_s);
        if (!QFile::copy(m_store, copy) || !QFile::copy(m_store + u".keys"_s, copy + u".keys"_s))
            return {};
        QFile f(copy);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        const qint64 at = (page - 1) * kPageSize + kPageSize / 2;
        f.seek(at);
        char byte = 0;
        f.getChar(&byte);
        f.seek(at);
        f.putChar(char(~byte));
        return copy;
    }

    qint64 rootPage(const QString& object) const
    {
        const QRegularExpression line(QRegularExpression::escape(object) +
                                      u" \\(root page (\\d+)\\)"_s);
        return line.match(m_soundReport).captured(1).toLongLong();
    }

    static void verifySaidAsDamage(const CliRun& r, const QString& named)
    {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is damaged ("_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Restore it from a backup"_s), qPrintable(r.err));
        if (!named.isEmpty())
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        for (const QString& word : {u"disabled"_s, u"locked"_s, u"migration"_s})
            QVERIFY2(!(r.out + r.err).contains(word, Qt::CaseInsensitive),
                     qPrintable(r.out + r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"check.alprdb"_s);
        const CliRun made =
            alpr::test::runAlprctl({u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"12"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void soundStoreIsSound()
    {
        const CliRun r = run(m_store, u"admin"_s, {u"store"_s, u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"is sound"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"integrity check: ok"_s));
        QVERIFY(r.out.contains(u"audit trail: intact"_s));
        m_soundReport = r.out;
        QVERIFY(rootPage(u"table users"_s) > 1);
        // Recorded, as every administrative act is.
        const CliRun listed =
            run(m_store, u"admin"_s, {u"audit"_s, u"list"_s, u"--action"_s, u"store-check"_s});
        QVERIFY2(listed.out.contains(u"store-check"_s), qPrintable(listed.out + listed.err));
    }

    void damageIsNamed_data()
    {
        QTest::addColumn<QString>("object");
        QTest::newRow("users") << u"table users"_s;
        QTest::newRow("audit") << u"table audit"_s;
        QTest::newRow("schema_version") << u"table schema_version"_s;
        QTest::newRow("reads") << u"table reads"_s;
        QTest::newRow("plate index") << u"index reads_plate"_s;
        QTest::newRow("first page") << u"the schema (sqlite_master)"_s;
    }

    void damageIsNamed()
    {
        QFETCH(QString, object);
        const qint64 page = object.startsWith(u"the schema"_s) ? 1 : rootPage(object);
        QVERIFY2(page > 0, qPrintable(object));
        const QString copy = damagedCopy(page);
        QVERIFY(!copy.isEmpty());
        const CliRun r = run(copy, u"admin"_s, {u"store"_s, u"check"_s});
        verifySaidAsDamage(r, u"is damaged (%1"_s.arg(object));
    }

    // A search that meets a damaged page says the store is damaged.
    void searchSaysDamage()
    {
        const QString copy = damagedCopy(rootPage(u"table reads"_s));
        const CliRun r = run(copy, u"detective"_s,
                             {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                              u"stolen-vehicle"_s, u"*"_s + u"1*"_s});
        verifySaidAsDamage(r, {});
    }

    // The nightly unit's own command line (packaging/systemd), run as systemd
    // would: the store and the credential folder put where the unit says,
    // the maintenance account's password in its 0600 credential file.
    void theNightlyUnitsCommandRuns()
    {
        const QString credentials = m_dir.filePath(u"credentials"_s);
        const QStringList args =
            alpr::test::unitCommand(QStringLiteral(ALPR_TEST_DATA_DIR) +
                                        u"/../../packaging/systemd/alpr-store-check.service"_s,
                                    {{u"CREDENTIALS_DIRECTORY"_s, credentials}});
        QVERIFY(args.contains(u"/var/lib/alpr/store.alprdb"_s));

        const QString store = m_dir.filePath(u"nightly.alprdb"_s);
        QVERIFY(QDir().mkpath(credentials));
        const CliRun made =
            alpr::test::runAlprctl({u"demo"_s, u"--store"_s, store, u"--reads"_s, u"12"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const CliRun added =
            run(store, u"admin"_s,
                {u"user"_s, u"add"_s, u"maintenance"_s, u"--roles"_s, u"maintenance"_s,
                 u"--password-file"_s, credentials + u"/maintenance.password"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto unitArgs = [&](const QString& storePath) {
            QStringList out;
            for (QString a : args)
                out << a.replace(u"/var/lib/alpr/store.alprdb"_s, storePath);
            return out;
        };
        const CliRun sound = alpr::test::runAlprctl(unitArgs(store));
        QVERIFY2(sound.exitCode == 0, qPrintable(sound.out + sound.err));
        QVERIFY2(sound.out.contains(u"is sound"_s), qPrintable(sound.out));
        // A damaged store fails the unit (exit 1), which systemctl --failed shows.
        const QString damaged = m_dir.filePath(u"nightly-damaged.alprdb"_s);
        QVERIFY(QFile::copy(store, damaged) &&
                QFile::copy(store + u".keys"_s, damaged + u".keys"_s));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * kPageSize);
        f.seek(6 * kPageSize + 100);
        f.write("\xff\x00\xff\x00", 4);
        f.close();
        const CliRun broken = alpr::test::runAlprctl(unitArgs(damaged));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"is damaged"_s), qPrintable(broken.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreCheckCommand)
#include "tst_storecheck.moc"
