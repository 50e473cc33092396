// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// Checks that the OpenALPR and CSV read parsers share, so that a read means the
// same thing whichever file it came from. Each returns what is wrong as a message
// fragment without the file or record; the parser adds those.

#include <QByteArray>
#include <QString>

namespace alpr {

// Longest free-text field accepted (camera, make, model, colour, ids).
inline constexpr int kMaxReadTextLength = 200;

// A value from an untrusted file as it may appear in a message: in double quotes,
// control characters escaped, cut to a few dozen characters.
QString quotedForMessage(const QString& text);

// What is wrong with a plate text that normalizePlate() refused, e.g.
// best_plate_number "AB?12" is not a plate: ...
QString plateProblem(const QString& field, const QString& text);

// "ca" -> "CA": two or three ASCII letters or digits, upper-cased. Returns an
// empty string when the text is not such a code.
QString stateCode(const QString& text);

// Empty when latitude/longitude are a WGS84 position, else what is wrong.
QString positionProblem(double latitude, double longitude);

// Empty when a confidence is a finite number in 0..100, else what is wrong.
QString confidenceProblem(const QString& field, double confidence);

// A free-text field of a read (camera, make, model, colour, ids) as it is
// stored, or what is wrong with it.
struct PlainText
{
    QString text;    // trimmed, each run of line breaks and tabs one space
    QString problem; // empty, or: too long, or holds another control character
};

// A quoted CSV field or a JSON string may span lines, a camera name on
// screen may not: its breaks are folded. Any other control character is
// refused: a terminal code in a camera name would reach every table that
// shows it.
PlainText plainText(const QString& field, const QString& raw);

// True when the bytes start like a JPEG file (FF D8 FF).
bool looksLikeJpeg(const QByteArray& bytes);

} // namespace alpr
