// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The agency's own settings: the checks on the ORI and the time zone, the
// audit record with the settings before and after, the administrators-only
// rule, and the audit memo's header that names the agency and its ORI.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auditing/auditmemo.h"
#include "cases/agencysettings.h"
#include "store/store.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

namespace {

AgencySettings losAltos()
{
    AgencySettings a;
    a.name = u"Los Altos Police Department"_s;
    a.ori = u"CA0431000"_s;
    a.address = u"1 N San Antonio Rd, Los Altos, CA 94022"_s;
    a.contact = u"(650) 947-2770"_s;
    a.timeZone = u"America/Los_Angeles"_s;
    return a;
}

} // namespace

class TestAgencySettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> m_admin;

    QList<AuditEvent> changes(const QString& outcome = u"success"_s)
    {
        AuditFilter f;
        f.action = u"settings-changed"_s;
        f.outcome = outcome;
        auto list = trailOf(*m_admin).list(f);
        QList<AuditEvent> agency;
        for (const AuditEvent& e : list.value())
            if (e.object == u"settings:agency"_s)
                agency << e;
        return agency;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin = test::createStore(m_dir.filePath(u"a.alprdb"_s), m_clock);
    }

    void ori_data()
    {
        QTest::addColumn<QString>("ori");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("california") << u"CA0431000"_s << QString();
        QTest::newRow("letters inside") << u"DCFBIWA00"_s << QString();
        QTest::newRow("puerto rico") << u"PR0010000"_s << QString();
        QTest::newRow("eight") << u"CA043100"_s << u"not 8;"_s;
        QTest::newRow("ten") << u"CA04310000"_s << u"not 10;"_s;
        QTest::newRow("empty") << QString() << u"not 0;"_s;
        QTest::newRow("small letters") << u"ca0431000"_s << u"NCIC format"_s;
        QTest::newRow("digit first") << u"1A0431000"_s << u"NCIC format"_s;
        QTest::newRow("dash") << u"CA-431000"_s << u"NCIC format"_s;
        QTest::newRow("full-width") << u"CA043100\uFF10"_s << u"NCIC format"_s;
        QTest::newRow("no such state") << u"XX0431000"_s << u"not a US state"_s;
        QTest::newRow("zz") << u"ZZ1234567"_s << u"not a US state"_s;
    }

    void ori()
    {
        QFETCH(QString, ori);
        QFETCH(QString, problem);
        auto r = AgencySettings::checkOri(ori);
        if (problem.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"ORI"_s), qPrintable(r.error().message));
    }

    void timeZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("los angeles") << u"America/Los_Angeles"_s << true;
        QTest::newRow("new york") << u"America/New_York"_s << true;
        QTest::newRow("utc") << u"UTC"_s << true;
        QTest::newRow("offset") << u"UTC+05:00"_s << false;
        QTest::newRow("made up") << u"Mars/Olympus_Mons"_s << false;
        QTest::newRow("small letters") << u"america/los_angeles"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void timeZone()
    {
        QFETCH(QString, zone);
        QFETCH(bool, valid);
        auto r = AgencySettings::checkTimeZone(zone);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QVERIFY2(r.error().message.contains(u"IANA"_s), qPrintable(r.error().message));
    }

    void defaultsBeforeAnythingIsSet()
    {
        auto a = agencySettings(*m_admin);
        QVERIFY(a.ok());
        QVERIFY(a->name.isEmpty());
        QVERIFY(a->ori.isEmpty());
        QCOMPARE(a->timeZone, u"America/Los_Angeles"_s);
        QVERIFY(a->heading().isEmpty());
    }

    void setIsAuditedWithBeforeAndAfter()
    {
        AgencySettings a = losAltos();
        a.ori = u" ca0431000 "_s; // taken trimmed, in capitals
        QVERIFY(setAgencySettings(*m_admin, a).ok());
        auto stored = agencySettings(*m_admin);
        QVERIFY(stored.ok());
        QCOMPARE(stored->ori, u"CA0431000"_s);
        QCOMPARE(stored->name, u"Los Altos Police Department"_s);
        QCOMPARE(stored->heading(), u"Los Altos Police Department (ORI CA0431000)"_s);
        QCOMPARE(changes().size(), 1);

        AgencySettings next = stored.value();
        next.timeZone = u"America/New_York"_s;
        QVERIFY(setAgencySettings(*m_admin, next).ok());
        const QList<AuditEvent> all = changes();
        QCOMPARE(all.size(), 2);
        const QJsonObject d = all.last().details;
        QCOMPARE(d[u"before"_s][u"time_zone"_s].toString(), u"America/Los_Angeles"_s);
        QCOMPARE(d[u"after"_s][u"time_zone"_s].toString(), u"America/New_York"_s);
        QCOMPARE(d[u"after"_s][u"ori"_s].toString(), u"CA0431000"_s);
        QCOMPARE(all.last().username, u"admin"_s);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << u"name"_s << u"  "_s << u"agency name is empty"_s;
        QTest::newRow("long name") << u"name"_s << QString(121, u'x') << u"120"_s;
        QTest::newRow("line break in name") << u"name"_s << u"Los Altos\nPD"_s << u"agency name"_s;
        QTest::newRow("bad ori") << u"ori"_s << u"CA04310"_s << u"ORI"_s;
        QTest::newRow("escape in address") << u"address"_s << u"1 Main St\x1b[2J"_s << u"address"_s;
        QTest::newRow("long contact") << u"contact"_s << QString(201, u'5') << u"200"_s;
        QTest::newRow("bad zone") << u"timeZone"_s << u"Pacific Time"_s << u"IANA"_s;
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const auto before = agencySettings(*m_admin);
        const qsizetype events = changes().size();
        AgencySettings a = before.value();
        if (field == u"name"_s)
            a.name = value;
        else if (field == u"ori"_s)
            a.ori = value;
        else if (field == u"address"_s)
            a.address = value;
        else if (field == u"contact"_s)
            a.contact = value;
        else
            a.timeZone = value;
        auto r = setAgencySettings(*m_admin, a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
        QCOMPARE(agencySettings(*m_admin)->toJson(), before->toJson());
        QCOMPARE(changes().size(), events);
    }

    void onlyAdministrators()
    {
        UserAccount d;
        d.username = u"det"_s;
        d.roles = {Role::Detective};
        QVERIFY(UserAdministration(*m_admin).addUser(d, test::password()).ok());
        QVERIFY(UserAdministration(*m_admin).addTraining(u"det"_s, test::currentTraining()).ok());
        auto det = SignIn::signIn(storeOf(*m_admin).path(), u"det"_s, test::password(), m_clock);
        QVERIFY(det.ok());
        // Anyone may read them (memos and reports print them) ...
        QVERIFY(agencySettings(*det.value()).ok());
        // ... only an administrator changes them, and a refusal is recorded.
        auto r = setAgencySettings(*det.value(), losAltos());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        AuditFilter f;
        f.username = u"det"_s;
        f.outcome = u"refused"_s;
        QVERIFY(!trailOf(*m_admin).list(f)->isEmpty());
    }

    // The memo to the Chief names the agency and its ORI in its header.
    void memoHeaderNamesTheAgency()
    {
        AuditMemo memo;
        memo.agency = losAltos();
        memo.auditorUser = u"auditor"_s;
        memo.auditorName = u"A. Auditor"_s;
        memo.writtenAt = m_clock.now();
        const QString html = memoHtml(memo);
        const qsizetype agencyAt = html.indexOf(u"Los Altos Police Department (ORI CA0431000)"_s);
        QVERIFY(agencyAt >= 0);
        QVERIFY(agencyAt < html.indexOf(u"Memorandum"_s));
        const QString csv = QString::fromUtf8(memoCsv(memo));
        QVERIFY2(csv.contains(u"agency,Los Altos Police Department"_s), qPrintable(csv.left(300)));
        QVERIFY(csv.contains(u"agency_ori,CA0431000"_s));

        memo.agency = AgencySettings();
        const QString without = memoHtml(memo);
        QVERIFY(!without.contains(u"(ORI "_s) && !without.contains(u"ORI:"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgencySettings)
#include "tst_agencysettings.moc"
