// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/csvreadparser.h"

#include "common/crypto.h"
#include "common/csv.h"
#include "ingest/readfieldchecks.h"
#include "search/platetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <array>
#include <cmath>

namespace alpr {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

enum class Column
{
    Plate,
    State,
    CapturedAt,
    Camera,
    Latitude,
    Longitude,
    Confidence,
    Make,
    Model,
    Color,
    Body,
    Source,
    ExternalId,
};
constexpr int kColumnCount = int(Column::ExternalId) + 1;
constexpr int kRequiredColumnCount = int(Column::Longitude) + 1;

constexpr qsizetype kMaxExternalIdLength = 128;

QLatin1String columnName(Column column)
{
    static constexpr std::array<const char*, kColumnCount> names = {
        "plate", "state", "captured_at", "camera", "latitude", "longitude",   "confidence",
        "make",  "model", "color",       "body",   "source",   "external_id",
    };
    return QLatin1String(names[size_t(column)]);
}

QString columnList(int first, int last)
{
    QStringList names;
    for (int i = first; i < last; ++i)
        names.append(columnName(Column(i)));
    return names.join(QStringLiteral(", "));
}

// Where each known column sits in a record; -1 when the file has no such column.
using ColumnIndex = std::array<qsizetype, kColumnCount>;

Result<ColumnIndex> readHeader(const QList<QByteArray>& fields)
{
    ColumnIndex index;
    index.fill(-1);
    QStringList unknown;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString name = QString(decoder.decode(fields[i])).trimmed().toLower();
        if (decoder.hasError())
            return invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                                       "column %1 of the header is not UTF-8 text")
                               .arg(i + 1));
        int known = -1;
        for (int c = 0; c < kColumnCount; ++c) {
            if (name == columnName(Column(c)))
                known = c;
        }
        if (known < 0) {
            unknown.append(quotedForMessage(name));
            continue;
        }
        if (index[size_t(known)] >= 0)
            return invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                                       "the header names the column %1 twice")
                               .arg(name));
        index[size_t(known)] = i;
    }
    if (!unknown.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser",
                                        "unknown column%1 %2 in the header; the columns are %3 "
                                        "(required) and %4 (optional)")
                .arg(unknown.size() == 1 ? QString() : QStringLiteral("s"),
                     unknown.join(QStringLiteral(", ")), columnList(0, kRequiredColumnCount),
                     columnList(kRequiredColumnCount, kColumnCount)));
    QStringList missing;
    for (int c = 0; c < kRequiredColumnCount; ++c) {
        if (index[size_t(c)] < 0)
            missing.append(columnName(Column(c)));
    }
    if (!missing.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser",
                                        "the header lacks the column%1 %2; a read file needs %3")
                .arg(missing.size() == 1 ? QString() : QStringLiteral("s"),
                     missing.join(QStringLiteral(", ")), columnList(0, kRequiredColumnCount)));
    return index;
}

// "2026-03-01T14:05:09Z", "2026-03-01 06:05:09.25-08:00" -> UTC.
Result<QDateTime> parseCapturedAt(const QString& text)
{
    const QString field = columnName(Column::CapturedAt);
    const Error notIso =
        invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                            "%1 %2 is not an ISO 8601 time (write it like "
                                            "2026-03-01T14:05:09Z)")
                    .arg(field, quotedForMessage(text)));
    if (text.size() > 64)
        return notIso;
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})"
                       "(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                       "([Zz]|([+-])([0-9]{2})(?::?([0-9]{2}))?)?")));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return notIso;
    const auto number = [&](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = (match.captured(7) + QStringLiteral("00")).left(3);
    const QTime time(number(4), number(5), number(6), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return notIso;
    if (match.captured(8).isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser",
                                        "%1 %2 has no time zone; add Z for UTC or an offset such "
                                        "as -08:00")
                .arg(field, quotedForMessage(text)));
    int offsetSeconds = 0;
    if (!match.captured(9).isEmpty()) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 14 || minutes > 59)
            return invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                                       "%1 %2 has an impossible UTC offset")
                               .arg(field, quotedForMessage(text)));
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.captured(9) == u"-" ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// A number column; empty text -> no value.
Result<std::optional<double>> parseNumber(Column column, const QString& text)
{
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return invalid(QCoreApplication::translate("alpr::CsvReadParser", "%1 %2 is not a number")
                           .arg(columnName(column), quotedForMessage(text)));
    return std::optional<double>(value);
}

