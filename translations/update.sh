#!/usr/bin/env bash
# Refreshes the catalogues from the sources (app/, ui/, models/), finishes the English one
# (finish_en.py) and reports what is left unfinished: translate that into Vietnamese in
# Qt Linguist (/usr/lib/qt6/bin/linguist) or by editing chiso_vi.ts, then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dirs=(); for d in app ui models; do [[ -d $d ]] && dirs+=("$d"); done
run_lupdate() { "$lupdate" -silent -no-obsolete -locations none "${dirs[@]}" -ts translations/chiso_vi.ts translations/chiso_en.ts; }
run_lupdate
python3 translations/finish_en.py translations/chiso_en.ts >/dev/null
run_lupdate # lupdate's own spelling of the XML, so that the catalogue test compares like with like
grep -c 'type="unfinished"' translations/chiso_vi.ts translations/chiso_en.ts || true
