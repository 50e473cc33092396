// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "ingest/readfileparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace alpr {

namespace {

constexpr qint64 kReadChunkBytes = 1 << 20;

QString sizeLimitText()
{
    return QCoreApplication::translate(
               "alpr::ReadFileParser",
               "the largest read file accepted is %1 MiB; split it into smaller files")
        .arg(kMaxReadFileBytes >> 20);
}

} // namespace

ReadFileFormat detectReadFileFormat(const QByteArray& data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() &&
           (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    if (i < data.size() && (data[i] == '{' || data[i] == '['))
        return ReadFileFormat::OpenAlprJson;
    return ReadFileFormat::Csv;
}

Result<QList<ReadRecord>> parseReadData(const QByteArray& data, const QString& fileLabel)
{
    if (data.size() > kMaxReadFileBytes)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: %2").arg(fileLabel, sizeLimitText()));
    switch (detectReadFileFormat(data)) {
    case ReadFileFormat::OpenAlprJson:
        return parseOpenAlprJson(data, fileLabel);
    case ReadFileFormat::Csv:
        break;
    }
    return parseCsvReads(data, fileLabel);
}

Result<QList<ReadRecord>> parseReadFile(const QString& path)
{
    const QFileInfo info(path);
    const QString label = info.fileName().isEmpty() ? path : info.fileName();
    if (info.isDir())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("alpr::ReadFileParser", "%1: is a folder, not a read file")
                .arg(label));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("alpr::ReadFileParser",
                                                                    "%1: cannot be opened: %2")
                                            .arg(label, file.errorString()));
    if (!file.isSequential() && file.size() > kMaxReadFileBytes)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::ReadFileParser", "%1: the file is %2 MiB; %3")
                .arg(label)
                .arg((file.size() + (1 << 20) - 1) >> 20)
                .arg(sizeLimitText()));

    // Read in chunks so that a pipe or a file growing meanwhile cannot exceed the limit.
    QByteArray data;
    if (!file.isSequential())
        data.reserve(file.size() + kReadChunkBytes); // room for the read that finds the end
    for (;;) {
        const qint64 room = kMaxReadFileBytes + 1 - data.size();
        const qsizetype before = data.size();
        data.resize(before + qsizetype(std::min(kReadChunkBytes, room)));
        const qint64 got = file.read(data.data() + before, data.size() - before);
        if (got < 0)
            return makeError(ErrorCode::Io, QCoreApplication::translate("alpr::ReadFileParser",
                                                                        "%1: cannot be read: %2")
                                                .arg(label, file.errorString()));
        data.resize(before + got);
        if (data.size() > kMaxReadFileBytes)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1: %2").arg(label, sizeLimitText()));
        if (got == 0)
            break;
    }
    return parseReadData(data, label);
}

} // namespace alpr
