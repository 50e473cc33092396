// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/passwordpolicy.h"

#include <QCoreApplication>
#include <pwquality.h>
#include <zxcvbn.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace alpr {

namespace {

struct SettingsDeleter
{
    void operator()(pwquality_settings_t* s) const { pwquality_free_settings(s); }
};

// A NUL-terminated copy for the C API, wiped when it goes.
SecureBytes cString(const SecureBytes& bytes)
{
    SecureBytes out(bytes.size() + 1);
    if (!bytes.isEmpty())
        std::copy(bytes.constData(), bytes.constData() + bytes.size(), out.data());
    return out;
}

// The guesses an attacker would need for the password, as zxcvbn estimates
// them (log2; the dictionary of common passwords, names, words and keyboard
// patterns is compiled into the library). The user name counts as a word.
double guessBits(const SecureBytes& nulTerminated, const QByteArray& user)
{
    const char* words[] = {user.isEmpty() ? nullptr : user.constData(), nullptr};
    return ZxcvbnMatch(nulTerminated.constData(), words, nullptr);
}

} // namespace

Result<void> checkPasswordLength(const SecureBytes& password)
{
    // Characters are counted on the bytes: no copy of a long password is made.
    qsizetype characters = 0;
    for (qsizetype i = 0; i < password.size(); ++i)
        if ((static_cast<unsigned char>(password.constData()[i]) & 0xc0) != 0x80)
            ++characters;
    if (characters > kMaxPasswordLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordPolicy",
                                        "the password is %1 characters long; at most %2 are "
                                        "allowed")
                .arg(characters)
                .arg(kMaxPasswordLength));
    return {};
}

Result<void> validateNewPassword(const QString& username, const SecureBytes& password,
                                 int minLength, const SecureBytes* oldPassword)
{
    // libpwquality overflows its stack on very long input: nothing long gets there.
    if (auto r = checkPasswordLength(password); !r)
        return r;
    minLength = qMax(minLength, kMinPasswordLengthFloor);
    QString text = QString::fromUtf8(password.constData(), password.size());
    const qsizetype length = text.size();
    const bool containsName = !username.isEmpty() && text.contains(username, Qt::CaseInsensitive);
    const bool hasNul = text.contains(QChar(0));
    secureWipe(text);
    if (length < minLength)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::PasswordPolicy",
                                                 "the password must have at least %1 characters")
                                                 .arg(minLength));
    if (containsName)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::PasswordPolicy",
                                                 "the password must not contain the user name"));
    if (hasNul)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "alpr::PasswordPolicy",
                                                 "the password must not contain a NUL character"));

    // The department's rules, not /etc/security/pwquality.conf: start from
    // libpwquality's built-in defaults and set what matters here.
    std::unique_ptr<pwquality_settings_t, SettingsDeleter> settings(pwquality_default_settings());
    if (!settings)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::PasswordPolicy", "cannot start the password check"));
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, 6);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DIG_CREDIT, 0);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_UP_CREDIT, 0);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_LOW_CREDIT, 0);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_OTH_CREDIT, 0);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MAX_REPEAT, 4);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DIFF_OK, 5);

    const SecureBytes newText = cString(password);
    SecureBytes oldText;
    if (oldPassword)
        oldText = cString(*oldPassword);
    const QByteArray user = username.toUtf8();
    void* auxerror = nullptr;
    const int score = pwquality_check(settings.get(), newText.constData(),
                                      oldPassword ? oldText.constData() : nullptr,
                                      user.isEmpty() ? nullptr : user.constData(), &auxerror);
    if (score >= 0) {
        const double bits = guessBits(newText, user);
        if (bits >= kMinPasswordGuessBits)
            return {};
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::PasswordPolicy",
                                        "the password is not accepted: the guessing check "
                                        "estimates it would be found in about 10^%1 guesses, and "
                                        "at least 10^10 are required; common passwords, words "
                                        "with digits or symbols added, dates and keyboard rows "
                                        "are guessed first; choose a longer passphrase of several "
                                        "unrelated words")
                .arg(qMax(0, static_cast<int>(std::floor(bits * 0.30103)))));
    }
    if (score == PWQ_ERROR_CRACKLIB_CHECK && auxerror == nullptr)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::PasswordPolicy",
                                        "the password dictionary cannot be read; ask the "
                                        "workstation's administrator to install cracklib-runtime"));
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    const char* reason = pwquality_strerror(buffer, sizeof buffer, score, auxerror);
    QString why = QString::fromUtf8(reason ? reason : "it is too weak");
    if (!why.isEmpty())
        why[0] = why[0].toLower();
    if (why.endsWith(u'.'))
        why.chop(1);
    return makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate(
            "alpr::PasswordPolicy",
            "the password is not accepted by the dictionary check: %1; choose another one (a "
            "phrase of several unrelated words works well)")
            .arg(why));
}

} // namespace alpr
