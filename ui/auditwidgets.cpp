// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditwidgets.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QTableView>

#include <algorithm>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString indentedJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString detailsLine(const QJsonObject& details)
{
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)).left(2000);
}

QTableView* makeAuditTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setResizeContentsPrecision(200);
    return t;
}

void fitColumns(QTableView* table, int cap)
{
    table->resizeColumnsToContents();
    const int last = table->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c) + 12, cap));
}

void setMessage(QLabel* label, bool ok, const QString& text)
{
    label->setStyleSheet(ok ? QString() : u"color: #b00020;"_s);
    label->setText(text);
}

} // namespace alpr::gui
