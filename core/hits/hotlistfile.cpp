// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/hotlistfile.h"

#include "common/csv.h"
#include "common/textinput.h"
#include "hits/ncictables.h"
#include "ingest/readfieldchecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace alpr {

namespace {

constexpr qint64 kReadChunkBytes = 1 << 20;
constexpr int kMaxHotListPlateLength = 8;
constexpr qsizetype kClewRecordLength = 20; // plate 8, state 2, county 2, date 8

// The translators' context of this file's messages.
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(alpr::HotListFile)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

// "svs.tbl, line 12: what" -- every message about a place in a file.
Error lineError(const QString& fileLabel, qsizetype line, const QString& what)
{
    return invalid(Msg::tr("%1, line %2: %3").arg(fileLabel).arg(line).arg(what));
}

Error fileError(const QString& fileLabel, const QString& what)
{
    return invalid(Msg::tr("%1: %2").arg(fileLabel, what));
}

QString sizeLimitText()
{
    return Msg::tr("the largest hot-list file accepted is %1 MiB").arg(kMaxHotListFileBytes >> 20);
}

const QStringList& ncicHeader()
{
    static const QStringList header = {
        QStringLiteral("NIC"), QStringLiteral("ORI"), QStringLiteral("DATE"), QStringLiteral("LIC"),
        QStringLiteral("LIS"), QStringLiteral("LIY"), QStringLiteral("LIT"),  QStringLiteral("VYR"),
        QStringLiteral("VMA"), QStringLiteral("VMO"), QStringLiteral("VST"),  QStringLiteral("VCO"),
    };
    return header;
}

const QStringList& plainHeader()
{
    static const QStringList header = {
        QStringLiteral("plate"),       QStringLiteral("state"),    QStringLiteral("reason"),
        QStringLiteral("case_number"), QStringLiteral("synopsis"), QStringLiteral("expires"),
        QStringLiteral("note"),
    };
    return header;
}

// Two-letter codes of issuance NCIC uses for plates: US states, DC and
// territories, US government (US), Canadian provinces and territories (with
// the older NF and PQ), Mexico (MX).
bool isStateCode(const QString& code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const char* const all[] = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
                                   "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
                                   "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
                                   "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
                                   "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "FM", "GU", "MH",
                                   "MP", "PR", "PW", "VI", "US", "AB", "BC", "MB", "NB", "NL", "NF",
                                   "NS", "NT", "NU", "ON", "PE", "QC", "PQ", "SK", "YT", "MX"};
        for (const char* c : all)
            set.insert(QString::fromLatin1(c));
        return set;
    }();
    return codes.contains(code);
}

// The state as written -> a known code, "" when blank; false when it is none.
bool cleanState(const QString& written, QString* state, bool* corrected)
{
    *corrected = false;
    const QString upper = written.trimmed().toUpper();
    if (upper.isEmpty()) {
        state->clear();
        return true;
    }
    if (isStateCode(upper)) {
        *state = upper;
        return true;
    }
    // A zero typed for an O: "0H" is Ohio, "C0" Colorado.
    QString fixed = upper;
    fixed.replace(u'0', u'O');
    if (fixed != upper && isStateCode(fixed)) {
        *state = fixed;
        *corrected = true;
        return true;
    }
    return false;
}

// Upper-cased, spaces and dashes removed; empty when it cannot be a plate
// (empty, all zeros, longer than 8, anything but A-Z0-9).
QString cleanPlate(const QString& written)
{
    QString plate;
    plate.reserve(written.size());
    for (const QChar c : written) {
        if (c == u' ' || c == u'-')
            continue;
        const QChar u = c.toUpper();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return {};
        plate.append(u);
    }
    if (plate.size() > kMaxHotListPlateLength)
        return {};
    if (std::all_of(plate.cbegin(), plate.cend(), [](QChar c) { return c == u'0'; }))
        return {}; // also the empty plate
    return plate;
}

// Cleans the rows into the file's entries, or says which row's state is wrong.
Result<void> cleanEntries(QList<HotListFileEntry>&& rows, const QString& fileLabel,
                          HotListFile* file)
{
    QSet<QString> seen;
    seen.reserve(rows.size());
    file->entries.reserve(rows.size());
    for (HotListFileEntry& row : rows) {
        QString state;
        bool corrected = false;
        if (!cleanState(row.state, &state, &corrected))
            return lineError(fileLabel, row.line,
                             Msg::tr("state %1 is not a state, province or territory code "
                                     "(two letters, e.g. CA)")
                                 .arg(quotedForMessage(row.state)));
        const QString plate = cleanPlate(row.plate);
        if (plate.isEmpty()) {
            ++file->refusedPlates;
            continue;
        }
        if (corrected)
            ++file->statesCorrected;
        const QString key = plate + u'|' + state;
        if (seen.contains(key)) {
            ++file->duplicates;
            continue;
        }
        seen.insert(key);
        row.plate = plate;
        row.state = state;
        file->entries.append(std::move(row));
    }
    return {};
}

