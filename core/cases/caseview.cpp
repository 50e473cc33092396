// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/caseview.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/notescreen.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "store/departmentlink.h"
#include "store/inquiryrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace alpr {

namespace {

QString noSearchUnder(const QString& number)
{
    return QCoreApplication::translate("alpr::CaseView",
                                       "no search was ever made under case \"%1\"")
        .arg(number);
}

// Auditors and administrators, or a user who searched under the case.
Result<CaseRecord> caseFor(Session& session, const QString& number, const QString& what)
{
    const QString object = QStringLiteral("case:%1").arg(number);
    auto record = storeOf(session).inquiries().findCase(number);
    if (!record)
        return record.error();
    if (!session.can(Action::ReadAudit)) {
        auto own = storeOf(session).inquiries().searchedUnder(number, session.user().username);
        if (!own)
            return own.error();
        if (!own.value()) {
            // require() records the refusal and says why.
            if (auto r = session.require(
                    Action::ReadAudit, object,
                    {{QStringLiteral("case"), number}, {QStringLiteral("operation"), what}});
                !r)
                return r.error();
        }
    }
    if (!record.value())
        return makeError(ErrorCode::NotFound, noSearchUnder(number));
    return *record.value();
}

// The department store's server checks, gathers and records in one call.
Result<CaseView> departmentCase(Session& session, const QString& number)
{
    auto answer = departmentOf(session).call("case_history", {DepartmentArg::text(number)});
    if (!answer) {
        // Said in the file store's words.
        if (answer.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, noSearchUnder(number));
        return answer.error();
    }
    CaseView view;
    view.record.number = answer->value(QStringLiteral("number")).toString();
    view.record.firstUser = answer->value(QStringLiteral("first_user")).toString();
    view.record.firstAt = QDateTime::fromString(
        answer->value(QStringLiteral("first_at")).toString(), Qt::ISODateWithMs);
    view.record.title = answer->value(QStringLiteral("title")).toString();
    for (const QJsonValue& v : answer->value(QStringLiteral("events")).toArray())
        view.events.append(auditEventFromJson(v.toObject()));
    return view;
}

void count(CaseView& view)
{
    for (const AuditEvent& e : view.events) {
        if (!view.users.contains(e.username))
            view.users << e.username;
        if (e.outcome != QLatin1String("success")) {
            ++view.refused;
            continue;
        }
        if (e.action == QLatin1String("search") || e.action == QLatin1String("canvass"))
            ++view.searches;
        else if (e.action == QLatin1String("view-read"))
            ++view.readsOpened;
        else if (e.action == QLatin1String("view-image"))
            ++view.imagesViewed;
        else if (e.action == QLatin1String("export"))
            ++view.exports;
    }
}

} // namespace

Result<CaseView> showCase(Session& session, const QString& number)
{
    if (session.isDepartment()) {
        auto view = departmentCase(session, number);
        if (view)
            count(view.value());
        return view;
    }
    auto record = caseFor(session, number, QStringLiteral("case-view"));
    if (!record)
        return record.error();
    CaseView view;
    view.record = record.value();
    AuditFilter filter;
    filter.caseNumber = number;
    auto events = trailOf(session).list(filter);
    if (!events)
        return events.error();
    view.events = events.value();
    count(view);
    auto logged = trailOf(session).append(session.user().username, QStringLiteral("case-view"),
                                          QStringLiteral("case:%1").arg(number),
                                          {{QStringLiteral("viewed_case"), number},
                                           {QStringLiteral("events"), qint64(view.events.size())}},
                                          QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return view;
}

Result<void> setCaseTitle(Session& session, const QString& number, const QString& title)
{
    if (auto r = checkTextInput(QCoreApplication::translate("alpr::CaseView", "case title"), title,
                                kMaxFreeTextLength);
        !r)
        return r;
    const QString trimmed = title.trimmed();
    if (trimmed.size() > 120)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::CaseView",
                                                     "a case title may be at most 120 characters"));
    if (auto r = screenNote(trimmed, session.clock().now().toUTC().date()); !r)
        return makeError(ErrorCode::Invalid,
                         QString(r.error().message)
                             .replace(QCoreApplication::translate("alpr::CaseView", "the note"),
                                      QCoreApplication::translate("alpr::CaseView", "the title")));
    // The server checks who may, the length and the personal identifiers
    // again, and records the title with the one before.
    if (session.isDepartment())
        return departmentOf(session).perform(
            "case_title_set", {DepartmentArg::text(number), DepartmentArg::text(trimmed)});
    auto record = caseFor(session, number, QStringLiteral("case-title"));
    if (!record)
        return record.error();
    if (record->firstUser != session.user().username && !session.can(Action::ReadAudit))
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate(
                             "alpr::CaseView", "only %1, who first used case %2, an auditor or an "
                                               "administrator may give it a title")
                             .arg(record->firstUser, number));
    return storeOf(session).inquiries().setCaseTitle(
        number, trimmed, trailOf(session),
        TrailEntry{session.user().username, QStringLiteral("case-title"),
                   QStringLiteral("case:%1").arg(number),
                   QJsonObject{{QStringLiteral("case"), number},
                               {QStringLiteral("title"), trimmed},
                               {QStringLiteral("before"), record->title}},
                   QStringLiteral("success")});
}

} // namespace alpr
