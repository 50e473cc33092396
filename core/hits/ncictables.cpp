// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/ncictables.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <array>

namespace alpr {

namespace {

using CodeTable = QHash<QString, QString>;

// code<TAB>words lines; '#' starts a comment line. A line that is not
// code<TAB>words is skipped: the files are ours and checked by the tests.
CodeTable loadTable(const QString& resource)
{
    CodeTable table;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QByteArray data = file.readAll();
    for (const QByteArray& line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        table.insert(QString::fromUtf8(line.first(tab)).trimmed(),
                     QString::fromUtf8(line.sliced(tab + 1)).trimmed());
    }
    return table;
}

const CodeTable& table(NcicTable which)
{
    // A function-local static is built once, by the first caller, while any
    // other thread waits (C++11 thread-safe initialization).
    static const std::array<CodeTable, 3> tables = {
        loadTable(QStringLiteral(":/ncic/vma.tsv")),
        loadTable(QStringLiteral(":/ncic/vst.tsv")),
        loadTable(QStringLiteral(":/ncic/vco.tsv")),
    };
    return tables[size_t(which)];
}

bool isVowel(QChar c)
{
    return QStringLiteral("AEIOUY").contains(c.toUpper());
}

// "CHEVROLET MOTOR DIV. GMC" -> "Chevrolet Motor DIV. GMC": words of four or
// more letters with a vowel are title-cased; shorter ones and letter runs
// without a vowel are most often abbreviations and stay as written.
QString titleCased(const QString& text)
{
    QString out = text;
    qsizetype i = 0;
    while (i < out.size()) {
        if (!out.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool vowel = false;
        while (end < out.size() && out.at(end).isLetter()) {
            vowel = vowel || isVowel(out.at(end));
            ++end;
        }
        if (end - i >= 4 && vowel) {
            out[i] = out.at(i).toUpper();
            for (qsizetype k = i + 1; k < end; ++k)
                out[k] = out.at(k).toLower();
        }
        i = end;
    }
    return out;
}

} // namespace

QString ncicCodeWords(NcicTable which, const QString& code)
{
    return table(which).value(code.trimmed().toUpper());
}

int ncicCodeCount(NcicTable which)
{
    return int(table(which).size());
}

QString decodeVehicleMake(const QString& code)
{
    const QString words = ncicCodeWords(NcicTable::Make, code);
    return words.isEmpty() ? code : titleCased(words);
}

QString decodeVehicleStyle(const QString& code)
{
    const QString words = ncicCodeWords(NcicTable::Style, code);
    return words.isEmpty() ? code : words.toLower();
}

QString decodeVehicleColor(const QString& code)
{
    // A code with a slash of its own ("MUL/COL") first, then two colours.
    if (const QString words = ncicCodeWords(NcicTable::Color, code); !words.isEmpty())
        return words.toLower();
    if (!code.contains(u'/'))
        return code;
    QStringList parts = code.split(u'/');
    for (QString& part : parts) {
        const QString words = ncicCodeWords(NcicTable::Color, part);
        if (!words.isEmpty())
            part = words.toLower();
    }
    return parts.join(u'/');
}

} // namespace alpr
