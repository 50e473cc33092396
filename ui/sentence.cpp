// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "sentence.h"

namespace alpr::gui {

QString asSentence(const QString& message)
{
    QString s = message.trimmed();
    if (s.isEmpty())
        return s;
    // The first letter, after any opening quote or bracket.
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isLetter()) {
            s[i] = s[i].toUpper();
            break;
        }
        if (s[i].isLetterOrNumber())
            break;
    }
    const QChar last = s.back();
    if (last != u'.' && last != u'!' && last != u'?' && last != u'…')
        s += u'.';
    return s;
}

} // namespace alpr::gui
