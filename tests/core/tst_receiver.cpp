// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The receiver's parts that need no server: the options it accepts and the
// agents' tokens (core/ingest/receiver.h). The HTTP side is tested through
// 'alprctl receive' in tests/cli/tst_receiver.cpp.
#include "common/crypto.h"
#include "ingest/receiver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestReceiverParts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeAgents(const QByteArray& text, QFile::Permissions mode)
    {
        const QString path = m_dir.filePath(u"agents-%1"_s.arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        f.close();
        f.setPermissions(mode);
        return path;
    }
    int m_files = 0;

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

    void agentsFile_data()
    {
        const QByteArray hash = crypto::sha256("token").toHex();
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("agents"); // -1: refused

        QTest::newRow("one agent") << QByteArray("gate " + hash + "\n") << 1;
        QTest::newRow("comments, blank lines, cameras")
            << QByteArray("# agents\n\ngate " + hash + " openalpr:a:1,openalpr:a:2\n") << 1;
        QTest::newRow("no hash") << QByteArray("gate\n") << -1;
        QTest::newRow("short hash") << QByteArray("gate abcdef\n") << -1;
        QTest::newRow("not hex") << QByteArray("gate " + QByteArray(64, 'z') + "\n") << -1;
        QTest::newRow("too many fields") << QByteArray("gate " + hash + " a b\n") << -1;
    }
    void agentsFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, agents);
        const QString path = writeAgents(text, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!path.isEmpty());
        const auto loaded = AgentTokens::loadFile(path);
        if (agents < 0) {
            QVERIFY(!loaded.ok());
            QVERIFY2(loaded.error().message.contains(u"line"_s),
                     qPrintable(loaded.error().message));
            return;
        }
        QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->size(), agents);
    }

    void agentsFileOthersMayReadIsRefused()
    {
        const QString path = writeAgents("gate " + crypto::sha256("token").toHex() + "\n",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const auto loaded = AgentTokens::loadFile(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(u"chmod 600"_s),
                 qPrintable(loaded.error().message));
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
