// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/evidenceexport.h"

#include "audit/auditlog.h"
#include "auditing/auditexport.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/csv.h"
#include "common/readrecord.h"
#include "common/textinput.h"
#include "evidence/departmentevidence.h"
#include "evidence/evidencekeys.h"
#include "evidence/packagewriter.h"
#include "evidence/sshsig.h"
#include "hits/hitmatching.h"
#include "imaging/enhance.h"
#include "imaging/imagecodec.h"
#include "inquiry/searchrecord.h"
#include "store/inquiryrepository.h"
#include "store/readrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace alpr {

namespace {

// Reads shown with their images in the report; beyond them the report
// lists each read in the table of sightings and points to data/images/.
constexpr int kReportReadsWithImages = 50;
// Rows of the report's table of sightings; a package of more reads lists
// them all in data/reads.csv (laying out 10,000 rows took 20 s, for a
// 250-page table nobody reads on paper).
constexpr int kReportSightings = 500;
// A rough size of the package beyond its images, per read (CSV, JSON, report).
constexpr qint64 kBytesPerReadBesidesImages = 4096;
constexpr qint64 kFixedBytes = 2 * 1024 * 1024;

const QString kNamespace = QStringLiteral("alpr-evidence");

const QList<ImageKind>& imageKinds()
{
    static const QList<ImageKind> kinds{ImageKind::Plate, ImageKind::Vehicle, ImageKind::Overview};
    return kinds;
}

QString imageFile(qint64 readId, ImageKind kind)
{
    return QStringLiteral("data/images/%1-%2.jpg").arg(readId).arg(imageKindName(kind));
}

QString derivativeFile(qint64 readId, ImageKind kind)
{
    return QStringLiteral("data/derivatives/%1-%2.enhanced-for-reading.png")
        .arg(readId)
        .arg(imageKindName(kind));
}

QString packageId(const QDate& localDate)
{
    return QStringLiteral("ev-%1-%2")
        .arg(localDate.toString(QStringLiteral("yyyyMMdd")),
             QString::fromLatin1(crypto::randomBytesPublic(4).toHex()));
}

QString optionalNumber(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString candidatesText(const QList<PlateCandidate>& candidates)
{
    QStringList parts;
    for (const PlateCandidate& c : candidates)
        parts << QStringLiteral("%1:%2").arg(c.plate).arg(c.confidence, 0, 'f', 1);
    return parts.join(QLatin1Char(' '));
}

// A bag-info.txt value on one line, whatever was typed (RFC 8493 2.2.2
// allows folding; one line is simpler to read and to check).
QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return out.simplified();
}

QByteArray manifestText(const QList<WrittenFile>& files, bool sha512)
{
    QList<WrittenFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const WrittenFile& a, const WrittenFile& b) { return a.path < b.path; });
    QByteArray out;
    for (const WrittenFile& f : std::as_const(sorted))
        out += (sha512 ? f.sha512 : f.sha256).toHex() + "  " + f.path.toUtf8() + '\n';
    return out;
}

struct Context
{
    QString id;
    AgencySettings agency;
    QTimeZone zone;
    QString username;
    QString fullName;
    QString caseNumber;
    QString purpose;
    QString source;      // "reads", "hit:12"
    QString sourceText;  // for the report
    QDateTime startedAt; // UTC
    QString keyFingerprint;
    QString rootFingerprint;
    QString principal; // in allowed_signers
    QString release;   // the approved release request, described; empty when none
};

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString localText(const Context& c, const QDateTime& t)
{
    return t.toTimeZone(c.zone).toString(Qt::ISODate);
}

QByteArray readsCsv(const Context& c, const QList<ReadRecord>& reads,
                    const QHash<qint64, QList<ImageKind>>& kinds)
{
    QByteArray out = csvLine({QStringLiteral("read_id"),
                              QStringLiteral("plate"),
                              QStringLiteral("state"),
                              QStringLiteral("captured_at_utc"),
                              QStringLiteral("captured_at_local"),
                              QStringLiteral("time_zone"),
                              QStringLiteral("camera_code"),
                              QStringLiteral("camera_name"),
                              QStringLiteral("latitude"),
                              QStringLiteral("longitude"),
                              QStringLiteral("confidence"),
                              QStringLiteral("alternative_readings"),
                              QStringLiteral("make"),
                              QStringLiteral("model"),
                              QStringLiteral("color"),
                              QStringLiteral("body"),
                              QStringLiteral("source_kind"),
                              QStringLiteral("external_id"),
                              QStringLiteral("plate_corners"),
                              QStringLiteral("plate_image"),
                              QStringLiteral("vehicle_image"),
                              QStringLiteral("overview_image")})
                         .toUtf8();
    for (const ReadRecord& r : reads) {
        const QList<ImageKind> have = kinds.value(r.id);
        const auto file = [&](ImageKind k) {
            return have.contains(k) ? imageFile(r.id, k) : QString();
        };
        out += csvLine({QString::number(r.id),
                        r.plate,
                        r.state,
                        utcText(r.capturedAt),
                        localText(c, r.capturedAt),
                        c.agency.timeZone,
                        r.cameraCode,
                        r.cameraName,
                        optionalNumber(r.latitude, 6),
                        optionalNumber(r.longitude, 6),
                        QString::number(r.confidence, 'f', 1),
                        candidatesText(r.candidates),
                        r.make,
                        r.model,
                        r.color,
                        r.body,
                        sourceKindName(r.sourceKind),
                        r.externalId,
                        cornersToText(r.plateCorners),
                        file(ImageKind::Plate),
                        file(ImageKind::Vehicle),
                        file(ImageKind::Overview)})
                   .toUtf8();
    }
    return out;
}

