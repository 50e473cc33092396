// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The alert queue and the CLETS verification checklist on a real store: the
// steps' order and every refusal as rows of one table, taking and releasing
// between dispatchers and a supervisor, escalation and idle release on a
// moved clock, covert hits, the listing recorded once, the audit trail of
// each step, and the notices to a BOLO's author.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auditing/auditsample.h"
#include "cases/departmentsettings.h"
#include "hits/alerts.h"
#include "hits/hotlists.h"
#include "retention/legalholds.h"
#include "store/hotlistrepository.h"
#include "store/store.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

template <typename T> QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

namespace {

const QString kIncident = u"26-000101"_s;

QByteArray jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

// A CLEW extract written here from the layout (not by the product).
QByteArray clew(const QStringList& platesAndStates)
{
    QByteArray out = "DATE12/05/2026 06:00\r\n";
    for (const QString& p : platesAndStates) {
        const QStringList parts = p.split(u' ');
        out += parts[0].leftJustified(8, u' ').toLatin1() + parts[1].toLatin1() + "0720261101\r\n";
    }
    out += "TOTAL RECORD " + QByteArray::number(platesAndStates.size()).rightJustified(7, '0') +
           "\r\n";
    return out;
}

QString codeName(const Result<void>& r)
{
    if (r)
        return u"ok"_s;
    switch (r.error().code) {
    case ErrorCode::Denied:
        return u"denied"_s;
    case ErrorCode::Invalid:
        return u"invalid"_s;
    case ErrorCode::Conflict:
        return u"conflict"_s;
    case ErrorCode::NotFound:
        return u"notfound"_s;
    default:
        return u"error"_s;
    }
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC)};
    QString m_path;
    std::unique_ptr<Session> m_admin;
    int m_reads = 0;

    // One session per user (the store allows no more), kept for the whole
    // test: signing in costs a key derivation each time. The names are not
    // substrings of each other.
    QMap<QString, std::shared_ptr<Session>> m_sessions;
    Session& as(const QString& user)
    {
        if (user == u"admin"_s)
            return *m_admin;
        if (!m_sessions.contains(user)) {
            auto s = SignIn::signIn(m_path, user, test::password(), m_clock);
            if (!s)
                qFatal("%s cannot sign in: %s", qPrintable(user), qPrintable(why(s)));
            m_sessions.insert(user, std::shared_ptr<Session>(std::move(s.value())));
        }
        return *m_sessions.value(user);
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

    qint64 approvedEntry(const QString& author, const QString& list, const QString& plate)
    {
        EntryRequest r;
        r.list = list;
        r.plate = plate;
        r.state = u"CA"_s;
        r.reason = u"robbery suspect vehicle"_s;
        r.caseNumber = u"26-004211"_s;
        r.synopsis = u"Seen leaving the robbery."_s;
        auto id = HotLists(as(author)).addEntry(r);
        if (!id) {
            qWarning("entry: %s", qPrintable(why(id)));
            return 0;
        }
        if (auto ok = HotLists(*m_admin).approveEntry(id.value()); !ok)
            qWarning("approve: %s", qPrintable(why(ok)));
        return id.value();
    }

    // A new read of the plate, with a plate crop and an overview, imported
    // by the feeder; the id of the hit it made (0 when none).
    qint64 newHit(const QString& plate)
    {
        ReadRecord r = test::makeRead(plate, m_clock.now().addSecs(-60 + ++m_reads));
        r.plateJpeg = jpeg(120, 40);
        r.overviewJpeg = jpeg(320, 240);
        QList<ReadRecord> reads{r};
        auto imported = ReadImporter(as(u"feeder"_s)).importReads(reads, u"test reads"_s);
        if (!imported || imported->hits < 1) {
            qWarning("import: %s", qPrintable(why(imported)));
            return 0;
        }
        HitFilter all;
        all.viewer = u"dispa"_s; // a member of the covert list
        all.limit = 5000;
        auto hits = storeOf(*m_admin).hotLists().hits(all);
        if (!hits)
            return 0;
        qint64 newest = 0;
        for (const HitRecord& h : hits.value())
            if (h.readPlate == plate)
                newest = std::max(newest, h.id);
        return newest;
    }

    HitRecord stored(qint64 hitId)
    {
        auto h = storeOf(*m_admin).hotLists().hit(hitId);
        return h && h.value() ? *h.value() : HitRecord();
    }

    QList<AuditEvent> events(const QString& action)
    {
        AuditFilter f;
        f.action = action;
        auto found = trailOf(*m_admin).list(f);
        return found ? found.value() : QList<AuditEvent>();
    }

    // One action of the checklist script: [user:]word. Users: a (dispa,
    // the default), b (dispb), c (chief, a supervisor).
    Result<void> act(qint64 hitId, const QString& action)
    {
        QString user = u"dispa"_s;
        QString word = action;
        if (action.size() > 2 && action.at(1) == u':') {
            user = action.at(0) == u'b' ? u"dispb"_s : u"chief"_s;
            word = action.mid(2);
        }
        Alerts alerts(as(user));
        if (word == u"take" || word == u"take-malformed") {
            auto r = alerts.take(hitId, word == u"take" ? kIncident : u"incident 12"_s);
            return r ? Result<void>() : Result<void>(r.error());
        }
        if (word == u"release")
            return alerts.release(hitId);
        if (word == u"view-plate" || word == u"view-overview") {
            auto r =
                alerts.image(hitId, word == u"view-plate" ? ImageKind::Plate : ImageKind::Overview);
            return r ? Result<void>() : Result<void>(r.error());
        }
        if (word == u"chars-ok" || word == u"chars-mismatch") {
            auto c = alerts.checklist(hitId);
            if (!c)
                return c.error();
            QString marks(c->comparedListed.size(), u'y');
            if (word == u"chars-mismatch")
                marks[0] = u'n';
            return alerts.markCharacters(hitId, marks);
        }
        if (word == u"chars-wrong-count")
            return alerts.markCharacters(hitId, u"yy"_s);
        if (word == u"state-ok" || word == u"state-differs")
            return alerts.confirmPlateState(hitId, word == u"state-ok");
        if (word == u"vehicle-ok" || word == u"vehicle-differs")
            return alerts.confirmVehicle(hitId, word == u"vehicle-ok");
        if (word == u"currency")
            return alerts.checkCurrency(hitId);
        if (word.startsWith(u"clets-"))
            return alerts.recordClets(hitId, word.mid(6), u"CLETS 4471"_s, m_clock.now());
        if (word == u"confirm")
            return alerts.decide(hitId, true, {}, {});
        if (word == u"confirm-note")
            return alerts.decide(hitId, true, {}, u"Plates moved to another car."_s);
        if (word.startsWith(u"reject-")) {
            const QStringList parts = word.mid(7).split(u'+');
            return alerts.decide(hitId, false, parts.first(),
                                 parts.size() > 1 ? u"Duplicate of a call."_s : QString());
        }
        if (word == u"dispose")
            return alerts.dispose(hitId, u"arrest"_s, kIncident);
        if (word == u"dispose-other-incident")
            return alerts.dispose(hitId, u"arrest"_s, u"26-000999"_s);
        qFatal("unknown action %s", qPrintable(word));
    }

private Q_SLOTS:
    void cleanupTestCase() { m_sessions.clear(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"alerts.alprdb"_s);
        m_admin = test::createStore(m_path, m_clock);
        addUser(u"dispa"_s, {Role::Dispatcher});
        addUser(u"dispb"_s, {Role::Dispatcher});
        addUser(u"chief"_s, {Role::Supervisor});
        addUser(u"feeder"_s, {Role::Records});
        addUser(u"detective"_s, {Role::Detective});
        HotLists lists(*m_admin);
        HotList general;
        general.name = u"SVS"_s;
        general.purpose = u"stolen-vehicle"_s;
        QVERIFY(lists.createList(general).ok());
        const HotListFormat format = HotListFormat::Clew;
        auto loaded = lists.importData(u"SVS"_s, clew({u"7ALR001 CA"_s, u"7ALR002 CA"_s}),
                                       u"svs.tbl"_s, &format, false);
        QVERIFY2(loaded.ok(), qPrintable(why(loaded)));
        HotList bolos;
        bolos.name = u"BOLOs"_s;
        bolos.kind = HotListKind::Department;
        bolos.purpose = u"criminal-investigation"_s;
        QVERIFY(lists.createList(bolos).ok());
        HotList covert = bolos;
        covert.name = u"Task force"_s;
        covert.covert = true;
        covert.members = {u"dispa"_s};
        QVERIFY(lists.createList(covert).ok());
        QVERIFY(approvedEntry(u"detective"_s, u"BOLOs"_s, u"6BOL123"_s) > 0);
        QVERIFY(approvedEntry(u"dispa"_s, u"Task force"_s, u"5CVT777"_s) > 0);
    }

    void checklist_data()
    {
        QTest::addColumn<QString>("script"); // actions on a new hit, separated by ;
        QTest::addColumn<QString>("last");   // what the last one gives

        const QString steps =
            u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-ok;currency;clets-still-wanted"_s;
        QTest::newRow("all steps, then confirm") << steps + u";confirm"_s << u"ok"_s;
        QTest::newRow("characters without a view of the plate")
            << u"take;chars-ok"_s << u"denied"_s;
        QTest::newRow("characters after a view of the plate")
            << u"take;view-plate;chars-ok"_s << u"ok"_s;
        QTest::newRow("characters of the wrong count")
            << u"take;view-plate;chars-wrong-count"_s << u"invalid"_s;
        QTest::newRow("a step on a hit nobody took") << u"view-plate;chars-ok"_s << u"denied"_s;
        QTest::newRow("plate-state before characters") << u"take;state-ok"_s << u"denied"_s;
        QTest::newRow("vehicle before characters")
            << u"take;view-overview;vehicle-ok"_s << u"denied"_s;
        QTest::newRow("vehicle without a view of the vehicle")
            << u"take;view-plate;chars-ok;state-ok;vehicle-ok"_s << u"denied"_s;
        QTest::newRow("clets before currency")
            << u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-ok;clets-still-wanted"_s
            << u"denied"_s;
        QTest::newRow("a CLETS result that is none")
            << u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-ok;currency;clets-maybe"_s
            << u"invalid"_s;
        QTest::newRow("confirm before every step")
            << u"take;view-plate;chars-ok;state-ok;confirm"_s << u"denied"_s;
        QTest::newRow("confirm with a character mismatch")
            << u"take;view-plate;chars-mismatch;state-ok;view-overview;vehicle-ok;currency;"
               u"clets-still-wanted;confirm"_s
            << u"denied"_s;
        QTest::newRow("confirm with the state differing")
            << u"take;view-plate;chars-ok;state-differs;view-overview;vehicle-ok;currency;"
               u"clets-still-wanted;confirm"_s
            << u"denied"_s;
        QTest::newRow("confirm with CLETS cleared")
            << u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-ok;currency;"
               u"clets-cleared;confirm"_s
            << u"denied"_s;
        QTest::newRow("confirm a differing vehicle without a note")
            << u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-differs;currency;"
               u"clets-still-wanted;confirm"_s
            << u"denied"_s;
        QTest::newRow("confirm a differing vehicle with a note")
            << u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-differs;currency;"
               u"clets-still-wanted;confirm-note"_s
            << u"ok"_s;
        QTest::newRow("reject at once as a misread") << u"take;reject-misread"_s << u"ok"_s;
        QTest::newRow("reject for another reason without a note")
            << u"take;reject-other"_s << u"invalid"_s;
        QTest::newRow("reject for another reason with a note")
            << u"take;reject-other+note"_s << u"ok"_s;
        QTest::newRow("reject for no known reason") << u"take;reject-bored"_s << u"invalid"_s;
        QTest::newRow("dispose before the decision") << steps + u";dispose"_s << u"denied"_s;
        QTest::newRow("dispose a rejected hit") << u"take;reject-misread;dispose"_s << u"denied"_s;
        QTest::newRow("dispose a confirmed hit") << steps + u";confirm;dispose"_s << u"ok"_s;
        QTest::newRow("dispose under another incident")
            << steps + u";confirm;dispose-other-incident"_s << u"invalid"_s;
        QTest::newRow("take under a malformed incident") << u"take-malformed"_s << u"invalid"_s;
        QTest::newRow("a second dispatcher takes a taken hit") << u"take;b:take"_s << u"conflict"_s;
        QTest::newRow("a second dispatcher works a taken hit")
            << u"take;b:view-plate;b:chars-ok"_s << u"conflict"_s;
        QTest::newRow("release by a dispatcher who does not hold it")
            << u"take;b:release"_s << u"denied"_s;
        QTest::newRow("release by its holder") << u"take;release"_s << u"ok"_s;
        QTest::newRow("release by a supervisor") << u"take;c:release"_s << u"ok"_s;
        QTest::newRow("take again after a release") << u"take;c:release;b:take"_s << u"ok"_s;
        QTest::newRow("take a decided hit") << u"take;reject-misread;b:take"_s << u"denied"_s;
    }

    void checklist()
    {
        QFETCH(QString, script);
        QFETCH(QString, last);
        const qint64 hitId = newHit(u"7ALR001"_s);
        QVERIFY(hitId > 0);
        const QStringList actions = script.split(u';');
        for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
            const Result<void> r = act(hitId, actions[i]);
            QVERIFY2(r.ok(), qPrintable(actions[i] + u": "_s + why(r)));
        }
        const HitRecord before = stored(hitId);
        const Result<void> r = act(hitId, actions.last());
        QVERIFY2(codeName(r) == last,
                 qPrintable(u"%1 gave %2: %3"_s.arg(actions.last(), codeName(r), why(r))));
        // A refusal leaves the hit as it was.
        if (!r) {
            const HitRecord after = stored(hitId);
            QCOMPARE(after.status, before.status);
            QCOMPARE(after.takenBy, before.takenBy);
            QCOMPARE(after.checklist, before.checklist);
            QCOMPARE(after.outcome, before.outcome);
        }
    }

    void confirmedHitKeepsItsWork()
    {
        const qint64 hitId = newHit(u"7ALR002"_s);
        for (const QString& a :
             u"take;view-plate;chars-ok;state-ok;view-overview;vehicle-ok;currency;"
             u"clets-still-wanted;confirm;dispose"_s.split(u';'))
            QVERIFY2(act(hitId, a).ok(), qPrintable(a));
        const HitRecord h = stored(hitId);
        QCOMPARE(h.status, hitstatus::kConfirmed);
        QCOMPARE(h.decidedBy, u"dispa"_s);
        QCOMPARE(h.incident, kIncident);
        QCOMPARE(h.outcome, u"arrest"_s);
        QVERIFY(h.takenBy.isEmpty());
        QCOMPARE(h.checklist.value(u"clets"_s).toObject().value(u"reference"_s).toString(),
                 u"CLETS 4471"_s);

        // Each step is an audit event under the incident and the list's purpose.
        const QString object = u"hit:%1"_s.arg(hitId);
        QStringList seen;
        for (const QString& action : {u"hit-taken"_s, u"hit-image-viewed"_s, u"hit-characters"_s,
                                      u"hit-plate-state"_s, u"hit-vehicle"_s, u"hit-currency"_s,
                                      u"hit-clets"_s, u"hit-decided"_s, u"hit-disposed"_s}) {
            for (const AuditEvent& e : events(action)) {
                if (e.object != object)
                    continue;
                QCOMPARE(e.username, u"dispa"_s);
                QCOMPARE(e.details.value(u"case"_s).toString(), kIncident);
                QCOMPARE(e.details.value(u"purpose"_s).toString(), u"stolen-vehicle"_s);
                seen << action;
            }
        }
        QCOMPARE(seen.size(), 10); // two image views
        QVERIFY(seen.contains(u"hit-disposed"_s));

        // And a row of hit_steps, in order, with who did it.
        Alerts alerts(as(u"dispa"_s));
        auto c = alerts.checklist(hitId);
        QVERIFY2(c.ok(), qPrintable(why(c)));
        QStringList order;
        for (const HitStep& s : c->steps) {
            QCOMPARE(s.username, u"dispa"_s);
            QCOMPARE(s.incident, kIncident);
            order << s.step;
        }
        QCOMPARE(order, (QStringList{u"taken"_s, u"image-viewed"_s, u"characters"_s,
                                     u"plate-state"_s, u"image-viewed"_s, u"vehicle"_s,
                                     u"currency"_s, u"clets"_s, u"decision"_s, u"disposition"_s}));
        auto text = alerts.confirmationText(hitId);
        QVERIFY2(text.ok(), qPrintable(why(text)));
        QVERIFY(text->contains(u"CONFIRMED"_s));
        QVERIFY(text->contains(kIncident));
        QVERIFY(text->contains(u"Disposition: arrest"_s));

        // The record behind the stop is not purged by default (Los Altos
        // 462.4(h)(3)): its read is under a hold tied to the incident, once.
        QVERIFY(act(hitId, u"dispose"_s).ok());
        auto holds = LegalHolds(*m_admin).list();
        QVERIFY2(holds.ok(), qPrintable(why(holds)));
        int stops = 0;
        for (const LegalHold& hold : holds.value()) {
            if (hold.source != u"hit:%1"_s.arg(hitId))
                continue;
            ++stops;
            QCOMPARE(hold.incident, kIncident);
            QCOMPARE(hold.placedBy, u"dispa"_s);
            QCOMPARE(*LegalHolds(*m_admin).reads(hold.id), QList<qint64>{h.readId});
        }
        QCOMPARE(stops, 1);

        // The audit's sample of verifications draws from the decisions, and
        // checks their incident and purpose as it checks a search's.
        auto sample = drawSample(*m_admin, {SampleKind::Hits, u"2026-Q4"_s, 0, 1});
        QVERIFY2(sample.ok(), qPrintable(why(sample)));
        QVERIFY(sample->population >= 1);
        bool drawn = false;
        for (const SampleItem& item : sample->items) {
            QCOMPARE(item.event.action, u"hit-decided"_s);
            if (item.event.object == object) {
                drawn = true;
                QVERIFY(item.checks.caseFormatValid);
                QVERIFY(item.checks.purposeListed);
            }
        }
        QVERIFY(drawn || sample->population > qint64(sample->items.size()));
    }

    void escalationAndIdleRelease()
    {
        auto settings = departmentSettings(*m_admin);
        QVERIFY(settings.ok());
        QCOMPARE(settings->alertEscalateMinutes, 5);
        QCOMPARE(settings->alertHoldMinutes, 30);
        Alerts alerts(as(u"dispb"_s));
        // Everything older is out of the way first.
        QVERIFY(alerts.sweep().ok());

        const qint64 waiting = newHit(u"7ALR001"_s);
        m_clock.advanceSecs(4 * 60);
        auto swept = alerts.sweep();
        QVERIFY2(swept.ok(), qPrintable(why(swept)));
        QVERIFY(!swept->contains(waiting));
        m_clock.advanceSecs(2 * 60);
        swept = alerts.sweep();
        QVERIFY(swept.ok());
        QVERIFY(swept->contains(waiting));
        QVERIFY(stored(waiting).escalatedAt.isValid());
        QCOMPARE(stored(waiting).status, hitstatus::kNew);
        // Escalated once only.
        swept = alerts.sweep();
        QVERIFY(swept.ok() && !swept->contains(waiting));

        // A hold lapses after 30 minutes without a step; a step starts it again.
        QVERIFY(act(waiting, u"b:take"_s).ok());
        m_clock.advanceSecs(20 * 60);
        QVERIFY(act(waiting, u"b:view-plate"_s).ok());
        QVERIFY(act(waiting, u"b:chars-ok"_s).ok());
        m_clock.advanceSecs(20 * 60); // 40 since the take, 20 since the step
        QList<qint64> released;
        QVERIFY(alerts.sweep(&released).ok());
        QVERIFY(!released.contains(waiting));
        QCOMPARE(stored(waiting).takenBy, u"dispb"_s);
        m_clock.advanceSecs(11 * 60);
        QVERIFY(alerts.sweep(&released).ok());
        QVERIFY(released.contains(waiting));
        const HitRecord after = stored(waiting);
        QCOMPARE(after.status, hitstatus::kNew);
        QVERIFY(after.takenBy.isEmpty());
        // The work done stays with the hit for whoever takes it next.
        QVERIFY(after.checklist.contains(u"characters"_s));
        bool idle = false;
        for (const AuditEvent& e : events(u"hit-released"_s))
            idle = idle || (e.object == u"hit:%1"_s.arg(waiting) &&
                            e.details.value(u"reason"_s).toString() == u"idle"_s &&
                            e.details.value(u"holder"_s).toString() == u"dispb"_s);
        QVERIFY(idle);
    }

    void covertHitsReachOnlyMembers()
    {
        const qint64 covert = newHit(u"5CVT777"_s);
        QVERIFY(covert > 0);
        QVERIFY(stored(covert).covert);
        Alerts outsider(as(u"dispb"_s));
        auto queue = outsider.queue();
        QVERIFY(queue.ok());
        for (const HitRecord& h : queue.value())
            QVERIFY(h.id != covert);
        auto take = outsider.take(covert, kIncident);
        QVERIFY(!take.ok());
        QCOMPARE(take.error().code, ErrorCode::NotFound);
        auto checklist = outsider.checklist(covert);
        QVERIFY(!checklist.ok());
        QCOMPARE(checklist.error().code, ErrorCode::NotFound);
        QVERIFY(!checklist.error().message.contains(u"5CVT777"_s));
        auto image = outsider.image(covert, ImageKind::Plate);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::NotFound);

        Alerts member(as(u"dispa"_s));
        auto mine = member.queue();
        QVERIFY(mine.ok());
        bool listed = false;
        for (const HitRecord& h : mine.value())
            listed = listed || h.id == covert;
        QVERIFY(listed);
        // Its timers run in the member's sessions: escalated, and a hold lapses.
        m_clock.advanceSecs(6 * 60);
        auto escalated = member.sweep();
        QVERIFY2(escalated.ok(), qPrintable(why(escalated)));
        QVERIFY(escalated->contains(covert));
        QVERIFY2(member.take(covert, kIncident).ok(), "the member takes it");
        m_clock.advanceSecs(31 * 60);
        QList<qint64> released;
        QVERIFY(outsider.sweep(&released).ok());
        QVERIFY(!released.contains(covert));
        QVERIFY(member.sweep(&released).ok());
        QVERIFY(released.contains(covert));
        QCOMPARE(stored(covert).status, hitstatus::kNew);
    }

    void listingRecordedOncePerNewHit()
    {
        Alerts alerts(as(u"chief"_s));
        const int before = int(events(u"alerts-listed"_s).size());
        auto first = alerts.queue();
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QVERIFY(!first->isEmpty());
        QCOMPARE(events(u"alerts-listed"_s).size(), before + 1);
        // The same rows again: nothing new was shown.
        QVERIFY(alerts.queue().ok());
        QVERIFY(alerts.queue().ok());
        QCOMPARE(events(u"alerts-listed"_s).size(), before + 1);
        // A new hit: one more event, naming only it.
        const qint64 fresh = newHit(u"7ALR002"_s);
        QVERIFY(alerts.queue().ok());
        const QList<AuditEvent> listed = events(u"alerts-listed"_s);
        QCOMPARE(listed.size(), before + 2);
        const AuditEvent& newest = *std::max_element(
            listed.begin(), listed.end(),
            [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
        QCOMPARE(newest.username, u"chief"_s);
        QCOMPARE(newest.details.value(u"hits"_s).toArray(), QJsonArray{fresh});
    }

    void boloAuthorIsTold()
    {
        Alerts author(as(u"detective"_s));
        auto before = author.boloNotices();
        QVERIFY2(before.ok(), qPrintable(why(before)));
        const qint64 hit = newHit(u"6BOL123"_s);
        QVERIFY(hit > 0);
        auto notices = author.boloNotices();
        QVERIFY(notices.ok());
        QList<qint64> ids;
        for (const HitRecord& h : notices.value())
            ids << h.id;
        QVERIFY(ids.contains(hit));
        // Nobody else is told of the detective's entry.
        auto other = Alerts(as(u"dispb"_s)).boloNotices();
        QVERIFY(other.ok());
        for (const HitRecord& h : other.value())
            QVERIFY(h.id != hit);
        QVERIFY(author.notify(ids).ok());
        QVERIFY(stored(hit).notifiedAt.isValid());
        notices = author.boloNotices();
        QVERIFY(notices.ok());
        QVERIFY(notices->isEmpty());
        QCOMPARE(events(u"bolo-hit-notified"_s).size(), ids.size());
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
