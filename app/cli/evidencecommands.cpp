// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl evidence export|list|show|key, and verify: checks an evidence
// package (a signed BagIt folder) with no store and no sign-in, as a court's
// expert or the defense would.

#include "cli.h"
#include "terminal.h"

#include "auth/session.h"
#include "common/crypto.h"
#include "common/textinput.h"
#include "evidence/bagverifier.h"
#include "evidence/custody.h"
#include "evidence/evidenceexport.h"
#include "evidence/evidencekeys.h"
#include "evidence/releaserequests.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace alpr::cli {

namespace {

// A --key PEM file is an Ed25519 public key, not a secret: a few KB at most.
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

QString kindWord(evidence::BagProblem::Kind kind)
{
    using Kind = evidence::BagProblem::Kind;
    switch (kind) {
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Unsafe:
        return QStringLiteral("unsafe");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::BadSignature:
        return QStringLiteral("bad-signature");
    case Kind::UnknownKey:
        return QStringLiteral("unknown-key");
    }
    return {};
}

int cmdEvidenceVerify(Options& o)
{
    const QString directory = o.positional.value(2);
    if (directory.isEmpty() || o.positional.size() > 3)
        return usage(QStringLiteral("evidence verify takes the package's folder: alprctl "
                                    "evidence verify DIR [--key PUBKEY.pem]... [--fingerprint "
                                    "HEX]"));
    evidence::BagVerifyOptions options;
    if (o.isSet("fingerprint")) {
        options.trustedFingerprint = evidence::normalizedFingerprint(o.value("fingerprint"));
        if (options.trustedFingerprint.isEmpty())
            return usage(QStringLiteral("--fingerprint takes the 64 hexadecimal digits of the "
                                        "agency's key fingerprint (spaces or colons allowed), "
                                        "not \"%1\"")
                             .arg(escapeControls(o.value("fingerprint"))));
    }
    for (const QString& path : o.values("key")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                makeError(ErrorCode::Io, QStringLiteral("cannot read the key file %1: %2")
                                             .arg(escapeControls(path), file.errorString())));
        const QByteArray pem = file.read(kMaxKeyFileBytes + 1);
        auto key = crypto::ed25519PublicKeyFromPem(pem);
        if (!key)
            return fail(
                makeError(ErrorCode::Invalid, QStringLiteral("the key file %1: %2")
                                                  .arg(escapeControls(path), key.error().message)));
        options.trustedKeys.append(key.value());
    }

    // With --store (not $ALPR_STORE) the agency's own evidence keys, the
    // retired ones too, are trusted: it signs in to read them.
    if (o.parser.isSet(QStringLiteral("store"))) {
        auto session = signIn(o);
        if (!session)
            return fail(session.error());
        auto keys = EvidenceKeys(*session.value()).keys();
        if (!keys)
            return fail(keys.error());
        for (const EvidenceKeyInfo& k : std::as_const(*keys))
            if (k.certified)
                options.trustedKeys.append(k.key.publicKey);
    }
    auto verified = evidence::verifyBag(directory, options);
    if (!verified)
        return fail(verified.error());
    const evidence::BagVerification& v = verified.value();
    QString package = v.info(QStringLiteral("External-Identifier"));
    if (package.isEmpty())
        package = QFileInfo(QDir::cleanPath(QDir(directory).absolutePath())).fileName();
    const bool signatureValid = v.signatureValid && v.sshSignatureValid;

