// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hits take|show|verify|dispose|confirmation as a dispatcher types
// them: a hit taken, its plate image written to a private file, the checklist
// worked step by step with a refusal that stops it, the confirmation and the
// disposition; a second dispatcher refused; the alert settings. The store is
// made through the core (a key derivation per alprctl run is the cost to
// keep down); everything asserted on is what alprctl printed or stored.
#include "../support/clirunner.h"
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "hits/hotlists.h"
#include "store/hotlistrepository.h"
#include "store/store.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace alpr;
using namespace alpr::test;
using namespace Qt::StringLiterals;

namespace {

const QString kIncident = u"26-000777"_s;

QByteArray jpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGray);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

} // namespace

class TestAlertCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_hit = 0;
    QByteArray m_plateJpeg = jpeg(120, 40);

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, QString::fromLatin1(kPassword)}});
    }

    QString hit() const { return QString::number(m_hit); }

private Q_SLOTS:
    // A store with two dispatchers and a hit on a stolen-vehicle list, made
    // through the core; its sessions end before alprctl runs.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"alerts.alprdb"_s);
        auto admin = createStore(m_store, Clock::system());
        for (const QString& name : {u"dispatcher"_s, u"otherdesk"_s, u"feeder"_s}) {
            UserAccount a;
            a.username = name;
            a.fullName = u"Test "_s + name;
            a.organization = u"Test PD"_s;
            a.roles = {name == u"feeder"_s ? Role::Records : Role::Dispatcher};
            QVERIFY(UserAdministration(*admin).addUser(a, password()).ok());
            QVERIFY(UserAdministration(*admin).addTraining(name, currentTraining()).ok());
        }
        HotLists lists(*admin);
        HotList svs;
        svs.name = u"SVS"_s;
        svs.purpose = u"stolen-vehicle"_s;
        QVERIFY(lists.createList(svs).ok());
        const QDateTime extract = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(
            QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
        const QByteArray clew = "DATE" + extract.toString(u"MM/dd/yyyy hh:mm"_s).toLatin1() +
                                "\r\n7CLI123 CA0120261201\r\nTOTAL RECORD 0000001\r\n";
        const HotListFormat format = HotListFormat::Clew;
        auto loaded = lists.importData(u"SVS"_s, clew, u"svs.tbl"_s, &format, false);
        QVERIFY2(loaded.ok(), loaded ? "" : qPrintable(loaded.error().message));
        auto feeder = SignIn::signIn(m_store, u"feeder"_s, password(), Clock::system());
        QVERIFY(feeder.ok());
        ReadRecord r = makeRead(u"7CLI123"_s, QDateTime::currentDateTimeUtc().addSecs(-120));
        r.plateJpeg = m_plateJpeg;
        r.overviewJpeg = jpeg(320, 240);
        QList<ReadRecord> reads{r};
        auto imported = ReadImporter(*feeder.value()).importReads(reads, u"test reads"_s);
        QVERIFY(imported.ok());
        QCOMPARE(imported->hits, 1);
        HitFilter all;
        auto hits = storeOf(*admin).hotLists().hits(all);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        m_hit = hits->first().id;
    }

    void dispatcherVerifiesAndDisposes()
    {
        // Usage mistakes are told before signing in.
        CliRun r =
            as(u"dispatcher"_s, {u"hits"_s, u"verify"_s, hit(), u"--characters"_s, u"maybe"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--characters takes ok or mismatch"_s), qPrintable(r.err));

        r = as(u"dispatcher"_s, {u"hits"_s, u"take"_s, hit(), u"--incident"_s, kIncident});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(kIncident));

        // The queue shows it held.
        r = as(u"dispatcher"_s, {u"hits"_s, u"queue"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray queue = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().toObject().value(u"taken_by"_s).toString(), u"dispatcher"_s);
        QCOMPARE(queue.first().toObject().value(u"incident"_s).toString(), kIncident);

        // Another dispatcher cannot take it, nor work it.
        r = as(u"otherdesk"_s, {u"hits"_s, u"take"_s, hit(), u"--incident"_s, u"26-000778"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"being worked by dispatcher"_s), qPrintable(r.err));

        // The plate image, as stored, into a new file only the dispatcher reads.
        const QString plateFile = m_dir.filePath(u"plate.jpg"_s);
        r = as(u"dispatcher"_s,
               {u"hits"_s, u"show"_s, hit(), u"--image"_s, u"plate"_s, u"--out"_s, plateFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile written(plateFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), m_plateJpeg);
        QCOMPARE(QFileInfo(plateFile).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo(plateFile).permissions() & QFile::ReadOwner);
        // Never over an existing file.
        r = as(u"dispatcher"_s,
               {u"hits"_s, u"show"_s, hit(), u"--image"_s, u"plate"_s, u"--out"_s, plateFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));

        // The steps in order; the vehicle is refused (its image was not
        // looked at) and nothing after it is done.
        r = as(u"dispatcher"_s,
               {u"hits"_s, u"verify"_s, hit(), u"--characters"_s, u"ok"_s, u"--plate-state"_s,
                u"ok"_s, u"--vehicle"_s, u"ok"_s, u"--clets"_s, u"still-wanted"_s, u"--clets-ref"_s,
                u"CLETS 8812"_s, u"--decision"_s, u"confirmed"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"step vehicle refused"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"characters: ok"_s));
        QVERIFY(r.out.contains(u"plate-state: ok"_s));
        QVERIFY(!r.out.contains(u"clets:"_s));

        const QString overview = m_dir.filePath(u"overview.jpg"_s);
        r = as(u"dispatcher"_s,
               {u"hits"_s, u"show"_s, hit(), u"--image"_s, u"overview"_s, u"--out"_s, overview});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"dispatcher"_s, {u"hits"_s, u"verify"_s, hit(), u"--vehicle"_s, u"ok"_s,
                                 u"--clets"_s, u"still-wanted"_s, u"--clets-ref"_s, u"CLETS 8812"_s,
                                 u"--decision"_s, u"confirmed"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"decision: confirmed"_s));

        r = as(u"dispatcher"_s, {u"hits"_s, u"dispose"_s, hit(), u"--outcome"_s,
                                 u"vehicle-recovered"_s, u"--incident"_s, kIncident});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The checklist as it stands, every step with who did it.
        r = as(u"dispatcher"_s, {u"hits"_s, u"show"_s, hit(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shown = r.json();
        QCOMPARE(shown.value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(shown.value(u"outcome"_s).toString(), u"vehicle-recovered"_s);
        QCOMPARE(shown.value(u"incident"_s).toString(), kIncident);
        const QJsonObject checklist = shown.value(u"checklist"_s).toObject();
        for (const QString& step : {u"characters"_s, u"plate-state"_s, u"vehicle"_s, u"currency"_s,
                                    u"clets"_s, u"decision"_s})
            QCOMPARE(checklist.value(step).toObject().value(u"by"_s).toString(), u"dispatcher"_s);
        QCOMPARE(checklist.value(u"clets"_s).toObject().value(u"reference"_s).toString(),
                 u"CLETS 8812"_s);

        // The same as the dispatcher reads it.
        r = as(u"dispatcher"_s, {u"hits"_s, u"show"_s, hit()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"characters listed  7 C L I 1 2 3"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"state:     same"_s));
        QVERIFY(r.out.contains(u"incident:  "_s + kIncident));
        QVERIFY(r.out.contains(u"still-wanted, reference CLETS 8812"_s));
        QVERIFY(r.out.contains(u"outcome:   vehicle-recovered"_s));
        QVERIFY(r.out.contains(u"never a basis for a stop"_s));

        r = as(u"otherdesk"_s, {u"hits"_s, u"sweep"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"released (idle): none"_s));

        r = as(u"dispatcher"_s, {u"hits"_s, u"confirmation"_s, hit()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"CONFIRMED"_s));
        QVERIFY(r.out.contains(u"reference CLETS 8812"_s));
        QVERIFY(r.out.contains(u"Disposition: vehicle-recovered"_s));

        // On paper: one page of PDF, the owner's alone, never over another file.
        const QString pdf = m_dir.filePath(u"confirmation.pdf"_s);
        r = as(u"dispatcher"_s, {u"hits"_s, u"confirmation"_s, hit(), u"--out"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        file.close();
        r = as(u"admin"_s,
               {u"audit"_s, u"list"_s, u"--action"_s, u"hit-confirmation"_s, u"--json"_s});
        QVERIFY2(r.out.contains(u"confirmation.pdf"_s), qPrintable(r.out + r.err));
    }

    void alertSettings()
    {
        CliRun r = as(u"admin"_s, {u"settings"_s, u"set"_s, u"--alert-hold-minutes"_s, u"45"_s,
                                   u"--alert-escalate-minutes"_s, u"3"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"after 45 minutes without a step"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"escalated after 3 minutes"_s));
        // Out of range: the core's bounds, told.
        r = as(u"admin"_s, {u"settings"_s, u"set"_s, u"--alert-hold-minutes"_s, u"2"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"from 5 to 480"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAlertCommands)
#include "tst_alertcommands.moc"
