// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl evidence export|list|show|key on a demo store, as a records clerk
// types them; the package then checked by 'evidence verify' and its audit
// extract found in the trail by 'audit verify --extract'. Built twice: on
// the demo store file, and with ALPR_TEST_DEPARTMENT on a throwaway
// PostgreSQL server the same demo was migrated into
// (cli_department_evidencecommands), where the server keeps the evidence
// key, records the export and signs the package.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using alpr::test::CliRun;

const QString kPassword = u"demo-password-2026"_s;

} // namespace

class TestEvidenceCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_fingerprint;
    QString m_package; // folder of the package exported first

    CliRun as(const QString& user, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    QStringList exportArgs(const QString& out)
    {
        return {u"evidence"_s,  u"export"_s,
                u"--case"_s,    u"26-004211"_s,
                u"--purpose"_s, u"criminal-investigation"_s,
                u"--reads"_s,   u"1,2,3"_s,
                u"--out"_s,     out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"demo.alprdb"_s);
        const CliRun demo =
            alpr::test::runAlprctl({u"demo"_s, u"--store"_s, m_store, u"--reads"_s, u"60"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store =
            alpr::test::DepartmentFixture::migrateDemo(u"evidence"_s, m_store, kPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
    }

    void keyIsShownWithItsHolder()
    {
        const CliRun key = as(u"records"_s, {u"evidence"_s, u"key"_s, u"--json"_s});
        QCOMPARE(key.exitCode, 0);
        // One key signs; on the department store the demo file's moved
        // there too, retired, still certified by the file's root key.
        QJsonArray current;
        for (const QJsonValue& k : key.json().value(u"keys"_s).toArray()) {
            QVERIFY(k[u"certified"_s].toBool());
            if (k[u"retired_at"_s].toString().isEmpty())
                current.append(k);
        }
#ifdef ALPR_TEST_DEPARTMENT
        QCOMPARE(key.json().value(u"keys"_s).toArray().size(), 2);
#endif
        QCOMPARE(current.size(), 1);
        const QJsonObject k = current.first().toObject();
        QCOMPARE(k.value(u"holders"_s).toArray().first().toString(), u"records"_s);
        QVERIFY(
            k.value(u"public_key_pem"_s).toString().startsWith(u"-----BEGIN PUBLIC KEY-----"_s));
        m_fingerprint = k.value(u"fingerprint"_s).toString();
        QCOMPARE(m_fingerprint.size(), 79);
    }

    void exportedPackageVerifiesAndIsListed()
    {
        const QString usb = m_dir.filePath(u"usb"_s);
        QVERIFY(QDir().mkpath(usb));
        const CliRun made = as(u"records"_s, exportArgs(usb) + QStringList{u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString id = made.json().value(u"package"_s).toString();
        m_package = made.json().value(u"folder"_s).toString();
        QCOMPARE(m_package, usb + u"/"_s + id);
        QCOMPARE(made.json().value(u"reads"_s).toInt(), 3);

        const CliRun verified = alpr::test::runAlprctl(
            {u"evidence"_s, u"verify"_s, m_package, u"--fingerprint"_s, m_fingerprint});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY(verified.out.contains(u"VERIFIED"_s));
        // Without a fingerprint the key is unknown; with the agency's store it is known.
        const CliRun unknown = alpr::test::runAlprctl({u"evidence"_s, u"verify"_s, m_package});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.contains(u"NOT VERIFIED"_s));
        const CliRun known = as(u"auditor"_s, {u"evidence"_s, u"verify"_s, m_package});
        QVERIFY2(known.exitCode == 0, qPrintable(known.out + known.err));

        const CliRun list = as(u"records"_s, {u"evidence"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray packages = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(packages.first().toObject().value(u"package"_s).toString(), id);
        QCOMPARE(packages.first().toObject().value(u"status"_s).toString(), u"exported"_s);
        const CliRun show = as(u"records"_s, {u"evidence"_s, u"show"_s, id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(u"reads (chosen by reads): 1,2,3"_s));
    }

    // The package's chain of custody, in order; nothing after "destroyed".
    void custodyIsRecordedInOrder()
    {
        const QString id = QFileInfo(m_package).fileName();
        const auto custody = [&](const QString& user, const QStringList& args) {
            return as(user, QStringList{u"evidence"_s, u"custody"_s, id} + args);
        };
        const CliRun booked =
            custody(u"records"_s, {u"--event"_s, u"booked"_s, u"--item"_s, u"PR-26-0117"_s});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        const CliRun nobody = custody(u"records"_s, {u"--event"_s, u"transferred"_s});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(u"to whom"_s), qPrintable(nobody.err));
        QCOMPARE(custody(u"detective"_s, {u"--event"_s, u"destroyed"_s}).exitCode, 4);
        QCOMPARE(custody(u"records"_s,
                         {u"--event"_s, u"transferred"_s, u"--recipient"_s, u"DA's office"_s})
                     .exitCode,
                 0);
        QCOMPARE(custody(u"records"_s, {u"--event"_s, u"destroyed"_s}).exitCode, 0);
        const CliRun after = custody(u"records"_s, {u"--event"_s, u"returned"_s});
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains(u"destroyed"_s), qPrintable(after.err));
        const CliRun shown = as(u"auditor"_s, {u"evidence"_s, u"show"_s, id});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QStringList events;
        for (const QString& line : shown.out.split(u'\n'))
            if (line.startsWith(u"  20"_s))
                events << line.section(u"  "_s, 2, 2).trimmed();
        QCOMPARE(events,
                 (QStringList{u"exported"_s, u"booked"_s, u"transferred"_s, u"destroyed"_s}));
        QVERIFY2(shown.out.contains(u"item PR-26-0117"_s), qPrintable(shown.out));
    }

    // A legal hold on a package keeps exactly its reads.
    void holdOnAPackage()
    {
        const QString id = QFileInfo(m_package).fileName();
        const QString review = QDate::currentDate().addMonths(6).toString(Qt::ISODate);
        const QStringList hold{u"hold"_s,     u"place"_s,    u"--case"_s,  u"26-004211"_s,
                               u"--reason"_s, u"evidence"_s, u"--party"_s, u"DA's office"_s,
                               u"--review"_s, review,        u"--json"_s};
        const CliRun placed = as(u"records"_s, hold + QStringList{u"--package"_s, id});
        QVERIFY2(placed.exitCode == 0, qPrintable(placed.err));
        QCOMPARE(placed.json().value(u"read_count"_s).toInt(), 3);
        QCOMPARE(placed.json().value(u"source"_s).toString(), u"package:"_s + id);
        const CliRun none =
            as(u"records"_s, hold + QStringList{u"--package"_s, u"ev-19990101-0"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"ev-19990101-0"_s), qPrintable(none.err));
    }

    // Another agency's request: the law refuses some at once (kept on
    // file); a supervisor who did not log it decides the rest; a package is
    // made only for an approved one.
    void releaseRequestsDecidedByAnother()
    {
        const auto request = [&](const QString& type, const QString& description) {
            return as(u"records"_s,
                      {u"release"_s, u"request"_s, u"--agency"_s, u"Mountain View PD"_s,
                       u"--agency-type"_s, type, u"--requester"_s, u"Det. Alvarez"_s, u"--for"_s,
                       u"criminal-investigation"_s, u"--description"_s, description, u"--case"_s,
                       u"MV-26-1138"_s, u"--json"_s});
        };
        const CliRun federal = request(u"federal"_s, u"Vehicle theft ring"_s);
        QCOMPARE(federal.exitCode, 4);
        QCOMPARE(federal.json().value(u"status"_s).toString(), u"refused"_s);
        QVERIFY2(federal.json().value(u"reason"_s).toString().contains(u"1798.90.55"_s),
                 qPrintable(federal.out));
        const CliRun ice = request(u"ca-local"_s, u"To help I.C.E. locate a car"_s);
        QCOMPARE(ice.exitCode, 4);
        QVERIFY2(ice.json().value(u"reason"_s).toString().contains(u"7284.6"_s),
                 qPrintable(ice.out));
        const CliRun pending = request(u"ca-local"_s, u"Vehicle theft ring"_s);
        QVERIFY2(pending.exitCode == 0, qPrintable(pending.err));
        QCOMPARE(pending.json().value(u"status"_s).toString(), u"pending"_s);
        const QString id = QString::number(pending.json().value(u"id"_s).toInteger());

        const QString usb = m_dir.filePath(u"usb-release"_s);
        QVERIFY(QDir().mkpath(usb));
        const QStringList fulfil = exportArgs(usb) + QStringList{u"--release"_s, id};
        QCOMPARE(as(u"records"_s, fulfil).exitCode, 4); // not approved yet
        QCOMPARE(as(u"records"_s, {u"release"_s, u"approve"_s, id}).exitCode, 4);
        QCOMPARE(as(u"supervisor"_s, {u"release"_s, u"deny"_s, id}).exitCode, 1); // no note
        const CliRun approved = as(u"supervisor"_s, {u"release"_s, u"approve"_s, id, u"--note"_s,
                                                     u"Within SB 34"_s, u"--json"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(approved.json().value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(approved.json().value(u"decided_by"_s).toString(), u"supervisor"_s);
        QCOMPARE(as(u"admin"_s, {u"release"_s, u"deny"_s, id, u"--note"_s, u"No"_s}).exitCode, 4);

        const CliRun made = as(u"records"_s, fulfil + QStringList{u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const CliRun shown = as(
            u"auditor"_s, {u"evidence"_s, u"show"_s, made.json().value(u"package"_s).toString()});
        QVERIFY2(shown.out.contains(u"made for release request %1"_s.arg(id)),
                 qPrintable(shown.out));
        const CliRun listed = as(u"auditor"_s, {u"release"_s, u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
        QCOMPARE(as(u"detective"_s, {u"release"_s, u"list"_s}).exitCode, 4);
    }

    void theAuditExtractIsFoundInTheTrail()
    {
        const QString extract = m_package + u"/data/audit-extract.jsonl"_s;
        const CliRun ok = as(u"auditor"_s, {u"audit"_s, u"verify"_s, u"--extract"_s, extract});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(u"extract verified"_s));

        // Someone edits the case of an event in the extract.
        QFile f(extract);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"case\":\"26-004211\"", "\"case\":\"26-009999\"");
        const QString edited = m_dir.filePath(u"edited.jsonl"_s);
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const CliRun bad = as(u"auditor"_s, {u"audit"_s, u"verify"_s, u"--extract"_s, edited});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(u"extract NOT VERIFIED"_s));
    }

    void readsChosenFromASearchNameIt()
    {
        const CliRun search =
            as(u"records"_s, {u"search"_s, u"--case"_s, u"26-004211"_s, u"--purpose"_s,
                              u"criminal-investigation"_s, u"--json"_s, u"*1*"_s});
        QCOMPARE(search.exitCode, 0);
        const qint64 searchId = search.json().value(u"search_id"_s).toInteger();
        const QString read = QString::number(search.json()
                                                 .value(u"reads"_s)
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(u"id"_s)
                                                 .toInteger());
        const QString usb = m_dir.filePath(u"usb3"_s);
        QVERIFY(QDir().mkpath(usb));
        QStringList args = exportArgs(usb);
        args[7] = read;
        const CliRun made =
            as(u"records"_s,
               args + QStringList{u"--search"_s, QString::number(searchId), u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const CliRun show = as(
            u"records"_s, {u"evidence"_s, u"show"_s, made.json().value(u"package"_s).toString()});
        QVERIFY(show.out.contains(u"chosen by search:%1"_s.arg(searchId)));
        // Another user's search, or none, is refused.
        QCOMPARE(as(u"records"_s, args + QStringList{u"--search"_s, u"99999"_s}).exitCode, 1);
    }

    // An administrator rotates the key: new packages are signed by the new
    // one, and the old package still verifies against the agency's keys.
    void rotatedKeyKeepsOldPackagesVerifiable()
    {
        QCOMPARE(as(u"records"_s, {u"evidence"_s, u"key"_s, u"--rotate"_s}).exitCode, 4);
        const CliRun rotated =
            as(u"admin"_s, {u"evidence"_s, u"key"_s, u"--rotate"_s, u"--json"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        QString current;
        for (const QJsonValue& k : rotated.json().value(u"keys"_s).toArray())
            if (k[u"retired_at"_s].toString().isEmpty()) {
                QVERIFY(current.isEmpty());
                current = k[u"fingerprint"_s].toString();
            }
        QVERIFY(!current.isEmpty() && current != m_fingerprint);
        const QString usb = m_dir.filePath(u"usb-rotated"_s);
        QVERIFY(QDir().mkpath(usb));
        const CliRun made = as(u"records"_s, exportArgs(usb) + QStringList{u"--json"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.json().value(u"key_fingerprint"_s).toString(), current);
        for (const QString& package : {m_package, made.json().value(u"folder"_s).toString()}) {
            const CliRun verified = as(u"auditor"_s, {u"evidence"_s, u"verify"_s, package});
            QVERIFY2(verified.exitCode == 0, qPrintable(package + verified.out + verified.err));
        }
    }

    void refusalsAndBadInput()
    {
        const QString usb = m_dir.filePath(u"usb2"_s);
        QVERIFY(QDir().mkpath(usb));
        // A detective may not export; the refusal is a policy exit.
        QCOMPARE(as(u"detective"_s, exportArgs(usb)).exitCode, 4);
        // Usage: no --out; both --reads and --hit; a read id that is not a number.
        QCOMPARE(as(u"records"_s, exportArgs(usb).mid(0, 8)).exitCode, 2);
        QCOMPARE(as(u"records"_s, exportArgs(usb) + QStringList{u"--hit"_s, u"3"_s}).exitCode, 2);
        QStringList args = exportArgs(usb);
        args[7] = u"1,x"_s;
        QCOMPARE(as(u"records"_s, args).exitCode, 2);
        // A read that does not exist, and a medium that is not there.
        args[7] = u"987654"_s;
        const CliRun missing = as(u"records"_s, args);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"987654"_s));
        const CliRun gone = as(u"records"_s, exportArgs(m_dir.filePath(u"not-mounted"_s)));
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains(u"not-mounted"_s));
        QVERIFY(
            QDir(usb).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCommands)
#include "tst_evidencecommands.moc"
