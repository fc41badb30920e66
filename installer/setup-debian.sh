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
    xvfb xauth poppler-utils fonts-dejavu-core fonts-liberation2 hyperfine locales
    cups cups-client printer-driver-cups-pdf
    postgresql libqt6sql6-psql libpq-dev openssl
)
# The tests export under these (a Vietnamese desktop writes decimal commas: issue 22.1).
locales=(vi_VN.UTF-8 de_DE.UTF-8 en_US.UTF-8)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    as_root=(sudo)
fi
need_root() {
    ((${#as_root[@]} == 0)) || command -v sudo >/dev/null || { echo "setup-debian: run as root (or install sudo) to $1" >&2; exit 1; }
}

if ((${#missing[@]} == 0)); then
    echo "setup-debian: every package needed is installed."
else
    need_root "install: ${missing[*]}"
    echo "setup-debian: installing ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Generate the locales that are missing (locale -a spells them "vi_VN.utf8"): uncommented in
# /etc/locale.gen, or added there, then one locale-gen.
absent=()
for l in "${locales[@]}"; do
    locale -a 2>/dev/null | grep -qix "${l%%.*}.utf-\?8" || absent+=("$l")
done
if ((${#absent[@]})); then
    need_root "generate the locales ${absent[*]}"
    echo "setup-debian: generating the locales ${absent[*]}"
    for l in "${absent[@]}"; do
        if grep -qx "# *${l} UTF-8" /etc/locale.gen 2>/dev/null; then
            "${as_root[@]}" sed -i "s/^# *${l} UTF-8\$/${l} UTF-8/" /etc/locale.gen
        elif ! grep -qx "${l} UTF-8" /etc/locale.gen 2>/dev/null; then
            echo "${l} UTF-8" | "${as_root[@]}" tee -a /etc/locale.gen >/dev/null
        fi
    done
    "${as_root[@]}" locale-gen >/dev/null
fi
echo "setup-debian: done."