QJsonObject readJson(const Context& c, const ReadRecord& r, const QList<WrittenFile>& images)
{
    QJsonArray candidates;
    for (const PlateCandidate& p : r.candidates)
        candidates.append(QJsonObject{{QStringLiteral("plate"), p.plate},
                                      {QStringLiteral("confidence"), p.confidence}});
    QJsonArray files;
    for (const WrittenFile& f : images)
        files.append(
            QJsonObject{{QStringLiteral("file"), f.path},
                        {QStringLiteral("bytes"), f.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())}});
    QJsonObject o{{QStringLiteral("read_id"), r.id},
                  {QStringLiteral("plate"), r.plate},
                  {QStringLiteral("state"), r.state},
                  {QStringLiteral("captured_at_utc"), utcText(r.capturedAt)},
                  {QStringLiteral("captured_at_local"), localText(c, r.capturedAt)},
                  {QStringLiteral("time_zone"), c.agency.timeZone},
                  {QStringLiteral("camera_code"), r.cameraCode},
                  {QStringLiteral("camera_name"), r.cameraName},
                  {QStringLiteral("confidence"), r.confidence},
                  {QStringLiteral("alternative_readings"), candidates},
                  {QStringLiteral("make"), r.make},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("color"), r.color},
                  {QStringLiteral("body"), r.body},
                  {QStringLiteral("source_kind"), sourceKindName(r.sourceKind)},
                  {QStringLiteral("external_id"), r.externalId},
                  {QStringLiteral("plate_corners"), cornersToText(r.plateCorners)},
                  {QStringLiteral("images"), files}};
    o.insert(QStringLiteral("latitude"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue());
    o.insert(QStringLiteral("longitude"), r.longitude ? QJsonValue(*r.longitude) : QJsonValue());
    return o;
}

QString verifyText(const Context& c)
{
    const QString fp = c.keyFingerprint;
    return EvidenceExport::tr(
               "HOW TO VERIFY THIS EVIDENCE PACKAGE\n"
               "\n"
               "Package %1, exported by %2 for %3 (case %4).\n"
               "\n"
               "This folder is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed "
               "with its SHA-256 in manifest-sha256.txt (and its SHA-512 in "
               "manifest-sha512.txt); the files beside them are listed in "
               "tagmanifest-sha256.txt, which the agency's evidence key signed. Run the "
               "commands below in this folder. Each must report every file OK (or "
               "\"Verified\"), and no file may exist under data/ that the manifest does not "
               "list.\n"
               "\n"
               "1. Compare the key with the one the agency publishes. A signature proves who "
               "made the package only when the key is the agency's. The fingerprint of the "
               "key in agency-signing-key.pub.pem is:\n"
               "     %5\n"
               "   Ask the agency for its evidence key fingerprint and compare every group.\n"
               "   (The agency's root key, which certified it: %6.)\n"
               "\n"
               "LINUX (coreutils, OpenSSL 3.0 or later, OpenSSH 8.1 or later)\n"
               "  sha256sum -c manifest-sha256.txt\n"
               "  sha256sum -c tagmanifest-sha256.txt\n"
               "  openssl pkeyutl -verify -rawin -pubin -inkey agency-signing-key.pub.pem "
               "-in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig\n"
               "  (OpenSSL 3.0 needs both -rawin and -sigfile; it prints \"Signature Verified "
               "Successfully\".)\n"
               "\n"
               "MAC (macOS ships LibreSSL, which has no Ed25519: use OpenSSH, below)\n"
               "  shasum -a 256 -c manifest-sha256.txt\n"
               "  shasum -a 256 -c tagmanifest-sha256.txt\n"
               "\n"
               "ANYWHERE WITH OPENSSH 8.1 OR LATER (Linux, macOS, Windows 10 and later)\n"
               "  ssh-keygen -Y verify -f allowed_signers -I %7 -n %8 -s "
               "tagmanifest-sha256.txt.sshsig < tagmanifest-sha256.txt\n"
               "  (It prints \"Good \"%8\" signature for %7\".) allowed_signers holds the same "
               "key as agency-signing-key.pub.pem; compare its fingerprint as in step 1: "
               "ssh-keygen -l -f allowed_signers does not read that file, so compare the "
               "PEM key.\n"
               "\n"
               "WINDOWS POWERSHELL (not tested by the makers of this package)\n"
               "  Get-Content manifest-sha256.txt | ForEach-Object {\n"
               "    $h, $f = $_ -split '  ', 2\n"
               "    if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h.ToUpper()) "
               "{ \"FAILED: $f\" } else { \"OK: $f\" } }\n"
               "  Repeat with tagmanifest-sha256.txt, and check the signature with ssh-keygen "
               "as above.\n"
               "\n"
               "With the agency's software: alprctl evidence verify FOLDER --fingerprint "
               "\"%5\"\n")
        .arg(c.id, c.username, c.agency.name.isEmpty() ? c.agency.ori : c.agency.name, c.caseNumber,
             fp, c.rootFingerprint.isEmpty() ? EvidenceExport::tr("not known") : c.rootFingerprint,
             c.principal, kNamespace);
}

