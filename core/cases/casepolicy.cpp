// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "cases/casepolicy.h"

#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/purposes.h"
#include "common/textinput.h"
#include "common/textnormalizer.h"
#include "store/departmentlink.h"
#include "store/settingsrepository.h"
#include "store/store.h"

#include <QCoreApplication>

namespace alpr {

namespace {

// Printable ASCII, and its own canonical form.
bool typedPlainly(const QString& caseNumber)
{
    for (const QChar c : caseNumber)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return TextNormalizer::canonical(caseNumber) == caseNumber;
}

struct PolicySettings
{
    QString pattern;
    QString example;
    QList<Purpose> purposes;
};

Result<PolicySettings> policySettings(Session& session)
{
    PolicySettings settings;
    if (session.isDepartment()) {
        // The department store's server keeps the same settings, and
        // gives them with its purposes in one answer.
        auto answer = departmentOf(session).call("case_policy", {});
        if (!answer)
            return answer.error();
        settings.pattern = answer->value(QStringLiteral("case_number_pattern")).toString();
        settings.example = answer->value(QStringLiteral("case_number_example")).toString();
        settings.purposes = purposesFromJson(answer->value(QStringLiteral("purposes")).toArray());
        return settings;
    }
    const Store& store = storeOf(session);
    auto pattern = store.settings().value(QStringLiteral("case_number_pattern"));
    if (!pattern)
        return pattern.error();
    settings.pattern = pattern.value();
    auto example = store.settings().value(QStringLiteral("case_number_example"));
    if (!example)
        return example.error();
    settings.example = example.value();
    auto purposes = listPurposes(session);
    if (!purposes)
        return purposes.error();
    settings.purposes = std::move(purposes.value());
    return settings;
}

} // namespace

bool CasePolicy::caseNumberValid(const QString& caseNumber) const
{
    return !caseNumber.trimmed().isEmpty() && caseNumber.size() <= kMaxNameLength &&
           typedPlainly(caseNumber) && m_caseNumber.match(caseNumber).hasMatch();
}

Result<CasePolicy> CasePolicy::load(Session& session)
{
    auto settings = policySettings(session);
    if (!settings)
        return settings.error();
    CasePolicy policy;
    // Matched whole: "^...$" alone lets "26-004211\n" through as another case.
    policy.m_caseNumber =
        QRegularExpression(QRegularExpression::anchoredPattern(settings->pattern));
    if (!policy.m_caseNumber.isValid())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::CasePolicy",
                                        "the store's case number format \"%1\" is not a valid "
                                        "regular expression; an administrator must correct it")
                .arg(settings->pattern));
    policy.m_example = settings->example;
    policy.m_roles = session.user().roles;
    for (const Purpose& p : std::as_const(settings->purposes)) {
        if (!p.active)
            continue;
        if (purposeOpenTo(p, policy.m_roles))
            policy.m_purposes.append(p);
        else
            policy.m_othersPurposes.append(p);
    }
    return policy;
}

Result<void> CasePolicy::check(const QString& caseNumber, const QString& purpose) const
{
    if (caseNumber.trimmed().isEmpty())
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::CasePolicy",
                                        "a case or incident number is required for every search "
                                        "(for example %1)")
                .arg(m_example));
    if (auto r = checkTextInput(QCoreApplication::translate("alpr::CasePolicy", "case number"),
                                caseNumber, kMaxNameLength);
        !r)
        return makeError(ErrorCode::Denied, r.error().message);
    if (!typedPlainly(caseNumber))
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::CasePolicy",
                                        "\"%1\" holds characters that are not part of a case "
                                        "number (invisible, full-width or look-alike characters); "
                                        "type it with plain letters and digits (for example %2)")
                .arg(escapeControls(caseNumber), m_example));
    if (!m_caseNumber.match(caseNumber).hasMatch())
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::CasePolicy",
                                        "\"%1\" is not a case number in this department's format "
                                        "(for example %2)")
                .arg(caseNumber, m_example));
    if (purpose.trimmed().isEmpty())
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate("alpr::CasePolicy",
                                                     "a purpose is required for every search"));
    for (const Purpose& p : m_purposes)
        if (p.code == purpose)
            return {};
    QStringList codes;
    for (const Purpose& p : m_purposes)
        codes << p.code;
    for (const Purpose& p : m_othersPurposes)
        if (p.code == purpose)
            return makeError(
                ErrorCode::Denied,
                QCoreApplication::translate("alpr::CasePolicy",
                                            "The purpose \"%1\" is for %2; your roles (%3) "
                                            "may give: %4.")
                    .arg(purpose, rolesToString(p.roles).replace(u',', QStringLiteral(", ")),
                         rolesToString(m_roles).replace(u',', QStringLiteral(", ")),
                         codes.isEmpty()
                             ? QCoreApplication::translate("alpr::CasePolicy", "no purpose")
                             : codes.join(QStringLiteral(", "))));
    return makeError(ErrorCode::Denied,
                     QCoreApplication::translate(
                         "alpr::CasePolicy", "\"%1\" is not an authorized purpose; use one of: %2")
                         .arg(purpose, codes.join(QStringLiteral(", "))));
}

} // namespace alpr
