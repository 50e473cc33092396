// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace alpr::totp {

// RFC 6238 time-based one-time passwords as authenticator apps use them:
// HMAC-SHA1, 6 digits, 30-second steps from the Unix epoch.
inline constexpr int kDigits = 6;
inline constexpr qint64 kStepSeconds = 30;
// A code from the step before or after the current one is accepted too
// (clock drift between the workstation and the phone).
inline constexpr int kAllowedDrift = 1;
// 160 random bits, the length RFC 4226 recommends.
inline constexpr qsizetype kSecretLength = 20;

// A new random secret.
SecureBytes generateSecret();

// RFC 4648 base32 without padding (what authenticator apps show and take).
QString toBase32(const SecureBytes& secret);
// Ignores spaces, dashes and case; Invalid for any other character.
Result<SecureBytes> fromBase32(const QString& text);

// The step number of a time: floor(unix seconds / 30).
qint64 stepAt(const QDateTime& time);
// The HOTP value (RFC 4226) for a counter, with `digits` digits (6 to 8).
QString hotp(const SecureBytes& secret, qint64 counter, int digits = kDigits);
// The TOTP code at a time (RFC 6238), with `digits` digits.
QString codeAt(const SecureBytes& secret, const QDateTime& time, int digits = kDigits);

// The step the code belongs to if it matches the time within
// +-kAllowedDrift steps and is later than lastUsedStep (a code is accepted
// once: RFC 6238 section 5.2); nullopt otherwise. Compares in constant time.
std::optional<qint64> verify(const SecureBytes& secret, const QString& code, const QDateTime& now,
                             qint64 lastUsedStep = -1);

// The otpauth:// URI that authenticator apps read from the QR code.
QString provisioningUri(const SecureBytes& secret, const QString& account, const QString& issuer);

} // namespace alpr::totp