QByteArray bagInfo(const Context& c, qint64 payloadBytes, int payloadFiles, int readCount)
{
    QList<QPair<QString, QString>> labels;
    labels.append({QStringLiteral("Source-Organization"),
                   c.agency.name.isEmpty() ? c.agency.ori : c.agency.name});
    if (!c.agency.address.isEmpty())
        labels.append({QStringLiteral("Organization-Address"), c.agency.address});
    if (!c.agency.contact.isEmpty())
        labels.append({QStringLiteral("Contact-Phone"), c.agency.contact});
    labels.append({QStringLiteral("Contact-Name"),
                   c.fullName.isEmpty() ? c.username
                                        : QStringLiteral("%1 (%2)").arg(c.fullName, c.username)});
    labels.append({QStringLiteral("External-Identifier"), c.id});
    labels.append({QStringLiteral("External-Description"),
                   QStringLiteral("%1 ALPR read(s) exported as evidence for case %2")
                       .arg(readCount)
                       .arg(c.caseNumber)});
    labels.append({QStringLiteral("Bagging-Date"),
                   c.startedAt.toTimeZone(c.zone).date().toString(Qt::ISODate)});
    labels.append({QStringLiteral("Payload-Oxum"),
                   QStringLiteral("%1.%2").arg(payloadBytes).arg(payloadFiles)});
    labels.append({QStringLiteral("Bag-Software-Agent"),
                   QStringLiteral("ALPR Workstation %1").arg(QStringLiteral(ALPR_VERSION))});
    labels.append({QStringLiteral("Case-Number"), c.caseNumber});
    labels.append({QStringLiteral("Purpose"), c.purpose});
    labels.append({QStringLiteral("Exported-By"), c.username});
    labels.append({QStringLiteral("Export-Time"), utcText(c.startedAt)});
    labels.append({QStringLiteral("Reads-Chosen-By"), c.source});
    if (!c.release.isEmpty())
        labels.append({QStringLiteral("Release-Request"), c.release});
    if (!c.agency.ori.isEmpty())
        labels.append({QStringLiteral("Agency-ORI"), c.agency.ori});
    labels.append({QStringLiteral("Agency-Key-Fingerprint"), c.keyFingerprint});
    if (!c.rootFingerprint.isEmpty())
        labels.append({QStringLiteral("Agency-Root-Key-Fingerprint"), c.rootFingerprint});
    QByteArray out;
    for (const auto& [label, value] : std::as_const(labels))
        out += label.toUtf8() + ": " + oneLine(value).toUtf8() + '\n';
    return out;
}

QByteArray custodyCsv(const Context& c, const QString& target)
{
    QByteArray out =
        csvLine({QStringLiteral("entry"), QStringLiteral("time_utc"), QStringLiteral("time_local"),
                 QStringLiteral("event"), QStringLiteral("by"), QStringLiteral("to"),
                 QStringLiteral("item"), QStringLiteral("note")})
            .toUtf8();
    out += csvLine({QStringLiteral("1"), utcText(c.startedAt), localText(c, c.startedAt),
                    QStringLiteral("exported"), c.username, target, QString(),
                    QStringLiteral("package %1 for case %2").arg(c.id, c.caseNumber)})
               .toUtf8();
    return out;
}

} // namespace

