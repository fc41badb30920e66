#!/usr/bin/env bash
# Issue 16, a million figures: the bundled database, and a copy with the figures of other
# regions added by the generator (`bench_import regions`: regions × 11 indicators × 30 years ×
# 12 months, a second source for June and December of the flows, plans and stated growth);
# then every command and the window's start on both, in turn (scale_interleaved.py), and the
# window's changes of month and region on both (bench_window).
# Run from the repository after: cmake --preset bench && cmake --build --preset bench
#   bench/scale.sh [values, default 1000000] [turns, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
chiso=build/bench/app/chiso
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen

"$chiso" init --db "$tmp/bundled.sqlite" --lang en >/dev/null
cp "$tmp/bundled.sqlite" "$tmp/big.sqlite"
build/bench/bench/bench_import regions "$tmp/regions.csv" "${1:-1000000}"
echo "generated: $(($(wc -l < "$tmp/regions.csv") - 1)) rows, $(du -m "$tmp/regions.csv" | cut -f1) MiB"
"$chiso" units import "$tmp/regions.csv.units.csv" --db "$tmp/big.sqlite" --lang en >/dev/null
echo "chiso import of them into a copy of the bundled database:"
/usr/bin/time -f "  %e s wall, %M KiB peak" "$chiso" import "$tmp/regions.csv" --db "$tmp/big.sqlite" --lang en
rm "$tmp/regions.csv"
echo "databases: bundled $(du -k "$tmp/bundled.sqlite" | cut -f1) KiB, big $(du -m "$tmp/big.sqlite" | cut -f1) MiB"
echo

python3 bench/scale_interleaved.py "$tmp/bundled.sqlite" "$tmp/big.sqlite" "${2:-20}"
echo
for db in bundled big; do
    echo "window on the $db database (bench_window):"
    build/bench/bench/bench_window "$tmp/$db.sqlite" 20 | sed 's/^/  /'
done
