#!/usr/bin/env bash
# Refreshes the catalogues from the sources (app/, ui/, models/); then translate what is
# marked unfinished in Qt Linguist (/usr/lib/qt6/bin/linguist) or by editing the .ts.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dirs=(); for d in app ui models; do [[ -d $d ]] && dirs+=("$d"); done
"$lupdate" -silent -no-obsolete -locations none "${dirs[@]}" -ts translations/chiso_vi.ts translations/chiso_en.ts
grep -c 'type="unfinished"' translations/chiso_vi.ts translations/chiso_en.ts || true
