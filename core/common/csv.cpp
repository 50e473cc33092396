// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/csv.h"

#include "common/textinput.h"

#include <QCoreApplication>

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
    // A record of one empty or all-blank field would be a blank line, which a
    // reader skips: quoted, it stays a record.
    if (out.size() == 1 && QStringView(out.front()).trimmed().isEmpty() &&
        !out.front().contains(u'"'))
        out.front() = u'"' + out.front() + u'"';
    return out.join(u',') + QStringLiteral("\r\n");
}

qsizetype csvLineBreaks(QByteArrayView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            ++count;
        else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
            ++count;
    }
    return count;
}

CsvReader::Status CsvReader::next(QList<QByteArray>& fields)
{
    fields.clear();
    skipBlankLines();
    if (m_pos >= m_text.size())
        return Status::End;
    m_recordLine = m_line;
    for (;;) {
        if (fields.size() == kMaxCsvFields)
            return fail(m_recordLine,
                        QCoreApplication::translate("alpr::Csv",
                                                    "more than %1 fields; is this a CSV read file?")
                            .arg(kMaxCsvFields));
        QByteArray field;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            if (!readQuoted(field))
                return Status::Error;
        } else if (!readUnquoted(field)) {
            return Status::Error;
        }
        fields.append(std::move(field));
        if (m_pos >= m_text.size())
            return Status::Record;
        const char c = m_text[m_pos++];
        if (c == ',')
            continue;
        if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return Status::Record;
    }
}

CsvReader::Status CsvReader::fail(qsizetype line, const QString& text)
{
    m_errorLine = line;
    m_errorText = text;
    return Status::Error;
}

bool CsvReader::atFieldEnd() const
{
    if (m_pos >= m_text.size())
        return true;
    const char c = m_text[m_pos];
    return c == ',' || c == '\r' || c == '\n';
}

void CsvReader::skipBlankLines()
{
    for (;;) {
        qsizetype p = m_pos;
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t'))
            ++p;
        if (p >= m_text.size()) {
            m_pos = p;
            return;
        }
        if (m_text[p] == '\n') {
            m_pos = p + 1;
        } else if (m_text[p] == '\r') {
            m_pos = p + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == '\n')
                ++m_pos;
        } else {
            return;
        }
        ++m_line;
    }
}

bool CsvReader::readQuoted(QByteArray& field)
{
    const qsizetype openLine = m_line;
    ++m_pos; // opening quote
    for (;;) {
        const qsizetype quote = m_text.indexOf('"', m_pos);
        if (quote < 0) {
            fail(openLine, QCoreApplication::translate(
                               "alpr::Csv", "a quoted field that starts on this line is never "
                                            "closed; a quote inside a field must be doubled"));
            return false;
        }
        const QByteArrayView chunk = m_text.sliced(m_pos, quote - m_pos);
        field.append(chunk);
        m_line += csvLineBreaks(chunk);
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') { // doubled quote
            field.append('"');
            ++m_pos;
            continue;
        }
        break;
    }
    if (!atFieldEnd()) {
        fail(m_line, QCoreApplication::translate(
                         "alpr::Csv", "text after the closing quote of a field; a quote inside a "
                                      "quoted field must be doubled"));
        return false;
    }
    return true;
}

bool CsvReader::readUnquoted(QByteArray& field)
{
    const qsizetype start = m_pos;
    while (!atFieldEnd()) {
        if (m_text[m_pos] == '"') {
            fail(m_line, QCoreApplication::translate(
                             "alpr::Csv", "a quote inside a field that does not start with a "
                                          "quote; quote the whole field and double the quote"));
            return false;
        }
        ++m_pos;
    }
    field = m_text.sliced(start, m_pos - start).toByteArray();
    return true;
}

} // namespace alpr
