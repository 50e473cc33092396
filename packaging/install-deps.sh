#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ALPR Workstation developers
# Installs every Debian 12 package ALPR Workstation needs to build, test and run.
# Idempotent: packages already installed are left alone.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-psql libgl-dev
    libopencv-dev libpoco-dev libsqlcipher-dev libssl-dev libturbojpeg0-dev libpq-dev
    libpwquality-dev cracklib-runtime libzxcvbn-dev libqrencode-dev libicu-dev
    postgresql xvfb xauth fonts-dejavu-core poppler-utils openssl clang-format-14
    clang-14 libclang-rt-14-dev
    # tst_evidencemedia: FAT and exFAT media in image files (exfat-fuse where the
    # kernel has no exFAT driver)
    dosfstools exfatprogs exfat-fuse
    # The evidence tests run VERIFY.txt's stock commands: ssh-keygen -Y verify
    openssh-client
    # The department store's signing module (core/store/pgext) is built against
    # the PostgreSQL server headers (pg_config --includedir-server)
    postgresql-server-dev-15
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
