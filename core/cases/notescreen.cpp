// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/notescreen.h"

#include "common/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alpr {

namespace {

Error refused(const QString& what, qsizetype at)
{
    // The message names the position, never the digits: it may be logged.
    return Error{
        ErrorCode::Invalid,
        QCoreApplication::translate("alpr::NoteScreen",
                                    "the note holds what looks like %1 (at character %2); notes "
                                    "must not carry personal identifiers, remove it and try again")
            .arg(what)
            .arg(at + 1)};
}

// A date written as month/day/year, day.month.year or year-month-day; the
// year as four digits or two.
QDate dateAt(const QRegularExpressionMatch& m)
{
    if (m.captured(u"iy").size() > 0)
        return QDate(m.captured(u"iy").toInt(), m.captured(u"im").toInt(),
                     m.captured(u"id").toInt());
    int year = m.captured(u"y").toInt();
    if (m.captured(u"y").size() == 2)
        year += year > 30 ? 1900 : 2000;
    const int first = m.captured(u"a").toInt();
    const int second = m.captured(u"b").toInt();
    QDate d(year, first, second); // US order first
    if (!d.isValid())
        d = QDate(year, second, first);
    return d;
}

} // namespace

Result<void> screenNote(const QString& note, const QDate& today)
{
    if (note.size() > kMaxNoteLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::NoteScreen",
                                        "the note is %1 characters long; at most %2 are kept")
                .arg(note.size())
                .arg(kMaxNoteLength));
    for (qsizetype i = 0; i < note.size(); ++i) {
        const QChar c = note.at(i);
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("alpr::NoteScreen",
                                            "the note holds a control character at character %1")
                    .arg(i + 1));
    }

    // Judged as a reader sees it: no zero-width characters between the digits,
    // full-width and other digits as ASCII digits, "S.S.N." read "SSN.".
    // Positions in messages are the original's.
    const TextNormalizer::Normalized normalized = TextNormalizer::forScreening(note);
    const QString& text = normalized.text;
    const auto origin = [&normalized](qsizetype i) { return normalized.origin.value(i, 0); };

    // 123-45-6789, 123 45 6789, 123.45.6789, or nine digits standing alone.
    static const QRegularExpression ssn(
        QStringLiteral(R"((?<![\d-])(?:\d{3}[-. ]\d{2}[-. ]\d{4}|\d{9})(?![\d-]))"));
    if (const auto m = ssn.match(text); m.hasMatch())
        return refused(QCoreApplication::translate("alpr::NoteScreen", "a Social Security number"),
                       origin(m.capturedStart()));
    static const QRegularExpression ssnWord(
        QStringLiteral(R"(\b(?:s\.?s\.?n|social\s+security)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = ssnWord.match(text); m.hasMatch())
        return refused(QCoreApplication::translate("alpr::NoteScreen", "a Social Security number"),
                       origin(m.capturedStart()));

    static const QRegularExpression date(
        QStringLiteral(R"((?<!\d)(?:(?<iy>(?:19|20)\d{2})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})|)"
                       R"((?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4}|\d{2}))(?!\d))"));
    static const QRegularExpression birthWord(
        QStringLiteral(R"(\b(?:d\.?o\.?b\.?|born|birth\w*|b/d)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    auto dates = date.globalMatch(text);
    while (dates.hasNext()) {
        const auto m = dates.next();
        const QDate d = dateAt(m);
        if (!d.isValid())
            continue;
        // A birth word within 20 characters before the date.
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 20);
        const bool labelled = birthWord.match(text.mid(from, m.capturedStart() - from)).hasMatch();
        if (labelled || d.addYears(10) <= today)
            return refused(QCoreApplication::translate("alpr::NoteScreen", "a date of birth"),
                           origin(m.capturedStart()));
    }
    // "March 4, 1985", "4 Mar 1985".
    static const QRegularExpression named(
        QStringLiteral(R"(\b(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)"
                       R"((?<d1>\d{1,2})(?:st|nd|rd|th)?,?|(?<d2>\d{1,2})\s+)"
                       R"((?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?)\s+)"
                       R"((?<y>(?:19|20)\d{2})\b)"),
        QRegularExpression::CaseInsensitiveOption);
    auto namedDates = named.globalMatch(text);
    while (namedDates.hasNext()) {
        const auto m = namedDates.next();
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 20);
        const bool labelled = birthWord.match(text.mid(from, m.capturedStart() - from)).hasMatch();
        if (labelled || m.captured(u"y").toInt() + 10 <= today.year())
            return refused(QCoreApplication::translate("alpr::NoteScreen", "a date of birth"),
                           origin(m.capturedStart()));
    }
    return {};
}

} // namespace alpr
