// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace alpr {

enum class ImageKind
{
    Plate,
    Overview,
    Vehicle
};
QString imageKindName(ImageKind kind); // "plate", "overview", "vehicle"
std::optional<ImageKind> imageKindFromName(const QString& name);

struct StoredRead
{
    qint64 readId = 0;
    qint64 plateId = 0;
    QList<QPair<qint64, QString>> candidatePlates; // plates.id and text of each alternative reading
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

// Reads, cameras, plates and images in the store. Keeps its prepared
// statements and small caches, so one repository should serve a whole import.
// Writes happen in the caller's transaction.
class ReadRepository final
{
public:
    explicit ReadRepository(QSqlDatabase db);

    // Stores the read and its images; sets read.id.
    Result<StoredRead> insert(ReadRecord& read, const QDateTime& importedAt);
    // Which of these source ids are already stored.
    Result<QSet<QString>> storedExternalIds(const QStringList& externalIds) const;

    // Reads by id, without images, in the order of ids; unknown ids are skipped.
    Result<QList<ReadRecord>> fetch(const std::vector<qint64>& ids) const;
    // The ids that pass the filter, in the order given.
    Result<std::vector<qint64>> filter(const std::vector<qint64>& ids,
                                       const ReadAttributeFilter& filter) const;
    Result<QByteArray> image(qint64 readId, ImageKind kind) const;
    Result<QList<ImageKind>> imageKinds(qint64 readId) const;
    Result<qint64> count() const;

private:
    Result<qint64> cameraId(const ReadRecord& read);
    Result<qint64> plateId(const QString& plate);

    QSqlDatabase m_db;
    QSqlQuery m_insertRead;
    QSqlQuery m_insertImage;
    QSqlQuery m_insertCandidate;
    QSqlQuery m_insertPlate;
    QSqlQuery m_findPlate;
    QHash<QString, qint64> m_cameraIds;
    QHash<QString, qint64> m_plateIds;
};

} // namespace alpr
