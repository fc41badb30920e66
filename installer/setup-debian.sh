#!/usr/bin/env bash
# Installs what building, testing and running Chỉ Số needs on Debian 12 (bookworm).
# Safe to run again: it installs only what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake git ninja-build ccache pkg-config file
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libeigen3-dev libboost-math-dev
    libsqlite3-dev libxlsxwriter-dev libzip-dev libgtest-dev libgmock-dev libbenchmark-dev sqlite3
    clang-14 libclang-rt-14-dev
    xvfb xauth poppler-utils fonts-dejavu-core hyperfine
    cups cups-client printer-driver-cups-pdf
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "setup-debian: everything needed is installed."
    exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup-debian: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "setup-debian: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-debian: done."
