#!/usr/bin/env bash
# Start-up to a painted dashboard (issue 4): `chiso --screenshot` on the bundled dataset
# beside a bare QChartView program doing the same steps (show, paint, grab, write an
# uncompressed BMP so that image encoding does not count). hyperfine, 60 runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
build/bench/app/chiso init --db "$tmp/db.sqlite" >/dev/null
hyperfine -N --warmup 5 --runs "${1:-60}" \
    -n "bare QChartView" "build/bench/bench/bench_bare_chart" \
    -n "chiso dashboard" "build/bench/app/chiso --db $tmp/db.sqlite --screenshot $tmp/shot.bmp --view dashboard" \
    -n "chiso indicator view" "build/bench/app/chiso --db $tmp/db.sqlite --screenshot $tmp/shot.bmp --view indicator:revenue"
