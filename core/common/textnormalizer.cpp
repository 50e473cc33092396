// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/textnormalizer.h"

#include <unicode/uchar.h>
#include <unicode/uspoof.h>

namespace alpr {

namespace {

// Format characters (zero-width space and joiners, bidirectional marks, the
// soft hyphen) and the other code points Unicode says to show as nothing
// (variation selectors, the combining grapheme joiner, Hangul fillers).
bool isInvisible(char32_t c)
{
    return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// The code point at i, and how many UTF-16 units it takes.
char32_t codePointAt(const QString& text, qsizetype i, qsizetype* units)
{
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    }
    *units = 1;
    return text.at(i).unicode();
}

const USpoofChecker* spoofChecker()
{
    // Configured once, then only read: ICU allows concurrent skeletons.
    static const USpoofChecker* const checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker* c = uspoof_open(&status);
        return U_SUCCESS(status) ? c : nullptr;
    }();
    return checker;
}

// The plain-Latin letters one character looks like ("е" -> "e", "é" -> "e"),
// from ICU's confusables data; empty when it looks like no ASCII text.
QString asciiSkeleton(const QString& character)
{
    const USpoofChecker* checker = spoofChecker();
    if (!checker)
        return {};
    UChar out[32];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uspoof_getSkeleton(checker, 0, reinterpret_cast<const UChar*>(character.utf16()),
                           static_cast<int32_t>(character.size()), out, 32, &status);
    if (U_FAILURE(status))
        return {};
    QString ascii;
    for (int32_t i = 0; i < length; ++i) {
        const QChar c(static_cast<char16_t>(out[i]));
        if (c.category() == QChar::Mark_NonSpacing) // accents
            continue;
        if (c.unicode() > 0x7f)
            return {};
        ascii.append(c);
    }
    return ascii;
}

// One code point of NFKC text, folded: ASCII stays; other digits become ASCII
// digits; accents go; a letter that looks like Latin becomes it, in its case.
QString fold(const QString& character, char32_t c)
{
    if (c < 0x80)
        return character;
    if (QChar::category(c) == QChar::Number_DecimalDigit)
        return QString(QChar(u'0' + QChar::digitValue(c)));
    if (QChar::category(c) == QChar::Mark_NonSpacing)
        return {};
    // Confusables fold capitals to look-alikes of other letters (Cyrillic
    // "І" to "l"); their small letters fold to the small Latin letter.
    const bool upper = QChar::isUpper(c);
    const QString skeleton = asciiSkeleton(upper ? character.toLower() : character);
    if (skeleton.isEmpty())
        return character;
    return upper ? skeleton.toUpper() : skeleton;
}

QString withoutInvisible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        if (!isInvisible(codePointAt(text, i, &units)))
            out.append(text.mid(i, units));
        i += units;
    }
    return out;
}

} // namespace

QString TextNormalizer::canonical(const QString& text)
{
    return withoutInvisible(withoutInvisible(text).normalized(QString::NormalizationForm_KC));
}

TextNormalizer::Normalized TextNormalizer::forScreening(const QString& text)
{
    Normalized folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (!isInvisible(c)) {
            // One character at a time, so that each result knows its origin;
            // the accents that composition would join are dropped anyway.
            const QString nfkc = text.mid(i, units).normalized(QString::NormalizationForm_KC);
            for (qsizetype j = 0; j < nfkc.size();) {
                qsizetype n = 1;
                const char32_t k = codePointAt(nfkc, j, &n);
                if (!isInvisible(k))
                    for (const QChar part : fold(nfkc.mid(j, n), k)) {
                        folded.text.append(part);
                        folded.origin.append(i);
                    }
                j += n;
            }
        }
        i += units;
    }

    // Punctuation between two letters goes: "I.C.E." reads "ICE.", "imm-igration"
    // "immigration". Between digits it stays: it makes dates and numbers.
    Normalized out;
    out.text.reserve(folded.text.size());
    out.origin.reserve(folded.text.size());
    for (qsizetype i = 0; i < folded.text.size(); ++i) {
        const QChar c = folded.text.at(i);
        const bool inWord = c.isPunct() && !out.text.isEmpty() && out.text.back().isLetter() &&
                            i + 1 < folded.text.size() && folded.text.at(i + 1).isLetter();
        if (inWord)
            continue;
        out.text.append(c);
        out.origin.append(folded.origin.at(i));
    }
    return out;
}

} // namespace alpr
