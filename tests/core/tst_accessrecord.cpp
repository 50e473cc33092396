// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Civil Code 1798.90.52: every access leaves exactly one audit event with the
// date and time, the user and organization, the purpose and the data used.
#include "../support/teststore.h"
#include "auth/sessionaccess.h"

#include "audit/auditlog.h"
#include "auditing/auditexport.h"
#include "auditing/auditsample.h"
#include "auditing/plateconcern.h"
#include "cases/caseview.h"
#include "inquiry/canvass.h"
#include "inquiry/searchservice.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace alpr;
using namespace Qt::Literals::StringLiterals;

using Access = std::function<void(Session&, qint64 searchId, qint64 readId, const QString& dir)>;
Q_DECLARE_METATYPE(Access)

namespace {

SearchRequest request(const QString& pattern)
{
    SearchRequest r;
    r.caseNumber = u"26-004211"_s;
    r.purpose = u"stolen-vehicle"_s;
    r.pattern = pattern;
    return r;
}

} // namespace

class TestAccessRecord : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> m_session; // administrator, detective, auditor
    qint64 m_searchId = 0;
    qint64 m_readId = 0;

    QList<AuditEvent> all() { return trailOf(*m_session).list({}).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = test::createStore(m_dir.filePath(u"r.alprdb"_s), m_clock,
                                      {Role::Detective, Role::Auditor});
        ReadRecord read =
            test::makeRead(u"7ABC123"_s, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        read.plateJpeg = QByteArray("\xFF\xD8\xFF\xE0 test plate crop", 21);
        QList<ReadRecord> reads{read};
        QVERIFY(ReadImporter(*m_session).importReads(reads, u"hand-built"_s).ok());
        auto outcome = SearchService(*m_session).search(request(u"7ABC123"_s));
        QVERIFY(outcome.ok());
        m_searchId = outcome->searchId;
        m_readId = outcome->hits.first().read.id;
    }

    void oneEventPerAccess_data()
    {
        QTest::addColumn<Access>("access");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("fields"); // details that must be there (a.b: nested)

        const QStringList who{u"case"_s, u"purpose"_s, u"organization"_s};
        QTest::newRow("search") << Access([](Session& s, qint64, qint64, const QString&) {
            auto r = request(u"7AB*"_s);
            r.note = u"witness saw the first three"_s;
            QVERIFY(SearchService(s).search(r).ok());
        }) << u"search"_s << u"success"_s
                                << who + QStringList{u"query.pattern"_s, u"query.misread"_s,
                                                     u"result_count"_s, u"note"_s};
        QTest::newRow("search with filters")
            << Access([](Session& s, qint64, qint64, const QString&) {
                   auto r = request(u"*123"_s);
                   r.misread = true;
                   r.filters.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
                   r.filters.attributes.state = u"CA"_s;
                   QVERIFY(SearchService(s).search(r).ok());
               })
            << u"search"_s << u"success"_s
            << who + QStringList{u"query.filters"_s, u"result_count"_s};
        QTest::newRow("search without a case")
            << Access([](Session& s, qint64, qint64, const QString&) {
                   auto r = request(u"7AB*"_s);
                   r.caseNumber.clear();
                   QCOMPARE(SearchService(s).search(r).error().code, ErrorCode::Denied);
               })
            << u"search"_s << u"refused"_s
            << QStringList{u"reason"_s, u"query.pattern"_s, u"organization"_s};
        QTest::newRow("search with an SSN in the note")
            << Access([](Session& s, qint64, qint64, const QString&) {
                   auto r = request(u"7AB*"_s);
                   r.note = u"owner 123-45-6789"_s;
                   QVERIFY(!SearchService(s).search(r).ok());
               })
            << u"search"_s << u"refused"_s << QStringList{u"reason"_s, u"case"_s};
        QTest::newRow("malformed pattern") << Access([](Session& s, qint64, qint64,
                                                        const QString&) {
            QCOMPARE(SearchService(s).search(request(u"7A["_s)).error().code, ErrorCode::Invalid);
        }) << u"search"_s << u"invalid"_s << who + QStringList{u"reason"_s, u"query.pattern"_s};
        QTest::newRow("canvass") << Access([](Session& s, qint64, qint64, const QString&) {
            CanvassRequest c;
            c.caseNumber = u"26-004211"_s;
            c.purpose = u"witness-victim"_s;
            c.windows = {{37.4, -122.1, 500, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC),
                          QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC)}};
            QVERIFY(CanvassService(s).canvass(c).ok());
        }) << u"canvass"_s << u"success"_s
                                 << who + QStringList{u"query.windows"_s, u"result_count"_s};
        QTest::newRow("read opened")
            << Access([](Session& s, qint64 search, qint64 read, const QString&) {
                   QVERIFY(SearchService(s).openRead(read, search).ok());
               })
            << u"view-read"_s << u"success"_s << who + QStringList{u"search"_s, u"plate"_s};
        QTest::newRow("image viewed")
            << Access([](Session& s, qint64 search, qint64 read, const QString&) {
                   QVERIFY(SearchService(s).viewImage(read, ImageKind::Plate, search).ok());
               })
            << u"view-image"_s << u"success"_s
            << who + QStringList{u"search"_s, u"plate"_s, u"image"_s};
        QTest::newRow("undecodable image not enhanced") << Access([](Session& s, qint64 search,
                                                                     qint64 read, const QString&) {
            // The stored bytes are not a picture: nothing was shown, nothing is recorded.
            QVERIFY(!SearchService(s).viewEnhancedImage(read, ImageKind::Plate, search).ok());
        }) << QString() << QString() << QStringList{};
        QTest::newRow("image under another's search")
            << Access([](Session& s, qint64, qint64 read, const QString&) {
                   QCOMPARE(SearchService(s).viewImage(read, ImageKind::Plate, 9999).error().code,
                            ErrorCode::Denied);
               })
            << QString() << QString() << QStringList{};
        QTest::newRow("trail listed") << Access([](Session& s, qint64, qint64, const QString&) {
            AuditFilter f;
            f.plate = u"7ABC123"_s;
            QVERIFY(listAuditEvents(s, f).ok());
        }) << u"audit-list"_s << u"success"_s
                                      << QStringList{u"filter.plate"_s, u"events"_s};
        QTest::newRow("trail exported")
            << Access([](Session& s, qint64, qint64, const QString& dir) {
                   QVERIFY(exportAuditCsv(s, {}, {}, dir + u"/trail.csv"_s).ok());
               })
            << u"audit-export"_s << u"success"_s << QStringList{u"file"_s, u"events"_s};
        QTest::newRow("case viewed") << Access([](Session& s, qint64, qint64, const QString&) {
            QVERIFY(showCase(s, u"26-004211"_s).ok());
        }) << u"case-view"_s << u"success"_s
                                     << QStringList{u"viewed_case"_s, u"events"_s};
        QTest::newRow("sample drawn") << Access([](Session& s, qint64, qint64, const QString&) {
            QVERIFY(drawSample(s, {SampleKind::Searches, u"2026-H2"_s, 0, 5}).ok());
        }) << u"audit-sample"_s << u"success"_s
                                      << QStringList{u"seed"_s, u"items"_s, u"period"_s};
    }

    void oneEventPerAccess()
    {
        QFETCH(Access, access);
        QFETCH(QString, action);
        QFETCH(QString, outcome);
        QFETCH(QStringList, fields);
        const QList<AuditEvent> before = all();
        m_clock.advanceSecs(60);
        access(*m_session, m_searchId, m_readId, m_dir.path());
        const QList<AuditEvent> after = all();
        if (action.isEmpty()) {
            // Refused before anything was read: the refusal is the record.
            QCOMPARE(after.size(), before.size());
            return;
        }
        QCOMPARE(after.size(), before.size() + 1);
        const AuditEvent& e = after.last();
        QCOMPARE(e.action, action);
        QCOMPARE(e.outcome, outcome);
        QCOMPARE(e.username, u"admin"_s);
        QCOMPARE(e.at, m_clock.now());
        QVERIFY(!e.workstation.isEmpty());
        for (const QString& field : fields) {
            QJsonValue v = e.details;
            for (const QString& key : field.split(u'.'))
                v = v.toObject().value(key);
            QVERIFY2(!v.isUndefined() && !(v.isString() && v.toString().isEmpty()),
                     qPrintable(field + u" in "_s +
                                QString::fromUtf8(QJsonDocument(e.details).toJson())));
        }
        if (e.details.contains(u"organization"_s))
            QCOMPARE(e.details.value(u"organization"_s).toString(), u"Test PD"_s);
        QVERIFY(!QJsonDocument(e.details).toJson().contains("6789"));
        QVERIFY(trailOf(*m_session).verify()->intact);
    }

    void plateFilterFindsTheSearchesThatWouldMatch()
    {
        AuditFilter f;
        f.plate = u"7abc123"_s;
        f.action = u"search,view-read,view-image"_s;
        const QList<AuditEvent> events = listTrail(trailOf(*m_session), f).value();
        QStringList patterns;
        for (const AuditEvent& e : events)
            if (e.action == u"search"_s)
                patterns << e.details.value(u"query"_s).toObject().value(u"pattern"_s).toString();
        QVERIFY(patterns.contains(u"7ABC123"_s));
        QVERIFY(patterns.contains(u"7AB*"_s));
        QVERIFY(patterns.contains(u"*123"_s));
        QVERIFY(!patterns.contains(u"7A["_s));
        QVERIFY(std::any_of(events.begin(), events.end(),
                            [](const AuditEvent& e) { return e.action == u"view-image"_s; }));
        f.plate = u"8XYZ999"_s;
        QVERIFY(listTrail(trailOf(*m_session), f)->isEmpty());
    }

    void caseViewListsWhatWasDone()
    {
        auto view = showCase(*m_session, u"26-004211"_s);
        QVERIFY(view.ok());
        QCOMPARE(view->record.firstUser, u"admin"_s);
        QVERIFY(view->searches >= 4);
        QVERIFY(view->readsOpened >= 1);
        QVERIFY(view->imagesViewed >= 1);
        QVERIFY(view->refused >= 2);
        for (const AuditEvent& e : view->events)
            QCOMPARE(e.details.value(u"case"_s).toString(), u"26-004211"_s);
        QVERIFY(setCaseTitle(*m_session, u"26-004211"_s, u"Burglary, 100 Main St"_s).ok());
        QCOMPARE(showCase(*m_session, u"26-004211"_s)->record.title, u"Burglary, 100 Main St"_s);
        QVERIFY(!setCaseTitle(*m_session, u"26-004211"_s, u"suspect DOB 1/2/1980"_s).ok());
        QCOMPARE(showCase(*m_session, u"26-999999"_s).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccessRecord)
#include "tst_accessrecord.moc"
