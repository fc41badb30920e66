#!/usr/bin/env bash
# Renders what a reviewer looks at without building: the dashboard, overview and table at
# 1366×768 and 1920×1080 in Vietnamese and English, and the briefing's pages as of April, June
# and August 2024 in both languages (each briefing as one sheet of its pages at 60 dpi), from
# the bundled dataset, and the provinces' views from the illustrative one, into docs/screenshots/. Needs ImageMagick's montage and poppler-utils.
#   bash docs/screenshots.sh [path/to/chiso]   (default: build/dev/app/chiso)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
chiso=${1:-$here/../build/dev/app/chiso}
out=$here/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
"$chiso" init --db "$work/db.sqlite" >/dev/null
for lang in vi en; do
    for size in 1366x768 1920x1080; do
        for view in dashboard overview table; do
            "$chiso" --db "$work/db.sqlite" --lang "$lang" --as-of 2024-08 --view "$view" --size "$size" \
                --screenshot "$out/$view-$size-$lang.png" 2>/dev/null
        done
    done
    for month in 4 6 8; do
        pdf=$work/briefing-$month-$lang.pdf
        "$chiso" briefing --db "$work/db.sqlite" --lang "$lang" --year 2024 --month "$month" -o "$pdf" 2>/dev/null
        pdftoppm -png -r 60 "$pdf" "$work/page-$month-$lang"
        montage "$work/page-$month-$lang"-*.png -tile x1 -geometry +4+4 -colors 64 "PNG8:$out/briefing-2024-0$month-$lang.png"
    done
done
# The provinces, from the illustrative database (chiso init --demo-units): the map and ranking
# of the 34 (8/2025) and of the 63 (8/2024), the forms of November 2025 with their review, and
# the provinces added up against the national figures of June 2024.
"$chiso" init --demo-units --db "$work/demo.sqlite" >/dev/null
for lang in vi en; do
    shot() { "$chiso" --db "$work/demo.sqlite" --lang "$lang" --size 1366x768 --as-of "$1" --view "$2" --screenshot "$out/$3-$lang.png" 2>/dev/null; }
    shot 2025-08 map:revenue map-34-2025-08
    shot 2024-08 map:state_budget map-63-2024-08
    shot 2025-08 ranking:fibre_households_pct ranking-2025-08
    shot 2025-11 submissions submissions-2025-11
    shot 2024-06 addup addup-2024-06
done
# 64 colours: enough for text, bars and status colours, a quarter of the bytes in the repository.
for png in "$out"/{dashboard,overview,table,map,ranking,submissions,addup}-*.png; do
    convert "$png" -colors 64 "PNG8:$png"
done
ls -1 "$out"
