#!/usr/bin/env bash
# The yardstick of issue 2: sqlite3's own .import of the same 1,000,000-row CSV into a table
# with the CSV's columns and the same uniqueness rule (same key order), in WAL mode like Chỉ Số's database
# (.import checks nothing but the constraint). Then Chỉ Số's import of the same file, which
# validates every field. Run from the repository after: cmake --preset bench && cmake --build --preset bench
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bench/bench/bench_import
chiso=build/bench/app/chiso
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" generate "$tmp/observations.csv" "${1:-1000000}"
echo "CSV: $(wc -l < "$tmp/observations.csv") lines, $(du -m "$tmp/observations.csv" | cut -f1) MiB"

sqlite3 "$tmp/sqlite.db" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE figures_flat (
    record TEXT NOT NULL, indicator TEXT NOT NULL, region TEXT NOT NULL, year INTEGER NOT NULL,
    month INTEGER NOT NULL, value REAL NOT NULL, basis TEXT NOT NULL, source_url TEXT NOT NULL,
    source_title TEXT, source_date TEXT, quote TEXT, note TEXT,
    UNIQUE (year, month, indicator, region, basis, source_url));
SQL
echo "sqlite3 .import:"
/usr/bin/time -f "  %e s wall, %M KiB peak" sqlite3 "$tmp/sqlite.db" \
    "PRAGMA synchronous = NORMAL;" ".import --csv --skip 1 $tmp/observations.csv figures_flat"
sqlite3 "$tmp/sqlite.db" "SELECT '  rows: ' || count(*) FROM figures_flat"

"$chiso" init --empty --db "$tmp/chiso.db" --lang en >/dev/null
"$chiso" units import "$tmp/observations.csv.units.csv" --db "$tmp/chiso.db" --lang en >/dev/null
echo "chiso import:"
/usr/bin/time -f "  %e s wall, %M KiB peak" "$chiso" import "$tmp/observations.csv" --db "$tmp/chiso.db" --lang en
