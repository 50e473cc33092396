// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/plateindex.h"

#include "search/platetext.h"
#include "store/store.h"

#include <QSqlQuery>

#include <algorithm>

namespace alpr {

Result<void> PlateIndex::build(QSqlDatabase db)
{
    *this = PlateIndex{};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, plate FROM plates ORDER BY id")))
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the plate dictionary"));
    while (q.next())
        slotFor(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();

    // Counting pass, then fill: two scans of the covering plate_id index.
    std::vector<std::uint32_t> counts(m_lengths.size() + 1, 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    if (!q.exec(QStringLiteral("SELECT plate_id, id FROM reads ORDER BY plate_id, id")))
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the posting lists"));
    while (q.next()) {
        const qint64 plateId = q.value(0).toLongLong();
        const qint64 readId = q.value(1).toLongLong();
        if (plateId < 0 || plateId >= static_cast<qint64>(m_slotByPlateId.size())
            || m_slotByPlateId[plateId] == 0 || readId <= 0 || readId > UINT32_MAX)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("read %1 refers to an unknown plate").arg(readId));
        const std::uint32_t slot = m_slotByPlateId[plateId] - 1;
        ++counts[slot + 1];
        pairs.emplace_back(slot, static_cast<std::uint32_t>(readId));
    }
    m_offsets.assign(m_lengths.size() + 1, 0);
    for (std::size_t s = 0; s < m_lengths.size(); ++s)
        m_offsets[s + 1] = m_offsets[s] + counts[s + 1];
    m_postings.resize(pairs.size());
    std::vector<std::uint32_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (const auto& [slot, readId] : pairs)
        m_postings[cursor[slot]++] = readId;
    m_totalReads = static_cast<qsizetype>(pairs.size());
    return {};
}

std::uint32_t PlateIndex::slotFor(qint64 plateId, const QString& plate)
{
    if (plateId >= static_cast<qint64>(m_slotByPlateId.size()))
        m_slotByPlateId.resize(static_cast<std::size_t>(plateId) + 1, 0);
    if (m_slotByPlateId[plateId] != 0)
        return m_slotByPlateId[plateId] - 1;
    const auto slot = static_cast<std::uint32_t>(m_lengths.size());
    const QByteArray ascii = plate.toLatin1();
    const auto length = static_cast<std::size_t>(std::min<qsizetype>(ascii.size(), kMaxPlateLength));
    m_chars.resize(m_chars.size() + kMaxPlateLength, '\0');
    std::copy_n(ascii.constData(), length, m_chars.end() - kMaxPlateLength);
    m_lengths.push_back(static_cast<std::uint8_t>(length));
    m_offsets.push_back(m_offsets.back());
    m_slotByPlateId[plateId] = slot + 1;
    return slot;
}

void PlateIndex::addRead(qint64 plateId, const QString& plate, qint64 readId)
{
    const std::uint32_t slot = slotFor(plateId, plate);
    m_added[slot].push_back(static_cast<std::uint32_t>(readId));
    ++m_totalReads;
}

std::vector<PlateMatchEntry> PlateIndex::match(const PlatePattern& pattern) const
{
    std::vector<PlateMatchEntry> out;
    const char* row = m_chars.data();
    for (std::size_t s = 0; s < m_lengths.size(); ++s, row += kMaxPlateLength) {
        const int length = m_lengths[s];
        const int cost = pattern.misreadCost(row, length);
        if (cost < 0)
            continue;
        out.push_back({static_cast<std::uint32_t>(s), pattern.matchForCost(cost), cost});
    }
    return out;
}

QString PlateIndex::plate(std::uint32_t slot) const
{
    return QString::fromLatin1(m_chars.data() + std::size_t(slot) * kMaxPlateLength,
                               m_lengths[slot]);
}

std::vector<qint64> PlateIndex::readIds(std::uint32_t slot) const
{
    std::vector<qint64> ids(m_postings.begin() + m_offsets[slot],
                            m_postings.begin() + m_offsets[slot + 1]);
    if (auto it = m_added.find(slot); it != m_added.end())
        ids.insert(ids.end(), it->second.begin(), it->second.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

qsizetype PlateIndex::readCount(std::uint32_t slot) const
{
    qsizetype n = m_offsets[slot + 1] - m_offsets[slot];
    if (auto it = m_added.find(slot); it != m_added.end())
        n += static_cast<qsizetype>(it->second.size());
    return n;
}

std::size_t PlateIndex::memoryBytes() const
{
    std::size_t added = 0;
    for (const auto& [slot, ids] : m_added)
        added += sizeof(slot) + ids.capacity() * sizeof(std::uint32_t) + 32;
    return m_chars.capacity() + m_lengths.capacity() + m_offsets.capacity() * 4
        + m_postings.capacity() * 4 + m_slotByPlateId.capacity() * 4 + added;
}

} // namespace alpr
