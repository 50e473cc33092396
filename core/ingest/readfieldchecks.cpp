// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/readfieldchecks.h"

#include "common/textinput.h"
#include "search/platetext.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace alpr {

namespace {

constexpr int kMaxShownCharacters = 40;

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString quotedForMessage(const QString& text)
{
    QString out = QStringLiteral("\"");
    int shown = 0;
    for (QChar c : text) {
        if (shown == kMaxShownCharacters) {
            out += QStringLiteral("...");
            break;
        }
        if (isControlCharacter(c))
            out += escapeControls(QString(c));
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else
            out += c;
        ++shown;
    }
    out += QLatin1Char('"');
    return out;
}

QString plateProblem(const QString& field, const QString& text)
{
    return QCoreApplication::translate(
               "alpr::ReadFieldChecks",
               "%1 %2 is not a plate: use A-Z and 0-9 (spaces, dashes and dots are "
               "ignored), at most %3 characters")
        .arg(field, quotedForMessage(text))
        .arg(kMaxPlateLength);
}

QString stateCode(const QString& text)
{
    if (text.size() < 2 || text.size() > 3)
        return {};
    QString out;
    for (QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return {};
        out += QChar(u);
    }
    return out;
}

QString positionProblem(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || latitude < -90.0 || latitude > 90.0)
        return QCoreApplication::translate("alpr::ReadFieldChecks",
                                           "latitude %1 is outside -90..90")
            .arg(formatNumber(latitude));
    if (!std::isfinite(longitude) || longitude < -180.0 || longitude > 180.0)
        return QCoreApplication::translate("alpr::ReadFieldChecks",
                                           "longitude %1 is outside -180..180")
            .arg(formatNumber(longitude));
    return {};
}

QString confidenceProblem(const QString& field, double confidence)
{
    if (!std::isfinite(confidence) || confidence < 0.0 || confidence > 100.0)
        return QCoreApplication::translate("alpr::ReadFieldChecks", "%1 %2 is outside 0..100")
            .arg(field, formatNumber(confidence));
    return {};
}

PlainText plainText(const QString& field, const QString& raw)
{
    PlainText out;
    const QString trimmed = raw.trimmed();
    const auto isBreak = [](QChar c) { return c == u'\r' || c == u'\n' || c == u'\t'; };
    if (std::none_of(trimmed.begin(), trimmed.end(), isBreak)) {
        out.text = trimmed;
    } else {
        out.text.reserve(trimmed.size());
        bool inBreak = false;
        for (const QChar c : trimmed) {
            if (!isBreak(c))
                out.text += c;
            else if (!inBreak)
                out.text += u' ';
            inBreak = isBreak(c);
        }
    }
    const QString& text = out.text;
    if (text.size() > kMaxReadTextLength) {
        out.problem =
            QCoreApplication::translate("alpr::ReadFieldChecks",
                                        "%1 is %2 characters long; at most %3 are allowed")
                .arg(field)
                .arg(text.size())
                .arg(kMaxReadTextLength);
        return out;
    }
    const auto at = std::find_if(text.begin(), text.end(), isControlCharacter);
    if (at != text.end())
        out.problem =
            QCoreApplication::translate("alpr::ReadFieldChecks",
                                        "%1 %2 holds a control character (U+%3) at character %4; a "
                                        "camera's fields are plain text")
                .arg(field, quotedForMessage(text))
                .arg(int(at->unicode()), 4, 16, QLatin1Char('0'))
                .arg(at - text.begin() + 1);
    return out;
}

bool looksLikeJpeg(const QByteArray& bytes)
{
    return bytes.size() >= 3 && quint8(bytes[0]) == 0xFF && quint8(bytes[1]) == 0xD8 &&
           quint8(bytes[2]) == 0xFF;
}

} // namespace alpr
