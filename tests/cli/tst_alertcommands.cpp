// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl hits take|show|verify|dispose|confirmation as a dispatcher types
// them: a hit taken, its plate image written to a private file, the checklist
// worked step by step with a refusal that stops it, the confirmation and the
// disposition; a second dispatcher refused; the alert settings. The store is
// made through the core (a key derivation per alprctl run is the cost to
// keep down); everything asserted on is what alprctl printed or stored.
// Built twice: on the store file (cli_alertcommands), and with
// ALPR_TEST_DEPARTMENT on a throwaway PostgreSQL server set up through
// alprctl, whose hit comes from real camera output
// (cli_department_alertcommands), where the server holds the checklist.
#include "../support/clirunner.h"
#include "../support/teststore.h"
#ifdef ALPR_TEST_DEPARTMENT
#include "../support/departmentfixture.h"
#endif
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
#ifdef ALPR_TEST_DEPARTMENT
// The read of tests/data/ingest/alpr_group_v2.json: a plate and a vehicle crop.
const QString kPlate = u"A424761"_s;
const QString kVehicleImage = u"vehicle"_s;
#else
const QString kPlate = u"7CLI123"_s;
const QString kVehicleImage = u"overview"_s;
#endif

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
    qint64 m_second = 0; // a second read of the plate: rejected as soon as it is taken
    QByteArray m_plateJpeg = jpeg(120, 40);

    CliRun as(const QString& user, const QStringList& args)
    {
        return runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                          {{u"ALPR_PASSWORD"_s, QString::fromLatin1(kPassword)}});
    }

    QString hit() const { return QString::number(m_hit); }

    // The department store through alprctl, as its administrator sets it up:
    // a second dispatcher, the SVS list, and the camera's read that hits it.
    void initDepartment()
    {
#ifdef ALPR_TEST_DEPARTMENT
        QString error;
        m_store = DepartmentFixture::create(u"alerts"_s, QString::fromLatin1(kPassword), &error);
        QVERIFY2(!m_store.isEmpty(), qPrintable(error));
        const auto run = [this](const QString& user, const QStringList& args,
                                const QString& password, const QString& next = {}) {
            CliRun r = runAlprctl(QStringList{u"--store"_s, m_store, u"--user"_s, user} + args,
                                  {{u"ALPR_PASSWORD"_s, password},
                                   { u"ALPR_NEW_PASSWORD"_s,
                                     next }});
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.out + r.err));
            return r.exitCode;
        };
        const QString own = QString::fromLatin1(kPassword);
        const QString temporary = u"temporary-ember-lantern"_s;
        QCOMPARE(run(u"admin"_s,
                     {u"user"_s, u"add"_s, u"otherdesk"_s, u"--roles"_s, u"dispatcher"_s}, own,
                     temporary),
                 0);
        QCOMPARE(run(u"otherdesk"_s, {u"user"_s, u"passwd"_s, u"otherdesk"_s}, temporary, own), 0);
        for (const QString& user : {u"otherdesk"_s, u"admin"_s})
            QCOMPARE(run(u"admin"_s,
                         {u"user"_s, u"train"_s, user, u"--course"_s, u"ALPR use"_s,
                          u"--completed"_s, u"2026-01-05"_s},
                         own),
                     0);
        QCOMPARE(run(u"admin"_s,
                     {u"hotlist"_s, u"create"_s, u"SVS"_s, u"--kind"_s, u"general"_s,
                      u"--purpose"_s, u"stolen-vehicle"_s},
                     own),
                 0);
        const QDateTime extract = QDateTime::currentDateTimeUtc().addSecs(-3600).toTimeZone(
            QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
        QFile clew(m_dir.filePath(u"svs.tbl"_s));
        QVERIFY(clew.open(QIODevice::WriteOnly));
        clew.write("DATE" + extract.toString(u"MM/dd/yyyy hh:mm"_s).toLatin1() + "\r\n" +
                   kPlate.toLatin1() + " IN0120261201\r\nTOTAL RECORD 0000001\r\n");
        clew.close();
        QCOMPARE(run(u"admin"_s,
                     {u"hotlist"_s, u"import"_s, clew.fileName(), u"--list"_s, u"SVS"_s}, own),
                 0);
        const QString camera = QStringLiteral(ALPR_TEST_DATA_DIR "/ingest/alpr_group_v2.json");
        QCOMPARE(run(u"admin"_s, {u"import"_s, u"reads"_s, camera}, own), 0);
        QFile again(m_dir.filePath(u"again.csv"_s));
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write("plate,state,captured_at,camera,latitude,longitude\n" + kPlate.toLatin1() +
                    ",IN," + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() +
                    ",CAM2,37.38,-122.11\n");
        again.close();
        QCOMPARE(run(u"admin"_s, {u"import"_s, u"reads"_s, again.fileName()}, own), 0);
        QFile json(camera);
        QVERIFY(json.open(QIODevice::ReadOnly));
        m_plateJpeg = QByteArray::fromBase64(QJsonDocument::fromJson(json.readAll().mid(3))
                                                 .object()
                                                 .value(u"best_plate"_s)
                                                 .toObject()
                                                 .value(u"plate_crop_jpeg"_s)
                                                 .toString()
                                                 .toLatin1());
        QVERIFY(m_plateJpeg.startsWith("\xff\xd8"));
        const CliRun hits = as(u"dispatcher"_s, {u"hits"_s, u"list"_s, u"--json"_s});
        const QJsonArray found = QJsonDocument::fromJson(hits.out.toUtf8()).array();
        QVERIFY2(found.size() == 2, qPrintable(hits.out + hits.err));
        m_hit = found.last()[u"id"_s].toInteger(); // newest first: the camera's read
        m_second = found.first()[u"id"_s].toInteger();
#endif
    }

