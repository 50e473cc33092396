// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/platetext.h"

namespace alpr {

QString normalizePlate(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'.')
            continue;
        const char16_t u = c.toUpper().unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            out.append(QChar(u));
        else
            return {};
    }
    if (out.size() > kMaxPlateLength)
        return {};
    return out;
}

} // namespace alpr
