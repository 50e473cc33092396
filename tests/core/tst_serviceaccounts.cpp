// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Service accounts (ingest, maintenance) on a real store: a generated
// password in a new 0600 file, no training or second factor, several
// sessions, and nothing beyond their roles.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auth/accountpolicy.h"
#include "auth/passwordfile.h"
#include "auth/serviceaccounts.h"
#include "auth/storemaintenance.h"
#include "inquiry/searchservice.h"

#include <QFile>
#include <QFileInfo>
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

class TestServiceAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    QString m_path;
    std::unique_ptr<Session> m_admin;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Result<std::unique_ptr<Session>> signInWithFile(const QString& user, const QString& path)
    {
        auto pw = passwordfile::read(path);
        if (!pw)
            return pw.error();
        return SignIn::signIn(m_path, user, pw.value(), m_clock);
    }

    std::unique_ptr<Session> service(const QString& user, const QString& path)
    {
        auto s = signInWithFile(user, path);
        if (!s)
            qFatal("%s cannot sign in: %s", qPrintable(user), qPrintable(why(s)));
        return std::move(s.value());
    }

    UserAccount account(const QString& name, QList<Role> roles)
    {
        UserAccount a;
        a.username = name;
        a.fullName = u"Unattended job"_s;
        a.organization = u"Test PD"_s;
        a.roles = roles;
        return a;
    }

    QStringList eventsBy(Session& s, const QString& user)
    {
        QStringList out;
        // Kept in a variable: a range-for over list({}).value() would outlive the result.
        const auto events = trailOf(s).list({});
        for (const AuditEvent& e : events.value())
            if (e.username == user)
                out << e.action + u'/' + e.outcome;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"svc.alprdb"_s);
        m_admin = test::createStore(m_path, m_clock);
        auto ingest = ServiceAccounts(*m_admin).add(account(u"ingest1"_s, {Role::Ingest}),
                                                    file(u"ingest1.pw"_s));
        QVERIFY2(ingest.ok(), qPrintable(why(ingest)));
        auto maint = ServiceAccounts(*m_admin).add(account(u"nightly"_s, {Role::Maintenance}),
                                                   file(u"nightly.pw"_s));
        QVERIFY2(maint.ok(), qPrintable(why(maint)));
    }

    void passwordFileIsNewOwnerOnlyAndPermanent()
    {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file(u"ingest1.pw"_s)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QCOMPARE(st.st_size, off_t(passwordfile::kGeneratedLength + 1));
        auto s = service(u"ingest1"_s, file(u"ingest1.pw"_s));
        QVERIFY(s->user().isServiceAccount());
        QCOMPARE(s->user().kindName(), u"service"_s);
        // Never temporary, never asked for training or a second factor.
        QVERIFY(!s->mustChangePassword());
        QVERIFY(!s->user().hasCurrentTraining(QDate(2026, 11, 2)));
        QVERIFY(s->can(Action::ImportReads));
    }

    void signsInTwiceAtOnce()
    {
        auto first = service(u"ingest1"_s, file(u"ingest1.pw"_s));
        auto second = signInWithFile(u"ingest1"_s, file(u"ingest1.pw"_s));
        QVERIFY2(second.ok(), qPrintable(why(second)));
        QVERIFY(second.value()->can(Action::ImportReads));
        // People keep one session: the admin, already signed in here, is refused.
        auto again = SignIn::signIn(m_path, u"admin"_s, test::password(), m_clock);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"already signed in"_s), qPrintable(why(again)));
    }

    void ingestAddsReadsAndCannotSearchOrView()
    {
        auto s = service(u"ingest1"_s, file(u"ingest1.pw"_s));
        QList<ReadRecord> reads{test::makeRead(u"7ABC123"_s, m_clock.now().addSecs(-60))};
        auto imported = ReadImporter(*s).importReads(reads, u"receiver test"_s);
        QVERIFY2(imported.ok(), qPrintable(why(imported)));

        SearchRequest request;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"stolen-vehicle"_s;
        request.pattern = u"7ABC123"_s;
        auto searched = SearchService(*s).search(request);
        QVERIFY(!searched);
        QCOMPARE(searched.error().code, ErrorCode::Denied);
        QVERIFY2(searched.error().message.contains(u"may not search"_s), qPrintable(why(searched)));
        auto viewed = SearchService(*s).viewImage(1, ImageKind::Plate, 1);
        QVERIFY(!viewed);
        for (Action a : allActions())
            QCOMPARE(s->can(a), a == Action::ImportReads);
        // By name in the trail, like everyone.
        const QStringList events = eventsBy(*m_admin, u"ingest1"_s);
        QVERIFY2(events.contains(u"import/success"_s), qPrintable(events.join(u", "_s)));
        QVERIFY(events.contains(u"search/refused"_s));
    }

    void maintenanceRunsItsJobsAndNothingElse()
    {
        auto s = service(u"nightly"_s, file(u"nightly.pw"_s));
        const QList<Action> allowed{Action::MaintainStore, Action::PurgeReads,
                                    Action::ImportHotLists};
        for (Action a : allActions())
            QVERIFY2(s->can(a) == allowed.contains(a), qPrintable(actionName(a)));
        auto compacted = StoreMaintenance(*s).compactStore();
        QVERIFY2(compacted.ok(), qPrintable(why(compacted)));
        QList<ReadRecord> reads{test::makeRead(u"8XYZ999"_s, m_clock.now())};
        auto imported = ReadImporter(*s).importReads(reads, u"not for maintenance"_s);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::Denied);
        auto users = UserAdministration(*s).listUsers();
        QVERIFY(!users);
        QCOMPARE(users.error().code, ErrorCode::Denied);
        const QStringList events = eventsBy(*m_admin, u"nightly"_s);
        QVERIFY2(events.contains(u"store-compacted/success"_s), qPrintable(events.join(u", "_s)));
    }

    void serviceAndPersonRolesDoNotMix_data()
    {
        QTest::addColumn<QString>("roles");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("ingest") << u"ingest"_s << true;
        QTest::newRow("maintenance") << u"maintenance"_s << true;
        QTest::newRow("both service roles") << u"ingest,maintenance"_s << true;
        QTest::newRow("ingest+detective") << u"ingest,detective"_s << false;
        QTest::newRow("maintenance+administrator") << u"maintenance,administrator"_s << false;
        QTest::newRow("records+ingest") << u"records,ingest"_s << false;
        QTest::newRow("none") << QString() << false;
    }
    void serviceAndPersonRolesDoNotMix()
    {
        QFETCH(QString, roles);
        QFETCH(bool, allowed);
        const QList<Role> parsed = parseRoles(roles).value();
        const auto checked = validateRoleCombination(u"job"_s, parsed);
        QCOMPARE(checked.ok(), allowed);
        if (!allowed && !parsed.isEmpty())
            QVERIFY2(checked.error().message.contains(u"together with"_s),
                     qPrintable(why(checked)));
        if (allowed)
            return;
        // Refused by core as well, before any file is written or row added.
        static int rows = 0;
        const QString name = u"mixed%1"_s.arg(++rows);
        const QString pw = file(name + u".pw"_s);
        auto added = UserAdministration(*m_admin).addUser(
            account(name, parsed), test::password("walnut-glacier-sonnet-harbor"));
        QVERIFY(!added);
        auto viaFile = ServiceAccounts(*m_admin).add(account(name, parsed), pw);
        QVERIFY(!viaFile);
        QVERIFY(!QFileInfo::exists(pw));
        QVERIFY(!UserAdministration(*m_admin).setRoles(u"ingest1"_s, parsed));
    }

    void kindNeverChanges()
    {
        auto toPerson = UserAdministration(*m_admin).setRoles(u"ingest1"_s, {Role::Detective});
        QVERIFY(!toPerson);
        QVERIFY2(toPerson.error().message.contains(u"service account"_s),
                 qPrintable(why(toPerson)));
        auto toService = UserAdministration(*m_admin).setRoles(u"admin"_s, {Role::Maintenance});
        QVERIFY(!toService);
        QVERIFY(UserAdministration(*m_admin).setRoles(u"ingest1"_s, {Role::Ingest}).ok());
    }

    void personAccountsTakeNoPasswordFile()
    {
        const QString pw = file(u"kim.pw"_s);
        auto added = ServiceAccounts(*m_admin).add(account(u"kim"_s, {Role::Detective}), pw);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(u"person's account"_s), qPrintable(why(added)));
        QVERIFY(!QFileInfo::exists(pw));
        // Nor a typed, temporary password for a service account.
        UserAccount typed = account(u"typed"_s, {Role::Ingest});
        typed.mustChangePassword = true;
        auto refused =
            UserAdministration(*m_admin).addUser(typed, test::password("walnut-glacier-sonnet-x"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"generated"_s), qPrintable(why(refused)));
    }

    void anExistingFileOrNameLeavesNothingBehind()
    {
        // The file exists: no account.
        const QString taken = file(u"taken.pw"_s);
        {
            QFile f(taken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("something else\n");
        }
        auto onTaken = ServiceAccounts(*m_admin).add(account(u"ingest2"_s, {Role::Ingest}), taken);
        QVERIFY(!onTaken);
        QVERIFY(!SignIn::signIn(m_path, u"ingest2"_s, test::password("something else"), m_clock));
        QFile f(taken);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("something else\n"));
        // The name exists: the new file is taken away again.
        const QString fresh = file(u"again.pw"_s);
        auto twice = ServiceAccounts(*m_admin).add(account(u"ingest1"_s, {Role::Ingest}), fresh);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(u"already exists"_s), qPrintable(why(twice)));
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void resetWritesANewFileAndStaysPermanent()
    {
        const QString next = file(u"nightly-2.pw"_s);
        auto reset = ServiceAccounts(*m_admin).resetPassword(u"nightly"_s, next);
        QVERIFY2(reset.ok(), qPrintable(why(reset)));
        QVERIFY(!signInWithFile(u"nightly"_s, file(u"nightly.pw"_s)));
        auto s = service(u"nightly"_s, next);
        QVERIFY(!s->mustChangePassword());
        QVERIFY(s->can(Action::MaintainStore));
        // Not for people.
        auto person = ServiceAccounts(*m_admin).resetPassword(u"admin"_s, file(u"admin.pw"_s));
        QVERIFY(!person);
        QVERIFY(!QFileInfo::exists(file(u"admin.pw"_s)));
    }

    void serviceAccountIsRefusedAtTheScreen()
    {
        auto s = service(u"ingest1"_s, file(u"ingest1.pw"_s));
        auto refused = s->requirePersonAtScreen();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"service account"_s), qPrintable(why(refused)));
        QVERIFY(m_admin->requirePersonAtScreen().ok());
        QVERIFY(eventsBy(*m_admin, u"ingest1"_s).contains(u"sign-in/refused"_s));
    }

    // Last: with the second factor required, the administrator here (who has
    // none) could not work any more.
    void noSecondFactorEvenWhenRequired()
    {
        auto enrol = UserAdministration(*m_admin).setTotpSecret(u"nightly"_s, SecureBytes(20));
        QVERIFY(!enrol);
        QVERIFY2(enrol.error().message.contains(u"nobody to type a one-time code"_s),
                 qPrintable(why(enrol)));
        auto policy = AccountPolicy::load(*m_admin);
        QVERIFY(policy.ok());
        AccountPolicy p = policy.value();
        p.totpRequired = true;
        QVERIFY(AccountPolicy::save(*m_admin, p).ok());
        auto s = service(u"ingest1"_s, file(u"ingest1.pw"_s));
        QVERIFY(!s->mustEnrolSecondFactor());
        QVERIFY(s->can(Action::ImportReads));
        // A person without one is held back, as before.
        QVERIFY(m_admin->mustEnrolSecondFactor());
    }

    void cleanupTestCase() { m_admin.reset(); }
};

QTEST_GUILESS_MAIN(TestServiceAccounts)
#include "tst_serviceaccounts.moc"
