// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The note screen (SSN, date of birth, length): never crashes on any text.
#include "cases/notescreen.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString note = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto screened = alpr::screenNote(note, QDate(2026, 12, 5));
    if (!screened)
        FUZZ_CHECK(!screened.error().message.isEmpty());
    if (note.size() > alpr::kMaxNoteLength)
        FUZZ_CHECK(!screened);
    return 0;
}