// A text field: UTF-8, at most maxLength characters, no control characters
// (line breaks and tabs too where lines is Several). The message names the field.
Result<QString> textField(const QByteArray& bytes, const QString& field, int maxLength,
                          TextLines lines = TextLines::One)
{
    // Four bytes at most per character: longer cannot pass the limit.
    if (bytes.size() > qsizetype(maxLength) * 4)
        return invalid(Msg::tr("%1 is longer than %2 characters").arg(field).arg(maxLength));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = QString(decoder.decode(bytes));
    if (decoder.hasError())
        return invalid(Msg::tr("%1 is not UTF-8 text").arg(field));
    text = text.trimmed();
    if (Result<void> checked = checkTextInput(field, text, maxLength, lines); !checked)
        return checked.error();
    return text;
}

// YYYYMMDD or YYYY-MM-DD; an empty text is no date.
Result<QDate> dateField(const QString& text, const QString& field, bool dashesOnly)
{
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression compact(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})([0-9]{2})([0-9]{2})")));
    static const QRegularExpression dashed(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})")));
    QRegularExpressionMatch match = dashed.match(text);
    if (!match.hasMatch() && !dashesOnly)
        match = compact.match(text);
    const QDate date =
        match.hasMatch()
            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
            : QDate();
    if (!date.isValid())
        return invalid(
            Msg::tr("%1 %2 is not a date (write it like %3)")
                .arg(field, quotedForMessage(text),
                     dashesOnly ? QStringLiteral("2026-12-31") : QStringLiteral("20261231")));
    return date;
}

// ---- CLEW ---------------------------------------------------------------

QString clewReason(const QString& fileLabel)
{
    const QString name = QFileInfo(fileLabel).fileName().toLower();
    if (name.contains(u"svs"))
        return Msg::tr("stolen vehicle");
    if (name.contains(u"sfr"))
        return Msg::tr("felony vehicle");
    if (name.contains(u"slr"))
        return Msg::tr("stolen plate");
    return {};
}

// What is wrong with the bytes of a CLEW line (printable ASCII only), or empty.
QString clewLineProblem(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto b = static_cast<unsigned char>(line[i]);
        if (b < 0x20 || b == 0x7f)
            return Msg::tr("a control character (byte 0x%1) at column %2; a CLEW extract is plain "
                           "fixed-width text")
                .arg(int(b), 2, 16, QLatin1Char('0'))
                .arg(i + 1);
        if (b > 0x7e)
            return Msg::tr("a byte that is not plain ASCII (0x%1) at column %2; a CLEW extract is "
                           "plain fixed-width text")
                .arg(int(b), 2, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

Result<QDateTime> clewExtractTime(const QString& line)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("DATE([0-9]{2})/([0-9]{2})/([0-9]{4}) ([0-9]{2}):([0-9]{2})")));
    const Error bad = invalid(Msg::tr("the first line %1 is not the extract time \"DATEmm/dd/yyyy "
                                      "hh:mm\" (e.g. DATE03/01/2026 05:30)")
                                  .arg(quotedForMessage(line)));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return bad;
    const QDate date(match.captured(3).toInt(), match.captured(1).toInt(),
                     match.captured(2).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt());
    if (!date.isValid() || !time.isValid())
        return bad;
    const QTimeZone california(QByteArrayLiteral("America/Los_Angeles"));
    if (!california.isValid())
        return makeError(ErrorCode::Internal,
                         Msg::tr("the time zone America/Los_Angeles is not known to this system; "
                                 "install the time zone data (tzdata)"));
    const QDateTime local(date, time, california);
    // A time skipped when the clocks go forward is not a time the DOJ wrote.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return invalid(Msg::tr("the extract time %1 does not exist in California (the clocks "
                               "went forward then)")
                           .arg(quotedForMessage(line)));
    return local.toUTC();
}

// The next line from pos (moved past its line end), without the LF or CRLF
// and without trailing spaces.
QByteArrayView nextClewLine(QByteArrayView text, qsizetype* pos)
{
    qsizetype end = text.indexOf('\n', *pos);
    const qsizetype next = end < 0 ? text.size() : end + 1;
    if (end < 0)
        end = text.size();
    QByteArrayView line = text.sliced(*pos, end - *pos);
    *pos = next;
    if (line.endsWith('\r'))
        line.chop(1);
    while (line.endsWith(' '))
        line.chop(1);
    return line;
}

