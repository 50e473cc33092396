// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Hot lists on a real store: the daily replace and its shrink refusal, the
// approval rules by role, what may match (pending, expired, disabled), the
// hits an import stores with their snapshots, covert visibility, and a
// matcher kept between imports that sees another session's change.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "hits/hitmatching.h"
#include "hits/hotlists.h"
#include "store/hotlistrepository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

template <typename T> QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

namespace {

// A CLEW extract written here from the layout (not by the product).
QByteArray clew(const QStringList& platesAndStates, int trailerCount = -1)
{
    QByteArray out = "DATE12/04/2026 22:15\r\n";
    for (const QString& p : platesAndStates) {
        const QStringList parts = p.split(u' ');
        out += parts[0].leftJustified(8, u' ').toLatin1() + parts[1].toLatin1() + "0720261101\r\n";
    }
    const int count = trailerCount < 0 ? int(platesAndStates.size()) : trailerCount;
    out += "TOTAL RECORD " + QByteArray::number(count).rightJustified(7, '0') + "\r\n";
    return out;
}

} // namespace

class TestHotLists : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC)};
    QString m_path;
    std::unique_ptr<Session> m_admin;
    const HotListFormat m_clew = HotListFormat::Clew;

    // One session per user (the store allows no more), kept for the whole
    // test: signing in costs a key derivation each time.
    QMap<QString, std::shared_ptr<Session>> m_sessions;
    std::shared_ptr<Session> as(const QString& user)
    {
        if (user == u"admin"_s)
            return std::shared_ptr<Session>(m_admin.get(), [](Session*) {});
        if (!m_sessions.contains(user)) {
            auto s = SignIn::signIn(m_path, user, test::password(), m_clock);
            if (!s)
                qFatal("%s cannot sign in: %s", qPrintable(user), qPrintable(why(s)));
            m_sessions.insert(user, std::shared_ptr<Session>(std::move(s.value())));
        }
        return m_sessions.value(user);
    }

    void addUser(const QString& name, QList<Role> roles)
    {
        UserAccount a;
        a.username = name;
        a.fullName = u"Test "_s + name;
        a.organization = u"Test PD"_s;
        a.roles = roles;
        auto added = UserAdministration(*m_admin).addUser(a, test::password());
        QVERIFY2(added.ok(), qPrintable(why(added)));
        QVERIFY(UserAdministration(*m_admin).addTraining(name, test::currentTraining()).ok());
    }

    qint64 bolo(Session& s, const QString& list, const QString& plate, const QString& state = {})
    {
        EntryRequest r;
        r.list = list;
        r.plate = plate;
        r.state = state;
        r.reason = u"robbery suspect vehicle"_s;
        r.caseNumber = u"26-004211"_s;
        r.synopsis = u"Seen leaving the robbery."_s;
        auto id = HotLists(s).addEntry(r);
        if (!id)
            qWarning("bolo: %s", qPrintable(why(id)));
        return id ? id.value() : 0;
    }

    QList<HitRecord> importAndHits(Session& ingest, QList<ReadRecord> reads, Session& viewer)
    {
        auto imported = ReadImporter(ingest).importReads(reads, u"test reads"_s);
        if (!imported)
            qWarning("import: %s", qPrintable(why(imported)));
        auto hits = Hits(viewer).list(QString(), 1000);
        return hits ? hits.value() : QList<HitRecord>();
    }

    int eventCount(const QString& action, const QString& outcome)
    {
        AuditFilter f;
        f.action = action;
        f.outcome = outcome;
        auto events = trailOf(*m_admin).list(f);
        return events ? int(events->size()) : -1;
    }

