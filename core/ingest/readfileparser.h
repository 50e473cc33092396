// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// The entry point for importing a read file: reads it, works out its format and
// parses it into ReadRecords. Parsing only; the store writes the records.
//
// All or nothing: one malformed record makes the whole file an Error
// (ErrorCode::Invalid, or ErrorCode::Io when the file cannot be read) whose
// message names the file, the record ("record 3" in a JSON document, "line 3" in
// JSON Lines or CSV) and what is wrong.

#include "common/readrecord.h"
#include "common/result.h"
#include "ingest/csvreadparser.h"
#include "ingest/openalprparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace alpr {

enum class ReadFileFormat
{
    OpenAlprJson,
    Csv
};

// Larger read files are refused with a message saying to split them.
inline constexpr qint64 kMaxReadFileBytes = 1LL << 30;

// OpenAlprJson when the first character other than white space, after an
// optional UTF-8 byte order mark, is '{' or '['; Csv otherwise.
ReadFileFormat detectReadFileFormat(const QByteArray& data);

// Reads the file at path and parses it in the format detectReadFileFormat()
// finds. Messages name the file by its file name.
Result<QList<ReadRecord>> parseReadFile(const QString& path);

// As parseReadFile() for bytes already in memory; fileLabel names them in messages.
Result<QList<ReadRecord>> parseReadData(const QByteArray& data, const QString& fileLabel);

} // namespace alpr
