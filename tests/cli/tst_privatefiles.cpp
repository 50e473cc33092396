// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Under the usual umask (022), every file the real alprctl writes is 0600
// and every folder it creates 0700: the store and its key slots, an image
// written from a read, the audit CSV, the memo PDF and CSV.
#include "../support/clirunner.h"

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"demo-password-2026"_s;

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
    QString m_store;
    mode_t m_oldUmask = 0;

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, kPassword}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // alprctl inherits it.
        m_oldUmask = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    void everythingWrittenIsOwnerOnly()
    {
        m_store = m_dir.filePath(u"stores/2026/demo.alprdb"_s);
        const CliRun demo = runAlprctl(
            {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"200"_s, u"--seed"_s, u"5"_s},
            {{u"ALPR_PASSWORD"_s, kPassword}});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        // Searches (a sample needs ten), one that finds a read, and its
        // image written out.
        qint64 searchId = 0;
        qint64 readId = 0;
        for (const QString& pattern : {u"7*"_s, u"*1"_s, u"6*"_s, u"*9"_s, u"4*"_s, u"3*"_s,
                                       u"2*"_s, u"1*"_s, u"*A*"_s, u"*2"_s, u"5*"_s, u"8*"_s}) {
            const CliRun r = as(u"detective"_s,
                                {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                 u"stolen-vehicle"_s, u"--json"_s, u"--limit"_s, u"1"_s, pattern});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonArray reads = r.json().value(u"reads"_s).toArray();
            if (readId == 0 && !reads.isEmpty()) {
                searchId = r.json().value(u"search_id"_s).toInteger();
                readId = reads.first().toObject().value(u"id"_s).toInteger();
            }
        }
        QVERIFY(readId > 0);
        const CliRun image =
            as(u"detective"_s, {u"read"_s, u"show"_s, QString::number(readId), u"--search"_s,
                                QString::number(searchId), u"--image"_s, u"plate"_s, u"--out"_s,
                                m_dir.filePath(u"plate.jpg"_s)});
        QVERIFY2(image.exitCode == 0, qPrintable(image.err));
        const CliRun enhanced =
            as(u"detective"_s, {u"read"_s, u"show"_s, QString::number(readId), u"--search"_s,
                                QString::number(searchId), u"--image"_s, u"plate"_s, u"--enhance"_s,
                                u"--out"_s, m_dir.filePath(u"plate.png"_s)});
        QVERIFY2(enhanced.exitCode == 0, qPrintable(enhanced.err));

        const CliRun csv =
            as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--csv"_s, m_dir.filePath(u"audit.csv"_s)});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString half =
            QStringLiteral("%1-H%2").arg(today.year()).arg(today.month() <= 6 ? 1 : 2);
        const CliRun sample = as(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"searches"_s,
                                                u"--period"_s, half, u"--json"_s});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        const QString sampleId = QString::number(sample.json().value(u"sample_id"_s).toInteger());
        const CliRun memo = as(u"auditor"_s, {u"audit"_s, u"memo"_s, sampleId, u"--out"_s,
                                              m_dir.filePath(u"memo.pdf"_s), u"--csv"_s,
                                              m_dir.filePath(u"memo.csv"_s)});
        QVERIFY2(memo.exitCode == 0, qPrintable(memo.err));

        QStringList files;
        QDirIterator it(m_dir.path(),
                        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const bool folder = it.fileInfo().isDir();
            if (!folder)
                files << it.fileInfo().fileName();
            QVERIFY2(modeOf(path) == (folder ? 0700 : 0600),
                     qPrintable(u"%1 is %2"_s.arg(path).arg(modeOf(path), 0, 8)));
        }
        files.sort();
        QCOMPARE(files, (QStringList{u"audit.csv"_s, u"demo.alprdb"_s, u"demo.alprdb.keys"_s,
                                     u"demo.alprdb.lock"_s, u"memo.csv"_s, u"memo.pdf"_s,
                                     u"plate.jpg"_s, u"plate.png"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
