// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The purpose screen (uses the policies prohibit, judged after the text is
// normalized): never crashes, and judges the same text the same way twice.
#include "cases/purposes.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString reason = alpr::prohibitedUse(text);
    FUZZ_CHECK(alpr::prohibitedUse(text) == reason);
    // Words added around a prohibited use do not hide it.
    if (!reason.isEmpty() && text.size() < 200)
        FUZZ_CHECK(
            !alpr::prohibitedUse(QStringLiteral("case 26-1: ") + text + QStringLiteral(" today"))
                 .isEmpty());
    return 0;
}
