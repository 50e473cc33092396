// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/platepattern.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <ctime>
#include <string_view>

using namespace alpr;

namespace {

const char* kindName(PlateMatch m)
{
    switch (m) {
    case PlateMatch::None:
        return "none";
    case PlateMatch::Exact:
        return "exact";
    case PlateMatch::Pattern:
        return "pattern";
    case PlateMatch::Misread:
        return "misread";
    }
    return "?";
}

const QString kSymbols = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

// ---------------------------------------------------------------------------------------------
// An independent reference: the pattern as a token list built by the generator itself (never
// parsed from text by the code under test), matched by plain recursive backtracking.

struct RefToken
{
    enum Kind
    {
        Literal,
        Any,
        Star,
        Set
    } kind = Literal;
    QString chars; // the literal character, or every member of the set
};

struct RefPattern
{
    QList<RefToken> tokens;
    QString canonical; // what text() should say
    QString typed;     // what the user typed: mixed case, spaces, dashes, dots
};

bool confusable(QChar a, QChar b, const QStringList& classes)
{
    if (a == b)
        return true;
    for (const QString& cls : classes) {
        if (cls.contains(a) && cls.contains(b))
            return true;
    }
    return false;
}

// Fewest misreads to match plate[pj..] with tokens[ti..]; -1 if impossible.
int referenceCost(const QList<RefToken>& tokens, qsizetype ti, const QString& plate, qsizetype pj,
                  const QStringList* classes)
{
    if (ti == tokens.size())
        return pj == plate.size() ? 0 : -1;
    const RefToken& token = tokens.at(ti);
    if (token.kind == RefToken::Star) {
        int best = -1;
        for (qsizetype k = pj; k <= plate.size(); ++k) {
            const int rest = referenceCost(tokens, ti + 1, plate, k, classes);
            if (rest >= 0 && (best < 0 || rest < best))
                best = rest;
        }
        return best;
    }
    if (pj == plate.size())
        return -1;
    const QChar c = plate.at(pj);
    if (!kSymbols.contains(c))
        return -1;
    bool direct = token.kind == RefToken::Any || token.chars.contains(c);
    bool misread = false;
    if (!direct && classes) {
        for (QChar member : token.chars)
            misread = misread || confusable(member, c, *classes);
    }
    if (!direct && !misread)
        return -1;
    const int rest = referenceCost(tokens, ti + 1, plate, pj + 1, classes);
    return rest < 0 ? -1 : rest + (direct ? 0 : 1);
}

// A second, unrelated oracle for "does it match at all": a regular expression.
QRegularExpression referenceRegex(const QList<RefToken>& tokens, const QStringList* classes)
{
    QString rx;
    for (const RefToken& token : tokens) {
        switch (token.kind) {
        case RefToken::Star:
            rx += QStringLiteral("[A-Z0-9]*");
            break;
        case RefToken::Any:
            rx += QStringLiteral("[A-Z0-9]");
            break;
        case RefToken::Literal:
        case RefToken::Set: {
            QString members;
            for (QChar s : kSymbols) {
                for (QChar m : token.chars) {
                    if (classes ? confusable(m, s, *classes) : m == s) {
                        members += s;
                        break;
                    }
                }
            }
            rx += u'[' + members + u']';
            break;
        }
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(rx));
}

QChar randomSymbol(QRandomGenerator& rng)
{
    // Bias towards characters in misread classes, so that misreads happen often.
    static const QString biased = QStringLiteral("0ODQ1I2Z5S8B6G7TLA");
    if (rng.bounded(2) == 0)
        return biased.at(rng.bounded(int(biased.size())));
    return kSymbols.at(rng.bounded(int(kSymbols.size())));
}

QString separator(QRandomGenerator& rng)
{
    switch (rng.bounded(8)) {
    case 0:
        return QStringLiteral(" ");
    case 1:
        return QStringLiteral("-");
    case 2:
        return QStringLiteral(".");
    default:
        return {};
    }
}

QString randomCase(QChar c, QRandomGenerator& rng)
{
    return rng.bounded(3) == 0 ? QString(c.toLower()) : QString(c);
}

RefPattern randomPattern(QRandomGenerator& rng)
{
    for (;;) {
        RefPattern p;
        const int count = 1 + rng.bounded(8);
        int positions = 0;
        bool fixed = false;
        for (int t = 0; t < count; ++t) {
            p.typed += separator(rng);
            const int roll = rng.bounded(100);
            RefToken token;
            if (roll < 40) {
                token.kind = RefToken::Literal;
                token.chars = randomSymbol(rng);
                p.canonical += token.chars;
                p.typed += randomCase(token.chars.at(0), rng);
            } else if (roll < 55) {
                token.kind = RefToken::Any;
                p.canonical += u'?';
                p.typed += u'?';
            } else if (roll < 75) {
                if (!p.tokens.isEmpty() && p.tokens.last().kind == RefToken::Star)
                    continue;
                token.kind = RefToken::Star;
                p.canonical += u'*';
                p.typed += u'*';
            } else {
                token.kind = RefToken::Set;
                QString canonical = QStringLiteral("[");
                QString typed = QStringLiteral("[");
                if (rng.bounded(3) == 0) { // a range, letters or digits
                    const bool digits = rng.bounded(2) == 0;
                    const int base = digits ? 26 : 0;
                    const int span = digits ? 10 : 26;
                    int lo = rng.bounded(span);
                    int hi = rng.bounded(span);
                    if (hi < lo)
                        std::swap(lo, hi);
                    for (int s = lo; s <= hi; ++s)
                        token.chars += kSymbols.at(base + s);
                    const QChar from = kSymbols.at(base + lo);
                    const QChar to = kSymbols.at(base + hi);
                    canonical += QString(from) + u'-' + to;
                    typed += randomCase(from, rng) +
                             (rng.bounded(4) == 0 ? QStringLiteral(" - ") : QStringLiteral("-")) +
                             randomCase(to, rng);
                }
                const int members = (token.chars.isEmpty() ? 1 : 0) + rng.bounded(3);
                for (int m = 0; m < members; ++m) {
                    const QChar c = randomSymbol(rng);
                    token.chars += c;
                    canonical += c;
                    typed += (rng.bounded(5) == 0 ? QStringLiteral(" ") : QString()) +
                             randomCase(c, rng);
                }
                canonical += u']';
                typed += u']';
                p.canonical += canonical;
                p.typed += typed;
            }
            if (token.kind != RefToken::Star)
                ++positions;
            if (token.kind == RefToken::Literal || token.kind == RefToken::Set)
                fixed = true;
            p.tokens.append(token);
        }
        if (fixed && positions <= kMaxPlateLength &&
            p.canonical.size() <= PlatePattern::kMaxPatternLength)
            return p;
    }
}

// A plate built to (nearly) fit the pattern: literals kept, swapped for a confusable character
// or for anything; wildcards filled at random; sometimes one character changed afterwards.
QString derivedPlate(const RefPattern& p, const QStringList& classes, QRandomGenerator& rng)
{
    QString plate;
    for (const RefToken& token : p.tokens) {
        switch (token.kind) {
        case RefToken::Star: {
            const int run = rng.bounded(4);
            for (int k = 0; k < run; ++k)
                plate += randomSymbol(rng);
            break;
        }
        case RefToken::Any:
            plate += randomSymbol(rng);
            break;
        case RefToken::Literal:
        case RefToken::Set: {
            QChar c = token.chars.at(rng.bounded(int(token.chars.size())));
            const int roll = rng.bounded(10);
            if (roll < 3) {
                for (const QString& cls : classes) {
                    if (cls.contains(c))
                        c = cls.at(rng.bounded(int(cls.size())));
                }
            } else if (roll == 3) {
                c = randomSymbol(rng);
            }
            plate += c;
            break;
        }
        }
    }
    if (!plate.isEmpty() && rng.bounded(5) == 0)
        plate[rng.bounded(int(plate.size()))] = randomSymbol(rng);
    return plate.left(kMaxPlateLength);
}

QString randomPlate(QRandomGenerator& rng)
{
    QString plate;
    const int length = 1 + rng.bounded(kMaxPlateLength);
    for (int k = 0; k < length; ++k)
        plate += randomSymbol(rng);
    return plate;
}

} // namespace

class TestPlatePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void compile_data();
    void compile();
    void matches_data();
    void matches();
    void misreadClasses_data();
    void misreadClasses();
    void plateLengths_data();
    void plateLengths();
    void rejects_data();
    void rejects();
    void fortyCharacters();
    void notAPlate();
    void defaultPatternMatchesNothing();
    void customTableIsCopied();
    void againstReference_data();
    void againstReference();
    void timing_data();
    void timing();

private:
    QByteArray m_plates; // kTimingPlates plates of kTimingLength characters, back to back
    static constexpr int kTimingPlates = 2'500'000;
    static constexpr int kTimingLength = 7;
};