namespace {

// The human report: what was exported, why, by whom, how the reads were
// found, each read (the first kReportReadsWithImages with their images), the
// sightings, and how to check the package.
Result<QByteArray> reportPdf(const Context& c, const QList<ReadRecord>& reads,
                             const std::function<QByteArray(qint64, ImageKind)>& imageOf)
{
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(EvidenceExport::tr("ALPR evidence package %1").arg(c.id)));
    const auto row = [&esc](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    html += QStringLiteral("<table cellpadding='2'>");
    html += row(EvidenceExport::tr("Agency"), c.agency.heading());
    html += row(EvidenceExport::tr("Case number"), c.caseNumber);
    html += row(EvidenceExport::tr("Purpose"), c.purpose);
    html += row(EvidenceExport::tr("Exported by"),
                c.fullName.isEmpty() ? c.username
                                     : QStringLiteral("%1 (%2)").arg(c.fullName, c.username));
    html += row(EvidenceExport::tr("Exported at"),
                QStringLiteral("%1 (%2, %3)")
                    .arg(localText(c, c.startedAt), c.agency.timeZone, utcText(c.startedAt)));
    html += row(EvidenceExport::tr("Reads chosen by"), c.sourceText);
    if (!c.release.isEmpty())
        html += row(EvidenceExport::tr("Released under"), c.release);
    html += row(EvidenceExport::tr("Reads"), QString::number(reads.size()));
    html += row(EvidenceExport::tr("Evidence key fingerprint"), c.keyFingerprint);
    html += row(EvidenceExport::tr("Agency root key fingerprint"), c.rootFingerprint);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(EvidenceExport::tr("Sightings")));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>");
    for (const QString& h :
         {EvidenceExport::tr("Read"), EvidenceExport::tr("Plate"), EvidenceExport::tr("State"),
          EvidenceExport::tr("Captured (local)"), EvidenceExport::tr("Camera"),
          EvidenceExport::tr("Location"), EvidenceExport::tr("Confidence")})
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const ReadRecord& r : reads.mid(0, kReportSightings)) {
        const QString place =
            r.latitude && r.longitude
                ? QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 5).arg(*r.longitude, 0, 'f', 5)
                : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                               "td><td>%7</td></tr>")
                    .arg(r.id)
                    .arg(esc(r.plate), esc(r.state), esc(localText(c, r.capturedAt)),
                         esc(r.cameraName.isEmpty() ? r.cameraCode : r.cameraName), esc(place),
                         QString::number(r.confidence, 'f', 1));
    }
    html += QStringLiteral("</table>");
    if (reads.size() > kReportSightings)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(EvidenceExport::tr("The first %1 of %2 sightings; every one is in "
                                                "data/reads.csv and data/reads.json.")
                                 .arg(kReportSightings)
                                 .arg(reads.size())));

    int shown = 0;
    for (const ReadRecord& r : reads) {
        if (shown++ >= kReportReadsWithImages) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(EvidenceExport::tr("The images of the other %1 reads are in "
                                                    "data/images/, named by read id.")
                                     .arg(reads.size() - kReportReadsWithImages)));
            break;
        }
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(EvidenceExport::tr("Read %1: %2 %3").arg(r.id).arg(r.plate, r.state)));
        html += QStringLiteral("<table cellpadding='1'>");
        html += row(
            EvidenceExport::tr("Captured"),
            QStringLiteral("%1 (UTC %2)").arg(localText(c, r.capturedAt), utcText(r.capturedAt)));
        html += row(EvidenceExport::tr("Camera"),
                    QStringLiteral("%1 (%2)").arg(r.cameraName, r.cameraCode));
        html +=
            row(EvidenceExport::tr("Vehicle"),
                QStringList{r.color, r.make, r.model, r.body}.join(QLatin1Char(' ')).simplified());
        if (!r.candidates.isEmpty())
            html += row(EvidenceExport::tr("Alternative readings"), candidatesText(r.candidates));
        html += QStringLiteral("</table><p>");
        for (ImageKind kind : imageKinds()) {
            const QByteArray bytes = imageOf(r.id, kind);
            if (bytes.isEmpty())
                continue;
            auto image = decodeImage(bytes);
            if (!image)
                continue;
            const QString url = QStringLiteral("img:%1-%2").arg(r.id).arg(imageKindName(kind));
            doc.addResource(QTextDocument::ImageResource, QUrl(url), *image);
            const int width = kind == ImageKind::Plate ? 160 : 240;
            html += QStringLiteral("<img src='%1' width='%2'> ").arg(url).arg(width);
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                .arg(esc(EvidenceExport::tr("How to verify")), esc(verifyText(c)));
    doc.setHtml(html);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(EvidenceExport::tr("ALPR evidence package %1").arg(c.id));
        writer.setCreator(QStringLiteral("ALPR Workstation"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        doc.print(&writer);
    }
    return buffer.data();
}

} // namespace

namespace {

// The end of an export, as its source records it.
struct PackageEnd
{
    bool exported = false;
    QString failure;
    qint64 payloadBytes = 0;
    int payloadFiles = 0;
    QString tagManifestSha256;
};

struct Signatures
{
    QByteArray ed25519; // tagmanifest-sha256.txt.sig
    QByteArray sshsig;  // tagmanifest-sha256.txt.sshsig, armored
};

// Where a package's reads come from, who records the export and who signs
// it: the store file (with the clerk's own copy of the evidence key) or the
// department store's server (which keeps the key and signs for the clerk).
class PackageSource
{
public:
    virtual ~PackageSource() = default;
    // Checks the request and records the export's start; fills in the
    // context, the reads (by id), their images' bytes and the public key.
    virtual Result<void> start(const EvidenceRequest& request, Context& c, QList<ReadRecord>& reads,
                               qint64& imageBytes) = 0;
    // One image as stored; NotFound when the read has none of that kind.
    virtual Result<QByteArray> image(qint64 readId, ImageKind kind) = 0;
    // The trail's events under the case that concern these reads, and the
    // export's own start.
    virtual Result<QList<AuditEvent>> auditExtract(const Context& c,
                                                   const QList<qint64>& readIds) = 0;
    virtual Result<Signatures> sign(const QByteArray& manifest, const QByteArray& tagManifest) = 0;
    virtual Result<void> finish(const Context& c, const PackageEnd& end) = 0;

    QByteArray publicKey;
};

bool fontsLoaded()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Error noFonts()
{
    return makeError(ErrorCode::Internal, EvidenceExport::tr("This program cannot lay out the "
                                                             "report (it has no fonts loaded)."));
}

QJsonObject endDetails(const Context& c, const PackageEnd& end, int reads)
{
    if (!end.exported)
        return {{QStringLiteral("case"), c.caseNumber},
                {QStringLiteral("package"), c.id},
                {QStringLiteral("reason"), end.failure}};
    return {{QStringLiteral("case"), c.caseNumber},
            {QStringLiteral("purpose"), c.purpose},
            {QStringLiteral("package"), c.id},
            {QStringLiteral("reads"), reads},
            {QStringLiteral("payload_bytes"), end.payloadBytes},
            {QStringLiteral("payload_files"), end.payloadFiles},
            {QStringLiteral("tagmanifest_sha256"), end.tagManifestSha256},
            {QStringLiteral("key_fingerprint"), c.keyFingerprint}};
}

// The store file: the checks, the records and the key are the workstation's.
class FileSource final : public PackageSource
{
public:
    explicit FileSource(Session& session) : m_session(session), m_store(storeOf(session)) {}

