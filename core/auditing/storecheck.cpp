// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/storecheck.h"

#include "audit/auditlog.h"
#include "auditing/auditexport.h"
#include "auth/keyslotfile.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/signinfailures.h"
#include "common/clock.h"
#include "common/securebytes.h"
#include "common/textinput.h"
#include "store/departmentlink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace alpr {

namespace {

QString pageList(const QList<qint64>& pages)
{
    QStringList numbers;
    for (qint64 p : pages)
        numbers << QString::number(p);
    return numbers.join(QStringLiteral(", "));
}

// The trail's line of a check's report.
QString trailLine(const AuditVerification& trail)
{
    if (trail.intact)
        return QCoreApplication::translate("alpr::StoreCheck",
                                           "audit trail: intact, %n events, latest hash %1",
                                           nullptr, int(trail.events))
            .arg(trail.headHash);
    return QCoreApplication::translate("alpr::StoreCheck", "audit trail: BROKEN at event %1: %2")
        .arg(trail.firstBadSeq)
        .arg(trail.problem);
}

} // namespace

QStringList StoreCheckReport::damage() const
{
    QStringList what = scan.damagedObjects();
    // A page that failed its HMAC but whose b-tree read fine is in none:
    // a free page, which SQLite itself never reads.
    if (what.isEmpty() && !pages.failed.isEmpty())
        what << QCoreApplication::translate(
                    "alpr::StoreCheck", "page %1 unreadable, in no table or index (a free page)")
                    .arg(pageList(pages.failed));
    if (!pages.failedWal.isEmpty() && what.isEmpty())
        what << QCoreApplication::translate("alpr::StoreCheck",
                                            "the write-ahead log (%1-wal), frames of page %2")
                    .arg(path, pageList(pages.failedWal));
    if (pages.partialLastPage)
        what << QCoreApplication::translate("alpr::StoreCheck",
                                            "the file ends in the middle of a page");
    if (!scan.integrityProblems.isEmpty() && what.isEmpty())
        what << QCoreApplication::translate("alpr::StoreCheck", "the integrity check: %1")
                    .arg(scan.integrityProblems.first());
    if (!scan.integrityDamage.isEmpty() && what.isEmpty())
        what << QCoreApplication::translate("alpr::StoreCheck", "the integrity check stopped: %1")
                    .arg(scan.integrityDamage);
    return what;
}

QStringList StoreCheckReport::lines() const
{
    QStringList out;
    out << QCoreApplication::translate("alpr::StoreCheck", "store %1").arg(path);
    out << QCoreApplication::translate("alpr::StoreCheck",
                                       "pages: %1 read, %2 failed their check%3")
               .arg(pages.pages)
               .arg(pages.failed.size())
               .arg(pages.failed.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("alpr::StoreCheck", " (page %1)")
                              .arg(pageList(pages.failed)));
    if (pages.walFrames > 0 || !pages.failedWal.isEmpty())
        out << QCoreApplication::translate("alpr::StoreCheck",
                                           "write-ahead log: %1 pages read, %2 failed their check")
                   .arg(pages.walFrames)
                   .arg(pages.failedWal.size());
    if (!scan.schemaDamage.isEmpty())
        out << QCoreApplication::translate("alpr::StoreCheck",
                                           "schema (sqlite_master): DAMAGED: %1")
                   .arg(scan.schemaDamage);
    for (const ScannedObject& o : scan.objects) {
        const QString object =
            QCoreApplication::translate("alpr::StoreCheck", "%1 %2 (root page %3)")
                .arg(o.type, o.name)
                .arg(o.rootPage);
        if (o.damage.isEmpty())
            out << QCoreApplication::translate("alpr::StoreCheck", "%1: %2 entries read")
                       .arg(object)
                       .arg(o.entries);
        else
            out << QCoreApplication::translate("alpr::StoreCheck", "%1: DAMAGED: %2")
                       .arg(object, o.damage);
    }
    if (scan.schemaReadable) {
        if (!scan.integrityDamage.isEmpty())
            out << QCoreApplication::translate("alpr::StoreCheck", "integrity check: stopped: %1")
                       .arg(scan.integrityDamage);
        else if (scan.integrityProblems.isEmpty())
            out << QCoreApplication::translate("alpr::StoreCheck", "integrity check: ok");
        for (const QString& problem : scan.integrityProblems)
            out << QCoreApplication::translate("alpr::StoreCheck", "integrity check: %1")
                       .arg(problem);
    }
    out << (trail ? trailLine(*trail)
                  : QCoreApplication::translate("alpr::StoreCheck",
                                                "audit trail: not checked (the store is damaged)"));
    return out;
}

