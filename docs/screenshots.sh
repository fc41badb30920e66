#!/usr/bin/env bash
# Renders what a reviewer looks at without building: the dashboard, overview and table at
# 1366×768 and 1920×1080 in Vietnamese and English, and the briefing's pages as of April, June
# and August 2024 in both languages (each briefing as one sheet of its pages at 60 dpi), from
# the bundled dataset, into docs/screenshots/. Needs ImageMagick's montage and poppler-utils.
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
# 64 colours: enough for text, bars and status colours, a quarter of the bytes in the repository.
for png in "$out"/{dashboard,overview,table}-*.png; do
    convert "$png" -colors 64 "PNG8:$png"
done
ls -1 "$out"
