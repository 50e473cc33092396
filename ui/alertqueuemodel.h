// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/alerts.h" // HitRecord

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace alpr::gui {

// The dispatcher's alert queue: the open hits newest first, with what the
// list says about each, how old it is, its flags and who works it.
// Escalated rows (nobody took them in time) are highlighted; covert rows say
// so (only the list's members see them at all).
class AlertQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertQueueModel)

public:
    // What a dispatcher needs first on the left; the camera's long name last,
    // where a narrow screen cuts it (its tooltip has it whole).
    enum Column
    {
        Priority,
        ReadPlate,
        ListedPlate,
        List,
        Reason,
        Age,
        Flags,
        Hold, // "Held" when a legal hold keeps the hit's read
        Holder,
        Time,
        Camera,
        ColumnCount
    };

    explicit AlertQueueModel(QObject* parent = nullptr);
    ~AlertQueueModel() override;

    // now: what the ages are counted from (the session's clock).
    void setHits(QList<HitRecord> hits, const QDateTime& now);
    // The reads a legal hold keeps (asked once per refresh of the queue);
    // a confirmed enforcement disposition holds its read by itself.
    void setHeld(QSet<qint64> readIds);
    bool isHeld(int row) const;
    const HitRecord* hit(int row) const;
    int rowOfHit(qint64 hitId) const; // -1 when not in the queue
    int untakenCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString flags(const HitRecord& h) const;
    QString age(const HitRecord& h) const;

    QList<HitRecord> m_hits;
    QSet<qint64> m_held;
    QDateTime m_now;
};

} // namespace alpr::gui
