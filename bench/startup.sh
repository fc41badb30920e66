#!/usr/bin/env bash
# Start-up to a painted dashboard (issue 4): `chiso --screenshot` on the bundled dataset
# beside a bare QChartView program doing the same steps, both writing an uncompressed BMP so
# that image encoding does not count. Median of 15 runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
build/bench/app/chiso init --db "$tmp/db.sqlite" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
    for _ in $(seq 15); do
        local start end
        start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | median
}
bare=$(measure build/bench/bench/bench_bare_chart)
chiso=$(measure build/bench/app/chiso --db "$tmp/db.sqlite" --screenshot "$tmp/shot.bmp" --view dashboard)
indicator=$(measure build/bench/app/chiso --db "$tmp/db.sqlite" --screenshot "$tmp/shot.bmp" --view indicator:revenue)
echo "bare QChartView: ${bare} ms; chiso dashboard: ${chiso} ms; chiso indicator view: ${indicator} ms"
awk -v a="$chiso" -v b="$bare" 'BEGIN {printf "ratio dashboard/bare: %.2f\n", a / b}'
