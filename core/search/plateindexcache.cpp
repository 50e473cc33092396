// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindexcache.h"

#include "search/plateindex.h"
#include "store/store.h"

namespace alpr {

PlateIndexCache::PlateIndexCache(const Store& store) : m_store(store) {}

PlateIndexCache::~PlateIndexCache() = default;

Result<PlateIndex*> PlateIndexCache::index()
{
    if (!m_index) {
        auto index = std::make_unique<PlateIndex>();
        if (auto built = index->build(m_store.database()); !built)
            return built.error();
        m_index = std::move(index);
    }
    return m_index.get();
}

} // namespace alpr
