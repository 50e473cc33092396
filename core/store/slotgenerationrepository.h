// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>

namespace alpr {

// The generation of each user's key slot as the store last saw it. The
// key-slot file sits beside the store and anyone who can write it can put an
// older copy back; the store, encrypted, keeps the number the slot must have
// at least, so that such a copy is refused.
class SlotGenerationRepository
{
public:
    virtual ~SlotGenerationRepository() = default;

    // 0 when the store has no record for the user.
    virtual Result<int> generation(const QString& username) const = 0;
    virtual Result<void> setGeneration(const QString& username, int generation) = 0;
    virtual Result<QMap<QString, int>> all() const = 0;
};

} // namespace alpr
