// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Files the program writes are owner-only whatever the umask: the helpers of
// core/common/privatefiles.h and the writers that use them, without the
// process-wide umask the two programs set (tests/cli/tst_privatefiles.cpp
// covers the programs).
#include "../support/teststore.h"

#include "auditing/auditexport.h"
#include "auth/keyslotfile.h"
#include "common/privatefiles.h"
#include "store/store.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {

// The permission bits, as ls shows them in octal.
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The usual umask, under which files are 0644 unless we say otherwise.
        m_oldUmask = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void foldersAreCreated0700()
    {
        const QString top = m_dir.filePath(u"a"_s);
        QVERIFY(QDir().mkdir(top));
        QFile::setPermissions(top, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                       QFile::ReadGroup | QFile::ExeGroup);
        QVERIFY(makeOwnerOnlyFolders(m_dir.filePath(u"a/b/c"_s)).ok());
        QCOMPARE(modeOf(m_dir.filePath(u"a/b"_s)), 0700);
        QCOMPARE(modeOf(m_dir.filePath(u"a/b/c"_s)), 0700);
        // A folder that was there already is left alone.
        QCOMPARE(modeOf(top), 0750);
        QVERIFY(makeOwnerOnlyFolders(m_dir.filePath(u"a/b/c"_s)).ok());
        QFile plain(m_dir.filePath(u"a/file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const auto notAFolder = makeOwnerOnlyFolders(plain.fileName());
        QVERIFY(!notAFolder);
        QVERIFY(notAFolder.error().message.contains(u"is not a folder"_s));
    }

    void storeSideFilesAndExportsAre0600()
    {
        const QString folder = m_dir.filePath(u"store"_s);
        QVERIFY(makeOwnerOnlyFolders(folder).ok());
        const QString path = folder + u"/private.alprdb"_s;
        auto session = test::createStore(path, m_clock, {Role::Auditor});
        // Open, with a write behind it: the -wal and -shm are there.
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(QFileInfo::exists(path + u"-shm"_s));

        // An export over a file that was 0644 ends 0600 as well.
        const QString csv = m_dir.filePath(u"audit.csv"_s);
        {
            QFile old(csv);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
        }
        QCOMPARE(modeOf(csv), 0644);
        const auto events = listAuditEvents(*session, {});
        QVERIFY(events);
        const auto exported = exportAuditCsv(*session, {}, events.value(), csv);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));

        for (const QString& file :
             {path, path + u"-wal"_s, path + u"-shm"_s, KeySlotFile::pathForStore(path), csv})
            QVERIFY2(modeOf(file) == 0600,
                     qPrintable(u"%1 is %2"_s.arg(file).arg(modeOf(file), 0, 8)));
        QCOMPARE(modeOf(folder), 0700);
    }

    void aStoreMadeBeforeIsMadePrivateWhenOpened()
    {
        const QString path = m_dir.filePath(u"older.alprdb"_s);
        {
            auto session = test::createStore(path, m_clock);
        }
        const auto open =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, open));
        QVERIFY(QFile::setPermissions(KeySlotFile::pathForStore(path), open));
        QCOMPARE(modeOf(path), 0644);
        auto session = SignIn::signIn(path, u"admin"_s, test::password(), m_clock);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + u"-wal"_s), 0600);
        // Sign-in saved the slot file again, owner-only.
        QCOMPARE(modeOf(KeySlotFile::pathForStore(path)), 0600);
    }

    void savedFileIs0600()
    {
        QSaveFile file(m_dir.filePath(u"saved.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(makeOwnerOnly(file).ok());
        file.write("x");
        QVERIFY(file.commit());
        QCOMPARE(modeOf(file.fileName()), 0600);
        QFile closed(m_dir.filePath(u"closed.txt"_s));
        QVERIFY(!makeOwnerOnly(closed));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