class RecordReader
{
public:
    RecordReader(const ColumnIndex& index, const QList<QByteArray>& fields)
        : m_index(index), m_fields(fields)
    {
    }

    // The text of a column as stored (plainText), or empty when the file has no such column.
    Result<QString> text(Column column) const
    {
        const qsizetype i = m_index[size_t(column)];
        if (i < 0)
            return QString();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        PlainText value = plainText(columnName(column), decoder.decode(m_fields[i]));
        if (decoder.hasError())
            return invalid(
                QCoreApplication::translate("alpr::CsvReadParser", "%1 is not UTF-8 text")
                    .arg(columnName(column)));
        if (!value.problem.isEmpty())
            return invalid(value.problem);
        return value.text;
    }

private:
    const ColumnIndex& m_index;
    const QList<QByteArray>& m_fields;
};

Result<ReadRecord> readFromRecord(const RecordReader& record)
{
    std::array<QString, kColumnCount> text;
    for (int c = 0; c < kColumnCount; ++c) {
        Result<QString> value = record.text(Column(c));
        if (!value)
            return value.error();
        text[size_t(c)] = std::move(*value);
    }
    const auto at = [&](Column column) -> const QString& { return text[size_t(column)]; };

    ReadRecord read;
    if (at(Column::Plate).isEmpty())
        return invalid(QCoreApplication::translate("alpr::CsvReadParser", "plate is empty"));
    read.plate = normalizePlate(at(Column::Plate));
    if (read.plate.isEmpty())
        return invalid(plateProblem(columnName(Column::Plate), at(Column::Plate)));

    if (!at(Column::State).isEmpty()) {
        read.state = stateCode(at(Column::State));
        if (read.state.isEmpty())
            return invalid(QCoreApplication::translate(
                               "alpr::CsvReadParser",
                               "state %1 is not a state or province code (two or three "
                               "letters or digits, e.g. CA)")
                               .arg(quotedForMessage(at(Column::State))));
    }

    Result<QDateTime> capturedAt = parseCapturedAt(at(Column::CapturedAt));
    if (!capturedAt)
        return capturedAt.error();
    read.capturedAt = *capturedAt;

    if (at(Column::Camera).isEmpty())
        return invalid(QCoreApplication::translate("alpr::CsvReadParser", "camera is empty"));
    read.cameraCode = at(Column::Camera);
    read.cameraName = at(Column::Camera);

    Result<std::optional<double>> latitude = parseNumber(Column::Latitude, at(Column::Latitude));
    if (!latitude)
        return latitude.error();
    Result<std::optional<double>> longitude = parseNumber(Column::Longitude, at(Column::Longitude));
    if (!longitude)
        return longitude.error();
    if (latitude->has_value() != longitude->has_value())
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser",
                                        "%1 is given but %2 is empty; give both or neither")
                .arg(latitude->has_value() ? QStringLiteral("latitude")
                                           : QStringLiteral("longitude"),
                     latitude->has_value() ? QStringLiteral("longitude")
                                           : QStringLiteral("latitude")));
    if (latitude->has_value()) {
        if (const QString problem = positionProblem(**latitude, **longitude); !problem.isEmpty())
            return invalid(problem);
        if (**latitude != 0.0 || **longitude != 0.0) { // 0,0 is what "no GPS" often looks like
            read.latitude = *latitude;
            read.longitude = *longitude;
        }
    }

    Result<std::optional<double>> confidence =
        parseNumber(Column::Confidence, at(Column::Confidence));
    if (!confidence)
        return confidence.error();
    read.confidence = confidence->value_or(0.0);
    if (const QString problem = confidenceProblem(columnName(Column::Confidence), read.confidence);
        !problem.isEmpty())
        return invalid(problem);

    read.make = at(Column::Make);
    read.model = at(Column::Model);
    read.color = at(Column::Color);
    read.body = at(Column::Body);

    const QString source = at(Column::Source).toLower();
    if (source.isEmpty())
        read.sourceKind = SourceKind::Unknown;
    else if (source == u"mobile")
        read.sourceKind = SourceKind::Mobile;
    else if (source == u"fixed")
        read.sourceKind = SourceKind::Fixed;
    else
        return invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                                   "source %1 is neither mobile nor fixed")
                           .arg(quotedForMessage(at(Column::Source))));

    // The source's own id; without one, an id made of what identifies a
    // read (camera, time, plate, state), so that a batch an agent sends
    // again after a lost answer is stored once, as alpr_group reads are.
    read.externalId = at(Column::ExternalId);
    if (read.externalId.size() > kMaxExternalIdLength)
        return invalid(QCoreApplication::translate("alpr::CsvReadParser",
                                                   "external_id is longer than %1 characters")
                           .arg(kMaxExternalIdLength));
    if (read.externalId.isEmpty())
        read.externalId =
            QStringLiteral("csv:") +
            crypto::sha256Hex(QStringList{read.cameraCode,
                                          QString::number(read.capturedAt.toMSecsSinceEpoch()),
                                          read.plate, read.state}
                                  .join(QLatin1Char('\n'))
                                  .toUtf8())
                .left(32);
    return read;
}

} // namespace

