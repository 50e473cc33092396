// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/purposes.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/textinput.h"
#include "common/textnormalizer.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace alpr {

namespace {

struct Prohibited
{
    const char* use;
    const char* source;
    const char* words; // a case-insensitive regular expression on word boundaries
};

constexpr Prohibited kProhibited[] = {
    {"immigration enforcement", "Civil Code 1798.90.55, Government Code 7284.6 (SB 54)",
     // ICE, HSI, ERO and CBP in capitals; "ice" in small letters only with
     // words that make it the agency ("ice storm damage" is a purpose).
     R"(immigra\w*|deport\w*|(?-i:ICE|HSI|ERO|CBP)|cbp|ice\s+(?:agents?|officers?|raids?|)"
     R"(detainers?|holds?|custody|requests?|removals?|enforcement|operations?)|(?:assist\w*|)"
     R"(help\w*|aid\w*|support\w*)\s+(?:the\s+)?ice(?!\s+storm)|removals?\s+(?:orders?|)"
     R"(proceedings?|operations?)|border\s+patrol|undocumented|illegal\s+alien\w*|alien\w*|)"
     R"(visa\s+status|citizenship)"},
    {"personal use", "Los Altos 462.3, San Leandro 418.3",
     R"(personal\s+(?:use|reasons?|matters?|business|interest)|private\s+(?:use|matters?|reasons?)|curiosity|non\s?official)"},
    {"harassment or intimidation", "Los Altos 462.3",
     R"(harass\w*|intimidat\w*|stalk\w*|retaliat\w*)"},
    {"First Amendment activity", "Civil Code 1798.90.51, Los Altos 462.3",
     R"(first\s+amendment|protest\w*|rall(?:y|ies)|political|religio\w*|worship|church|mosque|synagogue|temple|assembly|free\s+speech|journalis\w*|press)"},
    {"targeting a protected characteristic", "Los Altos 462.3, Government Code 11135",
     R"(\brace\b|racial|ethnic\w*|national\s+origin|sexual\s+orientation|gender|transgender|disabilit\w*|ancestry)"},
};

Result<void> checkCode(const QString& code)
{
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{1,39}")));
    if (code.size() > 40 || !valid.match(code).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Purposes",
                                        "\"%1\" is not a purpose code: use 2 to 40 characters "
                                        "of a-z, 0-9 and '-', starting with a letter or digit")
                .arg(escapeControls(code.left(kMaxNameLength))));
    return {};
}

QJsonObject purposeJson(const Purpose& p)
{
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("policy_ref"), p.policyRef},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("roles"), rolesToString(p.roles)}};
}

// The roles in the order of allRoles(), each once.
QList<Role> canonicalRoles(const QList<Role>& roles)
{
    QList<Role> result;
    for (Role role : allRoles())
        if (roles.contains(role))
            result.append(role);
    return result;
}

QString roleNames(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    return names.join(QStringLiteral(", "));
}

Result<void> checkPurposeRoles(const QString& code, const QList<Role>& roles)
{
    if (roles.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::Purposes",
                                                     "Purpose \"%1\" names no role; choose at "
                                                     "least one of %2 to give it.")
                             .arg(code, roleNames(purposeRoles())));
    for (Role role : roles)
        if (!purposeRoles().contains(role))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "alpr::Purposes",
                                 "Purpose \"%1\": the role %2 may not search, so it cannot give "
                                 "a purpose; choose among %3.")
                                 .arg(code, roleName(role), roleNames(purposeRoles())));
    return {};
}

Result<std::optional<Purpose>> findPurpose(Session& session, const QString& code)
{
    auto all = listPurposes(session);
    if (!all)
        return all.error();
    for (const Purpose& p : all.value())
        if (p.code == code)
            return std::optional<Purpose>(p);
    return std::optional<Purpose>();
}

} // namespace

QString prohibitedUse(const QString& text)
{
    // Judged as a reader sees it (TextNormalizer: no invisible characters, no
    // look-alike letters, "I.C.E." read "ICE."). Hyphens and underscores in
    // codes separate words ("personal-use"); read joined too ("imm-igration").
    QString spaced = text;
    spaced.replace(u'-', u' ').replace(u'_', u' ');
    const QString readings[] = {TextNormalizer::forScreening(spaced).text,
                                TextNormalizer::forScreening(text).text};
    for (const Prohibited& p : kProhibited) {
        const QRegularExpression re(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(p.words)),
                                    QRegularExpression::CaseInsensitiveOption);
        for (const QString& words : readings)
            if (re.match(words).hasMatch())
                return QStringLiteral("%1 (%2)").arg(QLatin1String(p.use), QLatin1String(p.source));
    }
    return {};
}

QList<Purpose> purposesFromJson(const QJsonArray& purposes)
{
    QList<Purpose> out;
    for (const QJsonValue& value : purposes) {
        const QJsonObject o = value.toObject();
        Purpose p;
        p.code = o.value(QStringLiteral("code")).toString();
        p.description = o.value(QStringLiteral("description")).toString();
        p.policyRef = o.value(QStringLiteral("policy_ref")).toString();
        p.active = o.value(QStringLiteral("active")).toBool();
        for (const QJsonValue& role : o.value(QStringLiteral("roles")).toArray())
            if (auto r = roleFromName(role.toString()))
                p.roles.append(*r);
        out.append(p);
    }
    return out;
}

Result<QList<Purpose>> listPurposes(Session& session)
{
    if (!session.isDepartment())
        return storeOf(session).settings().purposes();
    // The server keeps the same list, with who may give each.
    auto answer = departmentOf(session).call("case_policy", {});
    if (!answer)
        return answer.error();
    return purposesFromJson(answer->value(QStringLiteral("purposes")).toArray());
}

