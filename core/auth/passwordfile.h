// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "common/securebytes.h"

#include <QString>

namespace alpr {

// The password file of a service account: one line, the password, in a file
// only its owner may read (0600). An unattended job signs in with it
// (alprctl --password-file FILE), so the password is never on a command
// line, where every user of the machine can read it in the process list.
namespace passwordfile {

// Longest password file read: one line of a password (at most 1,024
// characters) and room for a line break; anything longer is not one.
inline constexpr qint64 kMaxFileBytes = 4096;
// Generated passwords: 32 characters from a 64-symbol alphabet (192 bits).
inline constexpr int kGeneratedLength = 32;

// A strong random password from the one secure random source.
SecureBytes generatePassword();

// Writes the password and a line break into a NEW file at path, created
// 0600, whole or not at all (written and flushed under a temporary name,
// then linked to path, which fails if path exists by then). Invalid when
// path already exists or its folder does not; Io for the file system.
[[nodiscard]] Result<void> create(const QString& path, const SecureBytes& password);

// The first line of the file, without its line break. Refused, naming the
// file and the problem, when it does not exist, is not a regular file, may be
// read or written by group or others, is larger than kMaxFileBytes, or its
// first line is empty.
[[nodiscard]] Result<SecureBytes> read(const QString& path);

} // namespace passwordfile

} // namespace alpr
