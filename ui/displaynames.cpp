// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "displaynames.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace alpr::gui {

namespace {

struct Label
{
    const char* key;
    const char* text;
};

// Audit actions, as the trail stores them: the key is the source text, so
// English shows the names the trail filter and alprctl take.
constexpr const char* kActions[] = {
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "account-locked"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "alerts-listed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-export"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-finding"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-list"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-memo"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-sample"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit-verify"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "bolo-hit-notified"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "canvass"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "case-title"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "case-view"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "change-settings"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "export"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-characters"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-clets"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-confirmation"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-currency"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-decided"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-disposed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-escalated"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-image-viewed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-plate-state"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-released"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-taken"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-vehicle"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hit-viewed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hotlist-loaded"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "import"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "import-reads"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key-certified"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key-registered"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key-rotated"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "manage-users"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password-changed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password-check"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password-reset"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "pending-events-dropped"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose-reinstated"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose-retired"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose-saved"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "read-audit"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "roles-changed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "screen-lock"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "search"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "session-locked"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "session-unlocked"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "settings-changed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "sign-in"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "sign-out"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "signing-started"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-backup"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-check"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-compacted"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-created"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-rekeyed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-replacement"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store-restored"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "supervise-alerts"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "totp-enrolled"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "totp-removed"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "training-recorded"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user-added"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user-disabled"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user-enabled"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user-unlocked"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "verify-hit"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "view-image"),
    QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "view-read"),
};

constexpr Label kOutcomes[] = {
    {"success", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "success")},
    {"refused", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "refused")},
    {"failure", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "failure")},
    {"invalid", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "invalid")},
    {"locked", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "locked")},
    {"dropped", QT_TRANSLATE_NOOP("alpr::gui::AuditOutcome", "dropped")},
};

constexpr Label kRoles[] = {
    {"detective", QT_TRANSLATE_NOOP("alpr::gui::Role", "detective")},
    {"dispatcher", QT_TRANSLATE_NOOP("alpr::gui::Role", "dispatcher")},
    {"records", QT_TRANSLATE_NOOP("alpr::gui::Role", "records")},
    {"administrator", QT_TRANSLATE_NOOP("alpr::gui::Role", "administrator")},
    {"auditor", QT_TRANSLATE_NOOP("alpr::gui::Role", "auditor")},
    {"supervisor", QT_TRANSLATE_NOOP("alpr::gui::Role", "supervisor")},
    {"ingest", QT_TRANSLATE_NOOP("alpr::gui::Role", "ingest")},
    {"maintenance", QT_TRANSLATE_NOOP("alpr::gui::Role", "maintenance")},
};

// The descriptions of the purposes a new store starts with (store/migrations.cpp).
constexpr const char* kBuiltInPurposes[] = {
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Stolen vehicle or stolen plate"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Wanted person or active warrant"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Missing person, AMBER or Silver alert"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Locating a witness or a victim"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "A specific criminal investigation"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Department-related civil or administrative action"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Protection of a public event"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Protection of critical infrastructure"),
    QT_TRANSLATE_NOOP("alpr::gui::Purpose", "Audit of ALPR use"),
};

// The alert checklist's codes (hits/alerts.h HitCodes), as core keeps them.
constexpr Label kCletsResults[] = {
    {"still-wanted", QT_TRANSLATE_NOOP("alpr::gui::Hit", "still wanted or stolen")},
    {"cleared", QT_TRANSLATE_NOOP("alpr::gui::Hit", "cleared or recovered")},
    {"no-record", QT_TRANSLATE_NOOP("alpr::gui::Hit", "no record")},
};

constexpr Label kRejectReasons[] = {
    {"misread", QT_TRANSLATE_NOOP("alpr::gui::Hit", "misread")},
    {"wrong-state", QT_TRANSLATE_NOOP("alpr::gui::Hit", "wrong state")},
    {"vehicle-mismatch", QT_TRANSLATE_NOOP("alpr::gui::Hit", "vehicle does not match")},
    {"cleared-in-clets", QT_TRANSLATE_NOOP("alpr::gui::Hit", "cleared in CLETS")},
    {"stale-entry", QT_TRANSLATE_NOOP("alpr::gui::Hit", "stale entry")},
    {"duplicate", QT_TRANSLATE_NOOP("alpr::gui::Hit", "duplicate alert")},
    {"other", QT_TRANSLATE_NOOP("alpr::gui::Hit", "other (say why in the note)")},
};