void TestPlatePattern::initTestCase()
{
    QRandomGenerator rng(20260101);
    m_plates.resize(qsizetype(kTimingPlates) * kTimingLength);
    for (char& c : m_plates)
        c = char(kSymbols.at(rng.bounded(int(kSymbols.size()))).unicode());
    // One plate in a thousand is planted so that every timing pattern finds something.
    const char* planted[] = {"7ABC123", "8ABC12X", "7ABC103", "7A8C1O3"};
    for (int i = 0; i < kTimingPlates; i += 1000)
        std::memcpy(m_plates.data() + qsizetype(i) * kTimingLength, planted[(i / 1000) % 4],
                    kTimingLength);
}

void TestPlatePattern::compile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("literal");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("prefixWithMisread");

    const auto row = [](const char* name, const char* input, const char* text, bool literal,
                        int min, int max, const char* prefix, const char* prefixWithMisread) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromLatin1(text) << literal
                            << min << max << QString::fromLatin1(prefix)
                            << QString::fromLatin1(prefixWithMisread);
    };
    row("exact", "7ABC123", "7ABC123", true, 7, 7, "7ABC123", "7A");
    row("exact, lower case", "7abc123", "7ABC123", true, 7, 7, "7ABC123", "7A");
    row("spaces dashes dots", " 7-ab.c 1 2-3. ", "7ABC123", true, 7, 7, "7ABC123", "7A");
    row("tab", "7AB\tC", "7ABC", true, 4, 4, "7ABC", "7A");
    row("prefix", "7AB*", "7AB*", false, 3, -1, "7AB", "7A");
    row("suffix", "*123", "*123", false, 3, -1, "", "");
    row("contains", "*ab*", "*AB*", false, 2, -1, "", "");
    row("gaps", "7?B?12?", "7?B?12?", false, 7, 7, "7", "7");
    row("set", "[78]ABC12?", "[78]ABC12?", false, 7, 7, "", "");
    row("set, lower case and spaces", "[7 8 a]x", "[78A]X", false, 2, 2, "", "");
    row("range", "7ABC[0-4]23", "7ABC[0-4]23", false, 7, 7, "7ABC", "7A");
    row("range, lower case", "[a-f]12", "[A-F]12", false, 3, 3, "", "");
    row("range with spaces", "[A - F 0-9]X", "[A-F0-9]X", false, 2, 2, "", "");
    row("dash after set is ignored", "[AB]-12", "[AB]12", false, 3, 3, "", "");
    row("star in the middle", "7*23", "7*23", false, 3, -1, "7", "7");
    row("several stars", "*a*b*", "*A*B*", false, 2, -1, "", "");
    row("no class characters", "7THX*", "7THX*", false, 4, -1, "7THX", "7THX");
    row("one character", "x", "X", true, 1, 1, "X", "X");
    row("ten characters", "ACEFHJKLMN", "ACEFHJKLMN", true, 10, 10, "ACEFHJKLMN", "ACEFHJKLMN");
    row("stops at a class character", "AC8FH", "AC8FH", true, 5, 5, "AC8FH", "AC");
    row("twenty characters", "A*B*C*D*E*F*G*H*I*J*", "A*B*C*D*E*F*G*H*I*J*", false, 10, -1, "A",
        "A");
}