Result<HotListFile> parseClew(QByteArrayView text, const QString& fileLabel)
{
    HotListFile file;
    file.format = HotListFormat::Clew;
    const QString reason = clewReason(fileLabel);

    // Blank lines after the trailer do not count.
    while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.chop(1);
    if (text.isEmpty())
        return fileError(fileLabel, Msg::tr("the file is empty"));
    const qsizetype lineCount = text.count('\n') + 1;

    qsizetype pos = 0;
    const QByteArrayView first = nextClewLine(text, &pos);
    if (first.size() > kMaxClewLineLength)
        return lineError(fileLabel, 1,
                         Msg::tr("the line is longer than %1 characters; is this a CLEW extract?")
                             .arg(kMaxClewLineLength));
    if (const QString problem = clewLineProblem(first); !problem.isEmpty())
        return lineError(fileLabel, 1, problem);
    Result<QDateTime> extractTime = clewExtractTime(QString::fromLatin1(first));
    if (!extractTime)
        return lineError(fileLabel, 1, extractTime.error().message);
    file.extractTime = *extractTime;

    // The trailer first: a truncated download most often ends inside a record.
    QByteArrayView lastLine = text.sliced(text.lastIndexOf('\n') + 1);
    while (lastLine.endsWith(' ') || lastLine.endsWith('\r'))
        lastLine.chop(1);
    static const QRegularExpression trailer(
        QRegularExpression::anchoredPattern(QStringLiteral("TOTAL RECORD +([0-9]{1,9})")));
    const QRegularExpressionMatch total = lastLine.size() <= kMaxClewLineLength
                                              ? trailer.match(QString::fromLatin1(lastLine))
                                              : QRegularExpressionMatch();
    if (lineCount < 2 || !total.hasMatch())
        return lineError(fileLabel, lineCount,
                         Msg::tr("the file does not end with the line \"TOTAL RECORD nnnnnnn\": "
                                 "the download is truncated. Nothing was loaded; download the "
                                 "extract again"));
    const qsizetype recordCount = lineCount - 2;
    if (total.captured(1).toLongLong() != recordCount)
        return lineError(fileLabel, lineCount,
                         Msg::tr("the trailer counts %1 records but the file has %2: the "
                                 "download is truncated or damaged. Nothing was loaded; download "
                                 "the extract again")
                             .arg(total.captured(1).toLongLong())
                             .arg(recordCount));
    if (recordCount == 0)
        return lineError(fileLabel, lineCount, Msg::tr("no records (the trailer counts none)"));
    if (recordCount > kMaxHotListEntries)
        return fileError(fileLabel, Msg::tr("%1 records; at most %2 are accepted in one file")
                                        .arg(recordCount)
                                        .arg(kMaxHotListEntries));

    QList<HotListFileEntry> rows;
    rows.reserve(recordCount);
    for (qsizetype lineNumber = 2; lineNumber < lineCount; ++lineNumber) {
        const QByteArrayView line = nextClewLine(text, &pos);
        if (line.size() > kMaxClewLineLength)
            return lineError(fileLabel, lineNumber,
                             Msg::tr("the line is longer than %1 characters; is this a CLEW "
                                     "extract?")
                                 .arg(kMaxClewLineLength));
        if (const QString problem = clewLineProblem(line); !problem.isEmpty())
            return lineError(fileLabel, lineNumber, problem);
        if (line.startsWith("TOTAL RECORD"))
            return lineError(fileLabel, lineNumber,
                             Msg::tr("a TOTAL RECORD line before the last line; two extracts run "
                                     "together?"));
        if (line.size() < kClewRecordLength)
            return lineError(fileLabel, lineNumber,
                             Msg::tr("the record is %1 characters long; a CLEW record has the "
                                     "plate in columns 1-8, the state in 9-10, the county in "
                                     "11-12 and the date YYYYMMDD in 13-20")
                                 .arg(line.size()));
        HotListFileEntry row;
        row.line = int(lineNumber);
        row.plate = QString::fromLatin1(line.sliced(0, 8)).trimmed();
        row.state = QString::fromLatin1(line.sliced(8, 2));
        row.county = QString::fromLatin1(line.sliced(10, 2)).trimmed();
        row.reason = reason;
        const QString listedText = QString::fromLatin1(line.sliced(12, 8)).trimmed();
        if (listedText.isEmpty())
            return lineError(fileLabel, lineNumber, Msg::tr("the date in columns 13-20 is blank"));
        Result<QDate> listed = dateField(listedText, Msg::tr("the date in columns 13-20"), false);
        if (!listed)
            return lineError(fileLabel, lineNumber, listed.error().message);
        row.listedOn = *listed;
        rows.append(std::move(row));
    }
    if (Result<void> cleaned = cleanEntries(std::move(rows), fileLabel, &file); !cleaned)
        return cleaned.error();
    return file;
}