    if (o.isSet("json")) {
        QJsonArray problems;
        for (const evidence::BagProblem& p : v.problems)
            problems.append(QJsonObject{{QStringLiteral("kind"), kindWord(p.kind)},
                                        {QStringLiteral("file"), p.file},
                                        {QStringLiteral("detail"), p.detail}});
        QJsonArray bagInfo;
        for (const auto& [label, value] : v.bagInfo)
            bagInfo.append(
                QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        printOut(
            toJsonText(QJsonObject{{QStringLiteral("package"), package},
                                   {QStringLiteral("verified"), v.ok()},
                                   {QStringLiteral("payload_files"), v.payloadFiles},
                                   {QStringLiteral("payload_bytes"), v.payloadBytes},
                                   {QStringLiteral("key_fingerprint"), v.keyFingerprint},
                                   {QStringLiteral("signature_valid"), v.signatureValid},
                                   {QStringLiteral("ssh_signature_valid"), v.sshSignatureValid},
                                   {QStringLiteral("key_trusted"), v.keyTrusted},
                                   {QStringLiteral("problems"), problems},
                                   {QStringLiteral("bag_info"), bagInfo}}));
        return v.ok() ? ExitOk : ExitError;
    }

    for (const evidence::BagProblem& p : v.problems)
        printOut(evidence::describe(p));
    printOut(QStringLiteral("Package %1: %2 payload files, %3 bytes; signature by key %4: %5; "
                            "key %6")
                 .arg(escapeControls(package))
                 .arg(v.payloadFiles)
                 .arg(v.payloadBytes)
                 .arg(v.keyFingerprint.isEmpty() ? QStringLiteral("(none)") : v.keyFingerprint,
                      signatureValid ? QStringLiteral("valid") : QStringLiteral("INVALID"),
                      v.keyTrusted ? QStringLiteral("trusted") : QStringLiteral("NOT TRUSTED")));
    printOut(v.ok() ? QStringLiteral("VERIFIED") : QStringLiteral("NOT VERIFIED"));
    return v.ok() ? ExitOk : ExitError;
}

QJsonObject packageJson(const EvidencePackage& p)
{
    QJsonArray reads;
    for (qint64 id : p.readIds)
        reads.append(id);
    return QJsonObject{{QStringLiteral("package"), p.id},
                       {QStringLiteral("case"), p.caseNumber},
                       {QStringLiteral("purpose"), p.purpose},
                       {QStringLiteral("exported_by"), p.exportedBy},
                       {QStringLiteral("started_at"), p.startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finished_at"), p.finishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("status"), packageStatusName(p.status)},
                       {QStringLiteral("source"), p.source},
                       {QStringLiteral("folder"), p.folder},
                       {QStringLiteral("payload_files"), p.payloadFiles},
                       {QStringLiteral("payload_bytes"), p.payloadBytes},
                       {QStringLiteral("tagmanifest_sha256"), p.tagManifestSha256},
                       {QStringLiteral("failure"), p.failure},
                       {QStringLiteral("reads"), reads}};
}

int cmdEvidenceExport(Options& o)
{
    EvidenceRequest request;
    request.caseNumber = o.value("case");
    request.purpose = o.value("purpose");
    request.target = o.value("out");
    request.derivatives = o.isSet("derivatives");
    const int sources = int(o.isSet("reads")) + int(o.isSet("hit"));
    if (sources != 1 || request.target.isEmpty())
        return usage(QStringLiteral("evidence export takes --case C --purpose P, either --reads "
                                    "ID,ID... or --hit H, and --out DIR (the medium's folder)"));
    if (o.isSet("hit")) {
        bool ok = false;
        request.hitId = o.value("hit").toLongLong(&ok);
        if (!ok || request.hitId <= 0)
            return usage(QStringLiteral("--hit takes a hit's number, not \"%1\"")
                             .arg(escapeControls(o.value("hit"))));
    }
    if (o.isSet("search")) {
        bool ok = false;
        request.searchId = o.value("search").toLongLong(&ok);
        if (!ok || request.searchId <= 0 || !o.isSet("reads"))
            return usage(QStringLiteral("--search takes the number of your search whose results "
                                        "the --reads were chosen from"));
    }
    if (o.isSet("release")) {
        bool ok = false;
        request.releaseId = o.value("release").toLongLong(&ok);
        if (!ok || request.releaseId <= 0)
            return usage(QStringLiteral("--release takes a release request's number, not \"%1\"")
                             .arg(escapeControls(o.value("release"))));
    }
    for (const QString& value : o.values("reads"))
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(QStringLiteral("--reads takes read ids separated by commas, not "
                                            "\"%1\"")
                                 .arg(escapeControls(part)));
            request.readIds << id;
        }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    EvidenceExport exporter(*session.value());
    // Each stage once, not each file.
    exporter.setProgress([last = QString()](int, int, const QString& stage) mutable {
        if (stage != last)
            printErr(stage + QStringLiteral("..."));
        last = stage;
    });
    auto made = exporter.exportPackage(request);
    if (!made)
        return fail(made.error());
    if (o.isSet("json")) {
        printOut(
            toJsonText(QJsonObject{{QStringLiteral("package"), made->id},
                                   {QStringLiteral("folder"), made->folder},
                                   {QStringLiteral("reads"), made->reads},
                                   {QStringLiteral("payload_files"), made->payloadFiles},
                                   {QStringLiteral("payload_bytes"), made->payloadBytes},
                                   {QStringLiteral("tagmanifest_sha256"), made->tagManifestSha256},
                                   {QStringLiteral("key_fingerprint"), made->keyFingerprint}}));
        return ExitOk;
    }
    printOut(QStringLiteral("Exported %1 read(s) as package %2 to %3: %4 files, %5 bytes, read "
                            "back from the medium and matched.")
                 .arg(made->reads)
                 .arg(made->id, made->folder)
                 .arg(made->payloadFiles)
                 .arg(made->payloadBytes));
    printOut(QStringLiteral("Signed with the agency's evidence key %1.").arg(made->keyFingerprint));
    return ExitOk;
}

int cmdEvidenceList(Options& o)
{
    auto limit = countOption(o, "limit");
    if (!limit)
        return usage(limit.error().message);
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto packages = EvidenceExport(*session.value()).list(limit->value_or(50));
    if (!packages)
        return fail(packages.error());
    if (o.isSet("json")) {
        QJsonArray array;
        for (const EvidencePackage& p : std::as_const(*packages))
            array.append(packageJson(p));
        printOut(toJsonText(array));
        return ExitOk;
    }
    for (const EvidencePackage& p : std::as_const(*packages))
        printOut(QStringLiteral("%1  %2  %3  case %4  %5 read(s)  by %6")
                     .arg(p.id, localTime(p.startedAt),
                          packageStatusName(p.status).leftJustified(8),
                          escapeControls(p.caseNumber))
                     .arg(p.readIds.size())
                     .arg(p.exportedBy));
    return ExitOk;
}

int cmdEvidenceShow(Options& o)
{
    const QString id = o.positional.value(2);
    if (id.isEmpty())
        return usage(QStringLiteral("evidence show takes the package's id (ev-...)"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto p = EvidenceExport(*session.value()).show(id);
    if (!p)
        return fail(p.error());
    if (o.isSet("json")) {
        printOut(toJsonText(packageJson(*p)));
        return ExitOk;
    }
    QStringList reads;
    for (qint64 r : std::as_const(p->readIds))
        reads << QString::number(r);
    printOut(QStringLiteral("Package %1").arg(p->id));
    printOut(QStringLiteral("  case %1, purpose %2")
                 .arg(escapeControls(p->caseNumber), escapeControls(p->purpose)));
    printOut(QStringLiteral("  exported by %1, started %2, %3")
                 .arg(p->exportedBy, localTime(p->startedAt), packageStatusName(p->status)));
    if (p->status == PackageStatus::Exported)
        printOut(QStringLiteral("  %1 files, %2 bytes, tag manifest SHA-256 %3")
                     .arg(p->payloadFiles)
                     .arg(p->payloadBytes)
                     .arg(p->tagManifestSha256));
    if (p->status == PackageStatus::Failed)
        printOut(QStringLiteral("  failed: %1").arg(escapeControls(p->failure)));
    printOut(QStringLiteral("  written to %1").arg(escapeControls(p->folder)));
    printOut(
        QStringLiteral("  reads (chosen by %1): %2").arg(p->source, reads.join(QLatin1Char(','))));
    if (p->releaseId > 0)
        printOut(QStringLiteral("  made for release request %1").arg(p->releaseId));
    EvidenceCustody custody(*session.value());
    auto log = custody.log(id);
    if (!log)
        return fail(log.error());
    printOut(QStringLiteral("Chain of custody:"));
    for (const CustodyEntry& e : std::as_const(*log))
        printOut(
            QStringLiteral("  %1  %2  by %3%4%5%6")
                .arg(localTime(e.at), e.event.leftJustified(11), e.recordedBy,
                     e.to.isEmpty() ? QString() : QStringLiteral("  to ") + escapeControls(e.to),
                     e.item.isEmpty() ? QString()
                                      : QStringLiteral("  item ") + escapeControls(e.item),
                     e.note.isEmpty()
                         ? QString()
                         : QStringLiteral("  (") + escapeControls(e.note) + QLatin1Char(')')));
    if (o.isSet("pdf")) {
        if (auto r = custody.writePdf(id, o.value("pdf")); !r)
            return fail(r.error());
        printErr(QStringLiteral("The custody log is in %1.").arg(o.value("pdf")));
    }
    return ExitOk;
}

int cmdEvidenceCustody(Options& o)
{
    const QString id = o.positional.value(2);
    if (id.isEmpty() || !o.isSet("event"))
        return usage(QStringLiteral("evidence custody takes the package's id and --event (%1), "
                                    "with --item for booked and --recipient for transferred and "
                                    "released")
                         .arg(EvidenceCustody::events().join(QStringLiteral(", "))));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    auto entry =
        EvidenceCustody(*session.value())
            .record(id, o.value("event"), o.value("recipient"), o.value("item"), o.value("note"));
    if (!entry)
        return fail(entry.error());
    printOut(QStringLiteral("Recorded: package %1 %2 at %3.")
                 .arg(id, entry->event, localTime(entry->at)));
    return ExitOk;
}

int cmdEvidenceKey(Options& o)
{
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    EvidenceKeys keys(*session.value());
    if (o.isSet("rotate")) {
        auto made = keys.rotate();
        if (!made)
            return fail(made.error());
        printErr(QStringLiteral("A new evidence key signs from now on; the old one is retired "
                                "and kept, so older packages still verify."));
    }
    auto all = keys.keys();
    if (!all)
        return fail(all.error());
    const QString root = keys.rootFingerprint();
    if (o.isSet("json")) {
        QJsonArray array;
        for (const EvidenceKeyInfo& k : std::as_const(*all))
            array.append(QJsonObject{
                {QStringLiteral("id"), k.key.id},
                {QStringLiteral("fingerprint"), k.fingerprint},
                {QStringLiteral("public_key_pem"),
                 QString::fromLatin1(crypto::ed25519PublicKeyPem(k.key.publicKey))},
                {QStringLiteral("certified"), k.certified},
                {QStringLiteral("created_by"), k.key.createdBy},
                {QStringLiteral("created_at"), k.key.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("retired_at"), k.key.retiredAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("holders"), QJsonArray::fromStringList(k.holders)}});
        printOut(toJsonText(QJsonObject{{QStringLiteral("root_fingerprint"), root},
                                        {QStringLiteral("keys"), array}}));
        return ExitOk;
    }
    if (all->isEmpty()) {
        printOut(QStringLiteral("The agency has no evidence key yet: an administrator makes it "
                                "by signing in once a records clerk exists."));
        return ExitOk;
    }
    printOut(QStringLiteral("Agency root key: %1")
                 .arg(root.isEmpty() ? QStringLiteral("(none)") : root));
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        printOut(QStringLiteral("%1 evidence key %2, made by %3 on %4%5")
                     .arg(it->key.retired() ? QStringLiteral("Retired") : QStringLiteral("Current"))
                     .arg(it->key.id)
                     .arg(it->key.createdBy, localTime(it->key.createdAt),
                          it->certified ? QStringLiteral(", certified by the root key")
                                        : QStringLiteral(", NOT CERTIFIED by the root key")));
        printOut(QStringLiteral("  fingerprint %1").arg(it->fingerprint));
        printOut(QStringLiteral("  held by %1").arg(it->holders.join(QStringLiteral(", "))));
        if (it == all->crbegin())
            printOut(QString::fromLatin1(crypto::ed25519PublicKeyPem(it->key.publicKey)).trimmed());
    }
    return ExitOk;
}

int cmdEvidence(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub == QLatin1String("verify"))
        return cmdEvidenceVerify(o);
    if (sub == QLatin1String("export"))
        return cmdEvidenceExport(o);
    if (sub == QLatin1String("list"))
        return cmdEvidenceList(o);
    if (sub == QLatin1String("show"))
        return cmdEvidenceShow(o);
    if (sub == QLatin1String("key"))
        return cmdEvidenceKey(o);
    if (sub == QLatin1String("custody"))
        return cmdEvidenceCustody(o);
    return usage(QStringLiteral("evidence takes export, list, show, custody, key or verify"));
}

QJsonObject releaseJson(const ReleaseRequest& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("agency"), r.agency},
                       {QStringLiteral("agency_type"), r.agencyType},
                       {QStringLiteral("requester"), r.requester},
                       {QStringLiteral("purpose"), r.purpose},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("case"), r.caseNumber},
                       {QStringLiteral("logged_by"), r.loggedBy},
                       {QStringLiteral("logged_at"), r.loggedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("decided_by"), r.decidedBy},
                       {QStringLiteral("decided_at"), r.decidedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("note"), r.decisionNote}};
}

