// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/agencysettings.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace alpr {

namespace {

const QString kName = QStringLiteral("agency_name");
const QString kOri = QStringLiteral("agency_ori");
const QString kAddress = QStringLiteral("agency_address");
const QString kContact = QStringLiteral("agency_contact");
const QString kTimeZone = QStringLiteral("agency_time_zone");
const QString kDefaultTimeZone = QStringLiteral("America/Los_Angeles");

// The first two characters of an NCIC ORI: the state, the District of
// Columbia or the territory of the agency.
bool knownStateCode(QStringView code)
{
    static const QStringList codes =
        QStringLiteral("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA "
                       "ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
                       "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU "
                       "AS MP")
            .split(u' ');
    return codes.contains(code.toString());
}

} // namespace

QJsonObject AgencySettings::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ori"), ori},
            {QStringLiteral("address"), address},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("time_zone"), timeZone}};
}

QString AgencySettings::heading() const
{
    if (ori.isEmpty())
        return name;
    if (name.isEmpty())
        return tr("ORI %1").arg(ori);
    return tr("%1 (ORI %2)").arg(name, ori);
}

Result<void> AgencySettings::checkOri(const QString& ori)
{
    static const QRegularExpression format(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}[A-Z0-9]{7}")));
    if (ori.size() != 9)
        return makeError(ErrorCode::Invalid,
                         tr("The ORI \"%1\" must be 9 characters long, not %2; an NCIC ORI "
                            "is the state's two letters and seven letters or digits, e.g. "
                            "CA0431000.")
                             .arg(escapeControls(ori.left(32)))
                             .arg(ori.size()));
    if (!format.match(ori).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("The ORI \"%1\" is not in the NCIC format: two capital letters of "
                            "the state, then seven capital letters or digits, e.g. CA0431000.")
                             .arg(escapeControls(ori)));
    if (!knownStateCode(QStringView(ori).left(2)))
        return makeError(ErrorCode::Invalid,
                         tr("The ORI \"%1\" starts with \"%2\", which is not a US state, the "
                            "District of Columbia or a territory; an ORI starts with the "
                            "agency's state, e.g. CA.")
                             .arg(ori, ori.left(2)));
    return {};
}

Result<void> AgencySettings::checkTimeZone(const QString& timeZone)
{
    // An IANA name ("America/Los_Angeles", "UTC"), not an offset: an offset
    // knows no daylight saving time, so days on reports would shift.
    const QByteArray id = timeZone.toUtf8();
    const bool offset =
        timeZone.startsWith(QLatin1String("UTC+")) || timeZone.startsWith(QLatin1String("UTC-"));
    if (timeZone.isEmpty() || offset || !QTimeZone::isTimeZoneIdAvailable(id))
        return makeError(ErrorCode::Invalid,
                         tr("The time zone \"%1\" is not an IANA time zone name this system "
                            "knows; give one such as America/Los_Angeles.")
                             .arg(escapeControls(timeZone.left(64))));
    return {};
}

Result<void> AgencySettings::check(const AgencySettings& s)
{
    if (auto r = checkTextInput(tr("agency name"), s.name, kMaxNameLength); !r)
        return r;
    if (s.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("The agency name is empty; give the name memos and reports print, "
                            "e.g. Los Altos Police Department."));
    if (auto r = checkTextInput(tr("ORI"), s.ori, kMaxNameLength); !r)
        return r;
    if (auto r = checkOri(s.ori); !r)
        return r;
    if (auto r = checkTextInput(tr("agency address"), s.address, kMaxLineLength); !r)
        return r;
    if (auto r = checkTextInput(tr("agency contact"), s.contact, kMaxLineLength); !r)
        return r;
    return checkTimeZone(s.timeZone);
}

Result<AgencySettings> agencySettings(Session& session)
{
    if (session.isDepartment()) {
        auto answer = departmentOf(session).call("agency_settings", {});
        if (!answer)
            return answer.error();
        AgencySettings s;
        s.name = answer->value(QStringLiteral("name")).toString();
        s.ori = answer->value(QStringLiteral("ori")).toString();
        s.address = answer->value(QStringLiteral("address")).toString();
        s.contact = answer->value(QStringLiteral("contact")).toString();
        s.timeZone = answer->value(QStringLiteral("time_zone")).toString();
        return s;
    }
    const Store& store = storeOf(session);
    AgencySettings s;
    for (auto [key, field] :
         {std::pair{&kName, &s.name}, std::pair{&kOri, &s.ori}, std::pair{&kAddress, &s.address},
          std::pair{&kContact, &s.contact}, std::pair{&kTimeZone, &s.timeZone}}) {
        auto value = store.settings().value(*key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    if (s.timeZone.isEmpty())
        s.timeZone = kDefaultTimeZone;
    return s;
}

Result<void> setAgencySettings(Session& session, const AgencySettings& settings)
{
    const QString object = QStringLiteral("settings:agency");
    if (auto r = session.require(Action::ChangeSettings, object); !r)
        return r;
    AgencySettings after;
    after.name = settings.name.trimmed();
    after.ori = settings.ori.trimmed().toUpper();
    after.address = settings.address.trimmed();
    after.contact = settings.contact.trimmed();
    after.timeZone = settings.timeZone.trimmed();
    if (auto r = AgencySettings::check(after); !r)
        return r;
    if (session.isDepartment())
        return departmentOf(session).perform("agency_settings_set",
                                             {DepartmentArg::json(after.toJson())});
    auto before = agencySettings(session);
    if (!before)
        return before.error();
    return storeOf(session).settings().setValues(
        {{kName, after.name},
         {kOri, after.ori},
         {kAddress, after.address},
         {kContact, after.contact},
         {kTimeZone, after.timeZone}},
        trailOf(session),
        TrailEntry{session.user().username,
                   QStringLiteral("settings-changed"),
                   object,
                   {{QStringLiteral("after"), after.toJson()},
                    {QStringLiteral("before"), before->toJson()}},
                   QStringLiteral("success")});
}

} // namespace alpr
