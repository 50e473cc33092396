// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"
#include "store/readrepository.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace alpr {

class Session;
struct SearchOutcome;
struct SearchRequest;
struct CanvassRequest;

// Searching and opening reads on the department store: the server matches
// the pattern, and records the search or the view, in the one call.
namespace departmentsearch {

Result<SearchOutcome> search(Session& session, const SearchRequest& request);

struct Opened
{
    ReadRecord read;
    QList<ImageKind> images; // the kinds stored with the read
    QByteArray jpeg;         // the image asked for
};
// A read (image empty) or one of its images, under an earlier search of
// this user that returned it.
Result<Opened> open(Session& session, qint64 readId, qint64 searchId,
                    std::optional<ImageKind> image, bool enhanced);

ReadRecord readFromJson(const QJsonObject& json);

// A canvass on the server: it checks the request, finds each window's reads
// and records the search, then answers.
struct Canvassed
{
    qint64 searchId = 0;
    std::vector<std::vector<qint64>> windows; // each window's read ids, oldest first
    QList<ReadRecord> reads;                  // every read, once
};
Result<Canvassed> canvass(Session& session, const CanvassRequest& request);

} // namespace departmentsearch

} // namespace alpr
