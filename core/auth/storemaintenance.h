// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

namespace alpr {

class Session;

// Upkeep of the store file (maintain-store: administrators and the
// maintenance service account).
class StoreMaintenance final
{
public:
    explicit StoreMaintenance(Session& session) : m_session(session) {}

    struct Compaction
    {
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
        qint64 milliseconds = 0;
    };
    // Store::compact(), recorded as "store-compacted" with the sizes before
    // and after and the time taken.
    Result<Compaction> compactStore();

private:
    Session& m_session;
};

} // namespace alpr
