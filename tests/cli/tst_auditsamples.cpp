// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The policy audit through the real alprctl: an auditor draws a sample of the
// trail's searches, records a finding, writes the memo and checks the trail
// against the hash printed on it. Built twice: on a demo store file, and with
// ALPR_TEST_DEPARTMENT on a throwaway PostgreSQL server the same demo was
// migrated into (cli_department_auditsamples), where the server draws the
// sample, keeps the worksheets and records each finding and memo, and the
// workstation draws the sample again by itself for the memo.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace alpr::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassword = u"demo-password-2026"_s;
}

class TestAuditSamples : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    // The half-year we are in: the searches of this test fall into it.
    static QString thisHalf()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return QStringLiteral("%1-H%2").arg(today.year()).arg(today.month() <= 6 ? 1 : 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"samples.alprdb"_s);
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ALPRCTL),
                {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"50"_s, u"--no-images"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store = DepartmentFixture::migrateDemo(u"samples"_s, m_store, kPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
        // Twelve searches this half-year, so that a sample of ten has a choice.
        for (const QString& p : {u"7*"_s, u"*1"_s, u"6*"_s, u"*9"_s, u"4*"_s, u"3*"_s, u"2*"_s,
                                 u"1*"_s, u"*A*"_s, u"*2"_s, u"5*"_s, u"8*"_s}) {
            const CliRun r =
                as(u"detective"_s, {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                                    u"stolen-vehicle"_s, u"--limit"_s, u"1"_s, p});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void sampleFindingMemo()
    {
        const QStringList draw{u"audit"_s, u"sample"_s, u"--kind"_s, u"searches"_s, u"--period"_s,
                               thisHalf(), u"--seed"_s, u"424242"_s, u"--json"_s};
        CliRun first = as(u"auditor"_s, draw);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        CliRun second = as(u"auditor"_s, draw);
        const QJsonObject a = first.json();
        const QJsonObject b = second.json();
        for (const char* key : {"sample_id", "seed", "period", "kind", "items"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QCOMPARE(a.value(u"seed"_s).toString(), u"424242"_s);
        QCOMPARE(a.value(u"kind"_s).toString(), u"searches"_s);
        const QJsonArray items = a.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 10);
        auto seqs = [](const QJsonObject& o) {
            QList<qint64> out;
            for (const QJsonValue& v : o.value(u"items"_s).toArray())
                out << v.toObject().value(u"event"_s).toObject().value(u"seq"_s).toInteger();
            return out;
        };
        QCOMPARE(seqs(a), seqs(b));
        // The automatic checks found each sampled search as it was recorded.
        for (const QJsonValue& v : items) {
            const QJsonObject checks = v.toObject().value(u"checks"_s).toObject();
            QVERIFY(checks.value(u"case_format_valid"_s).toBool());
            QVERIFY(checks.value(u"case_on_record"_s).toBool());
            QVERIFY(checks.value(u"purpose_active"_s).toBool());
            QVERIFY2(checks.value(u"data_errors"_s).toArray().isEmpty(),
                     qPrintable(checks.value(u"data_errors"_s).toArray().first().toString()));
            const QString action =
                v.toObject().value(u"event"_s).toObject().value(u"action"_s).toString();
            QVERIFY2(action == u"search"_s || action == u"canvass"_s, qPrintable(action));
        }
        const QString sample = QString::number(a.value(u"sample_id"_s).toInteger());
        const QString item = QString::number(items.first().toObject().value(u"id"_s).toInteger());

        CliRun finding =
            as(u"auditor"_s, {u"audit"_s, u"finding"_s, sample, item, u"--result"_s, u"violation"_s,
                              u"--note"_s, u"no such case in RMS"_s, u"--case-real"_s, u"no"_s});
        QVERIFY2(finding.exitCode == 0, qPrintable(finding.err));
        CliRun badResult =
            as(u"auditor"_s, {u"audit"_s, u"finding"_s, sample, item, u"--result"_s, u"fine"_s});
        QCOMPARE(badResult.exitCode, 2);
        CliRun shown = as(u"auditor"_s, {u"audit"_s, u"show"_s, sample, u"--json"_s});
        const QJsonObject first1 = shown.json().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(first1.value(u"finding"_s).toString(), u"violation"_s);
        QCOMPARE(first1.value(u"case_real"_s).toBool(true), false);

        const QString pdf = m_dir.filePath(u"memo.pdf"_s);
        const QString csv = m_dir.filePath(u"memo.csv"_s);
        CliRun memo =
            as(u"auditor"_s, {u"audit"_s, u"memo"_s, sample, u"--out"_s, pdf, u"--csv"_s, csv});
        QVERIFY2(memo.exitCode == 0, qPrintable(memo.err));
        // Written, with a warning that it is not the whole sample's report yet.
        QCOMPARE(memo.err.trimmed(),
                 u"warning: 9 of 10 items not yet reviewed; the memo says so on its first page"_s);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(c.readAll());
        QVERIFY(csvText.contains(u"no such case in RMS"_s));
        // Drawn again by the workstation from the seed and the trail.
        QVERIFY2(csvText.contains(u"the same items came out"_s), qPrintable(csvText));
        // The memo is on the trail with the hash printed on it.
        const CliRun memos =
            as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--action"_s, u"audit-memo"_s, u"--json"_s});
        QVERIFY2(memos.out.contains(csvText.section(u"trail_latest_hash,"_s, 1).left(64)),
                 qPrintable(memos.out));
        // The hash on the memo is the trail's head when it was written.
        const QString hash = memo.out.section(u"latest hash "_s, 1).trimmed();
        QCOMPARE(hash.size(), 64);
        QVERIFY(csvText.contains(hash));

        CliRun anchored = as(u"auditor"_s, {u"audit"_s, u"verify"_s, u"--memo-hash"_s, hash});
        QVERIFY2(anchored.exitCode == 0, qPrintable(anchored.err));
        QVERIFY(anchored.out.contains(u"as it was printed"_s));
        CliRun unknown =
            as(u"auditor"_s, {u"audit"_s, u"verify"_s, u"--memo-hash"_s, QString(64, u'a')});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"REWRITTEN"_s));
        CliRun malformed = as(u"auditor"_s, {u"audit"_s, u"verify"_s, u"--memo-hash"_s, u"abc"_s});
        QCOMPARE(malformed.exitCode, 2);

        CliRun tooFew = as(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"images"_s,
                                          u"--period"_s, u"2026-Q3"_s, u"--size"_s, u"2"_s});
        QCOMPARE(tooFew.exitCode, 1);
        QVERIFY(tooFew.err.contains(u"at least 5"_s));
        CliRun badPeriod = as(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"images"_s,
                                             u"--period"_s, u"last-year"_s});
        QCOMPARE(badPeriod.exitCode, 1);
        QVERIFY(badPeriod.err.contains(u"2026-H1"_s));
        CliRun empty = as(u"auditor"_s, {u"audit"_s, u"sample"_s, u"--kind"_s, u"images"_s,
                                         u"--period"_s, u"2001-Q1"_s});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"no image views in 2001-Q1"_s), qPrintable(empty.err));
        CliRun samples = as(u"auditor"_s, {u"audit"_s, u"samples"_s});
        QVERIFY(!samples.out.contains(u"2001-Q1"_s));
        CliRun detective = as(u"detective"_s, draw);
        QCOMPARE(detective.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditSamples)
#include "tst_auditsamples.moc"
