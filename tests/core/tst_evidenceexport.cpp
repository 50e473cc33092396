// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// Evidence packages as their readers check them: the bag is parsed here
// against RFC 8493's rules with nothing of core's (Qt's own SHA-2), and the
// stock commands of VERIFY.txt are run on it as written: sha256sum -c,
// openssl pkeyutl -verify, ssh-keygen -Y verify. The keys that sign, their
// hand-on from clerk to clerk, and every way an export can end.
#include "../support/teststore.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"
#include "store/evidencerepository.h"
#include "store/readrepository.h"
#include "store/store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alpr {

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under dir, relative, '/'-separated, hidden ones too.
QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// RFC 8493 read by the letter, independently of core: bagit.txt first
// (2.1.1), the payload manifests (2.1.3) list exactly the files under data/
// with the right digests, Payload-Oxum (2.2.2) matches, the tag manifest
// (2.2.1) covers the tag files with the right digests. Returns the problems.
QStringList checkBag(const QString& bag)
{
    QStringList problems;
    if (readAll(bag + u"/bagit.txt"_s) !=
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        problems << u"bagit.txt"_s;
    const auto checkManifest = [&](const QString& name, QCryptographicHash::Algorithm algorithm,
                                   bool payload) {
        const QByteArray text = readAll(bag + u"/"_s + name);
        if (text.isEmpty() || !text.endsWith('\n'))
            problems << name + u" empty or unterminated"_s;
        QStringList listed;
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const int space = int(line.indexOf(' '));
            const QByteArray digest = line.left(space);
            const QString path = QString::fromUtf8(line.mid(space).trimmed());
            if (path.startsWith(u'/') || path.contains(u".."_s) || path.contains(u'\\'))
                problems << name + u" unsafe "_s + path;
            if (payload != path.startsWith(u"data/"_s))
                problems << name + u" lists "_s + path;
            const QByteArray actual =
                QCryptographicHash::hash(readAll(bag + u"/"_s + path), algorithm).toHex();
            if (actual != digest)
                problems << name + u" digest of "_s + path;
            listed << path;
        }
        listed.sort();
        if (payload) {
            QStringList present;
            for (const QString& f : filesUnder(bag))
                if (f.startsWith(u"data/"_s))
                    present << f;
            if (present != listed)
                problems << name + u" does not list exactly the payload"_s;
        }
        return listed;
    };
    const QStringList payload =
        checkManifest(u"manifest-sha256.txt"_s, QCryptographicHash::Sha256, true);
    checkManifest(u"manifest-sha512.txt"_s, QCryptographicHash::Sha512, true);
    const QStringList tags =
        checkManifest(u"tagmanifest-sha256.txt"_s, QCryptographicHash::Sha256, false);
    for (const QString& t :
         {u"bagit.txt"_s, u"bag-info.txt"_s, u"manifest-sha256.txt"_s, u"manifest-sha512.txt"_s,
          u"VERIFY.txt"_s, u"agency-signing-key.pub.pem"_s, u"allowed_signers"_s})
        if (!tags.contains(t))
            problems << u"tag manifest misses "_s + t;
    qint64 bytes = 0;
    for (const QString& p : payload)
        bytes += QFileInfo(bag + u"/"_s + p).size();
    const QString oxum = u"Payload-Oxum: %1.%2"_s.arg(bytes).arg(payload.size());
    if (!QString::fromUtf8(readAll(bag + u"/bag-info.txt"_s)).split(u'\n').contains(oxum))
        problems << u"Payload-Oxum is not "_s + oxum;
    // Names a FAT or exFAT medium takes as they are, none differing only by case.
    QSet<QString> folded;
    for (const QString& f : filesUnder(bag)) {
        for (const QChar c : f)
            if (c.unicode() > 126 || c.unicode() < 32)
                problems << u"not plain ASCII: "_s + f;
        if (folded.contains(f.toLower()))
            problems << u"differs only by case: "_s + f;
        folded.insert(f.toLower());
    }
    return problems;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& dir, const QString& program, const QStringList& args,
        const QString& stdinFile = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(dir + u"/"_s + stdinFile);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

class TestEvidenceExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_clerk;
    QList<qint64> m_reads;

    void addUser(const QString& name, QList<Role> roles)
    {
        QVERIFY(test::addTrainedUser(*m_admin, name, roles));
    }

    std::unique_ptr<Session> signIn(const QString& name)
    {
        return test::signInLikeTheApps(m_path, name);
    }

    EvidenceRequest request(const QString& target)
    {
        EvidenceRequest r;
        r.caseNumber = u"26-004211"_s;
        r.purpose = u"criminal-investigation"_s;
        r.readIds = m_reads;
        r.target = target;
        return r;
    }

    QList<AuditEvent> exportEvents()
    {
        AuditFilter f;
        f.action = u"evidence-export"_s;
        auto events = trailOf(*m_admin).list(f);
        return events ? *events : QList<AuditEvent>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"evidence.alprdb"_s);
        m_admin = test::createStore(m_path, Clock::system());
        addUser(u"clerk"_s, {Role::Records});
        addUser(u"feeder"_s, {Role::Ingest});
        addUser(u"detective"_s, {Role::Detective});
        QList<ReadRecord> reads;
        for (int i = 0; i < 4; ++i) {
            ReadRecord r = test::makeRead(u"7ABC12%1"_s.arg(i),
                                          QDateTime(QDate(2026, 11, 3 + i), QTime(17, 5), Qt::UTC));
            r.plateJpeg = test::flatJpeg(120, 40, 40 + i);
            r.vehicleJpeg = test::flatJpeg(200, 150, 90 + i);
            if (i != 2) // one read has no overview
                r.overviewJpeg = test::flatJpeg(320, 240, 140 + i);
            r.make = u"Toyota"_s;
            reads << r;
        }
        auto feeder = signIn(u"feeder"_s);
        auto imported = ReadImporter(*feeder).importReads(reads, u"test reads"_s);
        QVERIFY(imported.ok());
        for (const ReadRecord& r : std::as_const(reads))
            m_reads << r.id;
        // The administrator's sign-in makes the first key, sealed to the clerk.
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok());
        m_clerk = signIn(u"clerk"_s);
    }

    void theKeyIsCertifiedAndSealedToClerksOnly()
    {
        auto keys = EvidenceKeys(*m_admin).keys();
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 1);
        QVERIFY(keys->first().certified);
        QCOMPARE(keys->first().holders, QStringList{u"clerk"_s});
        // The administrator made it but cannot sign with it, nor can anyone else.
        QCOMPARE(EvidenceKeys(*m_admin).signer().error().code, ErrorCode::Denied);
        QVERIFY(EvidenceKeys(*m_clerk).signer().ok());
        // Not in the database in the clear: the private half is not among its bytes.
        const QByteArray privateKey =
            EvidenceKeys(*m_clerk).signer()->privateKey.toByteArrayUnsafe();
        QVERIFY(!readAll(m_path).contains(privateKey));
    }

    void aNewClerkReceivesTheKeyFromAClerk()
    {
        addUser(u"clerk2"_s, {Role::Records});
        auto second = signIn(u"clerk2"_s);
        QCOMPARE(EvidenceKeys(*second).signer().error().code, ErrorCode::Denied);
        m_clerk.reset();                 // one session per user
        auto first = signIn(u"clerk"_s); // hands it on
        QVERIFY(EvidenceKeys(*second).signer().ok());
        AuditFilter f;
        f.action = u"evidence-key-granted"_s;
        auto granted = trailOf(*m_admin).list(f);
        QVERIFY(granted.ok());
        QCOMPARE(granted->size(), 1);
        QCOMPARE(granted->first().username, u"clerk"_s);
        QCOMPARE(granted->first().object, u"user:clerk2"_s);
        m_clerk = std::move(first);
    }

    void exportWritesABagThatStockToolsVerify()
    {
        QTemporaryDir medium;
        int progressCalls = 0;
        EvidenceExport exporter(*m_clerk);
        exporter.setProgress([&](int, int, const QString&) { ++progressCalls; });
        auto made = exporter.exportPackage(request(medium.path()));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(progressCalls > 0);
        QCOMPARE(made->reads, 4);
        const QString bag = made->folder;
        QCOMPARE(QFileInfo(bag).fileName(), made->id);
        QVERIFY(made->id.startsWith(u"ev-"_s));
        // Nothing but the package on the medium: no hidden folder left.
        QCOMPARE(
            QDir(medium.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{made->id});

        const QStringList problems = checkBag(bag);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        const QStringList files = filesUnder(bag);
        for (const QString& f :
             {u"data/reads.csv"_s, u"data/reads.json"_s, u"data/report.pdf"_s,
              u"data/custody.csv"_s, u"data/audit-extract.jsonl"_s, u"tagmanifest-sha256.txt.sig"_s,
              u"tagmanifest-sha256.txt.sshsig"_s})
            QVERIFY2(files.contains(f), qPrintable(f));
        // The stored bytes exactly.
        auto stored = storeOf(*m_admin).reads().image(m_reads.first(), ImageKind::Plate);
        QVERIFY(stored.ok());
        QCOMPARE(readAll(bag + u"/data/images/%1-plate.jpg"_s.arg(m_reads.first())), *stored);
        QVERIFY(!files.contains(u"data/images/%1-overview.jpg"_s.arg(m_reads[2])));
        QVERIFY(readAll(bag + u"/data/report.pdf"_s).startsWith("%PDF-"));
        // Times in UTC and in the agency's zone.
        const QByteArray csv = readAll(bag + u"/data/reads.csv"_s);
        QVERIFY(csv.contains("2026-11-03T17:05:00Z"));
        QVERIFY(csv.contains("2026-11-03T09:05:00-08:00"));
        const QByteArray info = readAll(bag + u"/bag-info.txt"_s);
        QVERIFY(info.contains("Case-Number: 26-004211\n"));
        QVERIFY(info.contains("External-Identifier: " + made->id.toUtf8() + '\n'));
        QVERIFY(info.contains("Agency-Key-Fingerprint: " + made->keyFingerprint.toUtf8() + '\n'));

        // The stock commands of VERIFY.txt, as written there.
        const QString verify = QString::fromUtf8(readAll(bag + u"/VERIFY.txt"_s));
        QVERIFY(verify.contains(made->keyFingerprint));
        auto r = run(bag, u"sha256sum"_s, {u"-c"_s, u"manifest-sha256.txt"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        r = run(bag, u"sha256sum"_s, {u"-c"_s, u"tagmanifest-sha256.txt"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QStringList pkeyutl{u"pkeyutl"_s,  u"-verify"_s,
                                  u"-rawin"_s,   u"-pubin"_s,
                                  u"-inkey"_s,   u"agency-signing-key.pub.pem"_s,
                                  u"-in"_s,      u"tagmanifest-sha256.txt"_s,
                                  u"-sigfile"_s, u"tagmanifest-sha256.txt.sig"_s};
        QVERIFY(verify.contains(u"openssl "_s + pkeyutl.join(u' ')));
        r = run(bag, u"openssl"_s, pkeyutl);
        QVERIFY2(r.exitCode == 0 && r.out.contains("Signature Verified Successfully"),
                 r.out.constData());
        const QStringList sshKeygen{u"-Y"_s, u"verify"_s,
                                    u"-f"_s, u"allowed_signers"_s,
                                    u"-I"_s, u"agency"_s,
                                    u"-n"_s, u"alpr-evidence"_s,
                                    u"-s"_s, u"tagmanifest-sha256.txt.sshsig"_s};
        QVERIFY(verify.contains(u"ssh-keygen "_s + sshKeygen.join(u' ')));
        r = run(bag, u"ssh-keygen"_s, sshKeygen, u"tagmanifest-sha256.txt"_s);
        QVERIFY2(r.exitCode == 0, r.out.constData());

        // A changed image: sha256sum sees it; a changed manifest re-hashed
        // into the tag manifest: the signature no longer verifies.
        QFile image(bag + u"/data/images/%1-vehicle.jpg"_s.arg(m_reads.last()));
        QVERIFY(image.open(QIODevice::ReadWrite));
        image.seek(100);
        image.write("X");
        image.close();
        r = run(bag, u"sha256sum"_s, {u"-c"_s, u"manifest-sha256.txt"_s});
        QVERIFY(r.exitCode != 0 && r.out.contains("vehicle.jpg: FAILED"));
        QFile tagManifest(bag + u"/tagmanifest-sha256.txt"_s);
        QVERIFY(tagManifest.open(QIODevice::Append));
        tagManifest.write("0000000000000000000000000000000000000000000000000000000000000000  x\n");
        tagManifest.close();
        r = run(bag, u"openssl"_s, pkeyutl);
        QVERIFY(r.exitCode != 0);
        r = run(bag, u"ssh-keygen"_s, sshKeygen, u"tagmanifest-sha256.txt"_s);
        QVERIFY(r.exitCode != 0);

        // On record: started (before the writing) and success, with the
        // tag manifest's hash; the extract holds the start.
        auto package = EvidenceExport(*m_clerk).show(made->id);
        QVERIFY(package.ok());
        QCOMPARE(package->status, PackageStatus::Exported);
        QCOMPARE(package->readIds, m_reads);
        QCOMPARE(package->tagManifestSha256, made->tagManifestSha256);
        QList<AuditEvent> events;
        for (const AuditEvent& e : exportEvents())
            if (e.object == u"evidence:"_s + made->id)
                events << e;
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].outcome, u"started"_s);
        QCOMPARE(events[0].details.value(u"reads"_s).toArray().size(), 4);
        QCOMPARE(events[1].outcome, u"success"_s);
        QCOMPARE(events[1].details.value(u"tagmanifest_sha256"_s).toString(),
                 made->tagManifestSha256);
        const QByteArray extract = readAll(bag + u"/data/audit-extract.jsonl"_s);
        QVERIFY(extract.contains(events[0].hash.toLatin1()));
        QVERIFY(!extract.contains(events[1].hash.toLatin1()));
    }

    void refusedWithoutTheExportPermissionOrACase()
    {
        QTemporaryDir medium;
        auto detective = signIn(u"detective"_s);
        auto refused = EvidenceExport(*detective).exportPackage(request(medium.path()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        EvidenceRequest noCase = request(medium.path());
        noCase.caseNumber.clear();
        QVERIFY(!EvidenceExport(*m_clerk).exportPackage(noCase).ok());
        EvidenceRequest unknownRead = request(medium.path());
        unknownRead.readIds = {999999};
        auto missing = EvidenceExport(*m_clerk).exportPackage(unknownRead);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(u"999999"_s));
        QVERIFY(filesUnder(medium.path()).isEmpty());
    }

    void aByteChangedBeforeTheReadBackFailsTheExport()
    {
        QTemporaryDir medium;
        EvidenceExport exporter(*m_clerk);
        exporter.setBeforeReadBack([](const QString& folder) {
            QFile f(folder + u"/data/reads.csv"_s);
            if (f.open(QIODevice::ReadWrite)) {
                f.seek(3);
                f.write("#");
            }
        });
        const int before = int(exportEvents().size());
        auto made = exporter.exportPackage(request(medium.path()));
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Io);
        QVERIFY(made.error().message.contains(u"reads.csv"_s));
        QVERIFY(QDir(medium.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
        const QList<AuditEvent> events = exportEvents();
        QCOMPARE(events.size(), before + 2);
        QCOMPARE(events.last().outcome, u"failure"_s);
        auto packages = EvidenceExport(*m_clerk).list(1);
        QVERIFY(packages.ok());
        QCOMPARE(packages->first().status, PackageStatus::Failed);
    }

    void aCancelledExportLeavesNothing()
    {
        QTemporaryDir medium;
        EvidenceExport exporter(*m_clerk);
        exporter.setCancel([] { return true; });
        auto made = exporter.exportPackage(request(medium.path()));
        QCOMPARE(made.error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(medium.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
        QCOMPARE(exportEvents().last().outcome, u"failure"_s);
    }

    // A medium that fills up while the package is written (a tmpfs the
    // test mounts: CI runs as root).
    void aFullMediumLeavesNoFolderAndRecordsAFailure()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small file system needs root (CI runs as root)");
        QTemporaryDir medium;
        QVERIFY(::mount("tmpfs", QFile::encodeName(medium.path()).constData(), "tmpfs", 0,
                        "size=8m,mode=0700") == 0);
        const auto unmount = qScopeGuard(
            [&] { ::umount2(QFile::encodeName(medium.path()).constData(), MNT_DETACH); });
        EvidenceExport exporter(*m_clerk);
        bool filled = false;
        // Once the export has begun, something else takes the space left.
        exporter.setProgress([&](int, int, const QString&) {
            if (filled)
                return;
            filled = true;
            QFile hog(medium.path() + u"/hog"_s);
            if (hog.open(QIODevice::WriteOnly))
                while (hog.write(QByteArray(64 * 1024, 'x')) > 0) {
                }
        });
        auto made = exporter.exportPackage(request(medium.path()));
        QVERIFY(!made.ok());
        QVERIFY2(made.error().message.contains(u"full"_s), qPrintable(made.error().message));
        QCOMPARE(
            QDir(medium.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{u"hog"_s});
        QCOMPARE(exportEvents().last().outcome, u"failure"_s);
    }

    void aClerkWhoLeavesTakesNoKeyAlong()
    {
        auto before = EvidenceKeys(*m_admin).keys();
        QVERIFY(before.ok());
        QVERIFY(UserAdministration(*m_admin).disableUser(u"clerk2"_s).ok());
        // The administrator's next sign-in replaces the key clerk2 could open.
        QVERIFY(EvidenceKeys(*m_admin).maintain().ok());
        auto after = EvidenceKeys(*m_admin).keys();
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        QVERIFY(after->at(after->size() - 2).key.retired());
        QCOMPARE(after->last().holders, QStringList{u"clerk"_s});
        // Packages go on being signed, with the new key.
        m_clerk.reset();
        auto clerk = signIn(u"clerk"_s);
        QCOMPARE(EvidenceKeys(*clerk).signer()->key.id, after->last().key.id);
    }
};

} // namespace alpr

int main(int argc, char** argv)
{
    // The report is a PDF: fonts need a QGuiApplication (offscreen here).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    alpr::TestEvidenceExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evidenceexport.moc"