private Q_SLOTS:
    void cleanupTestCase() { m_sessions.clear(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"hot.alprdb"_s);
        m_admin = test::createStore(m_path, m_clock);
        addUser(u"det"_s, {Role::Detective});
        addUser(u"disp"_s, {Role::Dispatcher});
        addUser(u"clerk"_s, {Role::Records});
        addUser(u"sup"_s, {Role::Supervisor});
        addUser(u"sup2"_s, {Role::Supervisor, Role::Dispatcher});
        addUser(u"admin2"_s, {Role::Administrator, Role::Detective});
        addUser(u"feeder"_s, {Role::Records}); // imports reads (records may)
        HotLists lists(*m_admin);
        HotList general;
        general.name = u"SVS"_s;
        general.purpose = u"stolen-vehicle"_s;
        QVERIFY2(lists.createList(general).ok(), "general list");
        HotList department;
        department.name = u"BOLOs"_s;
        department.kind = HotListKind::Department;
        department.purpose = u"criminal-investigation"_s;
        QVERIFY(lists.createList(department).ok());
        HotList covert = department;
        covert.name = u"Task force"_s;
        covert.covert = true;
        covert.members = {u"det"_s, u"sup2"_s};
        QVERIFY(lists.createList(covert).ok());
    }

    void dailyReplaceRefusesToShrinkByHalf()
    {
        HotLists lists(*m_admin);
        QStringList ten;
        for (int i = 0; i < 10; ++i)
            ten << u"7SHR%1 CA"_s.arg(100 + i);
        auto first = lists.importData(u"SVS"_s, clew(ten), u"svs.tbl"_s, &m_clew, false);
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QCOMPARE(first->loaded, 10);
        QCOMPARE(first->extractTime, QDateTime(QDate(2026, 12, 5), QTime(6, 15), Qt::UTC));
        // A download cut short: four entries, then the trailer counting them.
        const int refusedBefore = eventCount(u"hotlist-imported"_s, u"refused"_s);
        auto shrunk = lists.importData(u"SVS"_s, clew(ten.mid(0, 4)), u"svs.tbl"_s, &m_clew, false);
        QVERIFY(!shrunk.ok());
        QVERIFY2(shrunk.error().message.contains(u"--allow-shrink"_s), qPrintable(why(shrunk)));
        QCOMPARE(lists.list(u"SVS"_s)->entryCount, 10);
        QCOMPARE(eventCount(u"hotlist-imported"_s, u"refused"_s), refusedBefore + 1);
        // Exactly half is not more than half.
        QVERIFY(lists.importData(u"SVS"_s, clew(ten.mid(0, 5)), u"svs.tbl"_s, &m_clew, false));
        QCOMPARE(lists.list(u"SVS"_s)->entryCount, 5);
        auto allowed = lists.importData(u"SVS"_s, clew(ten.mid(0, 2)), u"svs.tbl"_s, &m_clew, true);
        QVERIFY2(allowed.ok(), qPrintable(why(allowed)));
        QCOMPARE(lists.list(u"SVS"_s)->entryCount, 2);
        // A broken file leaves the list as it was.
        QVERIFY(!lists.importData(u"SVS"_s, clew(ten, 11), u"svs.tbl"_s, &m_clew, true));
        QCOMPARE(lists.list(u"SVS"_s)->entryCount, 2);
        // Only administrators and the maintenance account import.
        auto det = as(u"det"_s);
        auto refused = HotLists(*det).importData(u"SVS"_s, clew(ten), u"svs.tbl"_s, &m_clew, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Denied);
    }

    void approvalRules_data()
    {
        QTest::addColumn<QString>("enteredBy");
        QTest::addColumn<QString>("approvedBy");
        QTest::addColumn<int>("approval"); // -1: not allowed to enter at all
        QTest::addColumn<QString>("proposedBy");
        QTest::addColumn<QString>("decidedBy");
        QTest::addColumn<int>("decision");
        const int ok = -2;
        const int denied = int(ErrorCode::Denied);
        QTest::newRow("detective enters, an administrator approves, a supervisor decides")
            << u"det"_s << u"admin"_s << ok << u"det"_s << u"sup"_s << ok;
        QTest::newRow("dispatcher enters")
            << u"disp"_s << u"admin"_s << ok << u"disp"_s << u"sup"_s << ok;
        QTest::newRow("records may not enter")
            << u"clerk"_s << QString() << -1 << QString() << QString() << 0;
        QTest::newRow("a supervisor may not enter")
            << u"sup"_s << QString() << -1 << QString() << QString() << 0;
        QTest::newRow("a detective may not approve")
            << u"det"_s << u"disp"_s << denied << QString() << QString() << 0;
        QTest::newRow("nobody approves their own entry")
            << u"admin2"_s << u"admin2"_s << denied << QString() << QString() << 0;
        QTest::newRow("another administrator approves it")
            << u"admin2"_s << u"admin"_s << ok << u"admin2"_s << u"sup"_s << ok;
        QTest::newRow("the proposer may not decide")
            << u"det"_s << u"admin"_s << ok << u"sup2"_s << u"sup2"_s << denied;
        QTest::newRow("the entering member's change, decided by another supervisor")
            << u"sup2"_s << u"admin"_s << ok << u"det"_s << u"sup2"_s << denied;
        QTest::newRow("a detective may not decide")
            << u"det"_s << u"admin"_s << ok << u"det"_s << u"det"_s << denied;
        QTest::newRow("an administrator may not decide")
            << u"det"_s << u"admin"_s << ok << u"det"_s << u"admin"_s << denied;
    }

    void approvalRules()
    {
        QFETCH(QString, enteredBy);
        QFETCH(QString, approvedBy);
        QFETCH(int, approval);
        QFETCH(QString, proposedBy);
        QFETCH(QString, decidedBy);
        QFETCH(int, decision);
        const qint64 id = bolo(*as(enteredBy), u"BOLOs"_s, u"7?BC12?"_s);
        if (approval == -1) {
            QCOMPARE(id, qint64(0));
            return;
        }
        QVERIFY(id > 0);
        QCOMPARE(entryStatusName(HotLists(*m_admin).entry(id)->status), u"pending"_s);
        auto approved = HotLists(*as(approvedBy)).approveEntry(id);
        if (approval != -2) {
            QVERIFY(!approved.ok());
            QCOMPARE(int(approved.error().code), approval);
            QCOMPARE(entryStatusName(HotLists(*m_admin).entry(id)->status), u"pending"_s);
            return;
        }
        QVERIFY2(approved.ok(), qPrintable(why(approved)));
        EntryEdit edit;
        edit.synopsis = u"Seen leaving two robberies."_s;
        auto change = HotLists(*as(proposedBy)).proposeChange(id, edit);
        QVERIFY2(change.ok(), qPrintable(why(change)));
        auto decided = HotLists(*as(decidedBy)).decideChange(change.value(), true);
        if (decision != -2) {
            QVERIFY(!decided.ok());
            QCOMPARE(int(decided.error().code), decision);
            QCOMPARE(HotLists(*m_admin).entry(id)->synopsis, u"Seen leaving the robbery."_s);
        } else {
            QVERIFY2(decided.ok(), qPrintable(why(decided)));
            QCOMPARE(HotLists(*m_admin).entry(id)->synopsis, u"Seen leaving two robberies."_s);
        }
    }

    void entriesAreChecked_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("synopsis");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<QString>("refusal");
        const QString r = u"burglary"_s;
        const QString c = u"26-004211"_s;
        const QString s = u"Seen at a burglary."_s;
        QTest::newRow("two fixed characters")
            << u"7?B*"_s << r << c << s << QString() << u"at least 3"_s;
        QTest::newRow("no case number")
            << u"7AB*"_s << r << QString() << s << QString() << u"case number"_s;
        QTest::newRow("case number with a newline")
            << u"7AB*"_s << r << u"26-004211\n"_s << s << QString() << u"format"_s;
        QTest::newRow("no synopsis")
            << u"7AB*"_s << r << c << u"  "_s << QString() << u"synopsis"_s;
        QTest::newRow("immigration enforcement") << u"7AB*"_s << u"Assist I.C.E. with removals"_s
                                                 << c << s << QString() << u"immigration"_s;
        QTest::newRow("expiry past a year")
            << u"7AB*"_s << r << c << s << u"2028-01-01"_s << u"one year"_s;
        QTest::newRow("a plate too long")
            << u"7ABC12345"_s << r << c << s << QString() << u"longer than 8"_s;
        QTest::newRow("a control character in the reason")
            << u"7AB*"_s << u"bur\u001bglary"_s << c << s << QString() << u"control"_s;
    }

    void entriesAreChecked()
    {
        QFETCH(QString, plate);
        QFETCH(QString, reason);
        QFETCH(QString, caseNumber);
        QFETCH(QString, synopsis);
        QFETCH(QString, expires);
        QFETCH(QString, refusal);
        auto det = as(u"det"_s);
        EntryRequest r;
        r.list = u"BOLOs"_s;
        r.plate = plate;
        r.reason = reason;
        r.caseNumber = caseNumber;
        r.synopsis = synopsis;
        r.expires = QDate::fromString(expires, Qt::ISODate);
        auto id = HotLists(*det).addEntry(r);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(refusal, Qt::CaseInsensitive), qPrintable(why(id)));
    }

    void onlyActiveEntriesMatchAndHitsKeepTheirSnapshot()
    {
        HotLists lists(*m_admin);
        QVERIFY(lists.importData(u"SVS"_s, clew({u"5MTC001 CA"_s, u"5MTC002 NV"_s, u"8OB123 CA"_s}),
                                 u"svs.tbl"_s, &m_clew, true));
        auto det = as(u"det"_s);
        const qint64 pending = bolo(*det, u"BOLOs"_s, u"4PND*"_s);
        const qint64 approved = bolo(*det, u"BOLOs"_s, u"4APR*"_s);
        const qint64 expiring = bolo(*det, u"BOLOs"_s, u"4EXP*"_s);
        const qint64 covert = bolo(*det, u"Task force"_s, u"4CVT*"_s);
        QVERIFY(pending && approved && expiring && covert);
        for (qint64 id : {approved, expiring, covert})
            QVERIFY(lists.approveEntry(id));
        // Expiring: a day from now, proposed and decided the proper way.
        EntryEdit edit;
        edit.expires = m_clock.now().date();
        auto change = HotLists(*det).proposeChange(expiring, edit);
        QVERIFY2(change.ok(), qPrintable(why(change)));
        QVERIFY(HotLists(*as(u"sup"_s)).decideChange(change.value(), true));
        m_clock.advanceSecs(2 * 86400);

        auto feeder = as(u"feeder"_s);
        auto disp = as(u"disp"_s);
        const int before = int(Hits(*disp).list(QString(), 1000)->size());
        // A status no hit has is a mistake, said; not an empty listing.
        QCOMPARE(Hits(*disp).list(u"bogus"_s, 10).error().code, ErrorCode::Invalid);
        const QDateTime at = m_clock.now().addSecs(-60);
        QList<ReadRecord> reads{test::makeRead(u"5MTC001"_s, at), // exact
                                test::makeRead(u"5MTC002"_s, at), // exact, listed NV: state differs
                                test::makeRead(u"BOB123"_s, at),  // 8OB123 through 8/B: misread
                                test::makeRead(u"4PND001"_s, at), // pending: no hit
                                test::makeRead(u"4APR001"_s, at), // pattern
                                test::makeRead(u"4EXP001"_s, at), // expired: no hit
                                test::makeRead(u"4CVT001"_s, at), // covert
                                test::makeRead(u"9NOPE99"_s, at)}; // nothing
        reads[7].candidates.append({u"5MTC001"_s, 60.0}); // its alternative reading is listed
        const QList<HitRecord> hits = importAndHits(*feeder, reads, *disp);
        QMap<QString, HitRecord> byPlate;
        for (const HitRecord& h : hits.mid(0, int(hits.size()) - before))
            byPlate.insert(h.readPlate, h);
        QCOMPARE(byPlate.keys(), (QStringList{u"4APR001"_s, u"5MTC001"_s, u"5MTC002"_s,
                                              u"9NOPE99"_s, u"BOB123"_s}));
        QCOMPARE(byPlate[u"5MTC001"_s].matchKind, u"exact"_s);
        QVERIFY(!byPlate[u"5MTC001"_s].stateDiffers);
        QVERIFY(byPlate[u"5MTC002"_s].stateDiffers);
        QCOMPARE(byPlate[u"BOB123"_s].matchKind, u"misread"_s);
        QCOMPARE(byPlate[u"4APR001"_s].matchKind, u"pattern"_s);
        QCOMPARE(byPlate[u"9NOPE99"_s].matchKind, u"candidate"_s);
        QCOMPARE(byPlate[u"9NOPE99"_s].matchedPlate, u"5MTC001"_s);
        // The expired entry was recorded as expired when the import began.
        QCOMPARE(entryStatusName(lists.entry(expiring)->status), u"expired"_s);
        // The covert list's hit: its members see it, other dispatchers do not.
        auto sup2 = as(u"sup2"_s);
        bool memberSees = false;
        const auto membersHits = Hits(*sup2).list(QString(), 1000);
        QVERIFY(membersHits.ok());
        for (const HitRecord& h : membersHits.value())
            memberSees = memberSees || h.readPlate == u"4CVT001"_s;
        QVERIFY(memberSees);
        bool otherSees = false;
        for (const HitRecord& h : hits)
            otherSees = otherSees || h.readPlate == u"4CVT001"_s;
        QVERIFY(!otherSees);

        // Replacing the list never changes a past hit.
        const qint64 hitId = byPlate[u"5MTC001"_s].id;
        QVERIFY(lists.importData(u"SVS"_s, clew({u"6NEW001 CA"_s}), u"svs.tbl"_s, &m_clew, true));
        auto shown = Hits(*disp).show(hitId);
        QVERIFY2(shown.ok(), qPrintable(why(shown)));
        QCOMPARE(shown->snapshot.value(u"plate"_s).toString(), u"5MTC001"_s);
        QCOMPARE(shown->snapshot.value(u"list"_s).toString(), u"SVS"_s);
        // Detectives do not verify hits; every listing and view is recorded.
        QCOMPARE(Hits(*det).list(QString()).error().code, ErrorCode::Denied);
        QVERIFY(eventCount(u"hit-viewed"_s, u"success"_s) >= 1);
        QVERIFY(eventCount(u"hits-listed"_s, u"success"_s) >= 2);

        // A disabled list no longer matches.
        HotList svs = lists.list(u"SVS"_s).value();
        svs.enabled = false;
        QVERIFY(lists.editList(svs));
        const int hitsBefore = int(Hits(*disp).list(QString(), 1000)->size());
        const QList<HitRecord> after =
            importAndHits(*feeder, {test::makeRead(u"6NEW001"_s, m_clock.now())}, *disp);
        QCOMPARE(int(after.size()), hitsBefore);
    }

    void aKeptMatcherSeesAnotherSessionsChange()
    {
        auto feeder = as(u"feeder"_s);
        HitMatching kept(*feeder);
        ReadImporter importer(*feeder, nullptr, &kept);
        QList<ReadRecord> first{test::makeRead(u"3KPT001"_s, m_clock.now())};
        QVERIFY(importer.importReads(first, u"first"_s));
        // Another session (another process, as far as the store knows) adds an entry.
        auto det = as(u"det"_s);
        const qint64 id = bolo(*det, u"BOLOs"_s, u"3KPT*"_s);
        QVERIFY(HotLists(*m_admin).approveEntry(id));
        QList<ReadRecord> second{test::makeRead(u"3KPT001"_s, m_clock.now())};
        auto imported = importer.importReads(second, u"second"_s);
        QVERIFY2(imported.ok(), qPrintable(why(imported)));
        QCOMPARE(imported->hits, 1);
    }
};

QTEST_GUILESS_MAIN(TestHotLists)
#include "tst_hotlists.moc"
