#!/usr/bin/env bash
# Builds the .deb, installs it with apt like a user would, runs chiso from /usr/bin, checks
# the briefing it writes, removes the package and checks nothing of it is left; then lintian.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root=(); [[ $(id -u) -eq 0 ]] || as_root=(sudo)

cmake --preset release >/dev/null
cmake --build --preset release --target package
deb=$(ls -t build/release/chiso_*_amd64.deb | head -n 1)
echo "check-deb: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
files=$(dpkg -L chiso)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/chiso --version
export QT_QPA_PLATFORM=offscreen
/usr/bin/chiso init --db "$tmp/db.sqlite" --lang en
/usr/bin/chiso briefing --year 2024 --month 6 --lang vi --db "$tmp/db.sqlite" -o "$tmp/briefing.pdf"
pages=$(pdfinfo "$tmp/briefing.pdf" | awk '/^Pages:/ {print $2}')
[[ $pages -ge 4 ]] || { echo "check-deb: the briefing has $pages pages" >&2; exit 1; }
text=$(pdftotext "$tmp/briefing.pdf" -)
[[ $text == *"2.067.389"* ]] || { echo "check-deb: the briefing lacks 2.067.389" >&2; exit 1; }
# Excel through the workbook plugin, as installed: export every figure, import them back.
/usr/bin/chiso export --db "$tmp/db.sqlite" --format xlsx -o "$tmp/all.xlsx" --lang en
/usr/bin/chiso init --empty --db "$tmp/empty.sqlite" --lang en
imported=$(/usr/bin/chiso import --db "$tmp/empty.sqlite" "$tmp/all.xlsx" --lang en 2>&1)
[[ $imported == *" figures added"* ]] || { echo "check-deb: the workbook did not import: $imported" >&2; exit 1; }
# A server through Qt's PostgreSQL driver, a dependency of the package: one with nothing
# listening gets its sentence, not "driver not loaded".
server=$(/usr/bin/chiso report --db postgresql://analyst@127.0.0.1:1/chiso --lang en 2>&1 || true)
[[ $server == *"No database server is listening at 127.0.0.1:1"* ]] || { echo "check-deb: the server path: $server" >&2; exit 1; }
for f in /usr/lib/chiso/plugins/chiso_workbooks.so /usr/lib/chiso/plugins/chiso_printing.so /usr/share/applications/chiso.desktop /usr/share/icons/hicolor/scalable/apps/chiso.svg \
         /usr/share/icons/hicolor/48x48/apps/chiso.png /usr/share/man/man1/chiso.1.gz \
         /usr/share/metainfo/io.github.chiso.metainfo.xml; do
    [[ -f $f ]] || { echo "check-deb: $f is not installed" >&2; exit 1; }
done

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq chiso >/dev/null
left=0
while IFS= read -r f; do
    if [[ -f $f || -L $f ]]; then echo "check-deb: left behind: $f" >&2; left=1; fi
done <<< "$files"
((left == 0)) || exit 1
echo "check-deb: installed, ran, removed cleanly ($(wc -l <<< "$files") paths)"

if ! command -v lintian >/dev/null; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lintian >/dev/null
fi
# Errors fail the check; warnings are listed.
lintian --no-tag-display-limit "$deb" | tee "$tmp/lintian.txt" || true
if grep -q '^E:' "$tmp/lintian.txt"; then echo "check-deb: lintian errors" >&2; exit 1; fi
echo "check-deb: lintian: no errors ($(grep -c '^W:' "$tmp/lintian.txt" || true) warnings)"
