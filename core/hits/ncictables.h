// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// The NCIC vehicle code tables (make VMA, style VST, colour VCO) of a public
// NIEM release, compiled in from resources/ncic/*.tsv (see the comment lines
// at the top of each file for its source and licence). Loaded once, on first
// use, from any thread.

#include <QString>

namespace alpr {

enum class NcicTable
{
    Make,  // VMA
    Style, // VST
    Color, // VCO
};

// The release's words for a code, as it writes them ("CHEVROLET"); empty when
// the table has no such code. Codes are matched upper-cased and trimmed.
QString ncicCodeWords(NcicTable table, const QString& code);

// How many codes a table holds (0 would mean the tables were not compiled in).
int ncicCodeCount(NcicTable table);

// For showing: "CHEV" -> "Chevrolet", "4D" -> "4 door sedan; truck/pick-up 4
// door", "RED/BLK" -> "red/black" (two colours, each decoded). A code the
// table does not know is returned as it is (one of two colours alone too:
// "RED/XYZ" -> "red/XYZ"); an empty code gives an empty string.
QString decodeVehicleMake(const QString& code);
QString decodeVehicleStyle(const QString& code);
QString decodeVehicleColor(const QString& code);

} // namespace alpr
