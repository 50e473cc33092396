// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "retention/retentionrules.h"

#include "retention/departmentpurge.h"

#include "audit/auditlog.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/retentionrepository.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace alpr {

namespace {

constexpr int kMaxPolicyRef = 120;
const char* const kDefaultPolicy = "San Leandro 418.5";

QString settingKey(const QString& kind)
{
    return QStringLiteral("retention.") + kind;
}

QJsonObject periodJson(const RetentionPeriod& p)
{
    return {{QStringLiteral("read_days"), p.readDays},
            {QStringLiteral("image_days"), p.imageDays},
            {QStringLiteral("policy"), p.policyRef}};
}

QDateTime startOfLocalDay(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

} // namespace

RetentionRules RetentionRules::defaults()
{
    const QString policy = QLatin1String(kDefaultPolicy);
    return {{{QStringLiteral("mobile"), 365, 365, policy},
             {QStringLiteral("fixed"), 30, 30, policy},
             {QStringLiteral("unknown"), 30, 30, policy}}};
}

QStringList RetentionRules::sourceKinds()
{
    return {QStringLiteral("mobile"), QStringLiteral("fixed"), QStringLiteral("unknown")};
}

RetentionPeriod RetentionRules::period(const QString& sourceKind) const
{
    for (const RetentionPeriod& p : periods)
        if (p.sourceKind == sourceKind)
            return p;
    for (const RetentionPeriod& p : defaults().periods)
        if (p.sourceKind == sourceKind)
            return p;
    return {};
}

QJsonObject RetentionRules::toJson() const
{
    QJsonObject o;
    for (const RetentionPeriod& p : periods)
        o.insert(p.sourceKind, periodJson(p));
    return o;
}

Result<void> RetentionRules::check(const RetentionRules& rules)
{
    for (const QString& kind : sourceKinds()) {
        int found = 0;
        for (const RetentionPeriod& p : rules.periods)
            found += p.sourceKind == kind;
        if (found != 1)
            return makeError(
                ErrorCode::Invalid,
                tr("The retention rules need exactly one period for %1 reads.").arg(kind));
    }
    for (const RetentionPeriod& p : rules.periods) {
        if (!sourceKinds().contains(p.sourceKind))
            return makeError(ErrorCode::Invalid, tr("\"%1\" is not a source kind: use mobile, "
                                                    "fixed or unknown.")
                                                     .arg(escapeControls(p.sourceKind)));
        if (p.readDays < 1 || p.readDays > kMaxDays)
            return makeError(ErrorCode::Invalid,
                             tr("The %1 reads' period must be 1 to %2 days, not %3.")
                                 .arg(p.sourceKind)
                                 .arg(kMaxDays)
                                 .arg(p.readDays));
        if (p.imageDays < 1 || p.imageDays > p.readDays)
            return makeError(ErrorCode::Invalid,
                             tr("The %1 images' period must be 1 day to the reads' %2 days, "
                                "not %3: an image is never kept without its read.")
                                 .arg(p.sourceKind)
                                 .arg(p.readDays)
                                 .arg(p.imageDays));
        if (p.policyRef.trimmed().isEmpty())
            return makeError(
                ErrorCode::Invalid,
                tr("Name the policy section the %1 reads' period follows.").arg(p.sourceKind));
        if (auto ok = checkTextInput(tr("policy section"), p.policyRef, kMaxPolicyRef); !ok)
            return ok;
        if (p.sourceKind == QLatin1String("mobile") && p.readDays < 365 &&
            p.policyRef.trimmed() == QLatin1String(kDefaultPolicy))
            return makeError(
                ErrorCode::Invalid,
                tr("Vehicle-mounted reads are kept one year (Government Code 34090.6; %1). A "
                   "shorter period of %2 days needs the policy section that sets it.")
                    .arg(QLatin1String(kDefaultPolicy))
                    .arg(p.readDays));
    }
    return {};
}

QList<PurgeCutoffs> RetentionRules::cutoffs(const QDateTime& now, const QString& timeZone) const
{
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
    const QDate today = now.toTimeZone(zone).date();
    QList<PurgeCutoffs> out;
    for (const QString& kind : sourceKinds()) {
        const RetentionPeriod p = period(kind);
        // Today is day readDays + 1 for a read captured readDays days ago:
        // every read captured before the local day after that one has expired.
        out.append({kind, startOfLocalDay(today.addDays(1 - p.readDays), zone).toMSecsSinceEpoch(),
                    startOfLocalDay(today.addDays(1 - p.imageDays), zone).toMSecsSinceEpoch()});
    }
    return out;
}

Result<RetentionRules> retentionRules(Session& session)
{
    if (session.isDepartment())
        return departmentpurge::rules(session);
    RetentionRules rules = RetentionRules::defaults();
    SettingsRepository& settings = storeOf(session).settings();
    for (RetentionPeriod& p : rules.periods) {
        auto value = settings.value(settingKey(p.sourceKind));
        if (!value)
            return value.error();
        if (value->isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(value->toUtf8()).object();
        p.readDays = o.value(QStringLiteral("read_days")).toInt(p.readDays);
        p.imageDays = o.value(QStringLiteral("image_days")).toInt(p.imageDays);
        p.policyRef = o.value(QStringLiteral("policy")).toString(p.policyRef);
    }
    return rules;
}

Result<RetentionChange> previewRetentionRules(Session& session, const RetentionRules& rules)
{
    if (auto ok = session.require(Action::ChangeSettings, QStringLiteral("settings:retention"));
        !ok)
        return ok.error();
    if (auto ok = RetentionRules::check(rules); !ok)
        return ok.error();
    if (session.isDepartment())
        return departmentpurge::preview(session, rules);
    auto current = retentionRules(session);
    if (!current)
        return current.error();
    auto agency = agencySettings(session);
    if (!agency)
        return agency.error();
    const QDateTime now = session.clock().now();
    RetentionRepository& repo = storeOf(session).retention();
    RetentionChange change;
    auto before = repo.countExpired(current->cutoffs(now, agency->timeZone));
    if (!before)
        return before.error();
    auto after = repo.countExpired(rules.cutoffs(now, agency->timeZone));
    if (!after)
        return after.error();
    change.before = *before;
    change.after = *after;
    for (const RetentionPeriod& p : rules.periods) {
        const RetentionPeriod old = current->period(p.sourceKind);
        change.shortens |= p.readDays < old.readDays || p.imageDays < old.imageDays;
    }
    for (qsizetype i = 0; i < change.after.size() && i < change.before.size(); ++i) {
        change.moreReads += std::max<qint64>(0, change.after[i].reads - change.before[i].reads);
        change.moreImages +=
            std::max<qint64>(0, (change.after[i].images + change.after[i].reads) -
                                    (change.before[i].images + change.before[i].reads));
    }
    return change;
}

Result<void> setRetentionRules(Session& session, const RetentionRules& requested,
                               qint64 confirmedMoreReads)
{
    RetentionRules rules = requested;
    for (RetentionPeriod& p : rules.periods)
        p.policyRef = p.policyRef.trimmed();
    auto change = previewRetentionRules(session, rules);
    if (!change)
        return change.error();
    if (change->shortens && confirmedMoreReads != change->moreReads)
        return makeError(ErrorCode::Conflict,
                         RetentionRules::tr("These periods are shorter: the next purge will "
                                            "remove %n more read(s) than it would now. Confirm "
                                            "to save them.",
                                            nullptr,
                                            int(std::min<qint64>(change->moreReads, INT_MAX))));
    if (session.isDepartment())
        return departmentpurge::setRules(session, rules, confirmedMoreReads);
    auto before = retentionRules(session);
    if (!before)
        return before.error();
    QList<QPair<QString, QString>> values;
    for (const RetentionPeriod& p : rules.periods)
        values.append(
            {settingKey(p.sourceKind),
             QString::fromUtf8(QJsonDocument(periodJson(p)).toJson(QJsonDocument::Compact))});
    return storeOf(session).settings().setValues(
        values, trailOf(session),
        TrailEntry{session.user().username,
                   QStringLiteral("settings-changed"),
                   QStringLiteral("settings:retention"),
                   {{QStringLiteral("after"), rules.toJson()},
                    {QStringLiteral("before"), before->toJson()},
                    {QStringLiteral("next_purge_more_reads"), change->moreReads}},
                   QStringLiteral("success")});
}

} // namespace alpr
