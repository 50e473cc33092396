// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// What the pages of the auditor's console share: their tables, messages,
// colours and the way they show a time.

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonObject>
#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace alpr::gui {

inline const QColor kAuditBad(0xb0, 0x00, 0x20);
inline const QColor kAuditGood(0x1b, 0x5e, 0x20);

// The workstation's local time, to the second; empty for an invalid time.
QString localTime(const QDateTime& at);
QFont fixedFont();
QString indentedJson(const QJsonObject& o);
// An event's details on one line, cut for a tooltip.
QString detailsLine(const QJsonObject& details);

// A read-only table of whole rows, one selected at a time.
QTableView* makeAuditTable(const QString& name, QAbstractItemModel* model, QWidget* parent);
// Fits the columns to their contents, but leaves the stretching last one and
// keeps any column from taking more than `cap` pixels.
void fitColumns(QTableView* table, int cap);
// Shows a message, in red when it reports a failure.
void setMessage(QLabel* label, bool ok, const QString& text);

} // namespace alpr::gui
