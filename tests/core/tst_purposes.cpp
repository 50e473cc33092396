// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "cases/purposes.h"
#include "inquiry/searchservice.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

class TestPurposes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> m_admin; // administrator + detective

    qsizetype events(const QString& action, const QString& outcome)
    {
        AuditFilter f;
        f.action = action;
        f.outcome = outcome;
        auto list = trailOf(*m_admin).list(f);
        return list ? list->size() : -1;
    }

    Result<SearchOutcome> searchWith(const QString& purpose)
    {
        SearchRequest r;
        r.caseNumber = u"26-004211"_s;
        r.purpose = purpose;
        r.pattern = u"7ABC123"_s;
        return SearchService(*m_admin).search(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin = test::createStore(m_dir.filePath(u"p.alprdb"_s), m_clock, {Role::Detective});
    }

    void prohibited_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("use"); // empty: allowed
        QTest::newRow("stolen vehicle") << u"stolen-vehicle Stolen vehicle or plate"_s << QString();
        QTest::newRow("amber alert") << u"missing-person AMBER alert"_s << QString();
        QTest::newRow("missing person") << u"Locating a missing person"_s << QString();
        QTest::newRow("pressure") << u"hit-and-run with high pressure leak"_s << QString();
        QTest::newRow("immigration") << u"immigration-check"_s << u"immigration"_s;
        QTest::newRow("ice") << u"assist ICE"_s << u"immigration"_s;
        QTest::newRow("deportation") << u"Deportation support"_s << u"immigration"_s;
        QTest::newRow("personal use") << u"personal use by officer"_s << u"personal use"_s;
        QTest::newRow("curiosity") << u"curiosity"_s << u"personal use"_s;
        QTest::newRow("harassment") << u"harassing an ex"_s << u"harassment"_s;
        QTest::newRow("protest") << u"protest-monitoring"_s << u"First Amendment"_s;
        QTest::newRow("religion") << u"Attendance at religious services"_s << u"First Amendment"_s;
        QTest::newRow("race") << u"vehicles by race of driver"_s << u"protected characteristic"_s;
        QTest::newRow("orientation") << u"sexual orientation"_s << u"protected characteristic"_s;
        // Written so that a reader sees a prohibited use and a plain pattern does not.
        const QString imm = u"immigration"_s;
        QTest::newRow("zero-width space") << u"Support for imm\u200Bigration enforcement"_s << imm;
        QTest::newRow("soft hyphen") << u"Support for immi\u00ADgration enforcement"_s << imm;
        QTest::newRow("cyrillic I") << u"Assist \u0406CE with removals"_s << imm;
        QTest::newRow("cyrillic C and E") << u"Assist I\u0421\u0415 with removals"_s << imm;
        QTest::newRow("greek iota") << u"Assist \u0399CE"_s << imm;
        QTest::newRow("dotted") << u"Assist I.C.E. with removals"_s << imm;
        QTest::newRow("dashed") << u"Assist I-C-E with removals"_s << imm;
        QTest::newRow("full-width") << u"Assist \uFF29\uFF23\uFF25"_s << imm;
        QTest::newRow("cyrillic o in deport") << u"d\u0435p\u043Ert support"_s << imm;
        QTest::newRow("hyphen inside") << u"imm-igration status check"_s << imm;
        QTest::newRow("accented") << u"ímmigration check"_s << imm;
        QTest::newRow("ice agents") << u"help ice agents find him"_s << imm;
        QTest::newRow("assist ice") << u"assist ice with removals"_s << imm;
        QTest::newRow("removal orders") << u"serving removal orders"_s << imm;
        QTest::newRow("hsi") << u"HSI request"_s << imm;
        QTest::newRow("personal-use code") << u"personal-use"_s << u"personal use"_s;
        QTest::newRow("zero-width protest")
            << u"pro\u200Btest monitoring"_s << u"First Amendment"_s;
        QTest::newRow("cyrillic a in race")
            << u"vehicles by r\u0430ce of driver"_s << u"protected characteristic"_s;
        // Ordinary purposes that hold the same letters still pass.
        QTest::newRow("ice storm") << u"ice storm damage"_s << QString();
        QTest::newRow("Ice storm") << u"Ice storm damage to traffic cameras"_s << QString();
        QTest::newRow("nice") << u"Nice, France"_s << QString();
        QTest::newRow("ic engine") << u"I.C. engine theft ring"_s << QString();
        QTest::newRow("police") << u"police vehicle stolen"_s << QString();
        QTest::newRow("office") << u"office burglary"_s << QString();
        QTest::newRow("service") << u"service station robbery"_s << QString();
        QTest::newRow("spanish") << u"Vehículo robado en la estación de servicio"_s << QString();
    }

    void prohibited()
    {
        QFETCH(QString, text);
        QFETCH(QString, use);
        const QString found = prohibitedUse(text);
        if (use.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(use), qPrintable(found));
    }

    void seededFromThePolicies()
    {
        auto list = listPurposes(*m_admin);
        QVERIFY(list.ok());
        QVERIFY(list->size() >= 8);
        for (const Purpose& p : list.value()) {
            QVERIFY2(!p.policyRef.isEmpty(), qPrintable(p.code));
            QVERIFY2(prohibitedUse(p.code + u' ' + p.description).isEmpty(), qPrintable(p.code));
        }
    }

    void addChangeRetire()
    {
        const qsizetype before = events(u"purpose-saved"_s, u"success"_s);
        QVERIFY(savePurpose(*m_admin, {u"hit-and-run"_s, u"Hit-and-run collision investigation"_s,
                                       u"Los Altos 462.6(c)"_s, true})
                    .ok());
        QVERIFY(searchWith(u"hit-and-run"_s).ok());
        QVERIFY(savePurpose(*m_admin, {u"hit-and-run"_s, u"Hit-and-run collision"_s,
                                       u"Los Altos 462.6(c)"_s, true})
                    .ok());
        QCOMPARE(events(u"purpose-saved"_s, u"success"_s), before + 2);

        QVERIFY(setPurposeActive(*m_admin, u"hit-and-run"_s, false).ok());
        auto refused = searchWith(u"hit-and-run"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        QCOMPARE(events(u"purpose-retired"_s, u"success"_s), 1);
        // Retired, not gone: past searches still name it.
        auto list = listPurposes(*m_admin);
        QVERIFY(std::any_of(list->begin(), list->end(), [](const Purpose& p) {
            return p.code == u"hit-and-run"_s && !p.active;
        }));
        QVERIFY(setPurposeActive(*m_admin, u"hit-and-run"_s, true).ok());
        QVERIFY(searchWith(u"hit-and-run"_s).ok());
    }

    void prohibitedUseIsRefusedAndRecorded()
    {
        const qsizetype before = events(u"purpose-saved"_s, u"refused"_s);
        auto r = savePurpose(
            *m_admin, {u"immigration-check"_s, u"Check immigration status"_s, QString(), true});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QVERIFY(r.error().message.contains(u"prohibit"_s));
        QCOMPARE(events(u"purpose-saved"_s, u"refused"_s), before + 1);
        QVERIFY(!searchWith(u"immigration-check"_s).ok());
    }

    void badInput()
    {
        QCOMPARE(savePurpose(*m_admin, {u"Bad Code"_s, u"A description"_s, {}, true}).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(savePurpose(*m_admin, {u"ok-code"_s, u"abc"_s, {}, true}).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(setPurposeActive(*m_admin, u"no-such"_s, false).error().code, ErrorCode::NotFound);
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
        auto r = savePurpose(*det.value(), {u"anything"_s, u"Any description"_s, {}, true});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QCOMPARE(setPurposeActive(*det.value(), u"stolen-vehicle"_s, false).error().code,
                 ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestPurposes)
#include "tst_purposes.moc"
