// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlinquiryrepository.h"
#include "store/storedamage.h"

#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace alpr {

SqlInquiryRepository::SqlInquiryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> SqlInquiryRepository::recordSearch(const SearchEntry& search, TrailWriter& trail)
{
    qint64 searchId = 0;
    auto recorded = runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO searches(user_id, username, at, case_number, "
                                 "purpose, query, result_count, note) VALUES (?,?,?,?,?,?,?,?)"));
        q.addBindValue(search.userId);
        q.addBindValue(search.username);
        q.addBindValue(search.at.toMSecsSinceEpoch());
        q.addBindValue(sqlText(search.caseNumber));
        q.addBindValue(sqlText(search.purpose));
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(search.query).toJson(QJsonDocument::Compact)));
        q.addBindValue(search.resultCount);
        q.addBindValue(sqlText(search.note));
        if (auto r = execPrepared(q, QStringLiteral("recording the search")); !r)
            return r;
        searchId = q.lastInsertId().toLongLong();

        auto seq =
            trail.append(search.username, search.action, QStringLiteral("search:%1").arg(searchId),
                         search.auditDetails, QStringLiteral("success"));
        if (!seq)
            return seq.error();
        q.prepare(QStringLiteral("UPDATE searches SET audit_seq = ? WHERE id = ?"));
        q.addBindValue(seq.value());
        q.addBindValue(searchId);
        if (auto r = execPrepared(q, QStringLiteral("linking the search to its record")); !r)
            return r;
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO cases(number, first_user, first_at) VALUES (?,?,?)"));
        q.addBindValue(search.caseNumber);
        q.addBindValue(search.username);
        q.addBindValue(search.at.toMSecsSinceEpoch());
        return execPrepared(q, QStringLiteral("recording the case number"));
    });
    if (!recorded)
        return recorded.error();
    return searchId;
}

Result<std::optional<SearchPurpose>> SqlInquiryRepository::searchOf(qint64 searchId,
                                                                    const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT case_number, purpose FROM searches WHERE id = ? AND username = ?"));
    q.addBindValue(searchId);
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("looking up the search")); !r)
        return r.error();
    if (!q.next())
        return std::optional<SearchPurpose>();
    return std::optional<SearchPurpose>(
        SearchPurpose{q.value(0).toString(), q.value(1).toString()});
}

Result<QStringList> SqlInquiryRepository::recentCases(const QString& username, int count) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT case_number, max(at) AS last FROM searches "
                             "WHERE username = ? GROUP BY case_number ORDER BY last DESC LIMIT ?"));
    q.addBindValue(username);
    q.addBindValue(count);
    if (auto r = execPrepared(q, QStringLiteral("listing recent cases")); !r)
        return r.error();
    QStringList cases;
    while (q.next())
        cases << q.value(0).toString();
    if (auto r = fetchedAll(
            q, QCoreApplication::translate("alpr::SqlInquiryRepository", "listing recent cases"));
        !r)
        return r.error();
    return cases;
}

Result<std::optional<CaseRecord>> SqlInquiryRepository::findCase(const QString& number) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, first_user, first_at, title FROM cases "
                             "WHERE number = ?"));
    q.addBindValue(number);
    if (auto r = execPrepared(q, QStringLiteral("reading the case")); !r)
        return r.error();
    if (!q.next())
        return std::optional<CaseRecord>();
    return std::optional<CaseRecord>(CaseRecord{
        q.value(0).toString(), q.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC), q.value(3).toString()});
}

Result<bool> SqlInquiryRepository::searchedUnder(const QString& number,
                                                 const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM searches WHERE case_number = ? AND username = ? LIMIT 1"));
    q.addBindValue(number);
    q.addBindValue(username);
    if (auto r = execPrepared(q, QStringLiteral("reading the searches")); !r)
        return r.error();
    return q.next();
}

Result<void> SqlInquiryRepository::setCaseTitle(const QString& number, const QString& title,
                                                TrailWriter& trail, const TrailEntry& entry)
{
    return runTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE cases SET title = ? WHERE number = ?"));
        q.addBindValue(sqlText(title));
        q.addBindValue(number);
        if (auto r = execPrepared(q, QStringLiteral("saving the case title")); !r)
            return r;
        auto logged = trail.append(entry);
        if (!logged)
            return logged.error();
        return {};
    });
}

} // namespace alpr
