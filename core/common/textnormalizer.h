// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QString>

namespace alpr {

// User text as the screens judge it (the purpose screen, the note screen, the
// case number check), so that what a reader sees is what is judged:
//  - format and zero-width characters (Unicode Cf and the default-ignorable
//    code points) removed;
//  - Unicode NFKC, so full-width and styled letters and digits become plain;
//  - every decimal digit made an ASCII digit;
//  - letters that look like Latin letters (Cyrillic "І", Greek "ο") folded to
//    them with ICU's spoof checker (uspoof_getSkeleton), case kept; accents
//    removed;
//  - punctuation between two letters dropped ("I.C.E." reads "ICE.").
// The result is for judging only: store and show what the user typed.
class TextNormalizer final
{
public:
    struct Normalized
    {
        QString text;
        // For each UTF-16 unit of text, the index of the character of the
        // original it came from (to say where a screen found something).
        QList<qsizetype> origin;
    };

    // Without the format and zero-width characters, in NFKC: what the text
    // says, with no tricks of encoding. A text that differs from its
    // canonical form holds something a reader cannot see.
    static QString canonical(const QString& text);

    // The form the screens judge; see above.
    static Normalized forScreening(const QString& text);
};

} // namespace alpr
