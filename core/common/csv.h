// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

// One CSV record (RFC 4180: quoted where needed, CRLF). A field that a
// spreadsheet would run as a formula (starting, after any spaces, with
// = + - @, their full-width forms, a tab, a carriage return or a line
// feed) is prefixed with an apostrophe: exported trails are opened in
// spreadsheets. Control characters and backslashes are written out as
// escapeControls() does (\n, \t, \x1b, \u202e, \\), so a value can
// neither start a record nor carry a terminal code.
QString csvLine(const QStringList& fields);

// More fields than this in one record is not a file of ours.
inline constexpr qsizetype kMaxCsvFields = 1000;

// Line breaks in text: LF, CRLF and a lone CR each count once.
qsizetype csvLineBreaks(QByteArrayView text);

// Splits RFC 4180 text into records of raw (undecoded) fields, one at a time;
// the reader of what csvLine() writes. Blank lines are skipped; a record of
// more than kMaxCsvFields fields is an error. The text must outlive the reader.
class CsvReader
{
public:
    enum class Status
    {
        Record,
        End,
        Error
    };

    explicit CsvReader(QByteArrayView text) : m_text(text) {}

    // Reads the next record into fields. On Error, errorLine() and
    // errorText() say what is wrong.
    Status next(QList<QByteArray>& fields);

    qsizetype recordLine() const { return m_recordLine; } // first line of the last record
    qsizetype errorLine() const { return m_errorLine; }
    const QString& errorText() const { return m_errorText; }

private:
    Status fail(qsizetype line, const QString& text);
    bool atFieldEnd() const;
    void skipBlankLines();
    bool readQuoted(QByteArray& field);
    bool readUnquoted(QByteArray& field);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 1;
    qsizetype m_errorLine = 0;
    QString m_errorText;
};

} // namespace alpr
