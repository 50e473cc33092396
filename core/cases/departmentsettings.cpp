// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/departmentsettings.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "search/misreadtable.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alpr {

namespace {

const QString kPattern = QStringLiteral("case_number_pattern");
const QString kExample = QStringLiteral("case_number_example");
const QString kMisread = QStringLiteral("misread_table");
const QString kStaleHours = QStringLiteral("hotlist_stale_hours");
const QString kHoldMinutes = QStringLiteral("alert_hold_minutes");
const QString kEscalateMinutes = QStringLiteral("alert_escalate_minutes");

// The whole-number settings, their bounds, and what a value out of bounds is told.
struct Number
{
    const QString* key;
    int DepartmentSettings::*field;
    int min;
    int max;
    const char* outOfRange; // %1 min, %2 max, %3 the value
};

const Number kNumbers[] = {
    {&kStaleHours, &DepartmentSettings::staleHours, 1, 168,
     QT_TRANSLATE_NOOP("alpr::DepartmentSettings",
                       "the hours after which a hot list is stale must be from %1 to %2 (a "
                       "week), not %3")},
    {&kHoldMinutes, &DepartmentSettings::alertHoldMinutes, 5, 480,
     QT_TRANSLATE_NOOP("alpr::DepartmentSettings",
                       "the minutes a taken alert is held without a checklist step must be from "
                       "%1 to %2, not %3")},
    {&kEscalateMinutes, &DepartmentSettings::alertEscalateMinutes, 1, 120,
     QT_TRANSLATE_NOOP("alpr::DepartmentSettings",
                       "the minutes before an alert nobody takes is escalated must be from %1 "
                       "to %2, not %3")},
};

} // namespace

QJsonObject DepartmentSettings::toJson() const
{
    return {{QStringLiteral("case_number_pattern"), caseNumberPattern},
            {QStringLiteral("case_number_example"), caseNumberExample},
            {QStringLiteral("misread_table"), misreadTable},
            {QStringLiteral("hotlist_stale_hours"), staleHours},
            {QStringLiteral("alert_hold_minutes"), alertHoldMinutes},
            {QStringLiteral("alert_escalate_minutes"), alertEscalateMinutes}};
}

namespace {

DepartmentSettings settingsFromJson(const QJsonObject& json)
{
    DepartmentSettings s;
    s.caseNumberPattern = json.value(kPattern).toString();
    s.caseNumberExample = json.value(kExample).toString();
    s.misreadTable = json.value(kMisread).toString();
    for (const Number& n : kNumbers)
        s.*n.field = json.value(*n.key).toInt(s.*n.field);
    return s;
}

} // namespace

Result<DepartmentSettings> departmentSettings(Session& session)
{
    // The department store's server keeps them, and checks each change again.
    if (session.isDepartment()) {
        auto answer = departmentOf(session).call("department_settings", {});
        if (!answer)
            return answer.error();
        return settingsFromJson(answer.value());
    }
    const Store& store = storeOf(session);
    DepartmentSettings s;
    for (auto [key, field] :
         {std::pair{&kPattern, &s.caseNumberPattern}, std::pair{&kExample, &s.caseNumberExample},
          std::pair{&kMisread, &s.misreadTable}}) {
        auto value = store.settings().value(*key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    for (const Number& n : kNumbers) {
        auto value = store.settings().value(*n.key);
        if (!value)
            return value.error();
        bool ok = false;
        const int number = value->toInt(&ok);
        if (ok && number >= n.min && number <= n.max)
            s.*n.field = number;
    }
    return s;
}

Result<void> setDepartmentSettings(Session& session, const DepartmentSettings& settings)
{
    const QString object = QStringLiteral("settings:department");
    if (auto r = session.require(Action::ChangeSettings, object); !r)
        return r;
    // Matched whole, as CasePolicy matches it.
    const QRegularExpression re(QRegularExpression::anchoredPattern(settings.caseNumberPattern));
    if (settings.caseNumberPattern.isEmpty() || !re.isValid())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "alpr::DepartmentSettings",
                "the case number format \"%1\" is not a regular expression%2")
                .arg(settings.caseNumberPattern,
                     re.isValid() ? QString() : QStringLiteral(": ") + re.errorString()));
    if (re.match(QString()).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::DepartmentSettings",
                                        "the case number format \"%1\" accepts an empty case "
                                        "number; every search needs one")
                .arg(settings.caseNumberPattern));
    if (!re.match(settings.caseNumberExample).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::DepartmentSettings",
                                        "the example \"%1\" is not in the case number format "
                                        "\"%2\"")
                .arg(settings.caseNumberExample, settings.caseNumberPattern));
    auto table = MisreadTable::parse(settings.misreadTable);
    if (!table)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("alpr::DepartmentSettings",
                                                                         "the misread table: %1")
                                                 .arg(table.error().message));
    for (const Number& n : kNumbers)
        if (const int value = settings.*n.field; value < n.min || value > n.max)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("alpr::DepartmentSettings", n.outOfRange)
                                 .arg(n.min)
                                 .arg(n.max)
                                 .arg(value));
    DepartmentSettings after = settings;
    after.misreadTable = table->toString();
    if (session.isDepartment())
        return departmentOf(session).perform("department_settings_set",
                                             {DepartmentArg::json(after.toJson())});
    auto before = departmentSettings(session);
    if (!before)
        return before.error();
    return storeOf(session).settings().setValues(
        {{kPattern, after.caseNumberPattern},
         {kExample, after.caseNumberExample},
         {kMisread, after.misreadTable},
         {kStaleHours, QString::number(after.staleHours)},
         {kHoldMinutes, QString::number(after.alertHoldMinutes)},
         {kEscalateMinutes, QString::number(after.alertEscalateMinutes)}},
        trailOf(session),
        TrailEntry{session.user().username,
                   QStringLiteral("settings-changed"),
                   object,
                   {{QStringLiteral("after"), after.toJson()},
                    {QStringLiteral("before"), before->toJson()}},
                   QStringLiteral("success")});
}

} // namespace alpr
