// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// RFC 4226 / RFC 6238 known answers, base32, the drift window and replay.
#include "auth/qrcode.h"
#include "auth/totp.h"

#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

namespace {
SecureBytes rfcSecret()
{
    return SecureBytes::fromRaw("12345678901234567890", 20);
}
QDateTime at(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hotpRfc4226_data()
    {
        QTest::addColumn<qint64>("counter");
        QTest::addColumn<QString>("code");
        const char* codes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
        for (int i = 0; i < 10; ++i)
            QTest::addRow("counter %d", i) << qint64(i) << QString::fromLatin1(codes[i]);
    }
    void hotpRfc4226()
    {
        QFETCH(qint64, counter);
        QFETCH(QString, code);
        QCOMPARE(totp::hotp(rfcSecret(), counter), code);
    }

    // RFC 6238 appendix B, the SHA-1 rows (8 digits).
    void totpRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }
    void totpRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(totp::codeAt(rfcSecret(), at(time), 8), code);
        // The 6-digit code apps show is the last six digits.
        QCOMPARE(totp::codeAt(rfcSecret(), at(time)), code.right(6));
    }

    void base32RoundTrip()
    {
        QCOMPARE(totp::toBase32(rfcSecret()), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        auto back = totp::fromBase32(u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"_s);
        QVERIFY(back.ok());
        QVERIFY(back.value() == rfcSecret());
        QVERIFY(!totp::fromBase32(u"GEZ1"_s).ok());
        const SecureBytes s = totp::generateSecret();
        QCOMPARE(s.size(), totp::kSecretLength);
        QVERIFY(totp::fromBase32(totp::toBase32(s)).value() == s);
    }

    // The code of step N is good at N-1, N and N+1, and not beyond.
    void driftWindow_data()
    {
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same step") << qint64(0) << true;
        QTest::newRow("one step later") << qint64(30) << true;
        QTest::newRow("one step earlier") << qint64(-30) << true;
        QTest::newRow("two steps later") << qint64(60) << false;
        QTest::newRow("two steps earlier") << qint64(-60) << false;
        QTest::newRow("an hour later") << qint64(3600) << false;
    }
    void driftWindow()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(bool, accepted);
        const QDateTime minted = at(1'800'000'015);
        const QString code = totp::codeAt(rfcSecret(), minted);
        QCOMPARE(totp::verify(rfcSecret(), code, minted.addSecs(offsetSeconds)).has_value(),
                 accepted);
    }

    void aCodeIsGoodOnce()
    {
        const QDateTime now = at(1'800'000'015);
        const QString code = totp::codeAt(rfcSecret(), now);
        const auto step = totp::verify(rfcSecret(), code, now);
        QVERIFY(step);
        QCOMPARE(*step, totp::stepAt(now));
        QVERIFY(!totp::verify(rfcSecret(), code, now, *step));
        QVERIFY(!totp::verify(rfcSecret(), u"12345"_s, now));
        QVERIFY(!totp::verify(rfcSecret(), u"abcdef"_s, now));
        QVERIFY(!totp::verify(SecureBytes(), code, now));
    }

    void provisioningUriAndQr()
    {
        const QString uri = totp::provisioningUri(rfcSecret(), u"reyes"_s, u"ALPR Workstation"_s);
        QCOMPARE(uri, u"otpauth://totp/ALPR%20Workstation:reyes?secret="
                      "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ALPR%20Workstation"
                      "&algorithm=SHA1&digits=6&period=30"_s);
        auto qr = QrCode::encode(uri);
        QVERIFY(qr.ok());
        QVERIFY(qr->size() >= 21);
        // Finder pattern: the top-left corner module is dark, the quiet zone white.
        QVERIFY(qr->dark(0, 0));
        const QImage image = qr->toImage(4);
        QCOMPARE(image.width(), (qr->size() + 8) * 4);
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(16, 16)), 0);
        QVERIFY(!qr->toText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