void TestPlatePattern::compile()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(bool, literal);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(QString, prefix);
    QFETCH(QString, prefixWithMisread);

    const Result<PlatePattern> pattern = PlatePattern::compile(input);
    QVERIFY2(pattern.ok(), qPrintable(pattern.ok() ? QString() : pattern.error().message));
    QCOMPARE(pattern->text(), text);
    QCOMPARE(pattern->isLiteral(), literal);
    QCOMPARE(pattern->literal(), literal ? text : QString());
    QCOMPARE(pattern->minLength(), minLength);
    QCOMPARE(pattern->maxLength(), maxLength);
    QCOMPARE(pattern->literalPrefix(), prefix);
    QVERIFY(!pattern->usesMisread());

    const MisreadTable table = MisreadTable::defaults();
    const Result<PlatePattern> tolerant = PlatePattern::compile(input, &table);
    QVERIFY(tolerant.ok());
    QVERIFY(tolerant->usesMisread());
    QCOMPARE(tolerant->text(), text);
    QCOMPARE(tolerant->isLiteral(), literal);
    QCOMPARE(tolerant->literalPrefix(), prefixWithMisread);
}

void TestPlatePattern::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("plate");
    QTest::addColumn<bool>("misread");
    QTest::addColumn<int>("cost");
    QTest::addColumn<QString>("kind");

    const auto row = [](const char* name, const char* pattern, const char* plate, bool misread,
                        int cost, const char* kind) {
        QTest::newRow(name) << QString::fromLatin1(pattern) << QString::fromLatin1(plate) << misread
                            << cost << QString::fromLatin1(kind);
    };
    // Exact plates.
    row("exact", "7ABC123", "7ABC123", false, 0, "exact");
    row("exact, other last character", "7ABC123", "7ABC124", false, -1, "none");
    row("exact, other first character", "7ABC123", "8ABC123", false, -1, "none");
    row("exact, plate shorter", "7ABC123", "7ABC12", false, -1, "none");
    row("exact, plate longer", "7ABC123", "7ABC1234", false, -1, "none");
    row("exact, lower case pattern", "7abc123", "7ABC123", false, 0, "exact");
    row("exact, spaced pattern", "7 ABC 123", "7ABC123", false, 0, "exact");
    row("exact, dashed pattern", "7-ABC-123", "7ABC123", false, 0, "exact");
    row("exact, dotted pattern", "7.abc.123", "7ABC123", false, 0, "exact");
    row("exact with misread on", "7ABC123", "7ABC123", true, 0, "exact");
    // Prefix.
    row("prefix", "7AB*", "7ABC123", false, 0, "pattern");
    row("prefix, star matches nothing", "7AB*", "7AB", false, 0, "pattern");
    row("prefix, too short", "7AB*", "7A", false, -1, "none");
    row("prefix, differs", "7AB*", "7AC123", false, -1, "none");
    row("prefix is anchored", "7AB*", "X7AB123", false, -1, "none");
    row("prefix, lower case", "7ab*", "7ABZ", false, 0, "pattern");
    // Suffix.
    row("suffix", "*123", "7ABC123", false, 0, "pattern");
    row("suffix, star matches nothing", "*123", "123", false, 0, "pattern");
    row("suffix is anchored", "*123", "1234", false, -1, "none");
    // Contains.
    row("contains", "*AB*", "7ABC123", false, 0, "pattern");
    row("contains at start", "*AB*", "AB1", false, 0, "pattern");
    row("contains at end", "*AB*", "12AB", false, 0, "pattern");
    row("contains, whole plate", "*AB*", "AB", false, 0, "pattern");
    row("contains, split", "*AB*", "A1B", false, -1, "none");
    row("contains, reversed", "*AB*", "BA", false, -1, "none");
    row("contains, lower case", "*a.b*", "XXABXX", false, 0, "pattern");
    // Positional gaps.
    row("gaps", "7?B?12?", "7ABC123", false, 0, "pattern");
    row("gaps, other fillers", "7?B?12?", "7XBY12Z", false, 0, "pattern");
    row("gaps, fixed character differs", "7?B?12?", "7ACC123", false, -1, "none");
    row("gaps, plate too short", "7?B?12?", "7AB123", false, -1, "none");
    row("gaps, plate too long", "7?B?12?", "7ABC1234", false, -1, "none");
    // Sets and ranges.
    row("set, first member", "[78]ABC12?", "7ABC123", false, 0, "pattern");
    row("set, second member", "[78]ABC12?", "8ABC129", false, 0, "pattern");
    row("set, not a member", "[78]ABC12?", "9ABC123", false, -1, "none");
    row("set of three", "X[AB8]", "X8", false, 0, "pattern");
    row("set with spaces", "X[A B 8]", "XB", false, 0, "pattern");
    row("range, inside", "7ABC[0-4]23", "7ABC423", false, 0, "pattern");
    row("range, low end", "7ABC[0-4]23", "7ABC023", false, 0, "pattern");
    row("range, outside", "7ABC[0-4]23", "7ABC523", false, -1, "none");
    row("letter range", "[A-F]12", "C12", false, 0, "pattern");
    row("letter range, outside", "[A-F]12", "G12", false, -1, "none");
    row("two ranges", "[A-F0-9]Z", "5Z", false, 0, "pattern");
    row("two ranges, outside", "[A-F0-9]Z", "GZ", false, -1, "none");
    row("range and member", "[0-3X]Z", "XZ", false, 0, "pattern");
    row("one-member set is a pattern", "7AB[C]", "7ABC", false, 0, "pattern");
    // Stars in the middle and several stars.
    row("star in the middle", "7*23", "7ABC123", false, 0, "pattern");
    row("star in the middle, empty", "7*23", "723", false, 0, "pattern");
    row("star in the middle, wrong end", "7*23", "7ABC124", false, -1, "none");
    row("star in the middle, overlap", "7*23", "73", false, -1, "none");
    row("two inner stars", "7*B*3", "7ABC123", false, 0, "pattern");
    row("stars all round", "*A*B*", "XAYBZ", false, 0, "pattern");
    row("stars all round, adjacent", "*A*B*", "AB", false, 0, "pattern");
    row("stars all round, wrong order", "*A*B*", "BA", false, -1, "none");
    row("three inner", "*1*2*3*", "9192939", false, 0, "pattern");
    row("three inner, missing one", "*1*2*3*", "91929", false, -1, "none");
    row("three inner, out of order", "*1*2*3*", "3121", false, -1, "none");
    row("star and gap", "*?B?1*", "XXAB71", false, 0, "pattern");
    row("star and set", "*[XY]9", "ABCY9", false, 0, "pattern");
    // Misread off: confusable characters do not match.
    row("O for 0 without misread", "7ABC1O3", "7ABC103", false, -1, "none");
    row("B for 8 in prefix without misread", "7AB*", "7A8C", false, -1, "none");
    // Misread costs.
    row("O for 0", "7ABC1O3", "7ABC103", true, 1, "misread");
    row("two substitutions", "7ABC1O3", "7A8C103", true, 2, "misread");
    row("three substitutions", "B5Z", "8S2", true, 3, "misread");
    row("misread in prefix", "7AB*", "7A8C", true, 1, "misread");
    row("as read in prefix", "7AB*", "7ABX", true, 0, "pattern");
    row("misread in suffix", "*I23", "XX123", true, 1, "misread");
    row("misread in contains", "*AB*", "XA8X", true, 1, "misread");
    row("contains prefers the reading as is", "*OO*", "0OO", true, 0, "pattern");
    row("contains takes the cheapest place", "*OOD*", "0Q0XOOQ", true, 1, "misread");
    row("misread in middle segments", "*1*O*", "I0", true, 2, "misread");
    row("three misreads between stars", "*1O5*", "XI0SX", true, 3, "misread");
    row("four misreads between stars", "*B*O*S*1*", "8Q5I", true, 4, "misread");
    row("four between stars, one as read", "*B*O*S*1*", "8Q5I1", true, 3, "misread");
    row("four between stars, too few", "*B*O*S*1*", "8Q5", true, -1, "none");
    row("gaps never cost", "?ABC", "0ABC", true, 0, "pattern");
    row("misread set member", "[8X]ABC", "BABC", true, 1, "misread");
    row("misread set member, off", "[8X]ABC", "BABC", false, -1, "none");
    row("misread range member 1-I", "[0-2]X", "IX", true, 1, "misread");
    row("misread range member 2-Z", "[0-2]X", "ZX", true, 1, "misread");
    row("misread range member 0-O", "[0-2]X", "OX", true, 1, "misread");
    row("set holding both readings", "[8B]X", "BX", true, 0, "pattern");
    row("not in any class", "7A", "7H", true, -1, "none");
    row("7 and T are not a default class", "7AB", "TAB", true, -1, "none");
    row("misread does not make A a 4", "A12", "412", true, -1, "none");
}

