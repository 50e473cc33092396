// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/textinput.h"

#include <QCoreApplication>

namespace alpr {

bool isControlCharacter(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    // Bidirectional embeddings, overrides and isolates reorder what follows.
    const char16_t u = c.unicode();
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

Result<void> checkTextInput(const QString& field, const QString& text, int maxLength,
                            TextLines lines)
{
    if (text.size() > maxLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::TextInput",
                                        "the %1 is %2 characters long; at most %3 are allowed")
                .arg(field)
                .arg(text.size())
                .arg(maxLength));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (lines == TextLines::Several && (c == u'\n' || c == u'\t'))
            continue;
        if (isControlCharacter(c))
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("alpr::TextInput",
                                            "the %1 holds a control character (such as a line "
                                            "break or a terminal code) at character %2; remove "
                                            "it and try again")
                    .arg(field)
                    .arg(i + 1));
    }
    return {};
}

QString escapeControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (isControlCharacter(c))
            out += c.unicode() < 0x100
                       ? QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace alpr