constexpr Label kDispositions[] = {
    {"arrest", QT_TRANSLATE_NOOP("alpr::gui::Hit", "arrest")},
    {"citation", QT_TRANSLATE_NOOP("alpr::gui::Hit", "citation")},
    {"vehicle-recovered", QT_TRANSLATE_NOOP("alpr::gui::Hit", "vehicle recovered")},
    {"person-located", QT_TRANSLATE_NOOP("alpr::gui::Hit", "person located")},
    {"no-action", QT_TRANSLATE_NOOP("alpr::gui::Hit", "no action")},
};

constexpr Label kReleaseReasons[] = {
    {"released", QT_TRANSLATE_NOOP("alpr::gui::Hit", "released by its holder")},
    {"signed-out", QT_TRANSLATE_NOOP("alpr::gui::Hit", "holder signed out")},
    {"locked", QT_TRANSLATE_NOOP("alpr::gui::Hit", "holder's screen locked")},
    {"idle", QT_TRANSLATE_NOOP("alpr::gui::Hit", "no step within the hold time")},
    {"supervisor", QT_TRANSLATE_NOOP("alpr::gui::Hit", "released by a supervisor")},
};

constexpr Label kHitStatuses[] = {
    {"new", QT_TRANSLATE_NOOP("alpr::gui::Hit", "new")},
    {"taken", QT_TRANSLATE_NOOP("alpr::gui::Hit", "taken")},
    {"confirmed", QT_TRANSLATE_NOOP("alpr::gui::Hit", "confirmed")},
    {"rejected", QT_TRANSLATE_NOOP("alpr::gui::Hit", "rejected")},
};

constexpr Label kVehicleFields[] = {
    {"make", QT_TRANSLATE_NOOP("alpr::gui::Hit", "Make")},
    {"model", QT_TRANSLATE_NOOP("alpr::gui::Hit", "Model")},
    {"color", QT_TRANSLATE_NOOP("alpr::gui::Hit", "Colour")},
    {"body", QT_TRANSLATE_NOOP("alpr::gui::Hit", "Body")},
};

template <std::size_t N>
QString labelOf(const char* context, const Label (&table)[N], const QString& key)
{
    for (const Label& l : table)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate(context, l.text);
    return key;
}

} // namespace

QString roleLabel(Role role)
{
    return labelOf("alpr::gui::Role", kRoles, roleName(role));
}

QString rolesLabel(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << roleLabel(role);
    return names.join(QStringLiteral(", "));
}

QString auditActionLabel(const QString& action)
{
    for (const char* key : kActions)
        if (action == QLatin1String(key))
            return QCoreApplication::translate("alpr::gui::AuditAction", key);
    return action;
}

QString auditOutcomeLabel(const QString& outcome)
{
    return labelOf("alpr::gui::AuditOutcome", kOutcomes, outcome);
}

QString purposeDescriptionLabel(const QString& description)
{
    for (const char* text : kBuiltInPurposes)
        if (description == QLatin1String(text))
            return QCoreApplication::translate("alpr::gui::Purpose", text);
    return description;
}

QString cletsResultLabel(const QString& code)
{
    return labelOf("alpr::gui::Hit", kCletsResults, code);
}

QString rejectReasonLabel(const QString& code)
{
    return labelOf("alpr::gui::Hit", kRejectReasons, code);
}

QString dispositionLabel(const QString& code)
{
    return labelOf("alpr::gui::Hit", kDispositions, code);
}

QString releaseReasonLabel(const QString& code)
{
    return labelOf("alpr::gui::Hit", kReleaseReasons, code);
}

QString hitStatusLabel(const QString& code)
{
    return labelOf("alpr::gui::Hit", kHitStatuses, code);
}

QString vehicleFieldLabel(const QString& field)
{
    return labelOf("alpr::gui::Hit", kVehicleFields, field);
}

} // namespace alpr::gui
