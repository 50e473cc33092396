// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The store check on a small demo store with one byte flipped in every page
// in turn (a copy per page): each is reported as damage, naming the table or
// index the page belongs to (or the page as in none), never as a disabled
// account, a lock or a failed migration.
#include "auditing/storecheck.h"

#include "auth/keyslotfile.h"
#include "common/securebytes.h"
#include "demo/demostore.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kPageSize = 4096;
} // namespace

class TestStoreCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    SecureBytes m_key;
    qint64 m_pages = 0;

    // A copy of the store with the byte in the middle of the page inverted.
    QString damagedCopy(qint64 page)
    {
        const QString copy = m_dir.filePath(u"page-%1.alprdb"_s.arg(page));
        QFile::remove(copy);
        if (!QFile::copy(m_store, copy))
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

    static void verifyNeverMisnamed(const StoreCheckReport& report)
    {
        const QString all = report.lines().join(u'\n') + u'\n' + report.damage().join(u'\n');
        for (const QString& word : {u"disabled"_s, u"locked"_s, u"migration"_s})
            QVERIFY2(!all.contains(word, Qt::CaseInsensitive), qPrintable(all));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"check.alprdb"_s);
        DemoOptions options;
        options.reads = 12; // with images: overflow pages too
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
        // Closed: the write-ahead log is merged into the file.
        QVERIFY(!QFileInfo::exists(m_store + u"-wal"_s) ||
                QFileInfo(m_store + u"-wal"_s).size() == 0);
        auto keys = KeySlotFile::loadForStore(m_store);
        QVERIFY(keys.ok());
        auto key = keys->unlock(u"admin"_s, SecureBytes::fromUtf8(demoPassword()));
        QVERIFY(key.ok());
        m_key = std::move(key.value());
        m_pages = QFileInfo(m_store).size() / kPageSize;
        QVERIFY(m_pages > 10);
    }

    void soundStoreIsSound()
    {
        auto report = inspectStoreFile(m_store, m_key);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY2(!report->damaged(), qPrintable(report->lines().join(u'\n')));
        QCOMPARE(report->pages.pages, m_pages);
        QVERIFY(report->scan.objects.size() > 20);
        for (const ScannedObject& o : report->scan.objects)
            QVERIFY2(o.damage.isEmpty(), qPrintable(o.name));
    }

    void everyPageFlippedIsReported()
    {
        auto sound = inspectStoreFile(m_store, m_key);
        QVERIFY(sound.ok());
        QHash<qint64, QString> rootOf;
        for (const ScannedObject& o : sound->scan.objects)
            rootOf.insert(o.rootPage, u"%1 %2"_s.arg(o.type, o.name));
        int named = 0, free = 0;
        for (qint64 page = 1; page <= m_pages; ++page) {
            const QString copy = damagedCopy(page);
            QVERIFY(!copy.isEmpty());
            auto report = inspectStoreFile(copy, m_key);
            QVERIFY2(report.ok(), qPrintable(u"page %1: %2"_s.arg(page).arg(
                                      report.ok() ? QString() : report.error().message)));
            const QString said = report->lines().join(u'\n');
            QVERIFY2(report->damaged(),
                     qPrintable(u"page %1 not found:\n%2"_s.arg(page).arg(said)));
            QCOMPARE(report->pages.failed, QList<qint64>{page});
            const QStringList damage = report->damage();
            QVERIFY2(!damage.isEmpty(), qPrintable(said));
            verifyNeverMisnamed(report.value());
            if (page == 1) {
                // The first page holds the schema's root: nothing opens.
                QVERIFY2(damage.contains(u"the schema (sqlite_master)"_s), qPrintable(said));
            } else if (rootOf.contains(page)) {
                // A root page: the object is known independently, from sqlite_master.
                QVERIFY2(damage.contains(rootOf.value(page)),
                         qPrintable(u"page %1 is the root of %2, but:\n%3"_s.arg(page).arg(
                             rootOf.value(page), damage.join(u'\n'))));
            } else {
                // Another page of one b-tree: exactly one table or index named,
                // or the page said to belong to none.
                const QStringList objects = report->scan.damagedObjects();
                QVERIFY2(objects.size() == 1 || damage.first().contains(u"free page"_s),
                         qPrintable(u"page %1:\n%2"_s.arg(page).arg(said)));
            }
            if (damage.first().contains(u"free page"_s))
                ++free;
            else
                ++named;
            QFile::remove(copy);
        }
        qInfo("%lld pages: %d named a table or index, %d in none", m_pages, named, free);
        QVERIFY(named > 0);
    }

    // Pages freed by a delete belong to no table or index and SQLite never
    // reads a free leaf page: the page check still finds each, and says it
    // is in none. As many are said so as SQLite counts free pages.
    void freePagesAreFoundToo()
    {
        const QString freed = m_dir.filePath(u"freed.alprdb"_s);
        QVERIFY(QFile::copy(m_store, freed));
        qint64 freePages = 0;
        {
            auto store = Store::open(freed, m_key);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(u"DELETE FROM images"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(q.exec(u"PRAGMA freelist_count"_s) && q.next());
            freePages = q.value(0).toLongLong();
        }
        QVERIFY(freePages > 2);
        const qint64 pages = QFileInfo(freed).size() / kPageSize;
        qint64 inNone = 0;
        for (qint64 page = 2; page <= pages; ++page) {
            const QString copy = m_dir.filePath(u"freed-%1.alprdb"_s.arg(page));
            QVERIFY(QFile::copy(freed, copy));
            {
                QFile f(copy);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 at = (page - 1) * kPageSize + kPageSize / 2;
                f.seek(at);
                char byte = 0;
                QVERIFY(f.getChar(&byte));
                f.seek(at);
                QVERIFY(f.putChar(char(~byte)));
            }
            auto report = inspectStoreFile(copy, m_key);
            QVERIFY(report.ok());
            QVERIFY2(report->damaged(), qPrintable(u"page %1 not found"_s.arg(page)));
            verifyNeverMisnamed(report.value());
            if (report->damage().first().contains(u"in no table or index (a free page)"_s))
                ++inNone;
            QFile::remove(copy);
        }
        QCOMPARE(inNone, freePages);
    }
};

QTEST_GUILESS_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
