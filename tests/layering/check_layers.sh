#!/usr/bin/env bash
# The layering rules of DESIGN.md and STYLE.md, checked on the sources:
#  - models/ includes nothing of ui/ or app/, and no widget, chart or printing header of Qt;
#  - QtCharts is included only under ui/charts/ (a move to Qt Graphs touches one folder);
#  - ui/ includes nothing of app/.
# An include "X" must name a file of its own layer: beside the including file, or under the
# layer's root (the include paths CMake gives each target).
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
qt=${2:-/usr/include/x86_64-linux-gnu/qt6}
cd "$root" || exit 2
status=0

# Every class header Qt ships in a module, e.g. QChartView, QWidget, QPrinter.
headers_of() { ls "$qt/$1" 2>/dev/null | grep -E '^Q[A-Za-z0-9]+$'; }
charts=$(headers_of QtCharts | paste -sd'|')
widgets=$( (headers_of QtWidgets; headers_of QtPrintSupport; headers_of QtSvgWidgets) | paste -sd'|')
if [[ -z $charts || -z $widgets ]]; then
    echo "check_layers: cannot list Qt's headers under $qt" >&2
    exit 2
fi

fail() { echo "layering: $1"; status=1; }

# 1. Quoted includes resolve within the file's own layer.
check_quoted() { # layer, allowed roots…
    local layer=$1; shift
    while IFS= read -r -d '' file; do
        while IFS= read -r include; do
            local found=
            for base in "$(dirname "$file")" "$@"; do
                [[ -e $base/$include ]] && { found=$base; break; }
            done
            [[ -n $found ]] || fail "$file includes \"$include\", which is not part of $layer or the layers below it"
        done < <(sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/p' "$file")
    done < <(find "$layer" \( -name '*.cpp' -o -name '*.h' \) -print0)
}
check_quoted models models
check_quoted ui ui models

# 2. Qt's widget, printing and chart headers stay out of models/; charts stay in ui/charts/.
while IFS= read -r hit; do fail "models/ must not use widgets, charts or printing: $hit"; done \
    < <(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(Qt(Widgets|Charts|PrintSupport|SvgWidgets)/)?($charts|$widgets)>" models --include='*.cpp' --include='*.h')
while IFS= read -r hit; do fail "QtCharts outside ui/charts/: $hit"; done \
    < <(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(QtCharts/)?($charts)>" app ui models --include='*.cpp' --include='*.h' | grep -v '^ui/charts/')

# 3. models/ links no widget, chart or printing library.
if grep -nE '^[^#]*Qt6?::(Widgets|Charts|PrintSupport)' models/CMakeLists.txt; then
    fail "models/CMakeLists.txt links a widget, chart or printing library"
fi
((status == 0)) && echo "layering: models, ui and app keep to their layers"
exit $status
