// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The camera agents of the receiver: a token shown once and kept only as its
// hash, names and cameras checked, revocation, and who may do what.
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "ingest/agents.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestAgents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"agents.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        UserAccount d;
        d.username = u"dispatcher"_s;
        d.fullName = u"Test Dispatcher"_s;
        d.organization = u"Test PD"_s;
        d.roles = {Role::Dispatcher};
        QVERIFY(UserAdministration(*m_admin).addUser(d, test::password()).ok());
        QVERIFY(UserAdministration(*m_admin).addTraining(d.username, test::currentTraining()).ok());
    }

    void tokenIsShownOnceAndKeptAsItsHash()
    {
        Agents agents(*m_admin);
        auto made = agents.add(u"cam-east"_s, {u"openalpr:1"_s, u"openalpr:2"_s});
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        const QByteArray token = made->token.toByteArrayUnsafe();
        QVERIFY(Agents::tokenWellFormed(token));
        QCOMPARE(made->agent.tokenSha256, crypto::sha256Hex(token));

        auto delivering = agents.deliveringAgents();
        QVERIFY(delivering.ok());
        const QByteArray key = crypto::sha256(token);
        QVERIFY(delivering->contains(key));
        QCOMPARE(delivering->value(key).name, u"cam-east"_s);
        QCOMPARE(delivering->value(key).cameras, QStringList({u"openalpr:1"_s, u"openalpr:2"_s}));

        // Neither the store's file nor the trail holds the token.
        QFile store(m_path);
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY(!store.readAll().contains(token));
        auto events = trailOf(*m_admin).list({});
        QVERIFY(events.ok());
        bool added = false;
        for (const AuditEvent& e : *events) {
            QVERIFY(!e.details.toVariantMap().values().contains(QString::fromLatin1(token)));
            added = added || (e.action == u"agent-added"_s && e.object == u"agent:cam-east"_s);
        }
        QVERIFY(added);

        // A second agent gets a different token.
        auto other = agents.add(u"cam-west"_s, {});
        QVERIFY(other.ok());
        QVERIFY(!(other->token == made->token));
    }

    void namesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"cam east"_s;
        QTest::newRow("newline") << u"cam\neast"_s;
        QTest::newRow("too long") << QString(65, u'a');
        QTest::newRow("slash") << u"cam/east"_s;
    }
    void namesAreChecked()
    {
        QFETCH(QString, name);
        auto made = Agents(*m_admin).add(name, {});
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Invalid);
    }

    void tokensOfOtherShapesAreNotTokens()
    {
        QVERIFY(!Agents::tokenWellFormed(QByteArray()));
        QVERIFY(!Agents::tokenWellFormed("alpr1."));
        QVERIFY(!Agents::tokenWellFormed("alpr1." + QByteArray(43, '=')));
        QVERIFY(!Agents::tokenWellFormed("alpr2." + QByteArray(43, 'a')));
        QVERIFY(!Agents::tokenWellFormed("alpr1." + QByteArray(44, 'a')));
        QVERIFY(Agents::tokenWellFormed("alpr1." + QByteArray(43, 'a')));
    }

    void revokedAgentsNoLongerDeliver()
    {
        Agents agents(*m_admin);
        auto made = agents.add(u"cam-north"_s, {});
        QVERIFY(made.ok());
        const QByteArray hash = QByteArray::fromHex(made->agent.tokenSha256.toLatin1());
        QVERIFY(agents.deliveringAgents()->contains(hash));
        QVERIFY(agents.revoke(u"cam-north"_s).ok());
        QVERIFY(!agents.deliveringAgents()->contains(hash));
        // Once only; the name stays taken.
        QCOMPARE(agents.revoke(u"cam-north"_s).error().code, ErrorCode::Invalid);
        QCOMPARE(agents.add(u"cam-north"_s, {}).error().code, ErrorCode::Invalid);
        QCOMPARE(agents.revoke(u"nobody"_s).error().code, ErrorCode::NotFound);
        auto listed = agents.list();
        QVERIFY(listed.ok());
        bool revoked = false;
        for (const Agent& a : *listed)
            revoked =
                revoked || (a.name == u"cam-north"_s && a.revoked() && a.revokedBy == u"admin"_s);
        QVERIFY(revoked);
    }

    void onlyAdministratorsManageAndOnlyImportersReceive()
    {
        auto dispatcher =
            SignIn::signIn(m_path, u"dispatcher"_s, test::password(), Clock::system());
        QVERIFY(dispatcher.ok());
        Agents agents(*dispatcher.value());
        QCOMPARE(agents.add(u"cam-south"_s, {}).error().code, ErrorCode::Denied);
        QCOMPARE(agents.list().error().code, ErrorCode::Denied);
        QCOMPARE(agents.revoke(u"cam-east"_s).error().code, ErrorCode::Denied);
        QCOMPARE(agents.deliveringAgents().error().code, ErrorCode::Denied);
    }
};

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
