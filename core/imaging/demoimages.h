// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRect>
#include <QString>

namespace alpr {

// What a synthetic demo read shows. Everything but seed is drawn into the
// images; seed varies lighting, angle, blur, noise and the car's position.
struct DemoScene
{
    QString plate;        // normalized, e.g. "7ABC123"
    QString state;        // "CA", "NV", "AZ", "OR", ...
    QString cameraName;   // e.g. "El Camino Real & San Antonio Rd"
    QDateTime capturedAt; // UTC
    QString make;         // e.g. "toyota" (may be empty)
    QString color;        // e.g. "silver" (may be empty)
    QString body;         // e.g. "sedan" (may be empty)
    quint64 seed = 0;     // varies lighting, angle, noise deterministically
};

// Size of the images the renderers produce.
inline constexpr int kDemoPlateCropWidth = 240;
inline constexpr int kDemoPlateCropHeight = 120;
inline constexpr int kDemoOverviewWidth = 640;
inline constexpr int kDemoOverviewHeight = 360;

// A close-up of the plate as an ALPR camera crops it, slightly warped,
// blurred and noisy, characters large: JPEG (quality 75), 240x120, ~5 KB.
// Thread-safe and deterministic: the same scene gives byte-identical output
// (with the same OpenCV build on the same machine). Returns an empty array
// only if OpenCV fails, which is a bug.
QByteArray renderPlateCrop(const DemoScene& scene);

// The camera's full frame: the car from behind on the road, its plate boxed
// with the reading below, and a caption bar with camera name and capture time
// ("YYYY-MM-DD HH:MM:SS UTC"). JPEG (quality 75), 640x360, ~20 KB. Day, dusk
// or night follows capturedAt in Pacific standard time. Thread-safe and
// deterministic like renderPlateCrop(); rendering the crop and then the
// overview of one scene on one thread draws the plate once.
QByteArray renderOverview(const DemoScene& scene);

// Where renderOverview() puts the plate (without the box drawn around it),
// in overview pixels.
QRect overviewPlateRect(const DemoScene& scene);

// The name a plate of that state carries, e.g. "California" for "CA";
// empty for a code this table does not know.
QString stateDisplayName(const QString& stateCode);

// Text reduced to printable ASCII, as burned into an image caption:
// accents dropped ("Niño" -> "Nino"), dashes and quotes simplified, anything
// else becomes '?', whitespace collapsed.
QString toAsciiCaption(const QString& text);

} // namespace alpr