Result<StoreCheckReport> inspectStoreFile(const QString& storePath, const SecureBytes& databaseKey)
{
    StoreCheckReport report;
    report.path = storePath;
    auto pages = authenticatePages(storePath, databaseKey);
    if (!pages)
        return pages.error();
    report.pages = pages.value();
    if (!report.pages.intact()) {
        // A page read while another program's checkpoint was writing it may
        // look damaged once: read again, and keep only what fails twice.
        auto again = authenticatePages(storePath, databaseKey);
        if (!again)
            return again.error();
        const auto both = [](const QList<qint64>& first, const QList<qint64>& second) {
            QList<qint64> kept;
            for (qint64 page : first)
                if (second.contains(page))
                    kept << page;
            return kept;
        };
        report.pages.failed = both(report.pages.failed, again->failed);
        report.pages.failedWal = both(report.pages.failedWal, again->failedWal);
        report.pages.partialLastPage = report.pages.partialLastPage && again->partialLastPage;
    }
    auto scan = scanStoreFile(storePath, databaseKey);
    if (!scan)
        return scan.error();
    report.scan = scan.value();
    return report;
}

Result<StoreCheckReport> checkStore(const QString& storePath, const QString& username,
                                    const SecureBytes& password, const Clock& clock)
{
    if (!QFileInfo::exists(storePath))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::StoreCheck", "no store at %1").arg(storePath));
    auto slots = KeySlotFile::loadForStore(storePath);
    if (!slots)
        return slots.error();
    KeySlotFile& keys = slots.value();
    const QDateTime now = clock.now();
    // The same door as sign-in: a locked account is refused, a wrong password counted.
    auto slot = SignInFailures::openSlot(keys, username, password, now);
    if (!slot)
        return slot.error();
    if (slot->databaseKey.isEmpty())
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate("alpr::StoreCheck",
                                                     "Your key slot holds no key to the store %1")
                             .arg(storePath));
    const SecureBytes& key = slot->databaseKey;

    auto inspected = inspectStoreFile(storePath, key);
    if (!inspected)
        return inspected.error();
    StoreCheckReport report = inspected.value();
    if (report.damaged())
        return report;

    // Sound pages: sign in, verify the chain and record the check.
    auto session = SignIn::signIn(storePath, username, password, clock);
    if (!session)
        return session.error();
    // The maintenance account checks the chain without reading the trail:
    // only the outcome is shown and recorded.
    Session& signedIn = *session.value();
    if (auto r = signedIn.require(Action::MaintainStore, QStringLiteral("store")); !r)
        return r.error();
    auto trail = trailOf(signedIn).verify();
    if (!trail)
        return trail.error();
    report.trail = trail.value();
    if (auto r = trailOf(signedIn).append(
            signedIn.user().username, QStringLiteral("store-check"), QStringLiteral("store"),
            {{QStringLiteral("pages"), report.pages.pages},
             {QStringLiteral("tables_and_indexes"), qint64(report.scan.objects.size())},
             {QStringLiteral("trail_intact"), report.trail->intact},
             {QStringLiteral("trail_events"), report.trail->events},
             {QStringLiteral("trail_first_bad_seq"), report.trail->firstBadSeq}},
            report.intact() ? QStringLiteral("success") : QStringLiteral("failure"));
        !r)
        return r.error();
    return report;
}

