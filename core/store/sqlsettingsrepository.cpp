// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlsettingsrepository.h"
#include "store/storedamage.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alpr {

namespace {

QString defaultSetting(const QString& key)
{
    if (key == QLatin1String("case_number_pattern"))
        return QStringLiteral("^[0-9]{2}-[0-9]{4,8}$");
    if (key == QLatin1String("case_number_example"))
        return QStringLiteral("26-004211");
    if (key == QLatin1String("misread_table"))
        return QStringLiteral("0ODQ 1I 2Z 5S 8B 6G");
    return {};
}

} // namespace

SqlSettingsRepository::SqlSettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QString> SqlSettingsRepository::value(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (auto r = execPrepared(q, QStringLiteral("reading setting %1").arg(key)); !r)
        return r.error();
    if (q.next())
        return q.value(0).toString();
    return defaultSetting(key);
}

Result<void> SqlSettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execPrepared(q, QStringLiteral("writing setting %1").arg(key));
}

Result<void> SqlSettingsRepository::setValues(const QList<QPair<QString, QString>>& values,
                                              TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        for (const auto& [key, value] : values)
            if (auto r = setValue(key, value); !r)
                return r;
        return appendEntry(trail, entry);
    });
}

Result<QList<Purpose>> SqlSettingsRepository::purposes() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, description, policy_ref, active, roles FROM purposes "
                             "ORDER BY code"));
    if (auto r = execPrepared(q, QStringLiteral("reading the purposes")); !r)
        return r.error();
    QList<Purpose> purposes;
    while (q.next()) {
        Purpose p;
        p.code = q.value(0).toString();
        p.description = q.value(1).toString();
        p.policyRef = q.value(2).toString();
        p.active = q.value(3).toInt() != 0;
        // Unknown names (none are written) are left out rather than guessed.
        for (const QString& name : q.value(4).toString().split(u',', Qt::SkipEmptyParts))
            if (const auto role = roleFromName(name.trimmed()))
                p.roles.append(*role);
        purposes.append(p);
    }
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlSettingsRepository", "reading the purposes"));
        !r)
        return r.error();
    return purposes;
}

Result<void> SqlSettingsRepository::savePurpose(const Purpose& purpose, TrailWriter& trail,
                                                const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM purposes WHERE code = ?"));
        q.addBindValue(purpose.code);
        if (auto r = execPrepared(q, QStringLiteral("reading the purposes")); !r)
            return r;
        const bool exists = q.next();
        q.finish();
        if (exists) {
            q.prepare(QStringLiteral(
                "UPDATE purposes SET description = ?, policy_ref = ?, roles = ? WHERE code = ?"));
            q.addBindValue(purpose.description);
            q.addBindValue(sqlText(purpose.policyRef));
            q.addBindValue(rolesToString(purpose.roles));
            q.addBindValue(purpose.code);
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO purposes(code, description, policy_ref, roles, active) "
                               "VALUES (?,?,?,?,1)"));
            q.addBindValue(purpose.code);
            q.addBindValue(purpose.description);
            q.addBindValue(sqlText(purpose.policyRef));
            q.addBindValue(rolesToString(purpose.roles));
        }
        if (auto r = execPrepared(q, QStringLiteral("saving the purpose")); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

Result<void> SqlSettingsRepository::setPurposeActive(const QString& code, bool active,
                                                     TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE purposes SET active = ? WHERE code = ?"));
        q.addBindValue(active ? 1 : 0);
        q.addBindValue(code);
        if (auto r = execPrepared(q, QStringLiteral("changing the purpose")); !r)
            return r;
        return appendEntry(trail, entry);
    });
}

} // namespace alpr
