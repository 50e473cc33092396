#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# Installs the dependencies, builds with warnings as errors and runs every test;
# then builds the `asan` preset (AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer, stopping at the first finding) and runs every
# test again under it. ALPR_TESTS_ASAN=0 skips the second pass.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci -j2

if [ "${ALPR_TESTS_ASAN:-1}" != 0 ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    ctest --preset asan -j2
fi
