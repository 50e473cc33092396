// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// Release requests (Civil Code 1798.90.55, the California Values Act, Los
// Altos 462.7, San Leandro 418.7) and the chain of custody of a package.
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auditing/auditsample.h"
#include "auth/sessionaccess.h"
#include "evidence/custody.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "evidence/releaserequests.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace alpr {

class TestReleaseRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    std::unique_ptr<Session> m_supervisor;
    std::unique_ptr<Session> m_both; // records and supervisor
    qint64 m_read = 0;

    std::unique_ptr<Session> addAndSignIn(const QString& name, QList<Role> roles)
    {
        if (!test::addTrainedUser(*m_admin, name, roles))
            qFatal("cannot add %s", qPrintable(name));
        (void)EvidenceKeys(*m_admin).maintain(); // as the administrator's next sign-in does
        return test::signInLikeTheApps(m_path, name);
    }

    ReleaseRequest sanJose()
    {
        ReleaseRequest r;
        r.agency = u"San Jose Police Department"_s;
        r.agencyType = u"ca-local"_s;
        r.requester = u"Det. A. Lee"_s;
        r.purpose = u"criminal-investigation"_s;
        r.description = u"Armed robbery series, suspect vehicle"_s;
        r.caseNumber = u"SJ-26-0001"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"release.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        m_clerk = addAndSignIn(u"clerk"_s, {Role::Records});
        m_supervisor = addAndSignIn(u"sergeant"_s, {Role::Supervisor});
        m_both = addAndSignIn(u"lead"_s, {Role::Records, Role::Supervisor});
        auto feeder = addAndSignIn(u"feeder"_s, {Role::Ingest});
        ReadRecord r =
            test::makeRead(u"7ABC123"_s, QDateTime(QDate(2026, 11, 3), QTime(17, 5), Qt::UTC));
        QImage image(80, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QBuffer buffer(&r.plateJpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG");
        QList<ReadRecord> reads{r};
        QVERIFY(ReadImporter(*feeder).importReads(reads, u"test"_s).ok());
        m_read = reads.first().id;
    }

    // The rules as rows: agency type x purpose -> refused or needs approval.
    void rules_data()
    {
        QTest::addColumn<QString>("agencyType");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("reasonNames");
        const QString robbery = u"robbery investigation"_s;
        for (const QString& type : ReleaseRequests::agencyTypes()) {
            for (const QString& purpose : ReleaseRequests::purposes()) {
                const bool immigration = purpose == u"immigration-enforcement"_s;
                const bool outside = type == u"out-of-state"_s || type == u"federal"_s;
                const bool notLaw = type == u"non-law-enforcement"_s;
                const QString reason = immigration ? u"7284.6"_s
                                       : outside   ? u"1798.90.55(b)"_s
                                       : notLaw    ? u"Records Maintenance and Release"_s
                                                   : QString();
                QTest::addRow("%s %s", qPrintable(type), qPrintable(purpose))
                    << type << purpose << robbery << (immigration || outside || notLaw) << reason;
            }
        }
        // What the description says counts, whatever code was chosen.
        QTest::addRow("ca-state, description names ICE")
            << u"ca-state"_s << u"other"_s << u"assist ICE with a case"_s << true << u"7284.6"_s;
        QTest::addRow("ca-local, description names deportation")
            << u"ca-local"_s << u"criminal-investigation"_s << u"pending Deportation hearing"_s
            << true << u"7284.6"_s;
        QTest::addRow("ca-local, 'police' is not 'ice'")
            << u"ca-local"_s << u"criminal-investigation"_s << u"police report 26-1"_s << false
            << QString();
    }
    void rules()
    {
        QFETCH(QString, agencyType);
        QFETCH(QString, purpose);
        QFETCH(QString, description);
        QFETCH(bool, refused);
        QFETCH(QString, reasonNames);
        const ReleaseRuling ruling = ReleaseRequests::rule(agencyType, purpose, description);
        QCOMPARE(ruling.refused, refused);
        if (refused)
            QVERIFY2(ruling.reason.contains(reasonNames), qPrintable(ruling.reason));
    }

    void refusedRequestsAreKeptOnFile()
    {
        ReleaseRequest federal = sanJose();
        federal.agency = u"FBI San Francisco"_s;
        federal.agencyType = u"federal"_s;
        auto logged = ReleaseRequests(*m_clerk).log(federal);
        QVERIFY(logged.ok());
        QCOMPARE(logged->status, u"refused"_s);
        auto onFile = ReleaseRequests(*m_supervisor).show(logged->id);
        QVERIFY(onFile.ok());
        QCOMPARE(onFile->agency, u"FBI San Francisco"_s);
        QCOMPARE(ReleaseRequests(*m_supervisor).approve(logged->id, {}).error().code,
                 ErrorCode::Conflict);
        AuditFilter f;
        f.action = u"release-request"_s;
        auto events = trailOf(*m_admin).list(f);
        QVERIFY(events.ok());
        QCOMPARE(events->last().outcome, u"refused"_s);
        QCOMPARE(events->last().object, u"release:%1"_s.arg(logged->id));
    }

    void anotherApproverDecides()
    {
        auto logged = ReleaseRequests(*m_both).log(sanJose());
        QVERIFY(logged.ok());
        QCOMPARE(logged->status, u"pending"_s);
        // Not the one who logged it, nor someone without the role.
        QCOMPARE(ReleaseRequests(*m_both).approve(logged->id, {}).error().code, ErrorCode::Denied);
        QCOMPARE(ReleaseRequests(*m_clerk).approve(logged->id, {}).error().code, ErrorCode::Denied);
        // Denying needs a reason.
        QCOMPARE(ReleaseRequests(*m_supervisor).deny(logged->id, {}).error().code,
                 ErrorCode::Invalid);
        auto approved = ReleaseRequests(*m_supervisor).approve(logged->id, u"462.7(b)"_s);
        QVERIFY(approved.ok());
        QCOMPARE(approved->status, u"approved"_s);
        QCOMPARE(approved->decidedBy, u"sergeant"_s);
        QCOMPARE(ReleaseRequests(*m_supervisor).deny(logged->id, u"late"_s).error().code,
                 ErrorCode::Conflict);
        auto text = ReleaseRequests(*m_clerk).fileText(logged->id);
        QVERIFY(text.ok());
        QVERIFY(text->join(u'\n').contains(u"Approved by sergeant"_s));
    }

    void onlyAnApprovedRequestIsFulfilled()
    {
        auto pending = ReleaseRequests(*m_clerk).log(sanJose());
        QVERIFY(pending.ok());
        QTemporaryDir medium;
        EvidenceRequest request;
        request.caseNumber = u"26-004211"_s;
        request.purpose = u"criminal-investigation"_s;
        request.readIds = {m_read};
        request.target = medium.path();
        request.releaseId = pending->id;
        QCOMPARE(EvidenceExport(*m_clerk).exportPackage(request).error().code, ErrorCode::Denied);
        QVERIFY(ReleaseRequests(*m_supervisor).approve(pending->id, {}).ok());
        auto made = EvidenceExport(*m_clerk).exportPackage(request);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QFile info(made->folder + u"/bag-info.txt"_s);
        QVERIFY(info.open(QIODevice::ReadOnly));
        QVERIFY(info.readAll().contains("Release-Request: " + QByteArray::number(pending->id) +
                                        " (San Jose Police Department, ca-local;"));
        QCOMPARE(EvidenceExport(*m_clerk).show(made->id)->releaseId, pending->id);

        // The chain of custody after the export.
        EvidenceCustody custody(*m_clerk);
        QCOMPARE(custody.record(made->id, u"booked"_s, {}, {}, {}).error().code,
                 ErrorCode::Invalid); // needs the item number
        QCOMPARE(custody.record(made->id, u"lost"_s, {}, {}, {}).error().code, ErrorCode::Invalid);
        QVERIFY(custody.record(made->id, u"booked"_s, {}, u"PR-2026-0042"_s, {}).ok());
        QCOMPARE(custody.record(made->id, u"released"_s, {}, {}, {}).error().code,
                 ErrorCode::Invalid); // to whom?
        QVERIFY(custody.record(made->id, u"released"_s, u"San Jose PD, Det. Lee"_s, {}, {}).ok());
        QVERIFY(custody.record(made->id, u"destroyed"_s, {}, {}, u"per 34090.6"_s).ok());
        QCOMPARE(custody.record(made->id, u"returned"_s, {}, {}, {}).error().code,
                 ErrorCode::Invalid); // nothing after destroyed
        auto log = EvidenceCustody(*m_supervisor).log(made->id);
        QCOMPARE(log.error().code, ErrorCode::Denied); // records staff and the trail's readers only
        log = custody.log(made->id);
        QVERIFY(log.ok());
        QStringList events;
        for (const CustodyEntry& e : std::as_const(*log))
            events << e.event;
        QCOMPARE(events, (QStringList{u"exported"_s, u"booked"_s, u"released"_s, u"destroyed"_s}));
        const QString pdf = m_dir.filePath(u"custody.pdf"_s);
        QVERIFY(custody.writePdf(made->id, pdf).ok());
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QCOMPARE(printed.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    // The auditor draws samples of exports and of release requests as of searches.
    void exportsAndReleasesAreSampled()
    {
        const QDate today = QDate::currentDate();
        const QString quarter = u"%1-Q%2"_s.arg(today.year()).arg((today.month() + 2) / 3);
        auto exports = drawSample(*m_admin, SampleRequest{SampleKind::Exports, quarter, 0, 7});
        QVERIFY2(exports.ok(), qPrintable(exports.ok() ? QString() : exports.error().message));
        QCOMPARE(exports->population, 1); // the completed export, not its start
        QCOMPARE(exports->items.size(), 1);
        auto releases = drawSample(*m_admin, SampleRequest{SampleKind::Releases, quarter, 0, 7});
        QVERIFY(releases.ok());
        // Two pending requests logged, two approvals (refused ones are not "success").
        QCOMPARE(releases->population, 4);
    }
};

} // namespace alpr

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    alpr::TestReleaseRequests test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_releaserequests.moc"
