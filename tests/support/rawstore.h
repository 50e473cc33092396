// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// A store file opened with its raw database key through SQLCipher's own C
// API, as an insider with the key and the sqlcipher shell would: none of the
// product's code (driver, repositories, triggers' owners) is involved.

#include "common/securebytes.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sqlcipher/sqlite3.h>

namespace alpr::test {

class RawStore
{
public:
    RawStore(const QString& path, const SecureBytes& key)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK)
            return;
        const QByteArray hex = "x'" + key.toByteArrayUnsafe().toHex() + "'";
        sqlite3_key(m_db, hex.constData(), int(hex.size()));
        exec("PRAGMA cipher_page_size = 4096");
        m_ok = exec("SELECT count(*) FROM sqlite_master");
    }
    ~RawStore() { sqlite3_close(m_db); }
    RawStore(const RawStore&) = delete;
    RawStore& operator=(const RawStore&) = delete;

    bool isOpen() const { return m_ok; }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    bool exec(const char* sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    bool exec(const QString& sql) { return exec(sql.toUtf8().constData()); }

    // Each row's columns as text.
    QList<QStringList> rows(const QString& sql)
    {
        QList<QStringList> out;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(st); ++i)
                row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
            out << row;
        }
        sqlite3_finalize(st);
        return out;
    }

    // Runs sql with the audit trail's no-update and no-delete triggers
    // dropped, and puts them back, as the attack in the Trail and keys issue did.
    bool withoutTriggers(const QString& sql)
    {
        return exec("DROP TRIGGER audit_no_update") && exec("DROP TRIGGER audit_no_delete") &&
               exec(sql) &&
               exec("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT "
                    "RAISE(ABORT, 'the audit trail is append-only'); END") &&
               exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT "
                    "RAISE(ABORT, 'the audit trail is append-only'); END");
    }

private:
    sqlite3* m_db = nullptr;
    bool m_ok = false;
};

} // namespace alpr::test
