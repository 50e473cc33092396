// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The CSV reader and writer (common/csv): the reader never crashes, and every
// record it reads, written again by csvLine(), reads back as the same fields
// (a field a spreadsheet would run as a formula comes back with the
// apostrophe csvLine() puts before it).
#include "common/csv.h"
#include "fuzzcheck.h"

namespace {

QByteArray written(const QByteArray& field)
{
    const QByteArray utf8 = QString::fromUtf8(field).toUtf8();
    if (!utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()))
        return '\'' + utf8;
    return utf8;
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
        for (qsizetype i = 0; i < fields.size(); ++i)
            FUZZ_CHECK(reread.at(i) == written(fields.at(i)));
        FUZZ_CHECK(again.next(reread) == CsvReader::Status::End);
    }
    return 0;
}
