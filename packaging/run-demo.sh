#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# Installs the dependencies, builds, creates a demo store if there is none and
# starts the application on it.
#   ALPR_DEMO_STORE  where the demo store lives (default ~/.local/share/alpr-workstation/demo.alprdb)
#   ALPR_DEMO_READS  how many reads a new demo store gets (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

store="${ALPR_DEMO_STORE:-${XDG_DATA_HOME:-$HOME/.local/share}/alpr-workstation/demo.alprdb}"
if [ ! -f "$store" ]; then
    echo "Creating a demo store at $store (about a minute)..."
    build/bin/alprctl demo --store "$store" --reads "${ALPR_DEMO_READS:-20000}"
fi
echo "Demo accounts: admin, detective, dispatcher, records, auditor, supervisor; password: demo-password-2026"
exec build/bin/alpr-workstation --store "$store"
