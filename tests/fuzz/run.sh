#!/usr/bin/env bash
# Runs every libFuzzer target for a while from its seed corpus (default 60 s each); a crash,
# a leak of memory past 2 GiB or a hang fails. New inputs go to a scratch copy of the corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
for target in csv xlsx period; do
    mkdir -p "$scratch/$target"
    cp tests/fuzz/corpus/$target/* "$scratch/$target/"
    echo "fuzz_$target: ${seconds} s"
    build/fuzz/tests/fuzz/fuzz_$target "$scratch/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/$target-" -print_final_stats=1 2>&1 | grep -E "^stat::number_of_executed_units|ERROR|SUMMARY" || true
    if ls "$scratch/$target-"* >/dev/null 2>&1; then
        echo "fuzz_$target found a failing input:" >&2
        ls "$scratch/$target-"* >&2
        exit 1
    fi
done
