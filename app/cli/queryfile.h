// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cli.h"

#include <QCommandLineOption>

namespace alpr::cli {

// --query-file FILE: the query of a search or a canvass as a JSON object, so
// that the case, the purpose, the note and the plate pattern need not be on
// the command line, where `ps` shows them to every local user. "-" reads
// standard input.
QCommandLineOption queryFileOption();

enum class QueryKind
{
    Search,
    Canvass,
};

// Reads the file named by --query-file, when given, and puts its values
// into o as if they had been options (the pattern as the search's word).
// Strict: the file is at most 64 KiB of one JSON object; an unknown key, a
// value of the wrong type or one over its length limit is refused naming
// the key; a key also given on the command line is refused naming the
// option. Invalid with the message otherwise.
Result<void> applyQueryFile(Options& o, QueryKind kind);

} // namespace alpr::cli