void TestPlatePattern::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, plate);
    QFETCH(bool, misread);
    QFETCH(int, cost);
    QFETCH(QString, kind);

    const MisreadTable table = MisreadTable::defaults();
    const Result<PlatePattern> compiled =
        PlatePattern::compile(pattern, misread ? &table : nullptr);
    QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.error().message));
    const QByteArray bytes = plate.toLatin1();
    QCOMPARE(compiled->misreadCost(bytes.constData(), int(bytes.size())), cost);
    QCOMPARE(compiled->matches(bytes.constData(), int(bytes.size())), cost >= 0);
    QCOMPARE(QByteArray(kindName(compiled->match(bytes.constData(), int(bytes.size())))),
             kind.toLatin1());
    QCOMPARE(compiled->misreadCost(plate), cost);
    QCOMPARE(QByteArray(kindName(compiled->matchForCost(cost))), kind.toLatin1());
    QCOMPARE(QByteArray(kindName(compiled->match(plate))), kind.toLatin1());
}

void TestPlatePattern::misreadClasses_data()
{
    QTest::addColumn<QChar>("typed");
    QTest::addColumn<QChar>("read");

    const char* classes[] = {"0ODQ", "1I", "2Z", "5S", "8B", "6G"};
    for (const char* cls : classes) {
        for (const char* a = cls; *a; ++a) {
            for (const char* b = cls; *b; ++b) {
                if (a != b)
                    QTest::addRow("typed %c, read %c", *a, *b)
                        << QChar::fromLatin1(*a) << QChar::fromLatin1(*b);
            }
        }
    }
}

