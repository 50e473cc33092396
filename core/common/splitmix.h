// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QtGlobal>

namespace alpr {

// The SplitMix64 finalizer: spreads a seed over all 64 bits. Deterministic
// synthetic data (demo reads, demo images) hashes (seed, index) with it, so
// any item can be made on its own, on any thread.
constexpr quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace alpr