private Q_SLOTS:
    // A store with two dispatchers and a hit on a stolen-vehicle list, made
    // through the core; its sessions end before alprctl runs.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef ALPR_TEST_DEPARTMENT
        initDepartment();
        return;
#endif
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
        QList<ReadRecord> reads{r, makeRead(u"7CLI123"_s, QDateTime::currentDateTimeUtc())};
        auto imported = ReadImporter(*feeder.value()).importReads(reads, u"test reads"_s);
        QVERIFY(imported.ok());
        QCOMPARE(imported->hits, 2);
        HitFilter all;
        auto hits = storeOf(*admin).hotLists().hits(all);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2);
        m_hit = hits->last().id; // newest first: the read with the images
        m_second = hits->first().id;
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
        QCOMPARE(queue.size(), 2);
        QJsonObject held;
        for (const QJsonValue& v : queue)
            if (v[u"id"_s].toInteger() == m_hit)
                held = v.toObject();
        QCOMPARE(held.value(u"taken_by"_s).toString(), u"dispatcher"_s);
        QCOMPARE(held.value(u"incident"_s).toString(), kIncident);

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

        const QString overview = m_dir.filePath(kVehicleImage + u".jpg"_s);
        r = as(u"dispatcher"_s,
               {u"hits"_s, u"show"_s, hit(), u"--image"_s, kVehicleImage, u"--out"_s, overview});
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
        QVERIFY2(r.out.contains(u"characters listed  "_s +
                                kPlate.split(QString(), Qt::SkipEmptyParts).join(u' ')),
                 qPrintable(r.out));
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

    // A rejection needs no step first: a misread is seen at a glance.
    void rejectedAsSoonAsTaken()
    {
        const QString second = QString::number(m_second);
        CliRun r = as(u"dispatcher"_s, {u"hits"_s, u"verify"_s, second, u"--decision"_s,
                                        u"rejected"_s, u"--reason"_s, u"misread"_s});
        QCOMPARE(r.exitCode, 4); // not taken yet
        r = as(u"dispatcher"_s, {u"hits"_s, u"take"_s, second, u"--incident"_s, u"26-000779"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"dispatcher"_s, {u"hits"_s, u"verify"_s, second, u"--decision"_s, u"confirmed"_s});
        QCOMPARE(r.exitCode, 4); // a confirmation needs every step
        r = as(u"dispatcher"_s, {u"hits"_s, u"verify"_s, second, u"--decision"_s, u"rejected"_s,
                                 u"--reason"_s, u"misread"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"dispatcher"_s, {u"hits"_s, u"show"_s, second, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(r.json()[u"checklist"_s][u"decision"_s][u"reason"_s].toString(), u"misread"_s);
        r = as(u"dispatcher"_s, {u"hits"_s, u"dispose"_s, second, u"--outcome"_s, u"arrest"_s,
                                 u"--incident"_s, u"26-000779"_s});
        QCOMPARE(r.exitCode, 4); // only a confirmed hit has a disposition
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