    Result<void> start(const EvidenceRequest& request, Context& c, QList<ReadRecord>& reads,
                       qint64& imageBytes) override
    {
        // How the reads were chosen, for the record and the report.
        QList<qint64> ids = request.readIds;
        c.source = request.hitId > 0 ? QStringLiteral("hit:%1").arg(request.hitId)
                                     : QStringLiteral("reads");
        QJsonObject query{{QStringLiteral("source"), c.source},
                          {QStringLiteral("reads"), qint64(ids.size())},
                          {QStringLiteral("target"), request.target},
                          {QStringLiteral("derivatives"), request.derivatives}};
        SearchAccess access{QStringLiteral("evidence-export"),
                            Action::Export,
                            c.caseNumber,
                            c.purpose,
                            query,
                            QString(),
                            0,
                            QJsonObject()};
        if (auto r = checkSearchAllowed(m_session, access); !r)
            return r.error();
        if (!fontsLoaded())
            return noFonts();

        if (request.hitId > 0) {
            auto hit = visibleHitRecord(m_session, request.hitId);
            if (!hit)
                return hit.error();
            if (!hit->has_value())
                return makeError(ErrorCode::NotFound,
                                 EvidenceExport::tr("There is no hit %1.").arg(request.hitId));
            ids = {hit->value().readId};
            c.sourceText = EvidenceExport::tr("the read of hit %1 (%2 on the list %3)")
                               .arg(request.hitId)
                               .arg(hit->value().matchedPlate,
                                    hit->value().snapshot.value(QStringLiteral("list")).toString());
        } else if (request.searchId > 0) {
            // Only one of this user's own searches; its query is in the audit
            // extract (the search event under this case).
            auto search = m_store.inquiries().searchOf(request.searchId, c.username);
            if (!search)
                return search.error();
            if (!search->has_value())
                return makeError(ErrorCode::NotFound,
                                 EvidenceExport::tr("Search %1 is not one of your searches.")
                                     .arg(request.searchId));
            c.source = QStringLiteral("search:%1").arg(request.searchId);
            c.sourceText =
                EvidenceExport::tr("chosen from the results of search %1 (case %2, purpose %3; "
                                   "its query is in data/audit-extract.jsonl)")
                    .arg(request.searchId)
                    .arg(search->value().caseNumber, search->value().purpose);
        } else {
            c.sourceText = EvidenceExport::tr("chosen by read id");
        }
        if (request.releaseId > 0) {
            // Only an approved request; a refused or pending one shares nothing.
            auto release = m_store.evidence().release(request.releaseId);
            if (!release)
                return release.error();
            if (!release->has_value())
                return makeError(
                    ErrorCode::NotFound,
                    EvidenceExport::tr("There is no release request %1.").arg(request.releaseId));
            const ReleaseRequest& r = release->value();
            if (r.status != QLatin1String("approved"))
                return makeError(ErrorCode::Denied,
                                 EvidenceExport::tr("Release request %1 is %2: only an approved "
                                                    "request may be fulfilled.")
                                     .arg(r.id)
                                     .arg(r.status));
            c.release = QStringLiteral("%1 (%2, %3; %4; approved by %5 on %6)")
                            .arg(r.id)
                            .arg(r.agency, r.agencyType, r.requester, r.decidedBy,
                                 r.decidedAt.toUTC().toString(Qt::ISODate));
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (ids.isEmpty())
            return makeError(ErrorCode::Invalid,
                             EvidenceExport::tr("Name at least one read to export."));
        const std::vector<qint64> idVector(ids.cbegin(), ids.cend());
        auto fetched = m_store.reads().fetch(idVector);
        if (!fetched)
            return fetched.error();
        if (fetched->size() != ids.size()) {
            QSet<qint64> found;
            for (const ReadRecord& r : std::as_const(*fetched))
                found.insert(r.id);
            QStringList missing;
            for (qint64 id : std::as_const(ids))
                if (!found.contains(id))
                    missing << QString::number(id);
            return makeError(ErrorCode::NotFound,
                             EvidenceExport::tr("There is no read %1 in the store.")
                                 .arg(missing.mid(0, 10).join(QStringLiteral(", "))));
        }
        reads = std::move(*fetched);

        EvidenceKeys keys(m_session);
        auto signer = keys.signer();
        if (!signer)
            return signer.error();
        m_signer.emplace(std::move(*signer));
        publicKey = m_signer->key.publicKey;
        c.keyFingerprint = crypto::fingerprint(publicKey);
        c.rootFingerprint = keys.rootFingerprint();
        c.startedAt = m_session.clock().now().toUTC();
        c.id = packageId(c.startedAt.toTimeZone(c.zone).date());

        auto bytes = m_store.reads().imageBytes(idVector);
        if (!bytes)
            return bytes.error();
        imageBytes = *bytes;

        // On record before any byte of a read reaches the medium.
        m_package.id = c.id;
        m_package.caseNumber = c.caseNumber;
        m_package.purpose = c.purpose;
        m_package.exportedBy = c.username;
        m_package.startedAt = c.startedAt;
        m_package.source = c.source;
        m_package.folder = QDir(QFileInfo(request.target).absoluteFilePath()).filePath(c.id);
        m_package.keyId = m_signer->key.id;
        m_package.readIds = ids;
        m_package.releaseId = request.releaseId;
        QJsonArray readArray;
        for (qint64 id : std::as_const(ids))
            readArray.append(id);
        QJsonObject details{{QStringLiteral("case"), c.caseNumber},
                            {QStringLiteral("purpose"), c.purpose},
                            {QStringLiteral("organization"), m_session.user().organization},
                            {QStringLiteral("package"), c.id},
                            {QStringLiteral("source"), c.source},
                            {QStringLiteral("reads"), readArray},
                            {QStringLiteral("folder"), m_package.folder},
                            {QStringLiteral("key_fingerprint"), c.keyFingerprint},
                            {QStringLiteral("derivatives"), request.derivatives}};
        if (request.releaseId > 0)
            details.insert(QStringLiteral("release"), request.releaseId);
        return m_store.evidence().startPackage(
            m_package, trailOf(m_session),
            TrailEntry{c.username, QStringLiteral("evidence-export"), object(c), details,
                       QStringLiteral("started")});
    }

    Result<QByteArray> image(qint64 readId, ImageKind kind) override
    {
        return m_store.reads().image(readId, kind);
    }

    Result<QList<AuditEvent>> auditExtract(const Context& c, const QList<qint64>& readIds) override
    {
        AuditFilter filter;
        filter.caseNumber = c.caseNumber;
        auto events = trailOf(m_session).list(filter);
        if (!events)
            return events.error();
        QSet<QString> objects;
        for (qint64 id : readIds)
            objects.insert(QStringLiteral("read:%1").arg(id));
        QList<AuditEvent> out;
        for (const AuditEvent& e : std::as_const(*events)) {
            const bool found =
                e.action == QLatin1String("search") || e.action == QLatin1String("canvass");
            const bool concerns =
                objects.contains(e.object) ||
                (e.object == object(c) && e.action == QLatin1String("evidence-export"));
            if (found || concerns)
                out.append(e);
        }
        return out;
    }

    Result<Signatures> sign(const QByteArray&, const QByteArray& tagManifest) override
    {
        auto signature = crypto::ed25519Sign(m_signer->privateKey, tagManifest);
        if (!signature)
            return signature.error();
        auto sshsig = evidence::sshsigSign(m_signer->privateKey, tagManifest, kNamespace);
        if (!sshsig)
            return sshsig.error();
        return Signatures{*signature, *sshsig};
    }

    Result<void> finish(const Context& c, const PackageEnd& end) override
    {
        m_package.status = end.exported ? PackageStatus::Exported : PackageStatus::Failed;
        m_package.finishedAt = m_session.clock().now();
        m_package.failure = end.failure;
        m_package.payloadBytes = end.payloadBytes;
        m_package.payloadFiles = end.payloadFiles;
        m_package.tagManifestSha256 = end.tagManifestSha256;
        return m_store.evidence().finishPackage(
            m_package, trailOf(m_session),
            TrailEntry{c.username, QStringLiteral("evidence-export"), object(c),
                       endDetails(c, end, int(m_package.readIds.size())),
                       end.exported ? QStringLiteral("success") : QStringLiteral("failure")});
    }

private:
    static QString object(const Context& c) { return QStringLiteral("evidence:%1").arg(c.id); }

    Session& m_session;
    Store& m_store;
    std::optional<EvidenceKeys::Signer> m_signer;
    EvidencePackage m_package;
};

// The department store: the server checks, records, chooses the reads and
// signs with the agency's evidence key, which never leaves it.
class DepartmentSource final : public PackageSource
{
public:
    explicit DepartmentSource(Session& session) : m_session(session) {}