Result<QList<ReadRecord>> parseCsvReads(const QByteArray& data, const QString& fileLabel)
{
    QByteArrayView text(data);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    const auto lineError = [&](qsizetype line, const QString& what) {
        return invalid(QCoreApplication::translate("alpr::CsvReadParser", "%1, line %2: %3")
                           .arg(fileLabel)
                           .arg(line)
                           .arg(what));
    };

    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return lineError(csvLineBreaks(text.first(nul)) + 1,
                         QCoreApplication::translate("alpr::CsvReadParser",
                                                     "a NUL byte; this is not a CSV text file"));

    CsvReader tokenizer(text);
    QList<QByteArray> fields;
    switch (tokenizer.next(fields)) {
    case CsvReader::Status::End:
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser", "%1: no reads (the file is empty)")
                .arg(fileLabel));
    case CsvReader::Status::Error:
        return lineError(tokenizer.errorLine(), tokenizer.errorText());
    case CsvReader::Status::Record:
        break;
    }
    const qsizetype headerLine = tokenizer.recordLine();
    Result<ColumnIndex> index = readHeader(fields);
    if (!index)
        return lineError(headerLine, index.error().message);
    const qsizetype columnCount = fields.size();

    QList<ReadRecord> reads;
    for (;;) {
        const CsvReader::Status status = tokenizer.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return lineError(tokenizer.errorLine(), tokenizer.errorText());
        const qsizetype line = tokenizer.recordLine();
        if (fields.size() != columnCount)
            return lineError(line, QCoreApplication::translate("alpr::CsvReadParser",
                                                               "%1 field%2, but the header has %3")
                                       .arg(fields.size())
                                       .arg(fields.size() == 1 ? QString() : QStringLiteral("s"))
                                       .arg(columnCount));
        Result<ReadRecord> read = readFromRecord(RecordReader(*index, fields));
        if (!read)
            return lineError(line, read.error().message);
        reads.append(std::move(*read));
    }
    if (reads.isEmpty())
        return invalid(
            QCoreApplication::translate("alpr::CsvReadParser", "%1: no reads (only a header)")
                .arg(fileLabel));
    return reads;
}

} // namespace alpr
