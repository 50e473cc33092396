// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The CSV reader and writer (common/csv): the reader never crashes, and every
// record it reads, written again by csvLine(), reads back as one record with
// the same number of fields, the plain ones unchanged and none holding a
// control character (csvLine() writes those out).
#include "common/csv.h"
#include "fuzzcheck.h"

namespace {

// A field csvLine() writes as it is: printable ASCII without a backslash,
// not starting with a sign a spreadsheet would run or a blank. Anything else
// is written out (control characters, backslashes) or guarded (formulas).
bool writtenAsIs(const QByteArray& field)
{
    if (field.isEmpty())
        return true;
    if (QByteArrayView("=+-@ \t\r").contains(field.front()))
        return false;
    for (const char c : field)
        if (c < 0x20 || c > 0x7e || c == '\\')
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace alpr;
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvReader reader(text);
    QList<QByteArray> fields;
    qsizetype records = 0;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            FUZZ_CHECK(!reader.errorText().isEmpty());
            FUZZ_CHECK(reader.errorLine() >= 1 && reader.errorLine() <= csvLineBreaks(text) + 1);
            break;
        }
        FUZZ_CHECK(++records <= qsizetype(size));
        FUZZ_CHECK(!fields.isEmpty() && fields.size() <= kMaxCsvFields);
        FUZZ_CHECK(reader.recordLine() >= 1 && reader.recordLine() <= csvLineBreaks(text) + 1);

        QStringList decoded;
        for (const QByteArray& field : fields)
            decoded << QString::fromUtf8(field);
        const QByteArray line = csvLine(decoded).toUtf8();
        FUZZ_CHECK(line.endsWith("\r\n"));
        CsvReader again(line);
        QList<QByteArray> reread;
        FUZZ_CHECK(again.next(reread) == CsvReader::Status::Record);
        FUZZ_CHECK(reread.size() == fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (writtenAsIs(fields.at(i)))
                FUZZ_CHECK(reread.at(i) == fields.at(i));
            // Nothing written can end a line or carry a terminal code.
            for (const char c : reread.at(i))
                FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
        }
        FUZZ_CHECK(again.next(reread) == CsvReader::Status::End);
    }
    return 0;
}
