// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl store rekey|backup|restore|anchor through the real binary, with
// rekeys killed (SIGKILL) at random points: everyone can still sign in.
#include "../support/clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
const QString kDemoPassword = u"demo-password-2026"_s;
using Run = alpr::test::CliRun;
} // namespace

class TestStoreKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Run run(const QString& user, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, kDemoPassword}});
    }

    void everyoneCanSignIn(const QString& when)
    {
        const Run verify = run(u"auditor"_s, {u"audit"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(when + u": "_s + verify.err));
        QVERIFY2(verify.out.contains(u"intact"_s), qPrintable(verify.out));
        const Run users = run(u"admin"_s, {u"user"_s, u"list"_s});
        QVERIFY2(users.exitCode == 0, qPrintable(when + u": "_s + users.err));
        const Run search =
            run(u"detective"_s, {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                 u"criminal-investigation"_s, u"7*"_s});
        QVERIFY2(search.exitCode == 0, qPrintable(when + u": "_s + search.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"keys.alprdb"_s);
        const Run made = alpr::test::runAlprctl(
            {u"--store"_s, m_store, u"demo"_s, u"--reads"_s, u"4000"_s, u"--no-images"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void rekeyKilledAtAnyPointLeavesAStoreEveryoneOpens()
    {
        // Bounded: at most 8 kills or about 30 seconds, whichever comes first.
        QRandomGenerator random(20261205);
        QElapsedTimer clock;
        clock.start();
        int kills = 0;
        for (int i = 0; i < 8 && clock.elapsed() < 30000; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ALPR_PASSWORD"_s, kDemoPassword);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ALPRCTL),
                    {u"--store"_s, m_store, u"--user"_s, u"admin"_s, u"store"_s, u"rekey"_s});
            QVERIFY(p.waitForStarted());
            QThread::msleep(random.bounded(20, 900));
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL
                ++kills;
            }
            p.waitForFinished();
            everyoneCanSignIn(u"after kill %1"_s.arg(i + 1));
        }
        QVERIFY(kills > 0);
        // And a rekey that runs to the end still works afterwards.
        const Run rekey = run(u"admin"_s, {u"store"_s, u"rekey"_s});
        QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.err));
        QVERIFY(!QFile::exists(m_store + u".replacing"_s));
        everyoneCanSignIn(u"after a whole rekey"_s);
    }

    void backupAndRestoreThroughTheCli()
    {
        const QString backup = m_dir.filePath(u"backup.alprdb"_s);
        const Run b = run(u"admin"_s, {u"store"_s, u"backup"_s, u"--out"_s, backup});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY(QFile::exists(backup + u".keys"_s));
        // Not an administrator: refused.
        const Run refused = run(u"detective"_s, {u"store"_s, u"restore"_s, backup});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(u"administrator"_s), qPrintable(refused.err));
        const Run r = run(u"admin"_s, {u"store"_s, u"restore"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"restored"_s), qPrintable(r.out));
        everyoneCanSignIn(u"after the restore"_s);
        const Run listed =
            run(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, u"store-restored"_s});
        QVERIFY2(listed.out.contains(u"store-restored"_s), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestStoreKeys)
#include "tst_storekeys.moc"
