// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

namespace alpr {

// Called first thing in main(): no core dump may carry a key, a password or a
// plate (release builds), secrets live on OpenSSL's locked, guarded heap, and
// the umask is 077 so every file created is owner-only (common/privatefiles.h).
void protectProcessSecrets();

} // namespace alpr
