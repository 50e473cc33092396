// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "search/misreadtable.h"

namespace alpr {

namespace {

// "%" for a printable character, "U+0009" for one that would not show.
QString describeChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u'"' + QString(c) + u'"';
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

MisreadTable::MisreadTable()
{
    for (int i = 0; i < kPlateSymbolCount; ++i)
        m_masks[size_t(i)] = quint64(1) << i;
}

MisreadTable MisreadTable::defaults()
{
    const Result<MisreadTable> table = parse(QStringLiteral("0ODQ 1I 2Z 5S 8B 6G"));
    Q_ASSERT(table.ok());
    return table.value();
}

Result<MisreadTable> MisreadTable::parse(const QString& text)
{
    const auto invalid = [&text](const QString& what) {
        return makeError(ErrorCode::Invalid, tr("Misread classes \"%1\": %2").arg(text, what));
    };

    MisreadTable table;
    // Which class each symbol already belongs to, as an index into table.m_classes.
    std::array<int, kPlateSymbolCount> owner;
    owner.fill(-1);

    QString current;
    const auto finishClass = [&]() -> Result<void> {
        if (current.isEmpty())
            return {};
        if (current.size() == 1) {
            return invalid(tr("the class \"%1\" has only one character; a class lists the "
                              "characters a camera confuses with one another, e.g. \"1I\".")
                               .arg(current));
        }
        const int classIndex = int(table.m_classes.size());
        quint64 mask = 0;
        for (QChar c : std::as_const(current)) {
            const int symbol = plateSymbolIndex(char(c.unicode()));
            if (owner[size_t(symbol)] == classIndex) {
                return invalid(tr("\"%1\" appears twice in the class \"%2\".").arg(c).arg(current));
            }
            if (owner[size_t(symbol)] >= 0) {
                return invalid(tr("\"%1\" is in two classes, \"%2\" and \"%3\"; put each character "
                                  "in one class only.")
                                   .arg(c)
                                   .arg(table.m_classes.at(owner[size_t(symbol)]), current));
            }
            owner[size_t(symbol)] = classIndex;
            mask |= quint64(1) << symbol;
        }
        for (QChar c : std::as_const(current))
            table.m_masks[size_t(plateSymbolIndex(char(c.unicode())))] = mask;
        table.m_classes.append(current);
        current.clear();
        return {};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u',') {
            if (const Result<void> done = finishClass(); !done.ok())
                return done.error();
            continue;
        }
        const char16_t u = c.unicode();
        const char16_t upper = (u >= u'a' && u <= u'z') ? char16_t(u - u'a' + u'A') : u;
        if (!((upper >= u'A' && upper <= u'Z') || (upper >= u'0' && upper <= u'9'))) {
            return invalid(tr("%1 at position %2 is not a plate character; use only A-Z and 0-9, "
                              "with classes separated by spaces or commas.")
                               .arg(describeChar(c))
                               .arg(i + 1));
        }
        current.append(QChar(upper));
    }
    if (const Result<void> done = finishClass(); !done.ok())
        return done.error();
    return table;
}

QString MisreadTable::toString() const
{
    return m_classes.join(u' ');
}

} // namespace alpr
