// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// OpenALPR / Rekor Scout "alpr_group" records (versions 2 and 3) as a webhook or
// an agent writes them: one JSON object, a JSON array of objects, or JSON Lines
// (one object per line, blank lines allowed); with or without a UTF-8 BOM.
//
// Mapping to ReadRecord:
//   plate        normalizePlate(best_plate_number); best_plate.plate is ignored
//   state        best_region "us-ca" -> "CA"; a region without a dash -> empty
//   capturedAt   epoch_start, milliseconds since 1970 UTC
//   cameraCode   "openalpr:<agent_uid>:<camera_id>"
//   cameraName   web_server_config.camera_label, else "camera <camera_id>"
//   position     gps_latitude/gps_longitude; absent or both 0 -> no position
//   confidence   best_confidence (else best_plate.confidence)
//   candidates   best_plate.candidates + candidates: normalized, deduplicated
//                (highest confidence kept), without the plate, best first;
//                alternatives that do not normalize to a plate are left out
//   vehicle      top candidate of vehicle.make, make_model ("bmw_x3" -> "x3"),
//                color, body_type
//   externalId   best_uuid; sourceKind Fixed
//   images       best_plate.plate_crop_jpeg, overview_jpeg, vehicle_crop_jpeg:
//                base64 (padding optional) of a JPEG of at most kMaxReadImageBytes

#include "common/readrecord.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace alpr {

// Largest decoded image accepted in a read.
inline constexpr qint64 kMaxReadImageBytes = 16LL << 20;

// Parses every alpr_group record in data. Any other data_type (alpr_results,
// heartbeat, ...) or a malformed record makes the whole input an Error
// (ErrorCode::Invalid) naming fileLabel and "record N" (JSON) or "line N" (JSON
// Lines). Input without any record is an Error too.
Result<QList<ReadRecord>> parseOpenAlprJson(const QByteArray& data, const QString& fileLabel);

} // namespace alpr
