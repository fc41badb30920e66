#!/usr/bin/env bash
# Fails when a user-visible string of app/, ui/ or models/ is missing from, or unfinished in,
# a catalogue: runs lupdate on copies of the .ts files and counts what it had to add.
set -euo pipefail
source_dir=$1
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$source_dir"
dirs=(); for d in app ui models; do [[ -d $d ]] && dirs+=("$d"); done
status=0
for ts in translations/chiso_vi.ts translations/chiso_en.ts; do
    cp "$ts" "$tmp/$(basename "$ts")"
    "$lupdate" -silent -no-obsolete -locations none "${dirs[@]}" -ts "$tmp/$(basename "$ts")" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$(basename "$ts")" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$tmp/$(basename "$ts")" || true)
    if ! diff -q "$ts" "$tmp/$(basename "$ts")" >/dev/null; then
        echo "$ts is not up to date with the sources (run translations/update.sh):"
        diff "$ts" "$tmp/$(basename "$ts")" | head -20
        status=1
    fi
    echo "$ts: $unfinished unfinished, $vanished vanished"
    ((unfinished == 0 && vanished == 0)) || status=1
done
exit $status