// Each pair of a default class, both ways: "7ABC1<typed>3" against "7ABC1<read>3" costs one
// misread with the table and does not match without it.
void TestPlatePattern::misreadClasses()
{
    QFETCH(QChar, typed);
    QFETCH(QChar, read);

    const MisreadTable table = MisreadTable::defaults();
    const QString pattern = QStringLiteral("7AC") + typed + QStringLiteral("3");
    const QByteArray plate = (QStringLiteral("7AC") + read + QStringLiteral("3")).toLatin1();

    const Result<PlatePattern> strict = PlatePattern::compile(pattern);
    const Result<PlatePattern> tolerant = PlatePattern::compile(pattern, &table);
    QVERIFY(strict.ok() && tolerant.ok());
    QCOMPARE(strict->misreadCost(plate.constData(), 5), -1);
    QCOMPARE(strict->match(plate.constData(), 5), PlateMatch::None);
    QCOMPARE(tolerant->misreadCost(plate.constData(), 5), 1);
    QCOMPARE(tolerant->match(plate.constData(), 5), PlateMatch::Misread);

    // The same through a star and a set.
    const Result<PlatePattern> contains =
        PlatePattern::compile(QStringLiteral("*") + typed + QStringLiteral("*"), &table);
    QVERIFY(contains.ok());
    QCOMPARE(contains->misreadCost(plate.constData(), 5), 1);
    const Result<PlatePattern> set =
        PlatePattern::compile(QStringLiteral("7AC[") + typed + QStringLiteral("X]3"), &table);
    QVERIFY(set.ok());
    QCOMPARE(set->misreadCost(plate.constData(), 5), 1);
}

void TestPlatePattern::plateLengths_data()
{
    QTest::addColumn<int>("length");
    for (int length = 1; length <= kMaxPlateLength; ++length)
        QTest::addRow("%d characters", length) << length;
}

void TestPlatePattern::plateLengths()
{
    QFETCH(int, length);
    const QString plate = QStringLiteral("7ABC123XYZ").left(length);
    const QByteArray bytes = plate.toLatin1();
    const auto cost = [&](const QString& pattern) {
        const Result<PlatePattern> compiled = PlatePattern::compile(pattern);
        return compiled.ok() ? compiled->misreadCost(bytes.constData(), length) : -100;
    };

    QCOMPARE(cost(plate), 0);
    QCOMPARE(cost(plate.left(1) + u'*'), 0);
    QCOMPARE(cost(u'*' + plate.right(1)), 0);
    QCOMPARE(cost(u'*' + plate.mid(length / 2, 1) + u'*'), 0);
    QCOMPARE(cost(QString(length - 1, u'?') + plate.right(1)), 0);
    // One position more than the plate has; at 10 that is no plate at all and is refused.
    QCOMPARE(cost(QString(length, u'?') + u'*' + plate.right(1)),
             length < kMaxPlateLength ? -1 : -100);
    QCOMPARE(cost(plate + u'X'), length < kMaxPlateLength ? -1 : -100); // 11 is no plate
    if (length > 1)
        QCOMPARE(cost(plate.left(length - 1)), -1);
}

