// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hold and retention on a demo store with reads of last month and
// reads of June 2025: holds placed, listed, shown and released by a records
// clerk; the rules read and changed by an administrator; the purge's dry run,
// then the purge itself as the daily unit runs it (the maintenance account),
// and its certificate as text, PDF and CSV, whose ids hash to the
// certificate's SHA-256. Built twice: on the store file
// (cli_retentioncommands), and with ALPR_TEST_DEPARTMENT on a throwaway
// PostgreSQL server that the same demo file was migrated into
// (cli_department_retentioncommands), where the server holds and purges.
#include "../support/clirunner.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif

#include "auth/session.h"
#include "auth/signin.h"
#include "common/clock.h"
#include "retention/retentionpurge.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using alpr::test::CliRun;

const QString kPassword = u"demo-password-2026"_s;
// The demo's first 30 reads are of the last 30 days; the next 40 (ids 31 to
// 70, the demo filling the store to 70) of the 30 days up to 2025-06-01, past
// every period.
constexpr int kRecentReads = 30;
constexpr int kOldReads = 40;
// The demo store's own hold (a discovery request) keeps its three oldest reads.
constexpr int kDemoHeld = 3;

// A dry run's figure summed over the source kinds (the demo has fixed
// cameras and patrol cars).
qint64 total(const QJsonObject& plan, const QString& field)
{
    qint64 sum = 0;
    for (const QJsonValue& kind : plan.value(u"kinds"_s).toObject())
        sum += kind.toObject().value(field).toInteger();
    return sum;
}

QList<qint64> holdsIn(const QJsonObject& plan)
{
    QList<qint64> holds;
    for (const QJsonValue& kind : plan.value(u"kinds"_s).toObject())
        for (const QJsonValue& h : kind.toObject().value(u"holds"_s).toArray())
            if (!holds.contains(h.toInteger()))
                holds << h.toInteger();
    return holds;
}

} // namespace

class TestRetentionCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_credentials;
    qint64 m_hold = 0;     // on reads 31 and 32, kept through the purge
    qint64 m_released = 0; // on read 33, released before the purge
    qint64 m_purge = 0;

    CliRun as(const QString& user, const QStringList& args)
    {
        return alpr::test::runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                      {{u"ALPR_PASSWORD"_s, kPassword}});
    }

    QStringList placeArgs(const QString& reads, const QString& review = u"2030-01-31"_s)
    {
        return {u"hold"_s,     u"place"_s,    u"--case"_s,  u"26-004211"_s,
                u"--reason"_s, u"evidence"_s, u"--party"_s, u"Deputy DA Ruiz"_s,
                u"--review"_s, review,        u"--reads"_s, reads};
    }

    QJsonObject dryRun(const QString& user)
    {
        const CliRun plan = as(user, {u"retention"_s, u"purge"_s, u"--dry-run"_s, u"--json"_s});
        if (plan.exitCode != 0)
            qWarning("dry run: %s", qPrintable(plan.err));
        return plan.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"demo.alprdb"_s);
        const CliRun demo = alpr::test::runAlprctl(
            {u"demo"_s, u"--store"_s, m_store, u"--reads"_s, QString::number(kRecentReads)});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const CliRun old = alpr::test::runAlprctl({u"demo"_s, u"--store"_s, m_store, u"--reads"_s,
                                                   QString::number(kRecentReads + kOldReads),
                                                   u"--last-day"_s, u"2025-06-01"_s});
        QVERIFY2(old.exitCode == 0, qPrintable(old.err));
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store =
            alpr::test::DepartmentFixture::migrateDemo(u"retention"_s, m_store, kPassword, &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
#endif
        m_credentials = m_dir.filePath(u"credentials"_s);
        QVERIFY(QDir().mkpath(m_credentials));
        const CliRun added =
            as(u"admin"_s, {u"user"_s, u"add"_s, u"maintenance"_s, u"--roles"_s, u"maintenance"_s,
                            u"--password-file"_s, m_credentials + u"/maintenance.password"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void holdsArePlacedListedShownAndReleased()
    {
        const CliRun placed =
            as(u"records"_s, placeArgs(u"31,32"_s) + QStringList{u"--note"_s, u"Preserve for "
                                                                              u"trial"_s});
        QVERIFY2(placed.exitCode == 0, qPrintable(placed.err));
        QVERIFY2(placed.out.contains(u"on 2 read(s) for case 26-004211"_s), qPrintable(placed.out));
        m_hold =
            QRegularExpression(u"legal hold (\\d+)"_s).match(placed.out).captured(1).toLongLong();
        QVERIFY(m_hold > 0);
        const CliRun other = as(u"records"_s, placeArgs(u"33"_s) + QStringList{u"--json"_s});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        m_released = other.json().value(u"id"_s).toInteger();
        QVERIFY(m_released > m_hold);
        QCOMPARE(other.json().value(u"read_count"_s).toInteger(), 1);

        // An auditor reads them; the read ids are shown.
        const CliRun list = as(u"auditor"_s, {u"hold"_s, u"list"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"Deputy DA Ruiz"_s), qPrintable(list.out));
        QVERIFY(list.out.contains(u"2030-01-31"_s));
        const CliRun show = as(u"auditor"_s, {u"hold"_s, u"show"_s, QString::number(m_hold)});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains(u"2 read(s), chosen by reads: 31,32"_s), qPrintable(show.out));
        QVERIFY(show.out.contains(u"note: Preserve for trial"_s));

        // Released with a note: gone from the list, still in --all.
        const CliRun released =
            as(u"records"_s, {u"hold"_s, u"release"_s, QString::number(m_released), u"--note"_s,
                              u"Discovery complete"_s});
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));
        const CliRun active = as(u"records"_s, {u"hold"_s, u"list"_s, u"--json"_s});
        const QJsonArray holds = QJsonDocument::fromJson(active.out.toUtf8()).array();
        QList<qint64> activeIds;
        for (const QJsonValue& h : holds)
            activeIds.append(h.toObject().value(u"id"_s).toInteger());
        QVERIFY(activeIds.contains(m_hold));
        QVERIFY(!activeIds.contains(m_released));
        const CliRun all = as(u"records"_s, {u"hold"_s, u"list"_s, u"--all"_s});
        QVERIFY2(all.out.contains(u"released"_s), qPrintable(all.out));
        // Nothing is due for review before 2030.
        QVERIFY(as(u"records"_s, {u"hold"_s, u"list"_s, u"--due"_s})
                    .out.contains(u"No legal hold is due for review."_s));
        // A second release is refused: it was released already.
        const CliRun again = as(u"records"_s, {u"hold"_s, u"release"_s, QString::number(m_released),
                                               u"--note"_s, u"x"_s});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(u"released by records already"_s), qPrintable(again.err));
    }

    // Every read opened under a case: none at first, then the one a detective opened.
    void aHoldOnACasesReads()
    {
        QStringList args = placeArgs(u"1"_s);
        args.replace(args.indexOf(u"--reads"_s), u"--of-case"_s);
        args.last() = u"26-000777"_s;
        const CliRun none = as(u"records"_s, args);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"No read was opened or exported under case 26-000777"_s),
                 qPrintable(none.err));

        // A read of the last 30 days, which no purge here takes.
        qint64 read = 0;
        CliRun search;
        for (int digit = 0; digit <= 9 && read == 0; ++digit) {
            search = as(u"detective"_s,
                        {u"search"_s, u"--case"_s, u"26-000777"_s, u"--purpose"_s,
                         u"criminal-investigation"_s, u"--json"_s, u"*%1*"_s.arg(digit)});
            QVERIFY2(search.exitCode == 0, qPrintable(search.err));
            for (const QJsonValue& r : search.json().value(u"reads"_s).toArray())
                if (r.toObject().value(u"id"_s).toInteger() <= kRecentReads)
                    read = r.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(read > 0);
        const QString searchId = QString::number(search.json().value(u"search_id"_s).toInteger());
        QCOMPARE(as(u"detective"_s,
                    {u"read"_s, u"show"_s, QString::number(read), u"--search"_s, searchId})
                     .exitCode,
                 0);
        const CliRun held = as(u"records"_s, args + QStringList{u"--json"_s});
        QVERIFY2(held.exitCode == 0, qPrintable(held.err));
        QCOMPARE(held.json().value(u"source"_s).toString(), u"case:26-000777"_s);
        const QString id = QString::number(held.json().value(u"id"_s).toInteger());
        const CliRun show = as(u"records"_s, {u"hold"_s, u"show"_s, id});
        QVERIFY2(show.out.contains(u"1 read(s), chosen by case:26-000777: %1"_s.arg(read)),
                 qPrintable(show.out));
        QCOMPARE(as(u"records"_s, {u"hold"_s, u"release"_s, id, u"--note"_s, u"Opened in error"_s})
                     .exitCode,
                 0);
    }

    void holdRefusals()
    {
        // A detective is not records staff.
        QCOMPARE(as(u"detective"_s, placeArgs(u"34"_s)).exitCode, 4);
        // A date that is not one, and one in the past.
        const CliRun badDate = as(u"records"_s, placeArgs(u"34"_s, u"2030-13-01"_s));
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(u"--review takes the date the hold is to be reviewed, as "
                                      u"YYYY-MM-DD"_s),
                 qPrintable(badDate.err));
        const CliRun past = as(u"records"_s, placeArgs(u"34"_s, u"2020-01-01"_s));
        QCOMPARE(past.exitCode, 1);
        QVERIFY2(past.err.contains(u"review date after today"_s), qPrintable(past.err));
        // No note on release; a blank one.
        const CliRun noNote = as(u"records"_s, {u"hold"_s, u"release"_s, QString::number(m_hold)});
        QCOMPARE(noNote.exitCode, 2);
        QVERIFY(noNote.err.contains(u"--note saying why"_s));
        QCOMPARE(as(u"records"_s,
                    {u"hold"_s, u"release"_s, QString::number(m_hold), u"--note"_s, u"  "_s})
                     .exitCode,
                 1);
        // A reason that is not one; two ways of choosing reads; a read that is not there.
        QStringList badReason = placeArgs(u"34"_s);
        badReason[5] = u"curiosity"_s;
        const CliRun reason = as(u"records"_s, badReason);
        QCOMPARE(reason.exitCode, 1);
        QVERIFY(reason.err.contains(u"discovery-request"_s));
        QCOMPARE(
            as(u"records"_s, placeArgs(u"34"_s) + QStringList{u"--of-case"_s, u"26-1"_s}).exitCode,
            2);
        QCOMPARE(as(u"records"_s, placeArgs(u"987654"_s)).exitCode, 1);
        QCOMPARE(as(u"records"_s, {u"hold"_s, u"show"_s, u"987654"_s}).exitCode, 1);
        // The first hold still holds.
        const CliRun show = as(u"records"_s, {u"hold"_s, u"show"_s, QString::number(m_hold)});
        QVERIFY(show.out.contains(u"(active)"_s));
    }

    void dryRunCountsAndChangesNothing()
    {
        const QJsonObject plan = dryRun(u"admin"_s);
        // Reads 33 to 70 (31 and 32 are held; 33's hold is released), and
        // none of the last 30 days.
        QVERIFY2(total(plan, u"reads"_s) == kOldReads - 2,
                 QJsonDocument(plan).toJson().constData());
        QCOMPARE(total(plan, u"held_reads"_s), 2);
        QCOMPARE(holdsIn(plan), QList<qint64>{m_hold});
        QVERIFY(!plan.contains(u"continues"_s));
        // Asked again, the same: nothing was removed.
        QCOMPARE(dryRun(u"admin"_s).value(u"kinds"_s), plan.value(u"kinds"_s));

        const CliRun text = as(u"admin"_s, {u"retention"_s, u"purge"_s, u"--dry-run"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"nothing is removed"_s), qPrintable(text.out));
        QVERIFY(
            text.out.contains(u"fixed reads kept 30 days, images 30 days (San Leandro 418.5)"_s));
        QVERIFY(text.out.contains(u"(holds %1)"_s.arg(m_hold)));
        QVERIFY(
            text.out.contains(u"In all: %1 read(s) to remove; the images of 0 read(s) kept "
                              u"to drop; 2 expired read(s) kept by holds."_s.arg(kOldReads - 2)));
        // Records staff do not purge; neither does a detective.
        QCOMPARE(as(u"records"_s, {u"retention"_s, u"purge"_s, u"--dry-run"_s}).exitCode, 4);
        QCOMPARE(as(u"detective"_s, {u"retention"_s, u"purge"_s}).exitCode, 4);
        QCOMPARE(as(u"auditor"_s, {u"retention"_s, u"certificates"_s}).out,
                 u"No purge has finished yet.\n"_s);
    }

    // The daily unit's own command line (packaging/systemd), run as systemd
    // would: the store and the credential folder put where the unit says.
    void theDailyUnitPurgesAndPrintsTheCertificate()
    {
        QStringList args =
            alpr::test::unitCommand(QStringLiteral(ALPR_TEST_DATA_DIR) +
                                        u"/../../packaging/systemd/alpr-retention-purge.service"_s,
                                    {{u"CREDENTIALS_DIRECTORY"_s, m_credentials}});
        QVERIFY(args.contains(u"maintenance"_s));
        QVERIFY(args.contains(u"/var/lib/alpr/store.alprdb"_s));
        args.replaceInStrings(u"/var/lib/alpr/store.alprdb"_s, m_store);

        const qint64 expected = total(dryRun(u"admin"_s), u"reads"_s);
        const CliRun purged = alpr::test::runAlprctl(args);
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.out + purged.err));
        const QRegularExpressionMatch m =
            QRegularExpression(u"Certificate: purge (\\d+)"_s).match(purged.out);
        QVERIFY2(m.hasMatch(), qPrintable(purged.out));
        m_purge = m.captured(1).toLongLong();
        QVERIFY2(purged.out.contains(u"run by maintenance"_s), qPrintable(purged.out));
        QVERIFY(purged.out.contains(u"(holds %1)"_s.arg(m_hold)));
        QVERIFY(QRegularExpression(u"SHA-256 over the removed read ids .*: [0-9a-f]{64}"_s)
                    .match(purged.out)
                    .hasMatch());
        // No progress on a pipe: the journal gets the certificate alone.
        QVERIFY2(purged.err.isEmpty(), qPrintable(purged.err));

        // Listed for the auditor with what it removed.
        const CliRun list = as(u"auditor"_s, {u"retention"_s, u"certificates"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray certificates = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(certificates.size(), 1);
        const QJsonObject c = certificates.first().toObject();
        QCOMPARE(c.value(u"purge"_s).toInteger(), m_purge);
        QCOMPARE(c.value(u"started_by"_s).toString(), u"maintenance"_s);
        QVERIFY(c.value(u"summary"_s).toObject().value(u"reads"_s).toInteger() >= expected);
        const CliRun text = as(u"auditor"_s, {u"retention"_s, u"certificates"_s});
        QVERIFY(text.out.contains(u"maintenance"_s));

        // The held reads stay, and a new dry run finds them held still.
        const QJsonObject after = dryRun(u"admin"_s);
        QCOMPARE(total(after, u"held_reads"_s), 2);
        QCOMPARE(holdsIn(after), QList<qint64>{m_hold});
        const CliRun show =
            as(u"records"_s, {u"hold"_s, u"show"_s, QString::number(m_hold), u"--json"_s});
        QCOMPARE(show.json().value(u"reads"_s).toArray(), (QJsonArray{31, 32}));
    }

    void theCertificateFilesAndTheirHash()
    {
        QVERIFY(m_purge > 0);
        const QString pdf = m_dir.filePath(u"purge.pdf"_s);
        const QString csv = m_dir.filePath(u"purge.csv"_s);
        const CliRun made =
            as(u"auditor"_s, {u"retention"_s, u"certificate"_s, QString::number(m_purge),
                              u"--pdf"_s, pdf, u"--csv"_s, csv});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(u"Purge %1, finished"_s.arg(m_purge)));
        for (const QString& path : {pdf, csv}) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                     QFile::ReadOwner | QFile::WriteOwner);
        }
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList rows =
            QString::fromUtf8(csvFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.value(0), u"read_id,source_kind,capture_day,removed"_s);
        QList<qint64> removed;
        for (const QString& row : rows.mid(1)) {
            const QStringList cells = row.split(u',');
            QCOMPARE(cells.size(), 4);
            if (cells[3] == u"read"_s)
                removed << cells[0].toLongLong();
        }
        // Every old read but the two held ones; the released hold's read too.
        for (qint64 id = kRecentReads + 3; id <= kRecentReads + kOldReads; ++id)
            QVERIFY2(removed.contains(id), qPrintable(QString::number(id)));
        QVERIFY(!removed.contains(31) && !removed.contains(32));

        const CliRun json = as(u"auditor"_s, {u"retention"_s, u"certificate"_s,
                                              QString::number(m_purge), u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QString sha = json.json().value(u"ids_sha256"_s).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(alpr::RetentionPurge::idsSha256(removed), sha);
        QVERIFY(made.out.contains(sha));
        QCOMPARE(json.json().value(u"summary"_s).toObject().value(u"reads"_s).toInteger(),
                 removed.size());

        // Nobody else reads it; a purge that never ran has no certificate.
        QCOMPARE(as(u"detective"_s, {u"retention"_s, u"certificate"_s, QString::number(m_purge)})
                     .exitCode,
                 4);
        const CliRun none = as(u"auditor"_s, {u"retention"_s, u"certificate"_s, u"99"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"no certificate for purge 99"_s));
    }

    void rulesAreShownAndAShorterPeriodNeedsYes()
    {
        const CliRun shown = as(u"detective"_s, {u"retention"_s, u"rules"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(u"mobile   reads  365 days, images  365 days  (San Leandro "
                                    u"418.5)"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"fixed    reads   30 days"_s));

        const QStringList shorter{u"retention"_s, u"rules"_s,          u"--fixed-days"_s,
                                  u"20"_s,        u"--fixed-policy"_s, u"Los Altos 462.5"_s};
        const CliRun refused = as(u"admin"_s, shorter);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.out.contains(u"The next purge would remove:"_s), qPrintable(refused.out));
        QVERIFY(refused.err.contains(u"--yes"_s));
        QCOMPARE(as(u"admin"_s, {u"retention"_s, u"rules"_s}).out, shown.out);

        const CliRun saved = as(u"admin"_s, shorter + QStringList{u"--yes"_s, u"--json"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const QJsonObject fixed = saved.json().value(u"fixed"_s).toObject();
        QCOMPARE(fixed.value(u"read_days"_s).toInt(), 20);
        QCOMPARE(fixed.value(u"image_days"_s).toInt(), 20); // the images followed
        QCOMPARE(fixed.value(u"policy"_s).toString(), u"Los Altos 462.5"_s);
        // Longer again: no confirmation needed.
        QCOMPARE(as(u"admin"_s, {u"retention"_s, u"rules"_s, u"--fixed-days"_s, u"30"_s,
                                 u"--fixed-image-days"_s, u"10"_s, u"--yes"_s})
                     .exitCode,
                 0);
        QVERIFY(as(u"admin"_s, {u"retention"_s, u"rules"_s})
                    .out.contains(u"fixed    reads   30 days, images   10 days"_s));

        // A mobile year cut short under the default section; not a number; not an administrator.
        const CliRun mobile =
            as(u"admin"_s, {u"retention"_s, u"rules"_s, u"--mobile-days"_s, u"200"_s, u"--yes"_s});
        QCOMPARE(mobile.exitCode, 1);
        QVERIFY2(mobile.err.contains(u"needs the policy section"_s), qPrintable(mobile.err));
        QCOMPARE(
            as(u"admin"_s, {u"retention"_s, u"rules"_s, u"--fixed-days"_s, u"a month"_s}).exitCode,
            2);
        QCOMPARE(
            as(u"records"_s, {u"retention"_s, u"rules"_s, u"--fixed-days"_s, u"60"_s}).exitCode, 4);
    }

    // A purge killed after its first batch: the dry run says the next purge
    // completes it, and the certificate of the next one says it did.
    void anInterruptedPurgeIsCompleted()
    {
        QString store = m_dir.filePath(u"interrupted.alprdb"_s);
        QVERIFY(
            alpr::test::runAlprctl({u"demo"_s, u"--store"_s, store, u"--reads"_s,
                                    QString::number(kOldReads), u"--last-day"_s, u"2025-06-01"_s})
                .exitCode == 0);
#ifdef ALPR_TEST_DEPARTMENT
        // Its own server database: the purge of the others' reads is not this one's.
        QString error;
        store =
            alpr::test::DepartmentFixture::migrateDemo(u"interrupted"_s, store, kPassword, &error);
        QVERIFY2(!store.isEmpty(), qPrintable(error));
#endif
        // In a child process that dies the moment the first batch is committed.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const QByteArray pw = kPassword.toUtf8();
            auto session =
                alpr::SignIn::signIn(store, u"admin"_s, alpr::SecureBytes::fromRaw(pw, pw.size()),
                                     alpr::Clock::system());
            if (!session)
                ::_exit(3);
            alpr::RetentionPurge purge(*session.value());
            purge.setBatchReads(5);
            purge.setProgress([](qint64, qint64) { ::_exit(0); });
            (void)purge.run();
            ::_exit(4); // never got to a batch
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);

        const auto admin = [&](const QStringList& args) {
            return alpr::test::runAlprctl(
                QStringList{u"--store"_s, store, u"--user"_s, u"admin"_s} + args,
                {{u"ALPR_PASSWORD"_s, kPassword}});
        };
        const CliRun plan = admin({u"retention"_s, u"purge"_s, u"--dry-run"_s});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(u"Purge 1, started by admin on "_s) &&
                     plan.out.contains(u"did not finish: the next purge completes it"_s),
                 qPrintable(plan.out));
        // The first batch (at most 5 reads of one kind) is gone; the rest waits.
        const qint64 left = total(
            admin({u"retention"_s, u"purge"_s, u"--dry-run"_s, u"--json"_s}).json(), u"reads"_s);
        QVERIFY2(left >= kOldReads - kDemoHeld - 5 && left < kOldReads - kDemoHeld,
                 qPrintable(QString::number(left)));
        const CliRun purged = admin({u"retention"_s, u"purge"_s});
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QVERIFY2(purged.out.contains(u"This purge completed the interrupted purge 1"_s),
                 qPrintable(purged.out));
        QVERIFY2(purged.out.contains(u"In all %1 reads removed"_s.arg(kOldReads - kDemoHeld)),
                 qPrintable(purged.out));
        QVERIFY(purged.out.contains(u"Certificate: purge 2 "_s));
        const CliRun list = admin({u"retention"_s, u"certificates"_s});
        QVERIFY2(list.out.contains(u"(completed purge 1)"_s), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(TestRetentionCommands)
#include "tst_retentioncommands.moc"
