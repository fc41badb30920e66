#!/usr/bin/env bash
# Issue 17 on a PostgreSQL server that this script starts (a throw-away cluster in a temporary
# folder, 127.0.0.1, a free port, default settings: fsync on), run in turns so that both sides
# meet the same machine:
#  1. import of 1,000,000 figures: Chỉ Số's `import` (every field checked, COPY straight into
#     the table) against the yardstick `psql -c "\copy …"` of the same CSV into a table with the
#     CSV's columns and the same unique key; and, second yardstick, `psql -c "\copy …"` of the
#     same figures into Chỉ Số's own table, whose server-side checks and history (issue 18) the
#     first yardstick's table has not: what the server does, apart from what the program does;
#  2. a report for one month and region on the server holding a million figures, against the
#     same report on an SQLite file of the same content (`chiso db copy`).
# Run from the repository after: cmake --preset bench && cmake --build --preset bench
#   bench/compare_server_import.sh [figures, default 1000000] [turns, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
chiso=$PWD/build/bench/app/chiso
generate=$PWD/build/bench/bench/bench_import
rows=${1:-1000000}
turns=${2:-3}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
tmp=$(mktemp -d)
as=()
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$tmp"; as=(runuser -u postgres --); fi
port=$(( 20000 + RANDOM % 20000 ))
cleanup() { "${as[@]}" "$bin/pg_ctl" -D "$tmp/data" -m immediate -s stop 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
user=$([[ $(id -u) -eq 0 ]] && echo postgres || echo "$USER")
(cd /tmp && "${as[@]}" "$bin/initdb" -D "$tmp/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null)
(cd /tmp && "${as[@]}" "$bin/pg_ctl" -D "$tmp/data" -o "-p $port -k $tmp -c listen_addresses=127.0.0.1" -l "$tmp/log" -w -s start)
psql() { "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U "$user" "$@"; }
url() { echo "postgresql://$user@127.0.0.1:$port/$1"; }
export QT_QPA_PLATFORM=offscreen

csv=$tmp/observations.csv
"$generate" generate "$csv" "$rows"
chmod a+r "$csv"
echo "CSV: $(($(wc -l < "$csv") - 1)) rows, $(du -m "$csv" | cut -f1) MiB; PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

seconds() { local start=$(date +%s.%N); "$@" >/dev/null; awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
fresh_office() { # an empty database of Chỉ Số's named $1, with the units the figures are of
    psql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    "$chiso" init --empty --db "$(url "$1")" --lang en >/dev/null
    "$chiso" units import "$csv.units.csv" --db "$(url "$1")" --lang en >/dev/null
}
# The figures in the table's own columns, with their sources and entry, for the second yardstick.
fresh_office same
"$chiso" import "$csv" --db "$(url same)" --lang en >/dev/null
psql -d same -c "\\copy (SELECT indicator, region, year, month, value, basis, source_id, quote, note, entry_id FROM observation ORDER BY id) TO '$tmp/table.csv' CSV" \
     -c "\\copy source TO '$tmp/source.csv' CSV" -c "\\copy entry TO '$tmp/entry.csv' CSV"
chmod a+r "$tmp"/*.csv
copy_times=(); same_times=(); chiso_times=()
for ((turn = 1; turn <= turns; turn++)); do
    psql -d postgres -c "DROP DATABASE IF EXISTS yard" -c "CREATE DATABASE yard"
    fresh_office same
    psql -d same -c "\\copy source FROM '$tmp/source.csv' CSV" -c "\\copy entry FROM '$tmp/entry.csv' CSV"
    fresh_office office
    psql -d yard -c "CREATE TABLE figures_flat (record TEXT NOT NULL, indicator TEXT NOT NULL, region TEXT NOT NULL,
        year INTEGER NOT NULL, month INTEGER NOT NULL, value DOUBLE PRECISION NOT NULL, basis TEXT NOT NULL,
        source_url TEXT NOT NULL, source_title TEXT, source_date TEXT, quote TEXT, note TEXT,
        UNIQUE (region, year, month, indicator, basis, source_url))"
    copy=$(seconds psql -d yard -c "\\copy figures_flat FROM '$csv' CSV HEADER")
    same=$(seconds psql -d same -c "\\copy observation (indicator, region, year, month, value, basis, source_id, quote, note, entry_id) FROM '$tmp/table.csv' CSV")
    ours=$(seconds "$chiso" import "$csv" --db "$(url office)" --lang en)
    copy_times+=("$copy"); same_times+=("$same"); chiso_times+=("$ours")
    printf '  turn %d: psql \\copy %.2f s, psql \\copy into our table %.2f s, chiso import %.2f s\n' "$turn" "$copy" "$same" "$ours"
done
c=$(median "${copy_times[@]}"); s=$(median "${same_times[@]}"); o=$(median "${chiso_times[@]}")
printf 'import, median of %d: psql \\copy %.2f s, chiso import %.2f s: ratio %s\n' "$turns" "$c" "$o" "$(ratio "$o" "$c")"
printf 'import, median of %d: psql \\copy into our table (its checks and history) %.2f s, chiso import %.2f s: ratio %s\n' "$turns" "$s" "$o" "$(ratio "$o" "$s")"
psql -d office -t -c "SELECT '  stored: ' || count(*) || ' figures' FROM observation"

# 2. A report on the server and on a file of the same content.
"$chiso" db copy --from "$(url office)" --to "$tmp/office.sqlite" --lang en >/dev/null
region=$(psql -d office -t -A -c "SELECT region FROM observation ORDER BY region LIMIT 1")
server_times=(); file_times=()
for ((turn = 1; turn <= 5 * turns; turn++)); do
    server_times+=("$(seconds "$chiso" report --db "$(url office)" --region "$region" --lang en)")
    file_times+=("$(seconds "$chiso" report --db "$tmp/office.sqlite" --region "$region" --lang en)")
done
s=$(median "${server_times[@]}"); f=$(median "${file_times[@]}")
printf 'report for region %s, median of %d: server %.3f s, SQLite file %.3f s: ratio %s\n' "$region" "$((5 * turns))" "$s" "$f" "$(ratio "$s" "$f")"
