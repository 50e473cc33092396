// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Widgets made with the object name the tests find them by.

#include <QString>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace alpr::gui {

// A button that does not take Return from the line edits around it.
QPushButton* namedButton(const QString& text, const QString& name, QWidget* parent);
QLineEdit* namedEdit(const QString& name, QWidget* parent);
// A label for messages and values: selectable, wrapping unless told not to.
QLabel* namedLabel(const QString& name, QWidget* parent, bool wrap = true);
// A read-only list of records, one selected row at a time, with these
// column headers (the holds, the purge certificates, the release requests).
QTableWidget* namedRecordTable(const QString& name, const QStringList& headers, QWidget* parent);

} // namespace alpr::gui