// ---- CSV formats ----------------------------------------------------------

QStringList headerNames(const QList<QByteArray>& fields)
{
    QStringList names;
    for (const QByteArray& f : fields)
        names.append(QString::fromUtf8(f).trimmed());
    return names;
}

bool sameHeader(const QStringList& names, const QStringList& expected)
{
    if (names.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(expected.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// Reads the records after the header; fill turns one record into a row.
template <typename Fill>
Result<HotListFile> parseCsv(QByteArrayView text, const QString& fileLabel, HotListFormat format,
                             const QStringList& expected, Fill fill)
{
    HotListFile file;
    file.format = format;
    CsvReader reader(text);
    QList<QByteArray> fields;
    switch (reader.next(fields)) {
    case CsvReader::Status::End:
        return fileError(fileLabel, Msg::tr("the file is empty"));
    case CsvReader::Status::Error:
        return lineError(fileLabel, reader.errorLine(), reader.errorText());
    case CsvReader::Status::Record:
        break;
    }
    if (!sameHeader(headerNames(fields), expected))
        return lineError(fileLabel, reader.recordLine(),
                         Msg::tr("the header is not %1").arg(expected.join(u',')));

    QList<HotListFileEntry> rows;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return lineError(fileLabel, reader.errorLine(), reader.errorText());
        const qsizetype line = reader.recordLine();
        if (fields.size() != expected.size())
            return lineError(fileLabel, line,
                             Msg::tr("%1 fields, but the header has %2")
                                 .arg(fields.size())
                                 .arg(expected.size()));
        if (rows.size() == kMaxHotListEntries)
            return fileError(
                fileLabel,
                Msg::tr("more than %1 records; at most that many are accepted in one file")
                    .arg(kMaxHotListEntries));
        HotListFileEntry row;
        row.line = int(line);
        if (Result<void> filled = fill(fields, row); !filled)
            return lineError(fileLabel, line, filled.error().message);
        rows.append(std::move(row));
    }
    if (rows.isEmpty())
        return fileError(fileLabel, Msg::tr("no records (only a header)"));
    if (Result<void> cleaned = cleanEntries(std::move(rows), fileLabel, &file); !cleaned)
        return cleaned.error();
    return file;
}

Result<void> fillNcic(const QList<QByteArray>& fields, HotListFileEntry& row)
{
    std::array<QString, 12> text;
    for (size_t i = 0; i < text.size(); ++i) {
        Result<QString> value =
            textField(fields[qsizetype(i)], ncicHeader().at(qsizetype(i)), kMaxNameLength);
        if (!value)
            return value.error();
        text[i] = std::move(*value);
    }
    Result<QDate> date = dateField(text[2], QStringLiteral("DATE"), false);
    if (!date)
        return date.error();
    row.nic = text[0];
    row.ori = text[1];
    row.listedOn = *date;
    row.plate = text[3];
    row.state = text[4];
    row.plateYear = text[5];
    row.plateType = text[6];
    row.vehicleYear = text[7];
    row.make = decodeVehicleMake(text[8]);
    row.model = text[9];
    row.style = decodeVehicleStyle(text[10]);
    row.color = decodeVehicleColor(text[11]);
    return {};
}

Result<void> fillPlain(const QList<QByteArray>& fields, HotListFileEntry& row)
{
    struct Column
    {
        int limit;
        TextLines lines;
    };
    static constexpr std::array<Column, 7> columns = {{
        {kMaxNameLength, TextLines::One},         // plate
        {kMaxNameLength, TextLines::One},         // state
        {kMaxNameLength, TextLines::One},         // reason
        {kMaxNameLength, TextLines::One},         // case_number
        {kMaxFreeTextLength, TextLines::Several}, // synopsis
        {kMaxNameLength, TextLines::One},         // expires
        {kMaxFreeTextLength, TextLines::Several}, // note
    }};
    std::array<QString, 7> text;
    for (size_t i = 0; i < text.size(); ++i) {
        Result<QString> value = textField(fields[qsizetype(i)], plainHeader().at(qsizetype(i)),
                                          columns[i].limit, columns[i].lines);
        if (!value)
            return value.error();
        text[i] = std::move(*value);
    }
    Result<QDate> expires = dateField(text[5], QStringLiteral("expires"), true);
    if (!expires)
        return expires.error();
    row.plate = text[0];
    row.state = text[1];
    row.reason = text[2];
    row.caseNumber = text[3];
    row.synopsis = text[4];
    row.expires = *expires;
    row.note = text[6];
    return {};
}

QByteArrayView withoutBom(const QByteArray& data)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text;
}

} // namespace

