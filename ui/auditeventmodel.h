// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace alpr::gui {

// Audit events as the auditor's console lists them (the trail, a case).
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column
    {
        Seq,
        Time,
        User,
        Action,
        Object,
        Case,
        Purpose,
        Outcome,
        Details,
        ColumnCount
    };

    explicit AuditEventModel(QObject* parent = nullptr);
    ~AuditEventModel() override;

    void setEvents(QList<AuditEvent> events);
    const QList<AuditEvent>& events() const { return m_events; }
    const AuditEvent* event(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a search or canvass looked for, and how many it found.
    static QString querySummary(const QJsonObject& details);
    // One line for the details column: the reason of a refusal first, then
    // the query, then the rest that is not a column of its own.
    static QString detailsSummary(const AuditEvent& event);

private:
    QList<AuditEvent> m_events;
};

} // namespace alpr::gui