void TestPlatePattern::rejects_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char* name, const QString& pattern, const char* fragment) {
        QTest::newRow(name) << pattern << QString::fromUtf8(fragment);
    };
    row("empty", QString(), "empty");
    row("only separators", QStringLiteral(" - . "), "no plate characters");
    row("unterminated set", QStringLiteral("7[AB"), "\"[\" at position 2 is never closed");
    row("unterminated range", QStringLiteral("7[A-"), "\"[\" at position 2 is never closed");
    row("empty set", QStringLiteral("7[]AB"), "set \"[]\" at position 2 is empty");
    row("empty set with a space", QStringLiteral("7[ ]AB"), "set \"[]\" at position 2 is empty");
    row("backwards digit range", QStringLiteral("[9-0]12"),
        "range \"9-0\" at position 2 runs backwards; write it as \"0-9\"");
    row("backwards letter range", QStringLiteral("X[f-a]1"),
        "range \"F-A\" at position 3 runs backwards");
    row("mixed range", QStringLiteral("[A-9]1"), "mixes letters and digits");
    row("dash ending a set", QStringLiteral("[A-]1"),
        "\"-\" at position 3 needs a character on each side");
    row("dash starting a set", QStringLiteral("[-A]1"), "\"-\" at position 2 needs a character");
    row("percent", QStringLiteral("7A%B"),
        "\"%\" at position 3 cannot be part of a plate. Use \"?\" for any one character and \"*\" "
        "for any run of characters");
    row("underscore", QStringLiteral("7AB_"), "\"_\" at position 4 cannot be part of a plate");
    row("accented letter", QStringLiteral("7AB\u00e9"), "\"\u00e9\" at position 4");
    row("caret", QStringLiteral("^7AB"), "\"^\" at position 1");
    row("dotless i", QStringLiteral("7\u0131AB"), "\"\u0131\" at position 2");
    row("emoji", QStringLiteral("7\U0001F600"), "\"\U0001F600\" at position 2");
    row("control character", QStringLiteral("7A\u0001B"), "U+0001 at position 3");
    row("unknown inside a set", QStringLiteral("[A%]1"),
        "\"%\" at position 3 cannot be part of a plate");
    row("question mark inside a set", QStringLiteral("[A?]1"),
        "\"?\" at position 3 cannot be used inside a set");
    row("star inside a set", QStringLiteral("[*A]1"),
        "\"*\" at position 2 cannot be used inside a set");
    row("nested set", QStringLiteral("[[A]]1"), "\"[\" at position 2 cannot be used inside a set");
    row("stray closing bracket", QStringLiteral("7A]B"), "\"]\" at position 3 has no \"[\"");
    row("two stars", QStringLiteral("7**AB"), "two \"*\" in a row at position 3");
    row("two stars apart", QStringLiteral("7* *AB"), "two \"*\" in a row at position 4");
    row("21 characters", QStringLiteral("ABCDE*FGHIJ*ABCD*EFG*"), "is 21 characters long");
    row("long sets", QStringLiteral("[0-9][0-9][0-9][0-9]A"), "is 21 characters long");
    row("only a star", QStringLiteral("*"), "give at least one character of the plate");
    row("only question marks", QStringLiteral("???"), "give at least one character of the plate");
    row("star and question marks", QStringLiteral("?*?"),
        "give at least one character of the plate");
    row("a set of every character", QStringLiteral("[A-Z0-9]*"), "has no fixed character");
    row("longer than any plate", QStringLiteral("ABCDEFGHIJK"),
        "needs at least 11 characters, but a plate has at most 10");
    row("longer than any plate with a star", QStringLiteral("ABCDE*FGHI??"),
        "needs at least 11 characters");
}

void TestPlatePattern::rejects()
{
    QFETCH(QString, pattern);
    QFETCH(QString, fragment);

    for (const bool misread : {false, true}) {
        const MisreadTable table = MisreadTable::defaults();
        const Result<PlatePattern> compiled =
            PlatePattern::compile(pattern, misread ? &table : nullptr);
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.error().code, ErrorCode::Invalid);
        const QString message = compiled.error().message;
        QVERIFY2(message.contains(fragment), qPrintable(message));
        if (!pattern.isEmpty())
            QVERIFY2(message.contains(u'"' + pattern + u'"'), qPrintable(message));
    }
}

void TestPlatePattern::fortyCharacters()
{
    const QString forty = QStringLiteral("7ABC1237ABC1237ABC1237ABC1237ABC1237ABC1");
    QCOMPARE(forty.size(), 40);
    const Result<PlatePattern> tooLong = PlatePattern::compile(forty);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, ErrorCode::Invalid);
    QVERIFY2(tooLong.error().message.contains(QStringLiteral("is 40 characters long")),
             qPrintable(tooLong.error().message));
    QVERIFY2(tooLong.error().message.contains(QStringLiteral("at most 20")),
             qPrintable(tooLong.error().message));

    // Forty characters typed, but spaces and dashes do not count.
    const QString spaced = QStringLiteral("7 - A - B - C - 1 - 2 - 3 - * - - - - - ");
    QCOMPARE(spaced.size(), 40);
    const Result<PlatePattern> fine = PlatePattern::compile(spaced);
    QVERIFY2(fine.ok(), qPrintable(fine.ok() ? QString() : fine.error().message));
    QCOMPARE(fine->text(), QStringLiteral("7ABC123*"));

    // A very long paste is refused with the pattern cut short in the message.
    const QString huge(100000, u'A');
    const Result<PlatePattern> refused = PlatePattern::compile(huge);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.size() < 300);
    QVERIFY(refused.error().message.contains(QStringLiteral("is 100000 characters long")));
}

