// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Service accounts through the real alprctl: 'user add --roles ingest|maintenance
// --password-file FILE' and the global --password-file that jobs sign in with.
#include "../support/clirunner.h"

#include "auth/passwordfile.h"
#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace alpr;
using namespace Qt::StringLiterals;

// The error message of a failed result, for QVERIFY2 (which words its
// message even when the check passes).
template <typename T> QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

namespace {
const QString kDemoPassword = u"demo-password-2026"_s;
using Run = alpr::test::CliRun;
} // namespace

class TestServiceAccountCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // As the administrator, password in the environment.
    Run admin(const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, u"admin"_s} +
                                          args,
                                      {{u"ALPR_PASSWORD"_s, kDemoPassword}});
    }
    // As a job: the password from its file only.
    Run job(const QString& user, const QString& passwordFile, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user,
                                                  u"--password-file"_s, passwordFile} +
                                      args);
    }
    QStringList searchArgs() const
    {
        return {u"search"_s,    u"--case"_s,         u"26-004211"_s,
                u"--purpose"_s, u"stolen-vehicle"_s, u"7*"_s};
    }
    QString importFile() const
    {
        return QStringLiteral(ALPR_TEST_DATA_DIR) + u"/ingest/reads_valid.csv"_s;
    }
    static mode_t modeOf(const QString& path)
    {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return mode_t(~0u);
        return st.st_mode & 07777;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"svc.alprdb"_s);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ALPRCTL),
                {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"30"_s, u"--no-images"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void addWritesTheGeneratedPasswordIntoANewOwnerOnlyFile()
    {
        const QString pw = file(u"feeder.pw"_s);
        const Run r = admin({u"user"_s, u"add"_s, u"feeder"_s, u"--roles"_s, u"ingest"_s,
                             u"--password-file"_s, pw});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(modeOf(pw), mode_t(0600));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.size(), passwordfile::kGeneratedLength + 1);
        const QByteArray password = content.trimmed();
        // Never printed.
        QVERIFY(!r.out.toUtf8().contains(password));
        QVERIFY(!r.err.toUtf8().contains(password));
        QVERIFY2(r.out.contains(pw), qPrintable(r.out));

        // A second time into the same file: refused before any sign-in, file kept.
        const Run again = admin({u"user"_s, u"add"_s, u"feeder2"_s, u"--roles"_s, u"ingest"_s,
                                 u"--password-file"_s, pw});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QVERIFY(f.seek(0));
        QCOMPARE(f.readAll(), content);

        // The account list says what kind each account is.
        const Run list = admin({u"user"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(u"KIND"_s), qPrintable(list.out));
        bool seen = false;
        for (const QString& line : list.out.split(u'\n')) {
            if (line.startsWith(u"feeder "_s)) {
                seen = true;
                QVERIFY2(line.contains(u" service "_s), qPrintable(line));
            }
            if (line.startsWith(u"detective "_s))
                QVERIFY2(line.contains(u" person "_s), qPrintable(line));
        }
        QVERIFY(seen);
        const Run json = admin({u"user"_s, u"list"_s, u"--json"_s});
        const QJsonArray users = QJsonDocument::fromJson(json.out.toUtf8()).array();
        bool found = false;
        for (const QJsonValue& u : users)
            if (u[u"username"_s] == u"feeder"_s) {
                found = true;
                QCOMPARE(u[u"kind"_s].toString(), u"service"_s);
                QCOMPARE(u[u"must_change_password"_s].toBool(), false);
            }
        QVERIFY(found);
    }

    void signsInWithThePasswordFileWhileAlreadySignedIn()
    {
        const QString pw = file(u"feeder.pw"_s);
        auto password = passwordfile::read(pw);
        QVERIFY(password.ok());
        // A session held open in this process while alprctl signs in again.
        auto held = SignIn::signIn(m_store, u"feeder"_s, password.value(), Clock::system());
        QVERIFY2(held.ok(), qPrintable(why(held)));
        const Run r = job(u"feeder"_s, pw, {u"import"_s, u"reads"_s, importFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A person is held to one session.
        auto person = SignIn::signIn(m_store, u"detective"_s, SecureBytes::fromUtf8(kDemoPassword),
                                     Clock::system());
        QVERIFY2(person.ok(), qPrintable(why(person)));
        const Run second =
            alpr::test::runAlprctl({u"--store"_s, m_store, u"--user"_s, u"detective"_s, u"case"_s,
                                    u"show"_s, u"26-004211"_s},
                                   {{u"ALPR_PASSWORD"_s, kDemoPassword}});
        QCOMPARE(second.exitCode, 4);
        QVERIFY2(second.err.contains(u"already signed in"_s), qPrintable(second.err));
    }

    void ingestCannotSearchOrView()
    {
        const QString pw = file(u"feeder.pw"_s);
        const Run search = job(u"feeder"_s, pw, searchArgs());
        QCOMPARE(search.exitCode, 4);
        QVERIFY2(search.err.contains(u"may not search"_s), qPrintable(search.err));
        const Run view =
            job(u"feeder"_s, pw, {u"read"_s, u"show"_s, u"1"_s, u"--search"_s, u"1"_s});
        QCOMPARE(view.exitCode, 4);
        const Run trail = job(u"feeder"_s, pw, {u"audit"_s, u"verify"_s});
        QCOMPARE(trail.exitCode, 4);
        // Its events are in the trail under its name.
        const Run listed = admin({u"audit"_s, u"list"_s, u"--user"_s, u"feeder"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(u"\"import\""_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"\"refused\""_s));
    }

    void aPasswordFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("world-readable") << 0644 << u"mode 0644"_s;
        QTest::newRow("group-readable") << 0640 << u"mode 0640"_s;
    }
    void aPasswordFileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        const QString open = file(u"open.pw"_s);
        QFile::remove(open);
        QVERIFY(QFile::copy(file(u"feeder.pw"_s), open));
        QCOMPARE(::chmod(QFile::encodeName(open).constData(), mode_t(mode)), 0);
        const Run r = job(u"feeder"_s, open, {u"import"_s, u"reads"_s, importFile()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(open) && r.err.contains(shown), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"chmod 600"_s), qPrintable(r.err));
    }

    void usageRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("problem");
        QTest::newRow("service with a person's role") << QStringList{u"user"_s,
                                                                     u"add"_s,
                                                                     u"mixed"_s,
                                                                     u"--roles"_s,
                                                                     u"ingest,detective"_s,
                                                                     u"--password-file"_s,
                                                                     file(u"mixed.pw"_s)}
                                                      << u"together with"_s;
        QTest::newRow("person with a password file")
            << QStringList{u"user"_s,        u"add"_s,       u"kim"_s,
                           u"--roles"_s,     u"detective"_s, u"--password-file"_s,
                           file(u"kim.pw"_s)}
            << u"person's account cannot be made with --password-file"_s;
        QTest::newRow("service without a password file")
            << QStringList{u"user"_s, u"add"_s, u"typed"_s, u"--roles"_s, u"maintenance"_s}
            << u"--password-file FILE"_s;
        QTest::newRow("role change mixing kinds")
            << QStringList{u"user"_s, u"roles"_s, u"feeder"_s, u"ingest,records"_s}
            << u"together with"_s;
    }
    void usageRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, problem);
        const Run r = admin(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file(u"mixed.pw"_s)));
        QVERIFY(!QFileInfo::exists(file(u"kim.pw"_s)));
    }

    void maintenanceRunsItsJobsAndNothingElse()
    {
        const QString pw = file(u"nightly.pw"_s);
        const Run added = admin({u"user"_s, u"add"_s, u"nightly"_s, u"--roles"_s, u"maintenance"_s,
                                 u"--password-file"_s, pw});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run compact = job(u"nightly"_s, pw, {u"store"_s, u"compact"_s});
        QVERIFY2(compact.exitCode == 0, qPrintable(compact.err));
        const QList<QStringList> refused{searchArgs(),
                                         {u"import"_s, u"reads"_s, importFile()},
                                         {u"user"_s, u"list"_s},
                                         {u"audit"_s, u"verify"_s}};
        for (const QStringList& args : refused) {
            const Run r = job(u"nightly"_s, pw, args);
            QVERIFY2(r.exitCode == 4, qPrintable(args.join(u' ') + u": "_s + r.err));
        }
    }

    void rotatingAServiceAccountsPassword()
    {
        const QString next = file(u"nightly-2.pw"_s);
        const Run r = admin({u"user"_s, u"passwd"_s, u"nightly"_s, u"--password-file"_s, next});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(modeOf(next), mode_t(0600));
        QCOMPARE(job(u"nightly"_s, file(u"nightly.pw"_s), {u"store"_s, u"compact"_s}).exitCode, 3);
        const Run compact = job(u"nightly"_s, next, {u"store"_s, u"compact"_s});
        QVERIFY2(compact.exitCode == 0, qPrintable(compact.err));
    }
};

QTEST_GUILESS_MAIN(TestServiceAccountCommands)
#include "tst_serviceaccounts.moc"
