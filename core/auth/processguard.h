// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

namespace alpr {

// Called first thing in main(): no core dump may carry a key, a password or a
// plate (release builds), and secrets live on OpenSSL's locked, guarded heap.
void protectProcessSecrets();

} // namespace alpr
