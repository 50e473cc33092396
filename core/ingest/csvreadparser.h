// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// Plate reads as CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF line
// ends, optional UTF-8 BOM), UTF-8 text. The first line is a header naming the
// columns in any order, case-insensitively:
//   required  plate, state, captured_at, camera, latitude, longitude
//   optional  confidence, make, model, color, body, source
// Any other column is an error, so that a misspelt column is not dropped.
//
//   plate        normalizePlate() of the text; must not be empty
//   state        two or three letters or digits, or empty when unknown
//   captured_at  ISO 8601 date and time with Z or an offset, e.g.
//                2026-03-01T14:05:09Z or 2026-03-01T06:05:09.250-08:00
//   camera       camera code and name; must not be empty
//   latitude, longitude  WGS84 degrees; both empty (or both 0) -> no position
//   confidence   0..100, empty -> 0
//   source       mobile or fixed, empty -> unknown
// Blank lines are skipped. Line numbers in messages are the line a record
// starts on, counting the header as line 1.

#include "common/readrecord.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace alpr {

// Parses all reads in data. Any malformed line makes the whole input an Error
// (ErrorCode::Invalid) naming fileLabel and the line; so does input without reads.
Result<QList<ReadRecord>> parseCsvReads(const QByteArray& data, const QString& fileLabel);

} // namespace alpr
