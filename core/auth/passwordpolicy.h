// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"
#include "common/textinput.h"

#include <QString>

namespace alpr {

// The default shortest password (characters), and the floor the setting
// may not go below.
inline constexpr int kMinPasswordLength = 12;
inline constexpr int kMinPasswordLengthFloor = 8;

// The fewest guesses (log2) a new password must need by zxcvbn's estimate:
// 10^10 guesses, NIST SP 800-63B's "commonly used or compromised" screen.
inline constexpr double kMinPasswordGuessBits = 33.22;

// Invalid when the password (UTF-8) has more than kMaxPasswordLength
// characters; the first check any password gets, before it is hashed or judged.
Result<void> checkPasswordLength(const SecureBytes& password);

// Checks a new password against the password policy: at most
// kMaxPasswordLength characters (checked first), at least minLength
// characters (never fewer than kMinPasswordLengthFloor), not the user name or
// a form of it, not a common or dictionary password (libpwquality with the
// cracklib dictionary on this machine; nothing is downloaded), and not one
// zxcvbn expects to guess in fewer than 2^kMinPasswordGuessBits tries (its
// dictionary is compiled into the library). When
// oldPassword is given, the new one must differ from it enough. Invalid with a
// message that says what to change.
Result<void> validateNewPassword(const QString& username, const SecureBytes& password,
                                 int minLength = kMinPasswordLength,
                                 const SecureBytes* oldPassword = nullptr);

} // namespace alpr
