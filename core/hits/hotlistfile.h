// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// Hot-list files: the formats real lists come in, parsed and cleaned into
// entries. Parsing only; HotLists (hits/hotlists.h) stores them.
//
//   clew      California DOJ CLEW extracts (svs.tbl, sfr.tbl, slr.tbl): fixed
//             width, no delimiter. First line "DATEmm/dd/yyyy hh:mm" (the
//             extract time, California local time); each record has the plate
//             in columns 1-8 (space-padded), the state in 9-10, a county code
//             in 11-12 and a date YYYYMMDD from column 13; the last line is
//             "TOTAL RECORD nnnnnnn" and must count the records.
//   ncic-csv  CSV with the header NIC,ORI,DATE,LIC,LIS,LIY,LIT,VYR,VMA,VMO,VST,VCO
//             (NCIC field codes); make, style and colour codes are decoded
//             with the NIEM NCIC code tables in resources/ncic/.
//   csv       plain CSV plate,state,reason,case_number,synopsis,expires,note
//             for department lists.
//
// All or nothing: a broken file is an Error (ErrorCode::Invalid, or Io when it
// cannot be read) naming the file, the line and what is wrong.
//
// Cleaning, for every format: plates upper-cased with spaces and dashes
// removed; a state written with a zero for an O ("0H") corrected; duplicate
// plate+state rows dropped and counted (one plate in two states is two
// entries); plates that cannot be plates (empty, all zeros, longer than 8
// characters, not A-Z0-9) refused: counted, not loaded.

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace alpr {

enum class HotListFormat
{
    Clew,
    NcicCsv,
    Csv,
};

// "clew", "ncic-csv", "csv"; parseHotListFormat() returns false for anything else.
QString hotListFormatName(HotListFormat format);
bool parseHotListFormat(const QString& name, HotListFormat* format);

// One entry as a file gives it. Empty strings where the format has no such field.
struct HotListFileEntry
{
    int line = 0;        // where it came from, for messages
    QString plate;       // cleaned: A-Z0-9, at most 8 characters
    QString state;       // two letters, or empty when unknown
    QString reason;      // csv: the reason column; clew: the file's kind
                         // ("stolen vehicle", "felony vehicle", "stolen plate")
                         // when known from the file name, else empty; ncic: empty
    QString caseNumber;  // csv: case_number
    QString synopsis;    // csv: synopsis
    QDate expires;       // csv: expires (YYYY-MM-DD), invalid when empty
    QString note;        // csv: note
    QDate listedOn;      // clew: the record's date; ncic: DATE
    QString county;      // clew: county code
    QString nic;         // ncic: NIC
    QString ori;         // ncic: ORI
    QString plateYear;   // ncic: LIY
    QString plateType;   // ncic: LIT
    QString vehicleYear; // ncic: VYR
    QString make;  // ncic: VMA decoded to words ("Chevrolet"), or the code as it is when unknown
    QString model; // ncic: VMO as given
    QString style; // ncic: VST decoded ("4 door sedan; ..."), or the code when unknown
    QString color; // ncic: VCO decoded ("red/black" from RED/BLK), or the code when unknown
};

struct HotListFile
{
    HotListFormat format = HotListFormat::Csv;
    QDateTime extractTime; // clew: the DATE line (UTC); invalid when the file has none
    QList<HotListFileEntry> entries;
    int duplicates = 0;      // plate+state rows dropped as repeats
    int refusedPlates = 0;   // rows whose plate cannot be a plate
    int statesCorrected = 0; // "0H" -> "OH" and the like
};

// Larger hot-list files are refused (a statewide CLEW extract is ~30 MB).
inline constexpr qint64 kMaxHotListFileBytes = 256LL << 20;
// More records than this in one file are refused (twice the million active
// entries matching is sized for), so that memory stays bounded.
inline constexpr qsizetype kMaxHotListEntries = 2'000'000;
// Longest CLEW line accepted (a record is 20 characters and what follows).
inline constexpr qsizetype kMaxClewLineLength = 256;

// The format a file's content shows: clew when the first line starts with
// "DATE" followed by a digit; ncic-csv when the first line is the NCIC header;
// csv when it is the plain header; otherwise an Error saying which formats
// were looked for.
Result<HotListFormat> detectHotListFormat(const QByteArray& data, const QString& fileLabel);

// Reads and parses the file at path; format null means detect it. Messages
// name the file by its file name.
Result<HotListFile> parseHotListFile(const QString& path, const HotListFormat* format = nullptr);

// As parseHotListFile() for bytes in memory; fileLabel names them in messages
// (and, for clew, gives the list kind from "svs", "sfr" or "slr" in the name).
Result<HotListFile> parseHotListData(const QByteArray& data, const QString& fileLabel,
                                     const HotListFormat* format = nullptr);

} // namespace alpr
