// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/csv.h"

namespace alpr {

namespace {

QString csvField(const QString& text)
{
    QString s = text;
    if (!s.isEmpty() && (s.front() == u'=' || s.front() == u'+' || s.front() == u'-' ||
                         s.front() == u'@' || s.front() == u'\t' || s.front() == u'\r'))
        s.prepend(u'\'');
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

} // namespace

QString csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << csvField(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace alpr