    Result<void> start(const EvidenceRequest& request, Context& c, QList<ReadRecord>& reads,
                       qint64& imageBytes) override
    {
        if (!fontsLoaded())
            return noFonts();
        auto started = departmentevidence::start(m_session, request, c.caseNumber, c.purpose);
        if (!started)
            return started.error();
        m_package = started->id;
        c.id = started->id;
        c.startedAt = started->startedAt;
        c.source = started->source;
        c.sourceText = started->sourceText;
        c.release = started->release;
        publicKey = started->publicKey;
        c.keyFingerprint = crypto::fingerprint(publicKey);
        c.rootFingerprint = crypto::fingerprint(started->rootPublic);
        reads = std::move(started->reads);
        imageBytes = started->imageBytes;
        return {};
    }

    Result<QByteArray> image(qint64 readId, ImageKind kind) override
    {
        return departmentevidence::image(m_session, m_package, readId, kind);
    }

    Result<QList<AuditEvent>> auditExtract(const Context&, const QList<qint64>&) override
    {
        return departmentevidence::auditExtract(m_session, m_package);
    }

    Result<Signatures> sign(const QByteArray& manifest, const QByteArray& tagManifest) override
    {
        auto signed_ = departmentevidence::sign(m_session, m_package, manifest, tagManifest);
        if (!signed_)
            return signed_.error();
        return Signatures{signed_->ed25519,
                          evidence::sshsigArmor(publicKey, signed_->sshsig, kNamespace)};
    }

