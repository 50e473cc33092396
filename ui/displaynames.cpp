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

// Audit actions, as the trail stores them.
constexpr Label kActions[] = {
    {"account-locked", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "account locked")},
    {"audit-export", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit trail exported")},
    {"audit-finding", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit finding")},
    {"audit-list", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit trail listed")},
    {"audit-memo", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit memo")},
    {"audit-sample", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit sample drawn")},
    {"audit-verify", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "audit trail verified")},
    {"canvass", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "canvass")},
    {"case-title", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "case title")},
    {"case-view", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "case history viewed")},
    {"change-settings", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "change settings")},
    {"export", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "export")},
    {"hotlist-loaded", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "hot list loaded")},
    {"import", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "import")},
    {"import-reads", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "import reads")},
    {"key-certified", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key certified")},
    {"key-registered", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key registered")},
    {"key-rotated", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "key rotated")},
    {"manage-users", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "manage users")},
    {"password-changed", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password changed")},
    {"password-check", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password check")},
    {"password-reset", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "password reset")},
    {"pending-events-dropped",
     QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "pending events dropped")},
    {"purpose-reinstated", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose reinstated")},
    {"purpose-retired", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose retired")},
    {"purpose-saved", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "purpose saved")},
    {"read-audit", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "read the audit trail")},
    {"roles-changed", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "roles changed")},
    {"screen-lock", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "screen lock")},
    {"search", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "search")},
    {"session-locked", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "session locked")},
    {"session-unlocked", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "session unlocked")},
    {"settings-changed", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "settings changed")},
    {"sign-in", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "sign-in")},
    {"sign-out", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "sign-out")},
    {"signing-started", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "signing started")},
    {"store-backup", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store backed up")},
    {"store-check", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store checked")},
    {"store-compacted", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store compacted")},
    {"store-created", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store created")},
    {"store-rekeyed", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store given a new key")},
    {"store-replacement", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store replaced")},
    {"store-restored", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "store restored")},
    {"totp-enrolled", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "one-time code enrolled")},
    {"totp-removed", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "one-time code removed")},
    {"training-recorded", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "training recorded")},
    {"user-added", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user added")},
    {"user-disabled", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user disabled")},
    {"user-enabled", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user enabled")},
    {"user-unlocked", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "user unlocked")},
    {"verify-hit", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "verify hit")},
    {"view-image", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "image viewed")},
    {"view-read", QT_TRANSLATE_NOOP("alpr::gui::AuditAction", "read opened")},
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
    return labelOf("alpr::gui::AuditAction", kActions, action);
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

} // namespace alpr::gui