void TestPlatePattern::notAPlate()
{
    const Result<PlatePattern> prefix = PlatePattern::compile(QStringLiteral("7AB*"));
    const Result<PlatePattern> contains = PlatePattern::compile(QStringLiteral("*A*B*"));
    const Result<PlatePattern> gaps = PlatePattern::compile(QStringLiteral("7?B"));
    QVERIFY(prefix.ok() && contains.ok() && gaps.ok());

    QCOMPARE(prefix->match("7ABC", 4), PlateMatch::Pattern);
    QCOMPARE(prefix->match("7ABc", 4), PlateMatch::None);  // lower case in the '*'
    QCOMPARE(prefix->match("7AB-1", 5), PlateMatch::None); // dash in the '*'
    QCOMPARE(prefix->match("7ab1", 4), PlateMatch::None);
    QCOMPARE(contains->match("XAYBZ", 5), PlateMatch::Pattern);
    QCOMPARE(contains->match("XA BZ", 5), PlateMatch::None);
    QCOMPARE(contains->match("XABZ-", 5), PlateMatch::None); // after the last fixed character
    QCOMPARE(contains->match("XAB-Z", 5), PlateMatch::None);
    QCOMPARE(contains->match("XA\xC9"
                             "BZ",
                             5),
             PlateMatch::None);
    QCOMPARE(gaps->match("7-B", 3), PlateMatch::None);
    QCOMPARE(gaps->match("7\0B", 3), PlateMatch::None);
    QCOMPARE(gaps->match("", 0), PlateMatch::None);
    QCOMPARE(gaps->match(nullptr, 0), PlateMatch::None);
    QCOMPARE(gaps->match(nullptr, -1), PlateMatch::None);

    QCOMPARE(prefix->match(QStringLiteral("7ABX")), PlateMatch::Pattern);
    QCOMPARE(prefix->match(QStringLiteral("7abx")), PlateMatch::None);
    QCOMPARE(prefix->match(QStringLiteral("7AB\u00C9")), PlateMatch::None);
    QCOMPARE(prefix->match(QStringLiteral("7ABCDEFGHI")), PlateMatch::Pattern);
    QCOMPARE(prefix->match(QStringLiteral("7ABCDEFGHIJ")), PlateMatch::None); // 11: not a plate
}

void TestPlatePattern::defaultPatternMatchesNothing()
{
    const PlatePattern pattern;
    QCOMPARE(pattern.text(), QString());
    QCOMPARE(pattern.match("A", 1), PlateMatch::None);
    QCOMPARE(pattern.match("", 0), PlateMatch::None);
    QCOMPARE(pattern.misreadCost("7ABC123", 7), -1);
}

void TestPlatePattern::customTableIsCopied()
{
    Result<PlatePattern> compiled = PlatePattern::compile(QStringLiteral("*7*"));
    {
        const Result<MisreadTable> table = MisreadTable::parse(QStringLiteral("7T 1IL"));
        QVERIFY(table.ok());
        compiled = PlatePattern::compile(QStringLiteral("7L*"), &table.value());
    } // the table is gone; the pattern keeps what it needs
    QVERIFY(compiled.ok());
    QCOMPARE(compiled->misreadCost("TI", 2), 2);
    QCOMPARE(compiled->misreadCost("71X", 3), 1);
    QCOMPARE(compiled->misreadCost("7LX", 3), 0);
    QCOMPARE(compiled->misreadCost("8B", 2), -1); // 8B is a default class, not in this table
    QCOMPARE(compiled->literalPrefix(), QString());

    // An empty table allows no misreads, but the pattern still says it was asked for.
    const MisreadTable none;
    const Result<PlatePattern> strict = PlatePattern::compile(QStringLiteral("O*"), &none);
    QVERIFY(strict.ok());
    QVERIFY(strict->usesMisread());
    QCOMPARE(strict->misreadCost("0X", 2), -1);
    QCOMPARE(strict->literalPrefix(), QStringLiteral("O"));
}

void TestPlatePattern::againstReference_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("table"); // empty: misread off
    QTest::newRow("strict") << 1 << QString();
    QTest::newRow("default misread table") << 2 << MisreadTable::defaults().toString();
    QTest::newRow("custom misread table") << 3 << QStringLiteral("1IL 7T 0O 4A");
}