    Result<void> finish(const Context&, const PackageEnd& end) override
    {
        QJsonObject json{{QStringLiteral("status"),
                          end.exported ? QStringLiteral("exported") : QStringLiteral("failed")}};
        if (end.exported) {
            json.insert(QStringLiteral("payload_bytes"), end.payloadBytes);
            json.insert(QStringLiteral("payload_files"), end.payloadFiles);
            json.insert(QStringLiteral("tagmanifest_sha256"), end.tagManifestSha256);
        } else {
            json.insert(QStringLiteral("reason"), end.failure);
        }
        return departmentevidence::finish(m_session, m_package, json);
    }

private:
    Session& m_session;
    QString m_package;
};

} // namespace

Result<ExportedPackage> EvidenceExport::exportPackage(const EvidenceRequest& request)
{
    Context c;
    c.username = m_session.user().username;
    c.fullName = m_session.user().fullName;
    c.caseNumber = request.caseNumber.trimmed();
    c.purpose = request.purpose.trimmed();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    c.agency = *agency;
    c.zone = QTimeZone(agency->timeZone.toUtf8());
    c.principal = agency->ori.isEmpty() ? QStringLiteral("agency") : agency->ori;

    std::unique_ptr<PackageSource> source;
    if (m_session.isDepartment())
        source = std::make_unique<DepartmentSource>(m_session);
    else
        source = std::make_unique<FileSource>(m_session);
    QList<ReadRecord> reads;
    qint64 imageBytes = 0;
    if (auto r = source->start(request, c, reads, imageBytes); !r)
        return r.error();
    QList<qint64> ids;
    for (const ReadRecord& r : std::as_const(reads))
        ids.append(r.id);
    const qint64 estimate = imageBytes * (request.derivatives ? 3 : 1) + kFixedBytes +
                            kBytesPerReadBesidesImages * ids.size();

    // From here every way out records how the export ended: a medium that
    // is missing, full or faulty is a failed export.
    std::optional<PackageWriter> writer;
    const auto failed = [&](const Error& error) -> Error {
        if (writer)
            writer->discard();
        PackageEnd end;
        end.failure = error.message;
        (void)source->finish(c, end);
        return error;
    };
    if (auto begun = PackageWriter::begin(request.target, c.id, estimate); begun)
        writer.emplace(std::move(*begun));
    else
        return failed(begun.error());
    const int totalFiles = int(ids.size()) * (request.derivatives ? 6 : 3) + 16;
    int done = 0;
    const auto step = [&](const QString& stage) -> Result<void> {
        ++done;
        if (m_progress)
            m_progress(std::min(done, totalFiles), totalFiles, stage);
        if (m_cancelled && m_cancelled())
            return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
        return {};
    };

    // The images, exactly as stored, one read at a time.
    QHash<qint64, QList<ImageKind>> kindsOf;

    const QString writingImages = tr("Writing the images");
    for (const ReadRecord& r : std::as_const(reads)) {
        for (ImageKind kind : imageKinds()) {
            auto bytes = source->image(r.id, kind);
            if (!bytes) {
                if (bytes.error().code == ErrorCode::NotFound)
                    continue;
                return failed(bytes.error());
            }
            if (auto w = writer->write(imageFile(r.id, kind), *bytes); !w)
                return failed(w.error());
            kindsOf[r.id].append(kind);
            if (request.derivatives) {
                if (auto decoded = decodeImage(*bytes)) {
                    if (auto enhanced = enhanceForReading(*decoded)) {
                        QBuffer png;
                        png.open(QIODevice::WriteOnly);
                        enhanced->save(&png, "PNG");
                        auto d = writer->write(derivativeFile(r.id, kind), png.data());
                        if (!d)
                            return failed(d.error());
                    }
                }
            }
            if (auto s = step(writingImages); !s)
                return failed(s.error());
        }
    }

    if (auto w = writer->write(QStringLiteral("data/reads.csv"), readsCsv(c, reads, kindsOf)); !w)
        return failed(w.error());
    {
        // Each read's images with their digests, by the id in their names.
        QHash<qint64, QList<WrittenFile>> imagesOf;
        const QString images = QStringLiteral("data/images/");
        for (const WrittenFile& f : writer->files())
            if (f.path.startsWith(images))
                imagesOf[f.path.mid(images.size()).section(QLatin1Char('-'), 0, 0).toLongLong()]
                    .append(f);
        QJsonArray array;
        for (const ReadRecord& r : std::as_const(reads))
            array.append(readJson(c, r, imagesOf.value(r.id)));
        QJsonObject doc{{QStringLiteral("package"), c.id},
                        {QStringLiteral("case"), c.caseNumber},
                        {QStringLiteral("purpose"), c.purpose},
                        {QStringLiteral("time_zone"), c.agency.timeZone},
                        {QStringLiteral("reads"), array}};
        if (auto w = writer->write(QStringLiteral("data/reads.json"),
                                   QJsonDocument(doc).toJson(QJsonDocument::Indented));
            !w)
            return failed(w.error());
    }
    if (auto s = step(tr("Writing the reads")); !s)
        return failed(s.error());

    // The trail's events that concern these reads, each with its hash and
    // signature, so that 'alprctl audit verify --extract' proves them part
    // of the trail.
    {
        auto events = source->auditExtract(c, ids);
        if (!events)
            return failed(events.error());
        QByteArray jsonl;
        for (const AuditEvent& e : std::as_const(*events))
            jsonl += QJsonDocument(auditEventJson(e)).toJson(QJsonDocument::Compact) + '\n';
        if (auto w = writer->write(QStringLiteral("data/audit-extract.jsonl"), jsonl); !w)
            return failed(w.error());
    }
    if (auto w =
            writer->write(QStringLiteral("data/custody.csv"), custodyCsv(c, writer->finalFolder()));
        !w)
        return failed(w.error());
    {
        auto pdf = reportPdf(c, reads, [&source](qint64 id, ImageKind kind) {
            auto bytes = source->image(id, kind);
            return bytes ? *bytes : QByteArray();
        });
        if (!pdf)
            return failed(pdf.error());
        if (auto w = writer->write(QStringLiteral("data/report.pdf"), *pdf); !w)
            return failed(w.error());
    }
    if (auto s = step(tr("Writing the report")); !s)
        return failed(s.error());

    // The tag files, the manifests and the signatures.
    const QList<WrittenFile> payload = writer->files(); // a copy: more files follow
    qint64 payloadBytes = 0;
    for (const WrittenFile& f : payload)
        payloadBytes += f.size;
    const QByteArray manifest = manifestText(payload, false);
    const QByteArray publicPem = crypto::ed25519PublicKeyPem(source->publicKey);
    for (const auto& [path, bytes] :
         {std::pair{QStringLiteral("bagit.txt"),
                    QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")},
          std::pair{QStringLiteral("bag-info.txt"),
                    bagInfo(c, payloadBytes, int(payload.size()), int(ids.size()))},
          std::pair{QStringLiteral("manifest-sha256.txt"), manifest},
          std::pair{QStringLiteral("manifest-sha512.txt"), manifestText(payload, true)},
          std::pair{QStringLiteral("VERIFY.txt"), verifyText(c).toUtf8()},
          std::pair{QStringLiteral("agency-signing-key.pub.pem"), publicPem},
          std::pair{QStringLiteral("allowed_signers"),
                    evidence::allowedSignersLine(c.principal, source->publicKey)}})
        if (auto r = writer->write(path, bytes); !r)
            return failed(r.error());
    const QList<WrittenFile> tags = writer->files().mid(payload.size());
    const QByteArray tagManifest = manifestText(tags, false);
    auto signatures = source->sign(manifest, tagManifest);
    if (!signatures)
        return failed(signatures.error());
    for (const auto& [path, bytes] :
         {std::pair{QStringLiteral("tagmanifest-sha256.txt"), tagManifest},
          std::pair{QStringLiteral("tagmanifest-sha256.txt.sig"), signatures->ed25519},
          std::pair{QStringLiteral("tagmanifest-sha256.txt.sshsig"), signatures->sshsig}})
        if (auto w = writer->write(path, bytes); !w)
            return failed(w.error());
    if (auto s = step(tr("Signing")); !s)
        return failed(s.error());

    if (auto r = writer->finish(); !r)
        return failed(r.error());
    if (m_beforeReadBack)
        m_beforeReadBack(writer->folder());
    if (auto s = step(tr("Reading the package back from the medium")); !s)
        return failed(s.error());
    if (auto r = writer->readBack(); !r)
        return failed(r.error());

    PackageEnd end;
    end.exported = true;
    end.payloadBytes = payloadBytes;
    end.payloadFiles = int(payload.size());
    end.tagManifestSha256 = crypto::sha256Hex(tagManifest);
    if (auto r = source->finish(c, end); !r) {
        // The package is on the medium but its end is not on record: it
        // does not count, and does not stay.
        writer->discard();
        return r.error();
    }
    writer->keep();
    ExportedPackage out;
    out.id = c.id;
    out.folder = writer->finalFolder();
    out.reads = int(ids.size());
    out.payloadFiles = end.payloadFiles;
    out.payloadBytes = payloadBytes;
    out.tagManifestSha256 = end.tagManifestSha256;
    out.keyFingerprint = c.keyFingerprint;
    return out;
}

Result<QList<EvidencePackage>> EvidenceExport::list(int limit)
{
    // The department store's server checks and refuses itself.
    if (m_session.isDepartment())
        return departmentevidence::packages(m_session, limit);
    if (!m_session.can(Action::Export) && !m_session.can(Action::ReadAudit))
        if (auto r = m_session.require(Action::Export, QStringLiteral("evidence")); !r)
            return r.error();
    return storeOf(m_session).evidence().packages(limit);
}

Result<EvidencePackage> EvidenceExport::show(const QString& packageId)
{
    if (m_session.isDepartment())
        return departmentevidence::package(m_session, packageId);
    if (!m_session.can(Action::Export) && !m_session.can(Action::ReadAudit))
        if (auto r = m_session.require(Action::Export, QStringLiteral("evidence")); !r)
            return r.error();
    auto found = storeOf(m_session).evidence().package(packageId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no evidence package %1.").arg(escapeControls(packageId)));
    return found->value();
}

} // namespace alpr
