// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace alpr {

class TrailWriter;
struct TrailEntry;

enum class ImageKind
{
    Plate,
    Overview,
    Vehicle
};
QString imageKindName(ImageKind kind); // "plate", "overview", "vehicle"
std::optional<ImageKind> imageKindFromName(const QString& name);

// A stored read as the plate index takes it: its plate and those of its
// alternative readings.
struct StoredRead
{
    qint64 readId = 0;
    qint64 plateId = 0;
    QString plate;
    qint64 capturedAtMs = 0;
    QList<QPair<qint64, QString>> candidatePlates; // plates.id and text of each alternative reading
};

struct ImportedReads
{
    int imported = 0;
    int duplicates = 0;
    std::vector<StoredRead> stored; // in the order of the reads
};

// Conditions on a read's own attributes (the plate and time are the
// engine's). Empty fields do not filter.
struct ReadAttributeFilter
{
    QString state;  // two-letter code, upper case
    QString camera; // camera code or name, exactly
    QString make;   // case-insensitive
    QString color;
    QString body;
    std::optional<double> nearLatitude;
    std::optional<double> nearLongitude;
    double nearMetres = 0;

    bool isEmpty() const;
};

// A time range and a latitude/longitude box, as up to two longitude ranges
// (a box across the 180th meridian needs both; the second is empty when
// minLongitude2 > maxLongitude2).
struct ReadArea
{
    qint64 fromMs = 0; // captured at or after
    qint64 toMs = 0;   // captured before
    double minLatitude = 0, maxLatitude = 0;
    double minLongitude1 = 0, maxLongitude1 = 0;
    double minLongitude2 = 1, maxLongitude2 = 0;
};

// A read's place, as ReadRepository::readsInArea gives it.
struct PlacedRead
{
    qint64 id = 0;
    double latitude = 0;
    double longitude = 0;
};

// Reads, cameras, plates and images in the store. An implementation keeps
// its prepared statements and small caches, so one repository serves a whole
// import; the Store owns one. Writes happen in the caller's transaction,
// except for the calls that take a TrailWriter: those read and record the
// access in one transaction of their own.
class ReadRepository
{
public:
    virtual ~ReadRepository() = default;

    // Stores the reads and their images, and records the import, in one
    // transaction; sets each stored read's id. A read whose source id is
    // already stored, or repeated in the list, is skipped (a webhook
    // delivered twice, or a file imported again, is stored once). The entry
    // is appended with "imported" and "duplicates" added to its details.
    // alsoStore, when given, runs in the same transaction once the reads are
    // stored (their ids set; skipped ones keep id 0), before the entry is
    // appended, and may add to its details: the hot-list matcher stores the
    // reads' hits with them. Its failure rolls everything back.
    using AlsoStore =
        std::function<Result<void>(const QList<ReadRecord>& reads, QJsonObject& details)>;
    virtual Result<ImportedReads> importReads(QList<ReadRecord>& reads, const QDateTime& importedAt,
                                              TrailWriter& trail, const TrailEntry& entry,
                                              const AlsoStore& alsoStore = {}) = 0;

    // Reads by id, without images, in the order of ids; unknown ids are skipped.
    virtual Result<QList<ReadRecord>> fetch(const std::vector<qint64>& ids) const = 0;
    // The ids that pass the filter, in the order given.
    virtual Result<std::vector<qint64>> filter(const std::vector<qint64>& ids,
                                               const ReadAttributeFilter& filter) const = 0;
    // Calls visit with each read in the area that has a place, by capture
    // time then id, until visit returns false.
    virtual Result<void> readsInArea(const ReadArea& area,
                                     const std::function<bool(const PlacedRead&)>& visit) const = 0;
    virtual Result<QByteArray> image(qint64 readId, ImageKind kind) const = 0;
    virtual Result<QList<ImageKind>> imageKinds(qint64 readId) const = 0;
    // The bytes of every image of these reads together (without reading them).
    virtual Result<qint64> imageBytes(const std::vector<qint64>& readIds) const = 0;
    virtual Result<qint64> count() const = 0;
    virtual Result<qint64> plateCount() const = 0; // distinct plate texts, alternatives included
    // The highest read id (0 without reads): in a transaction, what a plate
    // index built in that same transaction covers.
    virtual Result<qint64> lastReadId() const = 0;
    // Up to limit reads with an id above afterId, by id, each with the
    // alternative readings the plate index build takes from read_candidates:
    // what a plate index built up to afterId lacks, as whoever stored them
    // (any process) committed them.
    virtual Result<std::vector<StoredRead>> readsAfter(qint64 afterId, int limit) const = 0;

    // Opens a read and records the access in one transaction: the entry is
    // appended with the read's "plate" added to its details. NotFound when
    // there is no such read (nothing is recorded).
    virtual Result<ReadRecord> openRecorded(qint64 readId, TrailWriter& trail,
                                            const TrailEntry& entry) = 0;
    // An image of a read, and its access record, in one transaction: `use`
    // takes the image first (its error rolls back, and nothing is
    // recorded), then the entry is appended with the read's "plate" added.
    virtual Result<QByteArray>
    imageRecorded(qint64 readId, ImageKind kind, TrailWriter& trail, const TrailEntry& entry,
                  const std::function<Result<void>(const QByteArray&)>& use = {}) = 0;
};

} // namespace alpr