int cmdRelease(Options& o)
{
    const QString sub = o.positional.value(1);
    const QStringList subs{QStringLiteral("request"), QStringLiteral("approve"),
                           QStringLiteral("deny"), QStringLiteral("list"), QStringLiteral("show")};
    if (!subs.contains(sub))
        return usage(
            QStringLiteral("release takes one of: %1").arg(subs.join(QStringLiteral(", "))));
    qint64 id = 0;
    if (sub == QLatin1String("approve") || sub == QLatin1String("deny") ||
        sub == QLatin1String("show")) {
        bool ok = false;
        id = o.positional.value(2).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(QStringLiteral("release %1 takes the request's number").arg(sub));
    }
    if (sub == QLatin1String("request") &&
        (!o.isSet("agency") || !o.isSet("agency-type") || !o.isSet("requester") ||
         !o.isSet("for") || !o.isSet("description") || !o.isSet("case")))
        return usage(QStringLiteral("release request takes --agency NAME --agency-type (%1) "
                                    "--requester PERSON --for (%2) --description TEXT --case "
                                    "THEIR-CASE")
                         .arg(ReleaseRequests::agencyTypes().join(QLatin1Char('|')),
                              ReleaseRequests::purposes().join(QLatin1Char('|'))));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    ReleaseRequests releases(*session.value());
    if (sub == QLatin1String("list")) {
        auto limit = countOption(o, "limit");
        if (!limit)
            return usage(limit.error().message);
        auto all = releases.list(limit->value_or(100));
        if (!all)
            return fail(all.error());
        if (o.isSet("json")) {
            QJsonArray array;
            for (const ReleaseRequest& r : std::as_const(*all))
                array.append(releaseJson(r));
            printOut(toJsonText(array));
            return ExitOk;
        }
        for (const ReleaseRequest& r : std::as_const(*all))
            printOut(QStringLiteral("%1  %2  %3  %4 (%5)  for %6  logged by %7")
                         .arg(r.id)
                         .arg(localTime(r.loggedAt), r.status.leftJustified(8),
                              escapeControls(r.agency), r.agencyType, r.purpose, r.loggedBy));
        return ExitOk;
    }
    Result<ReleaseRequest> r = makeError(ErrorCode::Internal, QString());
    if (sub == QLatin1String("request")) {
        ReleaseRequest request;
        request.agency = o.value("agency");
        request.agencyType = o.value("agency-type");
        request.requester = o.value("requester");
        request.purpose = o.value("for");
        request.description = o.value("description");
        request.caseNumber = o.value("case");
        r = releases.log(request);
    } else if (sub == QLatin1String("approve")) {
        r = releases.approve(id, o.value("note"));
    } else if (sub == QLatin1String("deny")) {
        r = releases.deny(id, o.value("note"));
    } else {
        r = releases.show(id);
    }
    if (!r)
        return fail(r.error());
    if (o.isSet("json")) {
        printOut(toJsonText(releaseJson(*r)));
    } else {
        auto lines = releases.fileText(r->id);
        if (!lines)
            return fail(lines.error());
        for (const QString& line : std::as_const(*lines))
            printOut(escapeControls(line));
    }
    if (sub == QLatin1String("show") && o.isSet("pdf")) {
        if (auto w = releases.writePdf(id, o.value("pdf")); !w)
            return fail(w.error());
        printErr(QStringLiteral("The request on file is in %1.").arg(o.value("pdf")));
    }
    // A refused request is on file, and the requester is told no.
    return r->status == QLatin1String("refused") && sub == QLatin1String("request") ? ExitPolicy
                                                                                    : ExitOk;
}

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {"evidence",
         "evidence export --case C --purpose P (--reads ID,... [--search S] | --hit H)\n"
         "               --out DIR [--derivatives] [--release R]\n"
         "                                     a signed evidence package (BagIt) on a medium,\n"
         "                                     read back and checked before it counts\n"
         "evidence list [--limit N]\n"
         "                                     the packages exported and how each ended\n"
         "evidence key [--rotate]              the agency's evidence keys and fingerprints\n"
         "evidence custody PACKAGE --event booked|transferred|released|returned|destroyed\n"
         "               [--recipient WHO] [--item N] [--note TEXT]\n"
         "                                     the chain of custody after the export\n"
         "evidence show PACKAGE [--pdf F.pdf]  a package and its custody log (and its PDF)\n"
         "evidence verify DIR [--key PUBKEY.pem]... [--fingerprint HEX] [--json]\n"
         "               [--store F --user U]  (with --store: the agency's keys are known)\n"
         "                                     checks an evidence package: every file, the\n"
         "                                     signatures, and that the key is the agency's\n"
         "                                     (no store, no sign-in)",
         {
             {QStringLiteral("key"),
              QStringLiteral("A trusted Ed25519 public key, PEM (repeat for several)."),
              QStringLiteral("PUBKEY.pem")},
             {QStringLiteral("fingerprint"),
              QStringLiteral("A trusted key's fingerprint, as printed."), QStringLiteral("F")},
             {QStringLiteral("hit"), QStringLiteral("A hit's number."), QStringLiteral("H")},
             {QStringLiteral("derivatives"),
              QStringLiteral("Also enhanced views of the images (data/derivatives/).")},
             {QStringLiteral("rotate"), QStringLiteral("Make a new evidence key.")},
             {QStringLiteral("release"), QStringLiteral("The approved release request fulfilled."),
              QStringLiteral("R")},
             {QStringLiteral("event"), QStringLiteral("A custody event."), QStringLiteral("EVENT")},
             {QStringLiteral("recipient"), QStringLiteral("Whom the package went to."),
              QStringLiteral("WHO")},
             {QStringLiteral("item"), QStringLiteral("The property room's item number."),
              QStringLiteral("N")},
             {QStringLiteral("pdf"), QStringLiteral("Also write it as a PDF."),
              QStringLiteral("F")},
             // --out, --reads and --limit are registered by other commands.
         },
         cmdEvidence},
        {"release",
         "release request --agency A --agency-type T --requester P --for PURPOSE\n"
         "               --description TEXT --case THEIRS\n"
         "                                     logs another agency's request for ALPR data;\n"
         "                                     out-of-state, federal and immigration requests\n"
         "                                     are refused at once (exit 4) and kept on file\n"
         "release approve|deny ID [--note T]   an approver who did not log it decides\n"
         "release list | show ID [--pdf F.pdf] the requests on file",
         {{QStringLiteral("agency"), QStringLiteral("The requesting agency."), QStringLiteral("A")},
          {QStringLiteral("agency-type"), QStringLiteral("The requesting agency's type."),
           QStringLiteral("T")},
          {QStringLiteral("requester"), QStringLiteral("The person requesting."),
           QStringLiteral("P")},
          {QStringLiteral("for"), QStringLiteral("The purpose of a release request."),
           QStringLiteral("PURPOSE")},
          {QStringLiteral("description"), QStringLiteral("What the requester intends."),
           QStringLiteral("TEXT")}},
         cmdRelease},
    };
}

} // namespace alpr::cli