// Hundreds of random patterns against random and near-miss plates: the compiled matcher must
// agree with the backtracking reference on the cost and with the regular expression on
// whether it matches at all.
void TestPlatePattern::againstReference()
{
    QFETCH(int, seed);
    QFETCH(QString, table);

    QRandomGenerator rng(quint32(seed) * 7919u);
    const bool misread = !table.isEmpty();
    const Result<MisreadTable> parsedTable = MisreadTable::parse(table);
    QVERIFY(parsedTable.ok());
    const QStringList classes = parsedTable->classes();

    constexpr int kPatterns = 800;
    constexpr int kPlatesEach = 60;
    int asRead = 0;
    int withMisreads = 0;
    int none = 0;
    int patternsMatchingNothing = 0;
    for (int n = 0; n < kPatterns; ++n) {
        const RefPattern ref = randomPattern(rng);
        const Result<PlatePattern> compiled =
            PlatePattern::compile(ref.typed, misread ? &parsedTable.value() : nullptr);
        QVERIFY2(compiled.ok(), qPrintable(ref.typed + QStringLiteral(": ") +
                                           (compiled.ok() ? QString() : compiled.error().message)));
        QCOMPARE(compiled->text(), ref.canonical);
        const QRegularExpression rx = referenceRegex(ref.tokens, misread ? &classes : nullptr);
        QVERIFY(rx.isValid());

        const bool onlyRandom = n % 5 == 0; // mostly plates with nothing to do with the pattern
        bool anyMatch = false;
        for (int k = 0; k < kPlatesEach; ++k) {
            const QString plate =
                (onlyRandom || k % 3 == 0) ? randomPlate(rng) : derivedPlate(ref, classes, rng);
            if (plate.isEmpty())
                continue;
            const QByteArray bytes = plate.toLatin1();
            const int expected =
                referenceCost(ref.tokens, 0, plate, 0, misread ? &classes : nullptr);
            const int cost = compiled->misreadCost(bytes.constData(), int(bytes.size()));
            const PlateMatch kind = compiled->match(bytes.constData(), int(bytes.size()));
            // Formatted only when a check fails.
            const auto context = [&] {
                return QStringLiteral("pattern \"%1\" (%2), plate %3, cost %4, expected %5")
                    .arg(ref.typed, ref.canonical, plate, QString::number(cost),
                         QString::number(expected))
                    .toUtf8();
            };
            QVERIFY2(cost == expected, context().constData());
            QVERIFY2(rx.match(plate).hasMatch() == (cost >= 0), context().constData());
            if (expected < 0) {
                QVERIFY2(kind == PlateMatch::None, context().constData());
                ++none;
            } else if (expected > 0) {
                QVERIFY2(kind == PlateMatch::Misread, context().constData());
                ++withMisreads;
                anyMatch = true;
            } else {
                const PlateMatch want =
                    compiled->isLiteral() ? PlateMatch::Exact : PlateMatch::Pattern;
                QVERIFY2(kind == want, context().constData());
                if (compiled->isLiteral())
                    QVERIFY2(plate == compiled->literal(), context().constData());
                ++asRead;
                anyMatch = true;
            }
            // Narrowing by the literal prefix never loses a match.
            if (cost >= 0)
                QVERIFY2(plate.startsWith(compiled->literalPrefix()), context().constData());
            // Length bounds hold for every match.
            if (cost >= 0) {
                QVERIFY2(plate.size() >= compiled->minLength(), context().constData());
                QVERIFY2(compiled->maxLength() < 0 || plate.size() <= compiled->maxLength(),
                         context().constData());
            }
        }
        if (!anyMatch)
            ++patternsMatchingNothing;
    }
    qInfo("seed %d: %d matched as read, %d with misreads, %d no match, %d patterns matched nothing",
          seed, asRead, withMisreads, none, patternsMatchingNothing);
    // The generator must exercise every outcome, or this test proves little.
    QVERIFY(asRead > 2000);
    QVERIFY(none > 2000);
    QVERIFY(patternsMatchingNothing > 20);
    if (misread)
        QVERIFY(withMisreads > 1000);
    else
        QCOMPARE(withMisreads, 0);
}

void TestPlatePattern::timing_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("misread");
    QTest::newRow("prefix") << QStringLiteral("7AB*") << false;
    QTest::newRow("contains") << QStringLiteral("*AB*") << false;
    QTest::newRow("gaps") << QStringLiteral("7?B?12?") << false;
    QTest::newRow("set") << QStringLiteral("[78]ABC12?") << false;
    QTest::newRow("exact, misread") << QStringLiteral("7ABC1O3") << true;
    QTest::newRow("contains, misread") << QStringLiteral("*AB*") << true;
    QTest::newRow("two inner stars, misread") << QStringLiteral("*8*B*") << true;
}

// A rough figure, printed; the bound only catches something badly wrong (a scan that allocates
// or backtracks). Careful measurements belong in a benchmark under tests/bench.
void TestPlatePattern::timing()
{
    QFETCH(QString, pattern);
    QFETCH(bool, misread);

    const MisreadTable table = MisreadTable::defaults();
    const Result<PlatePattern> compiled =
        PlatePattern::compile(pattern, misread ? &table : nullptr);
    QVERIFY(compiled.ok());
    const PlatePattern& p = compiled.value();
    const char* plates = m_plates.constData();

    // Wall time, and processor time, which other work on a busy machine does not inflate.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qint64 hits = 0;
    for (int i = 0; i < kTimingPlates; ++i)
        hits += p.match(plates + qsizetype(i) * kTimingLength, kTimingLength) != PlateMatch::None;
    const double cpuNs = double(std::clock() - cpuStart) * 1e9 / CLOCKS_PER_SEC;
    const double nsPerPlate = double(timer.nsecsElapsed()) / kTimingPlates;
    const double cpuNsPerPlate = cpuNs / kTimingPlates;
    qInfo("%-12s misread %-3s: %6.1f ns/plate (processor time %6.1f), %lld of %d plates match",
          qPrintable(pattern), misread ? "on" : "off", nsPerPlate, cpuNsPerPlate, hits,
          kTimingPlates);

    // Cross-check two counts by plain string search, so the loop is known to do the work.
    if (!misread && pattern == QStringLiteral("7AB*")) {
        qint64 expected = 0;
        for (int i = 0; i < kTimingPlates; ++i)
            expected += std::memcmp(plates + qsizetype(i) * kTimingLength, "7AB", 3) == 0;
        QCOMPARE(hits, expected);
    }
    if (!misread && pattern == QStringLiteral("*AB*")) {
        qint64 expected = 0;
        for (int i = 0; i < kTimingPlates; ++i) {
            const std::string_view plate(plates + qsizetype(i) * kTimingLength, kTimingLength);
            expected += plate.find("AB") != std::string_view::npos;
        }
        QCOMPARE(hits, expected);
    }
    // The figures are printed, not asserted: a ctest never asserts on time
    // (tests/bench measures it).
    QVERIFY2(hits > 0, "random plates should hit every timing pattern");
}

QTEST_GUILESS_MAIN(TestPlatePattern)
#include "tst_platepattern.moc"