Result<QList<Purpose>> purposesForUser(Session& session)
{
    auto all = listPurposes(session);
    if (!all)
        return all.error();
    QList<Purpose> mine;
    for (const Purpose& p : all.value())
        if (p.active && purposeOpenTo(p, session.user().roles))
            mine.append(p);
    return mine;
}

QList<Role> defaultPurposeRoles(const QString& code)
{
    if (code == QLatin1String("audit"))
        return {Role::Auditor};
    return {Role::Detective, Role::Dispatcher, Role::Records, Role::Supervisor};
}

QList<Role> purposeRoles()
{
    QList<Role> roles;
    for (Role role : allRoles())
        if (roleAllows(role, Action::Search))
            roles.append(role);
    return roles;
}

bool purposeOpenTo(const Purpose& purpose, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(),
                       [&purpose](Role role) { return purpose.roles.contains(role); });
}

Result<void> savePurpose(Session& session, const Purpose& purpose)
{
    // The text first, before it reaches the trail or the store.
    if (auto r = checkCode(purpose.code); !r)
        return r;
    if (auto r =
            checkTextInput(QCoreApplication::translate("alpr::Purposes", "purpose description"),
                           purpose.description, kMaxFreeTextLength);
        !r)
        return r;
    if (auto r = checkTextInput(QCoreApplication::translate("alpr::Purposes", "policy reference"),
                                purpose.policyRef, kMaxFreeTextLength);
        !r)
        return r;
    const QString object = QStringLiteral("purpose:%1").arg(purpose.code);
    if (auto r = session.require(Action::ChangeSettings, object); !r)
        return r;
    const QString description = purpose.description.trimmed();
    if (description.size() < 5 || description.size() > 200)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Purposes",
                                        "a purpose needs a description of 5 to 200 characters"));
    if (purpose.policyRef.size() > 100)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::Purposes",
                                        "the policy reference is longer than 100 characters"));
    if (auto r = checkPurposeRoles(purpose.code, purpose.roles); !r)
        return r;
    const QString prohibited =
        prohibitedUse(purpose.code + u' ' + description + u' ' + purpose.policyRef);
    if (!prohibited.isEmpty()) {
        (void)trailOf(session).append(session.user().username, QStringLiteral("purpose-saved"),
                                      object,
                                      {{QStringLiteral("after"), purposeJson(purpose)},
                                       {QStringLiteral("reason"), prohibited}},
                                      QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::Purposes",
                                        "\"%1\" names a use the policies prohibit: %2; it cannot "
                                        "be a purpose")
                .arg(purpose.code, prohibited));
    }
    auto before = findPurpose(session, purpose.code);
    if (!before)
        return before.error();
    Purpose after = purpose;
    after.description = description;
    after.policyRef = purpose.policyRef.trimmed();
    after.roles = canonicalRoles(purpose.roles);
    after.active = before.value() ? before.value()->active : true;
    if (session.isDepartment()) {
        QJsonArray roles;
        for (Role role : after.roles)
            roles.append(roleName(role));
        // The server checks all of this again, the prohibited uses too.
        return departmentOf(session).perform(
            "purpose_save",
            {DepartmentArg::json({{QStringLiteral("code"), after.code},
                                  {QStringLiteral("description"), after.description},
                                  {QStringLiteral("policy_ref"), after.policyRef},
                                  {QStringLiteral("roles"), roles}})});
    }
    QJsonObject details{{QStringLiteral("after"), purposeJson(after)}};
    if (before.value())
        details.insert(QStringLiteral("before"), purposeJson(*before.value()));
    return storeOf(session).settings().savePurpose(
        after, trailOf(session),
        TrailEntry{session.user().username, QStringLiteral("purpose-saved"), object, details,
                   QStringLiteral("success")});
}

Result<void> setPurposeRoles(Session& session, const QString& code, const QList<Role>& roles)
{
    const QString object = QStringLiteral("purpose:%1").arg(code);
    if (auto r = session.require(Action::ChangeSettings, object); !r)
        return r;
    auto before = findPurpose(session, code);
    if (!before)
        return before.error();
    if (!before.value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("alpr::Purposes", "There is no purpose "
                                                                       "\"%1\".")
                             .arg(escapeControls(code.left(kMaxNameLength))));
    Purpose next = *before.value();
    next.roles = roles;
    return savePurpose(session, next);
}

Result<void> setPurposeActive(Session& session, const QString& code, bool active)
{
    const QString object = QStringLiteral("purpose:%1").arg(code);
    if (auto r = session.require(Action::ChangeSettings, object); !r)
        return r;
    auto before = findPurpose(session, code);
    if (!before)
        return before.error();
    if (!before.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::Purposes", "there is no purpose \"%1\"").arg(code));
    if (active && !prohibitedUse(code + u' ' + before.value()->description).isEmpty())
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate("alpr::Purposes",
                                                     "\"%1\" names a use the policies prohibit")
                             .arg(code));
    if (session.isDepartment())
        return departmentOf(session).perform(
            "purpose_set_active", {DepartmentArg::text(code), DepartmentArg::boolean(active)});
    return storeOf(session).settings().setPurposeActive(
        code, active, trailOf(session),
        TrailEntry{session.user().username,
                   active ? QStringLiteral("purpose-reinstated")
                          : QStringLiteral("purpose-retired"),
                   object,
                   {{QStringLiteral("before"), purposeJson(*before.value())}},
                   QStringLiteral("success")});
}

} // namespace alpr
