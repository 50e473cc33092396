// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "queryfile.h"

#include "cases/notescreen.h"
#include "common/textinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace alpr::cli {

namespace {

constexpr qint64 kMaxQueryFileBytes = 64 * 1024;
constexpr int kMaxWindows = 10;
constexpr int kMaxWindowLength = 200;

enum class Kind
{
    Text,     // a string, at most maxLength characters
    Flag,     // true or false: the option is given or not
    NotFlag,  // true or false: the option is given when false ("candidates")
    Count,    // a whole number
    TextList, // an array of strings (each at most maxLength), at most kMaxWindows
    Pattern,  // the search's PATTERN word
};

struct Key
{
    const char* json;
    const char* option; // the command-line option it stands for
    Kind kind;
    int maxLength = 0;
};

QList<Key> keysFor(QueryKind kind)
{
    const QList<Key> common{
        {"case", "case", Kind::Text, kMaxNameLength},
        {"purpose", "purpose", Kind::Text, kMaxNameLength},
        {"note", "note", Kind::Text, kMaxNoteLength},
    };
    if (kind == QueryKind::Canvass)
        return common + QList<Key>{{"at", "at", Kind::TextList, kMaxWindowLength},
                                   {"min_windows", "min-windows", Kind::Count}};
    return common + QList<Key>{{"pattern", "", Kind::Pattern, kMaxNameLength},
                               {"misread", "misread", Kind::Flag},
                               {"max_edits", "max-edits", Kind::Count},
                               {"candidates", "no-candidates", Kind::NotFlag},
                               {"limit", "limit", Kind::Count},
                               {"from", "from", Kind::Text, kMaxNameLength},
                               {"to", "to", Kind::Text, kMaxNameLength},
                               {"state", "state", Kind::Text, 8},
                               {"camera", "camera", Kind::Text, kMaxNameLength},
                               {"near", "near", Kind::Text, kMaxNameLength},
                               {"make", "make", Kind::Text, kMaxNameLength},
                               {"color", "color", Kind::Text, kMaxNameLength},
                               {"body", "body", Kind::Text, kMaxNameLength}};
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

Result<QByteArray> readQueryFile(const QString& name)
{
    QFile file;
    const bool fromStdin = name == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(name), !file.open(QIODevice::ReadOnly)))
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot read the query file %1: %2").arg(name, file.errorString()));
    // One byte more than allowed tells an over-long file without reading it all.
    const QByteArray bytes = file.read(kMaxQueryFileBytes + 1);
    if (bytes.size() > kMaxQueryFileBytes)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the query file %1 is over %2 bytes; a query is far "
                                        "smaller")
                             .arg(name)
                             .arg(kMaxQueryFileBytes));
    return bytes;
}

} // namespace

QCommandLineOption queryFileOption()
{
    return {QStringLiteral("query-file"),
            QStringLiteral("The query as a JSON object (- for standard input), kept off the "
                           "command line."),
            QStringLiteral("FILE")};
}

Result<void> applyQueryFile(Options& o, QueryKind kind)
{
    if (!o.parser.isSet(QStringLiteral("query-file")))
        return {};
    const QString name = o.parser.value(QStringLiteral("query-file"));
    auto bytes = readQueryFile(name);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the query file %1 is not JSON: %2 at byte %3")
                             .arg(name, parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the query file %1 must hold one JSON object, such as "
                                        "{\"case\": \"26-004211\", \"purpose\": "
                                        "\"stolen-vehicle\"}")
                             .arg(name));
    const QList<Key> keys = keysFor(kind);
    const QJsonObject query = doc.object();
    const auto where = [&name](const QString& key) {
        return QStringLiteral("the query file %1: \"%2\"").arg(name, escapeControls(key));
    };
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QString key = it.key();
        const auto known = std::find_if(keys.begin(), keys.end(), [&key](const Key& k) {
            return key == QLatin1String(k.json);
        });
        if (known == keys.end()) {
            QStringList names;
            for (const Key& k : keys)
                names << QLatin1String(k.json);
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1 is not a %2 key; the keys are %3")
                                 .arg(where(key.left(kMaxNameLength)),
                                      kind == QueryKind::Search ? QStringLiteral("search")
                                                                : QStringLiteral("canvass"),
                                      names.join(QStringLiteral(", "))));
        }
        const Key& k = *known;
        const QJsonValue v = it.value();
        // The same thing twice would leave a reader of the record unsure which counted.
        const bool onCommandLine = k.kind == Kind::Pattern
                                       ? o.positional.size() > 1
                                       : o.parser.isSet(QLatin1String(k.option));
        if (onCommandLine)
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("%1 is also given on the command line (%2); give it "
                               "in one place")
                    .arg(where(key), k.kind == Kind::Pattern
                                         ? QStringLiteral("the PATTERN")
                                         : QStringLiteral("--%1").arg(QLatin1String(k.option))));
        switch (k.kind) {
        case Kind::Text:
        case Kind::Pattern: {
            if (!v.isString())
                return makeError(
                    ErrorCode::Invalid,
                    QStringLiteral("%1 must be a string, not %2").arg(where(key), typeName(v)));
            const QString text = v.toString();
            if (text.size() > k.maxLength)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
                                     .arg(where(key))
                                     .arg(text.size())
                                     .arg(k.maxLength));
            if (k.kind == Kind::Pattern)
                o.positional.append(text);
            else
                o.fromFile.insert(QLatin1String(k.option), {text});
            break;
        }
        case Kind::Flag:
        case Kind::NotFlag:
            if (!v.isBool())
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1 must be true or false, not %2")
                                     .arg(where(key), typeName(v)));
            if (v.toBool() == (k.kind == Kind::Flag))
                o.fromFile.insert(QLatin1String(k.option), {});
            break;
        case Kind::Count: {
            const double number = v.toDouble();
            if (!v.isDouble() || number != std::floor(number) || std::abs(number) > 1e9)
                return makeError(
                    ErrorCode::Invalid,
                    QStringLiteral("%1 must be a whole number, not %2")
                        .arg(where(key), v.isDouble() ? QString::number(number) : typeName(v)));
            o.fromFile.insert(QLatin1String(k.option), {QString::number(qint64(number))});
            break;
        }
        case Kind::TextList: {
            if (!v.isArray())
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1 must be an array of strings, not %2")
                                     .arg(where(key), typeName(v)));
            const QJsonArray items = v.toArray();
            if (items.size() > kMaxWindows)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1 has %2 entries; at most %3 are allowed")
                                     .arg(where(key))
                                     .arg(items.size())
                                     .arg(kMaxWindows));
            QStringList texts;
            for (const QJsonValue& item : items) {
                if (!item.isString())
                    return makeError(ErrorCode::Invalid,
                                     QStringLiteral("%1 must hold strings, not %2")
                                         .arg(where(key), typeName(item)));
                if (item.toString().size() > k.maxLength)
                    return makeError(ErrorCode::Invalid,
                                     QStringLiteral("%1 has an entry %2 characters long; at "
                                                    "most %3 are allowed")
                                         .arg(where(key))
                                         .arg(item.toString().size())
                                         .arg(k.maxLength));
                texts << item.toString();
            }
            o.fromFile.insert(QLatin1String(k.option), texts);
            break;
        }
        }
    }
    return {};
}

} // namespace alpr::cli
