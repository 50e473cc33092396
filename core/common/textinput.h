// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

namespace alpr {

// The longest text inputs, checked in core before anything else sees the
// text, so that the GUI and the CLI refuse alike.
inline constexpr int kMaxPasswordLength = 1024; // characters
inline constexpr int kMaxNameLength = 64;       // full names, badges, organizations
inline constexpr int kMaxFreeTextLength = 2000; // descriptions, titles, courses

enum class TextLines
{
    One,     // a name or a title: no line breaks
    Several, // a note: line breaks and tabs allowed
};

// Checks one input: at most maxLength characters and no control character
// (C0/C1 controls, line and paragraph separators, bidirectional overrides;
// a line break or a tab only where lines is Several). Invalid with a message
// that names the field ("the full name") and the limit.
Result<void> checkTextInput(const QString& field, const QString& text, int maxLength,
                            TextLines lines = TextLines::One);

// A character checkTextInput refuses: C0/C1 controls (a line break and a tab
// too), line and paragraph separators, bidirectional overrides.
bool isControlCharacter(QChar c);

// The text with every control character written out (\n, \t, \x1b, \u202e),
// and a backslash as \\, so that printing it cannot start a line or move the
// cursor.
QString escapeControls(const QString& text);

} // namespace alpr
