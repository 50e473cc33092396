// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The department store's server-side Ed25519 (core/store/pgext/alpr_pg.c),
// loaded into a throwaway PostgreSQL server: the RFC 8032 vectors exactly,
// signatures the client's crypto::ed25519Verify accepts, a seed of the wrong
// length refused without echoing it, and NULL in, NULL out.
#include "../support/pgtestserver.h"

#include "common/crypto.h"
#include "common/securebytes.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDatabase = u"department_signing"_s;
const QString kConnection = u"signing"_s;

} // namespace

class TestDepartmentSigning : public QObject
{
    Q_OBJECT

    // One bytea function call over the QPSQL connection; a null QVariant
    // argument is SQL NULL. The result, or a failed test.
    QVariant call(const QString& sql, const QVariantList& args)
    {
        QSqlQuery q(QSqlDatabase::database(kConnection));
        if (!q.prepare(sql))
            qFatal("prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant& a : args)
            q.addBindValue(a);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    QByteArray publicKey(const QByteArray& seed)
    {
        return call(u"SELECT alpr_ed25519_public(?)"_s, {seed}).toByteArray();
    }

    QByteArray sign(const QByteArray& seed, const QByteArray& message)
    {
        return call(u"SELECT alpr_ed25519_sign(?, ?)"_s, {seed, message}).toByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(),
                 "no PostgreSQL server: CTest runs this test under pg_virtualenv -t");
        QVERIFY(QFileInfo(PgTestServer::extensionPath()).isAbsolute());
        QVERIFY(PgTestServer::createDatabase(kDatabase));
        // As the superuser, exactly as in the comment at the top of alpr_pg.c.
        const QString so = PgTestServer::quoteLiteral(PgTestServer::extensionPath());
        const QString declare =
            u"CREATE FUNCTION alpr_ed25519_sign(seed bytea, message bytea) RETURNS bytea "
            u"AS %1, 'alpr_ed25519_sign' LANGUAGE C STRICT PARALLEL SAFE; "
            u"CREATE FUNCTION alpr_ed25519_public(seed bytea) RETURNS bytea "
            u"AS %1, 'alpr_ed25519_public' LANGUAGE C STRICT PARALLEL SAFE;"_s.arg(so);
        int rc = -1;
        const QString out = PgTestServer::psql(
            PgTestServer::superUser(), PgTestServer::superPassword(), kDatabase, declare, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY(PgTestServer::superConnection(kConnection, kDatabase).isOpen());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(kConnection, false).close();
        QSqlDatabase::removeDatabase(kConnection);
    }

    // RFC 8032 section 7.1 (Test Vectors for Ed25519), TEST 1 and TEST 2:
    // public test data, the seed is the RFC's "SECRET KEY".
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1 (empty message)")
            << QByteArray::fromHex(
                   "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex(
                   "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray("")
            << QByteArray::fromHex(
                   "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2 (one byte 0x72)")
            << QByteArray::fromHex(
                   "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex(
                   "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex(
                   "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                   "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QCOMPARE(this->publicKey(seed).toHex(), publicKey.toHex());
        QCOMPARE(sign(seed, message).toHex(), signature.toHex());
    }

    // A random seed: the server's signature is one the client accepts, for
    // this message only, under the public key the client derives too.
    void randomSeedVerifiesOnTheClient()
    {
        QByteArray seed(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(seed.data()), 8);
        QByteArray message = "event 42: hash 9f86d081884c7d659a2feaa0c55ad015"_ba;

        const QByteArray pub = publicKey(seed);
        QCOMPARE(pub.size(), 32);
        auto clientPub = crypto::ed25519PublicKey(SecureBytes::fromRaw(seed.constData(), 32));
        QVERIFY(clientPub.ok());
        QCOMPARE(pub.toHex(), clientPub.value().toHex());

        const QByteArray sig = sign(seed, message);
        QCOMPARE(sig.size(), 64);
        QVERIFY(crypto::ed25519Verify(pub, message, sig));
        message[6] = char(message[6] ^ 0x01);
        QVERIFY(!crypto::ed25519Verify(pub, message, sig));
    }

    // 31 bytes: invalid_parameter_value, naming the length and never the bytes.
    void shortSeedIsRefusedWithoutEchoingIt()
    {
        const QByteArray seed =
            QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f");
        QCOMPARE(seed.size(), 31);
        const QString hex = QString::fromLatin1(seed.toHex());

        for (const QString& sql :
             {u"SELECT alpr_ed25519_public('\\x%1'::bytea)"_s.arg(hex),
              u"SELECT alpr_ed25519_sign('\\x%1'::bytea, 'message'::bytea)"_s.arg(hex)}) {
            int rc = -1;
            const QString out = PgTestServer::psql(
                PgTestServer::superUser(), PgTestServer::superPassword(), kDatabase, sql, &rc);
            QVERIFY2(rc != 0, qPrintable(out));
            QVERIFY2(out.contains(u"must be exactly 32 bytes, not 31"_s), qPrintable(out));
            QVERIFY2(!out.contains(hex, Qt::CaseInsensitive), qPrintable(out));
            // psql prints the statement on error only with VERBOSITY; make sure
            // no fragment of the seed leaked either way.
            QVERIFY2(!out.contains(hex.left(16), Qt::CaseInsensitive), qPrintable(out));
        }

        QSqlQuery q(QSqlDatabase::database(kConnection));
        QVERIFY(q.prepare(u"SELECT alpr_ed25519_sign(?, ?)"_s));
        q.addBindValue(seed);
        q.addBindValue(QByteArray("message"));
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), u"22023"_s); // invalid_parameter_value
        QVERIFY(!q.lastError().text().contains(hex, Qt::CaseInsensitive));
    }

    // STRICT: NULL in, NULL out, without calling the C code.
    void nullGivesNull()
    {
        const QByteArray seed(32, '\x07');
        QVERIFY(call(u"SELECT alpr_ed25519_public(NULL::bytea)"_s, {}).isNull());
        QVERIFY(call(u"SELECT alpr_ed25519_sign(NULL::bytea, ?)"_s, {QByteArray("m")}).isNull());
        QVERIFY(call(u"SELECT alpr_ed25519_sign(?, NULL::bytea)"_s, {seed}).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDepartmentSigning)
#include "tst_department_signing.moc"
