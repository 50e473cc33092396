// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/trailanchoring.h"

#include "audit/auditlog.h"
#include "audit/trailanchors.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"

namespace alpr {

namespace {

const QString kSetting = QLatin1String(trailanchors::kAnchorTargetSetting);

} // namespace

Result<QString> anchorTarget(Session& session)
{
    if (!session.can(Action::ChangeSettings))
        if (auto r = session.require(Action::ReadAudit, QStringLiteral("settings")); !r)
            return r.error();
    Result<QString> value = QString();
    if (session.isDepartment()) {
        auto answer = departmentOf(session).call("trail_anchor", {});
        if (!answer)
            return answer.error();
        value = answer->value(QStringLiteral("target")).toString();
    } else {
        value = storeOf(session).settings().value(kSetting);
    }
    if (!value)
        return value.error();
    return value->isEmpty() ? trailanchors::defaultTarget() : value.value();
}

Result<void> setAnchorTarget(Session& session, const QString& target)
{
    if (auto r = session.require(Action::ChangeSettings, QStringLiteral("settings")); !r)
        return r;
    if (auto r = trailanchors::checkTarget(target); !r)
        return r;
    // The server checks the target again and records the change.
    if (session.isDepartment()) {
        if (auto r =
                departmentOf(session).perform("anchor_target_set", {DepartmentArg::text(target)});
            !r)
            return r;
        return session.anchorTrail();
    }
    auto before = anchorTarget(session);
    if (!before)
        return before.error();
    auto saved = storeOf(session).settings().setValues(
        {{kSetting, target}}, trailOf(session),
        TrailEntry{session.user().username,
                   QStringLiteral("settings-changed"),
                   QStringLiteral("settings:anchor"),
                   {{QStringLiteral("before"), before.value()}, {QStringLiteral("after"), target}},
                   QStringLiteral("success")});
    if (!saved)
        return saved;
    return session.anchorTrail();
}

} // namespace alpr
