// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The plate pattern compiler and matcher. The input is the pattern, then
// optionally a line with a misread table ("-" for the default one), then
// plates to match, one per line.
#include "fuzzcheck.h"
#include "search/platepattern.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace alpr;
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList lines = input.split(u'\n');

    std::optional<MisreadTable> table;
    if (lines.size() > 1) {
        if (lines.at(1) == u"-") {
            table = MisreadTable::defaults();
        } else if (!lines.at(1).isEmpty()) {
            auto parsed = MisreadTable::parse(lines.at(1));
            if (parsed)
                table = *parsed;
            else
                FUZZ_CHECK(!parsed.error().message.isEmpty());
        }
    }
    const MisreadTable* misread = table ? &*table : nullptr;
    const auto pattern = PlatePattern::compile(lines.at(0), misread);
    if (!pattern) {
        FUZZ_CHECK(!pattern.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(pattern->minLength() >= 0);
    FUZZ_CHECK(pattern->maxLength() == -1 || pattern->maxLength() >= pattern->minLength());
    // The normalized text is itself a pattern, and the same one.
    const auto again = PlatePattern::compile(pattern->text(), misread);
    FUZZ_CHECK(again && again->text() == pattern->text());
    if (pattern->isLiteral())
        FUZZ_CHECK(pattern->match(pattern->literal()) == PlateMatch::Exact);

    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString& plate = lines.at(i);
        const PlateMatch m = pattern->match(plate);
        FUZZ_CHECK(pattern->matches(plate) == (m != PlateMatch::None));
        if (m != PlateMatch::None) {
            FUZZ_CHECK(plate.size() >= pattern->minLength());
            FUZZ_CHECK(pattern->maxLength() == -1 || plate.size() <= pattern->maxLength());
        }
        if (m == PlateMatch::Misread)
            FUZZ_CHECK(misread != nullptr);
        // The byte matcher is the plate index's, for stored plates (at most
        // kMaxPlateLength characters); longer text matches nothing.
        if (plate.size() > kMaxPlateLength)
            FUZZ_CHECK(m == PlateMatch::None);
        const QByteArray latin = plate.toLatin1();
        if (plate.size() <= kMaxPlateLength && QString::fromLatin1(latin) == plate)
            FUZZ_CHECK(pattern->match(latin.constData(), int(latin.size())) == m);
    }
    return 0;
}
