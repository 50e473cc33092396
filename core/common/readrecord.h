// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QString>

#include <optional>

namespace alpr {

// Where a read came from; retention differs (mobile: 1 year, fixed: 30 days).
enum class SourceKind
{
    Unknown,
    Mobile,
    Fixed
};

QString sourceKindName(SourceKind kind);            // "mobile", "fixed", "unknown"
SourceKind sourceKindFromName(const QString& name); // Unknown for anything else

// An alternative reading of the plate that the camera offered.
struct PlateCandidate
{
    QString plate;           // normalized A-Z0-9
    double confidence = 0.0; // 0..100
};

// One plate read, as it is imported into or read from the store.
// The alternative readings as the reads table keeps them: a JSON array of
// {"plate", "confidence"}; empty text for none. Text that is not such an
// array gives no readings.
QString candidatesToJson(const QList<PlateCandidate>& candidates);
QList<PlateCandidate> candidatesFromJson(const QString& text);

// The plate's four corners in the overview frame's pixels, as the reads table
// keeps them: "x,y x,y x,y x,y"; empty text for none. Text that is not four
// such points gives none.
QString cornersToText(const QList<QPoint>& corners);
QList<QPoint> cornersFromText(const QString& text);

struct ReadRecord
{
    qint64 id = 0;                    // 0 until stored
    QString plate;                    // normalized: A-Z and 0-9 only, 1..10 characters
    QString state;                    // two-letter state or province, upper case; empty if unknown
    QDateTime capturedAt;             // UTC
    QString cameraCode;               // stable identifier of the camera, e.g. "openalpr:106232737"
    QString cameraName;               // human label, e.g. "mailbox-east"
    std::optional<double> latitude;   // WGS84
    std::optional<double> longitude;  // WGS84
    double confidence = 0.0;          // 0..100
    QList<PlateCandidate> candidates; // alternative readings, best first, without the plate itself
    QString make;
    QString model;
    QString color;
    QString body;
    SourceKind sourceKind = SourceKind::Unknown;
    QString externalId;      // the source's own id (OpenALPR best_uuid); empty if none
    QByteArray plateJpeg;    // plate crop
    QByteArray overviewJpeg; // full scene
    QByteArray vehicleJpeg;  // vehicle crop
    // The plate's corners in the overview frame (OpenALPR's coordinates:
    // top left, top right, bottom right, bottom left), or none.
    QList<QPoint> plateCorners;
    bool legalHold = false;
};

} // namespace alpr
