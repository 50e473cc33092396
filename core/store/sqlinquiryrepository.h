// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "store/inquiryrepository.h"

#include <QSqlDatabase>

namespace alpr {

// The searches and cases tables of the file store.
class SqlInquiryRepository final : public InquiryRepository
{
public:
    explicit SqlInquiryRepository(QSqlDatabase db);

    Result<qint64> recordSearch(const SearchEntry& search, TrailWriter& trail) override;
    Result<std::optional<SearchPurpose>> searchOf(qint64 searchId,
                                                  const QString& username) const override;
    Result<QStringList> recentCases(const QString& username, int count) const override;
    Result<std::optional<CaseRecord>> findCase(const QString& number) const override;
    Result<bool> searchedUnder(const QString& number, const QString& username) const override;
    Result<void> setCaseTitle(const QString& number, const QString& title, TrailWriter& trail,
                              const TrailEntry& entry) override;

private:
    QSqlDatabase m_db;
};

} // namespace alpr
