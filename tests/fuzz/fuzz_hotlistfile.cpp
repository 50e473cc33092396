// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The hot-list file parsers: each input is read with its format told from the
// content and as each of the three formats. Never a crash; what is accepted is
// clean (plates A-Z0-9 of at most 8 characters, not all zeros; states empty
// or two letters; no plate+state twice); what is refused names the file.
#include "fuzzcheck.h"
#include "hits/hotlistfile.h"

#include <QSet>

namespace {

void check(const alpr::Result<alpr::HotListFile>& parsed, const QString& label)
{
    if (!parsed) {
        FUZZ_CHECK(parsed.error().message.startsWith(label + u',') ||
                   parsed.error().message.startsWith(label + u':'));
        return;
    }
    const alpr::HotListFile& file = *parsed;
    FUZZ_CHECK(file.duplicates >= 0 && file.refusedPlates >= 0 && file.statesCorrected >= 0);
    FUZZ_CHECK(file.extractTime.isValid() == (file.format == alpr::HotListFormat::Clew));
    if (file.extractTime.isValid())
        FUZZ_CHECK(file.extractTime.timeSpec() == Qt::UTC);
    QSet<QString> seen;
    for (const alpr::HotListFileEntry& entry : file.entries) {
        FUZZ_CHECK(alpr::fuzz::isNormalizedPlate(entry.plate) && entry.plate.size() <= 8);
        FUZZ_CHECK(entry.plate.count(u'0') != entry.plate.size());
        FUZZ_CHECK(entry.state.isEmpty() || entry.state.size() == 2);
        for (const QChar c : entry.state)
            FUZZ_CHECK(c >= u'A' && c <= u'Z');
        FUZZ_CHECK(entry.line >= 2);
        const QString key = entry.plate + u'|' + entry.state;
        FUZZ_CHECK(!seen.contains(key));
        seen.insert(key);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString label = QStringLiteral("fuzz-svs.tbl");
    check(alpr::parseHotListData(bytes, label), label);
    for (const alpr::HotListFormat format :
         {alpr::HotListFormat::Clew, alpr::HotListFormat::NcicCsv, alpr::HotListFormat::Csv})
        check(alpr::parseHotListData(bytes, label, &format), label);
    return 0;
}
