// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The receiver's parts that need no server: the options it accepts and the
// agents' tokens (core/ingest/receiver.h). The HTTP side is tested through
// 'alprctl receive' in tests/cli/tst_receiver.cpp.
#include "common/crypto.h"
#include "ingest/receiver.h"

#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestReceiverParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("maxBody");
        QTest::addColumn<QString>("refusal"); // empty: accepted

        QTest::newRow("ipv4 loopback")
            << u"127.0.0.1"_s << QString() << QString() << 1LL << QString();
        QTest::newRow("ipv6 loopback") << u"::1"_s << QString() << QString() << 1LL << QString();
        QTest::newRow("localhost") << u"localhost"_s << QString() << QString() << 1LL << QString();
        QTest::newRow("any address without TLS")
            << u"0.0.0.0"_s << QString() << QString() << 1LL << u"not a loopback address"_s;
        QTest::newRow("LAN address without TLS")
            << u"10.1.2.3"_s << QString() << QString() << 1LL << u"--tls-cert"_s;
        QTest::newRow("any address with TLS")
            << u"0.0.0.0"_s << u"c.pem"_s << u"k.pem"_s << 1LL << QString();
        QTest::newRow("certificate without key")
            << u"0.0.0.0"_s << u"c.pem"_s << QString() << 1LL << u"both"_s;
        QTest::newRow("no body allowed")
            << u"127.0.0.1"_s << QString() << QString() << 0LL << u"positive"_s;
    }
    void options()
    {
        QFETCH(QString, host);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(qint64, maxBody);
        QFETCH(QString, refusal);
        ReceiverOptions o;
        o.host = host;
        o.tlsCertificateFile = cert;
        o.tlsKeyFile = key;
        o.maxBodyBytes = maxBody;
        const auto checked = Receiver::checkOptions(o);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), checked ? "" : qPrintable(checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QVERIFY2(checked.error().message.contains(refusal),
                     qPrintable(checked.error().message));
        }
    }

    void tokensAreKnownByTheirHashOnly()
    {
        AgentTokens tokens;
        QVERIFY(!tokens.authenticate("token-a"));
        tokens.setAgents({{crypto::sha256("token-a"), AgentIdentity{u"gate"_s, {u"cam1"_s}}},
                          {crypto::sha256("token-b"), AgentIdentity{u"lot"_s, {}}}});
        auto agent = tokens.authenticate("token-a");
        QVERIFY(agent);
        QCOMPARE(agent->name, u"gate"_s);
        QCOMPARE(agent->cameras, QStringList{u"cam1"_s});
        QCOMPARE(tokens.authenticator()("token-b")->name, u"lot"_s);
        QVERIFY(!tokens.authenticate("token-c"));
        QVERIFY(!tokens.authenticate(""));
        // The hash itself is not a token.
        QVERIFY(!tokens.authenticate(crypto::sha256("token-a")));
        // Revoked: gone from the next snapshot.
        tokens.setAgents({{crypto::sha256("token-b"), AgentIdentity{u"lot"_s, {}}}});
        QVERIFY(!tokens.authenticate("token-a"));
        QVERIFY(tokens.authenticate("token-b"));
    }
};

QTEST_GUILESS_MAIN(TestReceiverParts)
#include "tst_receiver.moc"
