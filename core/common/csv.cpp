// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/csv.h"

#include "common/textinput.h"

namespace alpr {

namespace {

// What a spreadsheet reads as the start of a formula, also in the
// full-width forms that some of them fold to ASCII.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0xff1d: // FULLWIDTH EQUALS SIGN
    case 0xff0b: // FULLWIDTH PLUS SIGN
    case 0xff0d: // FULLWIDTH HYPHEN-MINUS
    case 0xff20: // FULLWIDTH COMMERCIAL AT
        return true;
    default:
        return false;
    }
}

QString csvField(const QString& text)
{
    // Leading blanks are skipped by some spreadsheets before they look for a formula.
    qsizetype first = 0;
    while (first < text.size() && text.at(first) == u' ')
        ++first;
    const bool formula = first < text.size() && startsFormula(text.at(first));
    // Control characters are written out (\n, \x1b, \u202e), never stored
    // raw: no forged record, no terminal code when the file is printed.
    QString s = escapeControls(text);
    if (formula)
        s.prepend(u'\'');
    if (!s.contains(u',') && !s.contains(u'"'))
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