QString hotListFormatName(HotListFormat format)
{
    switch (format) {
    case HotListFormat::Clew:
        return QStringLiteral("clew");
    case HotListFormat::NcicCsv:
        return QStringLiteral("ncic-csv");
    case HotListFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

bool parseHotListFormat(const QString& name, HotListFormat* format)
{
    for (const HotListFormat f :
         {HotListFormat::Clew, HotListFormat::NcicCsv, HotListFormat::Csv}) {
        if (name == hotListFormatName(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}

Result<HotListFormat> detectHotListFormat(const QByteArray& data, const QString& fileLabel)
{
    const QByteArrayView text = withoutBom(data);
    QByteArrayView first = text.first(std::min<qsizetype>(text.size(), 4096));
    if (const qsizetype end = first.indexOf('\n'); end >= 0)
        first = first.first(end);
    if (first.size() > 4 && first.startsWith("DATE") && first[4] >= '0' && first[4] <= '9')
        return HotListFormat::Clew;
    QStringList names;
    for (const QByteArrayView field : first.toByteArray().split(','))
        names.append(QString::fromUtf8(field).trimmed());
    if (sameHeader(names, ncicHeader()))
        return HotListFormat::NcicCsv;
    if (sameHeader(names, plainHeader()))
        return HotListFormat::Csv;
    return lineError(
        fileLabel, 1,
        Msg::tr("not a hot-list file this program reads: the first line is neither a "
                "CLEW extract time (DATEmm/dd/yyyy hh:mm), nor the NCIC header %1, nor "
                "the header %2")
            .arg(ncicHeader().join(u','), plainHeader().join(u',')));
}

Result<HotListFile> parseHotListData(const QByteArray& data, const QString& fileLabel,
                                     const HotListFormat* format)
{
    if (data.size() > kMaxHotListFileBytes)
        return fileError(fileLabel, sizeLimitText());
    const QByteArrayView text = withoutBom(data);
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return lineError(fileLabel, csvLineBreaks(text.first(nul)) + 1,
                         Msg::tr("a NUL byte; this is not a text file"));
    HotListFormat chosen = HotListFormat::Csv;
    if (format) {
        chosen = *format;
    } else {
        Result<HotListFormat> detected = detectHotListFormat(data, fileLabel);
        if (!detected)
            return detected.error();
        chosen = *detected;
    }
    switch (chosen) {
    case HotListFormat::Clew:
        return parseClew(text, fileLabel);
    case HotListFormat::NcicCsv:
        return parseCsv(text, fileLabel, chosen, ncicHeader(), fillNcic);
    case HotListFormat::Csv:
        break;
    }
    return parseCsv(text, fileLabel, chosen, plainHeader(), fillPlain);
}

Result<HotListFile> parseHotListFile(const QString& path, const HotListFormat* format)
{
    const QFileInfo info(path);
    const QString label = info.fileName().isEmpty() ? path : info.fileName();
    if (info.isDir())
        return makeError(ErrorCode::Io, Msg::tr("%1: is a folder, not a hot-list file").arg(label));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Msg::tr("%1: cannot be opened: %2").arg(label, file.errorString()));
    if (!file.isSequential() && file.size() > kMaxHotListFileBytes)
        return fileError(label, Msg::tr("the file is %1 MiB; %2")
                                    .arg((file.size() + (1 << 20) - 1) >> 20)
                                    .arg(sizeLimitText()));
    // In chunks, so that a pipe or a file growing meanwhile cannot pass the limit.
    QByteArray data;
    if (!file.isSequential())
        data.reserve(file.size() + kReadChunkBytes);
    for (;;) {
        const qint64 room = kMaxHotListFileBytes + 1 - data.size();
        const qsizetype before = data.size();
        data.resize(before + qsizetype(std::min(kReadChunkBytes, room)));
        const qint64 got = file.read(data.data() + before, data.size() - before);
        if (got < 0)
            return makeError(ErrorCode::Io,
                             Msg::tr("%1: cannot be read: %2").arg(label, file.errorString()));
        data.resize(before + got);
        if (data.size() > kMaxHotListFileBytes)
            return fileError(label, sizeLimitText());
        if (got == 0)
            break;
    }
    return parseHotListData(data, label, format);
}

} // namespace alpr