namespace {

DepartmentStoreDifferences differencesFrom(const QJsonObject& o)
{
    DepartmentStoreDifferences d;
    d.plates = o.value(QStringLiteral("plates")).toInteger();
    d.ends = o.value(QStringLiteral("ends")).toInteger();
    d.copies = o.value(QStringLiteral("copies")).toInteger();
    return d;
}

void addDifferences(QStringList& out, const DepartmentStoreDifferences& d)
{
    out << QCoreApplication::translate("alpr::StoreCheck",
                                       "plates whose count of reads or newest read differs from "
                                       "their reads: %1")
               .arg(d.plates);
    out << QCoreApplication::translate("alpr::StoreCheck",
                                       "starts and ends whose count of reads differs from a "
                                       "recount: %1")
               .arg(d.ends);
    out << QCoreApplication::translate("alpr::StoreCheck",
                                       "alternative readings whose copy of their read's plate "
                                       "and time differs from the read: %1")
               .arg(d.copies);
}

// The names of at most kCodeNamesRecorded objects, for the trail.
constexpr qsizetype kCodeNamesRecorded = 50;

QJsonArray recordedNames(const QStringList& names)
{
    return QJsonArray::fromStringList(names.mid(0, kCodeNamesRecorded));
}

void addCode(QStringList& out, const DepartmentCodeDifferences& code)
{
    if (code.none()) {
        out << QCoreApplication::translate("alpr::StoreCheck",
                                           "code: %n functions, triggers, tables and schemas, as "
                                           "the migrations made them",
                                           nullptr, int(code.store.size()));
        return;
    }
    const auto list = [&](const char* what, const QStringList& names) {
        for (const QString& name : names)
            out << QCoreApplication::translate("alpr::StoreCheck", what).arg(escapeControls(name));
    };
    list(QT_TRANSLATE_NOOP("alpr::StoreCheck", "code changed: %1"), code.changed);
    list(QT_TRANSLATE_NOOP("alpr::StoreCheck", "code missing: %1"), code.missing);
    list(QT_TRANSLATE_NOOP("alpr::StoreCheck", "code added: %1"), code.added);
}

} // namespace

DepartmentCodeDifferences compareStoreCode(const QStringList& store, const QStringList& expected)
{
    // "<md5> <object>": the object after the hash and its space.
    const auto byObject = [](const QStringList& lines) {
        QMap<QString, QString> out;
        for (const QString& line : lines)
            out.insert(line.mid(33), line.left(32));
        return out;
    };
    const QMap<QString, QString> have = byObject(store);
    const QMap<QString, QString> want = byObject(expected);
    DepartmentCodeDifferences d;
    d.store = store;
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend())
            d.missing.append(it.key());
        else if (found.value() != it.value())
            d.changed.append(it.key());
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!want.contains(it.key()))
            d.added.append(it.key());
    return d;
}

QStringList DepartmentStoreCheck::lines() const
{
    QStringList out;
    out << QCoreApplication::translate("alpr::StoreCheck", "department store %1").arg(address);
    out << (trail ? trailLine(*trail)
                  : QCoreApplication::translate("alpr::StoreCheck",
                                                "audit trail: not read (an auditor verifies it)"));
    addCode(out, code);
    addDifferences(out, found);
    if (mended) {
        out << QCoreApplication::translate("alpr::StoreCheck",
                                           "mended: the counts were recounted from the reads; "
                                           "checked again:");
        addDifferences(out, after);
    }
    return out;
}

Result<DepartmentStoreCheck> checkDepartmentStore(Session& session, bool mend)
{
    if (!session.isDepartment())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::StoreCheck",
                                                     "This check is the department store's; a "
                                                     "store file has its own"));
    if (auto r = session.require(Action::MaintainStore, QStringLiteral("store")); !r)
        return r.error();
    DepartmentStoreCheck check;
    check.address = session.storeLocation();
    if (session.can(Action::ReadAudit)) {
        auto trail = verifyAuditTrail(session);
        if (!trail)
            return trail.error();
        check.trail = trail.value();
    }
    DepartmentLink& link = departmentOf(session);
    auto code = link.storeCode();
    if (!code)
        return code.error();
    check.code = compareStoreCode(code.value(), DepartmentLink::expectedStoreCode());
    const QJsonObject codeFound{{QStringLiteral("changed"), recordedNames(check.code.changed)},
                                {QStringLiteral("missing"), recordedNames(check.code.missing)},
                                {QStringLiteral("added"), recordedNames(check.code.added)}};
    auto answer =
        link.call("store_check", {DepartmentArg::boolean(mend), DepartmentArg::json(codeFound)});
    if (!answer)
        return answer.error();
    check.found = differencesFrom(answer->value(QStringLiteral("found")).toObject());
    check.mended = answer->value(QStringLiteral("mended")).toBool();
    check.after = differencesFrom(answer->value(QStringLiteral("after")).toObject());
    return check;
}

} // namespace alpr
