// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "../support/teststore.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"

#include "audit/auditlog.h"
#include "cases/purposes.h"
#include "inquiry/canvass.h"
#include "inquiry/searchservice.h"
#include "store/store.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

namespace {

// A purpose for the roles that work cases, the default for all but `audit`.
Purpose casePurpose(const QString& code, const QString& description, const QString& ref = {})
{
    Purpose p;
    p.code = code;
    p.description = description;
    p.policyRef = ref;
    p.roles = {Role::Detective, Role::Dispatcher, Role::Records};
    return p;
}

} // namespace

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

    // A trained user with these roles, signed in.
    std::unique_ptr<Session> userWith(const QString& name, const QList<Role>& roles)
    {
        UserAccount u;
        u.username = name;
        u.roles = roles;
        if (!UserAdministration(*m_admin).addUser(u, test::password()).ok() ||
            !UserAdministration(*m_admin).addTraining(name, test::currentTraining()).ok())
            qFatal("cannot add %s", qPrintable(name));
        auto s = SignIn::signIn(storeOf(*m_admin).path(), name, test::password(), m_clock);
        if (!s)
            qFatal("cannot sign in %s: %s", qPrintable(name), qPrintable(s.error().message));
        return std::move(s.value());
    }

    static Result<SearchOutcome> searchAs(Session& session, const QString& purpose)
    {
        SearchRequest r;
        r.caseNumber = u"26-004211"_s;
        r.purpose = purpose;
        r.pattern = u"7ABC123"_s;
        return SearchService(session).search(r);
    }

    static QStringList codes(const QList<Purpose>& purposes)
    {
        QStringList list;
        for (const Purpose& p : purposes)
            list << p.code;
        return list;
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
        QVERIFY(savePurpose(*m_admin,
                            casePurpose(u"hit-and-run"_s, u"Hit-and-run collision investigation"_s,
                                        u"Los Altos 462.6(c)"_s))
                    .ok());
        QVERIFY(searchWith(u"hit-and-run"_s).ok());
        QVERIFY(savePurpose(*m_admin, casePurpose(u"hit-and-run"_s, u"Hit-and-run collision"_s,
                                                  u"Los Altos 462.6(c)"_s))
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
        auto r = savePurpose(*m_admin,
                             casePurpose(u"immigration-check"_s, u"Check immigration status"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QVERIFY(r.error().message.contains(u"prohibit"_s));
        QCOMPARE(events(u"purpose-saved"_s, u"refused"_s), before + 1);
        QVERIFY(!searchWith(u"immigration-check"_s).ok());
    }

    void badInput()
    {
        QCOMPARE(savePurpose(*m_admin, casePurpose(u"Bad Code"_s, u"A description"_s)).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(savePurpose(*m_admin, casePurpose(u"ok-code"_s, u"abc"_s)).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(setPurposeActive(*m_admin, u"no-such"_s, false).error().code, ErrorCode::NotFound);
    }

    // Who may choose what: by default audit is the auditors', every other
    // purpose the roles that work cases'.
    void defaultRoles()
    {
        auto list = listPurposes(*m_admin);
        QVERIFY(list.ok());
        for (const Purpose& p : list.value()) {
            if (p.code == u"audit"_s)
                QCOMPARE(p.roles, QList<Role>{Role::Auditor});
            else if (p.code != u"hit-and-run"_s)
                QCOMPARE(p.roles, (QList<Role>{Role::Detective, Role::Dispatcher, Role::Records,
                                               Role::Supervisor}));
        }
        QCOMPARE(defaultPurposeRoles(u"audit"_s), QList<Role>{Role::Auditor});
        QCOMPARE(defaultPurposeRoles(u"stolen-vehicle"_s),
                 (QList<Role>{Role::Detective, Role::Dispatcher, Role::Records, Role::Supervisor}));
    }

    void eachUserIsOfferedAndAllowedTheirs_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("roles");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<bool>("allowed");
        const QString detective = u"detective"_s, dispatcher = u"dispatcher"_s,
                      records = u"records"_s, auditor = u"auditor"_s;
        QTest::newRow("detective, stolen vehicle")
            << u"det1"_s << detective << u"stolen-vehicle"_s << true;
        QTest::newRow("detective, audit") << u"det2"_s << detective << u"audit"_s << false;
        QTest::newRow("dispatcher, wanted person")
            << u"disp1"_s << dispatcher << u"wanted-person"_s << true;
        QTest::newRow("dispatcher, audit") << u"disp2"_s << dispatcher << u"audit"_s << false;
        QTest::newRow("records, civil")
            << u"rec1"_s << records << u"civil-administrative"_s << true;
        QTest::newRow("records, audit") << u"rec2"_s << records << u"audit"_s << false;
        QTest::newRow("auditor, audit") << u"aud1"_s << auditor << u"audit"_s << true;
        QTest::newRow("auditor, stolen vehicle")
            << u"aud2"_s << auditor << u"stolen-vehicle"_s << false;
        QTest::newRow("auditor and detective, both")
            << u"both"_s << u"detective,auditor"_s << u"audit"_s << true;
    }

    void eachUserIsOfferedAndAllowedTheirs()
    {
        QFETCH(QString, user);
        QFETCH(QString, roles);
        QFETCH(QString, purpose);
        QFETCH(bool, allowed);
        auto session = userWith(user, parseRoles(roles).value());
        // Offered: the purpose list of the search bar and the canvass.
        auto mine = purposesForUser(*session);
        QVERIFY(mine.ok());
        QCOMPARE(codes(mine.value()).contains(purpose), allowed);
        auto policy = CasePolicy::load(*session);
        QVERIFY(policy.ok());
        QCOMPARE(codes(policy->purposes()), codes(mine.value()));
        // Refused by core, and the refusal recorded.
        AuditFilter refusals;
        refusals.action = u"search"_s;
        refusals.outcome = u"refused"_s;
        refusals.username = user;
        auto result = searchAs(*session, purpose);
        QCOMPARE(result.ok(), allowed);
        if (!allowed) {
            QCOMPARE(result.error().code, ErrorCode::Denied);
            QVERIFY2(result.error().message.contains(u"is for"_s) &&
                         result.error().message.contains(purpose),
                     qPrintable(result.error().message));
            QCOMPARE(trailOf(*m_admin).list(refusals)->size(), 1);
        }
    }

    // A canvass is refused the same way as a search.
    void canvassRefusesAnotherRolesPurpose()
    {
        auto det = userWith(u"det-canvass"_s, {Role::Detective});
        CanvassRequest request;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"audit"_s;
        CanvassWindow w;
        w.latitude = 37.4;
        w.longitude = -122.1;
        w.radiusMetres = 500;
        w.from = m_clock.now().addDays(-2);
        w.to = m_clock.now();
        request.windows = {w};
        auto refused = CanvassService(*det).canvass(request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        QVERIFY2(refused.error().message.contains(u"auditor"_s),
                 qPrintable(refused.error().message));
        request.purpose = u"criminal-investigation"_s;
        auto allowed = CanvassService(*det).canvass(request);
        QVERIFY2(allowed.ok(), qPrintable(allowed.ok() ? QString() : allowed.error().message));
    }

    void rolesChangeIsCheckedAndAudited()
    {
        auto disp = userWith(u"disp-witness"_s, {Role::Dispatcher});
        QVERIFY(searchAs(*disp, u"witness-victim"_s).ok());
        const qsizetype before = events(u"purpose-saved"_s, u"success"_s);
        QVERIFY(
            setPurposeRoles(*m_admin, u"witness-victim"_s, {Role::Records, Role::Detective}).ok());
        AuditFilter f;
        f.action = u"purpose-saved"_s;
        f.outcome = u"success"_s;
        auto list = trailOf(*m_admin).list(f);
        QCOMPARE(list->size(), before + 1);
        const QJsonObject details = list->last().details;
        QCOMPARE(details[u"before"_s][u"roles"_s].toString(),
                 u"detective,dispatcher,records,supervisor"_s);
        QCOMPARE(details[u"after"_s][u"roles"_s].toString(), u"detective,records"_s);
        QCOMPARE(list->last().object, u"purpose:witness-victim"_s);

        // The dispatcher may no longer give it: not offered, refused.
        QVERIFY(!codes(purposesForUser(*disp).value()).contains(u"witness-victim"_s));
        QCOMPARE(searchAs(*disp, u"witness-victim"_s).error().code, ErrorCode::Denied);

        // No role, or a role that may not search: refused, nothing changed.
        auto none = setPurposeRoles(*m_admin, u"witness-victim"_s, {});
        QCOMPARE(none.error().code, ErrorCode::Invalid);
        QVERIFY2(none.error().message.contains(u"no role"_s), qPrintable(none.error().message));
        auto admin = setPurposeRoles(*m_admin, u"witness-victim"_s, {Role::Administrator});
        QCOMPARE(admin.error().code, ErrorCode::Invalid);
        QVERIFY2(admin.error().message.contains(u"administrator may not search"_s),
                 qPrintable(admin.error().message));
        QCOMPARE(setPurposeRoles(*m_admin, u"no-such"_s, {Role::Detective}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(trailOf(*m_admin).list(f)->size(), before + 1);
        QCOMPARE(setPurposeRoles(*disp, u"witness-victim"_s, {Role::Dispatcher}).error().code,
                 ErrorCode::Denied);
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
        auto r = savePurpose(*det.value(), casePurpose(u"anything"_s, u"Any description"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QCOMPARE(setPurposeActive(*det.value(), u"stolen-vehicle"_s, false).error().code,
                 ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestPurposes)
#include "tst_purposes.moc"
