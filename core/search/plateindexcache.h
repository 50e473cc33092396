// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <memory>

namespace alpr {

class PlateIndex;
class Store;

// The in-memory plate dictionary of one open store, built on first use (the
// GUI builds it right after sign-in; CLI commands that do not search never
// pay for it). Whoever imports in the same process keeps a built index
// current with built().
class PlateIndexCache final
{
public:
    explicit PlateIndexCache(const Store& store);
    ~PlateIndexCache();
    PlateIndexCache(const PlateIndexCache&) = delete;
    PlateIndexCache& operator=(const PlateIndexCache&) = delete;

    Result<PlateIndex*> index();
    // The index if it was built, else null: before the first build there is
    // nothing to keep current.
    PlateIndex* built() const { return m_index.get(); }

private:
    const Store& m_store;
    std::unique_ptr<PlateIndex> m_index;
};

} // namespace alpr
