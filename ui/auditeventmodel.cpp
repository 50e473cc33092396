// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditeventmodel.h"
#include "auditwidgets.h"
#include "displaynames.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString scalarText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? u"yes"_s : u"no"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return u"[%1]"_s.arg(v.toArray().size());
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return u"-"_s;
    }
}

} // namespace

QString AuditEventModel::querySummary(const QJsonObject& details)
{
    const QJsonObject query = details.value(u"query"_s).toObject();
    QString text;
    if (query.contains(u"pattern"_s)) {
        text = query.value(u"pattern"_s).toString();
        QStringList flags;
        if (query.value(u"misread"_s).toBool())
            flags << tr("misread");
        if (const int edits = query.value(u"max_edits"_s).toInt(); edits > 0)
            flags << tr("%1 edits").arg(edits);
        const QJsonObject filters = query.value(u"filters"_s).toObject();
        for (auto it = filters.begin(); it != filters.end(); ++it)
            flags << u"%1 %2"_s.arg(it.key(), scalarText(it.value()));
        if (!flags.isEmpty())
            text += u" ("_s + flags.join(u", "_s) + u')';
    } else if (query.contains(u"windows"_s)) {
        text = tr("canvass of %1 windows, in at least %2")
                   .arg(query.value(u"windows"_s).toArray().size())
                   .arg(query.value(u"min_windows"_s).toInt());
    }
    if (details.contains(u"result_count"_s))
        text += tr(" → %1 found").arg(details.value(u"result_count"_s).toInteger());
    return text;
}

QString AuditEventModel::detailsSummary(const AuditEvent& e)
{
    static const QStringList shown = {
        u"case"_s,         u"purpose"_s, u"organization"_s,      u"query"_s,
        u"result_count"_s, u"reason"_s,  u"normalized_pattern"_s};
    const QJsonObject& d = e.details;
    QStringList parts;
    if (d.contains(u"reason"_s))
        parts << d.value(u"reason"_s).toString();
    if (const QString q = querySummary(d); !q.isEmpty())
        parts << q;
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (!shown.contains(it.key()))
            parts << u"%1: %2"_s.arg(it.key(), scalarText(it.value()));
    }
    QString text = parts.join(u"; "_s);
    if (text.size() > 200)
        text = text.left(199) + u'…';
    return text;
}

AuditEventModel::AuditEventModel(QObject* parent) : QAbstractTableModel(parent) {}
AuditEventModel::~AuditEventModel() = default;

void AuditEventModel::setEvents(QList<AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const AuditEvent* AuditEventModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    const AuditEvent* e = event(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return e->seq;
        case Time:
            return localTime(e->at);
        case User:
            return e->username;
        case Action:
            return auditActionLabel(e->action);
        case Object:
            return e->object;
        case Case:
            return e->details.value(u"case"_s).toString();
        case Purpose:
            return e->details.value(u"purpose"_s).toString();
        case Outcome:
            return auditOutcomeLabel(e->outcome);
        case Details:
            return detailsSummary(*e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return tr("%1 UTC").arg(e->at.toUTC().toString(Qt::ISODateWithMs));
        if (index.column() == Details || index.column() == Object)
            return detailsLine(e->details);
        if (index.column() == Action) // the name the filter and alprctl take
            return e->action;
    }
    if (role == Qt::ForegroundRole && e->outcome != QLatin1String("success"))
        return kAuditBad;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Seq");
    case Time:
        return tr("Time (local)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Case:
        return tr("Case");
    case Purpose:
        return tr("Purpose");
    case Outcome:
        return tr("Outcome");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace alpr::gui
